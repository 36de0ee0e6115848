// Claimscope UI — fonts of shaped text and drawing its glyphs (see shaped_text.h).
#include "ui/shaped_text.h"
#include "core/text/font_faces.h"
#include "core/text/text.h"
#include "platform/platform.h"
#include "ui/font_store.h"
#include <cmath>

namespace cs::ui {

bool refresh_faces(ShapedTextUi& t) {
    bool changed = false;
    const size_t latin = (size_t)FontFace::Latin;
    if (!t.fonts[latin]) {
        auto font = std::make_unique<ShapingFont>(platform::read_bundled_file("/fonts/ClaimscopeSans-Regular.ttf"));
        if (font->ok()) {
            t.atlas.set_face(FontFace::Latin, font->data());
            t.set.faces[latin] = font.get();
            t.fonts[latin] = std::move(font);
            changed = true;
        }
    }
    if (t.store_generation != fonts_generation()) {
        t.store_generation = fonts_generation();
        for (size_t f = 0; f < kFontFaceCount; ++f) {
            if (f == latin || t.fonts[f] || face_state(FontFace(f)) != FaceState::Loaded) continue;
            auto font = std::make_unique<ShapingFont>(face_bytes(FontFace(f)));
            if (!font->ok()) continue;
            t.atlas.set_face(FontFace(f), font->data());
            if (FontFace(f) == FontFace::Emoji) platform::register_color_font(font->data()); // drawn by the browser
            t.set.faces[f] = font.get();
            t.fonts[f] = std::move(font);
            changed = true;
        }
    }
    if (changed) ++t.set.generation;
    return changed;
}

void request_faces_for(ShapedTextUi& t, std::string_view utf8) {
    const uint32_t needed = faces_needed(utf8) & ~t.requested;
    if (!needed) return;
    t.requested |= needed;
    for (size_t f = 0; f < kFontFaceCount; ++f)
        if (needed & (1u << f)) request_face(FontFace(f));
}

// The UTF-8 of code points [cp_start, cp_end) of a line whose text, from code point line_start, is line_text.
static std::string cluster_text(std::string_view line_text, uint32_t line_start, uint32_t cp_start, uint32_t cp_end) {
    size_t b = 0, from = std::string_view::npos;
    for (uint32_t cp = line_start; b < line_text.size() && cp < cp_end; ++cp) {
        if (cp == cp_start) from = b;
        size_t len = 1;
        decode_utf8(line_text, b, &len);
        b += len;
    }
    return from == std::string_view::npos ? std::string() : std::string(line_text.substr(from, b - from));
}

void draw_glyphs(ShapedTextUi& t, ImDrawList* dl, const std::vector<PlacedGlyph>& glyphs, ImVec2 pen, float px,
                 float dpr, ImU32 color, std::string_view line_text, uint32_t line_start) {
    struct Quad {
        AtlasGlyph g;
        float x, y; // device pixels: the glyph's pen, whole pixels
    };
    thread_local std::vector<Quad> quads, color_quads;
    quads.clear();
    color_quads.clear();
    const float device_px = px * dpr;
    const uint32_t resets = t.atlas.resets();
    const int height = t.atlas.height();
    for (const PlacedGlyph& g : glyphs) {
        ++t.glyphs_drawn;
        if (g.glyph == 0) ++t.missing_glyphs;
        const float x = (pen.x + g.x + g.dx) * dpr, y = std::round((pen.y - g.dy) * dpr);
        const float whole = std::floor(x);
        if (g.face == FontFace::Emoji && g.glyph != 0) {
            // Colour emoji are PNG bitmaps (CBDT) that the browser draws (glyph_atlas.h). Until it
            // can, or where it cannot, an outlined box marks each one and counts as missing, rather
            // than a silent gap.
            bool not_ready = false;
            const AtlasGlyph* a = t.atlas.color_glyph(
                g.glyph, device_px, [&] { return cluster_text(line_text, line_start, g.cp_start, g.cp_end); },
                &not_ready);
            if (a && !a->blank) {
                color_quads.push_back({*a, whole, y});
            } else if (g.advance > 0) {
                ++t.missing_glyphs;
                const ImVec2 p0(pen.x + g.x + g.advance * 0.1f, pen.y - px * 0.75f);
                dl->AddRect(p0, ImVec2(pen.x + g.x + g.advance * 0.9f, pen.y + px * 0.1f), color, 2.0f);
            }
            continue;
        }
        const AtlasGlyph* a = t.atlas.glyph(g.face, g.glyph, device_px, x - whole);
        if (!a || a->blank) continue;
        quads.push_back({*a, whole, y});
    }
    if (t.atlas.resets() != resets || t.atlas.height() != height) platform::request_redraw(2); // stale quads: once more
    const float inv_dpr = 1.0f / dpr;
    // Quads of one texture; v in texel rows divided by v_scale (the coverage atlas may still grow).
    auto emit = [&](const std::vector<Quad>& qs, ImTextureID tex, float v_scale, ImU32 col) {
        dl->PushTextureID(tex);
        dl->PrimReserve((int)qs.size() * 6, (int)qs.size() * 4);
        for (const Quad& q : qs)
            dl->PrimRectUV(ImVec2((q.x + q.g.x0) * inv_dpr, (q.y + q.g.y0) * inv_dpr),
                           ImVec2((q.x + q.g.x1) * inv_dpr, (q.y + q.g.y1) * inv_dpr), ImVec2(q.g.u0, q.g.v0 * v_scale),
                           ImVec2(q.g.u1, q.g.v1 * v_scale), col);
        dl->PopTextureID();
    };
    if (!quads.empty()) emit(quads, (ImTextureID)t.atlas.texture(), 1.0f / (float)t.atlas.height(), color);
    // Emoji keep their own colours; the text colour gives only the opacity. The colour page is made
    // on the first emoji drawn, not on the first shaped text.
    if (!color_quads.empty()) emit(color_quads, (ImTextureID)t.atlas.color_texture(), 1.0f, color | 0x00FFFFFFu);
}

void shape_near_view(Layout& layout, ImVec2* origin) {
    const float top = ImGui::GetWindowPos().y, screen = ImGui::GetWindowHeight();
    const float view_top = top - origin->y;
    const float grew = layout.shape_range(view_top - screen, view_top + 2 * screen, view_top);
    if (grew == 0) return;
    ImGui::SetScrollY(ImGui::GetScrollY() + grew);
    origin->y -= grew;
    platform::request_redraw(1);
}

// Code points of a fast-path line that ImGui's font lacks (drawn as its fallback box).
static size_t missing_in(const ImFont* font, std::string_view text) {
    size_t n = 0;
    for (size_t i = 0; i < text.size();) {
        if ((unsigned char)text[i] < 0x80) {
            ++i;
            continue;
        }
        size_t len = 1;
        const uint32_t cp = decode_utf8(text, i, &len);
        if (cp > 0xFFFF || !font->FindGlyphNoFallback((ImWchar)cp)) ++n;
        i += len;
    }
    return n;
}

void draw_layout_lines(ShapedTextUi& t, ImDrawList* dl, const Layout& layout, std::string_view text, size_t first,
                       size_t last, ImVec2 origin, const LineStyle& style, ImU32 color) {
    // Shaped lines share the fast path's baseline: the top ImGui draws from, plus its ascent.
    const float ascent = style.font->Ascent * (style.px / style.font->FontSize);
    for (size_t i = first; i <= last && i < layout.lines().size(); ++i) {
        const LayoutLine& ln = layout.lines()[i];
        const float top = origin.y + ln.y + style.text_top;
        if (ln.shaped >= 0) {
            draw_glyphs(t, dl, layout.glyphs(ln), ImVec2(origin.x + ln.x, top + ascent), style.em_px, style.dpr, color,
                        text.substr(ln.byte_start, ln.byte_end - ln.byte_start), ln.start);
            continue;
        }
        const std::string_view line(text.data() + ln.byte_start, ln.byte_end - ln.byte_start);
        dl->AddText(style.font, style.px, ImVec2(origin.x + ln.x, top), color, line.data(), line.data() + line.size());
        t.missing_glyphs += missing_in(style.font, line);
    }
}

} // namespace cs::ui
