// Claimscope UI — the application: state shared by the views, and the entry points the platform
// calls. Each view (article, inspector, lists, dialogs) lives in its own file and draws from
// AppState; edits go through the core Editor so every change can be undone.
//
// Index
// - Settings (remembered between visits)
// - View state (selection, caret, find, pick mode, layout cache)
// - AppState: what belongs to the open project (ProjectUi), then what outlives it
// - App (platform-facing)
#pragma once
#include "core/model/annotation_index.h"
#include "core/render/palette.h"
#include "core/model/editor.h"
#include "core/text/layout.h"
#include "core/text/text_blocks.h"
#include "ui/font_atlas.h"
#include "ui/shaped_text.h"
#include "ui/view_state.h"
#include <imgui.h>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace cs::ui {

struct AppState;

// ---------------------------------------------------------------------------------------------
// Settings
// ---------------------------------------------------------------------------------------------
using cs::Theme; // core/render/palette.h: the colours of each theme are core's, and tested there
struct Settings {
    Theme theme = Theme::Light;
    bool theme_chosen = false; // chosen in View; until then the theme follows the system (set_system_preferences)
    float text_scale = 1.0f;   // 0.75 .. 2.5 (Ctrl+= / Ctrl+-)
    float left_width = 280;    // CSS px
    float right_width = 330;
    bool guide_seen = false; // the first-visit guide was shown (ui/guide.h)
};

// ---------------------------------------------------------------------------------------------
// View state
// ---------------------------------------------------------------------------------------------
struct FindState {
    bool open = false;
    bool focus_input = false;
    std::string query;
    std::vector<Span> matches; // recomputed when the query or the document changes
    int current = -1;
    std::string computed_for; // query the matches belong to
    const Document* computed_doc = nullptr;
};

enum class DragMode { None, Pending, Selecting };

struct ArticleViewState {
    // Selection: [min(anchor, caret), max(anchor, caret)) in code points.
    size_t anchor = 0, caret = 0;
    bool caret_visible = false;
    float caret_goal_x = -1; // kept across Up/Down moves
    DragMode drag = DragMode::None;
    ImVec2 press_pos;
    size_t press_cp = 0;
    bool press_on_text = false;
    Span drag_origin;  // word/sentence under the press (double/triple-click drags)
    int drag_unit = 0; // 0 = words (or chars with Alt), 2 = words, 3 = sentences
    // Click-cycling through overlapping annotations at one spot.
    long last_click_cp = -1;
    int last_click_count = 0; // 1 single, 2 double, 3 triple (as ImGui counted the last press)
    int cycle_index = 0;
    // Layout cache: rebuilt only when the document, the wrap width or the font size change.
    Layout layout;
    AdvanceTable advance; // of the article font at layout_font
    const Document* layout_doc = nullptr;
    float layout_width = -1, layout_font = -1;
    uint64_t layout_faces = ~0ull; // ShapingFonts::generation the layout was shaped with
    double last_wrap_ms = 0;
    // Geometry of the last frame (screen space), for the JS API and scrolling requests.
    ImVec2 text_origin; // screen position of layout (0, 0)
    float scroll_y = 0;
    float view_height = 0;
    std::optional<size_t> scroll_to_cp; // scroll so this code point is visible (next frame)
    bool scroll_center = false;
    std::optional<float> scroll_to_screen_y; // ... with its line at this screen y instead (a pinch's centre)
    // A two-finger pinch (pinch_text_scale): the text size it started from, and the code point under its centre.
    float pinch_scale0 = 1;
    std::optional<size_t> pinch_cp;
    float pinch_y = 0;
    std::string flash_id; // annotation flashed after "go to" (fades out)
    double flash_until = 0;
    bool focused = true; // keyboard goes to the article (no text field active)
    // The context menu from the keyboard (Shift+F10, the Menu key): placed at the caret, its items
    // chosen with Up/Down and Enter. -1: opened by the mouse, no item has the keyboard.
    int menu_key = -1, menu_items = 0;
    bool menu_at_caret = false;
    // Touch (touch.h): the last press was a finger's, so a selection shows handles and the type bar.
    bool touch_ui = false;
    bool handles_drawn = false;  // this frame, at handle_knob (screen px): start, end
    ImVec2 handle_knob[2];
    int handle_drag = 0;         // the TouchTarget a finger holds, 0 none
    size_t handle_fixed = 0;     // ... and the end that stays
    ImVec2 handle_grip;          // the finger's offset from the held end's line middle
    ImVec2 handle_finger;        // where the finger holding a handle is (screen px)
    float line_h = 0;            // the article's line height, last frame
    ImVec2 type_bar_size = ImVec2(300, 56); // last frame's (the bar is placed by its size)
};

// ---------------------------------------------------------------------------------------------
// AppState
// ---------------------------------------------------------------------------------------------
struct Message { // a modal dialog listing problems, or a notice
    std::string title;
    std::vector<std::string> lines; // what a reader needs, in plain words
    bool is_error = false;
    std::vector<std::string> details; // the exact problems, under "Technical details" (closed at first)
    // A second button beside OK ("Undo clean-up", ui/cleanup_notice.h): closes the message, then runs.
    std::string action;
    std::function<void(AppState&)> run;
};

