// Tests for src/core/text/case_fold.h: simple case folding from Unicode's CaseFolding.txt.
#include <catch2/catch_test_macros.hpp>

#include "core/text/case_fold.h"

#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

using namespace cs;

TEST_CASE("case folding: ASCII and Latin-1", "[case_fold]") {
    CHECK(fold_case('A') == 'a');
    CHECK(fold_case('Z') == 'z');
    CHECK(fold_case('a') == 'a');
    CHECK(fold_case('@') == '@');
    CHECK(fold_case('[') == '[');
    CHECK(fold_case(0xC9) == 0xE9);  // É -> é
    CHECK(fold_case(0xD7) == 0xD7);  // × is not a letter
    CHECK(fold_case(0xDF) == 0xDF);  // ß stays (its full folding "ss" changes length)
    CHECK(fold_case(0xB5) == 0x3BC); // micro sign -> Greek mu
}

// The hand rule this replaced took every even code point in U+0100–017F for a capital, which is
// wrong from U+0138 on: "ł" (U+0142) folded to "Ń" (U+0143), "ź" (U+017A) to "Ż" (U+017B).
TEST_CASE("case folding: Latin Extended-A pairs change parity at U+0139", "[case_fold]") {
    CHECK(fold_case(0x141) == 0x142); // Ł -> ł
    CHECK(fold_case(0x142) == 0x142); // ł stays
    CHECK(fold_case(0x143) == 0x144); // Ń -> ń
    CHECK(fold_case(0x179) == 0x17A); // Ź -> ź
    CHECK(fold_case(0x17A) == 0x17A); // ź stays
    CHECK(fold_case(0x17B) == 0x17C); // Ż -> ż
    CHECK(fold_case(0x17C) == 0x17C); // ż stays
    CHECK(fold_case(0x100) == 0x101); // Ā -> ā (before U+0138 the capitals are even)
    CHECK(fold_case(0x138) == 0x138); // ĸ has no capital
    CHECK(fold_case(0x178) == 0xFF);  // Ÿ -> ÿ, far away
    CHECK(fold_case(0x17F) == 's');   // long s
    CHECK(fold_case("ŁÓDŹ, ŻÓŁW") == "łódź, żółw");
}

TEST_CASE("case folding: Greek, with final sigma", "[case_fold]") {
    CHECK(fold_case(0x3A3) == 0x3C3); // Σ -> σ
    CHECK(fold_case(0x3C2) == 0x3C3); // ς -> σ
    CHECK(fold_case(0x3C3) == 0x3C3);
    CHECK(fold_case(0x386) == 0x3AC); // Ά -> ά
    CHECK(fold_case("ΟΔΥΣΣΕΥΣ") == fold_case("οδυσσευς"));
    CHECK(fold_case(0x2126) == 0x3C9); // Ohm sign -> ω
}

TEST_CASE("case folding: Cyrillic, including U+0400–040F and the supplements", "[case_fold]") {
    CHECK(fold_case(0x414) == 0x434); // Д -> д
    CHECK(fold_case(0x401) == 0x451); // Ё -> ё
    CHECK(fold_case(0x407) == 0x457); // Ї -> ї
    CHECK(fold_case(0x490) == 0x491); // Ґ -> ґ
    CHECK(fold_case(0x4C1) == 0x4C2); // Ӂ -> ӂ (odd capitals in this block)
    CHECK(fold_case("ЁЛКА Київ") == "ёлка київ");
}

// Simple folding has no language rules: "I" folds to "i" as in English; the Turkish letters each
// fold only to themselves (their folding in CaseFolding.txt is status T or F).
TEST_CASE("case folding: Turkish dotted and dotless i", "[case_fold]") {
    CHECK(fold_case('I') == 'i');
    CHECK(fold_case(0x130) == 0x130); // İ
    CHECK(fold_case(0x131) == 0x131); // ı
    CHECK(fold_case("İstanbul ılık") == "İstanbul ılık");
}

TEST_CASE("case folding: beyond the BMP and letters without case", "[case_fold]") {
    CHECK(fold_case(0x10400) == 0x10428); // Deseret
    CHECK(fold_case(0x1E900) == 0x1E922); // Adlam
    CHECK(fold_case(0x1E9E) == 0xDF);     // ẞ -> ß (status S)
    CHECK(fold_case(0x212A) == 'k');      // Kelvin sign
    CHECK(fold_case(0x4E2D) == 0x4E2D);   // 中
    CHECK(fold_case(0x10FFFF) == 0x10FFFF);
    CHECK(fold_case("") == "");
    CHECK(fold_case("\xFF") == "\xEF\xBF\xBD"); // invalid byte -> U+FFFD, as decode_utf8 does
}

// The generated table against the data it was made from: every code point, C and S statuses.
TEST_CASE("case folding: the table equals CaseFolding.txt (C + S) for every code point", "[case_fold]") {
    std::ifstream f("/usr/share/unicode/CaseFolding.txt");
    if (!f) SKIP("/usr/share/unicode/CaseFolding.txt is missing (Debian package unicode-data)");
    std::map<uint32_t, uint32_t> want;
    std::string line, version;
    while (std::getline(f, line)) {
        if (version.empty() && line.rfind("# CaseFolding-", 0) == 0) version = line.substr(2);
        unsigned code = 0, to = 0;
        char status = 0;
        if (std::sscanf(line.c_str(), "%x; %c; %x;", &code, &status, &to) == 3 && (status == 'C' || status == 'S'))
            want[code] = to;
    }
    // Another Unicode version is not an error of the code: the table must be regenerated.
    INFO("system has " << version << "; regenerate with scripts/gen_case_fold.py if it is not 15.0.0");
    REQUIRE(want.size() > 1400);
    size_t wrong = 0;
    for (uint32_t cp = 0; cp <= 0x10FFFF; ++cp) {
        auto it = want.find(cp);
        const uint32_t expected = it == want.end() ? cp : it->second;
        if (fold_case(cp) != expected && ++wrong <= 5) CHECK(fold_case(cp) == expected);
    }
    CHECK(wrong == 0);
}

TEST_CASE("contains_folded: list filters and entity suggestions match beyond ASCII") {
    CHECK(contains_folded("Łódź, the city", "ŁÓDŹ"));
    CHECK(contains_folded("ODYSSEUS ΟΔΥΣΣΕΥΣ", "οδυσσευς")); // final sigma folds like the capital
    CHECK(contains_folded("Abdul Qahar Balkhi", "qahar"));
    CHECK_FALSE(contains_folded("Łódź", "Ń")); // the old hand rule folded ł to Ń
    CHECK_FALSE(contains_folded("żaba", "ź"));
    CHECK(contains_folded("anything", ""));
    CHECK_FALSE(contains_folded("", "a"));
}
