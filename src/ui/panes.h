// Claimscope UI — the panes by screen width (core/render/screen_layout.h decides which): wide, the list,
// the article and the inspector side by side with splitters; medium, the article and one side panel
// whose tabs switch between the list and the inspector; narrow, the article the full width and both in
// a bottom sheet that a finger drags open or closed. Selecting an annotation brings the inspector up.
#pragma once
#include "ui/app.h"

namespace cs::ui {
// Draws the panes into the `h` CSS px left under the toolbar (the status line goes below).
void draw_panes(AppState& s, float h);
} // namespace cs::ui
