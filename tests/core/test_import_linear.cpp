// Markdown and HTML import on inputs built to make a careless parser quadratic: a megabyte of '['
// or of "*a ", one tag with a hundred thousand attributes. Exact output on small inputs of the
// same shapes; the megabyte inputs must simply finish (the algorithms are linear by construction:
// see markdown.cpp and html_tokenizer.cpp).
#include <catch2/catch_test_macros.hpp>
#include "core/import/article_import.h"
#include "core/import/html_dom.h"

using namespace cs;

namespace {

constexpr size_t kMegabyte = 1u << 20;

std::string md(std::string_view s) { return extract_markdown(s).text; }

std::string repeat(std::string_view unit, size_t bytes) {
    std::string out;
    while (out.size() + unit.size() <= bytes) out += unit;
    return out;
}

} // namespace

TEST_CASE("Markdown inline markup: links, brackets, emphasis and code on small inputs", "[import][markdown]") {
    CHECK(md("[[[a") == "[[[a");
    CHECK(md("[a](b") == "[a](b");
    CHECK(md("[a] [b [c](d) e](f)") == "[a] b c e");
    CHECK(md("[[a](b)](c) and ![img](i.png) [x][ref] [y][") == "a and x y[");
    CHECK(md("[a](u (v) w) [b](x") == "a [b](x");
    CHECK(md("*a *a *a") == "*a *a *a");
    CHECK(md("*a **b** c* and _u_ and ~~s~~ and snake_case_name") == "a b c and u and s and snake_case_name");
    CHECK(md("*a *b* c*") == "a *b c*");
    CHECK(md("2 * 3 * 4 and ** x **") == "2 * 3 * 4 and ** x **");
    CHECK(md("\\*not\\* *yes*") == "*not* yes");
    CHECK(md("`a``b` and ``x`` and `*y*`") == "a``b and x and *y*");
    CHECK(md("`unclosed and ``x") == "`unclosed and ``x");
    CHECK(md("<<<a> <http://x.org/a> <b>bold</b>") == "<< http://x.org/a bold");
    CHECK(md("> > > quoted\n>>text") == "quoted text");
}

TEST_CASE("Markdown import of a megabyte of open brackets or of '*a ' finishes", "[import][markdown][slow]") {
    const std::string brackets(kMegabyte, '[');
    CHECK(md(brackets) == brackets);
    const std::string stars = repeat("*a ", kMegabyte);
    CHECK(md(stars) == stars.substr(0, stars.size() - 1));
    for (const char* unit :
         {"![", "[a](", "[a][", "<", "`", "``a", "_a ", "~~a ", "**a ", "> ", "\\*", "[a](b ", "(("}) {
        INFO(unit);
        const std::string text = repeat(unit, kMegabyte);
        const std::string out = md(text);
        CHECK(out.size() <= text.size());
    }
    // Nested links: each label holds the next link, a megabyte deep.
    const size_t n = kMegabyte / 8;
    std::string nested_links = std::string(n, '[') + "x";
    for (size_t i = 0; i < n; ++i) nested_links += "](u)";
    CHECK(md(nested_links) == "x");
}

TEST_CASE("HTML tags keep at most 256 attributes, the first of each name", "[import][html]") {
    std::string tag = "<p";
    for (int i = 0; i < 300; ++i) tag += " a" + std::to_string(i) + "=" + std::to_string(i);
    const HtmlDoc d = parse_html(tag + ">text</p>");
    const auto ps = d.find_all(0, "p");
    REQUIRE(ps.size() == 1);
    const HtmlNode& p = d[ps[0]];
    REQUIRE(p.attrs.size() == 256);
    CHECK(p.attrs.front() == std::pair<std::string, std::string>{"a0", "0"});
    CHECK(p.attrs.back() == std::pair<std::string, std::string>{"a255", "255"});
    CHECK(p.attr("a299").empty());
    CHECK(html_to_text(tag + ">text</p>") == "text");

    const HtmlDoc dup = parse_html("<p id=a ID=b class=\"\" class=c title='t' title=\"u\">x</p>");
    const HtmlNode& q = dup[dup.find_all(0, "p")[0]];
    CHECK(q.attrs == std::vector<std::pair<std::string, std::string>>{{"id", "a"}, {"class", ""}, {"title", "t"}});
}

TEST_CASE("HTML import of one tag with a megabyte of attributes finishes", "[import][html][slow]") {
    std::string page = "<html><body><p";
    for (size_t i = 0; page.size() < kMegabyte; ++i) page += " data-x" + std::to_string(i) + "=\"v\"";
    page += ">The old bridge closes on Monday.</p></body></html>";
    CHECK(html_to_text(page) == "The old bridge closes on Monday.");
    const HtmlDoc d = parse_html(page);
    CHECK(d[d.find_all(0, "p")[0]].attrs.size() == 256);
}
