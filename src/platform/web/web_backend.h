// Claimscope web platform — the browser backend: WebGL2 context, input to ImGui, main loop that
// sleeps when idle. Written on emscripten/html5.h instead of Emscripten's built-in GLFW, which in
// 3.1.6 has no clipboard, ignores devicePixelRatio and quantises wheel deltas (docs/TOOLCHAIN.md, quirk 5).
#pragma once
#include <cstdint>

namespace cs::ui {
class App;
App* g_app_for_api(); // the running app (for js_api.cpp and warm_up.cpp)
} // namespace cs::ui

namespace cs::web {
void wake(int frames = 3);     // render at least `frames` more frames (resumes the loop)
void keep_awake_ms(double ms); // keep rendering for a while (tooltips, flashes)
void wake_at(double when_ms);  // render once when emscripten_get_now() reaches when_ms
// Input from the page's own handlers (js_api.cpp), in order with held mouse presses.
void typed_text(const char* utf8);
void key_press(int imgui_key, bool down);
// Touch gestures recognised by the page (web/claimscope.js, Pointer Events), as the pointer input they
// stand for. Coordinates in CSS px relative to the canvas.
void touch_pan(float x, float y, float dy_css); // a one-finger swipe: scrolls what is under (x, y)
void touch_tap(float x, float y, int clicks);   // a tap (1), a long-press: a double click (2) selects the word
void touch_drag(float x, float y, int phase);   // a finger holding what it pressed (a scrollbar's thumb): 0 down, 1 move, 2 up
uint64_t frames_rendered();
float device_pixel_ratio();
const char* clipboard_text(); // browser.cpp
} // namespace cs::web
