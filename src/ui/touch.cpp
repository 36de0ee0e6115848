// Claimscope UI — selection handles, the type bar and scrollbars by touch (touch.h).
//
// Index
// - Handles: where they are drawn, what a finger on one does, scrolling at the view's edges
// - The type bar
// - Scrollbars
#include "ui/touch.h"
#include "ui/app.h"
#include "ui/article_view.h"
#include "ui/theme.h"
#include "platform/platform.h"
#include <algorithm>
#include <cmath>
#include <imgui_internal.h>

namespace cs::ui {

// A fingertip covers about 44 CSS px (WCAG 2.5.5, Apple's and Google's guidelines): a handle or a
// scrollbar is hit that far from what is drawn.
constexpr float kFingerReach = 22;

static ImGuiWindow* scrollbar_under(ImVec2 p, float* grab_min, float* grab_max);
static void follow_handle_finger(AppState& s);
static void auto_scroll_for_handle(AppState& s);

// ---------------------------------------------------------------------------------------------
// Handles
// ---------------------------------------------------------------------------------------------
// Where a selection's end is drawn: the caret's x at `cp` on the line that shows it, that line's top.
// The end of a selection that stops at a wrap belongs to the line it ends, not to the next one.
static ImVec2 end_point(const AppState& s, size_t cp, bool is_end) {
    const Layout& L = s.view.layout;
    size_t li = L.line_of_cp(is_end && cp > 0 ? cp - 1 : cp);
    const LayoutLine& ln = L.lines()[li];
    const size_t at = std::min<size_t>(std::max<size_t>(cp, ln.start), ln.end);
    return ImVec2(s.view.text_origin.x + L.x_of_cp(li, at), s.view.text_origin.y + ln.y);
}

static bool handles_shown(const AppState& s) {
    const ArticleViewState& v = s.view;
    return v.touch_ui && !v.layout.empty() && !selection_span(s).empty() && s.pick_relation.empty();
}

TouchTarget touch_target(const AppState& s, float x, float y) {
    const ArticleViewState& v = s.view;
    if (v.handles_drawn) {
        // The nearer knob wins when both are in reach (a one-letter selection).
        float best = kFingerReach * kFingerReach;
        TouchTarget hit = TouchTarget::None;
        for (int i = 0; i < 2; ++i) {
            const float dx = x - v.handle_knob[i].x, dy = y - v.handle_knob[i].y;
            if (dx * dx + dy * dy <= best) {
                best = dx * dx + dy * dy;
                hit = i == 0 ? TouchTarget::StartHandle : TouchTarget::EndHandle;
            }
        }
        if (hit != TouchTarget::None) return hit;
    }
    if (auto grip = s.ui_rects.find("sheet/grip"); grip != s.ui_rects.end()) {
        const ImVec4 r = grip->second; // 24 px drawn; a finger's reach around it
        if (x >= r.x && x <= r.z && y >= r.y - 10 && y <= r.w + 10) return TouchTarget::Held;
    }
    float grab_min = 0, grab_max = 0;
    if (scrollbar_under(ImVec2(x, y), &grab_min, &grab_max))
        return y >= grab_min && y <= grab_max ? TouchTarget::Held : TouchTarget::ScrollTrack;
    return TouchTarget::None;
}

void drag_touch_handle(AppState& s, TouchTarget handle, float x, float y, int phase) {
    ArticleViewState& v = s.view;
    if (v.layout.empty()) return;
    const bool is_start = handle == TouchTarget::StartHandle;
    if (phase == 0) {
        const Span sel = selection_span(s);
        // The other end stays; the finger holds the line's middle at this end, wherever on the knob it pressed.
        v.handle_fixed = is_start ? sel.end : sel.start;
        const ImVec2 at = end_point(s, is_start ? sel.start : sel.end, !is_start);
        v.handle_grip = ImVec2(x - at.x, y - (at.y + v.line_h * 0.5f));
        v.handle_drag = (int)handle;
    }
    if (v.handle_drag == 0) return;
    v.handle_finger = ImVec2(x, y);
    follow_handle_finger(s);
    if (phase == 2) v.handle_drag = 0;
    platform::request_redraw(2);
}

// The held end goes to the word under the finger (less where on the knob it pressed).
static void follow_handle_finger(AppState& s) {
    ArticleViewState& v = s.view;
    const float tx = v.handle_finger.x - v.handle_grip.x - v.text_origin.x;
    const float ty = v.handle_finger.y - v.handle_grip.y - v.text_origin.y;
    extend_selection_by_words(s, v.handle_fixed, v.layout.hit_test(tx, ty));
}

// A finger holding a handle near the view's top or bottom edge scrolls the article, as a mouse dragging
// past an edge does, and the held end follows the text that comes under the still finger: a phrase that
// runs on past the screen can be selected. Faster the nearer the edge. Called inside the article window.
static void auto_scroll_for_handle(AppState& s) {
    ArticleViewState& v = s.view;
    const float top = ImGui::GetWindowPos().y, bottom = top + ImGui::GetWindowHeight();
    const float band = std::max(24.0f, v.line_h * 1.5f), y = v.handle_finger.y;
    float step = 0;
    if (y < top + band) step = -std::min(band, top + band - y);
    else if (y > bottom - band) step = std::min(band, y - (bottom - band));
    if (step == 0) return;
    const float to = std::clamp(ImGui::GetScrollY() + std::copysign(std::max(4.0f, std::fabs(step) * 0.5f), step),
                                0.0f, ImGui::GetScrollMaxY());
    if (to == ImGui::GetScrollY()) return;
    follow_handle_finger(s); // this frame's text, where the finger is now
    ImGui::SetScrollY(to);
    platform::request_redraw(2);
}

// A knob (a dot on a stem as tall as the line), above the start, below the end: iOS and Android draw them so.
static void draw_handle(ImDrawList* dl, ImVec2 top, float line_h, bool is_start, ImU32 col, ImVec2* knob) {
    const float r = std::clamp(std::round(line_h * 0.22f), 6.0f, 10.0f);
    dl->AddRectFilled(ImVec2(top.x - 1, top.y), ImVec2(top.x + 1, top.y + line_h), col);
    *knob = is_start ? ImVec2(top.x, top.y - r) : ImVec2(top.x, top.y + line_h + r);
    dl->AddCircleFilled(*knob, r, col, 20);
}

// ---------------------------------------------------------------------------------------------
// The type bar
// ---------------------------------------------------------------------------------------------
// Above the selection, or below it when there is no room above; never past the view's sides. A window
// of its own, kept in front of the article (but not over a dialog or a menu: it is not drawn then).
static void type_bar(AppState& s, ImVec2 start_top, ImVec2 end_top, float line_h) {
    ArticleViewState& v = s.view;
    const auto article = s.ui_rects.find("article");
    const ImVec4 page = article != s.ui_rects.end() ? article->second : ImVec4(0, 0, 1e6f, 1e6f);
    const float gap = 28; // clear of the knob
    const bool above = start_top.y - gap - v.type_bar_size.y >= page.y;
    const float x = std::clamp(start_top.x - v.type_bar_size.x * 0.5f, page.x + 4,
                               std::max(page.x + 4, page.z - v.type_bar_size.x - 18));
    const float y = above ? start_top.y - gap - v.type_bar_size.y : end_top.y + line_h + gap;
    ImGui::SetNextWindowPos(ImVec2(x, y));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                   ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoMove;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(6, 6));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 8);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 1);
    ImGui::Begin("##type_bar", nullptr, flags);
    ImGui::BringWindowToDisplayFront(ImGui::GetCurrentWindow());
    std::string chosen;
    for (const AnnotationType& t : s.project().codebook.types) {
        if (&t != &s.project().codebook.types.front()) ImGui::SameLine(0, 4);
        // A swatch of the type's colour beside its name: the name says it, the colour only repeats it.
        const float w = ImGui::CalcTextSize(t.label.c_str()).x + 36;
        if (ImGui::Button(("##bar_" + t.id).c_str(), ImVec2(w, 44))) chosen = t.id;
        s.mark("typebar/" + t.id, t.label);
        const ImVec2 a = ImGui::GetItemRectMin();
        ImDrawList* dl = ImGui::GetWindowDrawList();
        dl->AddCircleFilled(ImVec2(a.x + 14, a.y + 22), 6, type_color(t.color), 12);
        dl->AddText(ImVec2(a.x + 26, a.y + 22 - ImGui::GetFontSize() * 0.5f), ImGui::GetColorU32(ImGuiCol_Text),
                    t.label.c_str());
    }
    v.type_bar_size = ImGui::GetWindowSize();
    ImGui::End();
    ImGui::PopStyleVar(3);
    if (!chosen.empty()) tag_selection(s, chosen);
}

