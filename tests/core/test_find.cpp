// Tests for src/core/text/find.h: Find in the article (Ctrl+F).
#include <catch2/catch_test_macros.hpp>

#include "core/text/case_fold.h"
#include "core/text/find.h"

#include <algorithm>
#include <random>
#include <string>
#include <vector>

using namespace cs;

// Failures print spans as [start, end).
template <>
struct Catch::StringMaker<Span> {
    static std::string convert(const Span& s) {
        return "[" + std::to_string(s.start) + ", " + std::to_string(s.end) + ")";
    }
};

namespace {
std::vector<Span> spans(std::initializer_list<std::pair<uint32_t, uint32_t>> l) {
    std::vector<Span> v;
    for (auto [a, b] : l) v.push_back(Span{a, b});
    return v;
}
} // namespace

TEST_CASE("find: case-insensitive, results in code points", "[find]") {
    // "😀" is 4 bytes and 2 UTF-16 units but one code point; "ü" 2 bytes.
    const std::string text = "😀 Zürich ZÜRICH zürich Zurich";
    CHECK(find_all(text, "zürich") == spans({{2, 8}, {9, 15}, {16, 22}}));
    CHECK(find_all(text, "ZÜR") == spans({{2, 5}, {9, 12}, {16, 19}}));
    CHECK(find_all(text, "😀 z") == spans({{0, 3}}));
}

TEST_CASE("find: Polish letters match their own case pair only", "[find]") {
    // Before the table, "ł" folded to "Ń": searching "ł" found "Ń" too.
    const std::string text = "Łódź, łąka, Ńa, źle, Żaba, Źródło";
    CHECK(find_all(text, "ł") == spans({{0, 1}, {6, 7}, {31, 32}}));
    CHECK(find_all(text, "Ł") == spans({{0, 1}, {6, 7}, {31, 32}}));
    CHECK(find_all(text, "ń") == spans({{12, 13}}));
    CHECK(find_all(text, "ź") == spans({{3, 4}, {16, 17}, {27, 28}}));
    CHECK(find_all(text, "ż") == spans({{21, 22}}));
}

TEST_CASE("find: Greek final sigma, Cyrillic, Turkish i", "[find]") {
    CHECK(find_all("ΟΔΥΣΣΕΥΣ και οδυσσευς", "Οδυσσευς") == spans({{0, 8}, {13, 21}}));
    CHECK(find_all("Ёлка, ёлка, елка", "ЁЛКА") == spans({{0, 4}, {6, 10}}));
    // "I" and "i" match each other; the dotted and dotless Turkish letters only themselves.
    CHECK(find_all("Iİıi", "i") == spans({{0, 1}, {3, 4}}));
    CHECK(find_all("Iİıi", "ı") == spans({{2, 3}}));
    CHECK(find_all("Iİıi", "İ") == spans({{1, 2}}));
    // Simple folding keeps offsets exact, so "ß" is not "ss".
    CHECK(find_all("Straße STRASSE STRAẞE", "straße") == spans({{0, 6}, {15, 21}}));
}

TEST_CASE("find: matches do not overlap; empty and long queries find nothing", "[find]") {
    CHECK(find_all("aaaa", "aa") == spans({{0, 2}, {2, 4}}));
    CHECK(find_all("aaa", "AA") == spans({{0, 2}}));
    CHECK(find_all("abababc", "ababc") == spans({{2, 7}})); // the failure table resumes mid-match
    CHECK(find_all("text", "").empty());
    CHECK(find_all("", "a").empty());
    CHECK(find_all("ab", "abc").empty());
}

// KMP against a plain scan on random texts over a small alphabet with case pairs and multi-byte
// letters, where partial matches and restarts are frequent.
TEST_CASE("find: agrees with a plain scan on random texts", "[find]") {
    const std::vector<std::string> letters = {"a", "A", "b", "ł", "Ł", "σ", "ς", "Σ", "😀", " "};
    std::mt19937 rng(7);
    for (int round = 0; round < 2000; ++round) {
        std::string text, query;
        std::vector<uint32_t> ft, fq; // folded code points, one per letter
        for (size_t n = rng() % 40; n > 0; --n) {
            const std::string& l = letters[rng() % letters.size()];
            text += l;
            ft.push_back(fold_case(to_u32(l)[0]));
        }
        for (size_t n = 1 + rng() % 4; n > 0; --n) {
            const std::string& l = letters[rng() % letters.size()];
            query += l;
            fq.push_back(fold_case(to_u32(l)[0]));
        }
        std::vector<Span> expected;
        for (size_t i = 0; i + fq.size() <= ft.size();) {
            if (std::equal(fq.begin(), fq.end(), ft.begin() + i)) {
                expected.push_back(Span{uint32_t(i), uint32_t(i + fq.size())});
                i += fq.size();
            } else
                ++i;
        }
        INFO("text \"" << text << "\" query \"" << query << "\"");
        REQUIRE(find_all(text, query) == expected);
    }
}

TEST_CASE("find: where a search starts and how it steps", "[find]") {
    const std::vector<Span> m = spans({{2, 4}, {10, 12}, {20, 22}});
    CHECK(first_match_from(m, 0) == 0);
    CHECK(first_match_from(m, 2) == 0);
    CHECK(first_match_from(m, 3) == 1);
    CHECK(first_match_from(m, 20) == 2);
    CHECK(first_match_from(m, 21) == 0); // past the last: wraps to the first
    CHECK(first_match_from({}, 5) == -1);
    CHECK(step_match(0, +1, 3) == 1);
    CHECK(step_match(2, +1, 3) == 0);
    CHECK(step_match(0, -1, 3) == 2);
    CHECK(step_match(-1, +1, 3) == 0);
    CHECK(step_match(0, +1, 0) == -1);
}
