// Claimscope core — internal to the article importer: a tolerant HTML tokenizer + tree builder,
// character references and legacy charsets. Not a full HTML5 parser: it handles what saved news
// pages contain (unclosed <p>/<li>, stray end tags, raw-text elements, CDATA, comments) and
// never fails — any byte sequence yields some tree.
//
// Index
// - HtmlNode / HtmlDoc: a flat vector of nodes, node 0 is the document root
// - parse_html: bytes (UTF-8) -> HtmlDoc; in_list, the tag-class test the importer shares
// - decode_entities: &amp; &#233; &#x2014; &nbsp; ... -> UTF-8 (windows-1252 fix-ups for &#128;-&#159;)
// - transcode_to_utf8: windows-1252 / iso-8859-1 bytes -> UTF-8; sniff_html_charset
#pragma once
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cs {

struct HtmlNode {
    std::string tag;                                        // lowercase element name; empty for a text node
    std::string text;                                       // text nodes: decoded text (raw text for script/style)
    std::vector<std::pair<std::string, std::string>> attrs; // names lowercase, values decoded; the first
                                                            // of each name, at most 256 (html_tokenizer.cpp)
    std::vector<int> children;
    int parent = -1;

    bool is_text() const { return tag.empty(); }
    // Empty string when absent.
    const std::string& attr(std::string_view name) const;
};

struct HtmlDoc {
    std::vector<HtmlNode> nodes; // nodes[0] is the root ("#root")
    const HtmlNode& operator[](int i) const { return nodes[(size_t)i]; }
    // All descendants of `root` (pre-order) with the given tag.
    std::vector<int> find_all(int root, std::string_view tag) const;
    // Concatenated text of all text descendants (scripts/styles excluded), whitespace as found.
    std::string inner_text(int node) const;
};

HtmlDoc parse_html(std::string_view html);
// Is `tag` one of `list`? (Tag names are lowercase once parsed.)
bool in_list(std::string_view tag, std::initializer_list<const char*> list);

// Decodes character references in text (or an attribute value). Unknown references stay as
// written; numeric references to NUL, surrogates or beyond U+10FFFF become U+FFFD.
std::string decode_entities(std::string_view s);

// "utf-8", "windows-1252" (also for iso-8859-1/latin1/us-ascii, as browsers do) or "" when
// the first 4 KB declare nothing.
std::string sniff_html_charset(std::string_view html);
std::string windows1252_to_utf8(std::string_view bytes);

// Page metadata from JSON-LD (NewsArticle & co.), <meta> tags, <link rel=canonical>, <html lang>
// and <title>, in the order Readability uses (see html_meta.cpp).
struct ArticleMeta;
ArticleMeta read_html_metadata(const HtmlDoc& doc);

// Appends the visible text under `node` as lines: one per block element (p, li, h1-h6, div, ...),
// whitespace collapsed, inline elements joined. `skip` (may be null): skip[i] != 0 leaves node i
// and its subtree out. Scripts, styles and other non-content elements are always left out.
void html_block_lines(const HtmlDoc& doc, int node, const std::vector<char>* skip, std::vector<std::string>& lines);
bool is_html_block(std::string_view tag);
// Non-content elements: script, style, noscript, template, head-only tags, svg, form controls.
bool is_html_non_content(std::string_view tag);
// Collapses runs of white space (is_space, text.h) to one space, trims; zero-width spaces, BOMs
// and soft hyphens are dropped (they show nothing, not even a space).
std::string collapse_whitespace(std::string_view s);

} // namespace cs
