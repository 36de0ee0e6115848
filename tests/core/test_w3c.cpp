// W3C Web Annotation: export shape, round trip, Hypothesis-style positions, bad items with paths,
// and the W3C working group's correct / incorrect samples fed to the importer.
#include "core/model/editor.h"
#include "core/formats/w3c.h"
#include "core/file/file_format.h"
#include <set>

#include <catch2/catch_test_macros.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace cs;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

std::string read_file(const fs::path& p) {
    std::ifstream f(p, std::ios::binary);
    std::stringstream ss;
    ss << f.rdbuf();
    return ss.str();
}

std::shared_ptr<const Document> sample_doc() {
    ArticleMeta meta;
    meta.title = "Afghan refugees expelled";
    meta.url = "https://news.example/afghan-refugees";
    return make_shared_document(read_file(fs::path(CLAIMSCOPE_SOURCE_DIR) / "assets/sample-article.txt"), meta);
}

Span span_of(const Document& d, const std::string& quote) {
    const size_t b = d.text.find(quote);
    REQUIRE(b != std::string::npos);
    return Span{uint32_t(d.index.cp_of_byte(b)), uint32_t(d.index.cp_of_byte(b + quote.size()))};
}

// A project made through the Editor, as a user would: a claim said by an actor, according to a
// source, with attributes, entities and notes (one note with markup and a quote character).
Project sample_project() {
    Project p;
    p.doc = sample_doc();
    p.codebook = default_codebook();
    p.annotator = "Ms. Rahimi";
    int n = 0;
    Editor ed(
        p, [] { return std::string("2026-11-27T22:05:54Z"); },
        [&n](const char* prefix) { return std::string(prefix) + "-" + std::to_string(++n); });
    const Document& d = *p.doc;
    auto claim = ed.add_annotation("claim", span_of(d, "the forced repatriation of over 450,000 Afghans"));
    auto actor = ed.add_annotation("actor", span_of(d, "Abdul Qahar Balkhi"));
    auto source = ed.add_annotation("source", span_of(d, "the United Nations"));
    REQUIRE((claim && actor && source));
    CHECK(ed.set_attribute(*claim, "status", "disputed"));
    CHECK(ed.set_attribute(*claim, "check_worthy", true));
    CHECK(ed.set_note(*claim, "Check the UNHCR figure <b>\"450,000\"</b> = returns since Sept?"));
    CHECK(ed.set_entity(*actor, "Abdul Qahar Balkhi"));
    CHECK(ed.set_attribute(*actor, "kind", "person"));
    CHECK(ed.set_entity(*source, "United Nations"));
    CHECK(ed.set_attribute(*source, "kind", "organisation"));
    REQUIRE(ed.add_relation("said_by", *claim, *actor));
    REQUIRE(ed.add_relation("according_to", *claim, *source));
    return ed.project();
}

const json* find_body(const json& anno, const std::string& purpose) {
    for (const json& b : anno["body"])
        if (b["purpose"] == purpose) return &b;
    return nullptr;
}

} // namespace

TEST_CASE("W3C export: collection, page, selectors in code points, bodies, linking", "[w3c]") {
    const Project p = sample_project();
    const json c = export_w3c(p, "https://class.example/c/1");
    CHECK(c["@context"] == "http://www.w3.org/ns/anno.jsonld");
    CHECK(c["type"] == "AnnotationCollection");
    CHECK(c["id"] == "https://class.example/c/1");
    CHECK(c["label"] == "Claimscope annotations: Afghan refugees expelled");
    CHECK(c["total"] == 5);
    const json& items = c["first"]["items"];
    CHECK(c["first"]["type"] == "AnnotationPage");
    REQUIRE(items.size() == 5);

    const Annotation& claim = *std::find_if(p.annotations.begin(), p.annotations.end(),
                                            [](const Annotation& a) { return a.type == "claim"; });
    const json* ca = nullptr;
    for (const json& i : items)
        if (i["id"] == "https://class.example/c/1#" + claim.id) ca = &i;
    REQUIRE(ca);
    CHECK((*ca)["@context"] == "http://www.w3.org/ns/anno.jsonld");
    CHECK((*ca)["type"] == "Annotation");
    CHECK((*ca)["motivation"] == "tagging");
    CHECK((*ca)["created"] == "2026-11-27T22:05:54Z");
    CHECK((*ca)["target"]["source"] == "https://news.example/afghan-refugees");
    const json& sel = (*ca)["target"]["selector"];
    CHECK(sel[0] == json{{"type", "TextQuoteSelector"},
                         {"exact", "the forced repatriation of over 450,000 Afghans"},
                         {"prefix", claim.prefix},
                         {"suffix", claim.suffix}});
    CHECK(sel[1] == json{{"type", "TextPositionSelector"}, {"start", claim.span.start}, {"end", claim.span.end}});
    REQUIRE(find_body(*ca, "tagging"));
    CHECK((*find_body(*ca, "tagging"))["value"] == "Claim");
    CHECK((*find_body(*ca, "commenting"))["value"] == claim.note);
    std::vector<std::string> classifying;
    for (const json& b : (*ca)["body"])
        if (b["purpose"] == "classifying") classifying.push_back(b["value"]);
    CHECK(classifying == std::vector<std::string>{"check_worthy=true", "status=disputed"});

    const Relation& said_by = p.relations.at(0);
    REQUIRE(said_by.type == "said_by");
    const json& link = items[3];
    CHECK(link["id"] == "https://class.example/c/1#" + said_by.id);
    CHECK(link["motivation"] == "linking");
    CHECK(link["body"][0]["value"] == "said by");
    CHECK(link["target"] ==
          json::array({"https://class.example/c/1#" + claim.id, "https://class.example/c/1#" + said_by.to}));
}

