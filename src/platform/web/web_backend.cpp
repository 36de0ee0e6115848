// Claimscope web platform — main(), the WebGL2 context, input -> ImGui, the idle-aware main loop.
//
// Index
// - State and wake-up (0 frames per second when nothing changes)
// - Canvas size and devicePixelRatio
// - Input callbacks (mouse, wheel, keys; text/clipboard/drop arrive from web/claimscope.js)
// - Frame
// - main()
#include "platform/web/web_backend.h"
#include "platform/web/keymap.h"
#include "platform/web/warm_up.h"
#include "platform/web/webgl_renderer.h"
#include "platform/platform.h"
#include "ui/app.h"
#include <algorithm>
#include <cmath>
#include <cfloat>
#include <cstring>
#include <vector>
#include <emscripten.h>
#include <string>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_internal.h>

namespace cs::web {

// ---------------------------------------------------------------------------------------------
// State and wake-up
// ---------------------------------------------------------------------------------------------
static cs::ui::App* g_app = nullptr;
static int g_frames_wanted = 3;
static double g_awake_until = 0;
static bool g_paused = false;
static uint64_t g_frames = 0;
static float g_dpr = 1;
static int g_css_w = 0, g_css_h = 0;
static int g_fb_w = 0, g_fb_h = 0; // canvas backing store (device px)
static EMSCRIPTEN_WEBGL_CONTEXT_HANDLE g_gl = 0;
static double g_last_time = 0;

void wake(int frames) {
    g_frames_wanted = std::max(g_frames_wanted, frames);
    if (g_paused) {
        g_paused = false;
        emscripten_resume_main_loop();
    }
}
void keep_awake_ms(double ms) {
    g_awake_until = std::max(g_awake_until, emscripten_get_now() + ms);
    wake(1);
}
// One timer for the earliest pending time; a later one is re-armed when that fires.
static double g_timer_at = 0;
void wake_at(double when_ms) {
    const double now = emscripten_get_now();
    if (when_ms <= now) {
        wake(1);
        return;
    }
    if (g_timer_at > now && g_timer_at <= when_ms) return; // an earlier timer will render, and ask again
    g_timer_at = when_ms;
    emscripten_async_call(
        [](void*) {
            g_timer_at = 0;
            wake(1);
        },
        nullptr, (int)std::ceil(when_ms - now));
}
uint64_t frames_rendered() { return g_frames; }
float device_pixel_ratio() { return g_dpr; }

// ---------------------------------------------------------------------------------------------
// Canvas size and devicePixelRatio
// ---------------------------------------------------------------------------------------------
// The canvas is laid out by CSS to fill the page; its backing store is CSS size × DPR so text
// is crisp on HiDPI screens. ImGui works in CSS pixels with DisplayFramebufferScale = DPR.
static void sync_canvas_size() {
    double w = 0, h = 0;
    emscripten_get_element_css_size("#canvas", &w, &h);
    float dpr = (float)emscripten_get_device_pixel_ratio();
    if (dpr <= 0) dpr = 1;
    int cw = (int)std::lround(w), ch = (int)std::lround(h);
    if (cw == g_css_w && ch == g_css_h && dpr == g_dpr) return;
    g_css_w = cw;
    g_css_h = ch;
    g_fb_w = (int)std::lround(w * dpr);
    g_fb_h = (int)std::lround(h * dpr);
    emscripten_set_canvas_element_size("#canvas", g_fb_w, g_fb_h);
    if (dpr != g_dpr) {
        g_dpr = dpr;
        if (g_app) g_app->set_pixel_ratio(dpr);
    }
    wake();
}

static EM_BOOL on_resize(int, const EmscriptenUiEvent*, void*) {
    sync_canvas_size();
    return EM_FALSE;
}

// ---------------------------------------------------------------------------------------------
// Input callbacks
// ---------------------------------------------------------------------------------------------
static void update_modifiers(bool ctrl, bool shift, bool alt, bool meta);

// A press that arrives together with a move (a tap, a synthetic click) is held back until ImGui
// has drawn one frame with the pointer at its new place, so the widget under it is hovered
// before the button goes down — as it always is for a person, who moves and then clicks.
// Input events behind a held one (moves, buttons, keys, modifiers) queue after it, so ImGui sees
// them in the order they happened: a Shift released right after a Shift+click stays held for it.
// Typed text queues too: a word typed right after a click on a field must reach that field, not
// whatever ImGui had active the frame before the held press went down.
enum class InputKind { Pos, Button, Key, Text, Source };
struct PendingInput {
    InputKind kind;
    int button_or_key;
    bool down;
    ImVec2 pos;
    uint64_t after_frame;
    std::string text; // InputKind::Text
};
static std::vector<PendingInput> g_pending;
static uint64_t g_frame_index = 0;            // frames started so far
static ImVec2 g_pos_seen(-FLT_MAX, -FLT_MAX); // pointer position when the last frame started

static void send(const PendingInput& in) {
    ImGuiIO& io = ImGui::GetIO();
    switch (in.kind) {
        case InputKind::Pos: io.AddMousePosEvent(in.pos.x, in.pos.y); break;
        case InputKind::Button: io.AddMouseButtonEvent(in.button_or_key, in.down); break;
        case InputKind::Key: io.AddKeyEvent((ImGuiKey)in.button_or_key, in.down); break;
        case InputKind::Text: io.AddInputCharactersUTF8(in.text.c_str()); break;
        case InputKind::Source: io.AddMouseSourceEvent((ImGuiMouseSource)in.button_or_key); break;
    }
}
// Sends now, or queues behind held events. `hold` starts holding (a press that came with a move).
static void input(PendingInput in, bool hold = false) {
    if (g_pending.empty() && !hold) {
        send(in);
        return;
    }
    in.after_frame = g_pending.empty() ? g_frame_index + 1 : g_pending.back().after_frame;
    g_pending.push_back(std::move(in));
}
static void flush_pending_input() {
    size_t n = 0;
    while (n < g_pending.size() && g_pending[n].after_frame < g_frame_index) send(g_pending[n++]);
    g_pending.erase(g_pending.begin(), g_pending.begin() + n);
}
static void key_event(ImGuiKey key, bool down) { input({InputKind::Key, (int)key, down, {}, 0, {}}); }
void typed_text(const char* utf8) {
    input({InputKind::Text, 0, false, {}, 0, utf8});
    wake();
}
void key_press(int imgui_key, bool down) {
    key_event((ImGuiKey)imgui_key, down);
    wake();
}

static void update_modifiers(bool ctrl, bool shift, bool alt, bool meta) {
    key_event(ImGuiMod_Ctrl, ctrl || meta); // Cmd acts as Ctrl on macOS
    key_event(ImGuiMod_Shift, shift);
    key_event(ImGuiMod_Alt, alt);
    key_event(ImGuiMod_Super, false);
}

// What moves the pointer: ImGui tags each mouse event with it (io.MouseSource), so a view can tell a
// finger's press from a mouse's (the article shows selection handles after a finger's).
static void pointer_source(ImGuiMouseSource source) {
    static ImGuiMouseSource last = ImGuiMouseSource_Mouse;
    if (source == last) return;
    last = source;
    input({InputKind::Source, (int)source, false, {}, 0, {}});
}

static EM_BOOL on_mouse(int type, const EmscriptenMouseEvent* e, void*) {
    double x = 0, y = 0;
    // clientX/Y relative to the canvas (it sits at the page's top left, but be exact anyway).
    // clang-format off
    EM_ASM({ const r = Module.canvas.getBoundingClientRect(); setValue($0, r.left, 'double'); setValue($1, r.top, 'double'); }, &x, &y);
    // clang-format on
    update_modifiers(e->ctrlKey, e->shiftKey, e->altKey, e->metaKey);
    pointer_source(ImGuiMouseSource_Mouse);
    ImVec2 pos((float)(e->clientX - x), (float)(e->clientY - y));
    input({InputKind::Pos, 0, false, pos, 0, {}});
    int button = e->button == 0 ? 0 : e->button == 2 ? 1 : e->button == 1 ? 2 : -1;
    if ((type == EMSCRIPTEN_EVENT_MOUSEDOWN || type == EMSCRIPTEN_EVENT_MOUSEUP) && button >= 0) {
        bool down = type == EMSCRIPTEN_EVENT_MOUSEDOWN;
        bool moved = pos.x != g_pos_seen.x || pos.y != g_pos_seen.y;
        input({InputKind::Button, button, down, pos, 0, {}}, moved);
        // clang-format off
        if (down) EM_ASM({ Module.cs.focusInput(); });
        // clang-format on
    }
    keep_awake_ms(type == EMSCRIPTEN_EVENT_MOUSEMOVE ? 700 : 300); // hover tooltips appear after a delay
    return type == EMSCRIPTEN_EVENT_MOUSEDOWN ? EM_TRUE : EM_FALSE;
}

static EM_BOOL on_wheel(int, const EmscriptenWheelEvent* e, void*) {
    // deltaMode 0 = pixels (Chrome: 100 per notch), 1 = lines, 2 = pages. ImGui: 1.0 per notch.
    float scale = e->deltaMode == 0 ? 1.0f / 100.0f : e->deltaMode == 1 ? 1.0f / 3.0f : 1.0f;
    ImGuiIO& io = ImGui::GetIO();
    update_modifiers(e->mouse.ctrlKey, e->mouse.shiftKey, e->mouse.altKey, e->mouse.metaKey);
    io.AddMouseWheelEvent(-(float)e->deltaX * scale, -(float)e->deltaY * scale);
    wake(3); // scrolling is immediate: no animation to keep drawing
    return EM_TRUE;
}

// Touch (issue 16): the page turns Pointer Events into gestures; here they become what ImGui knows. A swipe
// is a wheel over the finger (ImGui scrolls 5 lines of its font per wheel unit, in this window), so the text
// follows the finger; a tap is a press and release where the finger was, held until ImGui has seen the
// pointer there (as a mouse click is).
void touch_pan(float x, float y, float dy_css) {
    pointer_source(ImGuiMouseSource_TouchScreen);
    input({InputKind::Pos, 0, false, ImVec2(x, y), 0, {}});
    const float step = 5.0f * ImGui::GetFontSize(); // ImGui's wheel step, CSS px
    if (step > 0) ImGui::GetIO().AddMouseWheelEvent(0, dy_css / step);
    wake(3);
}
// `clicks` presses and releases at pos, the first held until ImGui has seen the pointer there; then the
// pointer leaves, so that no hover card stays up over what was pressed.
static void click_at(ImVec2 pos, int clicks) {
    input({InputKind::Pos, 0, false, pos, 0, {}});
    for (int i = 0; i < clicks; ++i) {
        const bool moved = i == 0 && (pos.x != g_pos_seen.x || pos.y != g_pos_seen.y);
        input({InputKind::Button, 0, true, pos, 0, {}}, moved);
        input({InputKind::Button, 0, false, pos, 0, {}});
    }
    input({InputKind::Pos, 0, false, ImVec2(-FLT_MAX, -FLT_MAX), 0, {}});
}
void touch_tap(float x, float y, int clicks) {
    pointer_source(ImGuiMouseSource_TouchScreen);
    click_at(ImVec2(x, y), clicks); // a card's content is reached by the tap, not by a hover
    // clang-format off
    EM_ASM({ Module.cs.focusInput(); });
    // clang-format on
    keep_awake_ms(300);
}

// A finger that holds and drags what it pressed, as a mouse button would (a scrollbar's thumb): phase 0
// presses, 1 moves, 2 releases and leaves.
void touch_drag(float x, float y, int phase) {
    pointer_source(ImGuiMouseSource_TouchScreen);
    const ImVec2 pos(x, y);
    input({InputKind::Pos, 0, false, pos, 0, {}});
    if (phase == 0) input({InputKind::Button, 0, true, pos, 0, {}}, pos.x != g_pos_seen.x || pos.y != g_pos_seen.y);
    if (phase == 2) {
        input({InputKind::Button, 0, false, pos, 0, {}});
        input({InputKind::Pos, 0, false, ImVec2(-FLT_MAX, -FLT_MAX), 0, {}});
    }
    wake(3);
}

static bool is_clipboard_shortcut(const EmscriptenKeyboardEvent* e) {
    if (!(e->ctrlKey || e->metaKey) || e->altKey) return false;
    return !std::strcmp(e->code, "KeyC") || !std::strcmp(e->code, "KeyV") || !std::strcmp(e->code, "KeyX");
}

static EM_BOOL on_key(int type, const EmscriptenKeyboardEvent* e, void*) {
    // An IME composing text ("zhuanjia" -> 专家): its keys are the IME's, the text comes on `input`.
    if (e->keyCode == 229) return EM_FALSE;
    update_modifiers(e->ctrlKey, e->shiftKey, e->altKey, e->metaKey);
    bool down = type == EMSCRIPTEN_EVENT_KEYDOWN;
    ImGuiKey key = key_from_dom_code(e->code);
    // Ctrl+V reaches ImGui from the `paste` event, once the pasted text is known (web/claimscope.js).
    bool paste = down && (e->ctrlKey || e->metaKey) && !std::strcmp(e->code, "KeyV");
    if (key != ImGuiKey_None && !paste) key_event(key, down);
    wake();
    // Let the browser produce `input` (typed text) and copy/cut/paste events; block the rest
    // (Ctrl+S would save the page, Ctrl+F open the browser's find, Tab move focus away...). A release
    // does nothing in the browser but click a button of the panels' copy on Space: never blocked.
    bool printable = std::strlen(e->key) > 0 && std::strlen(e->key) <= 4 && !(e->ctrlKey || e->metaKey);
    if (!down || printable || is_clipboard_shortcut(e)) return EM_FALSE;
    return (key != ImGuiKey_None) ? EM_TRUE : EM_FALSE;
}

static EM_BOOL on_focus(int type, const EmscriptenFocusEvent*, void*) {
    ImGui::GetIO().AddFocusEvent(type == EMSCRIPTEN_EVENT_FOCUS);
    wake();
    return EM_FALSE;
}

// ---------------------------------------------------------------------------------------------
// Frame
// ---------------------------------------------------------------------------------------------
// True when ImGui would lay this frame out differently next frame with no new input: a window
// is being measured before it appears (ImGui hides it for a frame), a window that fits its
// contents (a hover card, a popup) has not caught up with them, or a window's
// content size changed (its scrollbar follows a frame later; a child's width only where it shows).
// Same rules as imgui.cpp's CalcWindowContentSizes and CalcWindowNextAutoFitSize.
static bool layout_changes_next_frame() {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    for (ImGuiWindow* w : g.Windows) {
        if (!w->Active || w->Collapsed) continue;
        if (w->Hidden) return true; // submitted but hidden: an appearing window measured before it shows
        if (w->AutoFitFramesX > 0 || w->AutoFitFramesY > 0) return true;
        if (w->Flags & ImGuiWindowFlags_AlwaysAutoResize) {
            const ImVec2 fit = ImGui::CalcWindowNextAutoFitSize(w);
            if (fit.x != w->SizeFull.x || fit.y != w->SizeFull.y) return true;
        }
        if (w->ContentSizeExplicit.y == 0.0f &&
            IM_TRUNC(w->DC.CursorMaxPos.y - w->DC.CursorStartPos.y) != w->ContentSize.y)
            return true;
        // A child's content width shows next frame only through a horizontal scrollbar or a width fitted
        // to it; the lists' rows are as wide as the child, and narrow when a vertical scrollbar comes
        // (a new article's first frame ran a third time for that alone).
        const bool width_shows = !(w->Flags & ImGuiWindowFlags_ChildWindow) ||
                                 (w->Flags & (ImGuiWindowFlags_HorizontalScrollbar | ImGuiWindowFlags_AlwaysHorizontalScrollbar)) ||
                                 (w->ChildFlags & ImGuiChildFlags_AutoResizeX);
        if (width_shows && w->ContentSizeExplicit.x == 0.0f &&
            IM_TRUNC(w->DC.CursorMaxPos.x - w->DC.CursorStartPos.x) != w->ContentSize.x)
            return true;
    }
    return false;
}

static void frame() {
    double now = emscripten_get_now();
    if (g_frames_wanted <= 0 && now >= g_awake_until) {
        // Nothing changed: stop the requestAnimationFrame loop until an event wakes it.
        g_paused = true;
        emscripten_pause_main_loop();
        return;
    }
    if (g_frames_wanted > 0) --g_frames_wanted;
    sync_canvas_size();
    ++g_frame_index;
    flush_pending_input();
    g_pos_seen = ImGui::GetIO().MousePos;
    if (!g_pending.empty()) wake(2);

    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2((float)g_css_w, (float)g_css_h);
    io.DisplayFramebufferScale = ImVec2(g_dpr, g_dpr);
    // Capped: ImGui's clock stands still while the page sleeps, and a slow frame (software
    // WebGL, a busy machine) does not turn a quick double-click into two single clicks.
    io.DeltaTime = g_last_time > 0 ? (float)std::clamp((now - g_last_time) / 1000.0, 0.001, 0.05) : 1.0f / 60.0f;
    g_last_time = now;

    if (g_app->fonts_dirty()) {
        g_app->build_fonts();
        renderer_upload_fonts();
    }
    ImGui::NewFrame();
    g_app->frame();
    ImGui::Render();
    // A frame ImGui would lay out differently next time is run again at once instead of shown: the
    // screen never shows the stale layout for a frame (a hover card one size behind its text), and
    // the browser rasterises one frame, not two (each costs ~15 ms of read-back without a GPU).
    for (int again = 0; again < 2 && layout_changes_next_frame(); again++) {
        io.DeltaTime = 0.001f;
        ImGui::NewFrame();
        g_app->frame();
        ImGui::Render();
    }

    renderer_draw(ImGui::GetDrawData(), g_fb_w, g_fb_h, g_app->background_color());
    ++g_frames;
    g_app->record_frame_time(emscripten_get_now() - now);
    if (g_frames == 1) {
        // clang-format off
        EM_ASM({ Module.cs.appStarted(); });   // drawn: the page can be used (and its API asked about what it shows)
        // clang-format on
        // After the first paint: the full font atlas (the first one has only what that frame
        // shows, ui/fonts.cpp), then the file reader's warm-up, before anyone can open a file.
        emscripten_async_call(
            [](void*) {
                g_app->want_full_fonts();
                wake();
            },
            nullptr, 0);
        schedule_warm_up();
    }
    // ImGui still settling (a focus request in flight, input events not yet consumed, a window
    // appearing) wants more frames before the loop may sleep.
    ImGuiContext& g = *ImGui::GetCurrentContext();
    if (g.NavMoveSubmitted || g.NavMoveScoringItems || g.NavNextActivateId || g.NavActivateId ||
        !g.InputEventsQueue.empty())
        wake(2);
    for (ImGuiWindow* w : g.Windows)
        if (w->Active && (w->HiddenFramesCannotSkipItems > 0 || w->HiddenFramesCanSkipItems > 0 || w->Appearing)) {
            wake(2);
            break;
        }
    // clang-format off
    if (io.WantTextInput) EM_ASM({ Module.cs.focusInput(false); });
    // clang-format on
}

} // namespace cs::web

