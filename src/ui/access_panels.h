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
// label AppState::mark gives it.
void name_panel_control(unsigned id, const std::string& words);

// From the page: the copy's element for control `id` has the keyboard (0: none has). The control is
// scrolled into sight and outlined.
void focus_panel_control(unsigned id);
// From the page: the element was activated (Enter, Space, a screen reader's click): the control is
// pressed, once it is in sight (after a scroll, a frame later).
void activate_panel_control(unsigned id);

} // namespace cs::ui
