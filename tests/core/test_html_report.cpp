// HTML report: golden file, escaping of every user string, well-formed nesting of highlights.
#include "core/formats/html_report.h"
#include "formats_fixture.h"

using namespace cs;

static size_t count(const std::string& s, const std::string& what) {
    size_t n = 0;
    for (size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) ++n;
    return n;
}

TEST_CASE("html report of the fixture matches the golden file", "[html]") {
    const std::string html = export_html_report(fixture::project());
    fixture::check_golden("fixture.report.html", html);
    CHECK(count(html, "<mark") == count(html, "</mark>"));
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("http://") == html.find("http://www.w3.org/2000/svg")); // no external resource
    CHECK(html.find("Claims that rest on a source") != std::string::npos);
    CHECK(html.find("with a source: 2 of 4 (50%)") != std::string::npos);
}

TEST_CASE("html escape", "[html]") {
    CHECK(html_escape("<a href=\"x\" title='y'>&amp;</a>") ==
          "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;");
    CHECK(html_escape("d\xC3\xA9j\xC3\xA0") == "d\xC3\xA9j\xC3\xA0");
}

TEST_CASE("html report escapes every user string", "[html]") {
    const std::string a = "<script>alert(1)</script>", b = "\"><img src=x onerror=alert(1)>";
    Project p;
    p.doc = make_shared_document("Text " + a + " and " + b + " end.\n", {a + b, b, a, b, a, b, a});
    p.codebook = default_codebook();
    p.codebook.types[0].label = a;
    p.codebook.types[0].description = b;
    p.codebook.types[0].attributes[0].label = b;
    p.annotator = a;
    p.annotations = {fixture::ann(p, "a-1", "claim", a, {{"status", b}}, "", (a + b).c_str()),
                     fixture::ann(p, "a-2", "actor", b, {{"kind", a}}, (b + a).c_str(), b.c_str()),
                     fixture::ann(p, "a-3", "source", "end", {{"kind", b}}, a.c_str())};
    p.relations = {{"r-1", "said_by", "a-1", "a-2", nlohmann::json::object()},
                   {"r-2", "according_to", "a-1", "a-3", nlohmann::json::object()}};
    const std::string html = export_html_report(p);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("<img") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
    CHECK(html.find("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;") != std::string::npos);
}

TEST_CASE("html report of the sample project matches the golden file", "[html]") {
    const std::string html = export_html_report(fixture::sample());
    fixture::check_golden("sample.report.html", html);
    CHECK(count(html, "<mark") == count(html, "</mark>"));
    CHECK(html.find("with a source: 3 of 6 (50%)") != std::string::npos);
}
