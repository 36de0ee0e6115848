// Claimscope core — font faces (see font_faces.h; the list is font_faces.inc).
#include "core/text/font_faces.h"
#include "core/text/text.h"
#include <array>
#include <cstdlib>
#include <string>

namespace cs {
namespace {

struct FaceInfo {
    const char* name;
    const char* file;
    const char* ranges; // "U+0600-06FF,U+0750-077F"
};

constexpr FaceInfo kFaces[] = {
#define FACE(name, file, source, ranges) {#name, file, ranges},
#include "core/text/font_faces.inc"
#undef FACE
};
static_assert(sizeof kFaces / sizeof kFaces[0] == kFontFaceCount, "one FaceInfo per face");

struct Range {
    uint32_t first, last;
};

// The ranges of every face, parsed once from the text the build reads too.
const std::array<std::vector<Range>, kFontFaceCount>& face_ranges() {
    static const auto parsed = [] {
        std::array<std::vector<Range>, kFontFaceCount> out;
        for (size_t f = 0; f < kFontFaceCount; ++f) {
            const char* p = kFaces[f].ranges;
            while (*p) {
                if (p[0] == 'U' && p[1] == '+') p += 2;
                char* end = nullptr;
                const uint32_t first = (uint32_t)std::strtoul(p, &end, 16);
                uint32_t last = first;
                p = end;
                if (*p == '-') last = (uint32_t)std::strtoul(p + 1, &end, 16), p = end;
                out[f].push_back({first, last});
                if (*p == ',') ++p;
            }
        }
        return out;
    }();
    return parsed;
}

bool is_mark_like(uint32_t cp) {
    return (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x1AB0 && cp <= 0x1AFF) || (cp >= 0x1DC0 && cp <= 0x1DFF) ||
           (cp >= 0x20D0 && cp <= 0x20FF) || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xFE20 && cp <= 0xFE2F) ||
           cp == 0x200C || cp == 0x200D;
}

} // namespace

bool is_script_neutral(uint32_t cp) {
    return cp < 0x80 ? !((cp | 32) >= 'a' && (cp | 32) <= 'z') : (cp >= 0x2000 && cp <= 0x206F);
}

const char* face_name(FontFace f) { return kFaces[(size_t)f].name; }
const char* face_file(FontFace f) { return kFaces[(size_t)f].file; }

bool face_covers(FontFace f, uint32_t cp) {
    for (const Range& r : face_ranges()[(size_t)f])
        if (cp >= r.first && cp <= r.last) return true;
    return false;
}

FontFace face_for(uint32_t cp) {
    if (cp < 0x250) return FontFace::Latin; // the common case, without a search
    for (size_t f = 0; f < kFontFaceCount; ++f)
        if (face_covers(FontFace(f), cp)) return FontFace(f);
    return FontFace::Latin;
}

FontFace face_for_cluster(std::u32string_view cluster, FontFace context) {
    if (cluster.empty()) return context;
    const uint32_t base = cluster[0];
    if (base >= 0x1F000 && base <= 0x1FAFF) return FontFace::Emoji;
    // A ZWJ joins emoji only after an emoji base: Devanagari and Arabic use it between letters.
    const bool emoji_base = base >= 0x2600 && base <= 0x27BF;
    for (char32_t c : cluster)
        if (c == 0xFE0F || c == 0x20E3 || (c >= 0xE0020 && c <= 0xE007F) || (c == 0x200D && emoji_base))
            return FontFace::Emoji;
    if (is_mark_like(base)) return context;
    if (is_script_neutral(base)) return face_covers(context, base) ? context : FontFace::Latin;
    return face_for(base);
}

uint32_t faces_needed(std::string_view utf8) {
    uint32_t bits = 0;
    for (size_t i = 0; i < utf8.size();) {
        if ((unsigned char)utf8[i] < 0xC9) { // below U+0240: Latin, always there
            ++i;
            continue;
        }
        size_t len = 1;
        const uint32_t cp = decode_utf8(utf8, i, &len);
        const FontFace f = face_for(cp);
        if (f != FontFace::Latin) bits |= 1u << (unsigned)f;
        i += len;
    }
    return bits;
}

} // namespace cs
