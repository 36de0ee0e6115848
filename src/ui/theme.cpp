#include "ui/theme.h"

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

void apply_theme(Theme t) {
    ImGuiStyle& st = ImGui::GetStyle();
    st = ImGuiStyle();
    ImVec4* c = st.Colors;
    switch (t) {
        case Theme::Light:
            ImGui::StyleColorsLight(&st);
            c[ImGuiCol_WindowBg] = ImVec4(0.965f, 0.965f, 0.955f, 1);
            c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
            c[ImGuiCol_Button] = ImVec4(0.88f, 0.89f, 0.91f, 1);
            c[ImGuiCol_ButtonHovered] = ImVec4(0.78f, 0.84f, 0.93f, 1);
            c[ImGuiCol_Header] = ImVec4(0.80f, 0.87f, 0.96f, 1);
            c[ImGuiCol_Text] = ImVec4(0.10f, 0.10f, 0.12f, 1);
            break;
        case Theme::Dark:
            ImGui::StyleColorsDark(&st);
            c[ImGuiCol_WindowBg] = ImVec4(0.11f, 0.115f, 0.125f, 1);
            c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
            break;
        case Theme::HighContrast:
            ImGui::StyleColorsDark(&st);
            c[ImGuiCol_WindowBg] = ImVec4(0, 0, 0, 1);
            c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
            c[ImGuiCol_Text] = ImVec4(1, 1, 1, 1);
            c[ImGuiCol_Border] = ImVec4(1, 1, 1, 1);
            c[ImGuiCol_FrameBg] = ImVec4(0, 0, 0, 1);
            c[ImGuiCol_Button] = ImVec4(0.15f, 0.15f, 0.15f, 1);
            c[ImGuiCol_ButtonHovered] = ImVec4(0.0f, 0.35f, 0.7f, 1);
            c[ImGuiCol_Header] = ImVec4(0.0f, 0.3f, 0.6f, 1);
            st.FrameBorderSize = 1;
            st.ChildBorderSize = 1;
            break;
    }
    common_style(st);
}

const ArticleColors& article_colors(Theme t) {
    static const ArticleColors light{IM_COL32(255, 255, 252, 255), IM_COL32(28, 28, 32, 255),
                                     IM_COL32(100, 100, 110, 255), IM_COL32(20, 20, 20, 255),
                                     IM_COL32(120, 170, 255, 110), IM_COL32(255, 200, 0, 110),
                                     IM_COL32(255, 140, 0, 200),   IM_COL32(60, 60, 70, 200),
                                     IM_COL32(255, 120, 0, 255),   0.30f};
    static const ArticleColors dark{IM_COL32(30, 31, 34, 255),    IM_COL32(225, 225, 228, 255),
                                    IM_COL32(160, 160, 170, 255), IM_COL32(240, 240, 240, 255),
                                    IM_COL32(90, 140, 255, 120),  IM_COL32(200, 160, 0, 120),
                                    IM_COL32(255, 150, 30, 200),  IM_COL32(210, 210, 220, 200),
                                    IM_COL32(255, 160, 40, 255),  0.38f};
    static const ArticleColors contrast{IM_COL32(0, 0, 0, 255),       IM_COL32(255, 255, 255, 255),
                                        IM_COL32(230, 230, 230, 255), IM_COL32(255, 255, 0, 255),
                                        IM_COL32(0, 110, 255, 170),   IM_COL32(255, 255, 0, 110),
                                        IM_COL32(255, 200, 0, 220),   IM_COL32(255, 255, 0, 255),
                                        IM_COL32(255, 255, 0, 255),   0.5f};
    return t == Theme::Light ? light : t == Theme::Dark ? dark : contrast;
}

ImU32 type_color(uint32_t rgb, float alpha) {
    return IM_COL32((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, (int)(alpha * 255));
}

const char* theme_name(Theme t) { return t == Theme::Light ? "light" : t == Theme::Dark ? "dark" : "high-contrast"; }

} // namespace cs::ui
