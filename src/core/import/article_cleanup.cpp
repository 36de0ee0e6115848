// Claimscope core — clean-up of an imported article (see article_cleanup.h).
//
// Index
// - matching: a line's key (lowercase, curly apostrophes straight, trailing punctuation off),
//   word counts, "is this a sentence"
// - line rules: furniture lines, page-link menus, promo brackets, photo credits, the date line
// - clean_article: one pass over the lines, then the repeated headline, then the text rebuilt
// - suggest_title
#include "core/import/article_cleanup.h"
#include "core/import/article_import.h"
#include "core/import/html_dom.h"
#include "core/text/date_format.h"
#include "core/text/text.h"
#include <algorithm>
#include <cctype>
#include <utility>

namespace cs {
namespace {

// ---- matching -----------------------------------------------------------------------------------
bool starts_with(std::string_view s, std::string_view p) { return s.size() >= p.size() && s.substr(0, p.size()) == p; }

// Lowercase ASCII, ’ as ', white space collapsed, trailing punctuation and arrows off:
// "ADVERTISEMENT", "Advertisement:" and "Read more »" compare as "advertisement", "read more".
std::string key_of(std::string_view line) {
    std::string s = collapse_whitespace(line), k;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s.compare(i, 3, "\xE2\x80\x99") == 0) { // U+2019
            k += '\'';
            i += 2;
        } else {
            k += (char)std::tolower((unsigned char)s[i]);
        }
    }
    for (;;) { // ASCII punctuation, », ›, →, … at the end
        while (!k.empty() && (std::ispunct((unsigned char)k.back()) || k.back() == ' ')) k.pop_back();
        bool cut = false;
        for (std::string_view tail : {"\xC2\xBB", "\xE2\x80\xBA", "\xE2\x86\x92", "\xE2\x80\xA6"})
            if (k.size() >= tail.size() && k.compare(k.size() - tail.size(), tail.size(), tail) == 0) {
                k.erase(k.size() - tail.size());
                cut = true;
            }
        if (!cut) return k;
    }
}

size_t word_count(std::string_view s) {
    size_t n = 0;
    bool in_word = false;
    for (char c : s) {
        bool space = c == ' ' || c == '\t';
        n += !space && !in_word;
        in_word = !space;
    }
    return n;
}

// Six words or more ending as a sentence does: a line a reader would read as text, which no
// prefixed rule ("Sign up …", "Read more …") may take out.
bool looks_like_sentence(const std::string& line) {
    std::string t = collapse_whitespace(line);
    while (!t.empty() && (t.back() == '"' || t.back() == ')' || t.back() == '\'')) t.pop_back();
    for (std::string_view q : {"\xE2\x80\x9D", "\xE2\x80\x99"}) // ” ’
        if (t.size() >= q.size() && t.compare(t.size() - q.size(), q.size(), q) == 0) t.erase(t.size() - q.size());
    return word_count(t) >= 6 && !t.empty() && (t.back() == '.' || t.back() == '!' || t.back() == '?');
}

// ---- line rules -----------------------------------------------------------------------------------
struct Rule {
    const char* reason;
    std::initializer_list<const char*> whole;    // the line's key is one of these
    std::initializer_list<const char*> prefixes; // or starts with one of these, and is no sentence
};

const Rule kRules[] = {
    {"advertisement",
     {"advertisement", "advertisment", "advertisements", "advertising", "advert", "ad", "sponsored",
      "sponsored content", "paid content", "skip advertisement", "story continues below advertisement",
      "article continues below advertisement", "supported by"},
     {}},
    {"image label", {"image", "images", "photo", "photos", "video", "picture", "gallery"}, {}},
    {"link to more",
     {"read more", "more", "continue reading", "continue reading the main story", "related", "related articles",
      "related stories", "related content", "more on this story", "recommended", "most read", "most popular"},
     {"read more:", "read more about", "read more on", "continue reading", "related:", "see also:", "more:"}},
    {"share button",
     {"share", "share this", "share this article", "share this story", "share on facebook", "share on twitter",
      "share via email", "tweet", "email", "print", "comments", "comment", "follow us", "save", "save article",
      "copy link", "link copied", "gift this article", "give this article"},
     {"share this", "share on", "follow us on"}},
    {"subscribe prompt",
     {"subscribe", "subscribe now", "sign up", "sign in", "log in", "newsletter"},
     {"subscribe to", "subscribe for", "sign up for", "sign up to", "get the newsletter", "get our newsletter"}},
    {"page links", {"order reprints", "reprints", "today's paper", "back to top", "skip to content"}, {}},
};

// Pieces of an "Order Reprints | Today's Paper | Subscribe" menu.
bool known_furniture(const std::string& key) {
    for (const Rule& r : kRules)
        if (in_list(key, r.whole)) return true;
    return in_list(key, {"facebook", "twitter", "whatsapp", "linkedin", "pinterest", "reddit", "x"});
}

