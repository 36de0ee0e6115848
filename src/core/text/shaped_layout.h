// Claimscope core — the shaping path of Layout (layout.h): a paragraph shaped once, then broken
// into lines and each line put in visual order.
//
// - needs_shaping: whether a paragraph can take the fast path; isolate
// - han_language: which regional forms a paragraph's Han characters take
// - ShapedParagraph, itemize_paragraph, shape_through: bidi levels, break opportunities, grapheme
//   clusters and the shaped glyphs of each item (a stretch of one bidi level and one face), shaped as far
//   as lines are broken
// - break_shaped_line, place_shaped_line
#pragma once
#include "core/text/bidi.h"
#include "core/text/layout.h"
#include "core/text/segment.h"
#include "core/text/shape.h"
#include <string>
#include <string_view>
#include <vector>

namespace cs {

// Whether a paragraph (UTF-8) holds anything the fast path cannot draw: a letter of a script other
// than Latin, Greek and Cyrillic, a combining mark, a bidi control or joiner, an emoji.
bool needs_shaping(std::string_view utf8);
// Text from the article or a user inside a line of the (left-to-right, English) interface, such
// as "Claim: " + isolate(name): wrapped in FSI ... PDI (UAX #9 isolates), so it keeps its own
// direction and neither reorders the labels around it nor turns the line right to left. Text of the
// fast path comes back unchanged (there is nothing to reorder, and ImGui keeps drawing it).
std::string isolate(std::string_view utf8);
// Space, tab and the ideographic space: white space that hangs past a line's end (both paths).
bool is_wrap_space(uint32_t cp);

struct ShapedItem {
    uint32_t start = 0, end = 0; // code points of the paragraph
    uint8_t level = 0;           // bidi embedding level
    FontFace face = FontFace::Latin;
    std::vector<ShapedGlyph> glyphs;   // visual order; cluster = code point of the paragraph
    std::vector<uint32_t> cluster_end; // per glyph: the end of its cluster
};

// A paragraph is shaped from its start as far as its lines are broken (shape_through): a paragraph of
// 30,000 code points pasted from a PDF then costs a frame what its visible lines cost, not ~20 ms at once.
struct ShapedParagraph {
    std::u32string text;
    BidiParagraph bidi;
    std::vector<LineBreak> breaks;  // line_breaks(text)
    std::vector<bool> grapheme_end; // grapheme_boundaries(text)
    std::vector<ShapedItem> items;  // logical order, covering the text
    size_t shaped_items = 0;        // items[0, shaped_items) have their glyphs
    std::vector<float> advance;     // per code point: the advance of its cluster's glyphs, on its first code point
                                    // (of the shaped items)
    // What the remaining items are shaped with.
    ShapingFonts fonts;
    float px = 0;
    std::string han; // han_language of the paragraph, for its CJK items
};

// The language a paragraph's CJK text is shaped in (BCP 47). Han characters have regional forms (化 has
// four in Noto Sans CJK: mainland China, Taiwan, Japan and Hong Kong, Korea), which the font holds behind
// its `locl` feature, as a browser shows them for a `lang` attribute. Kana make a paragraph Japanese and Hangul Korean, whatever the
// article says (a Japanese quote in a Chinese article); otherwise a Chinese, Japanese or Korean article
// language ("zh-TW", "ja") is taken as it is, and anything else gives "und": the face's own simplified-Chinese
// forms.
std::string han_language(std::u32string_view paragraph, std::string_view article_language);

// Bidi levels, break opportunities and items of a paragraph; nothing is shaped yet. An item ends where
// the face or the bidi level changes, and a long one at a line-break opportunity past kMaxItemLength code
// points: shaping stops at such places, as a browser's word cache does. `article_language`: the
// document's language (meta.language), for han_language.
constexpr uint32_t kMaxItemLength = 256;
ShapedParagraph itemize_paragraph(std::u32string text, const ShapingFonts& fonts, float px,
                                  std::string_view article_language = {});
// Shapes the items up to the one holding code point `cp` (all of them when cp is past the end).
void shape_through(ShapedParagraph& p, uint32_t cp);

struct ShapedBreak {
    uint32_t end = 0;         // the next line starts here
    uint32_t visible_end = 0; // the line shows [start, visible_end): trailing white space hangs
    float width = 0;          // of [start, visible_end)
};
// The line from `start`: as much as fits in `width`, ending where UAX #14 allows (or must); a
// cluster wider than the line is cut between grapheme clusters, never inside one. Shapes the items it
// reaches.
ShapedBreak break_shaped_line(ShapedParagraph& p, uint32_t start, float width);

// The glyphs of the line [start, visible_end) in visual order, code points offset by `doc_offset`
// (the paragraph's start in the document).
std::vector<PlacedGlyph> place_shaped_line(const ShapedParagraph& p, uint32_t start, uint32_t visible_end,
                                           uint32_t doc_offset);

} // namespace cs
