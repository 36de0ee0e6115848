// Claimscope core — the characters some texts need from a font, in the form ImGui's font atlas
// builder takes: sorted, merged [first, last] pairs of code points, ending with 0.
//
// Why: the page's first frame builds the font atlas. All ~1,700 glyphs of the subset font, in
// four fonts, took ~100 ms of that frame in baseline-compiled wasm; the characters the first frame
// can show (Latin-1, punctuation, the UI's symbols and the open project's own text) take about half
// that. The full set follows right after the first paint (ui/fonts.cpp).
#pragma once
#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <vector>

namespace cs {

struct CodePointRange {
    char32_t first, last;
};

// The code points of the `texts` and of the `always` ranges, as 0-terminated [first, last] pairs.
// Only the Basic Multilingual Plane: ImGui's 16-bit glyph table holds no others (they are drawn
// as the fallback glyph). Invalid UTF-8 counts as U+FFFD, as it is drawn.
std::vector<uint16_t> glyph_ranges(const std::vector<std::string_view>& texts,
                                   std::initializer_list<CodePointRange> always);

} // namespace cs
