// Claimscope UI — Find in the article (Ctrl+F): match count, next/previous (Enter, Shift+Enter,
// F3), all matches highlighted in the text, the current one stronger.
#include "core/text/find.h"
#include "platform/platform.h"
#include "ui/access_panels.h"
#include "ui/article_view.h"
#include "ui/panels.h"
#include "ui/user_text.h"
#include "ui/widgets.h"

namespace cs::ui {

void refresh_find(AppState& s) {
    FindState& f = s.find;
    if (f.computed_for == f.query && f.computed_doc == &s.doc()) return;
    f.computed_for = f.query;
    f.computed_doc = &s.doc();
    f.matches = find_all(s.doc().text, f.query);
    f.current = first_match_from(f.matches, s.view.caret);
}

void find_step(AppState& s, int dir) {
    FindState& f = s.find;
    refresh_find(s);
    if (f.matches.empty()) return;
    f.current = step_match(f.current, dir, f.matches.size());
    const Span& m = f.matches[f.current];
    s.view.scroll_to_cp = m.start;
    s.view.scroll_center = true;
    // The match becomes the selection, ready to tag (C, A, S) or to pick as a link's end (Enter).
    set_selection(s, m.start, m.end);
    s.notify(std::to_string(f.current + 1) + " of " + std::to_string(f.matches.size()) + " matches");
}

void draw_find_bar(AppState& s) {
    FindState& f = s.find;
    if (!f.open) return;
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Find");
    ImGui::SameLine();
    // Asked again each frame until the field is really active (an activation may be dropped while
    // a click is still being processed).
    if (f.focus_input) {
        request_text_focus("##find");
        platform::request_redraw(2);
    }
    ImGui::SetNextItemWidth(std::min(320.0f, ImGui::GetContentRegionAvail().x * 0.5f));
    // Typed into a DOM field over this one (any script, any IME); Enter steps and the field stays.
    TextFieldOptions opt;
    opt.hint = "search the article";
    opt.lang = s.doc().meta.language;
    opt.enter_steps = true;
    const TextFieldResult typed = user_text_field(s, "##find", &f.query, opt);
    if (ImGui::IsItemActive()) f.focus_input = false;
    s.mark("find/input", "Find");
    bool had = f.computed_for == f.query;
    refresh_find(s);
    if (!had && f.current >= 0) {
        s.view.scroll_to_cp = f.matches[f.current].start;
        s.view.scroll_center = true;
    }
    if (typed.step) find_step(s, typed.step);
    ImGui::SameLine();
    if (f.query.empty())
        ImGui::TextDisabled("type to search");
    else if (f.matches.empty())
        ImGui::TextColored(ImVec4(0.8f, 0.25f, 0.1f, 1), "no matches");
    else
        ImGui::Text("%d of %d", f.current + 1, (int)f.matches.size());
    ImGui::SameLine();
    // Drawn as symbols: the panels' copy names them in words (ui/access_panels.h).
    if (ImGui::ArrowButton("##prev", ImGuiDir_Up)) find_step(s, -1);
    name_panel_control(ImGui::GetItemID(), "Previous match");
    ImGui::SetItemTooltip("Previous match (Shift+Enter)");
    ImGui::SameLine();
    if (ImGui::ArrowButton("##next", ImGuiDir_Down)) find_step(s, +1);
    name_panel_control(ImGui::GetItemID(), "Next match");
    ImGui::SetItemTooltip("Next match (Enter)");
    ImGui::SameLine();
    const bool select = ImGui::Button("Select match");
    s.mark("find/select");
    if (select && f.current >= 0) set_selection(s, f.matches[f.current].start, f.matches[f.current].end);
    ImGui::SetItemTooltip("Select the current match, ready to tag");
    ImGui::SameLine();
    // Escape in the field ends its edit (the query goes back to what it was) and closes the bar.
    const bool close = small_button("x", s.panes.coarse_pointer);
    name_panel_control(ImGui::GetItemID(), "Close Find", true);
    if (close || typed.cancelled ||
        (ImGui::IsKeyPressed(ImGuiKey_Escape) && ImGui::IsWindowFocused(ImGuiFocusedFlags_ChildWindows)))
        f.open = false;
    if (ImGui::IsKeyPressed(ImGuiKey_F3)) find_step(s, ImGui::GetIO().KeyShift ? -1 : +1);
}

} // namespace cs::ui
