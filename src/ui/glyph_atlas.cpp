// Claimscope UI — the glyph atlas of shaped text (see glyph_atlas.h).
#include "ui/glyph_atlas.h"
#include "core/render/shelf_packer.h"
#include "platform/platform.h"
#include <functional>
#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <vector>

// ImGui compiles its copy of stb_truetype privately (STBTT_STATIC in imgui_draw.cpp); this file
// compiles the same header for its own use.
#define STBTT_STATIC
#define STB_TRUETYPE_IMPLEMENTATION
#include <imstb_truetype.h>

namespace cs::ui {

namespace {
constexpr int kWidth = 1024;
constexpr int kMaxHeight = 4096;
constexpr int kColorSize = 1024; // the colour page: square, made on the first emoji, emptied when full
} // namespace

struct GlyphAtlas::Impl {
    stbtt_fontinfo info[kFontFaceCount] = {};
    bool have[kFontFaceCount] = {};
    std::unordered_map<uint64_t, AtlasGlyph> glyphs;
    std::vector<unsigned char> pixels = std::vector<unsigned char>((size_t)kWidth * 512, 0);
    ShelfPacker shelves{kWidth, 512};
    int dirty_y0 = 1 << 30, dirty_y1 = 0; // rows to upload
    uintptr_t texture = 0;
    int texture_height = 0;
    uint32_t resets = 0;
    // Colour glyphs (emoji), drawn by the browser: by glyph id and size, RGBA.
    std::unordered_map<uint64_t, AtlasGlyph> color_glyphs;
    std::vector<unsigned char> color_pixels;
    ShelfPacker color_shelves{kColorSize, kColorSize};
    int color_dirty_y0 = 1 << 30, color_dirty_y1 = 0;
    uintptr_t color_texture = 0;

    void empty() {
        ++resets;
        glyphs.clear();
        std::fill(pixels.begin(), pixels.end(), 0);
        shelves.reset();
        dirty_y0 = 0;
        dirty_y1 = shelves.height;
    }

