// Claimscope core — line, word and grapheme boundaries through libunibreak (see segment.h).
#include "core/text/segment.h"
#include <graphemebreak.h>
#include <linebreak.h>
#include <wordbreak.h>

namespace cs {

namespace {

const utf32_t* utf32(std::u32string_view text) {
    static_assert(sizeof(utf32_t) == sizeof(char32_t), "libunibreak reads the code points as they are");
    return reinterpret_cast<const utf32_t*>(text.data());
}

// libunibreak's word and grapheme answers: one code for a boundary, another for none.
std::vector<bool> boundaries(const std::vector<char>& codes, char boundary) {
    std::vector<bool> out(codes.size());
    for (size_t i = 0; i < codes.size(); i++) out[i] = codes[i] == boundary;
    return out;
}

} // namespace

std::vector<LineBreak> line_breaks(std::u32string_view text, const char* language) {
    std::vector<char> codes(text.size());
    set_linebreaks_utf32(utf32(text), text.size(), language, codes.data());
    std::vector<LineBreak> out(text.size());
    for (size_t i = 0; i < codes.size(); i++) {
        switch (codes[i]) {
            case LINEBREAK_MUSTBREAK: out[i] = LineBreak::Mandatory; break;
            case LINEBREAK_ALLOWBREAK: out[i] = LineBreak::Allowed; break;
            // libunibreak leaves the end of the text open, for callers that feed it in pieces; this text is whole.
            case LINEBREAK_INDETERMINATE: out[i] = LineBreak::Mandatory; break;
            default: out[i] = LineBreak::None; break;
        }
    }
    return out;
}

std::vector<bool> word_boundaries(std::u32string_view text) {
    std::vector<char> codes(text.size());
    set_wordbreaks_utf32(utf32(text), text.size(), nullptr, codes.data());
    return boundaries(codes, WORDBREAK_BREAK);
}

std::vector<bool> grapheme_boundaries(std::u32string_view text) {
    std::vector<char> codes(text.size());
    set_graphemebreaks_utf32(utf32(text), text.size(), nullptr, codes.data());
    return boundaries(codes, GRAPHEMEBREAK_BREAK);
}

} // namespace cs
