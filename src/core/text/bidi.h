// Claimscope core — bidirectional text (Unicode's UAX #9), through GNU FriBidi.
//
// A paragraph is resolved once (its direction and each code point's embedding level); each line of it is then
// turned into runs in the order they appear on screen, left to right. A run is one direction: the shaper draws
// it whole (right-to-left runs come back from HarfBuzz already in visual order).
//
// - TextDirection: a paragraph's or a run's direction, or Auto (decided by the text)
// - bidi_paragraph: the paragraph level and the embedding levels of its code points
// - bidi_line_runs: the visual runs of one line of a paragraph
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace cs {

enum class TextDirection : uint8_t { Auto, LeftToRight, RightToLeft };

struct BidiParagraph {
    uint8_t level = 0;           // the paragraph's embedding level: 0 left to right, 1 right to left
    std::vector<uint8_t> levels; // per code point, rules X1-I2 (line rule L1 is bidi_line_runs' job)
};

// `text` is one paragraph. Auto takes its direction from its first strong character (rules P2-P3), left to
// right when it has none. Embedding and isolate controls and other characters rule X9 removes get the level
// of a neighbour; they draw nothing.
BidiParagraph bidi_paragraph(std::u32string_view text, TextDirection direction);

struct BidiRun {
    uint32_t start = 0, end = 0; // code points of the paragraph's text, [start, end)
    uint8_t level = 0;
    bool rtl() const { return level & 1; }
};

// The line [line_start, line_end) of a paragraph resolved by bidi_paragraph, as runs ordered left to right on
// screen. Whitespace at the line's end goes back to the paragraph level (rule L1), which is why this is per
// line, not per paragraph; each run keeps its code points in logical order.
std::vector<BidiRun> bidi_line_runs(std::u32string_view text, const BidiParagraph& paragraph, size_t line_start,
                                    size_t line_end);

} // namespace cs
