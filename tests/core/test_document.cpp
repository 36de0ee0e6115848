// Tests for src/core/model/document.h: make_document, moves, slicing, word / sentence / paragraph
// boundaries, on the real sample article and on multilingual text.
#include <catch2/catch_test_macros.hpp>

#include "core/model/document.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace cs;

namespace {

std::string read_file(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    REQUIRE(f.good());
    std::stringstream ss;
    ss << f.rdbuf();
    return ss.str();
}

const Document& sample() {
    static const Document d = make_document(read_file(CLAIMSCOPE_SOURCE_DIR "/assets/sample-article.txt"));
    return d;
}

// Code-point offset of the first occurrence of `needle` (UTF-8) in the document.
size_t find_cp(const Document& d, const std::string& needle) {
    const size_t b = d.text.find(needle);
    REQUIRE(b != std::string::npos);
    return d.index.cp_of_byte(b);
}

ArticleMeta titled(const std::string& title) {
    ArticleMeta m;
    m.title = title;
    return m;
}

std::vector<std::string> token_texts(const Document& d) {
    std::vector<std::string> out;
    for (Span s : word_tokens(d)) out.push_back(d.slice(s));
    return out;
}

} // namespace

TEST_CASE("make_document repairs, normalises, hashes and reports", "[document]") {
    DocumentWarnings w;
    const Document d = make_document("\xEF\xBB\xBFOne\r\ntwo\xFF\rthree", titled("T"), &w);
    CHECK(d.text == "One\ntwo\xEF\xBF\xBD\nthree");
    CHECK(w.invalid_utf8 == 1);
    CHECK(w.first_invalid_byte == 11); // offset in the raw input, BOM included
    CHECK(w.had_crlf);
    CHECK(d.meta.title == "T");
    CHECK(d.hash == sha256_hex(d.text));
    CHECK(d.size() == 14);
    CHECK(d.paragraphs == std::vector<Span>{{0, 3}, {4, 8}, {9, 14}});

    DocumentWarnings clean;
    make_document("plain\n", {}, &clean);
    CHECK(clean.invalid_utf8 == 0);
    CHECK_FALSE(clean.had_crlf);

    const Document empty = make_document("");
    CHECK(empty.size() == 0);
    CHECK(empty.paragraphs.empty());
    CHECK(empty.slice(0, 5) == "");
    CHECK(sentence_at(empty, 0).empty());
}

TEST_CASE("paragraphs are non-empty lines; lines of white space are not paragraphs", "[document]") {
    const Document d = make_document("a\n\n   \n\t\nb c\n\n\xC2\xA0\n d\n");
    CHECK(d.paragraphs == std::vector<Span>{{0, 1}, {9, 12}, {16, 18}});
    CHECK(paragraph_at(d, 10) == Span{9, 12});
    CHECK(paragraph_at(d, 12) == Span{9, 12}); // the caret at the end of the line
    CHECK(paragraph_at(d, 4).empty());         // on a blank line
    // Any white space (is_space), U+0085 and the ideographic space too.
    const Document e = make_document("One\n\xC2\x85\n\xE3\x80\x80\xE2\x80\x89\nTwo");
    CHECK(e.paragraphs == std::vector<Span>{{0, 3}, {9, 12}});
}

TEST_CASE("trim_space: a selection without white space at either end", "[document]") {
    // "  Kabul \u2009\nsaid\u0085": a thin space, a newline and a next-line character among them
    const Document d = make_document("  Kabul \xE2\x80\x89\nsaid\xC2\x85");
    CHECK(trim_space(d, Span{0, 9}) == Span{2, 7});     // "Kabul"
    CHECK(trim_space(d, Span{0, 14}) == Span{2, 14});   // "Kabul \u2009\nsaid": inner white space kept
    CHECK(trim_space(d, Span{7, 10}).empty());          // only white space
    CHECK(trim_space(d, Span{10, 99}) == Span{10, 14}); // past the end: clamped, then U+0085 trimmed
    CHECK(trim_space(d, Span{3, 3}).empty());
}

