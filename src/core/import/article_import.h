// Claimscope core — bringing an article in from a file: plain text, Markdown or a saved web page.
//
// Pure C++ (standard library + nlohmann_json). The text returned becomes the Document text
// (make_document normalises it again): paragraphs separated by blank lines, headline first.
//
// Index
// - ExtractedArticle / ArticleImportResult
// - import_article_file: kind by file name + content sniffing, size/binary/empty checks, then the
//   clean-up (article_cleanup.h) on every kind
// - extract_html: metadata (JSON-LD, <meta>, <title>) + readability-style body extraction
// - extract_markdown, html_to_text
// - token_f1: how close an extraction is to a reference (bag of case-folded word tokens); same_words
#pragma once
#include "core/import/article_cleanup.h"
#include "core/model/document.h"
#include <string>
#include <string_view>
#include <vector>

namespace cs {

struct ExtractedArticle {
    std::string text;
    ArticleMeta meta;
    std::vector<std::string> warnings; // things the user may want to check (shown, not fatal)
};

struct ArticleImportResult {
    bool ok = false;
    ExtractedArticle article; // cleaned by clean_article (article_cleanup.h)
    // What the clean-up took out or changed, for the import notice, and the article as extracted
    // before it: "Undo clean-up" opens uncleaned_text with uncleaned_meta.
    std::vector<CleanupChange> cleanup;
    std::string uncleaned_text;
    ArticleMeta uncleaned_meta;
    std::string error; // when !ok: names the file and the problem
};

constexpr size_t kMaxArticleFileBytes = 20u * 1024u * 1024u;

// What the file name says an article file is: ".txt"/".text", ".md"/".markdown"/".mdown"/".mkd",
// ".html"/".htm"/".xhtml"/".shtml" (any case). Sniff: no extension, or none that looks like one
// (over 5 letters after the dot): the content decides. Other: an extension of another kind of file.
enum class ArticleKind { Text, Markdown, Html, Sniff, Other };
ArticleKind article_kind(std::string_view file_name);

// ".txt", ".md"/".markdown", ".html"/".htm" (and ".xhtml"); other or missing extensions are
// sniffed (markup -> HTML, else text). Binary (NUL bytes, mostly control bytes), empty, oversized
// (> 20 MB) or content-free files fail with a message naming the file. The article is cleaned
// (clean_article): `cleanup` lists what went, `uncleaned_*` keep what came before.
ArticleImportResult import_article_file(const std::string& file_name, std::string_view bytes);

// Title, byline (author), date, outlet (og:site_name), summary (the dek: description), url
// (canonical/og:url), language (html lang); text = headline + the article's paragraphs, one per
// line, separated by blank lines. Page furniture is left for clean_article.
ExtractedArticle extract_html(std::string_view html);

// Headings and paragraphs kept as text lines with the markup removed: emphasis, links -> their
// text, images dropped, code fences kept as text, list items as lines, HTML tags stripped.
// A leading "# Heading" becomes meta.title; YAML front matter (title/author/date/url) is read.
ExtractedArticle extract_markdown(std::string_view md);

// All visible text of an HTML fragment or page (no article detection): one block per line,
// blocks separated by blank lines. Used to compare extractions with a reference.
std::string html_to_text(std::string_view html);

// Bag-of-words F1 over case-folded word tokens (letters/digits, inner apostrophes/hyphens kept).
// 1.0 when both are empty.
double token_f1(std::string_view extracted, std::string_view reference);
// True when `a` and `b` share most of their words (token F1 over 0.75): a heading repeating the title.
bool same_words(std::string_view a, std::string_view b);

} // namespace cs
