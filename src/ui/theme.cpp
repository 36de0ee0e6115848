#include "ui/theme.h"
#include "core/render/screen_layout.h"
#include <algorithm>

namespace cs::ui {

static void common_style(ImGuiStyle& st) {
    st.WindowRounding = 0;
    st.ChildRounding = 4;
    st.FrameRounding = 4;
    st.PopupRounding = 4;
    st.GrabRounding = 4;
    st.TabRounding = 4;
    st.ScrollbarRounding = 6;
    st.WindowPadding = ImVec2(10, 10);
    st.FramePadding = ImVec2(8, 5);
    st.ItemSpacing = ImVec2(8, 7);
    st.ScrollbarSize = 14;
    st.WindowBorderSize = 0;
    st.ChildBorderSize = 1;
    st.PopupBorderSize = 1;
}

static ImVec4 rgb(uint32_t c, float alpha = 1.0f) {
    return ImVec4(float((c >> 16) & 0xFF) / 255.0f, float((c >> 8) & 0xFF) / 255.0f, float(c & 0xFF) / 255.0f, alpha);
}
static ImU32 rgb32(uint32_t c) { return IM_COL32((c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF, 255); }
static ImU32 rgba32(uint32_t c) { return IM_COL32(c >> 24, (c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF); }

// ImGui's own light or dark style, with the colours the core palette tests (palette.h) laid over it. On a
// coarse pointer (a finger) frames are 44 px tall and scrollbars wider (core/render/screen_layout.h).
void apply_theme(const AppState& s) {
    const Theme t = s.settings.theme;
    ImGuiStyle& st = ImGui::GetStyle();
    st = ImGuiStyle();
    if (t == Theme::Light)
        ImGui::StyleColorsLight(&st);
    else
        ImGui::StyleColorsDark(&st);
    const Palette& p = palette(t);
    ImVec4* c = st.Colors;
    c[ImGuiCol_WindowBg] = rgb(p.window_bg);
    c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_PopupBg] = rgb(p.window_bg);
    c[ImGuiCol_MenuBarBg] = rgb(p.window_bg);
    c[ImGuiCol_Text] = rgb(p.text);
    c[ImGuiCol_TextDisabled] = rgb(p.text_muted);
    c[ImGuiCol_FrameBg] = rgb(p.frame_bg);
    c[ImGuiCol_Button] = rgb(p.button);
    // Pressed buttons and hovered rows: ImGui's bright blues hold white text at 3.5:1; the tested colour instead.
    for (ImGuiCol k : {ImGuiCol_ButtonHovered, ImGuiCol_ButtonActive, ImGuiCol_HeaderHovered, ImGuiCol_HeaderActive})
        c[k] = rgb(p.button_hovered);
    c[ImGuiCol_Header] = rgb(p.header);
    c[ImGuiCol_Border] = rgb(p.border);
    c[ImGuiCol_NavHighlight] = rgb(p.focus_ring);
    common_style(st);
    st.FrameBorderSize = 1; // a field's edge is what shows it (1.4.11): the border, at 3:1 or more
    st.ScaleAllSizes(s.ui_scale());
    if (s.panes.coarse_pointer) {
        st.FramePadding.y = touch_frame_padding_y(s.ui_font_px(), st.FramePadding.y);
        st.FramePadding.x = std::max(st.FramePadding.x, 12.0f);
        st.ScrollbarSize = std::max(st.ScrollbarSize, 20.0f);
        st.GrabMinSize = std::max(st.GrabMinSize, 28.0f);
    }
}

const ArticleColors& article_colors(Theme t) {
    static ArticleColors colors[3];
    static bool made = false;
    if (!made) {
        for (Theme th : {Theme::Light, Theme::Dark, Theme::HighContrast}) {
            const Palette& p = palette(th);
            colors[int(th)] = {rgb32(p.page_bg),    rgb32(p.page_text),   rgb32(p.page_muted),    rgb32(p.caret),
                               rgba32(p.selection), rgba32(p.find_match), rgba32(p.find_current), rgb32(p.connector),
                               rgb32(p.flash),      p.highlight_alpha};
        }
        made = true;
    }
    return colors[int(t)];
}

ImU32 type_color(uint32_t rgb, float alpha) {
    return IM_COL32((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, (int)(alpha * 255));
}

const char* theme_name(Theme t) { return t == Theme::Light ? "light" : t == Theme::Dark ? "dark" : "high-contrast"; }

} // namespace cs::ui
