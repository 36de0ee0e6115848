// Claimscope UI — the application frame: menu bar, the three panes (lists | article |
// inspector) with splitters, the status line, dialogs, and the global shortcuts.
//
// Index
// - AppState helpers
// - Startup (sample article, settings)
// - Global shortcuts
// - Frame layout: menu bar, panes, splitters, status line, messages
// - Platform-facing entry points
#include "ui/app.h"
#include "ui/access_panels.h"
#include "core/file/plain_problems.h"
#include "core/text/plural.h"
#include "platform/platform.h"
#include "ui/article_view.h"
#include "ui/cleanup_notice.h"
#include "ui/fonts.h"
#include "ui/help.h"
#include "ui/menus.h"
#include "ui/panels.h"
#include "ui/panes.h"
#include "ui/sample_project.h"
#include "ui/session.h"
#include "ui/user_text.h"
#include "ui/theme.h"
#include "ui/tooltip.h"
#include "ui/widgets.h"
#include <algorithm>
#include <imgui_internal.h>

namespace cs::ui {

// ---------------------------------------------------------------------------------------------
// AppState helpers
// ---------------------------------------------------------------------------------------------
void AppState::select(const std::string& id, bool scroll) {
    selected_id = id;
    pick_relation.clear();
    if (scroll && !id.empty())
        if (const Annotation* a = project().find(id); a && a->anchor != AnchorStatus::Orphaned) {
            view.scroll_to_cp = a->span.start;
            view.scroll_center = true;
            view.flash_id = reduced_motion ? std::string() : id; // prefers-reduced-motion: no flash
            view.flash_until = platform::now_ms() + 900;
        }
    platform::request_redraw(3);
}

void AppState::mark(const std::string& name, const std::string& label) {
    if (!label.empty()) name_panel_control(ImGui::GetItemID(), label); // a control drawn with an id-only label
    // Only what is on screen: a control scrolled out of its panel is not listed, since a tap aimed at
    // its rectangle would land on whatever is drawn there instead. A window being measured before it shows
    // (a dialog's first frames) clips nothing yet: its controls are listed where they will be.
    const ImGuiWindow* w = ImGui::GetCurrentWindowRead();
    const bool measuring = w->Appearing || w->HiddenFramesCannotSkipItems > 0 || w->HiddenFramesCanSkipItems > 0;
    if (!measuring && !ImGui::IsItemVisible()) return;
    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ui_rects[name] = ImVec4(a.x, a.y, b.x, b.y);
    if (!label.empty()) ui_labels[name] = label;
}

bool AppState::status_shown() const { return !status.empty() && platform::now_ms() < status_until; }

// What the status line shows is also said by the page's live region: notify is called once per
// event, never per frame, so a screen reader hears each message once.
void AppState::notify(const std::string& text, double seconds) {
    status = text;
    status_until = platform::now_ms() + seconds * 1000;
    platform::announce(text);
}

void AppState::error(const std::string& title, std::vector<std::string> lines) {
    platform::announce(title + (lines.empty() ? "" : ". " + lines.front()), true);
    messages.push_back(Message{title, std::move(lines), true, {}});
}

void AppState::error(const std::string& title, const std::vector<Problem>& problems) {
    std::vector<std::string> details;
    for (const Problem& p : problems) details.push_back(p.to_string());
    error(title, plain_problems(problems));
    messages.back().details = std::move(details);
}

void AppState::undo() {
    const std::string* label = editor.undo_label();
    const std::string what = label ? *label : std::string();
    if (editor.undo()) notify("Undone: " + what);
}

void AppState::redo() {
    const std::string* label = editor.redo_label();
    const std::string what = label ? *label : std::string();
    if (editor.redo()) notify("Redone: " + what);
}

// ---------------------------------------------------------------------------------------------
// Startup
// ---------------------------------------------------------------------------------------------

App::App(float dpr) {
    s_.dpr = dpr;
    load_settings(s_);
    apply_theme(s_);
    if (!restore_session(s_))
        s_.editor.reset(sample_project(platform::read_bundled_file("/assets/sample-article.txt")));
    platform::set_page_title(s_.doc().meta.title.empty() ? "Claimscope" : s_.doc().meta.title + " — Claimscope");
}

// ---------------------------------------------------------------------------------------------
// Global shortcuts
// ---------------------------------------------------------------------------------------------
void set_text_scale(AppState& s, float scale) {
    scale = std::clamp(std::round(scale * 20.0f) / 20.0f, 0.75f, 2.5f);
    if (scale == s.settings.text_scale) return;
    // Keep the caret's line in view across the reflow.
    s.view.scroll_to_cp = s.view.caret;
    s.view.scroll_center = true;
    s.settings.text_scale = scale;
    s.settings_dirty = true;
    s.fonts_dirty = true;
}

void pinch_text_scale(AppState& s, float cx, float cy, float ratio, int phase) {
    ArticleViewState& v = s.view;
    if (phase == 0) {
        v.pinch_scale0 = s.settings.text_scale;
        v.pinch_cp.reset();
        if (!v.layout.empty()) v.pinch_cp = v.layout.hit_test(cx - v.text_origin.x, cy - v.text_origin.y);
        v.pinch_y = cy;
        return;
    }
    if (phase == 2) {
        v.pinch_cp.reset();
        return;
    }
    set_text_scale(s, v.pinch_scale0 * ratio);
    if (v.pinch_cp) { // the reflowed text keeps the pinched word under the fingers, not the caret in view
        v.scroll_to_cp = *v.pinch_cp;
        v.scroll_center = false;
        v.scroll_to_screen_y = v.pinch_y;
    }
}

static void global_shortcuts(AppState& s) {
    ImGuiIO& io = ImGui::GetIO();
    if (!io.KeyCtrl) return;
    auto key = [](ImGuiKey k) { return ImGui::IsKeyPressed(k, false); };
    bool text_field = io.WantTextInput;
    if (key(ImGuiKey_Z) && !text_field) {
        if (io.KeyShift)
            s.redo();
        else
            s.undo();
    }
    if (key(ImGuiKey_Y) && !text_field) s.redo();
    // Saved at the end of the frame: Ctrl+S pressed in a text field commits it first (web/claimscope.js),
    // and the panel that owns the field applies that commit when it is drawn, later in this frame.
    if (key(ImGuiKey_S)) s.save_requested = true;
    if (key(ImGuiKey_O)) platform::open_file_picker(".json,.txt,.md,.markdown,.html,.htm,.ann,.jsonl", true);
    if (key(ImGuiKey_F)) {
        s.find.open = true;
        s.find.focus_input = true;
    }
    if (key(ImGuiKey_Equal) || key(ImGuiKey_KeypadAdd)) set_text_scale(s, s.settings.text_scale + 0.1f);
    if (key(ImGuiKey_Minus) || key(ImGuiKey_KeypadSubtract)) set_text_scale(s, s.settings.text_scale - 0.1f);
    if (key(ImGuiKey_0) && !text_field) set_text_scale(s, 1.0f);
    if (key(ImGuiKey_A) && !text_field) set_selection(s, 0, s.doc().size());
}

// ---------------------------------------------------------------------------------------------
// Frame layout
// ---------------------------------------------------------------------------------------------
static void status_line(AppState& s) {
    const Project& p = s.project();
    ImGui::Separator();
    size_t orphans = std::count_if(p.annotations.begin(), p.annotations.end(),
                                   [](const Annotation& a) { return a.anchor == AnchorStatus::Orphaned; });
    std::string left;
    bool event = true; // left says what just happened (or pick mode): it wins when the line is too short for both
    if (!s.pick_relation.empty()) {
        const RelationType* rt = p.codebook.find_relation_type(s.pick_relation);
        left = "Pick mode: click the " + (rt ? type_label(p, rt->to_type) : std::string("annotation")) + " to link (" +
               (rt ? rt->label : s.pick_relation) + "). Esc cancels.";
    } else if (s.status_shown()) {
        left = s.status;
        platform::redraw_at(s.status_until); // to take it away then; no frames until that
    } else {
        event = false;
        Span sel = selection_span(s);
        if (s.view.touch_ui || s.panes.coarse_pointer) // a finger: no keys to press, no right button
            left = sel.empty() ? "Press and hold a word to select it, then drag the handles."
                               : std::to_string(sel.end - sel.start) + " characters selected — tap a type to tag";
        else
            left = sel.empty() ? "Select text, then press a type's key (C, A, S) or right-click."
                               : std::to_string(sel.end - sel.start) + " characters selected — press C, A or S to tag";
    }
    const std::string scale = std::to_string(std::lround(s.settings.text_scale * 100)) + "%";
    std::string right = count_noun(p.annotations.size(), "annotation") + " · " + count_noun(p.relations.size(), "link") +
                        (orphans ? " · " + std::to_string(orphans) + " orphaned" : "") + " · " + session_status(s) +
                        " · text " + scale;
    // Whose document this is (the name it is saved under): on a shared computer, seen before saving.
    std::string name = p.annotator.empty() ? "no name yet" : p.annotator;
    // The line holds what fits, most needed first: what just happened, then the counts with whether the
    // work is saved, then whose work it is, then the hint. On a phone it holds one or two of them, shorter
    // if need be, never drawn over each other or past the screen's edge.
    const float avail = ImGui::GetContentRegionAvail().x, sep = ImGui::CalcTextSize(" · ").x;
    auto name_w = [&] { return name.empty() ? 0.0f : ImGui::CalcTextSize(name.c_str()).x + sep; };
    auto right_w = [&] { return ImGui::CalcTextSize(right.c_str()).x + name_w(); };
    const bool both = ImGui::CalcTextSize(left.c_str()).x + 20 + right_w() + 12 <= avail;
    if (both || event) ImGui::TextUnformatted(left.c_str());
    if (!both && event) return;
    if (!both && right_w() > avail) name.clear();
    if (!both && right_w() > avail)
        right = count_noun(p.annotations.size(), "mark") + " · " + count_noun(p.relations.size(), "link") + " · " +
                session_status(s) + " · " + scale;
    if (both) ImGui::SameLine(ImGui::GetWindowWidth() - right_w() - 12);
    if (!name.empty()) {
        // the shaped width is close to CalcTextSize's: a name is short
        draw_user_text(s, ImGui::GetWindowDrawList(), ImGui::GetCursorScreenPos(), name,
                       name_w() - sep + ImGui::GetFontSize(), ImGui::GetFont(), ImGui::GetFontSize(),
                       ImGui::GetColorU32(ImGuiCol_TextDisabled), true);
        ImGui::Dummy(ImVec2(name_w() - sep, ImGui::GetFontSize()));
        s.mark("status/name", name);
        ImGui::SameLine(0, 0);
        ImGui::TextDisabled(" · %s", right.c_str());
    } else {
        ImGui::TextDisabled("%s", right.c_str());
    }
    s.mark("status/counts", right);
}

static void messages(AppState& s) {
    if (s.messages.empty()) return;
    const Message& m = s.messages.front();
    if (!ImGui::IsPopupOpen("##message")) ImGui::OpenPopup("##message");
    ImGui::SetNextWindowSizeConstraints(ImVec2(380, 0), ImVec2(720, ImGui::GetIO().DisplaySize.y * 0.8f));
    ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (ImGui::BeginPopupModal("##message", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::PushFont(s.ui_bold);
        if (m.is_error) ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.8f, 0.2f, 0.1f, 1));
        ImGui::TextUnformatted(m.title.c_str());
        if (m.is_error) ImGui::PopStyleColor();
        ImGui::PopFont();
        ImGui::Separator();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 40);
        for (const std::string& line : m.lines) ImGui::BulletText("%s", line.c_str());
        if (!m.details.empty()) {
            if (ImGui::IsWindowAppearing()) ImGui::SetNextItemOpen(false); // each message starts with them closed
            const bool open = ImGui::TreeNode("Technical details");
            s.mark("dialog/message/details");
            if (open) {
                for (const std::string& line : m.details) ImGui::TextWrapped("%s", line.c_str());
                s.mark("dialog/message/detail-text");
                if (small_button("Copy details", s.panes.coarse_pointer)) {
                    std::string all;
                    for (const std::string& line : m.details) all += line + "\n";
                    platform::set_clipboard_text(all);
                    s.notify("Copied the details: paste them in a message to whoever made the file.");
                }
                ImGui::TreePop();
            }
        }
        ImGui::PopTextWrapPos();
        if (m.is_error) ImGui::TextDisabled("Nothing was changed: your current work is as it was.");
        bool ok = ImGui::Button("OK", ImVec2(120, 0));
        s.mark("dialog/message/ok");
        ok = draw_message_action(s, m) || ok; // "Undo clean-up" (cleanup_notice.h)
        if (ok || ImGui::IsKeyPressed(ImGuiKey_Enter) || ImGui::IsKeyPressed(ImGuiKey_Escape)) {
            ImGui::CloseCurrentPopup();
            s.messages.erase(s.messages.begin());
        }
        ImGui::EndPopup();
    }
}