TEST_CASE("W3C export without URL or collection id uses urn:sha256 of the text", "[w3c]") {
    Project p = sample_project();
    auto d = make_shared_document(p.doc->text); // no metadata
    p.doc = d;
    const json c = export_w3c(p);
    CHECK(c["id"] == "urn:sha256:" + d->hash);
    CHECK(c["first"]["items"][0]["target"]["source"] == "urn:sha256:" + d->hash);
    Project empty;
    empty.doc = d;
    const json e = export_w3c(empty);
    CHECK(e["total"] == 0);
    CHECK(!e.contains("first"));
}

TEST_CASE("W3C round trip keeps types, spans, notes, attributes, entities, relations", "[w3c]") {
    const Project p = sample_project();
    const std::string bytes = export_w3c(p).dump(2);
    const ImportResult r = import_w3c(bytes, p.doc, default_codebook());
    INFO((r.errors.empty() ? std::string() : r.errors[0].to_string()));
    CHECK(r.ok);
    CHECK(r.errors.empty());
    CHECK(r.anchors.exact == 3);
    CHECK(r.project.codebook == default_codebook());
    REQUIRE(r.project.annotations.size() == p.annotations.size());
    for (size_t i = 0; i < p.annotations.size(); ++i) {
        const Annotation &a = p.annotations[i], &b = r.project.annotations[i];
        CHECK(b.id == a.id);
        CHECK(b.type == a.type);
        CHECK(b.span == a.span);
        CHECK(b.exact == a.exact);
        CHECK(b.prefix == a.prefix);
        CHECK(b.suffix == a.suffix);
        CHECK(b.note == a.note);
        CHECK(b.attributes == a.attributes);
        CHECK(b.entity == a.entity);
        CHECK(b.created == a.created);
        CHECK(b.modified == a.modified);
    }
    REQUIRE(r.project.relations.size() == p.relations.size());
    for (size_t i = 0; i < p.relations.size(); ++i) {
        CHECK(r.project.relations[i].id == p.relations[i].id);
        CHECK(r.project.relations[i].type == p.relations[i].type);
        CHECK(r.project.relations[i].from == p.relations[i].from);
        CHECK(r.project.relations[i].to == p.relations[i].to);
    }
}

TEST_CASE("W3C import onto an edited article re-anchors; orphans are kept", "[w3c]") {
    const Project p = sample_project();
    const std::string bytes = export_w3c(p).dump();
    std::string text = "EDITOR'S NOTE: updated with new figures.\n" + p.doc->text;
    const size_t un = text.find("according to the United Nations");
    text.replace(un, 31, "the UN said"); // the source's passage is gone
    const ImportResult r = import_w3c(bytes, make_shared_document(text), default_codebook());
    CHECK(r.anchors.moved == 2);
    CHECK(r.anchors.orphaned == 1);
    REQUIRE(r.project.annotations.size() == 3);
    const Annotation* src = r.project.find(r.anchors.orphan_ids.at(0));
    REQUIRE(src);
    CHECK(src->type == "source");
    CHECK(src->anchor == AnchorStatus::Orphaned);
    CHECK(r.project.relations.size() == 2); // relations to an orphan stay
}

