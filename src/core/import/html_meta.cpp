// Claimscope core — article metadata from a saved web page.
//
// Order (as Mozilla Readability, whose output the tests compare against): JSON-LD of an
// Article-like type first, then <meta> tags (Dublin Core, Open Graph, Twitter, plain names),
// then <title> with the site-name suffix removed. The summary (dek) is the JSON-LD description,
// else the description <meta> tags, as Readability's excerpt.
#include "core/file/json_stream.h"
#include "core/import/article_import.h"
#include "core/import/html_dom.h"
#include <nlohmann/json.hpp>
#include <algorithm>
#include <cctype>
#include <map>

namespace cs {
namespace {

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return (char)std::tolower(c); });
    return s;
}

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// JSON-LD worth reading is a few levels deep (a list of blocks, an @graph, a list of authors).
// The walks below stop deeper than this, so their recursion stays shallow whatever the page holds.
constexpr int kMaxWalk = 8;

// "Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "Report", ...
bool is_article_type(const nlohmann::json& t, int depth = 0) {
    if (t.is_array() && depth < kMaxWalk)
        return std::any_of(t.begin(), t.end(), [&](const nlohmann::json& x) { return is_article_type(x, depth + 1); });
    if (!t.is_string()) return false;
    std::string s = t.get<std::string>();
    return ends_with(s, "Article") || ends_with(s, "Posting") || s == "Report";
}

// A person/organisation, a list of them, or a plain string -> "A, B".
std::string names_of(const nlohmann::json& v, int depth = 0) {
    if (v.is_string()) return v.get<std::string>();
    if (depth >= kMaxWalk) return "";
    if (v.is_object() && v.contains("name")) return names_of(v["name"], depth + 1);
    if (v.is_array()) {
        std::string out;
        for (auto& x : v) {
            std::string n = names_of(x, depth + 1);
            if (n.empty()) continue;
            if (!out.empty()) out += ", ";
            out += n;
        }
        return out;
    }
    return "";
}

std::string str_of(const nlohmann::json& o, const char* key) {
    auto it = o.find(key);
    return it != o.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// Finds the first Article-like object in a JSON-LD block (top level, array, or @graph).
const nlohmann::json* find_article(const nlohmann::json& j, int depth = 0) {
    if (depth >= kMaxWalk) return nullptr;
    if (j.is_array()) {
        for (auto& x : j)
            if (auto* a = find_article(x, depth + 1)) return a;
        return nullptr;
    }
    if (!j.is_object()) return nullptr;
    if (j.contains("@type") && is_article_type(j["@type"])) return &j;
    if (j.contains("@graph")) return find_article(j["@graph"], depth + 1);
    return nullptr;
}

void read_json_ld(const HtmlDoc& doc, ArticleMeta& m) {
    for (int s : doc.find_all(0, "script")) {
        if (lower(doc[s].attr("type")) != "application/ld+json") continue;
        std::string body; // raw text child (inner_text leaves scripts out)
        for (int c : doc[s].children) body += doc[c].text;
        // Some sites wrap it in CDATA (valid in XHTML, a syntax error for JSON).
        size_t cd = body.find("<![CDATA[");
        if (cd != std::string::npos) {
            body.erase(0, cd + 9);
            size_t end = body.rfind("]]>");
            if (end != std::string::npos) body.erase(end);
        }
        nlohmann::json j;
        JsonSyntaxError syntax;
        if (!parse_json(body, &j, &syntax)) continue; // broken JSON-LD: the <meta> tags may still say
        const nlohmann::json* a = find_article(j);
        if (!a) continue;
        if (m.title.empty()) m.title = str_of(*a, "headline");
        if (m.title.empty()) m.title = str_of(*a, "name");
        if (m.author.empty() && a->contains("author")) m.author = names_of((*a)["author"]);
        if (m.published.empty()) m.published = str_of(*a, "datePublished");
        if (m.outlet.empty() && a->contains("publisher")) m.outlet = names_of((*a)["publisher"]);
        if (m.url.empty()) m.url = str_of(*a, "url");
        if (m.summary.empty()) m.summary = str_of(*a, "description");
    }
}

// <title>, minus a " - Site Name" / " | Site" suffix when what is left is still a real title.
std::string cleaned_title(const HtmlDoc& doc) {
    auto titles = doc.find_all(0, "title");
    if (titles.empty()) return "";
    std::string t = collapse_whitespace(doc.inner_text(titles[0]));
    for (const char* sep : {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " \xC2\xBB ", " / ", " :: "}) {
        size_t p = t.rfind(sep);
        if (p == std::string::npos) continue;
        std::string head = t.substr(0, p);
        if (std::count(head.begin(), head.end(), ' ') >= 2) return head; // at least three words
    }
    return t;
}

} // namespace

