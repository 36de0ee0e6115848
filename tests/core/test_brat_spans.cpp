// brat text-bound lines at their edges: a line with no offsets at all, and spans holding tabs or
// other characters that brat reads as line breaks, which the .ann text field cannot hold.
#include "core/formats/brat.h"
#include "formats_fixture.h"
#include "core/text/text.h"
#include <sstream>

using namespace cs;

namespace {

// brat's own check of a T line (server/src/annotation.py, TextAnnotations._parse_textbound_annotation):
// the text field must equal the fragments' document text joined by single spaces. Returns "" when
// every T line passes, else the first line that does not.
std::string brat_rejects(const std::string& ann, const std::string& txt) {
    const std::u32string doc = to_u32(txt);
    std::istringstream lines(ann);
    for (std::string line; std::getline(lines, line);) {
        if (line.empty() || line[0] != 'T') continue;
        const size_t tab1 = line.find('\t'), tab2 = line.find('\t', tab1 + 1);
        if (tab2 == std::string::npos) return line;
        std::istringstream spans(line.substr(line.find(' ', tab1) + 1, tab2 - line.find(' ', tab1) - 1));
        std::u32string want;
        for (std::string part; std::getline(spans, part, ';');) {
            size_t start = 0, end = 0;
            std::istringstream(part) >> start >> end;
            want += (want.empty() ? U"" : U" ") + doc.substr(start, end - start);
        }
        if (to_utf8(want) != line.substr(tab2 + 1)) return line;
    }
    return "";
}

} // namespace

TEST_CASE("brat import: a T line with a type and no offsets is reported, not read past", "[brat]") {
    const auto article = make_shared_document("Abc def");
    for (const char* ann : {"T\tA ", "T1\tClaim \tAbc", "T1\tClaim ;\tAbc"}) {
        INFO(ann);
        const ImportResult r = import_brat(ann, article, default_codebook());
        CHECK_FALSE(r.ok);
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errors[0].path == "line 1");
        CHECK(r.project.annotations.empty());
    }
    CHECK(import_brat("T\tA ", article, default_codebook()).errors[0].message ==
          "expected 'Type start end' after the id, got 'A '");
}

TEST_CASE("brat export: tabs and brat's other line breaks split a span into fragments", "[brat]") {
    Project p;
    // A tab, a form feed, U+2028 (line separator) and U+0085 (next line): Python's line splitting,
    // which brat reads .ann files with, breaks lines at the last three.
    p.doc = make_shared_document("Name\tCity\tYear\n"
                                 "Kabul\f2024 \xE2\x80\xA8 next\xC2\x85line end");
    p.codebook = default_codebook();
    auto add = [&](const char* id, uint32_t start, uint32_t end) {
        Annotation a;
        a.id = id;
        a.type = "claim";
        a.span = {start, end};
        fill_quote(a, *p.doc);
        p.annotations.push_back(a);
    };
    add("a-1", 0, 14);  // "Name\tCity\tYear"
    add("a-2", 5, 10);  // "City\t": a trailing tab is left out
    add("a-3", 15, 37); // "Kabul\f2024 \u2028 next\u0085line"
    add("a-4", 4, 5);   // only a tab: nothing brat can mark
    sort_annotations(p.annotations);
    std::vector<std::string> warnings;
    const BratFiles f = export_brat(p, &warnings);
    CHECK(f.ann == "T1\tClaim 0 4;5 9;10 14\tName City Year\n"
                   "T2\tClaim 5 9\tCity\n"
                   "T3\tClaim 15 20;21 26;27 32;33 37\tKabul 2024   next line\n");
    CHECK(warnings == std::vector<std::string>{"brat: 1 orphaned or empty annotation(s) not exported (no place in "
                                               "the text)"});
    CHECK(brat_rejects(f.ann, f.txt) == "");

    // Round trip: each annotation comes back as the one span from its first to its last fragment.
    const ImportResult r = import_brat(f.ann, make_shared_document(f.txt), default_codebook());
    REQUIRE(r.ok);
    CHECK(r.errors.empty());
    REQUIRE(r.project.annotations.size() == 3);
    CHECK(r.project.find("a-T1")->span == Span{0, 14});
    CHECK(r.project.find("a-T2")->span == Span{5, 9});
    CHECK(r.project.find("a-T3")->span == Span{15, 37});
    CHECK(r.anchors.exact == 3);
}

TEST_CASE("brat export: the golden fixture still passes brat's own check", "[brat]") {
    const BratFiles f = export_brat(fixture::project());
    CHECK(brat_rejects(f.ann, f.txt) == "");
}