// The reason a whole line is page furniture, or nullptr.
const char* furniture_reason(const std::string& line) {
    const std::string key = key_of(line);
    if (key.empty() || word_count(key) > 12) return nullptr;
    for (const Rule& r : kRules)
        if (in_list(key, r.whole)) return r.reason;
    if (looks_like_sentence(line)) return nullptr;
    for (const Rule& r : kRules)
        for (const char* p : r.prefixes)
            if (starts_with(key, p)) return r.reason;
    return nullptr;
}

// "Order Reprints | Today's Paper | Subscribe": two or more short pieces, one known.
bool page_links(const std::string& line) {
    if (line.find('|') == std::string::npos) return false;
    size_t pieces = 0;
    bool known = false;
    for (size_t s = 0; s <= line.size();) {
        size_t e = std::min(line.find('|', s), line.size());
        const std::string piece = key_of(line.substr(s, e - s));
        if (!piece.empty()) {
            if (word_count(piece) > 4) return false;
            ++pieces;
            known = known || known_furniture(piece);
        }
        s = e + 1;
    }
    return pieces >= 2 && known;
}

// "[What you need to know about the storm]": a link to another story. An editor's note in
// brackets ("[Updated …]", "[Correction: …]") is part of the article and stays.
bool promo_brackets(const std::string& line) {
    const std::string t = collapse_whitespace(line);
    if (t.size() < 3 || t.front() != '[' || t.back() != ']') return false;
    if (t.find('[', 1) != std::string::npos || t.find(']') != t.size() - 1) return false; // "[a] b [c]"
    const std::string inner = key_of(t.substr(1, t.size() - 2));
    if (inner.empty() || word_count(inner) > 30) return false;
    for (const char* note : {"update", "editor", "correction", "clarification", "note", "this story", "this article"})
        if (starts_with(inner, note)) return false;
    return true;
}

bool upper_start(std::string_view s) { // A-Z, or a non-ASCII letter (names such as "Émile")
    return !s.empty() && (std::isupper((unsigned char)s[0]) || (unsigned char)s[0] >= 0xC0);
}

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// After "Credit": "Kirsten Luce" (glued), "...Kirsten Luce" or "…Kirsten Luce" (NYT's later pages).
std::string_view after_credit_dots(std::string_view rest) {
    for (std::string_view dots : {"...", "\xE2\x80\xA6"})
        if (starts_with(rest, dots)) return rest.substr(dots.size());
    return rest;
}

// A whole line that is a photo credit: "Credit: Reuters", "CreditKirsten Luce", "Photograph: X/AFP",
// "Image copyright Getty Images". "Credit Suisse said …" (a space, then a name) is left alone.
bool credit_line(const std::string& line) {
    const std::string t = collapse_whitespace(line), key = key_of(line);
    if (word_count(t) > 12 || looks_like_sentence(t)) return false;
    if (starts_with(t, "Credit") && upper_start(after_credit_dots(std::string_view(t).substr(6))))
        return true; // "CreditKirsten Luce", as NYT's figure captions read once their spans are joined
    for (const char* p : {"credit:", "photo:", "photograph:", "photo credit:", "image:", "picture:", "image copyright",
                          "image source", "copyright:"})
        if (starts_with(key, p) && key.size() > std::char_traits<char>::length(p)) return true;
    return false;
}

// A caption with its credit glued on: "…the weather.CreditKirsten Luce for The New York Times",
// "…the current crisis Credit: DESMOND KWANDE/ AFP". Returns where the credit starts, or npos.
// The credit runs to the end of the line and holds no sentence (at most ten words, no ". ").
size_t glued_credit(const std::string& line) {
    // From the end: an earlier "Credit" has a longer rest, so the search stops at the first too long.
    for (size_t at = line.rfind("Credit"); at != std::string::npos && at > 0; at = line.rfind("Credit", at - 1)) {
        const std::string_view before = std::string_view(line).substr(0, at), rest = std::string_view(line).substr(at + 6);
        if (rest.size() > 200 || word_count(rest) > 10) break;
        bool after_sentence = false;
        for (std::string_view end : {".", "!", "?", "\"", ")", "\xE2\x80\x9D"}) // ” too
            after_sentence = after_sentence || ends_with(before, end);
        const bool glued = after_sentence && upper_start(after_credit_dots(rest));
        const bool colon = (ends_with(before, " ") || after_sentence) && starts_with(rest, ":");
        if ((glued || colon) && rest.find(". ") == std::string_view::npos) return at;
    }
    return std::string::npos;
}

// "date 2024-03-09 Amidst …" / "Date: 2024-03-09": the date, and where the rest of the line starts
// (the rest is kept byte for byte).
bool date_line(const std::string& line, std::string* date, size_t* rest) {
    auto skip_blanks = [&](size_t i) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
        return i;
    };
    size_t i = skip_blanks(0);
    if (key_of(line.substr(i, 4)) != "date") return false;
    i += 4;
    if (i < line.size() && line[i] == ':') ++i;
    const size_t d = skip_blanks(i);
    if (d == i || !is_iso_date(std::string_view(line).substr(d, 10))) return false;
    if (d + 10 < line.size() && line[d + 10] != ' ' && line[d + 10] != '\t') return false;
    *date = line.substr(d, 10);
    *rest = skip_blanks(d + 10);
    return true;
}

