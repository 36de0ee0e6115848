// Shaping with HarfBuzz: fixed strings in three scripts give the glyph runs `hb-shape` gives on the same fonts.
//
// The fonts are Noto subsets (tests/data/fonts/, see the README there). Expectations come from Debian 12's
// hb-shape (package libharfbuzz-bin, HarfBuzz 6.0.0: an older release than the 10.2.0 the app builds, which is
// the point), in the font's units, e.g.
//   cd tests/data/fonts && hb-shape --no-glyph-names NotoSansArabic-Subset.ttf "سلام عليكم"
// whose output [52=9+562|...] reads glyph=cluster@x_offset,y_offset+x_advance.
#include "core/text/shape.h"
#include "model_fixture.h"
#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

using namespace cs;
using cs_test::read_file;

namespace {

ShapingFont test_font(const char* name) {
    ShapingFont f(read_file(std::string(CLAIMSCOPE_SOURCE_DIR) + "/tests/data/fonts/" + name));
    REQUIRE(f.ok());
    REQUIRE(f.units_per_em() == 1000);
    return f;
}

// hb-shape's text form, at one pixel per font unit so the numbers are the font's own.
std::string hb_shape_text(const std::vector<ShapedGlyph>& glyphs) {
    std::string s = "[";
    for (const ShapedGlyph& g : glyphs) {
        if (s.size() > 1) s += "|";
        s += std::to_string(g.glyph) + "=" + std::to_string(g.cluster);
        if (g.x_offset != 0 || g.y_offset != 0)
            s += "@" + std::to_string((int)g.x_offset) + "," + std::to_string((int)g.y_offset);
        s += "+" + std::to_string((int)g.x_advance);
        if (g.y_advance != 0) s += "," + std::to_string((int)g.y_advance);
    }
    return s + "]";
}

std::string shaped(const ShapingFont& font, std::u32string_view text) {
    return hb_shape_text(shape(font, text, 0, text.size(), (float)font.units_per_em()));
}

} // namespace

TEST_CASE("shape: Arabic letters join, right to left, lam-alef as one ligature", "[shape]") {
    const ShapingFont font = test_font("NotoSansArabic-Subset.ttf");
    // سلام عليكم
    const std::u32string text = U"\u0633\u0644\u0627\u0645 \u0639\u0644\u064A\u0643\u0645";
    CHECK(shaped(font, text) == "[52=9+562|20=8+508|77=7+373|39=6+300|4=5+503|1=4+260|51=3+484|41=1+599|63=0+784]");
    // At 16 px the same glyphs, the font's units scaled exactly (no rounding to whole pixels).
    const std::vector<ShapedGlyph> small = shape(font, text, 0, text.size(), 16);
    REQUIRE(small.size() == 9);
    CHECK(small[0].x_advance == Catch::Approx(562 * 0.016));
    CHECK(small[8].x_advance == Catch::Approx(784 * 0.016));
}

TEST_CASE("shape: the text around a run gives its letters their joining forms", "[shape]") {
    const ShapingFont font = test_font("NotoSansArabic-Subset.ttf");
    const std::u32string text = U"\u0633\u0644\u0627\u0645"; // سلام; the run is لا, joined to س before it
    // hb-shape --no-glyph-names --text-before=س --text-after=م NotoSansArabic-Subset.ttf لا  ->  [41=0+599]
    CHECK(hb_shape_text(shape(font, text, 1, 3, 1000)) == "[41=1+599]"); // clusters stay offsets in `text`
    // Alone, لا is the isolated ligature: hb-shape ... NotoSansArabic-Subset.ttf لا  ->  [40=0+582]
    CHECK(shaped(font, U"\u0644\u0627") == "[40=0+582]");
}

TEST_CASE("shape: a Devanagari conjunct forms and the i-matra moves before its consonant", "[shape]") {
    const ShapingFont font = test_font("NotoSansDevanagari-Subset.ttf");
    // क्षत्रिय: क्ष is one glyph, त्र another, and ि is drawn first but belongs to the cluster of त्रि.
    CHECK(shaped(font, U"\u0915\u094D\u0937\u0924\u094D\u0930\u093F\u092F") == "[8=0+712|34=3+259|18=3+552|3=7+580]");
}

TEST_CASE("shape: a combining mark sits on its letter", "[shape]") {
    const ShapingFont font = test_font("NotoSans-Subset.ttf");
    CHECK(shaped(font, U"a\u0308") == "[5=0+561]");              // composed to the font's own ä
    CHECK(shaped(font, U"q\u0308") == "[2=0+615|9=0@-306,0+0]"); // no q̈ in the font: the mark is moved back onto q
    CHECK(shaped(font, U"\u0633") == "[0=0+600]");               // no Arabic in this font: glyph 0
}

TEST_CASE("shape: bytes that are not a font shape nothing", "[shape]") {
    const ShapingFont font(std::string("not a font"));
    CHECK_FALSE(font.ok());
    CHECK(shape(font, U"abc", 0, 3, 16).empty());
    const ShapingFont arabic = test_font("NotoSansArabic-Subset.ttf");
    CHECK(shape(arabic, U"abc", 2, 2, 16).empty()); // an empty run
}
