// Claimscope core — finding the article in a saved web page (readability-style).
//
// The idea (after Arc90's Readability, as in Mozilla's readability.js): paragraphs vote for the
// containers they sit in — by length and commas — then link-heavy containers lose, class/id
// hints push up ("article", "content", "story") or down ("comment", "sidebar", "promo"), and the
// best container plus its good siblings is the article. A cleaning pass then removes link lists,
// share bars and similar leftovers.
//
// Index
// - class/id hints
// - Extractor: drop pass, statistics, scoring, choosing the container, cleaning, lines
// - extract_html: charset, metadata, up to three attempts (as Readability: relax rules when
//   the first result is short)
#include "core/import/article_import.h"
#include "core/import/html_dom.h"
#include "core/text/text.h"
#include <algorithm>
#include <cctype>
#include <cmath>

namespace cs {
namespace {

bool contains_any(std::string_view s, std::initializer_list<const char*> list) {
    for (const char* t : list)
        if (s.find(t) != std::string_view::npos) return true;
    return false;
}
std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return (char)std::tolower(c); });
    return s;
}
// Tokens of a class/id string split at non-alphanumerics: "ad-slot top_ad" -> ad, slot, top, ad.
bool has_token(std::string_view s, std::initializer_list<const char*> tokens) {
    size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && !std::isalnum((unsigned char)s[i])) ++i;
        size_t e = i;
        while (e < s.size() && std::isalnum((unsigned char)s[e])) ++e;
        if (e > i && in_list(s.substr(i, e - i), tokens)) return true;
        i = e;
    }
    return false;
}

// ---- class/id hints (lowercased "class id" strings) -----------------------------------------
bool unlikely_candidate(std::string_view s) {
    return contains_any(s, {"-ad-",       "ai2html", "banner",    "breadcrumbs",  "combx",    "comment",  "community",
                            "cover-wrap", "disqus",  "extra",     "footer",       "gdpr",     "header",   "legends",
                            "menu",       "related", "remark",    "replies",      "rss",      "shoutbox", "sidebar",
                            "skyscraper", "social",  "sponsor",   "supplemental", "ad-break", "agegate",  "pagination",
                            "pager",      "popup",   "yom-remote"});
}
bool maybe_candidate(std::string_view s) {
    return contains_any(s, {"and", "article", "body", "column", "content", "main", "shadow"});
}
bool positive_hint(std::string_view s) {
    return contains_any(s, {"article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination",
                            "post", "text", "blog", "story"});
}
bool negative_hint(std::string_view s) {
    return contains_any(s,
                        {"-ad-",     "hidden", "banner",    "combx",   "comment",    "com-",     "contact",  "foot",
                         "footnote", "gdpr",   "masthead",  "media",   "meta",       "outbrain", "promo",    "related",
                         "scroll",   "share",  "shoutbox",  "sidebar", "skyscraper", "sponsor",  "shopping", "tags",
                         "tool",     "widget", "subscribe", "social",  "newsletter"}) ||
           has_token(s, {"hid", "nav", "ad", "ads", "advert", "advertisement"});
}
bool byline_hint(std::string_view s) {
    return contains_any(s, {"byline", "author", "dateline", "writtenby", "p-author"});
}

struct Stats {
    double len = 0, link_len = 0, commas = 0, p = 0, img = 0, li = 0, li_len = 0, input = 0, embed = 0, heading_len = 0;
    void add(const Stats& o, double sign = 1) {
        len += sign * o.len;
        link_len += sign * o.link_len;
        commas += sign * o.commas;
        p += sign * o.p;
        img += sign * o.img;
        li += sign * o.li;
        li_len += sign * o.li_len;
        input += sign * o.input;
        embed += sign * o.embed;
        heading_len += sign * o.heading_len;
    }
    double link_density() const { return len > 0 ? link_len / len : 0; }
};

