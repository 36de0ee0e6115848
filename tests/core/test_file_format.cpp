// Tests for src/core/file/file_format.h: the golden sample file, exact bytes, unknown fields kept,
// version gate and v0 migration, line/column of syntax errors, the bad-file corpus
// (tests/data/bad-files/*.json with *.expected.txt), slugs, and a seeded property test:
// save -> load -> save is byte-identical on random Unicode documents.
#include "model_fixture.h"

#include <catch2/catch_approx.hpp>

#include <algorithm>
#include <filesystem>
#include <random>

using namespace cs;
using cs_test::read_file;
using cs_test::sample_doc;

namespace {

const std::string kData = CLAIMSCOPE_SOURCE_DIR "/tests/data";

std::vector<std::string> messages(const LoadResult& r) {
    std::vector<std::string> out;
    for (const Problem& p : r.errors) out.push_back("error: " + p.to_string());
    for (const Problem& p : r.warnings) out.push_back("warning: " + p.to_string());
    return out;
}

std::vector<std::string> lines_of(const std::string& s) {
    std::vector<std::string> out;
    size_t a = 0;
    while (a < s.size()) {
        size_t b = s.find('\n', a);
        if (b == std::string::npos) b = s.size();
        if (b > a) out.push_back(s.substr(a, b - a));
        a = b + 1;
    }
    return out;
}

} // namespace

TEST_CASE("golden sample file: the Editor's work saves to exactly these bytes", "[file]") {
    Project p = cs_test::golden_sample_project();
    std::string bytes = save_project(p);
    const std::string golden_path = kData + "/sample.claimscope.json";
    if (std::getenv("CLAIMSCOPE_UPDATE_GOLDEN")) { // after an intended format change only
        std::ofstream(golden_path, std::ios::binary) << bytes;
    }
    std::string golden = read_file(golden_path);
    // docs/FORMAT.md ends with the same file, verbatim.
    CHECK(read_file(CLAIMSCOPE_SOURCE_DIR "/docs/FORMAT.md").find("```json\n" + golden + "```\n") != std::string::npos);
    // The golden file was written by app 0.1.0; only that line may differ in later versions.
    const std::string written_by = "\"app_version\": \"0.1.0\"";
    REQUIRE(golden.find(written_by) != std::string::npos);
    golden.replace(golden.find(written_by), written_by.size(), "\"app_version\": \"" + std::string(kAppVersion) + "\"");
    CHECK(bytes == golden);

    LoadResult r = load_project(golden);
    REQUIRE(r.ok);
    CHECK(r.errors.empty());
    CHECK(r.warnings.empty());
    CHECK_FALSE(r.migrated);
    CHECK(r.project == p);
    CHECK(save_project(r.project) == golden);

    // What the file holds, spot-checked through the loaded project.
    const Project& q = r.project;
    CHECK(q.annotations.size() == 14);
    CHECK(q.relations.size() == 6);
    CHECK(q.doc->hash == sha256_hex(q.doc->text));
    CHECK(q.doc->meta.language == "en");
    size_t balkhi_mentions = std::count_if(q.annotations.begin(), q.annotations.end(),
                                           [](const Annotation& a) { return a.entity == "Abdul Qahar Balkhi"; });
    CHECK(balkhi_mentions == 4);
    CHECK(golden.find("\"format\": \"claimscope\",\n  \"version\": \"1.1\",") == 4);
    CHECK(golden.back() == '\n');
    CHECK(golden.find('\r') == std::string::npos);
    CHECK(golden.find("🔍") != std::string::npos); // non-ASCII written as UTF-8, not \u escapes
}

TEST_CASE("save: fixed key order, anchor only when not exact, exercise only when set", "[file]") {
    Project p = cs_test::sample_project_base();
    Annotation a;
    a.id = "a-1";
    a.type = "claim";
    a.span = {1, 5};
    fill_quote(a, *p.doc);
    a.anchor = AnchorStatus::Moved;
    p.annotations.push_back(a);
    nlohmann::ordered_json j = project_to_json(p);
    std::vector<std::string> keys;
    for (auto it = j.begin(); it != j.end(); ++it) keys.push_back(it.key());
    CHECK(keys == std::vector<std::string>{"format", "version", "app_version", "annotator", "created", "modified",
                                           "article", "codebook", "annotations", "relations"});
    keys.clear();
    for (auto it = j["article"].begin(); it != j["article"].end(); ++it) keys.push_back(it.key());
    CHECK(keys == std::vector<std::string>{"title", "url", "outlet", "author", "published", "retrieved", "language",
                                           "sha256", "text"});
    CHECK(j["app_version"] == kAppVersion);
    CHECK(
        j["annotations"][0].dump() ==
        R"({"id":"a-1","type":"claim","start":1,"end":5,"quote":{"prefix":" ","exact":"date","suffix":" 2024-03-09 Amidst rising tensio"},"attributes":{},"entity":"","note":"","author":"","created":"","modified":"","anchor":"moved"})");

    p.exercise = {{"id", "ex-1"}, {"hidden", true}};
    std::string s = save_project(p);
    LoadResult r = load_project(s);
    REQUIRE(r.ok);
    CHECK(r.project.exercise == p.exercise);
    CHECK(save_project(r.project) == s);
}

