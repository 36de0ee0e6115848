#include "core/render/screen_layout.h"
#include <algorithm>
#include <cmath>

namespace cs {

ScreenLayout screen_layout(float width_css) {
    if (width_css >= 1100) return ScreenLayout::Wide;
    return width_css >= 700 ? ScreenLayout::Medium : ScreenLayout::Narrow;
}

const char* screen_layout_name(ScreenLayout l) {
    switch (l) {
        case ScreenLayout::Wide: return "wide";
        case ScreenLayout::Medium: return "medium";
        case ScreenLayout::Narrow: return "narrow";
    }
    return "wide";
}

float touch_frame_padding_y(float font_px, float padding_y) {
    // Rounded up: a control 43.5 px tall is under the target.
    return std::max(padding_y, std::ceil((kTouchTargetPx - font_px) * 0.5f));
}

SheetStops sheet_stops(float space_h, float closed_h) {
    SheetStops s;
    s.closed = closed_h;
    s.full = std::max(closed_h, space_h - 56); // a strip of the article stays: the sheet is not a new page
    s.half = std::clamp(std::round(space_h * 0.5f), s.closed, s.full);
    return s;
}

float settle_sheet(float height, float velocity, const SheetStops& stops) {
    const float order[3] = {stops.closed, stops.half, stops.full};
    constexpr float kFlick = 600;
    if (velocity > kFlick) { // opening: the first stop above
        for (float h : order)
            if (h > height + 1) return h;
        return stops.full;
    }
    if (velocity < -kFlick) { // closing: the first stop below
        for (int i = 2; i >= 0; --i)
            if (order[i] < height - 1) return order[i];
        return stops.closed;
    }
    float best = stops.closed;
    for (float h : order)
        if (std::abs(h - height) < std::abs(best - height)) best = h;
    return best;
}

float toggle_sheet(float height, const SheetStops& stops) {
    return height <= stops.closed + 1 ? stops.half : stops.closed;
}

} // namespace cs
