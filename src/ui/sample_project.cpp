// Claimscope UI — the sample article (see sample_project.h).
#include "ui/sample_project.h"
#include "core/import/article_cleanup.h"
#include "core/model/codebook.h"
#include "core/model/document.h"

namespace cs::ui {

Project article_project(std::string_view text, const ArticleMeta& meta, DocumentWarnings* warnings) {
    Project p;
    p.doc = make_shared_document(text, meta, warnings);
    p.codebook = default_codebook();
    return p;
}

Project sample_project(std::string_view text) {
    ArticleMeta meta;
    meta.title = "Afghanistan urges cooperation as Pakistan expels Afghan refugees";
    meta.language = "en";
    const ArticleCleanup clean = clean_article(text, meta); // the date comes from the text's first line
    return article_project(clean.text, clean.meta);
}

} // namespace cs::ui
