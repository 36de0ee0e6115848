// Claimscope UI — the panes by screen width (panes.h).
//
// Index
// - Wide: three panes and their splitters
// - Tabs of the side panel and of the sheet
// - Medium, narrow (the bottom sheet)
// - draw_panes
#include "ui/panes.h"
#include "ui/access_panels.h"
#include "ui/article_view.h"
#include "ui/panels.h"
#include "platform/platform.h"
#include <algorithm>
#include <cmath>

namespace cs::ui {

// ---------------------------------------------------------------------------------------------
// Wide
// ---------------------------------------------------------------------------------------------
// A vertical splitter between two panes: drag to resize, remembered in settings.
// From the keyboard (the panels' copy: a separator, ui/access_panels.h), each Left/Right arrow moves it 16 px.
static void splitter(AppState& s, const char* id, const char* name, float height, float* width, float sign,
                     float min_w, float max_w) {
    ImGui::SameLine(0, 0);
    ImGui::InvisibleButton(id, ImVec2(6, height));
    if (const int steps = note_splitter(ImGui::GetItemID(), name, sign > 0, (int)*width, (int)min_w, (int)max_w)) {
        *width = std::clamp(*width + sign * 16.0f * (float)steps, min_w, max_w);
        s.settings_dirty = true;
        platform::request_redraw(2);
    }
    bool active = ImGui::IsItemActive();
    if (ImGui::IsItemHovered() || active) ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeEW);
    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImGui::GetWindowDrawList()->AddLine(ImVec2((a.x + b.x) * 0.5f, a.y), ImVec2((a.x + b.x) * 0.5f, b.y),
                                        ImGui::GetColorU32(active ? ImGuiCol_SeparatorActive : ImGuiCol_Separator),
                                        active ? 2.0f : 1.0f);
    if (active && ImGui::GetIO().MouseDelta.x != 0) {
        *width = std::clamp(*width + sign * ImGui::GetIO().MouseDelta.x, min_w, max_w);
        s.settings_dirty = true;
    }
    ImGui::SameLine(0, 0);
}

