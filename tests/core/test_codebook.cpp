// Tests for src/core/model/codebook.h and the codebook part of file_format.h: the default tag set,
// look-ups, the codebook rules, and codebook <-> JSON with unknown fields kept.
#include <catch2/catch_test_macros.hpp>

#include "core/file/file_format.h"

#include <string>
#include <vector>

using namespace cs;

namespace {
std::vector<std::string> texts(const std::vector<Problem>& ps) {
    std::vector<std::string> out;
    for (const Problem& p : ps) out.push_back(p.to_string());
    return out;
}
} // namespace

TEST_CASE("default codebook: claim, actor, source with the brief's attributes", "[codebook]") {
    Codebook cb = default_codebook();
    REQUIRE(cb.types.size() == 3);
    const AnnotationType* claim = cb.find_type("claim");
    const AnnotationType* actor = cb.find_type("actor");
    const AnnotationType* source = cb.find_type("source");
    REQUIRE(claim);
    REQUIRE(actor);
    REQUIRE(source);

    CHECK(claim->label == "Claim");
    CHECK(claim->shortcut == "C");
    CHECK(claim->style == DrawStyle::Highlight);
    CHECK(claim->color == 0xE69F00);
    CHECK_FALSE(claim->has_entity);
    REQUIRE(claim->attributes.size() == 2);
    CHECK(claim->attributes[0].id == "status");
    CHECK(claim->attributes[0].kind == AttrKind::Enum);
    CHECK(claim->attributes[0].options ==
          std::vector<std::string>{"unverified", "supported", "disputed", "false", "opinion"});
    CHECK(claim->attributes[0].default_json() == "unverified");
    CHECK(claim->attributes[1].id == "check_worthy");
    CHECK(claim->attributes[1].kind == AttrKind::Bool);
    CHECK(claim->attributes[1].default_json() == false);

    CHECK(actor->shortcut == "A");
    CHECK(actor->style == DrawStyle::Underline);
    CHECK(actor->color == 0x0072B2);
    CHECK(actor->has_entity);
    REQUIRE(actor->find_attribute("kind"));
    CHECK(actor->find_attribute("kind")->options ==
          std::vector<std::string>{"person", "organisation", "government", "group", "country", "other"});
    CHECK(actor->find_attribute("kind")->default_json().is_null()); // the student chooses

    CHECK(source->shortcut == "S");
    CHECK(source->style == DrawStyle::Box);
    CHECK(source->color == 0x009E73);
    CHECK(source->has_entity);
    CHECK(source->find_attribute("kind")->options ==
          std::vector<std::string>{"named person", "organisation", "document", "media outlet", "anonymous", "unclear"});
    CHECK_FALSE(source->find_attribute("status"));

    // Three different colours and three different draw styles: told apart without colour.
    CHECK(claim->color != actor->color);
    CHECK(actor->color != source->color);
    CHECK(claim->style != actor->style);
    CHECK(actor->style != source->style);

    REQUIRE(cb.relation_types.size() == 2);
    const RelationType* said = cb.find_relation_type("said_by");
    const RelationType* acc = cb.find_relation_type("according_to");
    REQUIRE(said);
    REQUIRE(acc);
    CHECK((said->from_type == "claim" && said->to_type == "actor"));
    CHECK((acc->from_type == "claim" && acc->to_type == "source"));
    CHECK_FALSE(cb.find_relation_type("same_entity")); // grouping is by entity name

    std::vector<Problem> problems;
    CHECK(check_codebook(cb, "codebook", &problems));
    CHECK(problems.empty());
}

TEST_CASE("codebook look-ups: type ids are exact", "[codebook]") {
    Codebook cb = default_codebook();
    REQUIRE(cb.find_type("claim"));
    CHECK_FALSE(cb.find_type("Claim"));
}

TEST_CASE("enum names round-trip", "[codebook]") {
    for (DrawStyle s : {DrawStyle::Highlight, DrawStyle::Underline, DrawStyle::Box, DrawStyle::DottedUnderline}) {
        DrawStyle back = DrawStyle::Highlight;
        REQUIRE(parse_draw_style(to_string(s), &back));
        CHECK(back == s);
    }
    for (AttrKind k : {AttrKind::Enum, AttrKind::Bool, AttrKind::Text}) {
        AttrKind back = AttrKind::Text;
        REQUIRE(parse_attr_kind(to_string(k), &back));
        CHECK(back == k);
    }
    DrawStyle s;
    CHECK_FALSE(parse_draw_style("Box", &s));
    AttrKind k;
    CHECK_FALSE(parse_attr_kind("number", &k));
}