void App::frame() {
    AppState& s = s_;
    s.ui_rects.clear();
    s.ui_labels.clear();
    panels_begin_frame();
    s.shaped.missing_glyphs = s.shaped.glyphs_drawn = 0; // counted over the frame, for getState
    global_shortcuts(s);
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->Pos);
    ImGui::SetNextWindowSize(vp->Size);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(8, 4));
    ImGui::Begin("Claimscope", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_MenuBar |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollbar |
                     ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::PopStyleVar();
    // Before the toolbar, which folds on a narrow screen; at 200 % text a 1280-px screen holds what 640 px do.
    s.panes.layout = screen_layout(vp->Size.x / s.ui_scale());
    draw_menu_bar(s);
    draw_toolbar(s);
    const float status_h = ImGui::GetFrameHeightWithSpacing() + 4;
    const float h = ImGui::GetContentRegionAvail().y - status_h;
    draw_panes(s, h);
    status_line(s);
    draw_dialogs(s);
    draw_help(s); // Help's windows, "?", the first-visit guide (help.h)
    messages(s);
    escape_closes_popup();   // after every view saw the popup open (widgets.h)
    text_fields_end_frame(); // a DOM text field whose field was not drawn goes (widgets.h)
    s.text_blocks.end_frame();
    ImGui::End();
    panels_end_frame(s); // after every window: what the page's copy of the controls says (access_panels.h)
    if (s.save_requested) {
        s.save_requested = false;
        save_to_file(s);
    }
    session_tick(s);
}

