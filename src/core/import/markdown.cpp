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
#include <algorithm>
#include <cctype>
#include <map>
#include <vector>

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

// ---- inline --------------------------------------------------------------------------------------
// Linear by construction: what a construct must know about what follows it (the ']' or ')'
// closing a bracket, the run of backticks closing a code span, the run closing an emphasis) is
// found for every construct in one pass first, and the passes below only move forward. Link text
// is read in place, inside a stack of the links it belongs to, not by recursion. So a megabyte of
// '[' or of "*a " costs what any other megabyte costs, and nesting costs no call stack.
constexpr size_t npos = std::string_view::npos;

// For each '[' or '(' of s, the ']' or ')' closing it (a backslash hides the character after it);
// for the first backtick of each run of backticks, where the next run of the same length starts
// (a code span's end: backslashes do not count inside code). npos where there is none.
std::vector<size_t> partners(std::string_view s) {
    std::vector<size_t> partner(s.size(), npos);
    std::vector<size_t> square, round;            // brackets not closed yet
    std::vector<std::pair<size_t, size_t>> ticks; // runs of backticks: start, length
    for (size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '`') {
            const size_t start = i;
            while (i + 1 < s.size() && s[i + 1] == '`') ++i;
            ticks.emplace_back(start, i + 1 - start);
        } else if (c == '\\') {
            if (i + 1 < s.size() && s[i + 1] != '`') ++i;
        } else if (c == '[' || c == '(') {
            (c == '[' ? square : round).push_back(i);
        } else if ((c == ']' && !square.empty()) || (c == ')' && !round.empty())) {
            std::vector<size_t>& open = c == ']' ? square : round;
            partner[open.back()] = i;
            open.pop_back();
        }
    }
    std::map<size_t, size_t> next_of_length; // run length -> start of the nearest such run to the right
    for (size_t k = ticks.size(); k-- > 0;) {
        auto [start, length] = ticks[k];
        auto it = next_of_length.find(length);
        if (it != next_of_length.end()) partner[start] = it->second;
        next_of_length[length] = start;
    }
    return partner;
}

// The first `c` at or after a position, for positions that never move back: each byte is
// looked at once over all the calls.
struct NextChar {
    char c;
    size_t at = 0;
    bool started = false;
    size_t from(std::string_view s, size_t pos) {
        if (!started || (at != npos && at < pos)) at = s.find(c, pos);
        started = true;
        return at;
    }
};

// Removes paired emphasis runs (*, **, _, __, ~~). A run opens when a non-space follows it and
// closes a run of the same characters and length when a non-space precedes it; '_' inside a word
// (snake_case) is not emphasis. An opener pairs with the first closer after it, when that closer
// lies inside the emphasis the opener is in; unpaired runs stay as written ("2 * 3"). '\x01'
// marks the next character as literal (escapes, code); the markers are kept for the caller.
std::string strip_emphasis(const std::string& s) {
    struct Run {
        size_t start, length;
        bool opens, closes;
        size_t closer = npos; // index of the first closing run of the same kind after this one
    };
    std::vector<Run> runs;
    for (size_t i = 0; i < s.size();) {
        const char c = s[i];
        if (c == '\x01') {
            i += 2;
            continue;
        }
        if (c != '*' && c != '_' && c != '~') {
            ++i;
            continue;
        }
        size_t end = i;
        while (end < s.size() && s[end] == c) ++end;
        const size_t n = end - i;
        const bool intraword = c == '_' && i > 0 && std::isalnum((unsigned char)s[i - 1]);
        const bool opens = end < s.size() && !is_space(s[end]) && !intraword && (c != '~' || n == 2);
        const bool closes = i > 0 && !is_space(s[i - 1]) && s[i - 1] != c &&
                            (c != '_' || end >= s.size() || !std::isalnum((unsigned char)s[end]));
        runs.push_back({i, n, opens, closes});
        i = end;
    }
    std::map<std::pair<char, size_t>, size_t> next_closer; // (character, length) -> nearest closing run to the right
    for (size_t r = runs.size(); r-- > 0;) {
        const std::pair<char, size_t> kind{s[runs[r].start], runs[r].length};
        auto it = next_closer.find(kind);
        if (it != next_closer.end()) runs[r].closer = it->second;
        if (runs[r].closes) next_closer[kind] = r;
    }
    std::string out;
    std::vector<size_t> open; // the closers of the emphasis being read, innermost last
    size_t r = 0;
    for (size_t i = 0; i < s.size();) {
        if (r == runs.size() || runs[r].start != i) {
            out += s[i++];
            continue;
        }
        const Run& run = runs[r];
        if (!open.empty() && open.back() == r)
            open.pop_back();
        else if (run.opens && run.closer != npos && (open.empty() || run.closer < open.back()))
            open.push_back(run.closer);
        else
            out.append(s, i, run.length);
        i += run.length;
        ++r;
    }
    return out;
}

