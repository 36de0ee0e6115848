// Which font face draws which text (src/core/text/font_faces.h): the faces of font_faces.inc, their
// files, and the face a code point, a grapheme cluster or a whole text needs.
#include "core/text/font_faces.h"
#include <catch2/catch_test_macros.hpp>
#include <string>

using cs::FontFace;

TEST_CASE("font faces: names and served files come from font_faces.inc", "[font_faces]") {
    CHECK(cs::kFontFaceCount == 8);
    CHECK(std::string(cs::face_name(FontFace::Latin)) == "Latin");
    CHECK(std::string(cs::face_name(FontFace::Cjk)) == "Cjk");
    CHECK(std::string(cs::face_file(FontFace::Arabic)) == "NotoSansArabic-Regular.ttf");
    CHECK(std::string(cs::face_file(FontFace::Cjk)) == "NotoSansCJK-Regular.otf");
    CHECK(std::string(cs::face_file(FontFace::Emoji)) == "NotoColorEmoji.ttf");
    CHECK(std::string(cs::face_name(FontFace::Count)) == "");
}

TEST_CASE("font faces: a code point goes to the first face whose ranges hold it", "[font_faces]") {
    CHECK(cs::face_for('A') == FontFace::Latin);
    CHECK(cs::face_for(0x0416) == FontFace::Latin);  // Cyrillic Zhe
    CHECK(cs::face_for(0x0628) == FontFace::Arabic); // beh
    CHECK(cs::face_for(0xFEFB) == FontFace::Arabic); // lam-alef ligature form
    CHECK(cs::face_for(0x05D0) == FontFace::Hebrew); // alef
    CHECK(cs::face_for(0x0915) == FontFace::Devanagari);
    CHECK(cs::face_for(0x0995) == FontFace::Bengali);
    CHECK(cs::face_for(0x0E01) == FontFace::Thai);
    CHECK(cs::face_for(0x4E2D) == FontFace::Cjk);    // 中
    CHECK(cs::face_for(0xAC00) == FontFace::Cjk);    // 가
    CHECK(cs::face_for(0x3042) == FontFace::Cjk);    // あ
    CHECK(cs::face_for(0x1F600) == FontFace::Emoji); // 😀
    CHECK(cs::face_for(0x2600) == FontFace::Latin);  // ☀ text presentation: Latin is listed first
    CHECK(cs::face_for(0x2705) == FontFace::Emoji);  // ✅ only the emoji face holds it
    CHECK(cs::face_for(0x10400) == FontFace::Latin); // no face: Latin draws the fallback glyph
    CHECK(cs::face_covers(FontFace::Arabic, 0x0600));
    CHECK(cs::face_covers(FontFace::Arabic, 0x06FF));
    CHECK_FALSE(cs::face_covers(FontFace::Arabic, 0x0700));
    CHECK(cs::face_covers(FontFace::Latin, 0x2212));
    CHECK_FALSE(cs::face_covers(FontFace::Latin, 0x2213));
    CHECK_FALSE(cs::face_covers(FontFace::Count, 'A'));
}

TEST_CASE("font faces: clusters: emoji sequences, marks, and common punctuation in context", "[font_faces]") {
    // ☀️ (sun + VS16), 1️⃣ (keycap), 🏴 England (tags), 👩‍💻 (ZWJ) are emoji whatever the base.
    CHECK(cs::face_for_cluster(U"\u2600\uFE0F", FontFace::Latin) == FontFace::Emoji);
    CHECK(cs::face_for_cluster(U"1\uFE0F\u20E3", FontFace::Latin) == FontFace::Emoji);
    CHECK(cs::face_for_cluster(U"\U0001F3F4\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F",
                               FontFace::Latin) == FontFace::Emoji);
    CHECK(cs::face_for_cluster(U"\U0001F469\u200D\U0001F4BB", FontFace::Latin) == FontFace::Emoji);
    // A ZWJ inside a Devanagari cluster shapes the conjunct: still Devanagari.
    CHECK(cs::face_for_cluster(U"\u0915\u094D\u200D", FontFace::Devanagari) == FontFace::Devanagari);
    // Marks follow their base: e + combining acute is Latin; beh + fatha is Arabic.
    CHECK(cs::face_for_cluster(U"e\u0301", FontFace::Arabic) == FontFace::Latin);
    CHECK(cs::face_for_cluster(U"\u0628\u064E", FontFace::Latin) == FontFace::Arabic);
    // The Arabic comma and Arabic-Indic digits go with an Arabic run; a danda in a Hindi run stays Devanagari.
    CHECK(cs::face_for_cluster(U"\u060C", FontFace::Arabic) == FontFace::Arabic);
    CHECK(cs::face_for_cluster(U"\u0664", FontFace::Arabic) == FontFace::Arabic);
    CHECK(cs::face_for_cluster(U"\u0964", FontFace::Devanagari) == FontFace::Devanagari);
    // Common punctuation the context's face does not hold falls back to the face that does.
    CHECK(cs::face_for_cluster(U",", FontFace::Arabic) == FontFace::Latin);
    CHECK(cs::face_for_cluster(U"\u3002", FontFace::Latin) == FontFace::Cjk); // 。
    CHECK(cs::face_for_cluster(U"\u3002", FontFace::Cjk) == FontFace::Cjk);
    CHECK(cs::face_for_cluster(U"", FontFace::Thai) == FontFace::Thai);
}

TEST_CASE("font faces: faces_needed lists every face a text needs", "[font_faces]") {
    auto bit = [](FontFace f) { return 1u << (unsigned)f; };
    CHECK(cs::faces_needed("") == 0);
    CHECK(cs::faces_needed("Plain English.\n") == bit(FontFace::Latin));
    CHECK(cs::faces_needed("\n\t") == 0);
    CHECK(cs::faces_needed("Kabul \xD9\x83\xD8\xA7\xD8\xA8\xD9\x84") == (bit(FontFace::Latin) | bit(FontFace::Arabic)));
    CHECK(cs::faces_needed("\xE4\xB8\xAD\xE6\x96\x87") == bit(FontFace::Cjk));                       // 中文
    CHECK(cs::faces_needed("ok \xF0\x9F\x98\x80") == (bit(FontFace::Latin) | bit(FontFace::Emoji))); // 😀
    CHECK(cs::faces_needed("\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D") == bit(FontFace::Hebrew));            // שלום
    CHECK(cs::faces_needed("\xE0\xB8\x81") == bit(FontFace::Thai));
    CHECK(cs::faces_needed("\xFF") == bit(FontFace::Latin)); // bad UTF-8 decodes as U+FFFD
}
