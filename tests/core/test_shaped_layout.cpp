// The shaping path of Layout: right-to-left paragraphs, mixed directions, UAX #14 breaks, grapheme
// clusters; and that a Latin article still takes the fast path. Fonts: tests/data/fonts (README).
#include "core/model/document.h"
#include "core/text/layout.h"
#include "core/text/shape.h"
#include "core/text/shaped_layout.h"
#include "core/text/text.h"
#include "model_fixture.h"
#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>
#include <random>

using Catch::Approx;

using namespace cs;
using cs_test::read_file;

namespace {

struct Fonts {
    ShapingFont latin{read_file(std::string(CLAIMSCOPE_SOURCE_DIR) + "/tests/data/fonts/NotoSans-Latin.ttf")};
    ShapingFont arabic{read_file(std::string(CLAIMSCOPE_SOURCE_DIR) + "/tests/data/fonts/NotoSansArabic-Block.ttf")};
    ShapingFonts set() const {
        ShapingFonts f;
        f.faces[(size_t)FontFace::Latin] = &latin;
        f.faces[(size_t)FontFace::Arabic] = &arabic;
        f.generation = 1;
        return f;
    }
};

float ten(uint32_t) { return 10; }

LayoutParams params(float width) {
    LayoutParams p;
    p.wrap_width = width;
    p.line_height = 20;
    p.paragraph_gap = 5;
    p.font_px = 20;
    return p;
}

Span find(const Document& d, const std::string& needle) {
    const size_t at = d.text.find(needle);
    REQUIRE(at != std::string::npos);
    return {(uint32_t)d.index.cp_of_byte(at), (uint32_t)d.index.cp_of_byte(at + needle.size())};
}

// A lazily shaped layout, once shape_range has reached everything, is the full build line for line.
void check_same_as_full_build(const Layout& L, const Layout& full) {
    REQUIRE(L.lines().size() == full.lines().size());
    for (size_t i = 0; i < L.lines().size(); ++i) {
        const LayoutLine &a = L.lines()[i], &b = full.lines()[i];
        INFO("line " << i);
        CHECK(a.start == b.start);
        CHECK(a.end == b.end);
        CHECK(a.y == Approx(b.y));
        CHECK(a.x == Approx(b.x));
        CHECK(a.width == Approx(b.width));
        CHECK_FALSE(a.pending);
        REQUIRE((a.shaped >= 0) == (b.shaped >= 0));
        if (a.shaped >= 0) CHECK(L.glyphs(a).size() == full.glyphs(b).size());
    }
    CHECK(L.height() == Approx(full.height()));
}

} // namespace

TEST_CASE("needs_shaping: Latin, Greek and Cyrillic take the fast path; marks, RTL, CJK and emoji do not") {
    CHECK_FALSE(needs_shaping(
        "Plain text, d\xC3\xA9j\xC3\xA0 vu \xE2\x80\x94 \xCE\xA9\xCE\xBC\xCE\xAD\xCE\xB3\xCE\xB1, \xD0\x96"));
    CHECK(needs_shaping("a\xCC\x88"));        // a + U+0308
    CHECK(needs_shaping("\xD8\xB3\xD9\x84")); // Arabic
    CHECK(needs_shaping("\xE8\xA8\x80"));     // 言
    CHECK(needs_shaping("\xF0\x9F\x91\x8D")); // 👍
    CHECK(needs_shaping("x\xE2\x80\x8Fy"));   // RLM
}

TEST_CASE("a Latin article with fonts given lays out exactly as without them") {
    Fonts fonts;
    const ShapingFonts set = fonts.set();
    const Document doc = make_document("The United Nations said on Tuesday that more than 450,000 people had left.\n\n"
                                       "A second paragraph, also Latin.\n");
    Layout plain, with_fonts;
    plain.build(doc, params(200), ten);
    with_fonts.build(doc, params(200), ten, &set);
    CHECK(with_fonts.shaped_paragraphs() == 0);
    REQUIRE(plain.lines().size() == with_fonts.lines().size());
    for (size_t i = 0; i < plain.lines().size(); ++i) {
        CHECK(plain.lines()[i].start == with_fonts.lines()[i].start);
        CHECK(plain.lines()[i].end == with_fonts.lines()[i].end);
        CHECK(with_fonts.lines()[i].shaped == -1);
    }
}