TEST_CASE("W3C import: Hypothesis-style UTF-16 positions are checked against the quote", "[w3c]") {
    auto d = make_shared_document("Reactions 👍👍 poured in. The spokesman denied the report. Then silence.");
    const std::string q = "denied the report";
    const size_t cp = d->index.cp_of_byte(d->text.find(q));
    const size_t u16 = d->index.utf16_of_cp(cp);
    const json h = {
        {"rows",
         json::array({json{
             {"id", "Hx7a"},
             {"uri", "https://news.example/a"},
             {"text", "Is it?"},
             {"tags", json::array({"CLAIM"})},
             {"user", "acct:teacher@hypothes.is"},
             {"target",
              json::array({json{
                  {"source", "https://news.example/a"},
                  {"selector", json::array({json{{"type", "TextPositionSelector"}, {"start", u16}, {"end", u16 + 17}},
                                            json{{"type", "TextQuoteSelector"},
                                                 {"exact", q},
                                                 {"prefix", "The spokesman "},
                                                 {"suffix", ". Then"}}})}}})}}})}};
    const ImportResult r = import_w3c(h.dump(), d, default_codebook());
    REQUIRE(r.project.annotations.size() == 1);
    const Annotation& a = r.project.annotations[0];
    CHECK(a.id == "Hx7a");
    CHECK(a.type == "claim");
    CHECK(a.note == "Is it?");
    CHECK(a.author == "acct:teacher@hypothes.is");
    CHECK(a.span == Span{uint32_t(cp), uint32_t(cp + 17)});
    CHECK(r.anchors.exact == 1);
    bool said_utf16 = false;
    for (const Problem& w : r.warnings) said_utf16 |= w.message.find("UTF-16") != std::string::npos;
    CHECK(said_utf16);
}

TEST_CASE("W3C import: each bad item is reported with its JSON path, good ones kept", "[w3c]") {
    const Project p = sample_project();
    json c = export_w3c(p);
    json& items = c["first"]["items"];
    items[1]["created"] = "yesterday";
    items[2]["target"]["selector"][1]["start"] = -4;
    const ImportResult r = import_w3c(c.dump(), p.doc, default_codebook());
    std::vector<std::string> paths;
    for (const Problem& e : r.errors) paths.push_back(e.path);
    // items: actor, claim, source, said_by, according_to; the links lose their broken ends.
    CHECK(paths == std::vector<std::string>{"first.items[1].created", "first.items[2].target.selector[1].start",
                                            "first.items[3].target[0]", "first.items[4].target[0]",
                                            "first.items[4].target[1]"});
    CHECK(r.errors[0].message.find("xsd:dateTime") != std::string::npos);
    CHECK(r.project.annotations.size() == 1);
    CHECK(r.project.relations.empty());
    CHECK(r.ok);

    const ImportResult bad =
        import_w3c("{\n  \"type\": \"Annotation\",\n  \"target\": 9,\n}", p.doc, default_codebook());
    CHECK(!bad.ok);
    REQUIRE(bad.errors.size() == 1);
    CHECK(bad.errors[0].path == "line 4, column 1");
    // Columns count code points, as every message does: "ÄÖÜ" is three columns, not six bytes.
    const auto where = [&](const std::string& bytes) {
        const ImportResult x = import_w3c(bytes, p.doc, default_codebook());
        return x.errors.empty() ? std::string() : x.errors[0].path;
    };
    CHECK(where("{\n  \"label\": \"AOU\" x}") == "line 2, column 18");
    CHECK(where("{\n  \"label\": \"\xC3\x84\xC3\x96\xC3\x9C\" x}") == "line 2, column 18");
}

TEST_CASE("labels map to codebook types by a visible rule", "[w3c]") {
    Codebook cb = default_codebook();
    std::vector<Problem> w;
    CHECK(map_label_to_type(cb, "Actor", &w) == "actor");
    CHECK(map_label_to_type(cb, "claim", &w) == "claim");
    CHECK(w.empty());
    CHECK(map_label_to_type(cb, "PER", &w) == "actor");
    REQUIRE(w.size() == 1);
    CHECK(w[0].message.find("synonym") != std::string::npos);
    CHECK(map_label_to_type(cb, "Loaded language", &w) == "loaded-language");
    CHECK(cb.find_type("loaded-language")->label == "Loaded language");
    CHECK(map_label_to_type(cb, "loaded LANGUAGE", &w) == "loaded-language");
    CHECK(w.size() == 2);
}

// ---- The W3C working group's samples ------------------------------------------------------
namespace {
const fs::path kSamples = fs::path(CLAIMSCOPE_SOURCE_DIR) / "tests/data/w3c/samples";

// An article holding the quotes the correct samples select, and long enough for anno27's 412..795.
std::shared_ptr<const Document> samples_article() {
    std::string t =
        "Preface. this is an anotation that has some typos. Then text before the Selected Text and text after it.\n";
    while (t.size() < 900) t += "Filler sentence for position selectors. ";
    return make_shared_document(t);
}
} // namespace

