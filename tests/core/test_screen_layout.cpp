// The arrangement of panes by screen width, the touch target size, and the bottom sheet's stops.
#include "core/render/screen_layout.h"
#include <catch2/catch_test_macros.hpp>
#include <string>

using namespace cs;

TEST_CASE("screen layout by CSS width: wide from 1100, medium from 700, narrow below", "[layout]") {
    CHECK(screen_layout(1280) == ScreenLayout::Wide);
    CHECK(screen_layout(1100) == ScreenLayout::Wide);
    CHECK(screen_layout(1099.5f) == ScreenLayout::Medium);
    CHECK(screen_layout(1024) == ScreenLayout::Medium); // iPad landscape
    CHECK(screen_layout(768) == ScreenLayout::Medium);  // iPad portrait
    CHECK(screen_layout(700) == ScreenLayout::Medium);
    CHECK(screen_layout(699) == ScreenLayout::Narrow);
    CHECK(screen_layout(390) == ScreenLayout::Narrow); // a phone
    CHECK(screen_layout(320) == ScreenLayout::Narrow);
    CHECK(std::string(screen_layout_name(ScreenLayout::Medium)) == "medium");
}

TEST_CASE("touch frame padding makes a one-line control 44 px tall", "[layout]") {
    CHECK(touch_frame_padding_y(15, 5) == 15); // 15 + 2*15 = 45 >= 44 (14.5 rounded up)
    CHECK(touch_frame_padding_y(16, 5) == 14); // 16 + 28 = 44
    CHECK(touch_frame_padding_y(40, 5) == 5);  // never below the mouse layout's padding
    for (float font = 10; font <= 30; font += 0.5f) CHECK(font + 2 * touch_frame_padding_y(font, 5) >= kTouchTargetPx);
}

TEST_CASE("the bottom sheet settles at its stops", "[layout]") {
    const SheetStops st = sheet_stops(700, 80);
    CHECK(st.closed == 80);
    CHECK(st.half == 350);
    CHECK(st.full == 644);
    // A slow release: the nearest stop.
    CHECK(settle_sheet(100, 0, st) == 80);
    CHECK(settle_sheet(300, 0, st) == 350);
    CHECK(settle_sheet(520, 100, st) == 644);
    // A flick goes on to the next stop its way, even from just past one.
    CHECK(settle_sheet(120, 900, st) == 350);
    CHECK(settle_sheet(360, 900, st) == 644);
    CHECK(settle_sheet(640, 900, st) == 644);
    CHECK(settle_sheet(340, -900, st) == 80);
    CHECK(settle_sheet(600, -900, st) == 350);
    CHECK(settle_sheet(80, -900, st) == 80);
    // A tap on the grip.
    CHECK(toggle_sheet(80, st) == 350);
    CHECK(toggle_sheet(350, st) == 80);
    CHECK(toggle_sheet(644, st) == 80);
    // A very short space: the stops never cross.
    const SheetStops tiny = sheet_stops(100, 80);
    CHECK(tiny.closed <= tiny.half);
    CHECK(tiny.half <= tiny.full);
}