TEST_CASE("an Arabic paragraph is right-aligned, runs right to left, and its letters join") {
    Fonts fonts;
    const ShapingFonts set = fonts.set();
    // سلام عليكم: "peace be upon you"
    const Document doc = make_document("\xD8\xB3\xD9\x84\xD8\xA7\xD9\x85 \xD8\xB9\xD9\x84\xD9\x8A\xD9\x83\xD9\x85");
    Layout L;
    L.build(doc, params(400), ten, &set);
    CHECK(L.shaped_paragraphs() == 1);
    REQUIRE(L.lines().size() == 1);
    const LayoutLine& line = L.lines()[0];
    CHECK(line.rtl);
    CHECK(line.x == Approx(400 - line.width));
    // The glyphs hb-shape gives for this text (test_shape.cpp, the same font family): lam-alef is one
    // glyph, so 9 code points draw as 9 glyphs with the space; the first word is on the right.
    const auto& gs = L.glyphs(line);
    CHECK(gs.size() == 9);
    for (const PlacedGlyph& g : gs) CHECK(g.glyph != 0);
    const Span first = {0, 4}, second = {5, 10};
    const auto r1 = L.rects(first.start, first.end), r2 = L.rects(second.start, second.end);
    REQUIRE(r1.size() == 1);
    REQUIRE(r2.size() == 1);
    CHECK(r1[0].x > r2[0].x + r2[0].w - 0.01f);
    // The caret before the first letter is at the right edge; after the last word, at the left.
    CHECK(L.x_of_cp(0, 0) == Approx(400).margin(0.01));
    CHECK(L.x_of_cp(0, 10) == Approx(line.x).margin(0.01));
    // A click on the right half of the first word's first letter puts the caret before it.
    CHECK(L.hit_test(399, 5) == 0);
    CHECK(L.char_at(399, 5) == 0);
    CHECK(L.char_at(line.x - 5, 5) == -1);
}

TEST_CASE("mixed Arabic and English: the English name is one piece, a range across the boundary is two") {
    Fonts fonts;
    const ShapingFonts set = fonts.set();
    // قال John Smith اليوم — "John Smith said today", in a right-to-left paragraph.
    const std::string text = "\xD9\x82\xD8\xA7\xD9\x84 John Smith \xD8\xA7\xD9\x84\xD9\x8A\xD9\x88\xD9\x85";
    const Document doc = make_document(text);
    Layout L;
    L.build(doc, params(600), ten, &set);
    REQUIRE(L.lines().size() == 1);
    const Span name = find(doc, "John Smith");
    const Span qal = {0, 3};
    const Span today = find(doc, "\xD8\xA7\xD9\x84\xD9\x8A\xD9\x88\xD9\x85");
    const auto rn = L.rects(name.start, name.end), rq = L.rects(qal.start, qal.end),
               rt = L.rects(today.start, today.end);
    REQUIRE(rn.size() == 1);
    REQUIRE(rq.size() == 1);
    REQUIRE(rt.size() == 1);
    // Right to left: قال, then the name, then اليوم at the left; inside the name, John left of Smith.
    CHECK(rq[0].x > rn[0].x);
    CHECK(rn[0].x > rt[0].x);
    const Span john = find(doc, "John"), smith = find(doc, "Smith");
    CHECK(L.rects(john.start, john.end)[0].x < L.rects(smith.start, smith.end)[0].x);
    // "Smith اليوم" in logical order is two pieces on screen: Smith (middle) and اليوم (left), with the
    // space between them.
    const auto across = L.rects(smith.start, today.end);
    CHECK(across.size() == 2);
    // Every glyph's cluster is found where it is drawn.
    for (const PlacedGlyph& g : L.glyphs(L.lines()[0]))
        if (g.advance > 0) CHECK(L.char_at(L.lines()[0].x + g.x + g.advance / 2, 5) == (long)g.cp_start);
}

