// Claimscope core — wrapping an article into lines, and hit-testing those lines.
//
// Pure and font-agnostic: the UI hands in a table of advances (from ImGui's font) so the same
// code is unit-tested (tests/core/test_layout.cpp) and benchmarked natively. The layout is a
// cache: rebuild it only when the text, the wrap width or the font size changes; drawing then
// visits only the visible lines.
#pragma once
#include "core/model/document.h"
#include <functional>
#include <vector>

namespace cs {

// Advance of one code point in pixels. Called once per code point per rebuild: make it cheap
// (the UI keeps a flat table for the Basic Multilingual Plane).
using AdvanceFn = std::function<float(uint32_t cp)>;

struct LayoutLine {
    uint32_t start = 0, end = 0; // code points; end excludes the wrapping space / newline
    uint32_t byte_start = 0, byte_end = 0;
    float y = 0;            // top of the line
    float width = 0;        // drawn width of [start, end)
    uint32_t paragraph = 0; // index into Document::paragraphs
};

struct LayoutParams {
    float wrap_width = 600;
    float line_height = 24;
    float paragraph_gap = 12; // extra space after each paragraph
};

struct Rect {
    float x = 0, y = 0, w = 0, h = 0;
};

class Layout {
public:
    void build(const Document& doc, const LayoutParams& p, const AdvanceFn& advance);
    bool empty() const { return lines_.empty(); }
    const std::vector<LayoutLine>& lines() const { return lines_; }
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
    // Rectangles (layout coordinates) covering [start, end), one per line touched.
    std::vector<Rect> rects(size_t start, size_t end) const;

private:
    const Document* doc_ = nullptr;
    AdvanceFn advance_;
    LayoutParams params_;
    std::vector<LayoutLine> lines_;
    float height_ = 0;
};

} // namespace cs