namespace cs::ui {
App* g_app_for_api() { return cs::web::g_app; }
} // namespace cs::ui

// ---------------------------------------------------------------------------------------------
// main()
// ---------------------------------------------------------------------------------------------
int main() {
    using namespace cs::web;
    EmscriptenWebGLContextAttributes attr;
    emscripten_webgl_init_context_attributes(&attr);
    attr.majorVersion = 2;
    attr.minorVersion = 0;
    attr.alpha = EM_FALSE;
    attr.antialias = EM_FALSE;
    attr.depth = EM_FALSE; // the renderer uses neither: no buffers to allocate and clear each frame
    attr.stencil = EM_FALSE;
    attr.preserveDrawingBuffer = EM_FALSE; // the compositor keeps showing the last frame; no per-frame copy
    attr.enableExtensionsByDefault =
        EM_FALSE; // WebGL 2 core is all the renderer uses; enabling every extension took ~30 ms
    // The canvas gets its size first: resizing it after the context exists reallocates the
    // drawing buffer (~18 ms at start-up).
    g_dpr = 0;
    sync_canvas_size();
    g_gl = emscripten_webgl_create_context("#canvas", &attr);
    if (g_gl <= 0) {
        // clang-format off
        EM_ASM({ Module.cs.fail('WebGL 2 is not available in this browser, so Claimscope cannot draw. Try an up-to-date Chrome, Edge or Firefox, or enable hardware acceleration.'); });
        // clang-format on
        return 1;
    }
    emscripten_webgl_make_context_current(g_gl);
    renderer_init(); // the GPU process compiles the shaders while the app below is set up

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;              // layout is stored by the app in localStorage
    io.ConfigInputTextCursorBlink = false; // a blinking caret would keep the page rendering
    io.BackendPlatformName = "claimscope_web";
    // The system clipboard, not ImGui's private one: copies go to the browser, pastes come from
    // the browser's paste event (web/claimscope.js).
    io.SetClipboardTextFn = [](void*, const char* text) { cs::platform::set_clipboard_text(text); };
    io.GetClipboardTextFn = [](void*) { return clipboard_text(); };
    static cs::ui::App app(g_dpr);
    g_app = &app;

    emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, on_resize);
    emscripten_set_mousedown_callback("#canvas", nullptr, EM_TRUE, on_mouse);
    emscripten_set_mousemove_callback(EMSCRIPTEN_EVENT_TARGET_DOCUMENT, nullptr, EM_TRUE, on_mouse);
    emscripten_set_mouseup_callback(EMSCRIPTEN_EVENT_TARGET_DOCUMENT, nullptr, EM_TRUE, on_mouse);
    emscripten_set_wheel_callback("#canvas", nullptr, EM_TRUE, on_wheel);
    emscripten_set_keydown_callback(EMSCRIPTEN_EVENT_TARGET_DOCUMENT, nullptr, EM_TRUE, on_key);
    emscripten_set_keyup_callback(EMSCRIPTEN_EVENT_TARGET_DOCUMENT, nullptr, EM_TRUE, on_key);
    emscripten_set_focus_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_TRUE, on_focus);
    emscripten_set_blur_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_TRUE, on_focus);

    if (!renderer_start()) {
        // clang-format off
        EM_ASM({ Module.cs.fail('Claimscope could not set up WebGL 2 drawing in this browser (shader error). Try an up-to-date Chrome, Edge or Firefox.'); });
        // clang-format on
        return 1;
    }
    emscripten_set_main_loop(frame, 0, EM_FALSE); // claimscope.ready resolves once the first frame is drawn
    return 0;
}

namespace cs::platform {
void press_at(float x, float y) {
    web::pointer_source(ImGuiMouseSource_Mouse);
    web::click_at(ImVec2(x, y), 1);
    web::keep_awake_ms(300);
}
bool typed_input_held() {
    for (const web::PendingInput& in : web::g_pending)
        if (in.kind == web::InputKind::Key || in.kind == web::InputKind::Text) return true;
    return false;
}
} // namespace cs::platform
