// Theme colours and contrast: see palette.h.
#include "core/render/palette.h"
#include <algorithm>
#include <cmath>

namespace cs {

// Every colour is opaque where ImGui's styles blend (so the contrast test sees what is drawn).
// Light: ImGui's light style with warmer panels, a darker "disabled" text (ImGui's #999 on the panel is
// 2.6:1) and frame borders of 3.5:1 (a white field on the panel is 1.1:1 without one). Dark: ImGui's dark
// style made opaque, its grey hint text (4.3:1) lifted, its hovered button (white on #4296FA, 3.1:1)
// darkened, the current find match a darker orange under light text. High contrast: white and yellow on
// black.
const Palette& palette(Theme t) {
    static const Palette light{0xF6F6F4,   0xFFFFFF,   0xE0E3E8,   0xC7D6ED, 0xCCDEF5, 0x80858E, 0x1A1A1F,
                               0x5C5F66,   0xFFFFFC,   0x1C1C20,   0x64646E, 0x141414, 0x3C3C46, 0xFF7800,
                               0x78AAFF6E, 0xFFC8006E, 0xFF8C00C8, 0.30f,    0x1A1A1F};
    static const Palette dark{0x1C1D20,   0x2A3F5C,   0x2A4466,   0x3A6BB0, 0x2F4F78, 0x6E6E80, 0xFFFFFF,
                              0xB4B4BA,   0x1E1F22,   0xE1E1E4,   0xA0A0AA, 0xF0F0F0, 0xD2D2DC, 0xFFA028,
                              0x5A8CFF78, 0xC8A00078, 0xFF6A0070, 0.38f,    0xFFFFFF};
    static const Palette contrast{0x000000,   0x000000,   0x262626,   0x0059B3, 0x004D99, 0xFFFFFF, 0xFFFFFF,
                                  0xE6E6E6,   0x000000,   0xFFFFFF,   0xE6E6E6, 0xFFFF00, 0xFFFF00, 0xFFFF00,
                                  0x006EFFAA, 0xFFFF0040, 0xFFC80060, 0.5f,     0xFFFF00};
    return t == Theme::Light ? light : t == Theme::Dark ? dark : contrast;
}

double relative_luminance(uint32_t rgb) {
    auto channel = [](uint32_t v) {
        const double c = double(v & 0xFF) / 255.0;
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
}

double contrast_ratio(uint32_t a, uint32_t b) {
    const double la = relative_luminance(a), lb = relative_luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

uint32_t blend(uint32_t fg, float alpha, uint32_t bg) {
    alpha = std::clamp(alpha, 0.0f, 1.0f);
    uint32_t out = 0;
    for (int shift : {16, 8, 0}) {
        const double f = double((fg >> shift) & 0xFF), b = double((bg >> shift) & 0xFF);
        out |= uint32_t(std::lround(f * alpha + b * (1 - alpha))) << shift;
    }
    return out;
}

} // namespace cs