TEST_CASE("the article's summary is saved only when set, and loads back", "[file]") {
    Project p = cs_test::sample_project_base();
    CHECK(save_project(p).find("\"summary\"") == std::string::npos); // files without one are unchanged
    ArticleMeta m = p.doc->meta;
    m.summary = "A late storm brought a foot of snow.";
    p.doc = make_shared_document(p.doc->text, m);
    const std::string saved = save_project(p);
    nlohmann::ordered_json j = nlohmann::ordered_json::parse(saved);
    CHECK(j["article"]["summary"] == m.summary);
    LoadResult r = load_project(saved);
    REQUIRE(r.ok);
    CHECK(r.project.doc->meta == m);
    CHECK(r.project.article_extra.empty()); // read as the summary, not kept as an unknown field
    CHECK(save_project(r.project) == saved);
}

TEST_CASE("unknown fields are kept at every level", "[file]") {
    Project p = cs_test::golden_sample_project();
    nlohmann::json j = project_to_json(p);
    j["x-classroom"] = {{"group", "9b"}, {"seat", 4}};
    j["zzz"] = nlohmann::json::array({1, 2.5, "drei"});
    j["article"]["x-paywall"] = false;
    j["annotations"][2]["x-confidence"] = 0.75;
    j["relations"][0]["x-weight"] = 2;
    j["codebook"]["x-name"] = "Media literacy 2026";
    j["codebook"]["types"][0]["x-icon"] = "quote";
    j["codebook"]["types"][0]["attributes"][0]["x-help"] = "Was sagen andere Quellen?";
    j["codebook"]["relation_types"][0]["x-symbol"] = "→";
    LoadResult r = project_from_json(j);
    REQUIRE(r.ok);
    CHECK(r.project.extra["x-classroom"]["seat"] == 4);
    CHECK(r.project.article_extra["x-paywall"] == false);
    CHECK(r.project.annotations[2].extra["x-confidence"].get<double>() == Catch::Approx(0.75));
    CHECK(r.project.relations[0].extra["x-weight"] == 2);
    CHECK(r.project.codebook.extra["x-name"] == "Media literacy 2026");

    std::string once = save_project(r.project);
    CHECK(nlohmann::json::parse(once) == j); // nothing lost, nothing added
    LoadResult again = load_project(once);
    REQUIRE(again.ok);
    CHECK(save_project(again.project) == once);
    // Unknown keys follow the known ones, in sorted order.
    CHECK(once.find("\"relations\"") < once.find("\"x-classroom\""));
    CHECK(once.find("\"x-classroom\"") < once.find("\"zzz\""));
}

TEST_CASE("version gate: newer major refused, newer minor read with a warning", "[file]") {
    nlohmann::json j = project_to_json(cs_test::golden_sample_project());
    j["version"] = "2.1";
    LoadResult r = project_from_json(j);
    CHECK_FALSE(r.ok);
    CHECK(messages(r) == std::vector<std::string>{
                             "error: version: made by a newer Claimscope (format 2.x); this app reads format 1.x"});
    j["version"] = "99999999999.0";
    CHECK(
        messages(project_from_json(j)) ==
        std::vector<std::string>{"error: version: expected \"MAJOR.MINOR\" such as \"1.0\", found \"99999999999.0\""});
    j["version"] = "1.4";
    r = project_from_json(j);
    REQUIRE(r.ok);
    CHECK(messages(r) == std::vector<std::string>{"warning: version: made by a newer Claimscope (format 1.4); fields "
                                                  "this app does not know are kept as they are"});
}

TEST_CASE("v0 prototype files are migrated with a warning", "[file]") {
    std::string v0 = read_file(kData + "/bad-files/migrate-v0.json");
    LoadResult r = load_project(v0);
    REQUIRE(r.ok);
    CHECK(r.migrated);
    const Project& p = r.project;
    CHECK(p.doc->meta.title == "Afghanistan urges joint solution");
    CHECK(p.codebook == default_codebook());
    REQUIRE(p.annotations.size() == 3);
    CHECK(p.annotations[0].id == "a-2"); // numbered in file order, sorted by position
    CHECK(p.annotations[0].type == "actor");
    CHECK(p.annotations[0].exact == "Balkhi");
    CHECK(p.annotations[0].author == "Jonas Weiß");
    CHECK(p.annotations[1].type == "source");
    CHECK(p.annotations[2].note == "Zahl prüfen");
    CHECK(p.extra["legacy_theme"] == "dark");
    // Once saved, it is an ordinary format 1 file.
    LoadResult again = load_project(save_project(p));
    REQUIRE(again.ok);
    CHECK_FALSE(again.migrated);
    CHECK(again.project == p);
}

