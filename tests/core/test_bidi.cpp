// Bidirectional text (UAX #9) through FriBidi: Unicode's two conformance files, whole, and a few readable cases.
#include "core/text/bidi.h"
#include "unicode_fixture.h"
#include <catch2/catch_test_macros.hpp>
#include <map>

using namespace cs;
using cs_test::for_each_data_line;
using cs_test::parse_numbers;
using cs_test::unicode_file;

namespace {

// One case's expectations: a level per code point (-1 where the file says x: a character rule X9 removes) and
// the visual order of the characters that are not removed.
struct Expected {
    std::vector<int> levels;
    std::vector<uint32_t> order;
};

std::vector<int> parse_levels(const std::string& s) {
    std::vector<int> out;
    std::istringstream in(s);
    std::string word;
    while (in >> word) out.push_back(word == "x" ? -1 : std::stoi(word));
    return out;
}

// What bidi_paragraph + bidi_line_runs (the whole paragraph as one line) give, in the files' terms.
bool matches(std::u32string_view text, TextDirection dir, const Expected& want, int want_paragraph_level = -1) {
    const BidiParagraph p = bidi_paragraph(text, dir);
    if (want_paragraph_level >= 0 && p.level != want_paragraph_level) return false;
    std::vector<int> levels(text.size(), -1);
    std::vector<uint32_t> order;
    for (const BidiRun& r : bidi_line_runs(text, p, 0, text.size()))
        for (uint32_t k = 0; k < r.end - r.start; k++) {
            const uint32_t i = r.rtl() ? r.end - 1 - k : r.start + k;
            levels[i] = r.level;
            if (want.levels[i] >= 0) order.push_back(i);
        }
    for (size_t i = 0; i < text.size(); i++)
        if (want.levels[i] >= 0 && levels[i] != want.levels[i]) return false;
    return order == want.order;
}

// BidiTest.txt speaks in bidi classes; each becomes one code point of that class (none of them a bracket: this
// file does not test bracket pairs).
const std::map<std::string, char32_t> kClassSample = {
    {"L", U'a'},     {"R", 0x05D0},   {"AL", 0x0627},  {"EN", U'1'},    {"ES", U'+'},    {"ET", U'$'},
    {"AN", 0x0660},  {"CS", U','},    {"NSM", 0x0300}, {"BN", 0x00AD},  {"B", 0x2029},   {"S", U'\t'},
    {"WS", U' '},    {"ON", U'!'},    {"LRE", 0x202A}, {"RLE", 0x202B}, {"PDF", 0x202C}, {"LRO", 0x202D},
    {"RLO", 0x202E}, {"LRI", 0x2066}, {"RLI", 0x2067}, {"FSI", 0x2068}, {"PDI", 0x2069}};

} // namespace

TEST_CASE("bidi: BidiTest.txt, every case in every paragraph direction it lists", "[bidi][unicode]") {
    Expected want;
    size_t cases = 0;
    std::vector<size_t> failed_lines;
    for_each_data_line(unicode_file("BidiTest.txt"), [&](size_t line_no, const std::string& line) {
        if (line.rfind("@Levels:", 0) == 0) return void(want.levels = parse_levels(line.substr(8)));
        if (line.rfind("@Reorder:", 0) == 0) return void(want.order = parse_numbers(line.substr(9), 10));
        if (line[0] == '@') return;
        const size_t semi = line.find(';');
        std::u32string text;
        std::istringstream classes(line.substr(0, semi));
        std::string name;
        while (classes >> name) text += kClassSample.at(name);
        REQUIRE(text.size() == want.levels.size());
        const int directions = std::stoi(line.substr(semi + 1)); // bits: 1 auto, 2 LTR, 4 RTL
        bool ok = true;
        for (auto [bit, dir] : {std::pair{1, TextDirection::Auto}, std::pair{2, TextDirection::LeftToRight},
                                std::pair{4, TextDirection::RightToLeft}})
            if (directions & bit) {
                cases++;
                ok = matches(text, dir, want) && ok;
            }
        if (!ok) failed_lines.push_back(line_no);
    });
    CHECK(cases == 770241);
    CHECK(failed_lines == std::vector<size_t>{});
}