TEST_CASE("W3C samples/correct import without crash; text selectors anchor", "[w3c][samples]") {
    auto doc = samples_article();
    size_t files = 0, placed = 0;
    for (const auto& e : fs::directory_iterator(kSamples / "correct")) {
        const std::string name = e.path().filename().string();
        const std::string bytes = read_file(e.path());
        const ImportResult r = import_w3c(bytes, doc, default_codebook());
        INFO(name << ": " << (r.errors.empty() ? std::string("no errors") : r.errors[0].to_string()));
        ++files;
        const bool text_selectors = bytes.find("TextQuoteSelector") != std::string::npos ||
                                    bytes.find("TextPositionSelector") != std::string::npos;
        if (name == "anno26.json" || name == "anno27.json" || name == "anno32.json") {
            CHECK(r.errors.empty());
            REQUIRE(r.project.annotations.size() == 1);
            CHECK(r.project.annotations[0].anchor != AnchorStatus::Orphaned);
            ++placed;
        }
        if (!text_selectors) {
            // Valid annotations on other kinds of targets (or pages by reference): reported as not
            // placeable / not readable, never as malformed.
            for (const Problem& p : r.errors)
                CHECK((p.message.find("cannot be placed") != std::string::npos ||
                       p.message.find("given only by reference") != std::string::npos));
        }
    }
    CHECK(files == 45);
    CHECK(placed == 3);
    const ImportResult r26 = import_w3c(read_file(kSamples / "correct/anno26.json"), doc, default_codebook());
    CHECK(doc->slice(r26.project.annotations.at(0).span) == "anotation");
}

TEST_CASE("W3C samples/incorrect are reported, never crash", "[w3c][samples]") {
    auto doc = samples_article();
    size_t files = 0;
    for (const auto& e : fs::directory_iterator(kSamples / "incorrect")) {
        const ImportResult r = import_w3c(read_file(e.path()), doc, default_codebook());
        INFO(e.path().filename().string());
        CHECK(!r.errors.empty());
        CHECK(r.project.annotations.empty());
        ++files;
    }
    CHECK(files == 39);
}

TEST_CASE("W3C round trip of tests/data/sample.claimscope.json", "[w3c]") {
    const LoadResult in =
        load_project(read_file(fs::path(CLAIMSCOPE_SOURCE_DIR) / "tests/data/sample.claimscope.json"));
    REQUIRE(in.ok);
    const Project& p = in.project;
    REQUIRE(!p.annotations.empty());
    REQUIRE(!p.relations.empty());
    const ImportResult r = import_w3c(export_w3c(p).dump(2), p.doc, p.codebook);
    CHECK(r.errors.empty());
    CHECK(r.project.codebook == p.codebook);
    CHECK(r.anchors.exact == p.annotations.size());
    REQUIRE(r.project.annotations.size() == p.annotations.size());
    for (size_t i = 0; i < p.annotations.size(); ++i) {
        const Annotation &a = p.annotations[i], &b = r.project.annotations[i];
        INFO(a.id);
        CHECK(b.id == a.id);
        CHECK(b.type == a.type);
        CHECK(b.span == a.span);
        CHECK(b.exact == a.exact);
        CHECK(b.note == a.note);
        CHECK(b.attributes == a.attributes);
        CHECK(b.entity == a.entity);
        CHECK(b.author == a.author);
    }
    REQUIRE(r.project.relations.size() == p.relations.size());
    for (size_t i = 0; i < p.relations.size(); ++i) {
        CHECK(r.project.relations[i].id == p.relations[i].id);
        CHECK(r.project.relations[i].type == p.relations[i].type);
        CHECK(r.project.relations[i].from == p.relations[i].from);
        CHECK(r.project.relations[i].to == p.relations[i].to);
    }
}

// Found by fuzz_w3c (tests/fuzz/regressions/w3c/relation-id-equals-annotation-id.json): a link whose id
// equals an annotation's made a relation with that annotation's id, and the saved file was refused.
TEST_CASE("W3C import: a link with an annotation's id gets an id of its own; the project saves and reloads",
          "[w3c]") {
    const Project p = sample_project();
    json c = export_w3c(p);
    json& items = c["first"]["items"];
    size_t link = 0;
    while (link < items.size() && items[link]["motivation"] != "linking") ++link;
    REQUIRE(link < items.size());
    items[link]["id"] = items[0]["id"];
    const ImportResult r = import_w3c(c.dump(), p.doc, default_codebook());
    REQUIRE(r.ok);
    REQUIRE_FALSE(r.project.relations.empty());
    std::set<std::string> ids;
    for (const Annotation& a : r.project.annotations) CHECK(ids.insert(a.id).second);
    for (const Relation& rel : r.project.relations) CHECK(ids.insert(rel.id).second);
    const LoadResult again = load_project(save_project(r.project));
    INFO((again.errors.empty() ? std::string() : again.errors[0].to_string()));
    CHECK(again.ok);
}
