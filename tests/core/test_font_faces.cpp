// Which face draws which text: the list in font_faces.inc, read by the code and by the build.
#include "core/text/font_faces.h"
#include <catch2/catch_test_macros.hpp>
#include <string>

using namespace cs;

TEST_CASE("face_for: each script's letters go to its face, unknown code points to Latin") {
    CHECK(face_for('a') == FontFace::Latin);
    CHECK(face_for(0x00E9) == FontFace::Latin); // é
    CHECK(face_for(0x03A9) == FontFace::Latin); // Ω: Noto Sans has Greek
    CHECK(face_for(0x0416) == FontFace::Latin); // Ж
    CHECK(face_for(0x0628) == FontFace::Arabic);
    CHECK(face_for(0x05D0) == FontFace::Hebrew);
    CHECK(face_for(0x0915) == FontFace::Devanagari);
    CHECK(face_for(0x0995) == FontFace::Bengali);
    CHECK(face_for(0x0E01) == FontFace::Thai);
    CHECK(face_for(0x8A00) == FontFace::Cjk); // 言
    CHECK(face_for(0x3042) == FontFace::Cjk); // あ
    CHECK(face_for(0xD55C) == FontFace::Cjk); // 한
    CHECK(face_for(0x1F44D) == FontFace::Emoji);
    CHECK(face_for(0x10400) == FontFace::Latin); // Deseret: no face, the fallback glyph
    CHECK(std::string(face_file(FontFace::Arabic)) == "NotoSansArabic-Regular.ttf");
    CHECK(std::string(face_name(FontFace::Cjk)) == "Cjk");
}

TEST_CASE("face_for_cluster: emoji sequences, marks and shared punctuation") {
    CHECK(face_for_cluster(U"\u2764\uFE0F", FontFace::Latin) == FontFace::Emoji);               // ❤️
    CHECK(face_for_cluster(U"1\uFE0F\u20E3", FontFace::Latin) == FontFace::Emoji);              // keycap 1️⃣
    CHECK(face_for_cluster(U"\U0001F469\u200D\U0001F467", FontFace::Latin) == FontFace::Emoji); // 👩‍👧
    CHECK(face_for_cluster(U"\U0001F1FA\U0001F1E6", FontFace::Latin) == FontFace::Emoji);       // 🇺🇦
    CHECK(face_for_cluster(U"a\u0308", FontFace::Latin) == FontFace::Latin);
    CHECK(face_for_cluster(U"\u0915\u094D\u200D", FontFace::Latin) ==
          FontFace::Devanagari);                                                   // a half form: ZWJ, no emoji
    CHECK(face_for_cluster(U"\u0628\u064E", FontFace::Latin) == FontFace::Arabic); // a letter with its vowel mark
    CHECK(face_for_cluster(U"\u064E", FontFace::Arabic) == FontFace::Arabic);      // a lone mark follows the run
    CHECK(face_for_cluster(U"\u060C", FontFace::Latin) == FontFace::Arabic);       // Arabic comma: in Arabic's ranges
    CHECK(face_for_cluster(U".", FontFace::Arabic) == FontFace::Latin);            // not subset into the Arabic file
    CHECK(face_for_cluster(U"\u3002", FontFace::Cjk) == FontFace::Cjk);            // 。
}

TEST_CASE("faces_needed: a Latin article needs no face but Latin; mixed text names each") {
    CHECK(faces_needed("Plain English, d\xC3\xA9j\xC3\xA0 vu, \xCE\xA9") == 0);
    const uint32_t bits = faces_needed("\xD8\xA8 and \xE8\xA8\x80 and \xF0\x9F\x91\x8D");
    CHECK(bits ==
          ((1u << (unsigned)FontFace::Arabic) | (1u << (unsigned)FontFace::Cjk) | (1u << (unsigned)FontFace::Emoji)));
}
