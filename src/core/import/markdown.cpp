// Claimscope core — Markdown article -> plain text (headings and paragraphs kept, markup removed).
//
// Not a full CommonMark renderer: it reads the block structure line by line (front matter,
// fences, headings, quotes, lists, tables, paragraphs) and strips inline markup (emphasis, code
// spans, links, images, autolinks, HTML tags, escapes, entities). Each block becomes one line;
// blocks are separated by blank lines, as in every article text.
//
// Index
// - inline: strip_inline and its helpers
// - blocks: extract_markdown
#include "core/import/article_import.h"
#include "core/import/html_dom.h"
#include "core/text/text.h"
#include <cctype>

namespace cs {
namespace {

bool is_punct(char c) { return std::ispunct((unsigned char)c) != 0; }
bool is_space(char c) { return c == ' ' || c == '\t'; }

std::string trim(std::string_view s) {
    size_t b = s.find_first_not_of(" \t\r");
    if (b == std::string_view::npos) return "";
    size_t e = s.find_last_not_of(" \t\r");
    return std::string(s.substr(b, e - b + 1));
}

// Index of the ')' closing a link destination that starts at s[i] (just after '('), or npos.
size_t link_dest_end(std::string_view s, size_t i) {
    int depth = 0;
    for (; i < s.size(); ++i) {
        if (s[i] == '\\') {
            ++i;
            continue;
        }
        if (s[i] == '(')
            ++depth;
        else if (s[i] == ')' && depth-- == 0)
            return i;
    }
    return std::string_view::npos;
}

// Index of the ']' matching the '[' at s[i], or npos.
size_t bracket_end(std::string_view s, size_t i) {
    int depth = 0;
    for (; i < s.size(); ++i) {
        if (s[i] == '\\') {
            ++i;
            continue;
        }
        if (s[i] == '[')
            ++depth;
        else if (s[i] == ']' && --depth == 0)
            return i;
    }
    return std::string_view::npos;
}

// Removes paired emphasis runs (*, **, _, __, ~~). A run opens when a non-space follows it and
// closes at the next run of the same characters preceded by a non-space; '_' inside a word
// (snake_case) is not emphasis. Unpaired runs stay as written ("2 * 3").
std::string strip_emphasis(const std::string& s) {
    std::string out;
    size_t i = 0;
    while (i < s.size()) {
        char c = s[i];
        if (c == '\x01' && i + 1 < s.size()) {
            out.append(s, i, 2);
            i += 2;
            continue;
        } // escaped: literal
        if (c != '*' && c != '_' && c != '~') {
            out += c;
            ++i;
            continue;
        }
        size_t run = i;
        while (run < s.size() && s[run] == c) ++run;
        size_t n = run - i;
        bool intraword = c == '_' && i > 0 && std::isalnum((unsigned char)s[i - 1]);
        bool opens = run < s.size() && !is_space(s[run]) && !intraword && (c != '~' || n == 2);
        size_t close = std::string::npos;
        if (opens) {
            for (size_t j = s.find(std::string(n, c), run); j != std::string::npos;
                 j = s.find(std::string(n, c), j + 1)) {
                bool exact = (j + n >= s.size() || s[j + n] != c) && s[j - 1] != c && s[j - 1] != '\x01';
                bool after_ok = c != '_' || j + n >= s.size() || !std::isalnum((unsigned char)s[j + n]);
                if (exact && !is_space(s[j - 1]) && after_ok) {
                    close = j;
                    break;
                }
            }
        }
        if (close == std::string::npos) {
            out.append(s, i, n);
            i = run;
            continue;
        }
        out += strip_emphasis(s.substr(run, close - run));
        i = close + n;
    }
    return out;
}

// Inline markup -> text. Code spans are protected from the other rules.
std::string strip_inline(std::string_view s) {
    std::string out;
    for (size_t i = 0; i < s.size();) {
        char c = s[i];
        if (c == '\\' && i + 1 < s.size() && is_punct(s[i + 1])) { // escape: the character itself
            out += '\x01';                                         // marks "literal next char" for the emphasis pass
            out += s[i + 1];
            i += 2;
        } else if (c == '`') {
            size_t run = i;
            while (run < s.size() && s[run] == '`') ++run;
            std::string fence(run - i, '`');
            size_t end = s.find(fence, run);
            if (end == std::string_view::npos) {
                out += fence;
                i = run;
                continue;
            }
            for (char k : trim(s.substr(run, end - run))) {
                out += '\x01';
                out += k;
            }
            i = end + fence.size();
        } else if ((c == '!' && i + 1 < s.size() && s[i + 1] == '[') || c == '[') {
            bool image = c == '!';
            size_t open = image ? i + 1 : i;
            size_t close = bracket_end(s, open);
            if (close == std::string_view::npos) {
                out += c;
                ++i;
                continue;
            }
            std::string label(s.substr(open + 1, close - open - 1));
            size_t next = close + 1;
            if (next < s.size() && s[next] == '(') {
                size_t e = link_dest_end(s, next + 1);
                if (e == std::string_view::npos) {
                    out += c;
                    ++i;
                    continue;
                }
                next = e + 1;
            } else if (next < s.size() && s[next] == '[') { // reference link [text][ref]
                size_t e = s.find(']', next);
                if (e != std::string_view::npos) next = e + 1;
            } else { // "[1]", "[^note]": not a link, kept as written
                out += c;
                ++i;
                continue;
            }
            if (!image) out += strip_inline(label); // images are dropped, links keep their text
            i = next;
        } else if (c == '<') { // autolink <http://...> keeps the address; HTML tags go
            size_t e = s.find('>', i);
            std::string_view inner = e == std::string_view::npos ? std::string_view() : s.substr(i + 1, e - i - 1);
            bool autolink = inner.find("://") != std::string_view::npos && inner.find(' ') == std::string_view::npos;
            bool tag = !inner.empty() && (std::isalpha((unsigned char)inner[0]) || inner[0] == '/' || inner[0] == '!');
            if (autolink) {
                out.append(inner);
                i = e + 1;
            } else if (tag)
                i = e + 1;
            else {
                out += c;
                ++i;
            }
        } else {
            out += c;
            ++i;
        }
    }
    out = strip_emphasis(out);
    std::string clean; // drop the literal markers
    for (char k : out)
        if (k != '\x01') clean += k;
    return collapse_whitespace(decode_entities(clean));
}

// ---- block helpers -------------------------------------------------------------------------------
size_t indent_of(std::string_view l) {
    size_t n = 0;
    while (n < l.size() && is_space(l[n])) ++n;
    return n;
}

bool is_rule(const std::string& t) { // --- *** ___ (spaces allowed)
    if (t.size() < 3) return false;
    char c = t[0];
    if (c != '-' && c != '*' && c != '_') return false;
    size_t n = 0;
    for (char k : t) {
        if (k == c)
            ++n;
        else if (!is_space(k))
            return false;
    }
    return n >= 3;
}

// "- item", "* item", "+ item", "1. item", "1) item" -> the item text; npos when not a list item.
size_t list_marker_end(const std::string& t) {
    if (t.size() >= 2 && (t[0] == '-' || t[0] == '*' || t[0] == '+') && is_space(t[1])) return 2;
    size_t d = 0;
    while (d < t.size() && d < 9 && std::isdigit((unsigned char)t[d])) ++d;
    if (d > 0 && d + 1 < t.size() && (t[d] == '.' || t[d] == ')') && is_space(t[d + 1])) return d + 2;
    return std::string::npos;
}

// "# Title #" -> level 1, "Title"; 0 when not an ATX heading.
int atx_heading(const std::string& t, std::string* text) {
    size_t n = 0;
    while (n < t.size() && t[n] == '#') ++n;
    if (n == 0 || n > 6 || (n < t.size() && !is_space(t[n]))) return 0;
    std::string rest = trim(std::string_view(t).substr(n));
    size_t e = rest.find_last_not_of('#');
    if (e != std::string::npos && e + 1 < rest.size() && (e == std::string::npos || is_space(rest[e])))
        rest = trim(rest.substr(0, e + 1));
    else if (e == std::string::npos)
        rest.clear();
    *text = rest;
    return (int)n;
}

bool is_table_separator(const std::string& t) { // |---|:---:|
    if (t.find('-') == std::string::npos) return false;
    for (char c : t)
        if (c != '|' && c != '-' && c != ':' && !is_space(c)) return false;
    return true;
}

// "| a | b |" -> "a | b"
std::string table_row(const std::string& t) {
    std::string row = t;
    if (!row.empty() && row.front() == '|') row.erase(0, 1);
    if (!row.empty() && row.back() == '|') row.pop_back();
    std::string out;
    size_t s = 0;
    while (s <= row.size()) {
        size_t e = row.find('|', s);
        if (e == std::string::npos) e = row.size();
        std::string cell = strip_inline(row.substr(s, e - s));
        if (!out.empty()) out += " | ";
        out += cell;
        s = e + 1;
    }
    return out;
}

void read_front_matter(const std::vector<std::string>& lines, size_t* i, ArticleMeta& m) {
    if (lines.empty() || trim(lines[0]) != "---") return;
    for (size_t k = 1; k < lines.size(); ++k) {
        if (trim(lines[k]) == "---" || trim(lines[k]) == "...") {
            for (size_t j = 1; j < k; ++j) {
                size_t colon = lines[j].find(':');
                if (colon == std::string::npos) continue;
                std::string key = trim(std::string_view(lines[j]).substr(0, colon));
                std::string val = trim(std::string_view(lines[j]).substr(colon + 1));
                if (val.size() >= 2 && (val.front() == '"' || val.front() == '\'') && val.back() == val.front())
                    val = val.substr(1, val.size() - 2);
                for (auto& c : key) c = (char)std::tolower((unsigned char)c);
                if (key == "title")
                    m.title = val;
                else if (key == "author" || key == "byline")
                    m.author = val;
                else if (key == "date" || key == "published")
                    m.published = val;
                else if (key == "url" || key == "source_url")
                    m.url = val;
                else if (key == "outlet" || key == "source" || key == "site")
                    m.outlet = val;
                else if (key == "lang" || key == "language")
                    m.language = val;
            }
            *i = k + 1;
            return;
        }
    }
}

} // namespace

ExtractedArticle extract_markdown(std::string_view md) {
    ExtractedArticle a;
    std::vector<std::string> lines;
    {
        std::string norm = normalize_newlines(md);
        size_t s = 0;
        while (s <= norm.size()) {
            size_t e = norm.find('\n', s);
            if (e == std::string::npos) e = norm.size();
            lines.push_back(norm.substr(s, e - s));
            s = e + 1;
        }
    }
    size_t i = 0;
    read_front_matter(lines, &i, a.meta);

    std::vector<std::string> blocks;
    std::string para; // paragraph being collected (soft line breaks become spaces)
    std::string first_heading;
    auto flush = [&]() {
        std::string t = strip_inline(para);
        para.clear();
        if (!t.empty()) blocks.push_back(t);
    };
    bool in_comment = false;
    for (; i < lines.size(); ++i) {
        std::string t = trim(lines[i]);
        if (in_comment) { // multi-line HTML comment
            if (t.find("-->") != std::string::npos) in_comment = false;
            continue;
        }
        if (t.rfind("<!--", 0) == 0 && t.find("-->") == std::string::npos) {
            flush();
            in_comment = true;
            continue;
        }
        while (t.rfind(">", 0) == 0) t = trim(std::string_view(t).substr(1)); // block quotes: text kept
        if (t.empty()) {
            flush();
            continue;
        }
        if (t.rfind("```", 0) == 0 || t.rfind("~~~", 0) == 0) { // fenced code: kept as written
            flush();
            std::string fence = t.substr(0, 3), code;
            for (++i; i < lines.size() && trim(lines[i]).rfind(fence, 0) != 0; ++i) {
                if (!code.empty()) code += '\n';
                code += lines[i];
            }
            while (!code.empty() && code.back() == '\n') code.pop_back();
            if (!code.empty()) blocks.push_back(code);
            continue;
        }
        std::string heading;
        if (int level = atx_heading(t, &heading)) {
            flush();
            heading = strip_inline(heading);
            if (!heading.empty()) {
                if (a.meta.title.empty() && level == 1 && blocks.empty()) a.meta.title = heading;
                blocks.push_back(heading);
            }
            continue;
        }
        // Setext heading: the paragraph so far is the heading text.
        if (!para.empty() && !t.empty() &&
            (t.find_first_not_of('=') == std::string::npos || t.find_first_not_of('-') == std::string::npos)) {
            bool level1 = t[0] == '=';
            bool first = blocks.empty();
            flush();
            if (level1 && first && a.meta.title.empty() && !blocks.empty()) a.meta.title = blocks.back();
            continue;
        }
        if (is_rule(t)) {
            flush();
            continue;
        }
        if (t.front() == '[' && t.find("]:") != std::string::npos && t.find("]:") == bracket_end(t, 0)) {
            flush();
            continue;
        } // [ref]: url
        if (t.front() == '|') {
            flush();
            if (!is_table_separator(t)) blocks.push_back(table_row(t));
            continue;
        }
        size_t marker = list_marker_end(t);
        if (marker != std::string::npos && (para.empty() || indent_of(lines[i]) < 4)) {
            flush();
            std::string item = trim(std::string_view(t).substr(marker));
            if (item.rfind("[ ] ", 0) == 0 || item.rfind("[x] ", 0) == 0 || item.rfind("[X] ", 0) == 0)
                item.erase(0, 4);
            para = item; // continuation lines join the item
            continue;
        }
        // A line ending in two spaces or '\' is a hard break: the next line is a new line.
        bool hard_break = lines[i].size() >= 2 && lines[i].compare(lines[i].size() - 2, 2, "  ") == 0;
        if (!t.empty() && t.back() == '\\') {
            t.pop_back();
            hard_break = true;
        }
        if (!para.empty()) para += ' ';
        para += t;
        if (hard_break) flush();
    }
    flush();
    for (auto& b : blocks) {
        if (!a.text.empty()) a.text += "\n\n";
        a.text += b;
    }
    return a;
}

} // namespace cs
