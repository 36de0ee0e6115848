// Claimscope core — tolerant HTML tokenizer and tree builder (see html_dom.h).
//
// Index
// - element classes: void, raw text, implied end tags
// - Builder: open-element stack with the few HTML5 recovery rules news pages need
// - parse_html: the tokenizer loop (text, tags + attributes, comments, CDATA, raw text)
// - in_list, HtmlDoc helpers
#include "core/import/html_dom.h"
#include <algorithm>
#include <cctype>
#include <cstring>

namespace cs {
namespace {

bool is_void(std::string_view t) {
    return in_list(t, {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
                       "track", "wbr", "keygen", "basefont", "frame"});
}
// Their content is not markup: everything up to the matching end tag is one text node.
bool is_raw_text(std::string_view t) {
    return in_list(
        t, {"script", "style", "noscript", "template", "textarea", "title", "xmp", "iframe", "noembed", "noframes"});
}
// A start tag of these closes an open <p> (HTML's "close a p element" rule).
bool closes_p(std::string_view t) {
    return in_list(t, {"address", "article", "aside",    "blockquote", "center", "details", "dialog",  "dir",
                       "div",     "dl",      "fieldset", "figcaption", "figure", "footer",  "form",    "h1",
                       "h2",      "h3",      "h4",       "h5",         "h6",     "header",  "hgroup",  "hr",
                       "main",    "menu",    "nav",      "ol",         "p",      "pre",     "section", "summary",
                       "table",   "ul",      "li",       "dd",         "dt"});
}
// Elements an open <p> may be closed through (phrasing content).
bool is_phrasing(std::string_view t) {
    return in_list(t, {"a",      "abbr", "b",   "bdi",  "bdo", "cite", "code", "data",  "dfn",  "em",
                       "font",   "i",    "kbd", "mark", "q",   "s",    "samp", "small", "span", "strike",
                       "strong", "sub",  "sup", "time", "tt",  "u",    "var",  "label", "big",  "nobr"});
}

inline char lower(char c) { return (char)std::tolower((unsigned char)c); }
inline bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

struct Builder {
    HtmlDoc doc;
    std::vector<int> stack{0};

    // Deeper elements are not opened (their content goes to the deepest open one), so every
    // recursive walk over the tree stays within a fixed stack depth, whatever the input.
    static constexpr size_t kMaxDepth = 256;

    int add(HtmlNode n) {
        int parent = stack.back();
        n.parent = parent;
        doc.nodes.push_back(std::move(n));
        int id = (int)doc.nodes.size() - 1;
        doc.nodes[(size_t)parent].children.push_back(id);
        return id;
    }
    const std::string& top() const { return doc.nodes[(size_t)stack.back()].tag; }

