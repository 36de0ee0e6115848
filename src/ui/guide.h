// Claimscope UI — the first-visit guide: a small panel beside the article that asks for four things,
// each done by the user (core/guide/guide_steps.h): make a claim, tag who said it, link the two, save.
// Shown once, on the first visit (Settings::guide_seen); Help › Getting started starts it again.
// "Skip guide" or Escape (when nothing else takes it) closes it. Mouse, touch and keys all work:
// the steps are done with the app's own controls, and the panel asks only for a click or Escape.
#pragma once
#include "ui/app.h"

namespace cs::ui {

void start_guide(AppState& s);
void close_guide(AppState& s);
// Once per frame, after the views: the first visit starts the guide; its panel while it is open.
void draw_guide(AppState& s);

} // namespace cs::ui
