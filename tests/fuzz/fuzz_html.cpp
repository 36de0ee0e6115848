// Fuzzes the article import of a saved web page (metadata, JSON-LD, body extraction) and the plain
// HTML-to-text conversion; what is imported becomes a Document, as in the app.
#include "fuzz.h"
#include "core/import/article_import.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view in = fuzz::bytes(data, size);
    const cs::ArticleImportResult r = cs::import_article_file("page.html", in);
    if (r.ok) cs::make_document(r.article.text, r.article.meta);
    cs::html_to_text(in);
    return 0;
}
