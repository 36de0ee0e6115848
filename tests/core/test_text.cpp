// Tests for src/core/text/text.h (UTF-8, repair, TextIndex) and sha256_hex.
#include <catch2/catch_test_macros.hpp>

#include "core/model/document.h"
#include "core/text/text.h"

#include <random>
#include <string>
#include <vector>

using namespace cs;

namespace {

// Naive reference for TextIndex: offsets of every code point, computed one by one.
struct NaiveOffsets {
    std::vector<size_t> byte, u16; // size cp_count + 1
    std::vector<uint32_t> cps;
};
NaiveOffsets naive(const std::u32string& cps) {
    NaiveOffsets r;
    size_t b = 0, u = 0;
    for (char32_t c : cps) {
        r.byte.push_back(b);
        r.u16.push_back(u);
        r.cps.push_back(uint32_t(c));
        b += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        u += c < 0x10000 ? 1 : 2;
    }
    r.byte.push_back(b);
    r.u16.push_back(u);
    return r;
}

// Checks every conversion of `idx` against the naive reference, exhaustively.
void check_index(const std::string& s, const std::u32string& cps) {
    const TextIndex idx(s);
    const NaiveOffsets ref = naive(cps);
    REQUIRE(idx.cp_count() == cps.size());
    REQUIRE(idx.byte_size() == s.size());
    REQUIRE(idx.utf16_count() == ref.u16.back());
    for (size_t i = 0; i <= cps.size(); ++i) {
        REQUIRE(idx.byte_of_cp(i) == ref.byte[i]);
        REQUIRE(idx.utf16_of_cp(i) == ref.u16[i]);
        if (i < cps.size()) REQUIRE(idx.cp_at(i) == ref.cps[i]);
    }
    for (size_t i = 0; i < cps.size(); ++i) {
        for (size_t b = ref.byte[i]; b < ref.byte[i + 1]; ++b) REQUIRE(idx.cp_of_byte(b) == i);
        for (size_t u = ref.u16[i]; u < ref.u16[i + 1]; ++u) REQUIRE(idx.cp_of_utf16(u) == i);
    }
    REQUIRE(idx.cp_of_byte(s.size()) == cps.size());
    REQUIRE(idx.cp_of_utf16(ref.u16.back()) == cps.size());
    // Beyond the end clamps.
    REQUIRE(idx.byte_of_cp(cps.size() + 5) == s.size());
    REQUIRE(idx.cp_of_byte(s.size() + 5) == cps.size());
    REQUIRE(idx.cp_of_utf16(ref.u16.back() + 5) == cps.size());
}

} // namespace