ArticleMeta read_html_metadata(const HtmlDoc& doc) {
    ArticleMeta m;
    read_json_ld(doc, m);

    std::map<std::string, std::string> meta; // first value wins; keys lowercased
    for (int id : doc.find_all(0, "meta")) {
        const HtmlNode& n = doc[id];
        std::string content = collapse_whitespace(n.attr("content"));
        if (content.empty()) continue;
        for (const char* key_attr : {"property", "name", "itemprop"}) {
            // property="og:title article:author" lists several names
            std::string names = lower(n.attr(key_attr));
            size_t s = 0;
            while (s < names.size()) {
                size_t e = names.find(' ', s);
                if (e == std::string::npos) e = names.size();
                if (e > s) meta.emplace(names.substr(s, e - s), content);
                s = e + 1;
            }
        }
    }
    auto first = [&](std::initializer_list<const char*> keys) -> std::string {
        for (const char* k : keys) {
            auto it = meta.find(k);
            if (it != meta.end()) return it->second;
        }
        return "";
    };
    auto is_url = [](const std::string& s) { return s.rfind("http://", 0) == 0 || s.rfind("https://", 0) == 0; };

    if (m.title.empty())
        m.title = first({"dc:title", "dcterm:title", "og:title", "weibo:article:title", "twitter:title", "title"});
    if (m.title.empty()) m.title = cleaned_title(doc);
    if (m.author.empty())
        m.author = first({"dc:creator", "dcterm:creator", "author", "byline", "parsely-author", "sailthru.author", "byl",
                          "og:article:author"});
    if (m.author.empty()) {
        std::string a = first({"article:author"});
        if (!is_url(a)) m.author = a; // often a profile URL, not a name
    }
    if (m.published.empty())
        m.published =
            first({"article:published_time", "article:published", "og:published_time", "datepublished", "dc.date",
                   "dc:date", "dcterm:created", "date", "pubdate", "publishdate", "sailthru.date"});
    if (m.outlet.empty()) m.outlet = first({"og:site_name", "application-name"});
    if (m.summary.empty())
        m.summary = first({"dc:description", "dcterm:description", "og:description", "weibo:article:description",
                           "description", "twitter:description"});
    for (int id : doc.find_all(0, "link"))
        if (m.url.empty() && lower(doc[id].attr("rel")) == "canonical") m.url = doc[id].attr("href");
    if (m.url.empty()) m.url = first({"og:url"});
    auto html = doc.find_all(0, "html");
    if (!html.empty()) m.language = doc[html[0]].attr("lang");
    if (m.language.empty()) m.language = first({"og:locale", "content-language", "language"});
    // References decoded (again, for attributes): JSON-LD is script text, which the parser leaves
    // as written ("&#039;"), and sites escape their descriptions twice ("&amp;quot;"). Readability
    // decodes its metadata the same way.
    for (std::string* s : {&m.title, &m.author, &m.published, &m.outlet, &m.language, &m.summary})
        *s = collapse_whitespace(decode_entities(*s));
    m.url = collapse_whitespace(m.url); // "?a=1&copy=2" must stay as written
    return m;
}

} // namespace cs
