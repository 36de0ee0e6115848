// Claimscope UI — the glyph atlas of shaped text (see glyph_atlas.h).
#include "ui/glyph_atlas.h"
#include "platform/platform.h"
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
constexpr int kPad = 1; // empty texels between glyphs: linear sampling must not bleed
} // namespace

struct GlyphAtlas::Impl {
    stbtt_fontinfo info[kFontFaceCount] = {};
    bool have[kFontFaceCount] = {};
    std::unordered_map<uint64_t, AtlasGlyph> glyphs;
    std::vector<unsigned char> pixels = std::vector<unsigned char>((size_t)kWidth * 512, 0);
    int height = 512;
    int shelf_x = kPad, shelf_y = kPad, shelf_h = 0; // shelf packing, left to right, top to bottom
    int dirty_y0 = 1 << 30, dirty_y1 = 0;            // rows to upload
    uintptr_t texture = 0;
    int texture_height = 0;
    uint32_t resets = 0;

    void empty() {
        ++resets;
        glyphs.clear();
        std::fill(pixels.begin(), pixels.end(), 0);
        shelf_x = shelf_y = kPad;
        shelf_h = 0;
        dirty_y0 = 0;
        dirty_y1 = height;
    }

    // A place for a w × h bitmap; grows the texture, or empties it when it cannot grow.
    bool place(int w, int h, int* x, int* y) {
        if (w + 2 * kPad > kWidth) return false;
        if (shelf_x + w + kPad > kWidth) {
            shelf_x = kPad;
            shelf_y += shelf_h + kPad;
            shelf_h = 0;
        }
        if (shelf_y + h + kPad > height) {
            if (height * 2 > kMaxHeight) {
                empty(); // every glyph on screen is rasterised again, once
                return place(w, h, x, y);
            }
            height *= 2;
            pixels.resize((size_t)kWidth * height, 0);
            dirty_y0 = 0;
            dirty_y1 = height;
        }
        *x = shelf_x;
        *y = shelf_y;
        shelf_x += w + kPad;
        shelf_h = std::max(shelf_h, h);
        return true;
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
    if (!m.texture || m.texture_height != m.height) {
        m.texture = platform::create_coverage_texture(kWidth, m.height);
        m.texture_height = m.height;
        m.dirty_y0 = 0;
        m.dirty_y1 = m.height;
    }
    if (m.dirty_y1 > m.dirty_y0) {
        platform::update_coverage_texture(m.texture, 0, m.dirty_y0, kWidth, m.dirty_y1 - m.dirty_y0,
                                          m.pixels.data() + (size_t)m.dirty_y0 * kWidth);
        m.dirty_y0 = 1 << 30;
        m.dirty_y1 = 0;
    }
    return m.texture;
}

size_t GlyphAtlas::glyph_count() const { return impl_->glyphs.size(); }
int GlyphAtlas::height() const { return impl_->height; }
uint32_t GlyphAtlas::resets() const { return impl_->resets; }

} // namespace cs::ui
