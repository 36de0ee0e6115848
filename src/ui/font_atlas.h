// Claimscope UI — the font atlas: the four fonts the UI draws with, which glyphs they hold, and
// atlases baked at build time.
//
// Why baked atlases: rasterising the glyphs of the page's first frame (four fonts, ~1,200 glyphs)
// was the largest part of that frame, in wasm compiled by the baseline compiler on first call, on
// every visit. The first atlas depends only on the fonts, the sizes, the pixel ratio and the
// characters of the open project, so for the default case (the sample article, default text size,
// common pixel ratios) the build (src/tools/bake_fonts.cpp) makes it once with this same code and
// embeds the result. A build whose inputs match a baked atlas exactly takes it instead of
// rasterising; any other build (another document, text size or pixel ratio) rasterises as before.
//
// Index:
//   - Fonts and glyph ranges
//   - Baked atlases
#pragma once
#include "core/model/model.h"
#include <imgui.h>
#include <cstdint>
#include <string>
#include <vector>

namespace cs::ui {

// ---------------------------------------------------------------------------------------------
// Fonts and glyph ranges
// ---------------------------------------------------------------------------------------------
struct FontSizes {
    float ui_px = 15.0f;      // CSS px
    float article_px = 18.0f; // CSS px; the title is 1.45 times this
    float dpr = 1.0f;         // glyphs are rasterised at CSS px × dpr
};
struct UiFonts {
    ImFont* ui = nullptr;
    ImFont* bold = nullptr;
    ImFont* article = nullptr;
    ImFont* title = nullptr;
};

// Every glyph the UI can draw (Latin, Greek, Cyrillic, punctuation, symbols), 0-terminated pairs.
const ImWchar* all_glyph_ranges();
// What the first frame can show: Latin-1, punctuation and the symbols the UI writes, the fallback
// glyph, and every character of the project (its text, metadata, codebook, notes and entities).
std::vector<uint16_t> first_frame_ranges(const Project& p);
// Clears `atlas`, adds the four fonts (files in `font_dir`) with `ranges` and builds it — from a
// baked atlas when one matches. `ranges` must outlive the atlas.
UiFonts build_ui_fonts(ImFontAtlas& atlas, const std::string& font_dir, const FontSizes& sizes, const ImWchar* ranges);

// Advance of a code point in CSS pixels when a font is drawn at a size (make_advance_table, fonts.cpp).
struct AdvanceTable {
    std::vector<float> table; // indexed by code point (BMP part the font covers)
    float fallback = 0, wide = 0;
    float operator()(uint32_t cp) const {
        if (cp > 0xFFFF) return wide;
        return cp < table.size() && table[cp] >= 0 ? table[cp] : fallback;
    }
};
AdvanceTable make_advance_table(ImFont* font, float px);

// ---------------------------------------------------------------------------------------------
// Baked atlases
// ---------------------------------------------------------------------------------------------
// The file of baked atlases: "CSATLAS1", then entries, each the key of its inputs, the texture
// size, the custom rectangles' places, each font's metrics and glyphs, and the texture's rows up to
// the last one used (below it the texture is empty).
// The atlas last built by build_ui_fonts, as an entry (call before its texture data is cleared).
std::string bake_atlas_entry(const ImFontAtlas& atlas);
std::string baked_atlas_file(const std::vector<std::string>& entries);
// Makes the atlases of `file` available to build_ui_fonts (an empty string releases them).
// Returns an empty string, or what is wrong with the file (then none is used).
std::string use_baked_atlases(std::string file);
// Whether the last build_ui_fonts took a baked atlas.
bool last_atlas_was_baked();

} // namespace cs::ui
