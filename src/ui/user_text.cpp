// Claimscope UI — text from the article or a user in panels (see user_text.h).
#include "ui/user_text.h"
#include "core/text/shaped_layout.h"
#include "ui/app.h"
#include "ui/shaped_text.h"
#include <algorithm>

namespace cs::ui {

// The layout of `utf8` in `font` at `px`, wrapped at `wrap_width`: one line a font size high.
static const Layout& block(AppState& s, std::string_view utf8, float wrap_width, ImFont* font, float px) {
    request_faces_for(s.shaped, utf8);
    LayoutParams p;
    p.wrap_width = std::max(wrap_width, 1.0f);
    p.line_height = px;
    p.paragraph_gap = 0;
    p.font_px = px * s.shaped.atlas.em_per_pixel_height(FontFace::Latin);
    const float scale = px / font->FontSize;
    // For paragraphs of the text that need no shaping (a note with an English and an Arabic one).
    const AdvanceFn advance = [font, scale](uint32_t cp) {
        return (cp <= 0xFFFF ? font->GetCharAdvance((ImWchar)cp) : font->FallbackAdvanceX) * scale;
    };
    return s.text_blocks.get(utf8, p, advance, s.shaped.set);
}

// Draws a block made by block() with its top-left at `pos`; returns the height drawn.
static float draw_block(AppState& s, ImDrawList* dl, ImVec2 pos, const Layout& L, std::string_view utf8, ImFont* font,
                        float px, ImU32 color, bool one_line) {
    if (L.empty()) return 0;
    LineStyle style;
    style.font = font;
    style.px = px;
    style.em_px = px * s.shaped.atlas.em_per_pixel_height(FontFace::Latin);
    style.dpr = s.dpr;
    const size_t last = one_line ? 0 : L.lines().size() - 1;
    draw_layout_lines(s.shaped, dl, L, utf8, 0, last, pos, style, color);
    return (float)(last + 1) * px;
}

float draw_user_text(AppState& s, ImDrawList* dl, ImVec2 pos, std::string_view utf8, float wrap_width, ImFont* font,
                     float px, ImU32 color, bool one_line) {
    if (!needs_shaping(utf8)) {
        if (one_line) {
            dl->AddText(font, px, pos, color, utf8.data(), utf8.data() + utf8.size());
            return px;
        }
        dl->AddText(font, px, pos, color, utf8.data(), utf8.data() + utf8.size(), wrap_width);
        return font->CalcTextSizeA(px, FLT_MAX, wrap_width, utf8.data(), utf8.data() + utf8.size()).y;
    }
    return draw_block(s, dl, pos, block(s, utf8, wrap_width, font, px), utf8, font, px, color, one_line);
}

void user_text(AppState& s, std::string_view utf8, ImU32 color, float wrap_width) {
    if (color == 0) color = ImGui::GetColorU32(ImGuiCol_Text);
    if (!needs_shaping(utf8)) {
        ImGui::PushStyleColor(ImGuiCol_Text, color);
        if (wrap_width > 0)
            ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap_width);
        else
            ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(utf8.data(), utf8.data() + utf8.size());
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
        return;
    }
    if (wrap_width <= 0) wrap_width = ImGui::GetContentRegionAvail().x;
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const Layout& L = block(s, utf8, wrap_width, ImGui::GetFont(), ImGui::GetFontSize());
    float width = 0;
    for (const LayoutLine& l : L.lines()) width = std::max(width, l.x + l.width);
    ImGui::Dummy(ImVec2(width, L.height()));
    // The block laid out above, drawn as it is: not looked up (its key built) a second time per frame.
    draw_block(s, ImGui::GetWindowDrawList(), pos, L, utf8, ImGui::GetFont(), ImGui::GetFontSize(), color, false);
}

void user_text_line(AppState& s, std::string_view utf8, ImU32 color) {
    if (color == 0) color = ImGui::GetColorU32(ImGuiCol_Text);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float width = std::max(1.0f, ImGui::GetContentRegionAvail().x);
    ImGui::Dummy(ImVec2(width, ImGui::GetFontSize()));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->PushClipRect(pos, ImVec2(pos.x + width, pos.y + ImGui::GetFontSize()), true);
    draw_user_text(s, dl, pos, utf8, width, ImGui::GetFont(), ImGui::GetFontSize(), color, true);
    dl->PopClipRect();
}

bool user_selectable(AppState& s, const char* id, std::string_view label, bool selected) {
    // Both paths are as wide as the row, never wider: ImGui sizes a selectable to its label when the label is
    // longer, and then the part past the row (a table cell's clip) looks clickable but is not.
    const ImVec2 size(std::max(1.0f, ImGui::GetContentRegionAvail().x), 0);
    if (!needs_shaping(label)) return ImGui::Selectable(std::string(label).append(id).c_str(), selected, 0, size);
    const bool clicked = ImGui::Selectable(id, selected, 0, size);
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    const ImGuiStyle& st = ImGui::GetStyle();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->PushClipRect(a, b, true);
    draw_user_text(s, dl, ImVec2(a.x, a.y + (b.y - a.y - ImGui::GetFontSize()) * 0.5f), label,
                   std::max(1.0f, b.x - a.x - st.ItemSpacing.x * 0.5f), ImGui::GetFont(), ImGui::GetFontSize(),
                   ImGui::GetColorU32(ImGuiCol_Text), true);
    dl->PopClipRect();
    return clicked;
}

TextFieldResult user_text_field(AppState& s, const char* label, std::string* text, TextFieldOptions options) {
    const bool one_line = !options.multiline;
    options.draw_value = [&s, one_line](ImDrawList* dl, ImVec2 pos, float width, const std::string& value) {
        draw_user_text(s, dl, pos, value, width, ImGui::GetFont(), ImGui::GetFontSize(),
                       ImGui::GetColorU32(ImGuiCol_Text), one_line);
    };
    return text_field(label, text, options);
}

} // namespace cs::ui
