// Claimscope core — which arrangement of panes a screen gets (issue 16), how big what a finger presses
// must be, and where the narrow layout's bottom sheet settles when the finger lets go of it. Pure: the
// UI measures the screen and the finger, this decides (tests/core/test_screen_layout.cpp).
#pragma once

namespace cs {

// Wide (>= 1100 CSS px): the list, the article and the inspector side by side. Medium (700-1100): the
// article and one side panel that shows the list or the inspector. Narrow (< 700): the article the full
// width, the toolbar folded into a menu, the list and the inspector in a bottom sheet.
enum class ScreenLayout { Wide, Medium, Narrow };
ScreenLayout screen_layout(float width_css);
const char* screen_layout_name(ScreenLayout l); // "wide", "medium", "narrow"

// What a finger presses is at least this tall and wide where the primary pointer is coarse (WCAG 2.5.5;
// Apple's and Google's guidelines), and the frame padding that makes a one-line control of text
// `font_px` that tall (never less than the mouse layout's `padding_y`).
constexpr float kTouchTargetPx = 44;
float touch_frame_padding_y(float font_px, float padding_y);

// The bottom sheet rests closed (its grip and tabs only), at half the screen, or nearly full (the top
// bar stays in sight). Heights in CSS px, from the bottom of the space the article and sheet share.
struct SheetStops {
    float closed = 0, half = 0, full = 0;
};
SheetStops sheet_stops(float space_h, float closed_h);
// Where the sheet goes when the finger lifts at `height`, moving at `velocity` (CSS px per second,
// positive while it opens): a flick (over 600 px/s) goes on to the next stop its way; a slow release
// goes to the nearest stop.
float settle_sheet(float height, float velocity, const SheetStops& stops);
// A tap on the grip: a closed sheet opens to half, an open one closes.
float toggle_sheet(float height, const SheetStops& stops);

} // namespace cs