TEST_CASE("check_codebook names every broken rule with its path", "[codebook]") {
    Codebook cb = default_codebook();
    cb.types[1].id = "claim";   // duplicate type id
    cb.types[2].shortcut = "c"; // clashes with Claim's C
    cb.types[0].attributes[0].default_value = "maybe";
    cb.types[0].attributes[1].id = "status"; // duplicate attribute id
    cb.relation_types[0].to_type = "person"; // no such type
    cb.relation_types[1].id = "said_by";
    std::vector<Problem> problems;
    CHECK_FALSE(check_codebook(cb, "codebook", &problems));
    CHECK(texts(problems) == std::vector<std::string>{
                                 "codebook.types[0].attributes[0].default: \"maybe\" is not one of the options",
                                 "codebook.types[0].attributes[1].id: duplicate attribute id \"status\"",
                                 "codebook.types[1].id: duplicate type id \"claim\"",
                                 "codebook.types[2].shortcut: shortcut \"c\" is already used by another type",
                                 "codebook.relation_types[0].to: unknown type \"person\"",
                                 "codebook.relation_types[1].id: duplicate relation type id \"said_by\"",
                             });
}

TEST_CASE("codebook JSON: fixed layout, custom types, unknown fields kept", "[codebook]") {
    Codebook cb = default_codebook();
    AnnotationType evidence;
    evidence.id = "evidence";
    evidence.label = "Evidence (Beleg)";
    evidence.color = 0xCC79A7;
    evidence.shortcut = "E";
    evidence.style = DrawStyle::DottedUnderline;
    evidence.attributes.push_back({"strength", "Strength", AttrKind::Text, {}, "weak"});
    evidence.extra["x-teacher-hint"] = "look for numbers";
    cb.types.push_back(evidence);
    cb.relation_types.push_back({"supports", "supports", "evidence", "claim"});
    cb.relation_types.back().extra["x-directed"] = true;
    cb.extra["x-version"] = 3;

    nlohmann::ordered_json j = codebook_to_json(cb);
    CHECK(
        j["types"][0].dump() ==
        R"({"id":"claim","label":"Claim","description":"A statement presented as fact (or as opinion) that a reader could check.","color":"#E69F00","shortcut":"C","style":"highlight","has_entity":false,"attributes":[{"id":"status","label":"Status","kind":"enum","options":["unverified","supported","disputed","false","opinion"],"default":"unverified"},{"id":"check_worthy","label":"Check-worthy","kind":"bool","default":false}]})");
    CHECK(j["types"][3]["style"] == "dotted_underline");
    CHECK(j["types"][3]["x-teacher-hint"] == "look for numbers");
    CHECK(j["relation_types"][1].dump() ==
          R"({"id":"according_to","label":"according to","from":"claim","to":"source"})");

    Codebook back;
    std::vector<Problem> errors;
    REQUIRE(codebook_from_json(nlohmann::json(j), "codebook", &back, &errors));
    CHECK(errors.empty());
    CHECK(back == cb);
    CHECK(codebook_to_json(back).dump() == j.dump());
}

TEST_CASE("codebook JSON: wrong types and values are reported, all of them", "[codebook]") {
    nlohmann::json j = nlohmann::json::parse(R"({
      "types": [
        {"id": "claim", "label": "Claim", "color": "orange", "style": "glow",
         "attributes": [{"id": "status", "label": "Status", "kind": "list"},
                        {"id": "sure", "label": "Sure", "kind": "enum", "options": ["yes", 2]}]},
        {"id": 7, "label": "Actor", "color": "#0072b2", "style": "underline", "has_entity": "yes"},
        "source"
      ],
      "relation_types": {}
    })");
    Codebook cb;
    std::vector<Problem> errors;
    CHECK_FALSE(codebook_from_json(j, "codebook", &cb, &errors));
    CHECK(texts(errors) ==
          std::vector<std::string>{
              "codebook.types[0].color: expected a colour like \"#E69F00\", found \"orange\"",
              "codebook.types[0].style: expected \"highlight\", \"underline\", \"box\" or \"dotted_underline\", found "
              "\"glow\"",
              "codebook.types[0].attributes[0].kind: expected \"enum\", \"bool\" or \"text\", found \"list\"",
              "codebook.types[0].attributes[1].options[1]: expected a string, found a number",
              "codebook.types[1].id: expected a string, found a number",
              "codebook.types[1].has_entity: expected true or false, found a string",
              "codebook.types[2]: expected an object, found a string",
              "codebook.relation_types: expected an array, found an object",
          });
    // Lowercase colours are accepted (and written back uppercase).
    CHECK(cb.types[1].color == 0x0072B2);
}
