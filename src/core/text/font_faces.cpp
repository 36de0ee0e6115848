// Claimscope core — which font face draws which text. The faces and their ranges are the lines of
// font_faces.inc, the same list the build subsets the fonts to (cmake/fonts.cmake).
#include "core/text/font_faces.h"
#include "core/text/text.h"
#include <algorithm>
#include <array>
#include <cstdlib>
#include <string>

namespace cs {
namespace {

struct FaceInfo {
    const char* name;
    const char* file;
    const char* ranges; // "U+0600-06FF,U+FB50-FDFF,..." (pyftsubset's --unicodes syntax)
};
constexpr FaceInfo kFaces[] = {
#define FACE(name, file, source, ranges) {#name, file, ranges},
#include "core/text/font_faces.inc"
#undef FACE
};
static_assert(sizeof(kFaces) / sizeof(kFaces[0]) == kFontFaceCount, "one FaceInfo per FontFace");

struct Range {
    uint32_t lo, hi;
};
// Parsed once: the same string the build hands pyftsubset, so code and fonts cannot disagree.
std::vector<Range> parse_ranges(std::string_view s) {
    std::vector<Range> out;
    size_t i = 0;
    while (i < s.size()) {
        size_t end = s.find(',', i);
        if (end == std::string_view::npos) end = s.size();
        std::string item(s.substr(i, end - i));
        i = end + 1;
        if (item.size() < 3 || (item[0] != 'U' && item[0] != 'u') || item[1] != '+') continue;
        char* rest = nullptr;
        const uint32_t lo = (uint32_t)std::strtoul(item.c_str() + 2, &rest, 16);
        uint32_t hi = lo;
        if (rest && *rest == '-') hi = (uint32_t)std::strtoul(rest + 1, nullptr, 16);
        if (hi >= lo) out.push_back({lo, hi});
    }
    return out;
}
const std::vector<Range>& ranges_of(FontFace f) {
    static const auto all = [] {
        std::array<std::vector<Range>, kFontFaceCount> a;
        for (size_t i = 0; i < kFontFaceCount; ++i) a[i] = parse_ranges(kFaces[i].ranges);
        return a;
    }();
    return all[(size_t)f];
}

// Punctuation, digits and spaces that every script uses: they go with the text around them when
// that face has them (the Arabic comma in an Arabic run), else with the face that holds them.
bool is_common(uint32_t cp) {
    if (cp < 0x80) return !((cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z'));
    return (cp >= 0xA0 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7 || (cp >= 0x2000 && cp <= 0x206F) ||
           (cp >= 0x3000 && cp <= 0x303F) || cp == 0x060C || cp == 0x061B || cp == 0x061F || cp == 0x0640 ||
           (cp >= 0x0660 && cp <= 0x0669) || cp == 0x0964 || cp == 0x0965;
}
bool is_emoji_tag(uint32_t cp) { return cp >= 0xE0020 && cp <= 0xE007F; }

} // namespace

const char* face_name(FontFace f) { return (size_t)f < kFontFaceCount ? kFaces[(size_t)f].name : ""; }
const char* face_file(FontFace f) { return (size_t)f < kFontFaceCount ? kFaces[(size_t)f].file : ""; }

bool face_covers(FontFace f, uint32_t cp) {
    if ((size_t)f >= kFontFaceCount) return false;
    const auto& r = ranges_of(f);
    return std::any_of(r.begin(), r.end(), [cp](const Range& x) { return cp >= x.lo && cp <= x.hi; });
}

FontFace face_for(uint32_t cp) {
    for (size_t i = 0; i < kFontFaceCount; ++i)
        if (face_covers((FontFace)i, cp)) return (FontFace)i;
    return FontFace::Latin;
}

FontFace face_for_cluster(std::u32string_view cluster, FontFace context) {
    if (cluster.empty()) return context;
    const uint32_t base = cluster[0];
    for (size_t i = 0; i < cluster.size(); ++i) {
        const uint32_t cp = cluster[i];
        // U+FE0F asks for the emoji presentation, U+20E3 makes a keycap, tags make flags such as
        // England's. A ZWJ joins emoji only after an emoji base: in Devanagari or Arabic it shapes text.
        if (cp == 0xFE0F || cp == 0x20E3 || is_emoji_tag(cp)) return FontFace::Emoji;
        if (cp == 0x200D && i > 0 && face_covers(FontFace::Emoji, base) && base >= 0x2000) return FontFace::Emoji;
    }
    if (is_common(base) && (size_t)context < kFontFaceCount && face_covers(context, base)) return context;
    return face_for(base);
}

uint32_t faces_needed(std::string_view utf8) {
    uint32_t bits = 0;
    size_t pos = 0;
    while (pos < utf8.size()) {
        size_t len = 1;
        const uint32_t cp = decode_utf8(utf8, pos, &len);
        pos += len ? len : 1;
        if (cp < 0x20) continue; // line breaks and tabs are not drawn
        bits |= 1u << (unsigned)face_for(cp);
    }
    return bits;
}

} // namespace cs