TEST_CASE("hit_test and x_of_cp agree on a shaped line: the caret lands where it is drawn") {
    Fonts fonts;
    const ShapingFonts set = fonts.set();
    const Document doc =
        make_document("\xD9\x82\xD8\xA7\xD9\x84 John Smith \xD8\xA7\xD9\x84\xD9\x8A\xD9\x88\xD9\x85 a\xCC\x88 x");
    Layout L;
    L.build(doc, params(600), ten, &set);
    REQUIRE(L.lines().size() == 1);
    const LayoutLine& l = L.lines()[0];
    size_t checked = 0;
    for (const PlacedGlyph& g : L.glyphs(l)) {
        if (g.advance <= 0) continue;
        // The caret before a cluster is drawn at its leading edge; a click just inside that edge gives it back.
        const float x = L.x_of_cp(0, g.cp_start);
        CHECK(x == Approx(l.x + (g.rtl ? g.x + g.advance : g.x)).margin(0.01));
        INFO("cluster at " << g.cp_start);
        CHECK(L.hit_test(g.rtl ? x - 0.5f : x + 0.5f, 5) == g.cp_start);
        ++checked;
    }
    CHECK(checked >= 20);
    // No caret between "a" and its combining mark: x_of_cp puts one there at the cluster's edge.
    const Span a_uml = find(doc, "a\xCC\x88");
    CHECK(L.x_of_cp(0, a_uml.start + 1) == Approx(L.x_of_cp(0, a_uml.start)).margin(0.01));
}

TEST_CASE("combining marks and emoji sequences are one cluster each") {
    Fonts fonts;
    const ShapingFonts set = fonts.set();
    // "a" + U+0308, then a family emoji (👩‍👩‍👧, five code points), no emoji font: drawn missing, one cluster.
    const Document doc =
        make_document("a\xCC\x88 \xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7 b");
    Layout L;
    L.build(doc, params(600), ten, &set);
    REQUIRE(L.lines().size() == 1);
    const auto& gs = L.glyphs(L.lines()[0]);
    // ä: one cluster [0, 2) (HarfBuzz draws it as the precomposed glyph when the font has it, else the
    // base with the mark over it); the next glyph starts after it.
    REQUIRE(gs.size() >= 2);
    CHECK(gs[0].cp_start == 0);
    CHECK(gs[0].cp_end == 2);
    CHECK(gs[0].glyph != 0);
    size_t next = 1;
    while (next < gs.size() && gs[next].cp_start == 0) ++next;
    REQUIRE(next < gs.size());
    CHECK(gs[next].cp_start == 2);
    int family = 0;
    for (const PlacedGlyph& g : gs)
        if (g.cp_start == 3) {
            ++family;
            CHECK(g.cp_end == 8);
            CHECK(g.face == FontFace::Emoji);
        }
    CHECK(family >= 1);
    CHECK(L.hit_test(L.x_of_cp(0, 3) + 1, 5) == 3); // the left part of the emoji: before it
    const auto r = L.rects(5, 6);                   // a code point inside the sequence selects it whole
    REQUIRE(r.size() == 1);
    CHECK(r[0].x == Approx(L.x_of_cp(0, 3)).margin(0.01));
    CHECK(r[0].x + r[0].w == Approx(L.x_of_cp(0, 8)).margin(0.01));
}

TEST_CASE("Chinese wraps between characters, and no line starts with a closing mark") {
    Fonts fonts;
    const ShapingFonts set = fonts.set(); // no CJK face: the Latin face's missing glyph, but real breaks
    // 发言人说：「我们欢迎。」他说。 repeated
    std::string para;
    for (int i = 0; i < 6; ++i)
        para += "\xE5\x8F\x91\xE8\xA8\x80\xE4\xBA\xBA\xE8\xAF\xB4\xEF\xBC\x9A\xE3\x80\x8C\xE6\x88\x91\xE4\xBB\xAC"
                "\xE6\xAC\xA2\xE8\xBF\x8E\xE3\x80\x82\xE3\x80\x8D\xE4\xBB\x96\xE8\xAF\xB4\xE3\x80\x82";
    const Document doc = make_document(para);
    const std::u32string cps = to_u32(doc.text);
    for (float width : {61.f, 75.f, 99.f, 123.f, 150.f, 201.f}) {
        Layout L;
        L.build(doc, params(width), ten, &set);
        REQUIRE(L.lines().size() > 1);
        uint32_t next = 0;
        for (const LayoutLine& l : L.lines()) {
            CHECK(l.start == next); // no gap, no overlap: Chinese has no spaces to hide
            next = l.end;
            const char32_t first = cps[l.start];
            INFO("width " << width << " line at " << l.start);
            CHECK(first != U'\u3002'); // 。
            CHECK(first != U'\u300D'); // 」
            CHECK(first != U'\uFF1A'); // ：
        }
        CHECK(next == cps.size());
    }
}