TEST_CASE("sha256_hex matches the NIST vectors", "[text]") {
    CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(sha256_hex(std::string(1000000, 'a')) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("sha256_hex pads correctly around block boundaries", "[text]") {
    // Lengths where the 0x80 byte and the 8-byte length do / do not fit in the last block.
    CHECK(sha256_hex(std::string(55, 'a')) == "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
    CHECK(sha256_hex(std::string(56, 'a')) == "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
    CHECK(sha256_hex(std::string(63, 'a')) == "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34");
    CHECK(sha256_hex(std::string(64, 'a')) == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
    CHECK(sha256_hex(std::string(65, 'a')) == "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0");
    CHECK(sha256_hex(std::string(119, 'a')) == "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb");
    CHECK(sha256_hex(std::string(120, 'a')) == "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c");
}

TEST_CASE("decode_utf8 and append_utf8 round-trip each encoding length", "[text]") {
    const uint32_t cps[] = {0x41, 0x7F, 0x80, 0xE9, 0x7FF, 0x800, 0x4E2D, 0xFFFD, 0xFFFF, 0x10000, 0x1F469, 0x10FFFF};
    const size_t lens[] = {1, 1, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4};
    for (size_t i = 0; i < std::size(cps); ++i) {
        std::string s;
        append_utf8(s, cps[i]);
        REQUIRE(s.size() == lens[i]);
        size_t n = 0;
        CHECK(decode_utf8(s, 0, &n) == cps[i]);
        CHECK(n == lens[i]);
    }
    std::string bad;
    append_utf8(bad, 0xD800);   // a lone surrogate cannot be encoded
    append_utf8(bad, 0x110000); // nor anything past U+10FFFF
    CHECK(bad == "\xEF\xBF\xBD\xEF\xBF\xBD");

    size_t n = 0;
    CHECK(decode_utf8("\xC0\xAF", 0, &n) == kReplacementChar); // overlong '/'
    CHECK(n == 1);
    CHECK(decode_utf8("\xED\xA0\x80", 0, &n) == kReplacementChar); // surrogate D800
    CHECK(n == 1);
    CHECK(decode_utf8("\xE2\x82", 0, &n) == kReplacementChar); // truncated euro sign
    CHECK(n == 1);
    CHECK(decode_utf8("\xF4\x90\x80\x80", 0, &n) == kReplacementChar); // U+110000
    CHECK(n == 1);
    CHECK(decode_utf8("ab", 2, &n) == kReplacementChar); // past the end: still advances
    CHECK(n == 1);

    const std::u32string mixed = U"a\u00E9\u4E2D\U0001F469\u0301";
    CHECK(to_u32(to_utf8(mixed)) == mixed);
    CHECK(to_utf8(mixed) == "a\xC3\xA9\xE4\xB8\xAD\xF0\x9F\x91\xA9\xCC\x81");
}

TEST_CASE("repair_utf8 replaces each maximal invalid subpart with U+FFFD", "[text]") {
    // Expected outputs follow Unicode's "maximal subpart" practice (as browsers' TextDecoder).
    struct Case {
        std::string in, out;
        size_t count, first;
    };
    const std::string R = "\xEF\xBF\xBD";
    const Case cases[] = {
        {"plain ASCII", "plain ASCII", 0, 0},
        {"caf\xC3\xA9 \xF0\x9F\x91\xA9", "caf\xC3\xA9 \xF0\x9F\x91\xA9", 0, 0},
        {"a\x80"
         "b",
         "a" + R + "b", 1, 1},                             // stray continuation byte
        {"\xC0\xAF", R + R, 2, 0},                         // overlong (C0 never valid)
        {"\xE0\x80\xAF", R + R + R, 3, 0},                 // overlong 3-byte
        {"\xF0\x80\x80\x80", R + R + R + R, 4, 0},         // overlong 4-byte
        {"\xED\xA0\x80", R + R + R, 3, 0},                 // surrogate U+D800
        {"\xF4\x90\x80\x80", R + R + R + R, 4, 0},         // U+110000, beyond Unicode
        {"x\xE2\x82", "x" + R, 1, 1},                      // truncated at the end
        {"\xE2\x82x", R + "x", 1, 0},                      // truncated in the middle
        {"\xF0\x9F\x98ok", R + "ok", 1, 0},                // 3 of 4 bytes
        {"\xFE\xFF", R + R, 2, 0},                         // bytes never used in UTF-8
        {"\xF8\x88\x80\x80\x80", R + R + R + R + R, 5, 0}, // old 5-byte form
        {"ok\xFFok\xFF", "ok" + R + "ok" + R, 2, 2},
        // The example of Unicode 15, section 3.9, table 3-8.
        {"\x61\xF1\x80\x80\xE1\x80\xC2\x62\x80\x63\x80\xBF\x64", "a" + R + R + R + "b" + R + "c" + R + R + "d", 6, 1},
    };
    for (const Case& c : cases) {
        INFO("input bytes: " << c.in.size() << " expected: " << c.out);
        const RepairResult r = repair_utf8(c.in);
        CHECK(r.text == c.out);
        CHECK(r.invalid_sequences == c.count);
        CHECK(r.first_invalid_byte == c.first);
    }
}

TEST_CASE("normalize_newlines turns CRLF and CR into LF and drops a leading BOM", "[text]") {
    CHECK(normalize_newlines("\xEF\xBB\xBF"
                             "a\r\nb\rc\n\r\nd\r") == "a\nb\nc\n\nd\n");
    CHECK(normalize_newlines("a\r\r\nb") == "a\n\nb");
    CHECK(normalize_newlines("x\xEF\xBB\xBFy") == "x\xEF\xBB\xBFy"); // only a leading BOM goes
    CHECK(normalize_newlines("") == "");
}

TEST_CASE("is_space: Unicode's White_Space, the zero-width space and U+FEFF, nothing else", "[text]") {
    // White_Space in Unicode's PropList.txt, listed by hand.
    const std::vector<std::pair<uint32_t, uint32_t>> white = {
        {0x09, 0x0D},     {0x20, 0x20},     {0x85, 0x85},     {0xA0, 0xA0},     {0x1680, 0x1680}, {0x2000, 0x200A},
        {0x2028, 0x2029}, {0x202F, 0x202F}, {0x205F, 0x205F}, {0x3000, 0x3000}, {0x200B, 0x200B}, {0xFEFF, 0xFEFF}};
    size_t spaces = 0;
    for (uint32_t c = 0; c <= 0x10FFFF; ++c) {
        bool want = false;
        for (const auto& [lo, hi] : white) want |= c >= lo && c <= hi;
        if (is_space(c) != want) FAIL("is_space(U+" << std::hex << c << ") should be " << want);
        spaces += want;
    }
    CHECK(spaces == 27);
    CHECK(is_space('\r'));
    CHECK(is_space(0x85));
    CHECK_FALSE(is_space(0x200C)); // zero-width non-joiner: part of a word
    CHECK_FALSE(is_space(0xAD));   // soft hyphen
}

TEST_CASE("line_column: 1-based lines and columns, columns in code points", "[text]") {
    CHECK(line_column("ab\ncd", 0) == "line 1, column 1");
    CHECK(line_column("ab\ncd", 4) == "line 2, column 2");
    CHECK(line_column("\xC3\xA9\n\xC3\xA9x", 5) == "line 2, column 2"); // after "é" (two bytes)
    CHECK(line_column("\xF0\x9F\x98\x80x", 4) == "line 1, column 2");   // after an emoji (four)
    CHECK(line_column("x", 99) == "line 1, column 2");                  // past the end: at the end
    CHECK(line_column("", 0) == "line 1, column 1");
}

TEST_CASE("TextIndex converts offsets on accents, marks, CJK, RTL and emoji", "[text]") {
    // "café" with a precomposed é, "e" + U+0301, CJK, Arabic, Hebrew, the family emoji (a ZWJ
    // sequence of 5 code points, 8 UTF-16 units) and a flag (2 regional indicators).
    const std::u32string cps =
        U"caf\u00E9 e\u0301 \u4E2D\u6587 \u0645\u0631\u062D\u0628\u0627 "
        U"\u05E9\u05DC\u05D5\u05DD \U0001F469\u200D\U0001F469\u200D\U0001F467 \U0001F1EB\U0001F1F7!";
    const std::string s = to_utf8(cps);
    check_index(s, cps);

    const TextIndex idx(s);
    // Exact spots: the family starts at code point 22, byte 37.
    REQUIRE(cps[22] == 0x1F469);
    CHECK(idx.byte_of_cp(22) == 37);
    CHECK(idx.utf16_of_cp(22) == 22);
    CHECK(idx.utf16_of_cp(27) == 30); // after the family: 8 units for 5 code points
    CHECK(idx.cp_of_utf16(23) == 22); // the low surrogate rounds down
    CHECK(idx.cp_of_byte(39) == 22);  // inside the 4-byte sequence rounds down
    CHECK(idx.byte_of_cp(5) == 6);    // "e" of "e\u0301"
    CHECK(idx.byte_of_cp(7) == 9);    // the combining acute takes 2 bytes
    CHECK(idx.cp_count() == 31);
    CHECK(idx.utf16_count() == 36);
}

TEST_CASE("TextIndex handles empty text and long ASCII stretches", "[text]") {
    const TextIndex empty("");
    CHECK(empty.cp_count() == 0);
    CHECK(empty.byte_of_cp(0) == 0);
    CHECK(empty.cp_of_byte(0) == 0);
    CHECK(empty.utf16_of_cp(3) == 0);
    CHECK(empty.cp_of_utf16(0) == 0);

    // ASCII blocks (fast path) next to non-ASCII blocks (scan path), across many checkpoints.
    std::u32string cps;
    for (int i = 0; i < 300; ++i) cps += char32_t('a' + i % 26);
    cps += U"\u00E9\U0001F600\u4E2D";
    for (int i = 0; i < 200; ++i) cps += char32_t('0' + i % 10);
    check_index(to_utf8(cps), cps);
}

TEST_CASE("TextIndex agrees with a naive reference on random Unicode text", "[text]") {
    std::mt19937 rng(20240309);
    auto pick = [&](uint32_t lo, uint32_t hi) { return std::uniform_int_distribution<uint32_t>(lo, hi)(rng); };
    for (int round = 0; round < 200; ++round) {
        std::u32string cps;
        const size_t len = pick(0, 700);
        while (cps.size() < len) {
            const uint32_t kind = pick(0, 99);
            if (kind < 10) { // an ASCII stretch, to exercise the fast paths
                for (uint32_t n = pick(1, 150); n > 0; --n) cps += char32_t(pick(0x20, 0x7E));
            } else if (kind < 40) {
                cps += char32_t(pick(0x20, 0x7E));
            } else if (kind < 60) {
                cps += char32_t(pick(0x80, 0x7FF));
            } else if (kind < 80) {
                uint32_t c = pick(0x800, 0xFFFF);
                if (c >= 0xD800 && c <= 0xDFFF) c -= 0x1000; // no surrogates
                cps += char32_t(c);
            } else {
                cps += char32_t(pick(0x10000, 0x10FFFF));
            }
        }
        const std::string s = to_utf8(cps);
        INFO("round " << round << ", " << cps.size() << " code points");
        REQUIRE(to_u32(s) == cps);
        const RepairResult rep = repair_utf8(s);
        REQUIRE(rep.text == s);
        REQUIRE(rep.invalid_sequences == 0);
        check_index(s, cps);
    }
}

TEST_CASE("repair_utf8 output is always valid, on random bytes", "[text]") {
    std::mt19937 rng(7);
    for (int round = 0; round < 200; ++round) {
        std::string bytes(std::uniform_int_distribution<size_t>(0, 64)(rng), '\0');
        for (char& b : bytes) b = char(std::uniform_int_distribution<int>(0, 255)(rng));
        const RepairResult once = repair_utf8(bytes);
        const RepairResult twice = repair_utf8(once.text);
        REQUIRE(twice.text == once.text);
        REQUIRE(twice.invalid_sequences == 0);
        REQUIRE(to_utf8(to_u32(once.text)) == once.text);
        // is_valid_utf8 (make_document's fast path) says yes exactly when repair changes nothing.
        REQUIRE(is_valid_utf8(bytes) == (once.invalid_sequences == 0));
        REQUIRE(is_valid_utf8(once.text));
    }
    CHECK(is_valid_utf8("Grüße, Привет, 🇺🇦"));
    CHECK_FALSE(is_valid_utf8("\xC0\xAF"));     // overlong
    CHECK_FALSE(is_valid_utf8("\xED\xA0\x80")); // surrogate
    CHECK_FALSE(is_valid_utf8("ab\xE2\x82"));   // truncated at the end
}
