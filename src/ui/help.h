// Claimscope UI — the Help menu and its windows: Getting started (the guide, guide.h), Keyboard
// shortcuts (also opened by "?"), What are claims, actors and sources?, the documentation (pages
// served with the app, so it opens offline) and About (version, licences).
#pragma once
#include "ui/app.h"

namespace cs::ui {

void draw_help_menu(AppState& s); // in the menu bar, after Class
// Once per frame, after the dialogs: "?" and the Help windows, then the guide (guide.h).
void draw_help(AppState& s);

} // namespace cs::ui