TEST_CASE("han_language: kana make a paragraph Japanese, Hangul Korean, otherwise the article's CJK language") {
    CHECK(han_language(U"\u76F4\u63A5", "") == "und");        // 直接, language unknown
    CHECK(han_language(U"\u76F4\u63A5", "en") == "und");      // not a CJK article
    CHECK(han_language(U"\u76F4\u63A5", "zh-TW") == "zh-TW"); // taken as it is
    CHECK(han_language(U"\u76F4\u63A5", "JA") == "JA");       // any case
    CHECK(han_language(U"\u76F4\u63A5", "ko_KR") == "ko_KR");
    CHECK(han_language(U"\u76F4\u63A5", "zha") == "und");         // Zhuang, not Chinese
    CHECK(han_language(U"\u76F4\u3059", "zh-CN") == "ja");        // 直す: a Japanese quote in a Chinese article
    CHECK(han_language(U"\u30C6\u30EC\u30D3", "") == "ja");       // テレビ, katakana
    CHECK(han_language(U"\u76F4\uD55C", "ja") == "ko");           // 直한
    CHECK(han_language(U"\uFF83\uFF9A\uFF8B\uFF9E", "") == "ja"); // half-width katakana
}

TEST_CASE("Han characters take the regional forms of their paragraph's language, as a browser's lang does") {
    // 化 (U+5316) has four designs in Noto Sans CJK: mainland China (the face's default), Taiwan, Japan (and
    // Hong Kong) and Korea, reached through the font's `locl` feature.
    ShapingFont cjk{read_file(std::string(CLAIMSCOPE_SOURCE_DIR) + "/tests/data/fonts/NotoSansCJK-Locl.otf")};
    REQUIRE(cjk.ok());
    Fonts fonts;
    ShapingFonts set = fonts.set();
    set.faces[(size_t)FontFace::Cjk] = &cjk;
    // The glyph Layout draws for 化, the first code point of `text`, in an article of `language`.
    auto glyph_of_hua = [&](const char* text, const char* language) {
        ArticleMeta meta;
        meta.language = language;
        const Document doc = make_document(text, meta);
        Layout L;
        L.build(doc, params(400), ten, &set);
        REQUIRE(L.lines().size() == 1);
        REQUIRE(L.lines()[0].shaped >= 0);
        for (const PlacedGlyph& g : L.glyphs(L.lines()[0]))
            if (g.cp_start == 0) return g.glyph;
        FAIL("no glyph for the first code point");
        return 0u;
    };
    const char* hua = "\xE5\x8C\x96";                              // 化
    const char* hua_su = "\xE5\x8C\x96\xE3\x81\x99";               // 化す (Japanese)
    const char* hua_han = "\xE5\x8C\x96\xEA\xB2\x8C \xED\x95\x9C"; // 化게 한 (Korean)
    const uint32_t sc = glyph_of_hua(hua, ""), tc = glyph_of_hua(hua, "zh-TW"), jp = glyph_of_hua(hua, "ja"),
                   kr = glyph_of_hua(hua, "ko");
    CHECK(sc != 0);
    CHECK(glyph_of_hua(hua, "en") == sc);
    CHECK(glyph_of_hua(hua, "zh-CN") == sc);
    CHECK(glyph_of_hua(hua, "zh-HK") == jp); // Hong Kong writes 化 as Japan does
    CHECK(tc != sc);
    CHECK(jp != sc);
    CHECK(jp != tc);
    CHECK(kr != sc);
    CHECK(kr != jp);
    CHECK(glyph_of_hua(hua_su, "") == jp); // kana: Japanese, whatever the article says
    CHECK(glyph_of_hua(hua_su, "zh-TW") == jp);
    CHECK(glyph_of_hua(hua_han, "") == kr); // Hangul: Korean
}