// ---------------------------------------------------------------------------------------------
// Platform-facing entry points
// ---------------------------------------------------------------------------------------------
void App::set_pixel_ratio(float dpr) {
    if (dpr == s_.dpr) return;
    s_.dpr = dpr;
    s_.fonts_dirty = true;
}

void App::build_fonts() {
    if (s_.first_glyphs_doc && s_.first_atlas_stale())
        s_.fonts_full = true; // another document opened before the full atlas
    cs::ui::build_fonts(s_);
}
void App::want_full_fonts() {
    if (s_.fonts_full) return;
    s_.fonts_full = true;
    s_.fonts_dirty = true;
}

ImVec4 App::background_color() const { return ImGui::GetStyle().Colors[ImGuiCol_WindowBg]; }

void App::record_frame_time(double ms) {
    if (s_.frame_ms.size() >= 20000) s_.frame_ms.erase(s_.frame_ms.begin(), s_.frame_ms.begin() + 10000);
    s_.frame_ms.push_back((float)ms);
}

std::optional<std::string> App::copy_text(bool cut) {
    (void)cut;                                             // the article is read-only: cut copies
    if (ImGui::GetIO().WantTextInput) return std::nullopt; // ImGui's own text field handles it
    Span sel = selection_span(s_);
    if (sel.empty()) return std::nullopt;
    return s_.doc().slice(sel);
}

void App::on_files(std::vector<IncomingFile> files) { open_files(s_, std::move(files)); }

} // namespace cs::ui
