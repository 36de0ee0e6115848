// Claimscope UI — the first-visit guide's panel (see guide.h).
#include "ui/guide.h"
#include "platform/platform.h"
#include <algorithm>

namespace cs::ui {

// Each step's words: short, with an example from the sample article, for the pointer in hand (a finger
// has no right button and no keys to press).
static const char* step_text(GuideStep step, bool touch) {
    switch (step) {
        case GuideStep::Claim:
            return touch ? "Make a claim. Select a phrase that states something, e.g. \xE2\x80\x9C"
                           "a desire for Afghanistan and Pakistan to collaboratively find a solution\xE2\x80\x9D: "
                           "press and hold a word, drag the handles over the phrase, then tap Claim."
                         : "Make a claim. Select a phrase that states something, e.g. \xE2\x80\x9C"
                           "a desire for Afghanistan and Pakistan to collaboratively find a solution\xE2\x80\x9D: drag "
                           "over it (or find it with Ctrl+F). Then press C or click Claim.";
        case GuideStep::Actor:
            return touch ? "Tag who said it. Select \xE2\x80\x9C"
                           "Abdul Qahar Balkhi\xE2\x80\x9D, then tap Actor."
                         : "Tag who said it. Select \xE2\x80\x9C"
                           "Abdul Qahar Balkhi\xE2\x80\x9D, then press A or click Actor.";
        case GuideStep::Link:
            return touch ? "Link them. Tap your claim; in the Inspector, under \xE2\x80\x9Csaid by\xE2\x80\x9D, "
                           "choose the actor from Add Actor."
                         : "Link them. Click your claim; in the Inspector, under \xE2\x80\x9Csaid by\xE2\x80\x9D, "
                           "choose the actor from Add Actor. (Or right-click the claim, or press Shift+F10 in it: "
                           "Link said by, then click the actor, or select it and press Enter.)";
        case GuideStep::Save:
            return touch ? "Save your work. Tap Save; the first time, type your name."
                         : "Save your work. Press Ctrl+S or choose File \xE2\x80\xBA Save; the first time, type "
                           "your name.";
        case GuideStep::Done:
            return "Done: you made your first linked claim. Help \xE2\x80\xBA What are claims, actors and sources? "
                   "says more.";
    }
    return "";
}

void start_guide(AppState& s) {
    HelpUi& h = s.help;
    h.guide = true;
    h.step = GuideStep::Claim;
    h.start = guide_start(s.project(), s.session.files_saved);
    h.advanced_revision = ~0ull; // work the step out on the next frame
    if (!s.settings.guide_seen) {
        s.settings.guide_seen = true; // shown once: a reload does not bring it back
        s.settings_dirty = true;
    }
    platform::request_redraw(2);
}

void close_guide(AppState& s) {
    s.help.guide = false;
    platform::request_redraw(2);
}

// Escape closes the guide only when nothing else would have taken it: the article's linking, its
// selection or selected annotation, a popup or a text field (checked at the end of the last frame,
// before this frame's keys changed them).
static bool escape_is_free(const AppState& s) {
    return s.pick_relation.empty() && s.view.anchor == s.view.caret && s.selected_id.empty() &&
           !ImGui::GetIO().WantTextInput && !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId);
}

void draw_guide(AppState& s) {
    HelpUi& h = s.help;
    if (!h.first_visit_checked) {
        h.first_visit_checked = true;
        // A first visit: no setting says the guide was seen, and no stored work was reopened.
        if (!s.settings.guide_seen && s.session.key.empty()) start_guide(s);
    }
    if (!h.guide) return;
    if (h.escape_free && ImGui::IsKeyPressed(ImGuiKey_Escape, false)) {
        close_guide(s);
        s.notify("Guide closed: Help \xE2\x80\xBA Getting started opens it again");
        return;
    }
    if (h.advanced_revision != s.editor.revision() || h.advanced_doc != s.project().doc.get() ||
        h.advanced_saves != s.session.files_saved) {
        h.advanced_revision = s.editor.revision();
        h.advanced_doc = s.project().doc.get();
        h.advanced_saves = s.session.files_saved;
        h.step = guide_advance(h.step, s.project(), h.start, s.session.files_saved);
    }

    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float width = std::min(ImGui::GetFontSize() * 22, vp->Size.x - 24);
    // Never over what the step asks for. Above the status line: bottom right (over the side panel's lower
    // part) while the step is in the text; bottom left (over the lists or the text's lower part) while it is
    // in the inspector (the link). A phone's inspector is its bottom sheet: at the text's top then.
    const float bottom = vp->Pos.y + vp->Size.y - ImGui::GetFrameHeight() * 2;
    ImVec2 pos(vp->Pos.x + vp->Size.x - 12, bottom), pivot(1, 1);
    if (h.step == GuideStep::Link && s.panes.layout == ScreenLayout::Narrow) {
        const auto article = s.ui_rects.find("article");
        pos = ImVec2(vp->Pos.x + vp->Size.x * 0.5f, article != s.ui_rects.end() ? article->second.y + 8 : vp->Pos.y + 96);
        pivot = ImVec2(0.5f, 0);
    } else if (h.step == GuideStep::Link) {
        pos = ImVec2(vp->Pos.x + 12, bottom);
        pivot = ImVec2(0, 1);
    }
    ImGui::SetNextWindowPos(pos, ImGuiCond_Always, pivot);
    ImGui::SetNextWindowSize(ImVec2(width, 0));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                   ImGuiWindowFlags_NoNav | ImGuiWindowFlags_AlwaysAutoResize;
    if (ImGui::Begin("Getting started##guide", nullptr, flags)) {
        const bool done = h.step == GuideStep::Done;
        if (!done) ImGui::TextDisabled("Step %d of %d", (int)h.step + 1, kGuideSteps);
        const char* text = step_text(h.step, s.view.touch_ui || s.panes.coarse_pointer);
        ImGui::TextWrapped("%s", text);
        s.mark("guide/text", text);
        const bool close = ImGui::Button(done ? "Close" : "Skip guide");
        s.mark("guide/close", done ? "Close" : "Skip guide");
        if (!done) ImGui::SetItemTooltip("Help \xE2\x80\xBA Getting started opens it again (Esc closes it too)");
        if (close) close_guide(s);
    }
    ImGui::End();
    h.escape_free = escape_is_free(s);
}

} // namespace cs::ui
