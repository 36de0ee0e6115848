#pragma once
#include "ui/app.h"

namespace cs::ui {
// Hover card for the annotations under the mouse: type, entity, attributes, note excerpt, links.
void annotation_tooltip(AppState& s, const std::vector<int>& indices);
// "Claim", "Actor"... for an annotation; "said by Balkhi" style link descriptions.
std::string type_label(const Project& p, const std::string& type_id);
std::string short_quote(const std::string& text, size_t max_cp = 48);
std::string describe_annotation(const Project& p, const Annotation& a); // entity or quote
// The entity and the quote, or the quote alone when there is no entity (never the quote twice).
std::string describe_with_quote(const Annotation& a, size_t max_cp);
} // namespace cs::ui
