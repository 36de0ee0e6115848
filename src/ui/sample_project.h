// Claimscope UI — the sample article the app opens when nothing else is open, and a new project on
// any article. Its own file so that the build's font baker (src/tools/bake_fonts.cpp) makes the first
// atlas for exactly the project the app shows.
#pragma once
#include "core/model/model.h"
#include <string>

namespace cs::ui {

// A project on an article: its text and metadata, the default codebook, no annotations yet.
Project article_project(std::string_view text, const ArticleMeta& meta, DocumentWarnings* warnings = nullptr);

// The sample project: `text` (assets/sample-article.txt) cleaned as an imported article is (its
// "Advertisment" lines out, its leading "date 2024-03-09" into the metadata), with its title.
// assets/ keeps the file as it is.
Project sample_project(std::string_view text);

} // namespace cs::ui