static void article_pane(AppState& s, float width, float h) {
    ImGui::BeginChild("center", ImVec2(width, h), ImGuiChildFlags_None,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    draw_find_bar(s);
    draw_article_view(s);
    ImGui::EndChild();
}

static void wide(AppState& s, float h, float total) {
    // Panels never squeeze the article below a readable width.
    float max_side = std::max(160.0f, (total - 360) * 0.5f);
    s.settings.left_width = std::clamp(s.settings.left_width, 160.0f, max_side);
    s.settings.right_width = std::clamp(s.settings.right_width, 200.0f, max_side);
    ImGui::BeginChild("left", ImVec2(s.settings.left_width, h), ImGuiChildFlags_None);
    draw_left_panel(s);
    ImGui::EndChild();
    splitter(s, "##split_left", "Lists width", h, &s.settings.left_width, +1, 160, max_side);
    article_pane(s, std::max(200.0f, total - s.settings.left_width - s.settings.right_width - 12), h);
    splitter(s, "##split_right", "Inspector width", h, &s.settings.right_width, -1, 200, max_side);
    ImGui::BeginChild("right", ImVec2(0, h), ImGuiChildFlags_None);
    draw_inspector(s);
    ImGui::EndChild();
}

// ---------------------------------------------------------------------------------------------
// Tabs
// ---------------------------------------------------------------------------------------------
// "Lists | Inspector" over the one panel that shows either. Returns true when a tab was pressed
// (a closed sheet opens then).
static bool side_tabs(AppState& s) {
    PanesUi& P = s.panes;
    bool pressed = false;
    if (ImGui::BeginTabBar("side_tabs")) {
        const char* names[2] = {"Lists", "Inspector"}; // "Lists": the panel has its own Annotations and Entities tabs
        for (int i = 0; i < 2; ++i) {
            const ImGuiTabItemFlags f = P.select_tab && P.side_tab == i ? ImGuiTabItemFlags_SetSelected : 0;
            const bool shown = ImGui::BeginTabItem(names[i], nullptr, f);
            s.mark(i == 0 ? "tab/lists" : "tab/inspector", names[i]);
            pressed |= ImGui::IsItemClicked();
            if (shown) {
                if (!P.select_tab) P.side_tab = i;
                ImGui::EndTabItem();
            }
        }
        ImGui::EndTabBar();
    }
    P.select_tab = false;
    return pressed;
}

static void side_body(AppState& s, float h) {
    ImGui::BeginChild("side_body", ImVec2(0, h), ImGuiChildFlags_None);
    if (s.panes.side_tab == 0)
        draw_left_panel(s);
    else
        draw_inspector(s);
    ImGui::EndChild();
}

// ---------------------------------------------------------------------------------------------
// Medium, narrow
// ---------------------------------------------------------------------------------------------
static void medium(AppState& s, float h, float total) {
    const float max_side = std::max(220.0f, total * 0.5f);
    s.settings.right_width = std::clamp(s.settings.right_width, 260.0f, max_side);
    article_pane(s, std::max(200.0f, total - s.settings.right_width - 6), h);
    splitter(s, "##split_right", "Side panel width", h, &s.settings.right_width, -1, 260, max_side);
    ImGui::BeginChild("right", ImVec2(0, h), ImGuiChildFlags_None);
    side_tabs(s);
    side_body(s, 0);
    ImGui::EndChild();
}

// The grip: a bar to drag (or tap) the sheet open and closed. A finger holds it as a mouse button
// would (touch.h), so the same code serves both.
static void sheet_grip(AppState& s, const SheetStops& stops, float width) {
    PanesUi& P = s.panes;
    const float grip_h = 24;
    ImGui::InvisibleButton("##sheet_grip", ImVec2(width, grip_h));
    s.mark("sheet/grip", P.sheet_h <= stops.closed + 1 ? "closed" : "open");
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    const ImVec2 mid((a.x + b.x) * 0.5f, (a.y + b.y) * 0.5f);
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(mid.x - 20, mid.y - 2.5f), ImVec2(mid.x + 20, mid.y + 2.5f),
                                              ImGui::GetColorU32(ImGuiCol_TextDisabled), 2.5f);
    if (ImGui::IsItemHovered() || ImGui::IsItemActive()) ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeNS);
    const ImGuiIO& io = ImGui::GetIO();
    if (ImGui::IsItemActivated()) P.sheet_moved = 0;
    if (ImGui::IsItemActive() && io.MouseDelta.y != 0) {
        P.sheet_h = std::clamp(P.sheet_h - io.MouseDelta.y, stops.closed, stops.full);
        P.sheet_moved += std::abs(io.MouseDelta.y);
        P.sheet_velocity = io.DeltaTime > 0 ? -io.MouseDelta.y / io.DeltaTime : 0;
    }
    if (ImGui::IsItemDeactivated()) {
        P.sheet_h = P.sheet_moved < 4 ? toggle_sheet(P.sheet_h, stops) : settle_sheet(P.sheet_h, P.sheet_velocity, stops);
        P.sheet_velocity = 0;
        platform::request_redraw(2);
    }
}

static void narrow(AppState& s, float h, float total) {
    PanesUi& P = s.panes;
    const ImGuiStyle& st = ImGui::GetStyle();
    const float tabs_h = ImGui::GetFrameHeight() + st.ItemSpacing.y;
    const SheetStops stops = sheet_stops(h, 24 + st.ItemSpacing.y + tabs_h + st.WindowPadding.y);
    if (P.sheet_h <= 0) P.sheet_h = stops.closed;
    P.sheet_h = std::clamp(P.sheet_h, stops.closed, stops.full);
    article_pane(s, total, h - P.sheet_h);
    ImGui::BeginChild("sheet", ImVec2(total, P.sheet_h), ImGuiChildFlags_Border,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    sheet_grip(s, stops, ImGui::GetContentRegionAvail().x);
    if (side_tabs(s) && P.sheet_h <= stops.closed + 1) P.sheet_h = stops.half;
    if (P.sheet_h > stops.closed + 1) side_body(s, 0);
    ImGui::EndChild();
}

// ---------------------------------------------------------------------------------------------
// draw_panes
// ---------------------------------------------------------------------------------------------
void draw_panes(AppState& s, float h) {
    PanesUi& P = s.panes;
    const float total = ImGui::GetContentRegionAvail().x;
    // An annotation just selected (a tap on a highlight, the type bar, the list): the inspector shows it.
    if (s.selected_id != P.seen_selected) {
        P.seen_selected = s.selected_id;
        if (!s.selected_id.empty() && P.layout != ScreenLayout::Wide) {
            P.side_tab = 1;
            P.select_tab = true;
            if (P.layout == ScreenLayout::Narrow)
                P.sheet_h = std::max(P.sheet_h, sheet_stops(h, 0).half);
        }
    }
    switch (P.layout) {
        case ScreenLayout::Wide: wide(s, h, total); break;
        case ScreenLayout::Medium: medium(s, h, total); break;
        case ScreenLayout::Narrow: narrow(s, h, total); break;
    }
}

} // namespace cs::ui
