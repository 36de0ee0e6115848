// Claimscope UI — menu bar and toolbar (menus.cpp), dialogs (dialogs.cpp).
#pragma once
#include "ui/app.h"

namespace cs::ui {
void draw_menu_bar(AppState& s);
void draw_toolbar(AppState& s);
void draw_dialogs(AppState& s);
void set_text_scale(AppState& s, float scale);
// A two-finger pinch on the article (the page recognises it): phase 0 begins at centre (cx, cy), 1 scales the
// text by `ratio` of the distance between the fingers (75-250 %), 2 ends. The word under the centre stays there.
void pinch_text_scale(AppState& s, float cx, float cy, float ratio, int phase);
// The system's settings, as the page reads them (prefers-color-scheme, forced-colors, prefers-reduced-motion),
// at start and whenever they change. With no theme chosen in View, the theme follows them: forced colours
// (Windows high contrast) give the high-contrast theme, a dark scheme the dark one. A coarse primary
// pointer (pointer: coarse, a touch screen) makes every control 44 px tall.
void set_system_preferences(AppState& s, bool dark, bool forced_colors, bool reduced_motion, bool coarse_pointer);
void export_as_download(AppState& s, int format); // cs::Format as int
} // namespace cs::ui
