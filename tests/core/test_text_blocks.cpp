// TextBlocks: short texts laid out once while they are shown, again when the width or the faces change.
#include "core/text/shape.h"
#include "core/text/text_blocks.h"
#include "model_fixture.h"
#include <catch2/catch_test_macros.hpp>

using namespace cs;

namespace {
float ten(uint32_t) { return 10; }
LayoutParams params(float width) {
    LayoutParams p;
    p.wrap_width = width;
    p.line_height = 16;
    p.paragraph_gap = 4;
    p.font_px = 13;
    p.lazy_shaping = true; // ignored: a block is drawn whole
    return p;
}
} // namespace

TEST_CASE("TextBlocks lays a text out once per width and faces, and forgets what is no longer shown") {
    ShapingFont latin{cs_test::read_file(std::string(CLAIMSCOPE_SOURCE_DIR) + "/tests/data/fonts/NotoSans-Latin.ttf")};
    ShapingFont arabic{
        cs_test::read_file(std::string(CLAIMSCOPE_SOURCE_DIR) + "/tests/data/fonts/NotoSansArabic-Block.ttf")};
    ShapingFonts fonts;
    fonts.faces[(size_t)FontFace::Latin] = &latin;
    fonts.generation = 1;
    TextBlocks blocks(3);
    // "Note: سلام عليكم" — a note in Arabic after an English word.
    const std::string note = "Note: \xD8\xB3\xD9\x84\xD8\xA7\xD9\x85 \xD8\xB9\xD9\x84\xD9\x8A\xD9\x83\xD9\x85";

    const Layout& a = blocks.get(note, params(400), ten, fonts);
    REQUIRE(a.lines().size() == 1);
    CHECK(a.lines()[0].shaped >= 0);
    CHECK_FALSE(a.lines()[0].pending);
    CHECK(&blocks.get(note, params(400), ten, fonts) == &a); // the same frame, the same block
    CHECK(blocks.made() == 1);
    // Arabic letters without the Arabic face: glyph 0 (a box) until it arrives.
    size_t missing = 0;
    for (const PlacedGlyph& g : a.glyphs(a.lines()[0])) missing += g.glyph == 0;
    CHECK(missing == 9);

    // Narrower: a second block, two lines.
    const Layout& narrow = blocks.get(note, params(60), ten, fonts);
    CHECK(narrow.lines().size() >= 2);
    CHECK(blocks.made() == 2);

    // The Arabic face arrives (a new generation): laid out again, now with every glyph.
    fonts.faces[(size_t)FontFace::Arabic] = &arabic;
    fonts.generation = 2;
    const Layout& b = blocks.get(note, params(400), ten, fonts);
    CHECK(blocks.made() == 3);
    CHECK(blocks.size() == 1);
    for (const PlacedGlyph& g : b.glyphs(b.lines()[0])) CHECK(g.glyph != 0);

    // Shown for a while, then not: kept for keep_frames frames after its last use.
    for (int frame = 0; frame < 5; ++frame) {
        blocks.get(note, params(400), ten, fonts);
        blocks.get("Asked every frame", params(400), ten, fonts);
        blocks.end_frame();
        if (frame == 0) CHECK(blocks.size() == 2);
    }
    CHECK(blocks.size() == 2);
    CHECK(blocks.made() == 4); // "Asked every frame" is laid out once
    for (int frame = 0; frame < 3; ++frame) blocks.end_frame();
    CHECK(blocks.size() == 0);
}