    // A place for a w × h bitmap; grows the texture, or empties it when it cannot grow.
    bool place(int w, int h, int* x, int* y) {
        if (shelves.place(w, h, x, y)) return true;
        if (w + 2 * shelves.pad > kWidth) return false;
        if (shelves.height * 2 > kMaxHeight) {
            empty(); // every glyph on screen is rasterised again, once
        } else {
            shelves.height *= 2;
            pixels.resize((size_t)kWidth * shelves.height, 0);
            dirty_y0 = 0;
            dirty_y1 = shelves.height;
        }
        return shelves.place(w, h, x, y);
    }
};

GlyphAtlas::GlyphAtlas() : impl_(std::make_unique<Impl>()) {}
GlyphAtlas::~GlyphAtlas() = default;

void GlyphAtlas::set_face(FontFace face, std::string_view bytes) {
    Impl& m = *impl_;
    const size_t f = (size_t)face;
    m.have[f] = false;
    if (bytes.empty()) return;
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
    const int offset = stbtt_GetFontOffsetForIndex(data, 0);
    m.have[f] = offset >= 0 && stbtt_InitFont(&m.info[f], data, offset);
    // Glyphs of an earlier font of this face would be wrong now.
    for (auto it = m.glyphs.begin(); it != m.glyphs.end();)
        it = (it->first >> 56) == f ? m.glyphs.erase(it) : std::next(it);
}

bool GlyphAtlas::has_face(FontFace face) const { return impl_->have[(size_t)face]; }

float GlyphAtlas::em_per_pixel_height(FontFace face) const {
    const size_t f = (size_t)face;
    if (!impl_->have[f]) return 1.0f;
    return stbtt_ScaleForPixelHeight(&impl_->info[f], 1.0f) / stbtt_ScaleForMappingEmToPixels(&impl_->info[f], 1.0f);
}

const AtlasGlyph* GlyphAtlas::glyph(FontFace face, uint32_t glyph, float device_px, float subpixel_x) {
    Impl& m = *impl_;
    const size_t f = (size_t)face;
    if (!m.have[f]) return nullptr;
    const int sub = std::clamp((int)std::floor(subpixel_x * 4.0f), 0, 3);
    const auto px_q = (uint64_t)std::lround(device_px * 4.0f) & 0xFFFF;
    const uint64_t key = ((uint64_t)f << 56) | (px_q << 40) | ((uint64_t)sub << 32) | glyph;
    auto it = m.glyphs.find(key);
    if (it != m.glyphs.end()) return &it->second;
    const stbtt_fontinfo& info = m.info[f];
    const float scale = stbtt_ScaleForMappingEmToPixels(&info, (float)px_q / 4.0f);
    const float shift = (float)sub / 4.0f;
    int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    stbtt_GetGlyphBitmapBoxSubpixel(&info, (int)glyph, scale, scale, shift, 0, &x0, &y0, &x1, &y1);
    AtlasGlyph g;
    const int w = x1 - x0, h = y1 - y0;
    int ax = 0, ay = 0;
    if (w > 0 && h > 0 && m.place(w, h, &ax, &ay)) {
        stbtt_MakeGlyphBitmapSubpixel(&info, m.pixels.data() + (size_t)ay * kWidth + ax, w, h, kWidth, scale, scale,
                                      shift, 0, (int)glyph);
        m.dirty_y0 = std::min(m.dirty_y0, ay);
        m.dirty_y1 = std::max(m.dirty_y1, ay + h);
        g.blank = false;
        g.x0 = (float)x0;
        g.y0 = (float)y0;
        g.x1 = (float)x1;
        g.y1 = (float)y1;
        g.u0 = (float)ax / kWidth;
        g.u1 = (float)(ax + w) / kWidth;
        g.v0 = (float)ay; // in texels until texture(): the height may still grow
        g.v1 = (float)(ay + h);
    }
    return &m.glyphs.emplace(key, g).first->second;
}

uintptr_t GlyphAtlas::texture() {
    Impl& m = *impl_;
    if (!m.texture || m.texture_height != m.shelves.height) {
        m.texture = platform::create_coverage_texture(kWidth, m.shelves.height);
        m.texture_height = m.shelves.height;
        m.dirty_y0 = 0;
        m.dirty_y1 = m.shelves.height;
    }
    if (m.dirty_y1 > m.dirty_y0) {
        platform::update_coverage_texture(m.texture, 0, m.dirty_y0, kWidth, m.dirty_y1 - m.dirty_y0,
                                          m.pixels.data() + (size_t)m.dirty_y0 * kWidth);
        m.dirty_y0 = 1 << 30;
        m.dirty_y1 = 0;
    }
    return m.texture;
}

const AtlasGlyph* GlyphAtlas::color_glyph(uint32_t glyph, float device_px, const std::function<std::string()>& text,
                                          bool* not_ready) {
    Impl& m = *impl_;
    *not_ready = false;
    const auto px_q = (uint64_t)std::lround(device_px * 4.0f) & 0xFFFF;
    const uint64_t key = (px_q << 32) | glyph;
    auto it = m.color_glyphs.find(key);
    if (it != m.color_glyphs.end()) return &it->second;
    platform::ColorGlyphImage img;
    const platform::ColorGlyphResult r = platform::rasterize_color_glyph(text(), (float)px_q / 4.0f, &img);
    if (r == platform::ColorGlyphResult::NotReady) {
        *not_ready = true; // asked again in a later frame: the browser wakes the app when the font is ready
        return nullptr;
    }
    AtlasGlyph g;
    int ax = 0, ay = 0;
    if (r == platform::ColorGlyphResult::Drawn) {
        if (m.color_pixels.empty()) m.color_pixels.assign((size_t)kColorSize * kColorSize * 4, 0);
        bool placed = m.color_shelves.place(img.width, img.height, &ax, &ay);
        if (!placed && img.width + 2 * m.color_shelves.pad <= kColorSize) { // full: start over
            ++m.resets;
            m.color_glyphs.clear();
            m.color_shelves.reset();
            placed = m.color_shelves.place(img.width, img.height, &ax, &ay);
        }
        if (placed) {
            for (int row = 0; row < img.height; ++row)
                std::copy_n(img.rgba.data() + (size_t)row * img.width * 4, (size_t)img.width * 4,
                            m.color_pixels.data() + ((size_t)(ay + row) * kColorSize + ax) * 4);
            m.color_dirty_y0 = std::min(m.color_dirty_y0, ay);
            m.color_dirty_y1 = std::max(m.color_dirty_y1, ay + img.height);
            g.blank = false;
            g.x0 = (float)img.left;
            g.y0 = (float)img.top;
            g.x1 = (float)(img.left + img.width);
            g.y1 = (float)(img.top + img.height);
            g.u0 = (float)ax / kColorSize;
            g.u1 = (float)(ax + img.width) / kColorSize;
            g.v0 = (float)ay / kColorSize;
            g.v1 = (float)(ay + img.height) / kColorSize;
        }
    }
    return &m.color_glyphs.emplace(key, g).first->second; // a failed one stays blank: not asked again
}

uintptr_t GlyphAtlas::color_texture() {
    Impl& m = *impl_;
    if (!m.color_texture) m.color_texture = platform::create_color_texture(kColorSize, kColorSize);
    if (m.color_dirty_y1 > m.color_dirty_y0) {
        platform::update_color_texture(m.color_texture, 0, m.color_dirty_y0, kColorSize,
                                       m.color_dirty_y1 - m.color_dirty_y0,
                                       m.color_pixels.data() + (size_t)m.color_dirty_y0 * kColorSize * 4);
        m.color_dirty_y0 = 1 << 30;
        m.color_dirty_y1 = 0;
    }
    return m.color_texture;
}

size_t GlyphAtlas::glyph_count() const { return impl_->glyphs.size(); }
int GlyphAtlas::height() const { return impl_->shelves.height; }
uint32_t GlyphAtlas::resets() const { return impl_->resets; }

} // namespace cs::ui
