// Claimscope UI — the article view: wrapped text, highlights, selection and caret, hover
// tooltips, relation connectors; mouse and keyboard turn into selection and Editor commands.
#pragma once
#include "ui/app.h"

namespace cs::ui {

void draw_article_view(AppState& s);
// Screen rectangles (CSS px) of a code-point range as drawn in the last frame.
std::vector<Rect> article_screen_rects(const AppState& s, size_t start, size_t end);
// Tags the current selection with a type (trims surrounding spaces). Returns the new id or "".
std::string tag_selection(AppState& s, const std::string& type);
Span selection_span(const AppState& s);
void set_selection(AppState& s, size_t anchor, size_t caret);
// Selects from `fixed` to the code point `cp`, by whole words (a drag after a double click, a touch handle).
void extend_selection_by_words(AppState& s, size_t fixed, size_t cp);
// Ensures the layout matches the document, width and font (cheap when nothing changed).
// The article text's em in CSS px (shaped text and DOM fields are sized by it).
float article_em_px(const AppState& s);
void ensure_layout(AppState& s, float wrap_width);
// Lays the open article out `rounds` times into a throwaway layout, at slightly different widths:
// runs the wrapping code so that the browser optimises it before a long article arrives
// (platform/web/warm_up.cpp).
void warm_up_layout(const AppState& s, int rounds);

} // namespace cs::ui