// What the UI keeps about the open project: the article view, the selected annotation, and each
// view's own state (view_state.h). switch_project resets it whole (reset_project_ui), so nothing a
// view keeps here outlives its project; what does (settings, fonts, find, session) is AppState's.
struct ProjectUi {
    ArticleViewState view;
    std::string selected_id;   // selected annotation ("" = none)
    std::string pick_relation; // pick mode: relation type id being linked from selected_id
    ListUi list;
    EntitiesUi entities;
    InspectorUi inspector;
    DialogUi dialogs;
    CreateExerciseUi create;
    StudentUi student;
    ReviewUi review;
    MirrorUi mirror;
};

// A ProjectUi by inheritance only so that its members read as the state's own (s.view, s.list)
// and one assignment resets them all.
struct AppState : ProjectUi {
    Editor editor;
    Settings settings;
    FindState find;
    SessionUi session;                 // autosave bookkeeping (session.cpp)
    PanesUi panes;                     // the arrangement by screen width (panes.cpp)
    HelpUi help;                       // the Help menu's windows and the guide (help.cpp, guide.cpp)
    std::vector<Message> messages;     // shown one at a time, oldest first
    bool save_requested = false;       // Ctrl+S: saved at the end of the frame (App::frame)
    Theme system_theme = Theme::Light; // what the system asks for: prefers-color-scheme, forced colours
    bool reduced_motion = false;       // prefers-reduced-motion: no flash, no animation
    std::string status;                // one-line status at the bottom
    double status_until = 0;
    bool status_shown() const; // set and not yet expired
    AnnotationIndex index;     // for drawing and hit-testing, rebuilt when the editor revision changes
    // Fonts (owned by ImGui's atlas).
    ImFont* ui_font = nullptr;
    ImFont* ui_bold = nullptr;
    ImFont* article_font = nullptr;
    ImFont* title_font = nullptr;
    float article_px = FontSizes{}.article_px; // article text size in CSS px (before text_scale)
    bool fonts_dirty = true;
    bool fonts_full = false;                    // false: the first atlas (fonts.cpp), for the first frame
    bool fonts_baked = false;                   // the atlas came baked from the build (font_atlas.h)
    std::vector<uint16_t> first_glyphs;         // its glyph ranges
    const Document* first_glyphs_doc = nullptr; // and the document they were taken from
    // The first atlas was made for another document than the one now open (or none yet).
    bool first_atlas_stale() const { return !fonts_full && first_glyphs_doc != project().doc.get(); }
    float dpr = 1;
    ShapedTextUi shaped;    // fonts and glyphs of text that is not drawn through ImGui's atlas
    TextBlocks text_blocks; // panel text that needs shaping, laid out (user_text.h)
    // Frame timing (CPU ms), read by the JS API for benchmarks.
    std::vector<float> frame_ms;
    bool settings_dirty = false;
    // Screen rectangles of named widgets from the last frame (x0, y0, x1, y1), so browser tests
    // can aim real mouse clicks at them, and what some of them say (window.claimscope.uiRect).
    std::map<std::string, ImVec4> ui_rects;
    std::map<std::string, std::string> ui_labels;
    // Records the last ImGui item's rectangle under `name`, and its text when it is given, if it is on screen.
    void mark(const std::string& name, const std::string& label = {});
    int list_shown = 0; // rows the annotations list shows after filtering

    const Project& project() const { return editor.project(); }
    const Document& doc() const { return *editor.project().doc; }
    void reset_project_ui() { static_cast<ProjectUi&>(*this) = ProjectUi{}; }
    void select(const std::string& id, bool scroll = false);
    void notify(const std::string& text, double seconds = 4);
    void error(const std::string& title, std::vector<std::string> lines);
    // Undo / redo the last edit and say which ("Undone: Add Claim").
    void undo();
    void redo();
    // A file's problems: plain sentences (plain_problems.h), the exact ones one click away.
    void error(const std::string& title, const std::vector<Problem>& problems);
    float article_font_px() const { return article_px * settings.text_scale; }
    // The text size scales the whole UI, panels and menus too (the browser's zoom does as well, by itself).
    float ui_scale() const { return settings.text_scale; }
    float ui_font_px() const { return FontSizes{}.ui_px * ui_scale(); }
};

// ---------------------------------------------------------------------------------------------
// App
// ---------------------------------------------------------------------------------------------
class App {
public:
    explicit App(float dpr);
    void set_pixel_ratio(float dpr);
    bool fonts_dirty() const { return s_.fonts_dirty || s_.first_atlas_stale(); }
    void build_fonts();
    void want_full_fonts(); // the next frame builds the atlas with every glyph (after the first paint)
    void frame();
    ImVec4 background_color() const;
    void record_frame_time(double ms);

    // Browser events the platform forwards.
    std::optional<std::string> copy_text(bool cut); // synchronous: inside the `copy` event
    void on_files(std::vector<IncomingFile> files);

    // JS API (see web/claimscope.js).
    AppState& state() { return s_; }

private:
    AppState s_;
};

} // namespace cs::ui
