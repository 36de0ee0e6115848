// Line breaks (UAX #14), words and grapheme clusters (UAX #29) through libunibreak: Unicode's conformance files,
// whole, and a few readable cases.
#include "core/text/segment.h"
#include "unicode_fixture.h"
#include <catch2/catch_test_macros.hpp>

using namespace cs;
using cs_test::for_each_data_line;
using cs_test::unicode_file;

namespace {

// A conformance line "÷ 0041 × 0308 ÷ 0020 ÷": the code points, and after each whether the file breaks there
// (÷) or not (×). The mark before the first code point is always ÷ and has no entry.
struct Case {
    std::u32string text;
    std::vector<bool> breaks;
};

Case parse_case(const std::string& line) {
    Case c;
    std::istringstream in(line);
    std::string word;
    bool first = true;
    while (in >> word) {
        if (word == "\u00F7" || word == "\u00D7") { // ÷ or ×
            if (!first) c.breaks.push_back(word == "\u00F7");
            first = false;
        } else {
            c.text += (char32_t)std::stoul(word, nullptr, 16);
        }
    }
    REQUIRE(c.breaks.size() == c.text.size());
    return c;
}

// The line numbers of the cases where `breaks` disagrees with the file.
std::vector<size_t> failures(const char* file, size_t expected_cases,
                             const std::function<std::vector<bool>(std::u32string_view)>& breaks) {
    std::vector<size_t> failed;
    const size_t cases = for_each_data_line(unicode_file(file), [&](size_t line_no, const std::string& line) {
        const Case c = parse_case(line);
        if (breaks(c.text) != c.breaks) failed.push_back(line_no);
    });
    CHECK(cases == expected_cases);
    return failed;
}

std::vector<bool> may_break(std::u32string_view text, const char* language) {
    std::vector<bool> out;
    for (LineBreak b : line_breaks(text, language)) out.push_back(b != LineBreak::None);
    return out;
}

} // namespace

TEST_CASE("segment: LineBreakTest.txt", "[segment][unicode]") {
    // The file follows UAX #14's strict rule for conditional Japanese starters (CJ is NS), hence "-strict".
    const auto failed =
        failures("LineBreakTest.txt", 7654, [](std::u32string_view t) { return may_break(t, "-strict"); });
    // 35 known differences, the ones libunibreak itself lists (src/test_skips.h in its source), both permitted
    // by UAX #14:
    // - 34 cases where the file uses the regular expression of section 8.2, example 7, for numbers and
    //   libunibreak the plainer pair rule LB25: "}%" and "a.2" keep together here (no number before them).
    // - line 7681: an unassigned code point in an emoji block before an emoji modifier, which the file keeps
    //   together (LB30b) and libunibreak, resolving unassigned to AL (LB1), breaks.
    const std::vector<size_t> known = {1161, 1163, 1165, 1167, 2873, 2875, 4425, 4427, 4473, 4475, 4597, 4599,
                                       4645, 4647, 5109, 5111, 6149, 6151, 6153, 6155, 7477, 7486, 7491, 7576,
                                       7577, 7578, 7579, 7580, 7581, 7583, 7584, 7585, 7586, 7587, 7681};
    CHECK(failed == known);
}

TEST_CASE("segment: WordBreakTest.txt", "[segment][unicode]") {
    const auto failed = failures("WordBreakTest.txt", 1823, word_boundaries);
    CHECK(failed == std::vector<size_t>{});
}

TEST_CASE("segment: GraphemeBreakTest.txt", "[segment][unicode]") {
    const auto failed = failures("GraphemeBreakTest.txt", 602, grapheme_boundaries);
    CHECK(failed == std::vector<size_t>{});
}

TEST_CASE("segment: Chinese and Japanese wrap between characters, never before 。 or 」", "[segment]") {
    // 「发言人说。」 : after the opening bracket no break; between ideographs a break; none before 。 or 」.
    const std::u32string zh = U"\u300C\u53D1\u8A00\u4EBA\u8BF4\u3002\u300D\u4ED6";
    using B = LineBreak;
    CHECK(line_breaks(zh) ==
          std::vector<B>{B::None, B::Allowed, B::Allowed, B::Allowed, B::None, B::None, B::Allowed, B::Mandatory});
    // A small kana may start a line by the normal rule (as browsers break), not by the strict one.
    const std::u32string ja = U"\u30C1\u30E7\u30B3"; // チョコ
    CHECK(line_breaks(ja) == std::vector<B>{B::Allowed, B::Allowed, B::Mandatory});
    CHECK(line_breaks(ja, "ja-strict") == std::vector<B>{B::None, B::Allowed, B::Mandatory});
    CHECK(line_breaks(U"a\nb") == std::vector<B>{B::None, B::Mandatory, B::Mandatory});
    CHECK(line_breaks(U"").empty());
}

TEST_CASE("segment: words and grapheme clusters of real text", "[segment]") {
    // "can't stop" : the apostrophe stays inside the word; the space is a segment of its own.
    CHECK(word_boundaries(U"can't stop") ==
          std::vector<bool>{false, false, false, false, true, true, false, false, false, true});
    // No dictionary: each ideograph of 发言人 is a word, and each Thai letter with its marks (สวัสดี); a
    // Katakana run is one word (チョコ).
    CHECK(word_boundaries(U"\u53D1\u8A00\u4EBA") == std::vector<bool>{true, true, true});
    CHECK(word_boundaries(U"\u0E2A\u0E27\u0E31\u0E2A\u0E14\u0E35") ==
          std::vector<bool>{true, false, true, true, false, true});
    CHECK(word_boundaries(U"\u30C1\u30E7\u30B3") == std::vector<bool>{false, false, true});
    // "a" + U+0308 is one cluster; a family emoji (ZWJ sequence) and a flag are one cluster each.
    CHECK(grapheme_boundaries(U"a\u0308b") == std::vector<bool>{false, true, true});
    CHECK(grapheme_boundaries(U"\U0001F469\u200D\U0001F469\u200D\U0001F467") ==
          std::vector<bool>{false, false, false, false, true});
    CHECK(grapheme_boundaries(U"\U0001F1FA\U0001F1E6\U0001F1FA") == std::vector<bool>{false, true, true});
    // Devanagari "क्ष" (ka, virama, ssa) is one cluster by Unicode 15.1's conjunct rule (GB9c).
    CHECK(grapheme_boundaries(U"\u0915\u094D\u0937") == std::vector<bool>{false, false, true});
}