void draw_touch_selection(AppState& s, float line_h) {
    ArticleViewState& v = s.view;
    v.line_h = line_h;
    v.handles_drawn = false;
    if (!handles_shown(s)) return;
    if (v.handle_drag != 0) auto_scroll_for_handle(s);
    const Span sel = selection_span(s);
    const ImVec2 a = end_point(s, sel.start, false), b = end_point(s, sel.end, true);
    const ImU32 col = article_colors(s.settings.theme).caret;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    draw_handle(dl, a, line_h, true, col, &v.handle_knob[0]);
    draw_handle(dl, b, line_h, false, col, &v.handle_knob[1]);
    v.handles_drawn = true;
    for (int i = 0; i < 2; ++i) { // for tests and embedders: the knobs, as a finger would aim at them
        const ImVec2 k = v.handle_knob[i];
        s.ui_rects[i == 0 ? "handle/start" : "handle/end"] = ImVec4(k.x - 8, k.y - 8, k.x + 8, k.y + 8);
    }
    if (v.handle_drag == 0 && !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) type_bar(s, a, b, line_h);
}

// ---------------------------------------------------------------------------------------------
// Scrollbars
// ---------------------------------------------------------------------------------------------
// The front-most window whose vertical scrollbar is within a finger's reach of p, and its thumb's top
// and bottom, placed as ImGui's ScrollbarEx places it.
static ImGuiWindow* scrollbar_under(ImVec2 p, float* grab_min, float* grab_max) {
    ImGuiContext& g = *GImGui;
    for (int i = g.Windows.Size - 1; i >= 0; --i) {
        ImGuiWindow* w = g.Windows[i];
        if (!w->WasActive || w->Hidden || !w->ScrollbarY) continue;
        ImRect bar = ImGui::GetWindowScrollbarRect(w, ImGuiAxis_Y);
        ImRect reach = bar;
        reach.Min.x -= kFingerReach - bar.GetWidth() * 0.5f;
        if (!reach.Contains(p)) continue;
        const float inset = std::clamp(std::floor((bar.GetHeight() - 2) * 0.5f), 0.0f, 3.0f);
        const float track = bar.GetHeight() - 2 * inset;
        const float avail = w->InnerRect.GetHeight(), contents = w->ContentSize.y + w->WindowPadding.y * 2;
        const float grab = std::clamp(track * avail / std::max({contents, avail, 1.0f}), g.Style.GrabMinSize, track);
        const float ratio = std::clamp(w->Scroll.y / std::max(1.0f, contents - avail), 0.0f, 1.0f);
        *grab_min = bar.Min.y + inset + ratio * (track - grab);
        *grab_max = *grab_min + grab;
        return w;
    }
    return nullptr;
}

float held_x(float x, float y) {
    float grab_min = 0, grab_max = 0;
    ImGuiWindow* w = scrollbar_under(ImVec2(x, y), &grab_min, &grab_max);
    return w ? ImGui::GetWindowScrollbarRect(w, ImGuiAxis_Y).GetCenter().x : x;
}

void page_scrollbar_at(float x, float y) {
    float grab_min = 0, grab_max = 0;
    ImGuiWindow* w = scrollbar_under(ImVec2(x, y), &grab_min, &grab_max);
    if (!w || (y >= grab_min && y <= grab_max)) return;
    // A page is the view less two lines, so that the line read last is still in sight (as browsers do).
    const float page = std::max(1.0f, w->InnerRect.GetHeight() - 2 * ImGui::GetTextLineHeightWithSpacing());
    ImGui::SetScrollY(w, std::clamp(w->Scroll.y + (y < grab_min ? -page : page), 0.0f, w->ScrollMax.y));
    platform::request_redraw(2);
}

} // namespace cs::ui
