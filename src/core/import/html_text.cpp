// Claimscope core — visible text of an HTML tree as lines (one per block element).
#include "core/import/article_import.h"
#include "core/import/html_dom.h"
#include "core/text/text.h"

namespace cs {
namespace {

struct Lines {
    std::vector<std::string>& out;
    std::string cur;
    void add(std::string_view text) { cur += text; }
    void flush() {
        std::string line = collapse_whitespace(cur);
        cur.clear();
        if (!line.empty()) out.push_back(std::move(line));
    }
};

void walk(const HtmlDoc& doc, int id, const std::vector<char>* skip, Lines& lines) {
    if (skip && (*skip)[(size_t)id]) return;
    const HtmlNode& n = doc[id];
    if (n.is_text()) {
        lines.add(n.text);
        return;
    }
    if (is_html_non_content(n.tag)) return;
    if (n.tag == "br" || n.tag == "hr") {
        lines.flush();
        return;
    }
    if (n.tag == "img") return;
    bool block = is_html_block(n.tag);
    if (block) lines.flush();
    if (n.tag == "pre") { // keep its line structure: each source line is a line of text
        std::string t = doc.inner_text(id);
        size_t s = 0;
        while (s <= t.size()) {
            size_t e = t.find('\n', s);
            if (e == std::string::npos) e = t.size();
            lines.add(t.substr(s, e - s));
            lines.flush();
            s = e + 1;
        }
        return;
    }
    for (int c : n.children) walk(doc, c, skip, lines);
    if (block)
        lines.flush();
    else if (in_list(n.tag, {"td", "th"}))
        lines.add(" ");
}

} // namespace

bool is_html_block(std::string_view tag) {
    return in_list(tag, {"p",      "div",        "h1",      "h2",      "h3",      "h4",     "h5",      "h6",
                         "li",     "blockquote", "pre",     "section", "article", "main",   "table",   "tr",
                         "td",     "th",         "caption", "ul",      "ol",      "dl",     "dt",      "dd",
                         "figure", "figcaption", "header",  "footer",  "address", "center", "details", "summary",
                         "form",   "fieldset",   "legend",  "body",    "html",    "aside",  "nav",     "hgroup",
                         "menu",   "tbody",      "thead",   "tfoot",   "dialog",  "#root"});
}

bool is_html_non_content(std::string_view tag) {
    return in_list(tag, {"script", "style",  "noscript", "template", "head",    "title",    "meta",  "link",   "svg",
                         "math",   "canvas", "object",   "embed",    "iframe",  "video",    "audio", "select", "option",
                         "button", "input",  "textarea", "map",      "noembed", "noframes", "xmp"});
}

std::string collapse_whitespace(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    bool pending_space = false;
    for (size_t i = 0; i < s.size();) {
        size_t len = 1;
        uint32_t c = decode_utf8(s, i, &len);
        if (c == 0x200B || c == 0xFEFF || c == 0xAD) { // zero-width space, BOM, soft hyphen: invisible
        } else if (is_space(c)) {
            pending_space = true;
        } else {
            if (pending_space && !out.empty()) out += ' ';
            pending_space = false;
            out.append(s.substr(i, len));
        }
        i += len;
    }
    return out;
}

void html_block_lines(const HtmlDoc& doc, int node, const std::vector<char>* skip, std::vector<std::string>& out) {
    Lines lines{out, {}};
    walk(doc, node, skip, lines);
    lines.flush();
}

std::string html_to_text(std::string_view html) {
    HtmlDoc doc = parse_html(html);
    std::vector<std::string> lines;
    html_block_lines(doc, 0, nullptr, lines);
    std::string text;
    for (auto& l : lines) {
        if (!text.empty()) text += "\n\n";
        text += l;
    }
    return text;
}

} // namespace cs
