// Words for double-click and Ctrl+arrows from a word breaker (core/text/words.h): the UAX #29 breaker
// (libunibreak), and a fake dictionary breaker standing in for the browser's Intl.Segmenter on Chinese.
#include "core/text/segment.h"
#include "core/text/words.h"
#include <catch2/catch_test_macros.hpp>

using namespace cs;

namespace {

std::string word(const Document& d, Span s) { return d.slice(s); }
size_t cp_of(const Document& d, const std::string& needle) { return d.index.cp_of_byte(d.text.find(needle)); }

// A dictionary breaker: the paragraph's words, in order, are exactly `words` (what Intl.Segmenter gives
// for this text); anything else gets no answer (the UAX #29 boundaries are used).
WordBreaker dictionary(std::vector<std::u32string> words, int* calls = nullptr) {
    return [words, calls](std::u32string_view p) {
        if (calls) ++*calls;
        std::vector<bool> out;
        std::u32string joined;
        for (const std::u32string& w : words) {
            joined += w;
            for (size_t i = 0; i < w.size(); ++i) out.push_back(i + 1 == w.size());
        }
        return joined == p ? out : std::vector<bool>();
    };
}

} // namespace

TEST_CASE("UAX 29 words: double-click spans and Ctrl+arrows in English") {
    const Document d = make_document("The U.N. said 450,000 Afghans don't stay.\nNext line here");
    const WordBreaker b = uax29_word_breaker();
    CHECK(word(d, word_span_at(d, cp_of(d, "said") + 2, b)) == "said");
    CHECK(word(d, word_span_at(d, cp_of(d, "450") + 4, b)) == "450,000");
    CHECK(word(d, word_span_at(d, cp_of(d, "don't") + 1, b)) == "don't");
    CHECK(word(d, word_span_at(d, cp_of(d, "stay.") + 4, b)) == ".");
    CHECK(word(d, word_span_at(d, cp_of(d, "\n"), b)) == "\n");
    // Beyond the end clamps to the last code point.
    CHECK(word(d, word_span_at(d, d.size() + 5, b)) == "here");
    // Ctrl+Right: past the word and the space after it, across the newline.
    CHECK(next_word_start(d, 0, b) == cp_of(d, "U.N."));
    CHECK(next_word_start(d, cp_of(d, "stay.") + 4, b) == cp_of(d, "Next"));
    CHECK(next_word_start(d, d.size(), b) == d.size());
    // Ctrl+Left: back over white space, to the start of the word before.
    CHECK(prev_word_start(d, cp_of(d, "Next"), b) == cp_of(d, "stay.") + 4);
    CHECK(prev_word_start(d, cp_of(d, "Afghans") + 3, b) == cp_of(d, "Afghans"));
    CHECK(prev_word_start(d, 0, b) == 0);
    // Ctrl+Shift+Right: to the end of the next word.
    CHECK(next_word_end(d, cp_of(d, "said") - 1, b) == cp_of(d, "said") + 4);
    // An empty document.
    CHECK(word_span_at(make_document(""), 0, b).empty());
}

TEST_CASE("UAX 29 alone splits Chinese between every ideograph") {
    const Document d = make_document("外交部发言人表示");
    const Span s = word_span_at(d, 3, uax29_word_breaker());
    CHECK(s.end - s.start == 1);
}

TEST_CASE("a dictionary breaker picks whole Chinese words, per line") {
    const Document d = make_document("外交部发言人表示，欢迎。\n第二行");
    int calls = 0;
    const WordBreaker b = dictionary({U"外交部", U"发言人", U"表示", U"，", U"欢迎", U"。"}, &calls);
    const size_t fa = cp_of(d, "发言人");
    for (size_t k = 0; k < 3; ++k) {
        const Span s = word_span_at(d, fa + k, b);
        CHECK(s.start == fa);
        CHECK(s.end == fa + 3);
    }
    CHECK(word(d, word_span_at(d, 0, b)) == "外交部");
    CHECK(word(d, word_span_at(d, cp_of(d, "，"), b)) == "，");
    CHECK(calls > 0);
    // Ctrl+Right / Left step by dictionary words.
    CHECK(next_word_start(d, 0, b) == fa);
    CHECK(next_word_start(d, fa, b) == fa + 3);
    CHECK(prev_word_start(d, fa + 3, b) == fa);
    CHECK(prev_word_start(d, fa + 1, b) == fa);
    CHECK(next_word_end(d, fa + 3, b) == fa + 5); // 表示
    CHECK(next_word_end(d, cp_of(d, "，"), b) == cp_of(d, "欢迎") + 2);
    // The second line is not in the dictionary's answer: UAX #29 (one ideograph) there.
    const Span other = word_span_at(d, cp_of(d, "第二行") + 1, b);
    CHECK(other.end - other.start == 1);
}

