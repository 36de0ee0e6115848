// Claimscope UI — fonts. Noto Sans (SIL Open Font License 1.1, from Debian's fonts-noto-core,
// subset at build time) is embedded in the wasm. Glyphs are rasterised at CSS size × DPR and
// drawn at 1/DPR scale, so text is crisp on HiDPI screens; the atlas is rebuilt when the text
// size or the pixel ratio changes. The page's first atlas holds only what its first frame can show
// (and is baked at build time for the sample article, font_atlas.h); the full one follows right
// after (App::want_full_fonts).
#include "ui/app.h"
#include "ui/fonts.h"
#include "ui/font_atlas.h"
#include "ui/theme.h"
#include "platform/platform.h"
#include <cstdio>
#include <string>

namespace cs::ui {

void build_fonts(AppState& s) {
    ImGuiIO& io = ImGui::GetIO();
    // The baked first atlases are read for the first build and let go once the full atlas is built.
    static bool baked_read = false;
    if (!baked_read && !s.fonts_full) {
        baked_read = true;
        const std::string problem = use_baked_atlases(platform::read_bundled_file("/fonts/baked-atlases.bin"));
        if (!problem.empty())
            std::fprintf(stderr, "Claimscope: the baked font atlases are not used: %s\n", problem.c_str());
    }
    // The ranges must outlive the build: the first set is kept in the state.
    const ImWchar* ranges = all_glyph_ranges();
    if (!s.fonts_full) {
        s.first_glyphs = first_frame_ranges(s.project());
        s.first_glyphs_doc = s.project().doc.get();
        static_assert(sizeof(ImWchar) == sizeof(uint16_t), "16-bit glyph ranges");
        ranges = reinterpret_cast<const ImWchar*>(s.first_glyphs.data());
    }
    FontSizes sizes; // both follow the text size setting: the whole UI scales with it
    sizes.ui_px = s.ui_font_px();
    sizes.article_px = s.article_font_px();
    sizes.dpr = s.dpr;
    const UiFonts f = build_ui_fonts(*io.Fonts, "/fonts", sizes, ranges);
    s.fonts_baked = last_atlas_was_baked();
    if (s.fonts_full) use_baked_atlases("");
    s.ui_font = f.ui;
    s.ui_bold = f.bold;
    s.article_font = f.article;
    s.title_font = f.title;
    io.FontDefault = s.ui_font;
    io.FontGlobalScale = 1.0f / s.dpr;
    apply_theme(s); // the style's sizes follow the text size with the fonts
    s.fonts_dirty = false;
    s.view.layout_font = -1; // advances changed: re-wrap
    s.text_blocks.clear();   // and the panels' blocks, whose advances came from the old fonts
}

// Advance of a code point in CSS pixels when `font` is drawn at `px`. Mirrors ImGui's own text
// renderer (no kerning; code points beyond 16 bits draw as U+FFFD) so hit-testing matches pixels.
AdvanceTable make_advance_table(ImFont* font, float px) {
    AdvanceTable t;
    const float scale = px / font->FontSize;
    t.table.resize(font->IndexAdvanceX.Size);
    for (int i = 0; i < font->IndexAdvanceX.Size; ++i) t.table[i] = font->IndexAdvanceX[i] * scale;
    t.fallback = font->FallbackAdvanceX * scale;
    const ImFontGlyph* repl = font->FindGlyphNoFallback(0xFFFD);
    t.wide = repl ? repl->AdvanceX * scale : t.fallback;
    return t;
}

} // namespace cs::ui