// Inline markup -> text. Code spans are protected from the other rules.
std::string strip_inline(std::string_view s) {
    const std::vector<size_t> partner = partners(s);
    NextChar next_gt{'>'}, next_lt{'<'};
    std::string out;
    std::vector<std::pair<size_t, size_t>> links; // links whose text is being read: its ']', the link's end
    for (size_t i = 0; i < s.size();) {
        if (!links.empty() && i == links.back().first) { // the end of a link's text: skip the destination
            i = links.back().second;
            links.pop_back();
            continue;
        }
        const size_t bound = links.empty() ? s.size() : links.back().first; // the text being read ends here
        const char c = s[i];
        if (c == '\\' && i + 1 < bound && is_punct(s[i + 1])) { // escape: the character itself
            out += '\x01';                                      // marks "literal next char" for the emphasis pass
            out += s[i + 1];
            i += 2;
        } else if (c == '`') {
            size_t run = i;
            while (run < bound && s[run] == '`') ++run;
            // A run whose first backtick was escaped ("\``") opens no code span: partner[] has runs
            // from their first backtick.
            const bool escaped = i > 0 && s[i - 1] == '`';
            const size_t close = escaped ? npos : partner[i];
            if (close == npos || close + (run - i) > bound) {
                out.append(run - i, '`');
                i = run;
                continue;
            }
            for (char k : trim(s.substr(run, close - run))) {
                out += '\x01';
                out += k;
            }
            i = close + (run - i);
        } else if (c == '[' || (c == '!' && i + 1 < bound && s[i + 1] == '[')) {
            const bool image = c == '!';
            const size_t open = image ? i + 1 : i, close = partner[open];
            size_t end = npos; // where the whole link ends
            if (close != npos && close + 1 < bound && (s[close + 1] == '(' || s[close + 1] == '[')) {
                const size_t e = partner[close + 1];
                if (e != npos && e < bound)
                    end = e + 1;
                else if (s[close + 1] == '[') // "[text][": a reference link to nothing
                    end = close + 1;
            }
            if (end == npos) { // "[1]", "[^note]", "[a](b": not a link, kept as written
                out += c;
                ++i;
            } else if (image) { // images are dropped
                i = end;
            } else { // links keep their text: read on inside it
                links.emplace_back(close, end);
                i = open + 1;
            }
        } else if (c == '<') { // autolink <http://...> keeps the address; HTML tags go
            const size_t e = next_gt.from(s, i + 1);
            std::string_view inner = e < bound ? s.substr(i + 1, e - i - 1) : std::string_view();
            // An address holds no '<': then the spans checked here never overlap.
            const bool autolink = !inner.empty() && next_lt.from(s, i + 1) > e &&
                                  inner.find("://") != std::string_view::npos && inner.find(' ') == npos;
            const bool tag =
                !inner.empty() && (std::isalpha((unsigned char)inner[0]) || inner[0] == '/' || inner[0] == '!');
            if (autolink) {
                out.append(inner);
                i = e + 1;
            } else if (tag) {
                i = e + 1;
            } else {
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
        if (!t.empty() && t[0] == '>') // block quotes, nested or not: the text is kept (one cut, not one copy per '>')
            t = trim(std::string_view(t).substr(std::min(t.find_first_not_of("> \t\r"), t.size())));
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
        if (t.front() == '[' && t.find("]:") != std::string::npos && t.find("]:") == partners(t)[0]) {
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