TEST_CASE("a breaker answer of the wrong size falls back to UAX 29") {
    const Document d = make_document("hello world");
    const WordBreaker broken = [](std::u32string_view) { return std::vector<bool>{true}; };
    CHECK(word(d, word_span_at(d, 8, broken)) == "world");
    const WordBreaker none;
    CHECK(word(d, word_span_at(d, 1, none)) == "hello");
}

TEST_CASE("a huge line is asked about in a window around the position, cut at white space") {
    std::string text;
    for (int i = 0; i < 3000; ++i) text += "word" + std::to_string(i) + " ";
    const Document d = make_document(text);
    size_t longest = 0;
    const WordBreaker b = [&](std::u32string_view p) {
        longest = std::max(longest, p.size());
        return word_boundaries(p);
    };
    const size_t at = cp_of(d, "word1500 ");
    CHECK(word(d, word_span_at(d, at + 2, b)) == "word1500");
    CHECK(longest <= 4200);
    CHECK(longest > 1000);
}

TEST_CASE("UAX 29 words in accents, combining marks, CJK, RTL scripts and emoji: what a drag snaps to") {
    // caf + e + U+0301 | CJK | Arabic | Hebrew | family emoji (ZWJ) | two flags | Devanagari
    const Document d = make_document(
        "cafe\xCC\x81 noir \xE4\xB8\xAD\xE6\x96\x87 \xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7 "
        "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7 "
        "\xF0\x9F\x87\xAB\xF0\x9F\x87\xB7\xF0\x9F\x87\xA9\xF0\x9F\x87\xAA "
        "\xE0\xA4\xA8\xE0\xA4\xAE\xE0\xA4\xB8\xE0\xA5\x8D\xE0\xA4\xA4\xE0\xA5\x87");
    const WordBreaker b = uax29_word_breaker();
    CHECK(word_span_at(d, 0, b) == Span{0, 5}); // the combining acute belongs to "cafe"
    CHECK(word_span_at(d, 4, b) == Span{0, 5});
    CHECK(word_span_at(d, 5, b) == Span{5, 6});    // the space
    CHECK(word_span_at(d, 11, b) == Span{11, 12}); // without a dictionary, each ideograph
    CHECK(word_span_at(d, 12, b) == Span{12, 13});
    CHECK(word_span_at(d, 16, b) == Span{14, 19});  // Arabic word
    CHECK(word_span_at(d, 20, b) == Span{20, 24});  // Hebrew word
    CHECK(word_span_at(d, 27, b) == Span{25, 30});  // the ZWJ family is one unit
    CHECK(word_span_at(d, 31, b) == Span{31, 33});  // first flag
    CHECK(word_span_at(d, 34, b) == Span{33, 35});  // second flag
    CHECK(word_span_at(d, 38, b) == Span{36, 42});  // Devanagari with virama and vowel sign
    CHECK(word_span_at(d, 100, b) == Span{36, 42}); // past the end clamps to the last unit
}

TEST_CASE("UAX 29 words stay exact on long lines with and without white space") {
    const WordBreaker b = uax29_word_breaker();
    // 3000 ideographs and no white space: each one is still its own word.
    const Document d = make_document(to_utf8(std::u32string(3000, U'\u4E2D')) + " end");
    CHECK(word_span_at(d, 2000, b) == Span{2000, 2001});
    CHECK(word_span_at(d, 3002, b) == Span{3001, 3004});
    CHECK(next_word_start(d, 2999, b) == 3001);
    // A long line of short words.
    std::string words;
    for (int i = 0; i < 2000; ++i) words += "ab\xC3\xA9 "; // "abé "
    const Document w = make_document(words);
    CHECK(word_span_at(w, 4 * 1500 + 1, b) == Span{6000, 6003});
    CHECK(prev_word_start(w, 4 * 1500, b) == 4 * 1499);
}

TEST_CASE("without_edge_spaces: a word-wise selection stops at the words, not the gaps around them") {
    const Document d = make_document("over 450,000 Afghans \n  were expelled");
    auto span = [&](const std::string& a, size_t extra) {
        const size_t at = cp_of(d, a);
        return Span{(uint32_t)at, (uint32_t)(at + extra)};
    };
    CHECK(word(d, without_edge_spaces(d, span("over", 5))) == "over");                    // "over "
    CHECK(word(d, without_edge_spaces(d, span("450", 17))) == "450,000 Afghans");        // "...Afghans \n  "
    CHECK(word(d, without_edge_spaces(d, span(" 450", 8))) == "450,000");                  // " 450,000"
    CHECK(word(d, without_edge_spaces(d, span("\n", 7))) == "were");                       // "\n  were"
    // White space alone, or nothing, stays as it is (there is no word to stop at).
    const Span gap = span(" \n", 4);
    CHECK(without_edge_spaces(d, gap).start == gap.start);
    CHECK(without_edge_spaces(d, gap).end == gap.end);
    CHECK(without_edge_spaces(d, Span{3, 3}).empty());
}
