// Glyph ranges for the first font atlas: the characters of some texts plus fixed ranges, as the
// sorted, merged, 0-terminated pairs ImGui's atlas builder takes.
#include "core/text/glyph_ranges.h"
#include <catch2/catch_test_macros.hpp>

using namespace cs;
using R = std::vector<uint16_t>;

TEST_CASE("glyph_ranges: the texts' code points and the fixed ranges as sorted, merged pairs", "[glyphs]") {
    CHECK(glyph_ranges({}, {}) == R{0});
    CHECK(glyph_ranges({""}, {{U' ', U' '}, {0xFFFD, 0xFFFD}}) == R{0x20, 0x20, 0xFFFD, 0xFFFD, 0});
    CHECK(glyph_ranges({"abcb a"}, {}) == R{' ', ' ', 'a', 'c', 0}); // repeats once, neighbours merged
    CHECK(glyph_ranges({"Zürich é", "ab"}, {{0x20, 0x7E}}) ==
          R{0x20, 0x7E, 0xE9, 0xE9, 0xFC, 0xFC, 0}); // inside a range: nothing new
    // Greek, Cyrillic, an em dash; an emoji is outside the 16-bit table and left out.
    CHECK(glyph_ranges({"Ωμέγα — Мир 😀"}, {}) == R{' ',   ' ',   0x3A9, 0x3A9, 0x3AD,  0x3AD,  0x3B1,
                                                   0x3B1, 0x3B3, 0x3B3, 0x3BC, 0x3BC,  0x41C,  0x41C,
                                                   0x438, 0x438, 0x440, 0x440, 0x2014, 0x2014, 0});
    // Invalid UTF-8 is drawn as U+FFFD; a NUL would end the list and is left out.
    CHECK(glyph_ranges({std::string_view("a\xFF\0", 3)}, {}) == R{'a', 'a', 0xFFFD, 0xFFFD, 0});
    // Neighbouring ranges merge into one pair; the last code point of the plane is kept.
    CHECK(glyph_ranges({"\xEF\xBF\xBF"}, {{0x20, 0x40}, {0x41, 0x7E}}) == R{0x20, 0x7E, 0xFFFF, 0xFFFF, 0});
}