TEST_CASE("property: every code point of a wrapped mixed paragraph lies on one line, and lines fit") {
    Fonts fonts;
    const ShapingFonts set = fonts.set();
    const char* words[] = {"\xD8\xB3\xD9\x84\xD8\xA7\xD9\x85",
                           "John",
                           "\xD8\xB9\xD9\x84\xD9\x8A\xD9\x83\xD9\x85",
                           "Smith,",
                           "123",
                           "\xE5\x8F\x91\xE8\xA8\x80\xE4\xBA\xBA",
                           "a\xCC\x88",
                           "(\xD9\x82\xD8\xA7\xD9\x84)"};
    std::mt19937 rng(7);
    for (int round = 0; round < 60; ++round) {
        std::string text;
        const int n = 5 + (int)(rng() % 40);
        for (int i = 0; i < n; ++i) text += std::string(i ? " " : "") + words[rng() % 8];
        const Document doc = make_document(text);
        const float width = 40.0f + (float)(rng() % 400);
        Layout L;
        L.build(doc, params(width), ten, &set);
        const std::u32string cps = to_u32(doc.text);
        uint32_t covered = 0;
        for (const LayoutLine& l : L.lines()) {
            INFO("text " << text << " width " << width);
            CHECK(l.start >= covered);
            for (uint32_t c = covered; c < l.start; ++c) CHECK(cps[c] == U' '); // only hidden wrapping spaces
            CHECK(l.end > l.start);
            const bool one_cluster = L.glyphs(l).size() <= 3;
            if (!one_cluster) CHECK(l.width <= width + 0.01f);
            covered = l.end;
        }
        CHECK(covered == cps.size());
    }
}

TEST_CASE("lazy shaping: pending paragraphs are estimates until shape_range, which lays them out as a full build") {
    Fonts fonts;
    const ShapingFonts set = fonts.set();
    // Latin and Arabic paragraphs in turn; each Arabic one wraps over several lines at 150 px.
    const std::string arabic = "\xD8\xB3\xD9\x84\xD8\xA7\xD9\x85 \xD8\xB9\xD9\x84\xD9\x8A\xD9\x83\xD9\x85 ";
    std::string text;
    for (int i = 0; i < 12; ++i) {
        text += "Paragraph in Latin letters number " + std::to_string(i) + ".\n\n";
        for (int w = 0; w < 3 + i % 4; ++w) text += arabic;
        text += "\n\n";
    }
    const Document doc = make_document(text);
    LayoutParams lazy = params(150);
    lazy.lazy_shaping = true;
    Layout full, L;
    full.build(doc, params(150), ten, &set);
    L.build(doc, lazy, ten, &set);
    CHECK(L.shaped_paragraphs() == 0);
    size_t pending = 0;
    for (const LayoutLine& l : L.lines()) pending += l.pending;
    CHECK(pending > 0);

    // Shape what a view showing the middle third would show, anchored at its top.
    const float top = L.height() / 3, bottom = 2 * L.height() / 3;
    const size_t anchor_line = L.line_at_y(top);
    const uint32_t anchor_cp = L.lines()[anchor_line].start;
    const float anchor_y = L.lines()[anchor_line].y;
    const bool anchor_pending = L.lines()[anchor_line].pending;
    const float grew = L.shape_range(top, bottom, top);
    CHECK(L.shaped_paragraphs() > 0);
    CHECK(L.shaped_paragraphs() < full.shaped_paragraphs());
    for (size_t i = L.line_at_y(top + grew); i <= L.line_at_y(bottom + grew); ++i) CHECK_FALSE(L.lines()[i].pending);
    // The line the view showed at its top moved by exactly what is returned (when its own paragraph
    // was not re-laid out, it is the same line).
    if (!anchor_pending) CHECK(L.lines()[L.line_of_cp(anchor_cp)].y == Approx(anchor_y + grew));

    // Lines stay one after another: a line height apart, plus the gap between paragraphs.
    for (size_t i = 1; i < L.lines().size(); ++i) {
        const LayoutLine &a = L.lines()[i - 1], &b = L.lines()[i];
        CHECK(b.start >= a.end);
        CHECK(b.y == Approx(a.y + 20 + (a.paragraph != b.paragraph ? 5 : 0)));
    }

    // Shaping everything gives the full build's lines exactly; a rebuild keeps what was shaped.
    L.shape_range(0, L.height(), 0);
    check_same_as_full_build(L, full);
    // A rebuild (a new width) keeps the shaped paragraphs but breaks them again only where the view
    // asks: their lines are estimates until then, and then the full build's again.
    L.build(doc, lazy, ten, &set);
    CHECK(L.shaped_paragraphs() == full.shaped_paragraphs());
    size_t pending_again = 0;
    for (const LayoutLine& l : L.lines()) pending_again += l.pending;
    CHECK(pending_again > 0);
    L.shape_range(0, L.height(), 0);
    check_same_as_full_build(L, full);
}

