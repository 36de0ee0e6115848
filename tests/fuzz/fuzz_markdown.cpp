// Fuzzes the Markdown article import; what is imported becomes a Document, as in the app.
#include "fuzz.h"
#include "core/import/article_import.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const cs::ArticleImportResult r = cs::import_article_file("article.md", fuzz::bytes(data, size));
    if (r.ok) cs::make_document(r.article.text, r.article.meta);
    return 0;
}
