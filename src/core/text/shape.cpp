// Claimscope core — shaping with HarfBuzz (see shape.h).
#include "core/text/shape.h"
#include <hb.h>
#include <utility>

namespace cs {

ShapingFont::ShapingFont(std::string file_bytes) {
    // The blob owns the bytes (a large CJK font is not copied); HarfBuzz frees them with the last reference.
    auto* owned = new std::string(std::move(file_bytes));
    data_ = *owned;
    hb_blob_t* blob = hb_blob_create(owned->data(), (unsigned)owned->size(), HB_MEMORY_MODE_READONLY, owned,
                                     [](void* p) { delete static_cast<std::string*>(p); });
    hb_face_t* face = hb_face_create(blob, 0);
    hb_blob_destroy(blob);
    font_ = hb_font_create(face); // scaled to the font's units per em: shape() scales to pixels itself
    glyph_count_ = hb_face_get_glyph_count(face);
    units_per_em_ = hb_face_get_upem(face);
    hb_face_destroy(face);
}

ShapingFont::~ShapingFont() { hb_font_destroy(font_); }

ShapingFont::ShapingFont(ShapingFont&& other) noexcept { *this = std::move(other); }

ShapingFont& ShapingFont::operator=(ShapingFont&& other) noexcept {
    std::swap(font_, other.font_);
    std::swap(glyph_count_, other.glyph_count_);
    std::swap(units_per_em_, other.units_per_em_);
    std::swap(data_, other.data_);
    return *this;
}

std::vector<ShapedGlyph> shape(const ShapingFont& font, std::u32string_view text, size_t start, size_t end,
                               float size_px, TextDirection direction, const char* language) {
    std::vector<ShapedGlyph> out;
    if (end > text.size()) end = text.size();
    if (!font.ok() || start >= end) return out;
    hb_buffer_t* buf = hb_buffer_create();
    static_assert(sizeof(hb_codepoint_t) == sizeof(char32_t), "HarfBuzz reads the code points as they are");
    hb_buffer_add_codepoints(buf, reinterpret_cast<const hb_codepoint_t*>(text.data()), (int)text.size(),
                             (unsigned)start, (int)(end - start));
    if (direction != TextDirection::Auto)
        hb_buffer_set_direction(buf, direction == TextDirection::RightToLeft ? HB_DIRECTION_RTL : HB_DIRECTION_LTR);
    // Not the process locale (HarfBuzz's default): the same text shapes the same on every machine.
    hb_buffer_set_language(buf, hb_language_from_string(language, -1));
    hb_buffer_guess_segment_properties(buf);
    hb_shape(font.hb(), buf, nullptr, 0);
    unsigned n = 0;
    const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buf, &n);
    const hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buf, &n);
    const float scale = size_px / (float)font.units_per_em();
    out.reserve(n);
    for (unsigned i = 0; i < n; i++)
        out.push_back({info[i].codepoint, info[i].cluster, pos[i].x_advance * scale, pos[i].y_advance * scale,
                       pos[i].x_offset * scale, pos[i].y_offset * scale});
    hb_buffer_destroy(buf);
    return out;
}

} // namespace cs