TEST_CASE("Document moves keep the index on the moved text", "[document]") {
    // Short texts live in std::string's inline buffer: a move changes where the bytes are.
    Document a = make_document("h\xC3\xA9llo w\xC3\xB6rld", titled("short"));
    Document b = std::move(a);
    CHECK(b.slice(6, 11) == "w\xC3\xB6rld");
    CHECK(b.index.byte_of_cp(7) == 8);
    CHECK(a.size() == 0); // the moved-from document is empty and consistent
    CHECK(a.slice(0, 3) == "");

    Document c;
    c = std::move(b);
    CHECK(c.slice(0, 5) == "h\xC3\xA9llo");
    CHECK(c.meta.title == "short");
    CHECK(c.slice(6, 11) == "w\xC3\xB6rld");

    std::vector<Document> docs; // reallocation moves every element
    for (int i = 0; i < 20; ++i) docs.push_back(make_document("doc " + std::to_string(i) + " \xE2\x82\xAC"));
    for (int i = 0; i < 20; ++i) CHECK(docs[i].slice(docs[i].size() - 1, docs[i].size()) == "\xE2\x82\xAC");

    const auto shared = make_shared_document("shared \xE4\xB8\xAD");
    CHECK(shared->slice(7, 8) == "\xE4\xB8\xAD");
}

TEST_CASE("ArticleMeta compares every field", "[document]") {
    ArticleMeta m{"t", "u", "o", "a", "p", "r", "en"};
    ArticleMeta n = m;
    CHECK(m == n);
    n.language = "de";
    CHECK_FALSE(m == n);
    n = m;
    n.retrieved = "x";
    CHECK_FALSE(m == n);
}

TEST_CASE("the sample article: hash, paragraphs, words, sentences", "[document]") {
    const Document& d = sample();
    // sha256sum assets/sample-article.txt (the file is already valid UTF-8 with LF endings).
    CHECK(d.hash == "49187ce55e03d4a1edbdd34098c594fd4a5e1cb570dd1adf4ba7d1b5afe937e4");
    REQUIRE(d.paragraphs.size() == 9);
    CHECK(d.slice(d.paragraphs[1]) == "Advertisment");
    CHECK(d.slice(d.paragraphs[7]) == "Looking Forward");


    const std::string first =
        "date 2024-03-09 Amidst rising tensions and humanitarian concerns, Abdul Qahar Balkhi, the spokesperson "
        "for Afghanistan's Ministry of Foreign Affairs, has publicly expressed a desire for Afghanistan and "
        "Pakistan to collaboratively find a solution to their mutual concerns.";
    CHECK(d.slice(sentence_at(d, find_cp(d, "Amidst"))) == first);
    CHECK(d.slice(sentence_at(d, 0)) == first); // the leading space belongs to the first sentence
    CHECK(d.slice(sentence_at(d, find_cp(d, "United Nations"))) ==
          "This statement comes in the wake of Pakistan's decision to expel undocumented Afghan refugees, a move "
          "that has led to the forced repatriation of over 450,000 Afghans, according to the United Nations.");
    // Closing quote after the period stays with its sentence.
    CHECK(d.slice(sentence_at(d, find_cp(d, "Unlike certain"))) ==
          "Unlike certain powers that killed and suffocated thousands of prisoners in containers, we declared a "
          "general amnesty, and we have shown in our deeds that the general amnesty stands for anyone that "
          "collaborated with foreign powers.\"");
    CHECK(d.slice(sentence_at(d, find_cp(d, "Looking Forward") + 3)) == "Looking Forward");
    // A sentence never crosses a paragraph.
    const Span last = sentence_at(d, d.size() - 1);
    CHECK(d.slice(last).rfind("As the dialogue continues", 0) == 0);
    CHECK(last.end == d.size());

    const Span para = paragraph_at(d, find_cp(d, "450,000"));
    CHECK(para == d.paragraphs[0]);
}

