// A small project for the format tests: accents, a multi-code-point emoji, a claim crossing a
// line break, nested and overlapping spans, relations of both kinds, notes with newlines/tabs.
#pragma once
#include "core/formats/formats.h"
#include <catch2/catch_test_macros.hpp>
#include <fstream>
#include <sstream>

namespace fixture {

inline const char* kText = "Abdul Qahar Balkhi said Afghanistan wants a solution.\n"
                           "Over 450,000 Afghans left, according to the United Nations.\n"
                           "An official, who spoke anonymously, called it \"d\xC3\xA9j\xC3\xA0 vu\" "
                           "\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7.\n";

// Code-point span of the n-th (0-based) occurrence of `needle`.
inline cs::Span span_of(const cs::Document& d, const std::string& needle, int nth = 0) {
    size_t at = d.text.find(needle);
    while (nth-- > 0) at = d.text.find(needle, at + 1);
    REQUIRE(at != std::string::npos);
    return {uint32_t(d.index.cp_of_byte(at)), uint32_t(d.index.cp_of_byte(at + needle.size()))};
}

inline cs::Annotation ann(const cs::Project& p, const char* id, const char* type, const std::string& quote,
                          nlohmann::json attrs = nlohmann::json::object(), const char* entity = "",
                          const char* note = "") {
    cs::Annotation a;
    a.id = id;
    a.type = type;
    a.span = span_of(*p.doc, quote);
    a.attributes = std::move(attrs);
    a.entity = entity;
    a.note = note;
    a.author = "Test";
    a.created = a.modified = "2026-01-05T10:00:00Z";
    fill_quote(a, *p.doc);
    return a;
}

inline cs::Project project() {
    cs::Project p;
    p.doc = cs::make_shared_document(kText, {"Afghan refugees: a test article", "https://example.org/news/1",
                                             "Example News", "A. Writer", "2024-03-09", "2026-01-05", "en"});
    p.codebook = cs::default_codebook();
    p.annotator = "Test";
    p.created = p.modified = "2026-01-05T10:00:00Z";
    p.annotations = {
        ann(p, "a-actor1", "actor", "Abdul Qahar Balkhi", {{"kind", "government"}}, "Abdul Qahar Balkhi"),
        ann(p, "a-claim1", "claim", "Afghanistan wants a solution", {{"status", "unverified"}, {"check_worthy", true}},
            "", "Said twice:\nonce\there"),
        ann(p, "a-claim2", "claim", "Over 450,000 Afghans left", {{"status", "supported"}, {"check_worthy", false}}),
        ann(p, "a-source1", "source", "the United Nations", {{"kind", "organisation"}}, "United Nations"),
        ann(p, "a-source2", "source", "An official, who spoke anonymously", {{"kind", "anonymous"}},
            "unnamed official"),
        ann(p, "a-claim3", "claim",
            "called it \"d\xC3\xA9j\xC3\xA0 vu\" "
            "\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7",
            {{"status", "opinion"}}),
        ann(p, "a-claim4", "claim", "United Nations.\nAn official", {{"status", "disputed"}}, "", "crosses a line"),
    };
    cs::sort_annotations(p.annotations);
    p.relations = {
        {"r-1", "said_by", "a-claim1", "a-actor1", nlohmann::json::object()},
        {"r-2", "according_to", "a-claim2", "a-source1", nlohmann::json::object()},
        {"r-3", "according_to", "a-claim3", "a-source2", nlohmann::json::object()},
        {"r-4", "said_by", "a-claim3", "a-actor1", nlohmann::json::object()},
    };
    cs::sort_relations(p.relations);
    return p;
}

inline std::string data_path(const std::string& rel) {
    return std::string(CLAIMSCOPE_SOURCE_DIR) + "/tests/data/formats/" + rel;
}

inline std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// Compares with a golden file; CLAIMSCOPE_UPDATE_GOLDEN=1 rewrites it (then review the diff).
inline void check_golden(const std::string& rel, const std::string& actual) {
    const std::string path = data_path(rel);
    if (std::getenv("CLAIMSCOPE_UPDATE_GOLDEN")) std::ofstream(path, std::ios::binary) << actual;
    INFO("golden file " << path);
    CHECK(actual == read(path));
}

} // namespace fixture

namespace fixture {
// The sample project (the sample article, annotated), as a teacher would export it.
inline cs::Project sample() {
    cs::LoadResult r =
        cs::load_project(read(std::string(CLAIMSCOPE_SOURCE_DIR) + "/tests/data/sample.claimscope.json"));
    REQUIRE(r.ok);
    return std::move(r.project);
}
} // namespace fixture
