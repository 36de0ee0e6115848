// Claimscope UI — the side panels and the find bar; each in its own file.
#pragma once
#include "ui/app.h"
#include <nlohmann/json.hpp>

namespace cs::ui {
void draw_left_panel(AppState& s); // annotations list + entities (annotation_list.cpp, entities_view.cpp)
void draw_annotation_list(AppState& s);
nlohmann::json list_state_json(const AppState& s); // the list's filter, for getState()
void draw_entities(AppState& s);
void draw_inspector(AppState& s); // inspector.cpp
void draw_find_bar(AppState& s);  // find_bar.cpp
// Find helpers (pure enough to test through the JS API): case-insensitive matches of `query`.
void refresh_find(AppState& s);
void find_step(AppState& s, int dir);
} // namespace cs::ui