TEST_CASE("sentence_at keeps abbreviations, initials and decimals inside a sentence", "[document]") {
    const Document d =
        make_document("Mr. Smith met Dr. Jones at the U.N. office on Monday. It cost 3.5 million dollars, i.e. a lot! "
                      "Was it J. K. Rowling? \"Yes.\" (Maybe.) Prices rose approx. five percent.");
    std::vector<std::string> got;
    for (size_t cp = 0; cp < d.size();) {
        const Span s = sentence_at(d, cp);
        got.push_back(d.slice(s));
        cp = s.end + 1;
    }
    CHECK(got == std::vector<std::string>{
                     "Mr. Smith met Dr. Jones at the U.N. office on Monday.",
                     "It cost 3.5 million dollars, i.e. a lot!",
                     "Was it J. K. Rowling?",
                     "\"Yes.\"",
                     "(Maybe.)",
                     "Prices rose approx. five percent.",
                 });
}

TEST_CASE("word characters and tokens in accents, combining marks, CJK, RTL scripts and emoji", "[document]") {
    // caf + e + U+0301 | CJK | Arabic | Hebrew | family emoji (ZWJ) | two flags | Devanagari
    const Document d = make_document(
        "cafe\xCC\x81 noir \xE4\xB8\xAD\xE6\x96\x87 \xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7 "
        "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7 "
        "\xF0\x9F\x87\xAB\xF0\x9F\x87\xB7\xF0\x9F\x87\xA9\xF0\x9F\x87\xAA "
        "\xE0\xA4\xA8\xE0\xA4\xAE\xE0\xA4\xB8\xE0\xA5\x8D\xE0\xA4\xA4\xE0\xA5\x87");
    CHECK(is_word_char(0x05D0));
    CHECK(is_word_char(0x0627));
    CHECK(is_word_char(0x4E2D));
    CHECK(is_word_char(0x0301));
    CHECK(is_word_char(0x0416)); // Cyrillic
    CHECK(is_word_char(0x03A9)); // Greek
    CHECK(is_word_char(0x0561)); // Armenian
    CHECK_FALSE(is_word_char(0x1F469));
    CHECK_FALSE(is_word_char(','));
    CHECK_FALSE(is_word_char(0x2014));

    // Word tokens skip the emoji, the flags and the spaces.
    CHECK(word_tokens(d).size() == 7);
}

TEST_CASE("word_tokens keeps inner apostrophes, hyphens and digit separators", "[document]") {
    const Document d = make_document("Don't stop: 450,000 Afghans\xE2\x80\x94"
                                     "Al-Jazeera\xE2\x80\x99s 3.5% rise, 'quoted' -dash end. 1,2,3");
    CHECK(token_texts(d) == std::vector<std::string>{"Don't", "stop", "450,000", "Afghans", "Al-Jazeera\xE2\x80\x99s",
                                                     "3.5", "rise", "quoted", "dash", "end", "1,2,3"});
}

TEST_CASE("word_tokens on the sample article", "[document]") {
    const Document& d = sample();
    const std::vector<Span> toks = word_tokens(d);
    // Reference count from an independent regular expression over the file (ASCII text):
    // [A-Za-z0-9]+ joined by inner ' or - and by . or , between digits.
    CHECK(toks.size() == 461);
    CHECK(d.slice(toks[0]) == "date");
    CHECK(d.slice(toks[1]) == "2024-03-09");
    const std::vector<std::string> all = token_texts(d);
    CHECK(std::count(all.begin(), all.end(), "450,000") == 1);
    CHECK(std::count(all.begin(), all.end(), "well-being") == 1);
    CHECK(std::count(all.begin(), all.end(), "Afghanistan's") == 3);
}

