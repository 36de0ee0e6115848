// Claimscope core — the colours of each theme, and the contrast they must keep (WCAG 2.2: 1.4.3 text
// 4.5:1, 1.4.11 non-text 3:1). The UI takes its colours from here (ui/theme.cpp), so the core test that
// checks every pair is checking what is drawn (tests/core/test_palette.cpp).
#pragma once
#include <cstdint>

namespace cs {

enum class Theme { Light, Dark, HighContrast };

struct Palette {
    // Panels (ImGui's style colours), 0xRRGGBB. text_muted is ImGui's "disabled" text, which Claimscope
    // uses for hints and explanations: it is read, so it keeps the 4.5:1 of text.
    uint32_t window_bg, frame_bg, button, button_hovered, header, border, text, text_muted;
    // The article page, 0xRRGGBB.
    uint32_t page_bg, page_text, page_muted, caret, connector, flash;
    // Fills drawn over the page's text, 0xRRGGBBAA: the text stays readable through them.
    uint32_t selection, find_match, find_current;
    float highlight_alpha; // the fill opacity of "Highlight" annotation types
    uint32_t focus_ring;   // the keyboard's focus ring (2 px), 0xRRGGBB
};

const Palette& palette(Theme t);

// WCAG 2.2 relative luminance of an sRGB colour 0xRRGGBB, and the contrast ratio of two (1 to 21).
double relative_luminance(uint32_t rgb);
double contrast_ratio(uint32_t rgb_a, uint32_t rgb_b);
// `fg` (0xRRGGBB) drawn at `alpha` over `bg`: the colour seen, 0xRRGGBB.
uint32_t blend(uint32_t fg, float alpha, uint32_t bg);

} // namespace cs
