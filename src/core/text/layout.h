// Claimscope core — wrapping an article into lines, and hit-testing those lines.
//
// Two paths, one result:
// - A paragraph of Latin, Greek and Cyrillic letters without combining marks (every paragraph of a
//   Latin article) is wrapped from a table of advances the UI hands in (from ImGui's font), one
//   code point at a time: the fast path, and what a Latin-only user pays.
// - Any other paragraph (Arabic, Hebrew, Indic, Thai, CJK, emoji, combining marks, bidi controls)
//   is shaped with HarfBuzz in the faces of font_faces.inc, put in bidi order (UAX #9) and broken
//   where UAX #14 allows. Its lines carry their glyphs in visual order (PlacedGlyph), so drawing,
//   hit-testing, selection rectangles and carets follow what is on screen.
// Both are unit-tested (tests/core/test_layout.cpp, test_shaped_layout.cpp) and benchmarked
// natively. The layout is a cache: rebuild it only when the text, the wrap width, the font size or
// the loaded faces change (shaped paragraphs survive a change of width); drawing then visits only
// the visible lines.
// Shaping costs about a microsecond per code point, so a long multilingual article is shaped
// lazily (LayoutParams::lazy_shaping): a paragraph of the shaping path gets lines estimated from the
// fast path's advances (LayoutLine::pending), and shape_range shapes the lines the view is about to
// show (or only breaks them again, when a new width finds them shaped), moving the lines after them
// by what the estimate missed. It goes as far as the view needs inside a paragraph too: scrolling
// through a paragraph of 30,000 code points shapes a few lines per frame.
#pragma once
#include "core/model/document.h"
#include "core/text/font_faces.h"
#include <array>
#include <functional>
#include <memory>
#include <vector>

namespace cs {

// Advance of one code point in pixels. Called once per code point per rebuild: make it cheap
// (the UI keeps a flat table for the Basic Multilingual Plane).
using AdvanceFn = std::function<float(uint32_t cp)>;

class ShapingFont;

struct LayoutLine {
    uint32_t start = 0, end = 0; // code points; end excludes the wrapping space(s) / newline
    uint32_t byte_start = 0, byte_end = 0;
    float y = 0;            // top of the line
    float x = 0;            // left edge in the column: a right-to-left paragraph's lines are right-aligned
    float width = 0;        // drawn width of [start, end)
    uint32_t paragraph = 0; // index into Document::paragraphs
    int32_t shaped = -1;    // index into Layout::glyphs(), or -1 for a line of the fast path
    bool rtl = false;       // its paragraph runs right to left
    bool pending = false;   // an estimate: its paragraph needs shaping and shape_range has not reached it
};

// One glyph of a shaped line, in visual order (left to right).
struct PlacedGlyph {
    uint32_t glyph = 0;                // glyph id in its face's font; 0: the font has none (a box is drawn)
    uint32_t cp_start = 0, cp_end = 0; // the cluster it draws: document code points [cp_start, cp_end)
    float x = 0, advance = 0;          // pen position from the line's left edge (LayoutLine::x), and advance
    float dx = 0, dy = 0;              // offsets from the pen (a mark over its base); dy up is positive
    FontFace face = FontFace::Latin;
    bool rtl = false; // the glyph's run goes right to left
};

// The faces a layout shapes with, by FontFace. A face not loaded yet (nullptr) is shaped with the
// Latin face, whose glyph 0 then marks its text as missing until the face arrives.
struct ShapingFonts {
    std::array<const ShapingFont*, kFontFaceCount> faces{};
    uint64_t generation = 0; // the caller changes it whenever `faces` changes: shaped paragraphs are redone
};

struct LayoutParams {
    float wrap_width = 600;
    float line_height = 24;
    float paragraph_gap = 12;  // extra space after each paragraph
    float font_px = 18;        // the size paragraphs are shaped at
    bool lazy_shaping = false; // shape only in shape_range; until then a paragraph's lines are pending
};

struct Rect {
    float x = 0, y = 0, w = 0, h = 0;
};

struct ShapedParagraph; // shaped_layout.h

class Layout {
public:
    Layout();
    ~Layout();
    Layout(Layout&&) noexcept;
    Layout& operator=(Layout&&) noexcept;
    // `fonts` null: every paragraph takes the fast path (nothing is shaped).
    void build(const Document& doc, const LayoutParams& p, const AdvanceFn& advance,
               const ShapingFonts* fonts = nullptr);
    // With lazy_shaping: shapes the pending paragraphs that have a line within [y0, y1] and lays
    // them out for real. Returns how much the paragraphs wholly above anchor_y grew (negative:
    // shrank), which a view scrolled to anchor_y adds to its scroll position so that what it shows
    // stays put.
    float shape_range(float y0, float y1, float anchor_y);
    bool empty() const { return lines_.empty(); }
    const std::vector<LayoutLine>& lines() const { return lines_; }
    // The glyphs of a shaped line (line.shaped >= 0), in visual order.
    const std::vector<PlacedGlyph>& glyphs(const LayoutLine& line) const { return glyphs_[(size_t)line.shaped]; }
    size_t shaped_paragraphs() const; // how many paragraphs took the shaping path (for getState and benchmarks)
    float height() const { return height_; }
    const LayoutParams& params() const { return params_; }

