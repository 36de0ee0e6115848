// Claimscope UI — keeps the page's accessible mirror of the article in step with the view (issue 17).
#pragma once
#include "ui/app.h"

namespace cs::ui {

// Called by the article view each frame with the code points on screen: sends the mirror of the
// paragraphs around them (core/access/article_mirror.h) when the window or the project changed.
void sync_article_mirror(AppState& s, size_t first_cp, size_t last_cp);

} // namespace cs::ui
