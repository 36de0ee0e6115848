// The themes' colours against WCAG 2.2 AA (src/core/render/palette.h): 4.5:1 for text (1.4.3), including
// hints and text under highlights, selection and find matches; 3:1 for what a user must see of the
// controls and marks (1.4.11): field borders, the caret, the focus ring, underlines and boxes.
#include "core/model/codebook.h"
#include "core/render/palette.h"
#include <catch2/catch_test_macros.hpp>
#include <string>

using namespace cs;

namespace {

const char* name(Theme t) { return t == Theme::Light ? "light" : t == Theme::Dark ? "dark" : "high contrast"; }

// The colour a 0xRRGGBBAA fill shows over `bg`.
uint32_t fill(uint32_t rgba, uint32_t bg) { return blend(rgba >> 8, float(rgba & 0xFF) / 255.0f, bg); }

} // namespace

TEST_CASE("contrast_ratio: the WCAG formula on known pairs", "[palette]") {
    CHECK(contrast_ratio(0x000000, 0xFFFFFF) == 21.0);
    CHECK(contrast_ratio(0xFFFFFF, 0xFFFFFF) == 1.0);
    // #767676 on white is the lightest grey that passes 4.5:1; #777777 fails.
    CHECK(contrast_ratio(0x767676, 0xFFFFFF) >= 4.5);
    CHECK(contrast_ratio(0x777777, 0xFFFFFF) < 4.5);
    CHECK(blend(0xFF0000, 0.5f, 0x0000FF) == 0x800080);
}

TEST_CASE("every theme keeps 4.5:1 for text and 3:1 for controls and marks", "[palette]") {
    const Codebook cb = default_codebook();
    for (Theme t : {Theme::Light, Theme::Dark, Theme::HighContrast}) {
        const Palette& p = palette(t);
        auto text = [&](const char* what, uint32_t fg, uint32_t bg) {
            INFO(name(t) << ": " << what << " " << contrast_ratio(fg, bg));
            CHECK(contrast_ratio(fg, bg) >= 4.5);
        };
        auto mark = [&](const std::string& what, uint32_t fg, uint32_t bg) {
            INFO(name(t) << ": " << what << " " << contrast_ratio(fg, bg));
            CHECK(contrast_ratio(fg, bg) >= 3.0);
        };
        // Panels: text and hints on every surface they are drawn on.
        for (uint32_t bg : {p.window_bg, p.frame_bg, p.button, p.button_hovered, p.header}) text("text", p.text, bg);
        for (uint32_t bg : {p.window_bg, p.frame_bg, p.button}) text("hint text", p.text_muted, bg);
        mark("field border", p.border, p.window_bg);
        mark("focus ring", p.focus_ring, p.window_bg);
        mark("focus ring on a button", p.focus_ring, p.button);
        // The article.
        text("article text", p.page_text, p.page_bg);
        text("byline", p.page_muted, p.page_bg);
        text("text in the selection", p.page_text, fill(p.selection, p.page_bg));
        text("text in a find match", p.page_text, fill(p.find_match, p.page_bg));
        text("text in the current match", p.page_text, fill(p.find_current, p.page_bg));
        mark("caret", p.caret, p.page_bg);
        mark("link connector", p.connector, p.page_bg);
        for (const AnnotationType& type : cb.types) {
            if (type.style == DrawStyle::Highlight)
                text(("text in a " + type.label + " highlight").c_str(), p.page_text,
                     blend(type.color, p.highlight_alpha, p.page_bg));
            else // an underline or a box is the mark itself
                mark(type.label + " underline/box", type.color, p.page_bg);
        }
    }
}
