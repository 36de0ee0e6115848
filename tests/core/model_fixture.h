// Shared by test_editor.cpp and test_file_format.cpp: the sample article, a fixed clock, counter
// ids, and the golden sample project (tests/data/sample.claimscope.json) built through the Editor.
#pragma once
#include <catch2/catch_test_macros.hpp>

#include "core/model/editor.h"
#include "core/file/file_format.h"

#include <cstdio>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>

namespace cs_test {

inline std::string read_file(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    REQUIRE(f.good());
    std::stringstream ss;
    ss << f.rdbuf();
    return ss.str();
}

inline std::shared_ptr<const cs::Document> sample_doc() {
    static std::shared_ptr<const cs::Document> d = [] {
        cs::ArticleMeta m;
        m.title = "Afghanistan urges joint solution with Pakistan as refugee expulsions mount";
        m.url = "https://example.org/news/2024/03/afghanistan-pakistan-refugees";
        m.outlet = "Example News";
        m.author = "Staff reporter";
        m.published = "2024-03-09";
        m.retrieved = "2026-01-15";
        m.language = "en";
        return cs::make_shared_document(read_file(CLAIMSCOPE_SOURCE_DIR "/assets/sample-article.txt"), m);
    }();
    return d;
}

// One minute later on every call: timestamps in tests are exact and distinguishable.
inline cs::Editor::Clock minute_clock() {
    auto n = std::make_shared<int>(0);
    return [n] {
        int m = (*n)++;
        char buf[32];
        std::snprintf(buf, sizeof buf, "2026-01-15T%02d:%02d:00Z", 9 + m / 60, m % 60);
        return std::string(buf);
    };
}

// "a-1", "a-2", ... and "r-1", ... counted per prefix.
inline cs::Editor::IdGen counter_ids() {
    auto counts = std::make_shared<std::map<std::string, int>>();
    return [counts](const char* prefix) { return prefix + std::to_string(++(*counts)[prefix]); };
}

inline cs::Project sample_project_base() {
    cs::Project p;
    p.doc = sample_doc();
    p.codebook = cs::default_codebook();
    p.annotator = "Amina Yusuf (Klasse 9b)";
    p.created = "2026-01-15T08:59:00Z";
    return p;
}

// Code-point span of the nth occurrence of `needle` in the sample article.
inline cs::Span find_span(const cs::Document& d, const std::string& needle, int nth = 0) {
    size_t b = d.text.find(needle);
    for (int i = 0; i < nth && b != std::string::npos; i++) b = d.text.find(needle, b + 1);
    REQUIRE(b != std::string::npos);
    return cs::Span{(uint32_t)d.index.cp_of_byte(b), (uint32_t)d.index.cp_of_byte(b + needle.size())};
}

// The golden example: claims, actors and sources with entities, relations, non-ASCII notes.
inline cs::Project golden_sample_project() {
    cs::Editor ed(sample_project_base(), minute_clock(), counter_ids());
    const cs::Document& d = *sample_doc();
    auto add = [&](const char* type, const std::string& needle, int nth = 0) {
        auto id = ed.add_annotation(type, find_span(d, needle, nth));
        REQUIRE(id);
        return *id;
    };
    std::string desire = add("claim", "has publicly expressed a desire for Afghanistan and Pakistan to collaboratively "
                                      "find a solution to their mutual concerns");
    std::string balkhi = add("actor", "Abdul Qahar Balkhi");
    REQUIRE(ed.set_entity(balkhi, "Abdul Qahar Balkhi"));
    REQUIRE(ed.set_attribute(balkhi, "kind", "person"));
    REQUIRE(ed.set_note(
        balkhi, "Sprecher des Außenministeriums — spokesperson, Ministry of Foreign Affairs (وزارت امور خارجه)"));
    REQUIRE(ed.add_relation("said_by", desire, balkhi));

    std::string expelled = add("claim", "a move that has led to the forced repatriation of over 450,000 Afghans");
    REQUIRE(ed.set_attribute(expelled, "check_worthy", true));
    REQUIRE(ed.set_note(expelled, "Figure attributed to the UN: find the UNHCR/IOM report it comes from « 450 000 »."));
    std::string un = add("source", "the United Nations");
    REQUIRE(ed.set_entity(un, "United Nations"));
    REQUIRE(ed.set_attribute(un, "kind", "organisation"));
    REQUIRE(ed.add_relation("according_to", expelled, un));

    std::string aj = add("source", "Al Jazeera");
    REQUIRE(ed.set_entity(aj, "Al Jazeera"));
    REQUIRE(ed.set_attribute(aj, "kind", "media outlet"));
    std::string balkhi2 = add("actor", "Balkhi", 1); // "Balkhi's comments"
    REQUIRE(ed.set_entity(balkhi2, "Abdul Qahar Balkhi"));

    // Marked with context, then trimmed to the name (set_span refreshes the quote).
    auto first = [](cs::Span s, uint32_t n) { return cs::Span{s.start, s.start + n}; };
    std::string pakistan = add("actor", "Pakistan issued");
    REQUIRE(ed.set_span(pakistan, first(find_span(d, "Pakistan issued"), 8)));
    REQUIRE(ed.set_entity(pakistan, "Government of Pakistan"));
    REQUIRE(ed.set_attribute(pakistan, "kind", "government"));

    std::string torkham =
        add("claim", "nearly 500 Afghan migrants being expelled back to Afghanistan through the Torkham border");
    REQUIRE(ed.set_attribute(torkham, "check_worthy", true));
    std::string ministry = add("source", "the Ministry of Refugees and Repatriations of Afghanistan");
    REQUIRE(ed.set_entity(ministry, "Ministry of Refugees and Repatriations"));
    REQUIRE(ed.set_attribute(ministry, "kind", "organisation"));
    REQUIRE(ed.add_relation("according_to", torkham, ministry));

    std::string amnesty = add("claim", "we declared a general amnesty");
    REQUIRE(ed.set_attribute(amnesty, "status", "disputed"));
    std::string balkhi3 = add("actor", "Balkhi, in his interview");
    REQUIRE(ed.set_span(balkhi3, first(find_span(d, "Balkhi, in his interview"), 6)));
    REQUIRE(ed.set_entity(balkhi3, "Abdul Qahar Balkhi"));
    REQUIRE(ed.add_relation("said_by", amnesty, balkhi3));
    REQUIRE(ed.add_relation("according_to", amnesty, aj));

    std::string millions = add("claim", "hundreds of thousands are currently working with the government, and millions "
                                        "are living peacefully in Afghanistan");
    REQUIRE(ed.set_attribute(millions, "status", "disputed"));
    REQUIRE(ed.set_attribute(millions, "check_worthy", true));
    REQUIRE(ed.set_note(millions, "Keine Quelle für die Zahlen; « millions » — who counted? 🔍 論拠なし"));
    std::string he = add("actor", "He further");
    REQUIRE(ed.set_span(he, first(find_span(d, "He further"), 2)));
    REQUIRE(ed.set_entity(he, "Abdul Qahar Balkhi"));
    REQUIRE(ed.add_relation("said_by", millions, he));

    std::string critical =
        add("claim", "will be critical in determining the future well-being of the affected Afghan refugees");
    REQUIRE(ed.set_attribute(critical, "status", "opinion"));

    // A mistake, corrected: deleted, then the deletion undone and redone, so the golden file
    // also proves that undo/redo leave no trace.
    std::string oops = add("claim", "Advertisment");
    REQUIRE(ed.delete_annotation(oops));
    REQUIRE(ed.undo());
    REQUIRE(ed.redo());
    return ed.project();
}

} // namespace cs_test