TEST_CASE("syntax errors give line and column in code points", "[file]") {
    std::string bad = "{\n  \"format\": \"claimscope\",\n  \"note\": \"ÄÖÜ\" \"x\"\n}\n";
    LoadResult r = load_project(bad);
    CHECK_FALSE(r.ok);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].path == "line 3, column 19"); // the end of the unexpected token "x"

    CHECK(messages(load_project(" \n")) ==
          std::vector<std::string>{"error: the file is empty; expected a Claimscope JSON file"});
    std::string deep(100000, '[');
    LoadResult d = load_project(deep);
    CHECK(messages(d) ==
          std::vector<std::string>{
              "error: line 1, column 257: nested deeper than 256 levels; this is not a Claimscope file"});
}

TEST_CASE("bad-file corpus: each file gives exactly its expected messages", "[file][corpus]") {
    namespace fs = std::filesystem;
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(kData + "/bad-files"))
        if (e.path().extension() == ".json") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    REQUIRE(files.size() >= 20);
    for (const fs::path& f : files) {
        CAPTURE(f.filename().string());
        fs::path expected = f;
        expected.replace_extension(".expected.txt");
        REQUIRE(fs::exists(expected));
        LoadResult r = load_project(read_file(f.string()));
        std::vector<std::string> want = lines_of(read_file(expected.string()));
        CHECK(messages(r) == want);
        bool has_error =
            std::any_of(want.begin(), want.end(), [](const std::string& s) { return s.rfind("error: ", 0) == 0; });
        CHECK(r.ok == !has_error);
        if (!r.ok) CHECK(r.project.annotations.empty()); // all or nothing
    }
}

TEST_CASE("slugify", "[file]") {
    CHECK(slugify("Afghan refugees expelled") == "afghan-refugees-expelled");
    CHECK(slugify("  Über Kabul: «Amnesty»?! ") == "uber-kabul-amnesty");
    CHECK(slugify("Pakistan’s 450,000 deportations") == "pakistan-s-450-000-deportations");
    CHECK(slugify("平和") == "untitled");
    CHECK(slugify("") == "untitled");
    CHECK(slugify("Afghanistan urges joint solution with Pakistan", 24) == "afghanistan-urges-joint");
    CHECK(slugify("Supercalifragilistic", 5) == "super");
}

