// Claimscope UI — text from the article or a user (quotes, notes, entities, titles) in panels,
// hover cards and dialogs.
//
// ImGui's font holds Latin, Greek and Cyrillic. A text with anything else (Arabic, Hebrew, Indic,
// Thai, CJK, emoji, combining marks) is laid out as the article is (core TextBlocks: bidi, HarfBuzz,
// UAX #14) and drawn from the glyph atlas; right-to-left text is right-aligned. Text ImGui can draw
// still goes through ImGui: the same look, at no cost.
#pragma once
#include "ui/widgets.h"
#include <imgui.h>
#include <string_view>

namespace cs::ui {

struct AppState;

// Like ImGui::TextWrapped, wrapped at `wrap_width` (0: the width left on the row). `color` 0: the
// style's text colour.
void user_text(AppState& s, std::string_view utf8, ImU32 color = 0, float wrap_width = 0);
// One line of such text, cut at the row's end (a table cell, a status line).
void user_text_line(AppState& s, std::string_view utf8, ImU32 color = 0);
// Like ImGui::Selectable with a label that may need shaping: one line, cut at the row's end. `id`
// is ImGui's "##name".
bool user_selectable(AppState& s, const char* id, std::string_view label, bool selected);
// Draws `utf8` with its top-left at `pos` in `font` at `px`, wrapped at `wrap_width` or, with
// `one_line`, only its first line (the caller clips it). Returns the height drawn.
float draw_user_text(AppState& s, ImDrawList* dl, ImVec2 pos, std::string_view utf8, float wrap_width, ImFont* font,
                     float px, ImU32 color, bool one_line = false);
// text_field (widgets.h) whose value, when not being edited, is drawn as above.
TextFieldResult user_text_field(AppState& s, const char* label, std::string* text, TextFieldOptions options = {});

} // namespace cs::ui