    void text(std::string t) {
        if (t.empty()) return;
        // Merge with a preceding text sibling so "a &amp; b" stays one node.
        auto& kids = doc.nodes[(size_t)stack.back()].children;
        if (!kids.empty() && doc.nodes[(size_t)kids.back()].is_text()) {
            doc.nodes[(size_t)kids.back()].text += t;
            return;
        }
        HtmlNode n;
        n.text = std::move(t);
        add(std::move(n));
    }
    // Pops up to and including the nearest open `tag`, searching no deeper than a stop element.
    bool close(std::string_view tag, std::initializer_list<const char*> stops = {}) {
        for (size_t i = stack.size(); i-- > 1;) {
            const std::string& t = doc.nodes[(size_t)stack[i]].tag;
            if (t == tag) {
                stack.resize(i);
                return true;
            }
            if (in_list(t, stops)) return false;
        }
        return false;
    }
    void start(HtmlNode n, bool self_closing) {
        const std::string& t = n.tag;
        if (closes_p(t)) { // close an open <p> reachable through phrasing elements only
            for (size_t i = stack.size(); i-- > 1;) {
                const std::string& s = doc.nodes[(size_t)stack[i]].tag;
                if (s == "p") {
                    stack.resize(i);
                    break;
                }
                if (!is_phrasing(s)) break;
            }
        }
        if (t == "li")
            close("li", {"ul", "ol", "menu", "table", "div", "section", "article"});
        else if (t == "dt" || t == "dd") {
            close("dt", {"dl", "div"});
            close("dd", {"dl", "div"});
        } else if (t == "tr")
            close("tr", {"table", "tbody", "thead", "tfoot"});
        else if (t == "td" || t == "th") {
            close("td", {"tr", "table"});
            close("th", {"tr", "table"});
        } else if (t == "option")
            close("option", {"select", "datalist"});
        else if (t == "a")
            close("a", {"div", "p", "li", "td", "section", "article"}); // nested <a> is invalid
        bool leaf = self_closing || is_void(t);
        int id = add(std::move(n));
        if (!leaf && stack.size() < kMaxDepth) stack.push_back(id);
    }
    void end(std::string_view tag) {
        if (tag == "br") {
            HtmlNode n;
            n.tag = "br";
            add(std::move(n));
            return;
        } // </br> acts as <br>
        close(tag, {});
    }
};

// A tag keeps this many attributes (real pages use a few dozen at most). Past it the rest are read
// and dropped, so the check for a repeated name below stays bounded: one tag with a hundred
// thousand attributes costs what its bytes cost, not the square of their number.
constexpr size_t kMaxAttributes = 256;

// Parses attributes in s[i..] up to '>' (quotes respected); returns the index after '>' and sets
// *self_closing for "/>". The first of a repeated name counts, as in HTML.
size_t parse_attrs(std::string_view s, size_t i, HtmlNode& n, bool* self_closing) {
    *self_closing = false;
    while (i < s.size()) {
        while (i < s.size() && (is_space(s[i]) || s[i] == '/')) {
            if (s[i] == '/' && i + 1 < s.size() && s[i + 1] == '>') *self_closing = true;
            ++i;
        }
        if (i >= s.size()) break;
        if (s[i] == '>') return i + 1;
        size_t ns = i;
        while (i < s.size() && !is_space(s[i]) && s[i] != '>' && s[i] != '=' &&
               !(s[i] == '/' && i + 1 < s.size() && s[i + 1] == '>'))
            ++i;
        if (i == ns) ++i; // a lone '=' : skip it
        std::string name(s.substr(ns, i - ns));
        std::transform(name.begin(), name.end(), name.begin(), lower);
        const bool keep = !name.empty() && n.attrs.size() < kMaxAttributes &&
                          std::none_of(n.attrs.begin(), n.attrs.end(), [&](const auto& a) { return a.first == name; });
        while (i < s.size() && is_space(s[i])) ++i;
        std::string value;
        if (i < s.size() && s[i] == '=') {
            ++i;
            while (i < s.size() && is_space(s[i])) ++i;
            if (i < s.size() && (s[i] == '"' || s[i] == '\'')) {
                char q = s[i++];
                size_t e = s.find(q, i);
                if (e == std::string_view::npos) e = s.size();
                if (keep) value = decode_entities(s.substr(i, e - i));
                i = std::min(e + 1, s.size());
            } else {
                size_t vs = i;
                while (i < s.size() && !is_space(s[i]) && s[i] != '>') ++i;
                if (keep) value = decode_entities(s.substr(vs, i - vs));
            }
        }
        if (keep) n.attrs.emplace_back(std::move(name), std::move(value));
    }
    return s.size();
}

// Case-insensitive search for "</tag" from `from`.
size_t find_end_tag(std::string_view s, size_t from, std::string_view tag) {
    for (size_t i = s.find("</", from); i != std::string_view::npos; i = s.find("</", i + 2)) {
        if (i + 2 + tag.size() > s.size()) break;
        bool match = true;
        for (size_t k = 0; k < tag.size() && match; ++k) match = lower(s[i + 2 + k]) == tag[k];
        if (!match) continue;
        char after = i + 2 + tag.size() < s.size() ? s[i + 2 + tag.size()] : '>';
        if (is_space(after) || after == '>' || after == '/') return i;
    }
    return std::string_view::npos;
}

} // namespace

bool in_list(std::string_view tag, std::initializer_list<const char*> list) {
    for (const char* t : list)
        if (tag == t) return true;
    return false;
}

const std::string& HtmlNode::attr(std::string_view name) const {
    static const std::string empty;
    for (auto& a : attrs)
        if (a.first == name) return a.second;
    return empty;
}

HtmlDoc parse_html(std::string_view s) {
    Builder b;
    b.doc.nodes.emplace_back();
    b.doc.nodes[0].tag = "#root";
    size_t i = 0;
    while (i < s.size()) {
        size_t lt = s.find('<', i);
        if (lt == std::string_view::npos) lt = s.size();
        if (lt > i) b.text(decode_entities(s.substr(i, lt - i)));
        i = lt;
        if (i >= s.size()) break;
        std::string_view rest = s.substr(i);
        if (rest.compare(0, 4, "<!--") == 0) { // comment: dropped
            size_t e = s.find("-->", i + 4);
            i = e == std::string_view::npos ? s.size() : e + 3;
        } else if (rest.compare(0, 9, "<![CDATA[") == 0) { // CDATA: literal text
            size_t e = s.find("]]>", i + 9);
            size_t stop = e == std::string_view::npos ? s.size() : e;
            b.text(std::string(s.substr(i + 9, stop - i - 9)));
            i = e == std::string_view::npos ? s.size() : e + 3;
        } else if (rest.size() > 1 && (rest[1] == '!' || rest[1] == '?')) { // doctype, processing instruction
            size_t e = s.find('>', i);
            i = e == std::string_view::npos ? s.size() : e + 1;
        } else if (rest.size() > 2 && rest[1] == '/' && std::isalpha((unsigned char)rest[2])) {
            size_t ns = i + 2, ne = ns;
            while (ne < s.size() && !is_space(s[ne]) && s[ne] != '>' && s[ne] != '/') ++ne;
            std::string tag(s.substr(ns, ne - ns));
            std::transform(tag.begin(), tag.end(), tag.begin(), lower);
            size_t e = s.find('>', ne);
            i = e == std::string_view::npos ? s.size() : e + 1;
            b.end(tag);
        } else if (rest.size() > 1 && std::isalpha((unsigned char)rest[1])) {
            size_t ns = i + 1, ne = ns;
            while (ne < s.size() && !is_space(s[ne]) && s[ne] != '>' && s[ne] != '/') ++ne;
            HtmlNode n;
            n.tag = std::string(s.substr(ns, ne - ns));
            std::transform(n.tag.begin(), n.tag.end(), n.tag.begin(), lower);
            bool self_closing = false;
            i = parse_attrs(s, ne, n, &self_closing);
            std::string tag = n.tag;
            bool raw = is_raw_text(tag) && !self_closing;
            b.start(std::move(n), self_closing || raw);
            if (raw) { // raw text child; title/textarea are RCDATA (references decoded)
                size_t e = find_end_tag(s, i, tag);
                size_t stop = e == std::string_view::npos ? s.size() : e;
                std::string body(s.substr(i, stop - i));
                if (tag == "title" || tag == "textarea") body = decode_entities(body);
                int id = (int)b.doc.nodes.size() - 1;
                HtmlNode t;
                t.text = std::move(body);
                t.parent = id;
                b.doc.nodes.push_back(std::move(t));
                b.doc.nodes[(size_t)id].children.push_back((int)b.doc.nodes.size() - 1);
                size_t gt = e == std::string_view::npos ? s.size() : s.find('>', e);
                i = gt == std::string_view::npos ? s.size() : gt + 1;
            }
        } else { // a '<' that starts no tag ("a < b") is text
            b.text("<");
            ++i;
        }
    }
    return std::move(b.doc);
}

std::vector<int> HtmlDoc::find_all(int root, std::string_view tag) const {
    std::vector<int> out, todo{root};
    while (!todo.empty()) {
        int n = todo.back();
        todo.pop_back();
        if (n != root && nodes[(size_t)n].tag == tag) out.push_back(n);
        const auto& kids = nodes[(size_t)n].children;
        for (size_t k = kids.size(); k-- > 0;) todo.push_back(kids[k]);
    }
    return out;
}

std::string HtmlDoc::inner_text(int node) const {
    const HtmlNode& n = nodes[(size_t)node];
    if (n.is_text()) return n.text;
    if (n.tag == "script" || n.tag == "style" || n.tag == "noscript" || n.tag == "template") return "";
    std::string out;
    for (int c : n.children) out += inner_text(c);
    return out;
}

} // namespace cs