size_t cp_count(std::string_view s) {
    size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

struct Extractor {
    const HtmlDoc& doc;
    bool strip_unlikely, use_weights;
    std::string title;
    std::string byline;          // found in the page body (a "By ..." element)
    std::vector<char> drop;      // removed before scoring / left out of the output
    std::vector<Stats> st;       // over kept descendants
    std::vector<char> has_block; // has a kept descendant that stops a div being a paragraph
    std::vector<double> score;
    std::vector<char> candidate;

    Extractor(const HtmlDoc& d, bool strip, bool weights, std::string t)
        : doc(d), strip_unlikely(strip), use_weights(weights), title(std::move(t)) {}

    std::string hints(int i) const { return lower(doc[i].attr("class") + " " + doc[i].attr("id")); }

    double class_weight(int i) const {
        if (!use_weights) return 0;
        double w = 0;
        for (const std::string* s : {&doc[i].attr("class"), &doc[i].attr("id")}) {
            if (s->empty()) continue;
            std::string l = lower(*s);
            if (negative_hint(l)) w -= 25;
            if (positive_hint(l)) w += 25;
        }
        return w;
    }

    bool has_ancestor(int i, std::string_view tag) const {
        for (int p = doc[i].parent; p > 0; p = doc[p].parent)
            if (doc[p].tag == tag) return true;
        return false;
    }

    bool hidden(const HtmlNode& n) const {
        for (auto& a : n.attrs)
            if (a.first == "hidden") return true;
        if (n.attr("aria-hidden") == "true") return true;
        std::string style = lower(n.attr("style"));
        style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
        return style.find("display:none") != std::string::npos || style.find("visibility:hidden") != std::string::npos;
    }

    // rel=author, itemprop=author, a byline class, or a link to an author's page ("/by/ana-ruiz").
    bool is_byline(int i, const std::string& h) const {
        const std::string href = doc[i].tag == "a" ? lower(doc[i].attr("href")) : "";
        return lower(doc[i].attr("rel")) == "author" || href.find("/by/") != std::string::npos ||
               href.find("/author/") != std::string::npos || href.find("/authors/") != std::string::npos ||
               lower(doc[i].attr("itemprop")).find("author") != std::string::npos || byline_hint(h);
    }
    // "Tech Industry by <a class=author>Steven Musil</a> January 18": the name alone, when a
    // nested element is marked as the author (or itemprop=name), else the whole element.
    int innermost_byline(int i) const {
        std::vector<int> todo(doc[i].children.rbegin(), doc[i].children.rend());
        while (!todo.empty()) { // pre-order: the first marked descendant with text
            int c = todo.back();
            todo.pop_back();
            if (doc[c].is_text() || hidden(doc[c])) continue;
            if ((is_byline(c, hints(c)) || doc[c].attr("itemprop") == "name") &&
                !collapse_whitespace(doc.inner_text(c)).empty())
                return innermost_byline(c);
            todo.insert(todo.end(), doc[c].children.rbegin(), doc[c].children.rend());
        }
        return i;
    }

    // ---- 1. what never counts: non-content tags, navigation, hidden and unlikely blocks -------
    // The byline, when node i is one: its text is kept and the node (or its "By …" parent) dropped.
    bool take_byline(int i, const std::string& h) {
        if (!byline.empty() || !is_byline(i, h)) return false;
        std::string text = collapse_whitespace(doc.inner_text(innermost_byline(i)));
        if (text.empty() || cp_count(text) >= 100) return false;
        byline = text;
        // "By <a rel=author>Ana Ruiz</a>": the "By" goes with the name.
        const int p = doc[i].parent;
        std::string rest = p > 0 ? lower(collapse_whitespace(doc.inner_text(p))) : "";
        if (p > 0 && rest.size() > text.size()) {
            rest = collapse_whitespace(rest.substr(0, rest.size() - text.size()));
            if (rest == "by" && doc.inner_text(p).find(doc.inner_text(i)) != std::string::npos) drop[(size_t)p] = 1;
        }
        drop[(size_t)i] = 1;
        return true;
    }

    // Dropped as page furniture, but a byline inside still counts ("<header>…By Ana Ruiz</header>").
    static constexpr char kDropKeepByline = 2;

    void mark_drops() {
        size_t n = doc.nodes.size();
        drop.assign(n, 0);
        for (size_t i = 1; i < n; ++i) {
            const HtmlNode& e = doc.nodes[i];
            if (drop[(size_t)e.parent]) {
                drop[i] = drop[(size_t)e.parent];
                if (drop[i] == kDropKeepByline && !e.is_text() && !is_html_non_content(e.tag) && !hidden(e))
                    take_byline((int)i, hints((int)i));
                continue;
            }
            if (e.is_text()) continue;
            const std::string& t = e.tag;
            if (is_html_non_content(t) || in_list(t, {"nav", "aside", "form", "dialog"}) || hidden(e)) {
                drop[i] = 1;
                continue;
            }
            if (in_list(t, {"header", "footer"})) {
                drop[i] = kDropKeepByline;
                continue;
            }
            if (in_list(lower(e.attr("role")),
                        {"menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog"})) {
                drop[i] = 1;
                continue;
            }
            if (t == "body" || t == "html") continue;
            std::string h = hints((int)i);
            if (take_byline((int)i, h) || t == "a") continue;
            if (strip_unlikely && unlikely_candidate(h) && !maybe_candidate(h) && !has_ancestor((int)i, "table") &&
                !has_ancestor((int)i, "code"))
                drop[i] = 1;
        }
    }

    // ---- 2. per-node text statistics (children have larger indices than their parents) ------
    void compute_stats() {
        size_t n = doc.nodes.size();
        st.assign(n, Stats{});
        has_block.assign(n, 0);
        for (size_t i = n; i-- > 1;) {
            if (drop[i]) continue;
            const HtmlNode& e = doc.nodes[i];
            Stats& s = st[i];
            if (e.is_text()) {
                std::string t = collapse_whitespace(e.text);
                s.len = (double)cp_count(t);
                s.commas = (double)std::count(t.begin(), t.end(), ',');
            } else {
                const std::string& t = e.tag;
                if (t == "a")
                    s.link_len = s.len * (e.attr("href").rfind("#", 0) == 0 ? 0.3 : 1.0);
                else if (t == "p")
                    s.p += 1;
                else if (t == "img")
                    s.img += 1;
                else if (t == "li") {
                    s.li += 1;
                    s.li_len = s.len;
                } else if (t == "input")
                    s.input += 1;
                else if (in_list(t, {"embed", "object", "iframe"}))
                    s.embed += 1;
                else if (in_list(t, {"h1", "h2", "h3", "h4", "h5", "h6"}))
                    s.heading_len = s.len;
            }
            st[(size_t)e.parent].add(s);
            if (in_list(e.tag,
                        {"blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul", "section", "article"}) ||
                has_block[i])
                has_block[(size_t)e.parent] = 1;
        }
    }

    // ---- 3. paragraphs vote for their ancestors ----------------------------------------------
    void init_candidate(int i) {
        if (candidate[(size_t)i]) return;
        candidate[(size_t)i] = 1;
        const std::string& t = doc[i].tag;
        double base = 0;
        if (t == "div")
            base = 5;
        else if (in_list(t, {"pre", "td", "blockquote"}))
            base = 3;
        else if (in_list(t, {"address", "ol", "ul", "dl", "dd", "dt", "li", "form"}))
            base = -3;
        else if (in_list(t, {"h1", "h2", "h3", "h4", "h5", "h6", "th"}))
            base = -5;
        score[(size_t)i] = base + class_weight(i);
    }

    // A paragraph of `len` characters with `commas` commas, whose parent is `parent`.
    void vote(int parent, double len, double commas) {
        if (len < 25) return;
        double s = 1 + commas + std::min(std::floor(len / 100), 3.0);
        int a = parent;
        for (int level = 0; level < 5 && a > 0 && doc[a].parent >= 0; ++level, a = doc[a].parent) {
            if (doc[a].tag == "html" || doc[a].tag == "#root") break;
            init_candidate(a);
            score[(size_t)a] += s / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
        }
    }

    void score_paragraphs() {
        size_t n = doc.nodes.size();
        score.assign(n, 0);
        candidate.assign(n, 0);
        for (size_t i = 1; i < n; ++i) {
            if (drop[i] || doc.nodes[i].is_text()) continue;
            const HtmlNode& e = doc.nodes[i];
            const std::string& t = e.tag;
            bool div_as_p = t == "div" && !has_block[i];
            if (in_list(t, {"p", "pre", "td", "section", "h2", "h3", "h4", "h5", "h6"}) || div_as_p) {
                vote(e.parent, st[i].len, st[i].commas);
            } else if (t == "div") {
                // Loose text and inline runs between blocks count as paragraphs of this div.
                Stats run;
                for (int c : e.children) {
                    if (drop[(size_t)c]) continue;
                    if (doc[c].is_text() || !is_html_block(doc[c].tag)) {
                        run.add(st[(size_t)c]);
                        continue;
                    }
                    vote((int)i, run.len, run.commas);
                    run = Stats{};
                }
                vote((int)i, run.len, run.commas);
            }
        }
    }

    // ---- 4. the best container, as Readability picks it ----------------------------------------
    int element_children(int i) const {
        int k = 0;
        for (int c : doc[i].children) k += !doc[c].is_text() && !drop[(size_t)c];
        return k;
    }
    bool is_top(int i) const { return i <= 0 || doc[i].tag == "body" || doc[i].tag == "html"; }

    int choose_top() {
        std::vector<int> cands;
        for (size_t i = 0; i < candidate.size(); ++i) {
            if (!candidate[i]) continue;
            score[i] *= 1 - st[i].link_density();
            cands.push_back((int)i);
        }
        if (cands.empty()) return -1;
        std::stable_sort(cands.begin(), cands.end(), [&](int a, int b) { return score[(size_t)a] > score[(size_t)b]; });
        int top = cands[0];
        // Several near-best candidates under one ancestor: the article is that ancestor.
        std::vector<std::vector<int>> alt;
        for (size_t k = 1; k < std::min<size_t>(cands.size(), 5); ++k) {
            if (score[(size_t)cands[k]] / score[(size_t)top] < 0.75) continue;
            std::vector<int> anc;
            for (int p = doc[cands[k]].parent; p > 0; p = doc[p].parent) anc.push_back(p);
            alt.push_back(std::move(anc));
        }
        if (alt.size() >= 3) {
            for (int p = doc[top].parent; !is_top(p); p = doc[p].parent) {
                int lists = 0;
                for (auto& a : alt) lists += std::find(a.begin(), a.end(), p) != a.end();
                if (lists >= 3) {
                    top = p;
                    break;
                }
            }
        }
        init_candidate(top);
        // Walk up while the parent scores nearly as well (the article is split in sections).
        double last = score[(size_t)top], threshold = last / 3;
        for (int p = doc[top].parent; !is_top(p); p = doc[p].parent) {
            if (!candidate[(size_t)p]) continue;
            if (score[(size_t)p] < threshold) break;
            if (score[(size_t)p] > last) {
                top = p;
                break;
            }
            last = score[(size_t)p];
        }
        while (!is_top(doc[top].parent) && element_children(doc[top].parent) == 1) top = doc[top].parent;
        return top;
    }

    // The top container and those of its siblings that look like more of the article.
    std::vector<int> gather(int top) {
        int parent = doc[top].parent;
        if (parent < 0 || is_top(top)) return {top};
        double threshold = std::max(10.0, score[(size_t)top] * 0.2);
        const std::string& top_class = doc[top].attr("class");
        std::vector<int> out;
        for (int s : doc[parent].children) {
            if (drop[(size_t)s] || doc[s].is_text()) continue;
            if (s == top) {
                out.push_back(s);
                continue;
            }
            double bonus = !top_class.empty() && doc[s].attr("class") == top_class ? score[(size_t)top] * 0.2 : 0;
            if (candidate[(size_t)s] && score[(size_t)s] + bonus >= threshold) {
                out.push_back(s);
                continue;
            }
            if (doc[s].tag == "p") {
                double len = st[(size_t)s].len, ld = st[(size_t)s].link_density();
                std::string text = collapse_whitespace(doc.inner_text(s));
                bool sentence = text.find(". ") != std::string::npos || (!text.empty() && text.back() == '.');
                if ((len > 80 && ld < 0.25) || (len > 0 && len < 80 && ld == 0 && sentence)) out.push_back(s);
            }
        }
        return out;
    }

    // ---- 5. cleaning inside the article --------------------------------------------------------
    void remove(int i, int root) {
        drop[(size_t)i] = 1;
        Stats s = st[(size_t)i];
        for (int p = doc[i].parent; p >= 0; p = doc[p].parent) {
            st[(size_t)p].add(s, -1);
            if (p == root) break;
        }
    }

    // Readability's _cleanConditionally: lists of links, image galleries, forms, short blocks
    // full of links and blocks whose class says "not content" go.
    bool looks_like_clutter(int i) const {
        const std::string& t = doc[i].tag;
        double weight = class_weight(i);
        if (weight < 0) return true; // (candidate scores are not used here: a list's -3 would drop it)
        const Stats& s = st[(size_t)i];
        if (s.commas >= 10) return false;
        bool is_list = t == "ul" || t == "ol" || (s.len > 0 && s.li_len / s.len > 0.9);
        bool in_figure = has_ancestor(i, "figure");
        double heading_density = s.len > 0 ? s.heading_len / s.len : 0;
        double li = s.li - 100;
        if (s.img > 1 && s.p / s.img < 0.5 && !in_figure) return true;
        if (!is_list && li > s.p) return true;
        if (s.input > std::floor(s.p / 3)) return true;
        if (!is_list && heading_density < 0.9 && s.len < 25 && (s.img == 0 || s.img > 2) && !in_figure) return true;
        if (!is_list && weight < 25 && s.link_density() > 0.2) return true;
        if (weight >= 25 && s.link_density() > 0.5) return true;
        if ((s.embed == 1 && s.len < 75) || s.embed > 1) return true;
        return false;
    }

    void clean(int root) {
        size_t end = (size_t)root + 1;
        while (end < doc.nodes.size()) { // subtree of root = the index range [root, end)
            int p = doc.nodes[end].parent;
            while (p > root) p = doc[p].parent;
            if (p != root) break;
            ++end;
        }
        // Children before parents, as removals change the parents' statistics.
        for (size_t i = end; i-- > (size_t)root + 1;) {
            if (drop[i] || doc.nodes[i].is_text()) continue;
            const std::string& t = doc.nodes[i].tag;
            std::string h = hints((int)i);
            bool share = has_token(h, {"share", "sharedaddy", "sharing"}) && st[i].len < 500;
            bool bad_heading = in_list(t, {"h1", "h2"}) && class_weight((int)i) < 0;
            bool clutter =
                in_list(t, {"table", "ul", "ol", "div", "fieldset", "section"}) && looks_like_clutter((int)i);
            if (share || bad_heading || clutter) remove((int)i, root);
        }
    }

    std::vector<std::string> lines_of(const std::vector<int>& roots) {
        std::vector<std::string> lines;
        for (int r : roots) {
            clean(r);
            html_block_lines(doc, r, &drop, lines);
        }
        return lines;
    }

    std::vector<std::string> run() {
        mark_drops();
        compute_stats();
        score_paragraphs();
        int top = choose_top();
        if (top < 0) { // nothing scored: the whole body
            auto bodies = doc.find_all(0, "body");
            top = bodies.empty() ? 0 : bodies[0];
            return lines_of({top});
        }
        return lines_of(gather(top));
    }
};

// The headline shown on the page: the first <h1> that matches the metadata title or the <title>
// (sites put SEO or site-wide titles in og:title), else the metadata title.
std::string headline(const HtmlDoc& doc, const std::string& meta_title) {
    auto titles = doc.find_all(0, "title");
    std::string page_title = titles.empty() ? "" : collapse_whitespace(doc.inner_text(titles[0]));
    for (int h : doc.find_all(0, "h1")) {
        std::string t = collapse_whitespace(doc.inner_text(h));
        if (same_words(t, meta_title)) return meta_title;
        if (!t.empty() && token_f1(t, page_title) > 0.5) return t;
    }
    return meta_title;
}

size_t total_len(const std::vector<std::string>& lines) {
    size_t n = 0;
    for (auto& l : lines) n += cp_count(l);
    return n;
}

} // namespace

