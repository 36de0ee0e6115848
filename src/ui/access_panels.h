// Claimscope UI — the panels' accessible copy kept in step with what ImGui drew (issue 17).
//
// ImGui reports every control it lays out through its item hooks (ImGuiTestEngineHook_ItemAdd and
// _ItemInfo, built in with IMGUI_ENABLE_TEST_ENGINE): its id, label, rectangle, window and state. Each
// frame this file sorts them into regions (menu bar, toolbar, lists, inspector, an open menu, list or
// dialog) and sends core/access/panel_mirror.h's JSON to the page when what a reader hears changed.
// The page makes a focusable element of each control (web/claimscope.js); the element that has the
// keyboard is outlined on the canvas here, and activating it presses the control.
#pragma once
#include "ui/app.h"

namespace cs::ui {

// Frame bracket, from App::frame: forget last frame's controls / sort, send, outline the focused one.
void panels_begin_frame();
void panels_end_frame(AppState& s);

// A combo's button reports no item info of its own in this ImGui: its wrapper (widgets.h, begin_combo)
// reports it, as a control that opens a list.
void note_combo(unsigned id, const char* label, const char* preview, bool open);

// The words of a control whose ImGui label is an id only ("##bar_claim"), drawn with text of its own: the
// label AppState::mark gives it. `replace`: the words replace a label that says too little on its own (two
// "Pick in text" buttons, one per link type); they keep the visible words in them (WCAG 2.5.3).
void name_panel_control(unsigned id, const std::string& words, bool replace = false);

// The control just drawn is the chosen one of its list (a combo's current option): aria-selected. ImGui's
// Selectable does not report its state; widgets.h's combo_option does, through this.
void note_chosen(unsigned id);

// The control just drawn is a splitter sizing a panel `value` CSS px wide (within [min, max]): a separator
// named `words` in the copy, in the landmark of the panel it sizes (the left one, or the right one). Returns the arrow-key steps the page sent for it since the last frame (-1 Left,
// +1 Right, several if pressed fast), which the splitter applies as a drag would.
int note_splitter(unsigned id, const std::string& words, bool sizes_left, int value, int min, int max);
// Words the panel shows beside its controls (the quote of the annotation in the inspector, a section's
// heading, a hint): read in the copy where they are drawn, never focused. ImGui's text has no id and no
// item hook, so the panels say them here.
void panel_text(const std::string& words, bool heading = false);

// From the page: arrow keys on a splitter's element.
void step_panel_control(unsigned id, int steps);

// From the page: the copy's element for control `id` has the keyboard (0: none has). The control is
// scrolled into sight and outlined.
void focus_panel_control(unsigned id);
// From the page: the element was activated (Enter, Space, a screen reader's click): the control is
// pressed, once it is in sight (after a scroll, a frame later).
void activate_panel_control(unsigned id);

} // namespace cs::ui
