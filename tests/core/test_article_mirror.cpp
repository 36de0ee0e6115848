// The accessible mirror's content (src/core/access/article_mirror.h): the window of paragraphs, the
// runs each annotation marks, and the words a screen reader says.
#include "classroom_fixture.h"
#include "core/access/article_mirror.h"
#include <catch2/catch_test_macros.hpp>

using namespace cs;
using namespace cs::test;

namespace {

// Two paragraphs; a claim with a shorter claim inside it, an actor and a source, two links.
Project mirrored() {
    Project p;
    p.doc = make_shared_document("Balkhi said over 450,000 Afghans left.\nUNHCR reported it.");
    p.codebook = default_codebook();
    const std::string claim = mark(p, "claim", "over 450,000 Afghans left"); // a1, 12..37
    mark(p, "claim", "450,000 Afghans");                                      // a2, 17..32
    const std::string actor = mark(p, "actor", "Balkhi", "Abdul Qahar Balkhi"); // a3, 0..6
    const std::string source = mark(p, "source", "UNHCR");                      // a4, 39..44
    link(p, "said_by", claim, actor);
    link(p, "according_to", claim, source);
    for (Annotation& a : p.annotations)
        if (a.id == claim) a.attributes = {{"status", "disputed"}, {"check_worthy", true}};
    return p;
}

} // namespace

TEST_CASE("fit_mirror_window: long paragraphs are kept to a budget of code points each side", "[access][mirror]") {
    // 100 paragraphs of 30,000 code points (a PDF's), 50-55 on screen.
    std::vector<Span> long_paras;
    for (uint32_t i = 0; i < 100; ++i) long_paras.push_back(Span{i * 30001, i * 30001 + 30000});
    const ParagraphWindow w = mirror_window(100, 50, 55);
    CHECK(fit_mirror_window(w, long_paras, 50, 55) == ParagraphWindow{50, 55}); // none more fits in 16,000
    CHECK(fit_mirror_window(w, long_paras, 50, 55, 60000) == ParagraphWindow{48, 57}); // two each side
    // News paragraphs (500 code points): the window stays as mirror_window made it.
    std::vector<Span> news;
    for (uint32_t i = 0; i < 100; ++i) news.push_back(Span{i * 501, i * 501 + 500});
    CHECK(fit_mirror_window(w, news, 50, 55) == w);
    // Mixed: a long paragraph stops the window on its side only.
    news[45] = Span{news[45].start, news[45].start + 20000};
    CHECK(fit_mirror_window(w, news, 50, 55) == ParagraphWindow{46, w.last});
    // The visible paragraphs stay whatever their size; out-of-range input is clamped.
    CHECK(fit_mirror_window({0, 3}, long_paras, 0, 3) == ParagraphWindow{0, 3});
    CHECK(fit_mirror_window({0, 0}, {}, 0, 0) == ParagraphWindow{0, 0});
}

TEST_CASE("mirror_window: the visible paragraphs and a margin, moving in steps", "[access][mirror]") {
    CHECK(mirror_window(100, 50, 55) == ParagraphWindow{24, 84}); // 26 and 79, out to steps of 12
    CHECK(mirror_window(100, 51, 56) == ParagraphWindow{24, 84}); // a line further: the same window
    CHECK(mirror_window(100, 0, 3) == ParagraphWindow{0, 36});
    CHECK(mirror_window(100, 95, 100) == ParagraphWindow{60, 100});
    CHECK(mirror_window(10, 2, 5) == ParagraphWindow{0, 10});
    CHECK(mirror_window(0, 0, 0) == ParagraphWindow{0, 0});
    CHECK(mirror_window(5, 9, 2) == ParagraphWindow{0, 5}); // out of range: clamped, not thrown
}

