// Claimscope core — which font face draws which text (the faces are listed in font_faces.inc).
//
// - FontFace, face_file, face_for_cluster
// - faces_needed: the faces a text needs, to fetch before it is drawn
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

namespace cs {

enum class FontFace : uint8_t {
#define FACE(name, file, source, ranges) name,
#include "core/text/font_faces.inc"
#undef FACE
    Count
};
constexpr size_t kFontFaceCount = (size_t)FontFace::Count;

const char* face_name(FontFace f); // "Latin", "Arabic", ...
const char* face_file(FontFace f); // the file under fonts/ that holds it
// Whether the face's ranges hold cp.
bool face_covers(FontFace f, uint32_t cp);
// The face for one code point: the first face in font_faces.inc whose ranges hold it; Latin (whose
// fallback glyph is drawn) for code points no face holds.
FontFace face_for(uint32_t cp);
// The face for a grapheme cluster (cluster[0] is its base): an emoji sequence (a variation selector
// U+FE0F, a ZWJ, a keycap, a tag) is Emoji whatever its base; otherwise marks follow their base,
// except that a base of the common punctuation or digits takes the face of the script around it
// (`context`, e.g. the Arabic comma of an Arabic run, or Latin).
FontFace face_for_cluster(std::u32string_view cluster, FontFace context);
// ASCII punctuation, digits and spaces, and general punctuation: characters every script uses, which
// take the face of the text around them where that face has them.
bool is_script_neutral(uint32_t cp);
// Bit i set: FontFace(i), a face other than the embedded Latin, is needed by some code point of `utf8`.
uint32_t faces_needed(std::string_view utf8);

} // namespace cs