    // First line whose bottom is below y (binary search).
    size_t line_at_y(float y) const;
    // Line that holds code point cp (the caret before cp).
    size_t line_of_cp(size_t cp) const;
    // x of the caret before code point cp on its line (cp may equal line.end).
    float x_of_cp(size_t line, size_t cp) const;
    // Code point whose caret position is nearest to (x, y): clicking on the right half of a
    // glyph places the caret after it.
    size_t hit_test(float x, float y) const;
    // Code point under (x, y), or -1 outside any glyph (for hovering annotations).
    long char_at(float x, float y) const;
    // Rectangles (layout coordinates) covering [start, end): one per line touched, or more where a
    // bidi line shows the range in pieces (an English name inside Arabic text).
    std::vector<Rect> rects(size_t start, size_t end) const;

private:
    // Shaped lines: the left and right edge of the cluster holding cp, from the line's left edge.
    bool cluster_extent(const LayoutLine& l, size_t cp, float* left, float* right, bool* rtl) const;
    // Paragraph `index`, itemized on first use and kept (shaped as far as its lines are broken).
    ShapedParagraph& shaped(uint32_t index);
    // Appends the lines of shaped paragraph `index` from its code point `from` and from y (advanced past
    // them) to `out`; from stop_y on, its lines are estimates (pending), which take up [estimated,
    // estimated_end), the estimate it had, where they meet it.
    void add_shaped_lines(uint32_t index, uint32_t from, float stop_y, float& y, std::vector<LayoutLine>& out,
                          const LayoutLine* estimated = nullptr, const LayoutLine* estimated_end = nullptr);
    // The advances that estimate a paragraph not shaped yet.
    AdvanceFn estimate() const;
    // Appends pending lines for paragraph `index` from its code point `from` and from y (advanced past
    // them): those of [estimated, estimated_end), the estimate it had, from where they reach `from`, or a new
    // estimate.
    void add_estimate(uint32_t index, uint32_t from, float& y, std::vector<LayoutLine>& out,
                      const LayoutLine* estimated, const LayoutLine* estimated_end);

    const Document* doc_ = nullptr;
    AdvanceFn advance_;
    ShapingFonts fonts_;     // those of the last build, for shape_range
    bool has_fonts_ = false; // build had fonts: paragraphs that need shaping are shaped
    LayoutParams params_;
    std::vector<LayoutLine> lines_;
    std::vector<std::vector<PlacedGlyph>> glyphs_; // per shaped line
    float height_ = 0;
    // Shaped paragraphs by paragraph index, kept across builds while the text, the size and the
    // faces stay the same (a change of width only breaks them into lines again).
    std::vector<std::unique_ptr<ShapedParagraph>> shaped_;
    const Document* shaped_doc_ = nullptr;
    float shaped_px_ = 0;
    std::string shaped_language_; // the article language the paragraphs were shaped in (han_language)
    uint64_t shaped_generation_ = ~0ull;
};

} // namespace cs
