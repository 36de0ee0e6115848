// Claimscope UI — the glyphs of shaped text (core/text/layout.h's PlacedGlyph), rasterised by glyph
// id into one coverage texture the first time each is drawn.
//
// Why not ImGui's font atlas: it is keyed by code point, and shaped text is not. An Arabic letter
// has up to four forms, a Devanagari conjunct or a lam-alef ligature is one glyph for several code
// points, and a mark is drawn at an offset HarfBuzz gives. So the article view draws shaped lines
// glyph by glyph from this atlas, rasterised with stb_truetype (the rasteriser ImGui itself uses)
// from the same font files HarfBuzz shaped with. Only glyphs on screen are ever rasterised: a
// 1M-character Chinese article costs the few hundred distinct glyphs in view, not 6,000.
#pragma once
#include "core/text/font_faces.h"
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

namespace cs::ui {

// Where a glyph is in the texture, and its quad relative to the pen on the baseline, in device pixels.
// v is in texel rows: the texture may grow while a frame asks for glyphs, so the draw divides by
// height() once all of them are in.
struct AtlasGlyph {
    float u0 = 0, v0 = 0, u1 = 0, v1 = 0;
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0; // y down; y0 < 0 above the baseline
    bool blank = true;                    // nothing to draw (a space, or a colour glyph with no outline)
};

class GlyphAtlas {
public:
    GlyphAtlas();
    ~GlyphAtlas();
    // The font of a face: `bytes` must stay valid while the face is used (the ShapingFont holding them).
    // An empty view forgets the face.
    void set_face(FontFace face, std::string_view bytes);
    bool has_face(FontFace face) const;
    // The face's em in units of ImGui's font size: ImGui sizes a font by its ascent-to-descent height
    // (stb_truetype's ScaleForPixelHeight), CSS and HarfBuzz by its em. 1 when the face is not loaded.
    float em_per_pixel_height(FontFace face) const;
    // The glyph at `device_px` pixels per em, its pen at `subpixel_x` (0..1) past a whole device pixel
    // (quantised to quarters). Rasterised now when new; nullptr when the face has no font.
    const AtlasGlyph* glyph(FontFace face, uint32_t glyph, float device_px, float subpixel_x);
    // The texture (an ImTextureID), made on first use; rows rasterised since the last call are uploaded.
    uintptr_t texture();
    // A colour glyph (emoji) of the Emoji face at `device_px`, drawn by the browser from `text`, its
    // cluster (asked for only when the glyph is new); u and v are final. nullptr and *not_ready while
    // the browser loads the font; a glyph it cannot draw comes back blank.
    const AtlasGlyph* color_glyph(uint32_t glyph, float device_px, const std::function<std::string()>& text,
                                  bool* not_ready);
    uintptr_t color_texture(); // RGBA, as texture()
    // Glyphs rasterised since the atlas was last emptied, and its size (for getState and benchmarks).
    size_t glyph_count() const;
    int height() const;
    // Counts the times the atlas was emptied to make room: glyphs fetched before that are stale.
    uint32_t resets() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace cs::ui