std::string trimmed(std::string_view s) {
    size_t b = 0, e = s.size();
    while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r')) ++b;
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r')) --e;
    return std::string(s.substr(b, e - b));
}

struct Line {
    std::string text;
    size_t number = 0; // 1-based, in the text given
    bool removed = false;
};

// The reason for a whole line going, or nullptr; `credit_at` gets where a glued credit starts.
const char* line_reason(const std::string& line, size_t* credit_at) {
    *credit_at = std::string::npos;
    if (const char* r = furniture_reason(line)) return r;
    if (page_links(line)) return "page links";
    if (promo_brackets(line)) return "promo link";
    if (credit_line(line)) return "photo credit";
    *credit_at = glued_credit(line);
    return *credit_at != std::string::npos ? "photo credit" : nullptr;
}

} // namespace

ArticleCleanup clean_article(std::string_view text, const ArticleMeta& meta) {
    ArticleCleanup out;
    out.uncleaned_text = std::string(text);
    out.uncleaned_meta = meta;
    out.meta = meta;

    std::vector<Line> lines;
    for (size_t s = 0; s <= text.size();) {
        size_t e = std::min(text.find('\n', s), text.size());
        lines.push_back({std::string(text.substr(s, e - s)), lines.size() + 1});
        s = e + 1;
    }
    auto change = [&](Line& l, const char* reason, std::string kept) {
        out.changes.push_back({trimmed(l.text), reason, kept, l.number});
        if (kept.empty())
            l.removed = true;
        else
            l.text = std::move(kept);
    };

    bool first = true, title_gone = false; // the title was a line that went or changed
    const std::string title = collapse_whitespace(meta.title);
    for (Line& l : lines) {
        if (trimmed(l.text).empty()) continue;
        const bool was_title = !title.empty() && collapse_whitespace(l.text) == title;
        const size_t changes_before = out.changes.size();
        std::string date;
        size_t rest;
        if (first && date_line(l.text, &date, &rest)) {
            if (out.meta.published.empty()) out.meta.published = date;
            change(l, "date line", trimmed(l.text.substr(rest)));
        }
        first = false;
        size_t credit_at;
        const char* reason = l.removed ? nullptr : line_reason(l.text, &credit_at);
        if (reason) change(l, reason, credit_at == std::string::npos ? "" : trimmed(l.text.substr(0, credit_at)));
        title_gone = title_gone || (was_title && out.changes.size() > changes_before);
    }

    // The headline again: the first two kept paragraphs, the first being the headline.
    std::vector<Line*> firsts;
    for (Line& l : lines)
        if (!l.removed && !trimmed(l.text).empty() && firsts.size() < 2) firsts.push_back(&l);
    if (firsts.size() == 2) {
        const std::string head = collapse_whitespace(firsts[0]->text), next = collapse_whitespace(firsts[1]->text);
        // A short line of three words or more repeated is a headline repeated, whatever the title;
        // the title alone repeated counts only after the title (not after a kicker such as "Opinion").
        const bool short_line = word_count(head) >= 3 && to_u32(head).size() <= 200;
        if ((short_line && same_words(next, head)) || (same_words(head, title) && same_words(next, title)))
            change(*firsts[1], "repeated headline", "");
    }
    std::stable_sort(out.changes.begin(), out.changes.end(),
                     [](const CleanupChange& a, const CleanupChange& b) { return a.line_number < b.line_number; });

    // Rebuilt without the removed lines, and without the blank lines after one where a blank line
    // already separates (so "A, blank, Advertisement, blank, B" becomes "A, blank, B").
    std::vector<const std::string*> kept;
    bool skip_blanks = false;
    for (const Line& l : lines) {
        const bool blank = trimmed(l.text).empty();
        if (l.removed) {
            skip_blanks = kept.empty() || trimmed(*kept.back()).empty();
            continue;
        }
        if (blank && skip_blanks) continue;
        skip_blanks = false;
        kept.push_back(&l.text);
    }
    while (!kept.empty() && trimmed(*kept.back()).empty()) kept.pop_back();
    for (size_t i = 0; i < kept.size(); ++i) out.text += (i ? "\n" : "") + *kept[i];
    size_t trailing = 0; // newlines the text ended with, kept
    while (trailing < text.size() && text[text.size() - 1 - trailing] == '\n') ++trailing;
    if (!kept.empty()) out.text.append(trailing, '\n');

    if (title_gone) out.meta.title = suggest_title(out.text);
    return out;
}

std::string suggest_title(std::string_view text) {
    for (size_t s = 0; s < text.size();) {
        size_t e = std::min(text.find('\n', s), text.size());
        std::string line = collapse_whitespace(text.substr(s, e - s));
        s = e + 1;
        if (line.empty()) continue;
        std::u32string cps = to_u32(line);
        if (cps.size() <= 120) return line;
        size_t cut = cps.rfind(U' ', 119);
        if (cut == std::u32string::npos || cut == 0) cut = 119;
        return to_utf8(cps.substr(0, cut)) + "\xE2\x80\xA6";
    }
    return "";
}

} // namespace cs
