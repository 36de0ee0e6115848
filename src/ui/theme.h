// Claimscope UI — themes: light (default), dark, high contrast. Article colours live here too so
// highlights stay readable on each background.
#pragma once
#include "ui/app.h"

namespace cs::ui {

struct ArticleColors {
    ImU32 background, text, muted, caret, selection, find_match, find_current, connector, flash;
    float highlight_alpha; // fill opacity of "Highlight" types
};

// The style of the theme chosen (s.settings.theme), every size scaled by the text size (the whole UI grows
// with it, not only the article), and 44-px controls on a coarse pointer.
void apply_theme(const AppState& s);
const ArticleColors& article_colors(Theme t);
ImU32 type_color(uint32_t rgb, float alpha = 1.0f);
const char* theme_name(Theme t);

} // namespace cs::ui
