// doccano JSONL: golden export, warnings, round trip, bad lines with JSON paths.
#include "core/formats/doccano.h"
#include "formats_fixture.h"
#include <algorithm>

using namespace cs;

TEST_CASE("doccano export of the fixture matches the golden file", "[doccano]") {
    std::vector<std::string> warnings;
    const std::string out = export_doccano(fixture::project(), &warnings);
    fixture::check_golden("fixture.doccano.jsonl", out);
    CHECK(std::count(out.begin(), out.end(), '\n') == 1); // one document, one line
    const auto j = nlohmann::json::parse(out);
    CHECK(j["entities"][0] == nlohmann::json{{"id", 1}, {"label", "Actor"}, {"start_offset", 0}, {"end_offset", 18}});
    CHECK(j["relations"].size() == 4);
    CHECK(warnings ==
          std::vector<std::string>{"doccano: 2 note(s) not exported (doccano entities have no notes)",
                                   "doccano: 3 entity name(s) not exported (doccano entities have no names)",
                                   "doccano: 9 attribute value(s) not exported (doccano entities have no attributes)"});
}

TEST_CASE("doccano round trip keeps spans, types and relations", "[doccano]") {
    const Project p = fixture::project();
    const ImportResult r = import_doccano(export_doccano(p), nullptr, default_codebook());
    REQUIRE(r.ok);
    CHECK(r.errors.empty());
    CHECK(r.warnings.empty());
    CHECK(r.project.doc->text == p.doc->text);
    REQUIRE(r.project.annotations.size() == p.annotations.size());
    for (size_t i = 0; i < p.annotations.size(); ++i) {
        CHECK(r.project.annotations[i].span == p.annotations[i].span);
        CHECK(r.project.annotations[i].type == p.annotations[i].type);
        CHECK(r.project.annotations[i].exact == p.annotations[i].exact);
    }
    REQUIRE(r.project.relations.size() == p.relations.size());
    for (const auto& rel : r.project.relations) {
        const bool found = std::any_of(p.relations.begin(), p.relations.end(), [&](const Relation& o) {
            return o.type == rel.type && p.find(o.from)->span == r.project.find(rel.from)->span &&
                   p.find(o.to)->span == r.project.find(rel.to)->span;
        });
        CHECK(found);
    }
}

TEST_CASE("doccano import re-anchors onto a different copy of the article", "[doccano]") {
    // The article has an extra first line: every entity moves by its length but keeps its text.
    auto article = make_shared_document(std::string("Breaking news\n") + fixture::kText);
    const ImportResult r = import_doccano(export_doccano(fixture::project()), article, default_codebook());
    REQUIRE(r.ok);
    CHECK(r.anchors.moved == 7);
    CHECK(r.project.find("a-1")->span == Span{14, 32});
    CHECK(r.project.find("a-1")->exact == "Abdul Qahar Balkhi");
}

TEST_CASE("doccano import reports bad items with their paths and keeps the good ones", "[doccano]") {
    const std::string jsonl =
        R"({"id": 7, "text": "Balkhi said Kabul wants talks.", "entities": [)"
        R"({"id": 1, "label": "SPEAKER", "start_offset": 0, "end_offset": 6},)"
        R"({"id": 2, "label": "Claim", "start_offset": 12, "end_offset": 29},)"
        R"({"id": 3, "label": "Claim", "start_offset": 9, "end_offset": 4},)"
        R"({"id": 4, "label": "Claim", "start_offset": 0, "end_offset": 99},)"
        R"({"id": 5, "label": 3, "start_offset": 0, "end_offset": 1},)"
        R"({"id": 2, "label": "Claim", "start_offset": 0, "end_offset": 1},)"
        R"({"id": 6, "label": "Claim", "start_offset": "0", "end_offset": 1}],)"
        R"( "relations": [{"id": 1, "from_id": 2, "to_id": 1, "type": "said by"}, {"id": 2, "from_id": 2, "to_id": 3, "type": "said_by"}, {"id": 3}]})"
        "\n{\"id\": 8, \"text\": \"second\"}\n";
    const ImportResult r = import_doccano(jsonl, nullptr, default_codebook());
    REQUIRE(r.ok);
    std::vector<std::string> errors;
    for (const auto& e : r.errors) errors.push_back(e.to_string());
    CHECK(errors == std::vector<std::string>{
                        "line 1: entities[2]: end_offset 4 must be greater than start_offset 9",
                        "line 1: entities[3].end_offset: must be at most 30 (text length in code points)",
                        "line 1: entities[4].label: expected a string",
                        "line 1: entities[5].id: id 2 is used twice",
                        "line 1: entities[6].start_offset: expected a non-negative integer",
                        "line 1: relations[1].to_id: refers to entity 3, which is missing or was skipped",
                        "line 1: relations[2]: expected an object with id, from_id, to_id, type",
                        "line 2: only the first document of a JSONL file is imported; skipped",
                    });
    REQUIRE(r.project.annotations.size() == 2);
    CHECK(r.project.find("a-1")->type == "actor"); // SPEAKER -> actor, by the label rule
    CHECK(r.project.find("a-2")->exact == "Kabul wants talks");
    REQUIRE(r.project.relations.size() == 1);
    CHECK(r.project.relations[0].type == "said_by"); // "said by" is the label of said_by
}

TEST_CASE("doccano import: sequence-labelling export, invalid JSON, no text", "[doccano]") {
    const ImportResult seq = import_doccano(
        R"({"text": "UN says 12 left", "label": [[0, 2, "Source"], [0, 15, "Claim"]]})", nullptr, default_codebook());
    REQUIRE(seq.ok);
    CHECK(seq.project.annotations.size() == 2);
    const ImportResult bad = import_doccano("{\"text\": \"x\", \"entities\": [}\n", nullptr, default_codebook());
    CHECK_FALSE(bad.ok);
    REQUIRE(bad.errors.size() == 1);
    CHECK(bad.errors[0].to_string() == "line 1, column 28: malformed JSON: syntax error while parsing value - "
                                       "unexpected '}'; expected '[', '{', or a literal");
    const ImportResult notext = import_doccano(R"({"entities": []})", nullptr, default_codebook());
    CHECK_FALSE(notext.ok);
    CHECK(notext.errors[0].to_string() == "line 1: no \"text\" in the line and no article given");
    CHECK_FALSE(import_doccano("", nullptr, default_codebook()).ok);
}

TEST_CASE("doccano export of the sample project matches the golden file", "[doccano]") {
    fixture::check_golden("sample.doccano.jsonl", export_doccano(fixture::sample()));
}
