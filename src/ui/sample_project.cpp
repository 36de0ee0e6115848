// Claimscope UI — the sample article (see sample_project.h).
#include "ui/sample_project.h"
#include "core/model/codebook.h"
#include "core/model/document.h"

namespace cs::ui {

Project sample_project(std::string_view text) {
    ArticleMeta meta;
    meta.title = "Afghanistan urges cooperation as Pakistan expels Afghan refugees";
    meta.published = "2024-03-09";
    meta.language = "en";
    Project p;
    p.doc = make_shared_document(text, meta);
    p.codebook = default_codebook();
    return p;
}

} // namespace cs::ui
