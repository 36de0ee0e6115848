// Claimscope UI — the sample article the app opens when nothing else is open. Its own file so
// that the build's font baker (src/tools/bake_fonts.cpp) makes the first atlas for exactly the
// project the app shows.
#pragma once
#include "core/model/model.h"
#include <string>

namespace cs::ui {

// The sample project: `text` (assets/sample-article.txt), its metadata and the default codebook.
Project sample_project(std::string_view text);

} // namespace cs::ui
