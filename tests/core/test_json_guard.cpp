// Hostile JSON for every JSON reader (W3C, doccano, exercise keys, JSON-LD in web pages, the
// Claimscope file): a number too large for a double, nesting far past 256 levels and repeated
// top-level keys are reported with where and what, never an exception or a stack overflow.
#include "classroom_fixture.h"
#include "core/file/json_stream.h"
#include "core/formats/doccano.h"
#include "core/formats/w3c.h"
#include "core/import/article_import.h"
#include "formats_fixture.h"

using namespace cs;

namespace {

// `depth` nested arrays around `inner`: deep enough, without a limit, to overflow any stack by
// recursion (the readers' own walks, nlohmann's copy and dump).
std::string nested(size_t depth, const std::string& inner = "1") {
    return std::string(depth, '[') + inner + std::string(depth, ']');
}
constexpr size_t kDeep = 1000000;

std::vector<std::string> all(const std::vector<Problem>& ps) {
    std::vector<std::string> out;
    for (const Problem& p : ps) out.push_back(p.to_string());
    return out;
}

std::string read_bad_file(const std::string& name) {
    return fixture::read(std::string(CLAIMSCOPE_SOURCE_DIR) + "/tests/data/bad-files/" + name);
}

} // namespace

TEST_CASE("W3C and doccano import: a number too large for a double is reported, not thrown", "[json][w3c][doccano]") {
    const auto article = fixture::project().doc;
    const ImportResult w = import_w3c("[1e400]", article, default_codebook());
    CHECK_FALSE(w.ok);
    CHECK(all(w.errors) == std::vector<std::string>{"line 1, column 2: malformed JSON: number overflow parsing "
                                                    "'1e400'; a number must fit in a double"});
    const ImportResult d = import_doccano("[1e400]\n", nullptr, default_codebook());
    CHECK_FALSE(d.ok);
    CHECK(all(d.errors) == std::vector<std::string>{"line 1, column 2: malformed JSON: number overflow parsing "
                                                    "'1e400'; a number must fit in a double"});
    // Positions count in the whole file, not in the line.
    const ImportResult d2 =
        import_doccano("\n  {\"text\": \"x\", \"entities\": [-1e999]}", nullptr, default_codebook());
    CHECK(all(d2.errors) == std::vector<std::string>{"line 2, column 30: malformed JSON: number overflow parsing "
                                                     "'-1e999'; a number must fit in a double"});
}

TEST_CASE("doccano import: JSON nested past 256 levels is refused before it is read", "[json][doccano]") {
    const std::string line = R"({"text": "ab", "entities": [{"id": 1, "label": "Claim", "start_offset": 0,)"
                             R"( "end_offset": 1}], "relations": [{"from_id": )" +
                             nested(kDeep) + R"(, "to_id": 1, "type": "r"}]})";
    const ImportResult r = import_doccano(line, nullptr, default_codebook());
    CHECK_FALSE(r.ok);
    CHECK(all(r.errors) == std::vector<std::string>{"line 1, column 374: nested deeper than 256 levels"});
}

TEST_CASE("W3C import: JSON nested past 256 levels is refused with where it happens", "[json][w3c]") {
    const ImportResult r = import_w3c("{\"items\":\n" + nested(kDeep), fixture::project().doc, default_codebook());
    CHECK_FALSE(r.ok);
    CHECK(all(r.errors) == std::vector<std::string>{"line 2, column 256: nested deeper than 256 levels"});
}

TEST_CASE("exercise: a key that decodes to JSON nested past 256 levels is an error", "[json][classroom]") {
    Project ex = make_exercise(test::class_project(), ExerciseSpec{"Quiz", "", {}, {}, {}, {}, {}});
    ex.exercise["key"] = obfuscate_key(R"({"annotations": )" + nested(kDeep) + "}", ex.doc->hash);
    const ParsedExercise pe = parse_exercise(ex);
    CHECK_FALSE(pe.ok);
    CHECK(all(pe.errors) ==
          std::vector<std::string>{"exercise.key.data: does not decode to a key (nested deeper than 256 levels); "
                                   "the file was edited or damaged"});
}

TEST_CASE("HTML import: JSON-LD nested past 256 levels is skipped, the page still reads", "[json][import]") {
    const std::string page = "<html><head><title>Bridge closed for repairs, council says</title>"
                             "<script type=\"application/ld+json\">" +
                             nested(kDeep, R"({"@type": "NewsArticle", "headline": "Deep"})") +
                             "</script></head><body><p>The old bridge closes on Monday.</p></body></html>";
    const ExtractedArticle a = extract_html(page);
    CHECK(a.meta.title == "Bridge closed for repairs, council says");
    CHECK(a.text == "Bridge closed for repairs, council says\n\nThe old bridge closes on Monday.");
    // JSON-LD within the limit is read as before; @graph and arrays are walked to a bounded depth.
    const std::string shallow = "<html><head><script type=\"application/ld+json\">" +
                                nested(3, R"({"@graph": [{"@type": ["Thing", "NewsArticle"], "headline": "Shallow",)"
                                          R"( "author": [{"name": "A. Writer"}, {"name": ["B. Other"]}]}]})") +
                                "</script></head><body><p>Text of the story.</p></body></html>";
    const ExtractedArticle s = extract_html(shallow);
    CHECK(s.meta.title == "Shallow");
    CHECK(s.meta.author == "A. Writer, B. Other");
}

TEST_CASE("Claimscope file: a number too large for a double is a syntax error with its place", "[json][file]") {
    const LoadResult r = load_project("{\"format\": \"claimscope\",\n \"version\": 1e400}");
    CHECK(all(r.errors) == std::vector<std::string>{"line 2, column 13: malformed JSON: number overflow parsing "
                                                    "'1e400'; a number must fit in a double"});
}

TEST_CASE("duplicate top-level keys: the streamed and the whole-DOM reader refuse the same files", "[json][file]") {
    struct Case {
        const char* file;
        const char* message;
    };
    // article-twice: the second article comes after the lists, so the streamed reader had read
    // the first and the DOM reader the second. format-twice: the streamed reader saw "claimscope",
    // the DOM reader "other".
    for (const Case& c : {
             Case{"duplicate-key-article.json", "line 173, column 3: duplicate key \"article\"; a Claimscope file has "
                                                "each top-level key once"},
             Case{"duplicate-key-format.json", "line 173, column 3: duplicate key \"format\"; a Claimscope file has "
                                               "each top-level key once"},
             Case{"two-annotation-lists.json", "line 159, column 3: duplicate key \"annotations\"; a Claimscope file "
                                               "has each top-level key once"},
         }) {
        INFO(c.file);
        const std::string text = read_bad_file(c.file);
        const LoadResult streamed = load_project(text);
        CHECK_FALSE(streamed.ok);
        CHECK(all(streamed.errors) == std::vector<std::string>{c.message});
        // The whole-DOM path parses through the same guard before project_from_json sees a thing.
        nlohmann::json root;
        JsonSyntaxError e;
        CHECK_FALSE(parse_json(text, &root, &e));
        CHECK(e.duplicate_key);
        CHECK(json_problem(text, e).to_string() + "; a Claimscope file has each top-level key once" == c.message);
    }
}
