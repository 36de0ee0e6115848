// Claimscope core — glyph ranges for some texts (see glyph_ranges.h).
#include "core/text/glyph_ranges.h"
#include "core/text/text.h"
#include <bitset>
#include <memory>

namespace cs {

std::vector<uint16_t> glyph_ranges(const std::vector<std::string_view>& texts,
                                   std::initializer_list<CodePointRange> always) {
    auto used = std::make_unique<std::bitset<0x10000>>(); // 8 KB: off the stack
    for (const CodePointRange& r : always)
        for (char32_t c = r.first; c <= r.last && c <= 0xFFFF; c++) used->set(c);
    for (std::string_view s : texts)
        for (size_t i = 0; i < s.size();) {
            const unsigned char b = (unsigned char)s[i];
            if (b < 0x80) { // most of any text: no decoder call
                used->set(b);
                i++;
                continue;
            }
            size_t len = 1;
            const uint32_t cp = decode_utf8(s, i, &len);
            if (cp <= 0xFFFF) used->set(cp);
            i += len;
        }
    used->reset(0); // 0 ends the list
    std::vector<uint16_t> out;
    for (uint32_t c = 1; c <= 0xFFFF; c++) {
        if (!used->test(c)) continue;
        if (!out.empty() && out.back() + 1u == c)
            out.back() = (uint16_t)c; // extends the last pair
        else
            out.insert(out.end(), {(uint16_t)c, (uint16_t)c});
    }
    out.push_back(0);
    return out;
}

} // namespace cs
