// Claimscope UI — the Help menu and its windows (see help.h).
//
// Index
// - The keyboard shortcuts (the one list, shown by "?" and Help › Keyboard shortcuts)
// - Help windows: shortcuts, concepts, about
// - Menu and frame
#include "ui/help.h"
#include "core/file/file_format.h"
#include "platform/platform.h"
#include "ui/guide.h"
#include "ui/widgets.h"

namespace cs::ui {

// ---------------------------------------------------------------------------------------------
// The keyboard shortcuts
// ---------------------------------------------------------------------------------------------
struct Shortcut {
    const char* keys;
    const char* does;
};
// The type keys come from the codebook (see shortcut_rows); these are the app's own.
static const Shortcut kShortcuts[] = {
    {"Arrows, Ctrl+arrows, Home/End, PgUp/PgDn", "move the caret; with Shift, select"},
    {"Double-click, triple-click", "select a word, a sentence"},
    {"Shift+F10, Menu key", "the context menu for the text or annotation at the caret (Up/Down, Enter)"},
    {"Enter (while linking)", "link to the annotation at the caret"},
    {"F2", "write the selected annotation's note (Ctrl+Enter keeps it)"},
    {"Delete, Backspace", "delete the selected annotation"},
    {"Ctrl+Z, Ctrl+Shift+Z / Ctrl+Y", "undo, redo"},
    {"Ctrl+F, Enter, Shift+Enter", "find, next, previous"},
    {"Ctrl+S, Ctrl+O", "save, open"},
    {"Ctrl+=, Ctrl+-, Ctrl+0", "larger, smaller, normal text"},
    {"Escape", "stop linking, clear the selection, close a menu or the guide"},
    {"?", "this list"},
};

static void shortcut_row(const std::string& keys, const std::string& does) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(keys.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(does.c_str());
}

static void shortcut_rows(const AppState& s) {
    for (const AnnotationType& t : s.project().codebook.types)
        if (!t.shortcut.empty()) shortcut_row(t.shortcut, "tag the selection as " + t.label);
    for (const Shortcut& k : kShortcuts) shortcut_row(k.keys, k.does);
}

// ---------------------------------------------------------------------------------------------
// Help windows
// ---------------------------------------------------------------------------------------------
// A modal help window while `*open`; its Close button and Escape clear it.
static bool begin_help(const char* title, bool* open) {
    if (!begin_modal(title, *open, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return false;
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 34);
    return true;
}
static void end_help(AppState& s, bool* open, const char* mark) {
    ImGui::PopTextWrapPos();
    const bool close = ImGui::Button("Close", ImVec2(120, 0));
    s.mark(mark);
    if (close || ImGui::IsKeyPressed(ImGuiKey_Escape, false)) {
        *open = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

static void keys_window(AppState& s) {
    if (!begin_help("Keyboard shortcuts", &s.help.keys)) return;
    if (ImGui::BeginTable("keys", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
        shortcut_rows(s);
        ImGui::EndTable();
    }
    s.mark("help/keys/list");
    end_help(s, &s.help.keys, "help/keys/close");
}

static void concepts_window(AppState& s) {
    if (!begin_help("Claims, actors and sources", &s.help.concepts)) return;
    ImGui::TextWrapped("A news article tells you what people say and what happened. Marking it up shows who "
                       "says what, and how we know. In the sample article:");
    ImGui::Spacing();
    ImGui::BulletText("A claim is something stated as true that a reader could check: \xE2\x80\x9Cwe declared a "
                      "general amnesty\xE2\x80\x9D. Press C.");
    ImGui::BulletText("An actor is who says or does it: a person, a government, a group. Here, Abdul Qahar "
                      "Balkhi, the spokesperson. Press A.");
    ImGui::BulletText("A source is what the claim rests on: \xE2\x80\x9C"
                      "according to the United "
                      "Nations\xE2\x80\x9D, an interview with Al Jazeera. Press S.");
    ImGui::BulletText("Links join them: the claim is said by Balkhi, according to Al Jazeera.");
    ImGui::Spacing();
    ImGui::TextWrapped("A claim with no source is a reason to read more carefully.");
    s.mark("help/concepts/text");
    end_help(s, &s.help.concepts, "help/concepts/close");
}

static void about_window(AppState& s) {
    if (!begin_help("About Claimscope", &s.help.about)) return;
    ImGui::Text("Claimscope %s", kAppVersion);
    s.mark("help/about/version", std::string("Claimscope ") + kAppVersion);
    ImGui::TextWrapped("Mark claims, actors and sources in news articles. Your work stays in this browser "
                       "and in the files you save.");
    ImGui::Spacing();
    ImGui::TextWrapped("Claimscope: MIT licence. Noto Sans fonts: SIL Open Font License 1.1. Dear ImGui, "
                       "nlohmann/json: MIT. HarfBuzz: Old MIT. GNU FriBidi: LGPL 2.1. libunibreak, "
                       "zlib: zlib licence. The full texts are in the documentation.");
    const bool docs = ImGui::Button("Licences");
    s.mark("help/about/licences");
    if (docs) platform::open_app_page("docs/licenses.html");
    end_help(s, &s.help.about, "help/about/close");
}

// ---------------------------------------------------------------------------------------------
// Menu and frame
// ---------------------------------------------------------------------------------------------
void draw_help_menu(AppState& s) {
    const bool open = ImGui::BeginMenu("Help");
    s.mark("menu/help");
    if (!open) return;
    if (ImGui::MenuItem("Getting started")) start_guide(s);
    s.mark("menu/help/start");
    if (ImGui::MenuItem("Keyboard shortcuts", "?")) s.help.keys = true;
    s.mark("menu/help/keys");
    if (ImGui::MenuItem("What are claims, actors and sources?")) s.help.concepts = true;
    s.mark("menu/help/concepts");
    if (ImGui::MenuItem("Documentation")) platform::open_app_page("docs/index.html");
    ImGui::SetItemTooltip("Opens in a new tab; it comes with the app, so it works offline");
    s.mark("menu/help/docs");
    ImGui::Separator();
    if (ImGui::MenuItem("About Claimscope")) s.help.about = true;
    s.mark("menu/help/about");
    ImGui::EndMenu();
}

// "?" typed on the article (not in a text field, no popup open) opens the shortcut list.
static bool question_mark_typed() {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) return false;
    for (ImWchar c : io.InputQueueCharacters)
        if (c == '?') return true;
    return false;
}

void draw_help(AppState& s) {
    if (question_mark_typed()) s.help.keys = true;
    keys_window(s);
    concepts_window(s);
    about_window(s);
    draw_guide(s);
}

} // namespace cs::ui
