// Claimscope UI — the fonts shaped text is laid out with, and drawing its glyphs.
//
// The faces other than Latin come from the font store (ui/font_store.h), which fetches each the
// first time a text needs it; the layout is redone when one arrives (ShapingFonts::generation).
#pragma once
#include "core/text/layout.h"
#include "core/text/shape.h"
#include "ui/glyph_atlas.h"
#include <imgui.h>
#include <array>
#include <memory>
#include <string_view>
#include <vector>

namespace cs::ui {

struct ShapedTextUi {
    std::array<std::unique_ptr<ShapingFont>, kFontFaceCount> fonts;
    ShapingFonts set; // what layouts shape with
    uint64_t store_generation = ~0ull;
    uint32_t requested = 0; // bit per face asked of the font store
    GlyphAtlas atlas;
    size_t missing_glyphs = 0; // glyphs with no glyph in their font (glyph 0) drawn since the last reset
    size_t glyphs_drawn = 0;
};

// Takes the faces that arrived since the last call (and the embedded Latin face on the first);
// true when `set` changed and layouts must be redone.
bool refresh_faces(ShapedTextUi& t);
// Asks the font store for every face `utf8` needs that was not asked for yet.
void request_faces_for(ShapedTextUi& t, std::string_view utf8);
// Draws glyphs of a shaped line: `pen` is the line's left edge on its baseline, in CSS px. The
// line's text from its first code point, line_start, names the clusters of colour glyphs (emoji).
void draw_glyphs(ShapedTextUi& t, ImDrawList* dl, const std::vector<PlacedGlyph>& glyphs, ImVec2 pen, float px,
                 float dpr, ImU32 color, std::string_view line_text, uint32_t line_start);

// How the lines of a Layout are drawn: fast-path lines through ImGui's `font` at `px`, shaped ones
// from the glyph atlas at the Latin face's em (`em_px`) on the same baseline.
struct LineStyle {
    ImFont* font = nullptr;
    float px = 0, em_px = 0, dpr = 1;
    float text_top = 0; // from a line's top to the top of ImGui's text box
};
// Draws lines [first, last] of `layout` (whose text is `text`) with `origin` as the layout's (0, 0).
// Glyphs that no font has count in t.missing_glyphs, on both paths.
void draw_layout_lines(ShapedTextUi& t, ImDrawList* dl, const Layout& layout, std::string_view text, size_t first,
                       size_t last, ImVec2 origin, const LineStyle& style, ImU32 color);

// For a scrolling ImGui window that draws `layout` with `origin` as its (0, 0): shapes the pending
// paragraphs within a screen of what the window shows, and scrolls by what grew above its top, in
// this frame already (origin moves with it), so the text being read does not jump.
void shape_near_view(Layout& layout, ImVec2* origin);

} // namespace cs::ui
