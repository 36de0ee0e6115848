// Claimscope web platform — the C side of window.claimscope (web/claimscope.js) and of the
// browser events that carry data (typed text, paste, copy, files).
//
// Every function returning text hands back a malloc'd UTF-8 string that the JS side frees.
// Offsets in this API are code points, like the file format (not JS string indices).
#include "core/file/file_format.h"
#include "platform/platform.h"
#include "platform/web/web_backend.h"
#include "platform/web/webgl_renderer.h"
#include "ui/access_panels.h"
#include "ui/app.h"
#include "ui/article_view.h"
#include "ui/classroom.h"
#include "ui/font_store.h"
#include "ui/menus.h"
#include "ui/panels.h"
#include "ui/session.h"
#include "ui/touch.h"
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <emscripten.h>
#include <imgui.h>

static char* dup(const std::string& s) {
    char* p = (char*)std::malloc(s.size() + 1);
    std::memcpy(p, s.data(), s.size());
    p[s.size()] = 0;
    return p;
}
// JSON for the JS side. A string that is not UTF-8 (an error message quoting a file's bad bytes)
// comes out with U+FFFD: dump() would throw, and reach JavaScript as a WebAssembly exception.
static char* dup_json(const nlohmann::json& j) {
    return dup(j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}
static cs::ui::AppState& S() { return cs::ui::g_app_for_api()->state(); }
// {"Latin": "loaded", "Arabic": "absent", ...} (ui/font_store.h)
static nlohmann::json face_states_json() {
    nlohmann::json j = nlohmann::json::object();
    for (size_t i = 0; i < cs::kFontFaceCount; ++i)
        j[cs::face_name((cs::FontFace)i)] = cs::ui::face_state_name(cs::ui::face_state((cs::FontFace)i));
    return j;
}
static std::vector<cs::ui::IncomingFile> g_incoming;

extern "C" {

// ---- Browser events -------------------------------------------------------------------------
EMSCRIPTEN_KEEPALIVE void cs_input_text(const char* utf8) { cs::web::typed_text(utf8); }

// Ctrl+V: the pasted text becomes ImGui's clipboard, then ImGui sees the Ctrl+V keypress.
EMSCRIPTEN_KEEPALIVE void cs_paste(const char* utf8) {
    // clang-format off
    EM_ASM({ Module.cs.clipboard = UTF8ToString($0); }, utf8);
    // clang-format on
    cs::web::key_press(ImGuiMod_Ctrl, true);
    cs::web::key_press(ImGuiKey_V, true);
    cs::web::key_press(ImGuiKey_V, false);
}

EMSCRIPTEN_KEEPALIVE char* cs_copy_text(int cut) {
    auto t = cs::ui::g_app_for_api()->copy_text(cut != 0);
    return t ? dup(*t) : nullptr;
}

EMSCRIPTEN_KEEPALIVE void cs_files_begin(int) { g_incoming.clear(); }
EMSCRIPTEN_KEEPALIVE void cs_file(const char* name, const char* data, int size) {
    g_incoming.push_back({name, std::string(data, (size_t)size)});
}
EMSCRIPTEN_KEEPALIVE void cs_file_too_large(const char* name, double size) {
    S().error(std::string("Could not open ") + name, {"The file is " + std::to_string((long long)(size / 1048576)) +
                                                      " MB; Claimscope opens files up to 20 MB."});
    cs::web::wake();
}
EMSCRIPTEN_KEEPALIVE void cs_files_end() {
    cs::ui::g_app_for_api()->on_files(std::move(g_incoming));
    g_incoming.clear();
    cs::web::wake();
}

// ---- Public API -----------------------------------------------------------------------------
EMSCRIPTEN_KEEPALIVE char* cs_api_text() { return dup(S().doc().text); }
EMSCRIPTEN_KEEPALIVE double cs_api_frames() { return (double)cs::web::frames_rendered(); }

EMSCRIPTEN_KEEPALIVE char* cs_api_annotations() {
    cs::Project p = S().project();
    return dup(cs::save_project(p));
}

// Loads a whole annotation file (same format as Save). Returns {"ok":bool,"errors":[...]}.
// `size` bytes of a Claimscope file. Returns {ok, errors[], loadMs, openMs}: reading the file,
// then switching the app to it.
EMSCRIPTEN_KEEPALIVE char* cs_api_set_annotations(const char* bytes, double size) {
    double t0 = cs::platform::now_ms();
    cs::LoadResult r = cs::load_project(std::string_view(bytes, (size_t)size));
    double t1 = cs::platform::now_ms();
    nlohmann::json out = {{"ok", r.ok}, {"errors", nlohmann::json::array()}};
    for (const cs::Problem& p : r.errors) out["errors"].push_back(p.to_string());
    if (r.ok) cs::ui::switch_project(S(), std::move(r.project), "Annotations loaded");
    out["loadMs"] = t1 - t0;
    out["openMs"] = cs::platform::now_ms() - t1;
    cs::web::wake();
    return dup_json(out);
}

// Opens an article from text (+ optional metadata JSON: title, url, outlet, author, published).
EMSCRIPTEN_KEEPALIVE char* cs_api_load_article(const char* text, const char* meta_json) {
    double t0 = cs::platform::now_ms();
    nlohmann::json m = nlohmann::json::parse(meta_json ? meta_json : "{}", nullptr, false);
    cs::ArticleMeta meta;
    if (m.is_object()) {
        meta.title = m.value("title", "");
        meta.url = m.value("url", "");
        meta.outlet = m.value("outlet", "");
        meta.author = m.value("author", "");
        meta.published = m.value("published", "");
        meta.language = m.value("language", "");
    }
    cs::Project p;
    p.doc = cs::make_shared_document(text, meta);
    p.codebook = cs::default_codebook();
    cs::ui::switch_project(S(), std::move(p), "");
    cs::web::wake();
    return dup_json({{"ok", true}, {"ms", cs::platform::now_ms() - t0}, {"length", S().doc().size()}});
}

// Screen rectangles (CSS px, page coordinates) of [start, end) in code points, as last drawn.
EMSCRIPTEN_KEEPALIVE char* cs_api_range_rects(double start, double end) {
    nlohmann::json out = nlohmann::json::array();
    for (const cs::Rect& r : cs::ui::article_screen_rects(S(), (size_t)start, (size_t)end))
        out.push_back({{"x", r.x}, {"y", r.y}, {"width", r.w}, {"height", r.h}});
    return dup_json(out);
}

// Touch gestures (web/claimscope.js): see web_backend.h and ui/touch.h.
EMSCRIPTEN_KEEPALIVE void cs_touch_pan(double x, double y, double dy) {
    cs::web::touch_pan((float)x, (float)y, (float)dy);
}
EMSCRIPTEN_KEEPALIVE void cs_touch_tap(double x, double y, int clicks) {
    cs::web::touch_tap((float)x, (float)y, clicks);
}
// What a finger's press lands on (cs::ui::TouchTarget), asked before the page decides on a gesture.
static float g_held_x = 0; // where a Held target is held (a thumb: its bar's middle), for the whole drag
EMSCRIPTEN_KEEPALIVE int cs_touch_target(double x, double y) {
    const cs::ui::TouchTarget t = cs::ui::touch_target(S(), (float)x, (float)y);
    if (t == cs::ui::TouchTarget::Held) g_held_x = cs::ui::held_x((float)x, (float)y);
    return (int)t;
}
EMSCRIPTEN_KEEPALIVE void cs_touch_handle(int handle, double x, double y, int phase) {
    cs::ui::drag_touch_handle(S(), (cs::ui::TouchTarget)handle, (float)x, (float)y, phase);
    cs::web::wake(3);
}
EMSCRIPTEN_KEEPALIVE void cs_touch_hold(double, double y, int phase) {
    cs::web::touch_drag(g_held_x, (float)y, phase);
}
EMSCRIPTEN_KEEPALIVE void cs_touch_page(double x, double y) {
    cs::ui::page_scrollbar_at((float)x, (float)y);
    cs::web::wake(3);
}

// A two-finger pinch (web/claimscope.js): see menus.h.
EMSCRIPTEN_KEEPALIVE void cs_touch_pinch(double cx, double cy, double ratio, int phase) {
    cs::ui::pinch_text_scale(S(), (float)cx, (float)cy, (float)ratio, phase);
    cs::web::wake(3);
}

// The system's settings (web/claimscope.js reads the media queries), at start and on every change.
EMSCRIPTEN_KEEPALIVE void cs_system_preferences(int dark, int forced_colors, int reduced_motion, int coarse) {
    cs::ui::set_system_preferences(S(), dark != 0, forced_colors != 0, reduced_motion != 0, coarse != 0);
    cs::web::wake(2);
}

// A selection made in the page's accessible mirror (web/claimscope.js): the same code points in the app.
EMSCRIPTEN_KEEPALIVE void cs_mirror_select(double anchor, double focus) {
    cs::ui::set_selection(S(), (size_t)anchor, (size_t)focus);
    S().mirror.anchor = S().view.anchor; // the copy shows it already: not sent back (access_mirror.cpp)
    S().mirror.caret = S().view.caret;
    cs::web::wake(2);
}

// The panels' copy (ui/access_panels.h): which control's element has the keyboard (0: none), and which
// was activated (Enter, Space, a screen reader's click).
EMSCRIPTEN_KEEPALIVE void cs_panel_focus(double id) {
    cs::ui::focus_panel_control((unsigned)id);
    cs::web::wake(2);
}
EMSCRIPTEN_KEEPALIVE void cs_panel_step(double id, double steps) {
    cs::ui::step_panel_control((unsigned)id, (int)steps);
    cs::web::wake(3);
}
EMSCRIPTEN_KEEPALIVE void cs_panel_activate(double id) {
    cs::ui::activate_panel_control((unsigned)id);
    cs::web::wake(3);
}

// Scrolls so the code point is visible (centred) and renders.
EMSCRIPTEN_KEEPALIVE void cs_api_scroll_to(double cp) {
    S().view.scroll_to_cp = (size_t)cp;
    S().view.scroll_center = true;
    cs::web::wake(4);
}

// What the UI shows (for tests and embedders): selection, selected annotation, find, settings.
EMSCRIPTEN_KEEPALIVE char* cs_api_state() {
    cs::ui::AppState& s = S();
    const cs::DrawStats& drawn = cs::web::renderer_last_frame();
    cs::Span sel = cs::ui::selection_span(s);
    nlohmann::json j = {
        {"selection", {{"start", sel.start}, {"end", sel.end}, {"text", s.doc().slice(sel)}}},
        {"caret", s.view.caret},
        {"selectedId", s.selected_id},
        {"pickRelation", s.pick_relation},
        {"find",
         {{"open", s.find.open},
          {"query", s.find.query},
          {"count", s.find.matches.size()},
          {"current", s.find.current}}},
        {"textScale", s.settings.text_scale},
        {"theme", s.settings.theme == cs::ui::Theme::Light  ? "light"
                  : s.settings.theme == cs::ui::Theme::Dark ? "dark"
                                                            : "high-contrast"},
        {"themeFollowsSystem", !s.settings.theme_chosen},
        {"reducedMotion", s.reduced_motion},
        {"canUndo", s.editor.can_undo()},
        {"canRedo", s.editor.can_redo()},
        {"messages", nlohmann::json::array()},
        {"status", s.status_shown() ? s.status : std::string()},
        {"saved", cs::ui::session_status(s)},
        {"framesDrawn", (double)cs::web::renderer_frames_drawn()}, // frames that differed from the one on screen
        {"fonts",
         {{"full", s.fonts_full},
          {"baked", s.fonts_baked},
          {"articleGlyphs", s.article_font ? s.article_font->Glyphs.Size : 0},
          {"faces", face_states_json()},
          {"generation", (double)cs::ui::fonts_generation()}}},
        // Shaped text in the article view's last frame: missing glyphs (boxes) counted on both paths.
        {"text",
         {{"articlePx", s.article_font_px()},
          {"articleEmPx", cs::ui::article_em_px(s)},
          {"shapedParagraphs", s.view.layout.shaped_paragraphs()},
          {"glyphsDrawn", s.shaped.glyphs_drawn},
          {"missingGlyphs", s.shaped.missing_glyphs},
          {"atlasGlyphs", s.shaped.atlas.glyph_count()},
          {"panelTexts", s.text_blocks.size()}}}, // texts in panels laid out by the shaping path (user_text.h)
        {"lastFrameDrawn",
         {{"drawCalls", drawn.draw_calls},
          {"clears", drawn.clears},
          {"triangles", drawn.triangles},
          {"trianglePixels", std::lround(drawn.triangle_pixels)}}},
        {"wrapMs", s.view.last_wrap_ms},
        {"scrollY", s.view.scroll_y},
        {"screenLayout", cs::screen_layout_name(s.panes.layout)},
        {"coarsePointer", s.panes.coarse_pointer},
        {"sideTab", s.panes.side_tab == 0 ? "lists" : "inspector"},
        {"sheetHeight", s.panes.sheet_h},
        {"layoutHeight", s.view.layout.height()},
        {"lines", s.view.layout.lines().size()},
        {"listShown", s.list_shown},
        {"list", cs::ui::list_state_json(s)},
        {"annotationCount", s.project().annotations.size()},
        {"relationCount", s.project().relations.size()},
        {"textInputActive", ImGui::GetIO().WantTextInput},
        {"clickCount", s.view.last_click_count},
    };
    for (const cs::ui::Message& m : s.messages)
        j["messages"].push_back(
            {{"title", m.title}, {"lines", m.lines}, {"error", m.is_error}, {"details", m.details}});
    j["classroom"] = cs::ui::classroom_state_json(s); // mode, exercise, create, review (classroom.h)
    return dup_json(j);
}

// Rectangle {x, y, width, height} (CSS px) of a named widget as drawn in the last frame, or null;
// with `label`, the text it shows, for widgets that record it.
static nlohmann::json ui_rect_json(const std::string& name, const ImVec4& r) {
    nlohmann::json j = {{"x", r.x}, {"y", r.y}, {"width", r.z - r.x}, {"height", r.w - r.y}};
    if (auto label = S().ui_labels.find(name); label != S().ui_labels.end()) j["label"] = label->second;
    return j;
}
EMSCRIPTEN_KEEPALIVE char* cs_api_ui_rect(const char* name) {
    auto it = S().ui_rects.find(name);
    if (it == S().ui_rects.end()) return nullptr;
    return dup_json(ui_rect_json(it->first, it->second));
}
// Every named widget drawn in the last frame whose name starts with `prefix` ("" for all): {name: rect}.
EMSCRIPTEN_KEEPALIVE char* cs_api_ui_rects(const char* prefix) {
    nlohmann::json out = nlohmann::json::object();
    const std::string p = prefix ? prefix : "";
    for (auto it = S().ui_rects.lower_bound(p); it != S().ui_rects.end() && it->first.compare(0, p.size(), p) == 0; ++it)
        out[it->first] = ui_rect_json(it->first, it->second);
    return dup_json(out);
}

// Asks for the font faces named in a JSON array (["Arabic", "Cjk"], names as in font_faces.inc).
// Returns {"unknown": [names that are no face], "faces": {name: state}}; the JS side waits for them.
EMSCRIPTEN_KEEPALIVE char* cs_api_request_fonts(const char* names_json) {
    nlohmann::json names = nlohmann::json::parse(names_json ? names_json : "[]", nullptr, false);
    nlohmann::json unknown = nlohmann::json::array();
    if (names.is_array()) {
        for (const auto& n : names) {
            const std::string name = n.is_string() ? n.get<std::string>() : n.dump();
            bool found = false;
            for (size_t i = 0; i < cs::kFontFaceCount && !found; ++i) {
                if (name == cs::face_name((cs::FontFace)i)) {
                    cs::ui::request_face((cs::FontFace)i);
                    found = true;
                }
            }
            if (!found) unknown.push_back(name);
        }
    }
    return dup_json({{"unknown", unknown}, {"faces", face_states_json()}});
}
EMSCRIPTEN_KEEPALIVE char* cs_api_font_states() { return dup_json(face_states_json()); }

// Frame CPU times (ms) recorded since the last call.
EMSCRIPTEN_KEEPALIVE char* cs_api_take_frame_times() {
    nlohmann::json j = S().frame_ms;
    S().frame_ms.clear();
    return dup_json(j);
}

EMSCRIPTEN_KEEPALIVE double cs_api_memory_bytes() {
    // clang-format off
    return (double)EM_ASM_DOUBLE({ return HEAPU8.length; });
    // clang-format on
}

} // extern "C"