ExtractedArticle extract_html(std::string_view html) {
    ExtractedArticle out;
    std::string transcoded;
    std::string charset = sniff_html_charset(html);
    if (charset == "windows-1252") {
        transcoded = windows1252_to_utf8(html);
        html = transcoded;
        out.warnings.push_back("page declared a Latin-1/windows-1252 charset; converted to UTF-8");
    } else if (!charset.empty() && charset != "utf-8") {
        out.warnings.push_back("page declares charset '" + charset + "', which is not supported; read as UTF-8");
    }
    HtmlDoc doc = parse_html(html);
    out.meta = read_html_metadata(doc);

    // As Readability: first with all rules; if that yields under 500 characters, again without
    // removing "unlikely" blocks, then without class/id hints; keep the longest.
    std::vector<std::string> best;
    std::string byline;
    for (int attempt = 0; attempt < 3; ++attempt) {
        Extractor ex(doc, attempt == 0, attempt < 2, out.meta.title);
        std::vector<std::string> lines = ex.run();
        if (total_len(lines) > total_len(best)) {
            best = std::move(lines);
            byline = ex.byline;
        }
        if (total_len(best) >= 500) break;
    }
    if (out.meta.author.empty()) out.meta.author = byline;
    for (const char* by : {"By ", "by ", "BY "}) // from the page's byline or a <meta name=byl>
        if (out.meta.author.rfind(by, 0) == 0) out.meta.author.erase(0, 3);
    if (best.empty()) out.warnings.push_back("no article text found in the page");

    // Page furniture ("Advertisement", a repeated headline) stays: clean_article takes it out, and
    // lists it, when the article is imported.
    out.text = headline(doc, out.meta.title);
    for (auto& line : best) {
        if (!out.text.empty()) out.text += "\n\n";
        out.text += line;
    }
    return out;
}

} // namespace cs
