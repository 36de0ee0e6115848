// Claimscope UI — menu bar and toolbar (menus.cpp), dialogs (dialogs.cpp).
#pragma once
#include "ui/app.h"

namespace cs::ui {
void draw_menu_bar(AppState& s);
void draw_toolbar(AppState& s);
void draw_dialogs(AppState& s);
void set_text_scale(AppState& s, float scale);
void export_as_download(AppState& s, int format); // cs::Format as int
} // namespace cs::ui