TEST_CASE("lazy shaping inside a long paragraph: a window shapes only its lines, scrolling down gives the full build") {
    Fonts fonts;
    const ShapingFonts set = fonts.set();
    // One paragraph of ~6,000 code points, Arabic with English names (as text pasted from a PDF), between
    // two short ones.
    const std::string arabic = "\xD8\xB3\xD9\x84\xD8\xA7\xD9\x85 \xD8\xB9\xD9\x84\xD9\x8A\xD9\x83\xD9\x85 ";
    std::string text = "Before the long one.\n\n";
    for (int i = 0; i < 300; ++i) text += arabic + "Kabul " + std::to_string(i) + " ";
    text += "\n\nAfter the long one.";
    const Document doc = make_document(text);
    REQUIRE(doc.paragraphs.size() == 3);
    LayoutParams lazy = params(300);
    lazy.lazy_shaping = true;
    Layout full, L;
    full.build(doc, params(300), ten, &set);
    REQUIRE(full.lines().size() > 100);
    L.build(doc, lazy, ten, &set);

    // A window of 10 lines at the top: the long paragraph's first lines are laid out, the rest stays pending.
    L.shape_range(0, 200, 0);
    size_t real = 0, pending = 0;
    for (const LayoutLine& l : L.lines())
        if (l.paragraph == 1) (l.pending ? pending : real) += 1;
    CHECK(real > 0);
    CHECK(real < 20);
    CHECK(pending > 50);
    for (size_t i = 0; i <= L.line_at_y(200); ++i) CHECK_FALSE(L.lines()[i].pending);
    // Its real lines are the full build's, line for line.
    for (size_t i = 0; i < L.lines().size() && !L.lines()[i].pending; ++i) {
        CHECK(L.lines()[i].start == full.lines()[i].start);
        CHECK(L.lines()[i].end == full.lines()[i].end);
        CHECK(L.lines()[i].width == Approx(full.lines()[i].width));
    }

    // Scrolling down a screen at a time, anchored at the view's top, reaches the full build's lines.
    float top = 0;
    for (int step = 0; step < 1000 && top < L.height(); ++step) {
        top += L.shape_range(top, top + 200, top);
        top += 100;
    }
    check_same_as_full_build(L, full);
}

TEST_CASE("isolate: a name in Arabic inside an English line keeps the line left to right, in its order") {
    Fonts fonts;
    const ShapingFonts set = fonts.set();
    const std::string name = "\xD8\xB3\xD9\x84\xD9\x85\xD9\x89"; // سلمى
    CHECK(isolate("Omar") == "Omar");                            // nothing to reorder: unchanged
    CHECK(isolate(name) == "\xE2\x81\xA8" + name + "\xE2\x81\xA9");
    // Without the isolate the line's first letter is Arabic: right to left, "Claim" on the right.
    for (const bool isolated : {false, true}) {
        const Document doc = make_document((isolated ? isolate(name) : name) + ": Claim by Omar");
        Layout L;
        L.build(doc, params(1000), ten, &set);
        REQUIRE(L.lines().size() == 1);
        const Span claim = find(doc, "Claim"), arabic = find(doc, name);
        const auto rc = L.rects(claim.start, claim.end), ra = L.rects(arabic.start, arabic.end);
        REQUIRE(rc.size() == 1);
        REQUIRE(ra.size() == 1);
        CHECK(L.lines()[0].rtl == !isolated);
        if (isolated) {
            CHECK(ra[0].x < rc[0].x); // the name first, at the left, as written
            CHECK(L.lines()[0].x == 0);
        } else {
            CHECK(ra[0].x > rc[0].x);
        }
    }
}