TEST_CASE("article_mirror: runs split at every annotation boundary, outermost mark first", "[access][mirror]") {
    const Project p = mirrored();
    const AnnotationIndex ix = build_annotation_index(p);
    const ArticleMirror m = article_mirror(p, ix, build_link_index(p), {0, 2});
    REQUIRE(m.paragraphs.size() == 2);
    REQUIRE(m.marks.size() == 4);
    std::vector<std::string> ids;
    for (const MirrorMark& k : m.marks) ids.push_back(k.id);
    CHECK(ids == std::vector<std::string>{"a3", "a1", "a2", "a4"}); // text order
    struct Run {
        Span span;
        std::vector<uint32_t> marks;
        bool operator==(const Run& o) const { return span == o.span && marks == o.marks; }
    };
    std::vector<Run> runs;
    for (const MirrorRun& r : m.paragraphs[0].runs) runs.push_back({r.span, r.marks});
    CHECK(runs == std::vector<Run>{{{0, 6}, {0}},
                                   {{6, 12}, {}},
                                   {{12, 17}, {1}},
                                   {{17, 32}, {1, 2}}, // the claim, then the shorter claim inside it
                                   {{32, 37}, {1}},
                                   {{37, 38}, {}}});
    REQUIRE(m.paragraphs[1].runs.size() == 2);
    CHECK(m.paragraphs[1].index == 1);
    CHECK(m.paragraphs[1].runs[0].span == Span{39, 44});
    CHECK(m.paragraphs[1].runs[0].marks == std::vector<uint32_t>{3});
    // Only the second paragraph: only its annotation.
    const ArticleMirror second = article_mirror(p, ix, build_link_index(p), {1, 2});
    REQUIRE(second.marks.size() == 1);
    CHECK(second.marks[0].id == "a4");
    CHECK(second.paragraphs[0].runs[0].marks == std::vector<uint32_t>{0});
}

TEST_CASE("annotation_description: type, entity, attributes, links both ways, note", "[access][mirror]") {
    Project p = mirrored();
    for (Annotation& a : p.annotations)
        if (a.id == "a1") a.note = "Check the number\nagainst UNHCR.";
    const LinkIndex links = build_link_index(p);
    auto said = [&](const std::string& id) { return annotation_description(p, *p.find(id), links); };
    CHECK(said("a3") == "Actor: Abdul Qahar Balkhi. Linked from the Claim “over 450,000 Afghans left” (said by).");
    CHECK(said("a1") == "Claim. Check-worthy. Status: disputed. Said by Abdul Qahar Balkhi. According to “UNHCR”. "
                        "Note: Check the number against UNHCR.");
    CHECK(said("a2") == "Claim.");
    CHECK(said("a4") == "Source. Linked from the Claim “over 450,000 Afghans left” (according to).");
    // The mirror's marks say the same.
    const ArticleMirror m = article_mirror(p, build_annotation_index(p), links, {0, 2});
    CHECK(m.marks[0].description == said("a3"));
    CHECK(m.marks[0].type_label == "Actor");
}

TEST_CASE("announcements: what the live region says after adding and linking", "[access][mirror]") {
    const Project p = mirrored();
    CHECK(added_announcement(p, *p.find("a1")) == "Claim added: over 450,000 Afghans left");
    CHECK(added_announcement(p, *p.find("a1"), 12) == "Claim added: over 450,000…");
    CHECK(linked_announcement(p, p.relations[0]) == "Linked: said by Abdul Qahar Balkhi");
    CHECK(linked_announcement(p, p.relations[1]) == "Linked: according to UNHCR");
}

TEST_CASE("mirror_json: the page's form, text in UTF-8 and starts in code points", "[access][mirror]") {
    Project p;
    p.doc = make_shared_document("«Ça va» — 発言人 said 👍🏽.\nSecond <b>line</b> & more");
    p.codebook = default_codebook();
    Annotation a;
    a.id = "x1";
    a.type = "claim";
    a.span = {10, 13}; // 発言人
    fill_quote(a, *p.doc);
    p.annotations.push_back(a);
    const nlohmann::json j = nlohmann::json::parse(
        mirror_json(article_mirror(p, build_annotation_index(p), build_link_index(p), {0, 2}), *p.doc));
    CHECK(j["lang"] == ""); // not known: the page's language is read
    CHECK(j["first"] == 0);
    CHECK(j["last"] == 2);
    const nlohmann::json& runs = j["paragraphs"][0]["runs"];
    REQUIRE(runs.size() == 3);
    CHECK(runs[1]["start"] == 10);
    CHECK(runs[1]["text"] == "発言人");
    CHECK(runs[1]["marks"] == nlohmann::json::array({0}));
    CHECK(j["paragraphs"][1]["start"] == 23); // 👍🏽 is two code points
    // Markup in the article is text here; the page puts it in text nodes, never HTML.
    CHECK(j["paragraphs"][1]["runs"][0]["text"] == "Second <b>line</b> & more");
    CHECK(j["marks"][0] == nlohmann::json{{"id", "x1"}, {"type", "Claim"}, {"description", "Claim."}});
    ArticleMeta french;
    french.language = "fr";
    const Document fr = make_document(p.doc->text, french);
    CHECK(nlohmann::json::parse(mirror_json(article_mirror(p, build_annotation_index(p), build_link_index(p), {0, 2}), fr))["lang"] == "fr");
}