// ---------------------------------------------------------------------------------------------
// Property: random documents round-trip byte for byte
// ---------------------------------------------------------------------------------------------
namespace {

std::string random_text(std::mt19937& rng, size_t cps) {
    // Mixed scripts, combining marks, RTL, CJK, emoji with ZWJ, JSON-special and control chars.
    static const std::vector<std::pair<uint32_t, uint32_t>> ranges = {
        {'a', 'z'},         {'A', 'Z'},       {' ', ' '},       {'\n', '\n'},      {'"', '"'},     {'\\', '\\'},
        {0x01, 0x1F},       {0xC0, 0xFF},     {0x300, 0x36F},   {0x5D0, 0x5EA},    {0x627, 0x64A}, {0x4E00, 0x4E50},
        {0x1F600, 0x1F64F}, {0x200D, 0x200D}, {0xFFFD, 0xFFFD}, {0x10000, 0x10010}};
    std::string s;
    for (size_t i = 0; i < cps; i++) {
        auto [lo, hi] = ranges[rng() % ranges.size()];
        uint32_t cp = lo + rng() % (hi - lo + 1);
        if (cp == '\r') cp = '\n';
        append_utf8(s, cp);
    }
    return s;
}

Project random_project(std::mt19937& rng) {
    Project p;
    ArticleMeta m;
    m.title = random_text(rng, rng() % 20);
    m.language = rng() % 2 ? "de" : "ar";
    p.doc = make_shared_document(random_text(rng, 1 + rng() % 400), m);
    p.codebook = default_codebook();
    if (rng() % 2) {
        p.codebook.types.push_back({"t" + std::to_string(rng() % 100),
                                    random_text(rng, 8),
                                    random_text(rng, 10),
                                    (uint32_t)(rng() & 0xFFFFFF),
                                    "",
                                    DrawStyle::DottedUnderline,
                                    true,
                                    {{"level", "Level", AttrKind::Text, {}, random_text(rng, 3)}},
                                    nlohmann::json::object()});
    }
    p.annotator = random_text(rng, rng() % 12);
    p.created = "2026-02-0" + std::to_string(1 + rng() % 9) + "T10:00:00Z";
    uint32_t n = (uint32_t)p.doc->size();
    size_t count = rng() % 25;
    for (size_t i = 0; i < count; i++) {
        Annotation a;
        a.id = "a-" + std::to_string(rng() % 100000) + "-" + std::to_string(i);
        a.type = p.codebook.types[rng() % p.codebook.types.size()].id;
        uint32_t s = rng() % n;
        a.span = {s, std::min(n, s + 1 + (uint32_t)(rng() % 40))};
        fill_quote(a, *p.doc);
        switch (rng() % 6) {
            case 0: a.anchor = AnchorStatus::Moved; break;
            case 1:
                a.anchor = AnchorStatus::Fuzzy;
                a.exact = random_text(rng, 5);
                break;
            case 2:
                a.anchor = AnchorStatus::Orphaned;
                a.span = {n + 50, n + 60};
                break;
            default: break;
        }
        if (rng() % 2) a.attributes["status"] = "disputed";
        if (rng() % 2) a.attributes["check_worthy"] = (bool)(rng() % 2);
        if (rng() % 3 == 0) a.attributes["free"] = random_text(rng, 6);
        a.entity = rng() % 2 ? random_text(rng, 6) : "";
        a.note = random_text(rng, rng() % 80);
        a.author = random_text(rng, 5);
        a.created = a.modified = "2026-02-03T11:22:33Z";
        if (rng() % 4 == 0)
            a.extra["x-" + std::to_string(rng() % 9)] = {{"v", random_text(rng, 4)}, {"n", (int)(rng() % 1000) - 500}};
        p.annotations.push_back(a);
    }
    for (size_t i = 0; count > 1 && i < count / 2; i++) {
        Relation r;
        r.id = "r-" + std::to_string(i);
        r.type = rng() % 2 ? "said_by" : "according_to";
        r.from = p.annotations[rng() % count].id;
        r.to = p.annotations[rng() % count].id;
        p.relations.push_back(r);
    }
    if (rng() % 3 == 0) p.exercise = {{"task", random_text(rng, 10)}, {"answers", {1, 2, 3}}};
    if (rng() % 3 == 0) p.extra["x-random"] = random_text(rng, 7);
    return p;
}

} // namespace

TEST_CASE("property: save -> load -> save is byte-identical on random documents", "[file][property]") {
    for (uint32_t seed = 1; seed <= 150; seed++) {
        CAPTURE(seed);
        std::mt19937 rng(seed);
        Project p = random_project(rng);
        std::string once = save_project(p);
        LoadResult r = load_project(once);
        INFO((r.errors.empty() ? std::string() : r.errors[0].to_string()));
        REQUIRE(r.ok);
        std::string twice = save_project(r.project);
        REQUIRE(twice == once);
        sort_annotations(p.annotations);
        sort_relations(p.relations);
        CHECK(r.project == p);
    }
}

TEST_CASE("property: mutated files never crash; what loads round-trips", "[file][property]") {
    const std::string good = read_file(kData + "/bad-files/valid-small.json");
    static const char* pieces[] = {
        "\"",   "{",     "}",       "[",       "]",    ",", ":",       "-1",   "99999999999999999999",
        "null", "1.5e3", "\\u0000", "\\ud800", "\xC3", "é", "\"a-1\"", "true", " "};
    size_t loaded = 0;
    for (uint32_t seed = 1; seed <= 400; seed++) {
        CAPTURE(seed);
        std::mt19937 rng(seed);
        std::string s = good;
        for (int k = 1 + (int)(rng() % 4); k > 0; k--) {
            size_t at = rng() % s.size();
            switch (rng() % 3) {
                case 0: s.erase(at, 1 + rng() % 8); break;
                case 1: s.insert(at, pieces[rng() % (sizeof pieces / sizeof *pieces)]); break;
                case 2: s[at] = pieces[rng() % (sizeof pieces / sizeof *pieces)][0]; break;
            }
        }
        LoadResult r;
        REQUIRE_NOTHROW(r = load_project(s));
        CHECK(r.ok == r.errors.empty());
        for (const Problem& p : r.errors) CHECK_FALSE(p.message.empty());
        if (!r.ok) continue;
        loaded++;
        std::string once = save_project(r.project);
        LoadResult again = load_project(once);
        REQUIRE(again.ok);
        CHECK(save_project(again.project) == once);
    }
    CHECK(loaded > 10); // some mutations (in notes, in unknown places) still load
}