TEST_CASE("bidi: BidiCharacterTest.txt, with bracket pairs and the paragraph level", "[bidi][unicode]") {
    std::vector<size_t> failed_lines;
    const size_t cases =
        for_each_data_line(unicode_file("BidiCharacterTest.txt"), [&](size_t line_no, const std::string& line) {
            std::vector<std::string> f;
            std::istringstream in(line);
            for (std::string field; std::getline(in, field, ';');) f.push_back(field);
            REQUIRE(f.size() == 5);
            std::u32string text;
            for (uint32_t cp : parse_numbers(f[0], 16)) text += (char32_t)cp;
            const TextDirection dir[] = {TextDirection::LeftToRight, TextDirection::RightToLeft, TextDirection::Auto};
            const Expected want{parse_levels(f[3]), parse_numbers(f[4], 10)};
            if (!matches(text, dir[std::stoi(f[1])], want, std::stoi(f[2]))) failed_lines.push_back(line_no);
        });
    CHECK(cases == 91707);
    CHECK(failed_lines == std::vector<size_t>{});
}

TEST_CASE("bidi: an Arabic sentence with a number and an English name reads as a browser shows it", "[bidi]") {
    // "قال Ali إن 25 شخصا" : right-to-left paragraph; the Latin name and the number stay left to right inside.
    const std::u32string text = U"\u0642\u0627\u0644 Ali \u0625\u0646 25 \u0634\u062E\u0635\u0627";
    const BidiParagraph p = bidi_paragraph(text, TextDirection::Auto);
    CHECK(p.level == 1);
    const std::vector<BidiRun> runs = bidi_line_runs(text, p, 0, text.size());
    // Left to right on screen: the last Arabic word first, the number, the middle Arabic, "Ali", the first word.
    // The spaces between directions take the paragraph's; "25" after Arabic letters is an Arabic number (W2).
    REQUIRE(runs.size() == 5);
    CHECK((runs[0].start == 13 && runs[0].end == 18 && runs[0].level == 1)); // " شخصا"
    CHECK((runs[1].start == 11 && runs[1].end == 13 && runs[1].level == 2)); // "25"
    CHECK((runs[2].start == 7 && runs[2].end == 11 && runs[2].level == 1));  // " إن "
    CHECK((runs[3].start == 4 && runs[3].end == 7 && runs[3].level == 2));   // "Ali"
    CHECK((runs[4].start == 0 && runs[4].end == 4 && runs[4].level == 1));   // "قال "
}

TEST_CASE("bidi: a line's trailing space goes back to the paragraph level (rule L1)", "[bidi]") {
    // "abc אבג דהו" in a left-to-right paragraph: the space between the Hebrew words is right to left, until the
    // line wraps after it.
    const std::u32string text = U"abc \u05D0\u05D1\u05D2 \u05D3\u05D4\u05D5";
    const BidiParagraph p = bidi_paragraph(text, TextDirection::Auto);
    CHECK(p.level == 0);
    CHECK(p.levels[7] == 1);
    const std::vector<BidiRun> whole = bidi_line_runs(text, p, 0, text.size());
    REQUIRE(whole.size() == 2);
    CHECK((whole[0].start == 0 && whole[0].end == 4 && whole[0].level == 0));
    CHECK((whole[1].start == 4 && whole[1].end == 11 && whole[1].level == 1));
    const std::vector<BidiRun> first = bidi_line_runs(text, p, 0, 8);
    REQUIRE(first.size() == 3);
    CHECK((first[0].start == 0 && first[0].end == 4 && first[0].level == 0));
    CHECK((first[1].start == 4 && first[1].end == 7 && first[1].level == 1));
    CHECK((first[2].start == 7 && first[2].end == 8 && first[2].level == 0)); // the space, at the right end
    const std::vector<BidiRun> second = bidi_line_runs(text, p, 8, 11);       // offsets stay the paragraph's
    REQUIRE(second.size() == 1);
    CHECK((second[0].start == 8 && second[0].end == 11 && second[0].level == 1));
    CHECK(bidi_line_runs(text, p, 5, 5).empty());
    CHECK(bidi_paragraph(U"", TextDirection::RightToLeft).level == 1);
}
