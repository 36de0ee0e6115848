// Claimscope UI — the menu bar and the toolbar. Every action here also has a shortcut.
#include "ui/menus.h"
#include "core/formats/formats.h"
#include "platform/platform.h"
#include "ui/access_panels.h"
#include "ui/article_view.h"
#include "ui/dialogs.h"
#include "ui/help.h"
#include "ui/panels.h"
#include "ui/session.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace cs::ui {

void export_as_download(AppState& s, int format) {
    std::vector<std::string> warnings;
    std::vector<OutFile> files = export_as(s.project(), (Format)format, &warnings);
    for (const OutFile& f : files) platform::download_file(f.name, f.bytes, f.mime);
    if (!warnings.empty())
        s.messages.push_back(Message{std::string("Exported as ") + format_name((Format)format), warnings, false});
    else if (!files.empty())
        s.notify("Exported " + files.front().name);
}

static void set_theme(AppState& s, Theme t) {
    s.settings.theme = t;
    s.settings.theme_chosen = true;
    s.settings_dirty = true;
    apply_theme(s);
}

void set_system_preferences(AppState& s, bool dark, bool forced_colors, bool reduced_motion, bool coarse_pointer) {
    s.system_theme = forced_colors ? Theme::HighContrast : dark ? Theme::Dark : Theme::Light;
    s.reduced_motion = reduced_motion;
    const bool sizes_changed = s.panes.coarse_pointer != coarse_pointer;
    s.panes.coarse_pointer = coarse_pointer;
    const bool follow = !s.settings.theme_chosen && s.settings.theme != s.system_theme;
    if (follow) s.settings.theme = s.system_theme;
    if (follow || sizes_changed) apply_theme(s);
    platform::request_redraw(2);
}

void draw_menu_bar(AppState& s) {
    if (!ImGui::BeginMenuBar()) return;
    TouchRows rows(s.panes.coarse_pointer); // the menus' items, 44 px apart for a finger
    if (s.panes.layout != ScreenLayout::Narrow) { // a phone needs the room for the menus
        ImGui::PushFont(s.ui_bold);
        ImGui::TextUnformatted("Claimscope");
        ImGui::PopFont();
    }
    bool file_menu = ImGui::BeginMenu("File");
    s.mark("menu/file");
    if (file_menu) {
        if (ImGui::MenuItem("New article (paste text)…")) open_new_article_dialog(s);
        s.mark("menu/file/new");
        if (ImGui::MenuItem("Open…", "Ctrl+O"))
            platform::open_file_picker(".json,.jsonld,.txt,.md,.markdown,.html,.htm,.ann,.zip,.jsonl", true);
        s.mark("menu/file/open");
        if (ImGui::MenuItem("Save", "Ctrl+S")) save_to_file(s);
        s.mark("menu/file/save");
        if (ImGui::MenuItem("Documents in this browser…")) open_documents_dialog(s);
        s.mark("menu/file/documents");
        if (ImGui::MenuItem("New student")) start_new_student(s);
        ImGui::SetItemTooltip("For a shared computer: the next student starts with nothing of yours open. Your "
                              "work stays in Documents in this browser.");
        s.mark("menu/file/new-student");
        if (ImGui::MenuItem("Clear this browser…")) open_clear_browser_dialog(s);
        s.mark("menu/file/clear");
        ImGui::Separator();
        bool export_menu = ImGui::BeginMenu("Export");
        s.mark("menu/file/export");
        if (export_menu) {
            if (ImGui::MenuItem("W3C Web Annotation (JSON-LD)")) export_as_download(s, (int)Format::W3C);
            s.mark("menu/file/export/w3c");
            if (ImGui::MenuItem("brat standoff (zip)")) export_as_download(s, (int)Format::Brat);
            s.mark("menu/file/export/brat");
            if (ImGui::MenuItem("doccano JSONL")) export_as_download(s, (int)Format::Doccano);
            s.mark("menu/file/export/doccano");
            if (ImGui::MenuItem("CSV (spreadsheet)")) export_as_download(s, (int)Format::Csv);
            s.mark("menu/file/export/csv");
            if (ImGui::MenuItem("HTML report (printable)")) export_as_download(s, (int)Format::Html);
            s.mark("menu/file/export/html");
            ImGui::EndMenu();
        }
        if (ImGui::MenuItem("Import annotations…")) platform::open_file_picker(".json,.jsonld,.ann,.zip,.jsonl", false);
        s.mark("menu/file/import");
        ImGui::EndMenu();
    }
    bool edit_menu = ImGui::BeginMenu("Edit");
    s.mark("menu/edit");
    if (edit_menu) {
        const std::string* u = s.editor.undo_label();
        const std::string* r = s.editor.redo_label();
        if (ImGui::MenuItem(u ? ("Undo " + *u).c_str() : "Undo", "Ctrl+Z", false, s.editor.can_undo())) s.undo();
        if (ImGui::MenuItem(r ? ("Redo " + *r).c_str() : "Redo", "Ctrl+Shift+Z", false, s.editor.can_redo())) s.redo();
        ImGui::Separator();
        if (ImGui::MenuItem("Find…", "Ctrl+F")) {
            s.find.open = true;
            s.find.focus_input = true;
        }
        if (ImGui::MenuItem("Select all", "Ctrl+A")) set_selection(s, 0, s.doc().size());
        ImGui::Separator();
        if (ImGui::MenuItem("Your name…", nullptr)) ask_annotator(s, false);
        ImGui::EndMenu();
    }
    bool view_menu = ImGui::BeginMenu("View");
    s.mark("menu/view");
    if (view_menu) {
        if (ImGui::MenuItem("Light theme", nullptr, s.settings.theme == Theme::Light)) set_theme(s, Theme::Light);
        s.mark("menu/view/light");
        if (ImGui::MenuItem("Dark theme", nullptr, s.settings.theme == Theme::Dark)) set_theme(s, Theme::Dark);
        s.mark("menu/view/dark");
        if (ImGui::MenuItem("High-contrast theme", nullptr, s.settings.theme == Theme::HighContrast))
            set_theme(s, Theme::HighContrast);
        s.mark("menu/view/contrast");
        if (ImGui::MenuItem("Theme of the system", nullptr, !s.settings.theme_chosen)) {
            s.settings.theme_chosen = false;
            s.settings_dirty = true;
            set_system_preferences(s, s.system_theme == Theme::Dark, s.system_theme == Theme::HighContrast,
                                   s.reduced_motion, s.panes.coarse_pointer);
        }
        s.mark("menu/view/system");
        ImGui::Separator();
        if (ImGui::MenuItem("Larger text", "Ctrl+=")) set_text_scale(s, s.settings.text_scale + 0.1f);
        if (ImGui::MenuItem("Smaller text", "Ctrl+-")) set_text_scale(s, s.settings.text_scale - 0.1f);
        float pct = s.settings.text_scale * 100;
        ImGui::SetNextItemWidth(160);
        if (ImGui::SliderFloat("Text size", &pct, 75, 250, "%.0f%%")) set_text_scale(s, pct / 100);
        ImGui::EndMenu();
    }
    bool class_menu = ImGui::BeginMenu("Class");
    s.mark("menu/class");
    if (class_menu) {
        if (ImGui::MenuItem("Create exercise from this article…")) open_create_exercise_dialog(s);
        s.mark("menu/class/create");
        if (ImGui::MenuItem("Review a class (key + students' files)…")) platform::open_file_picker(".json", true);
        s.mark("menu/class/review");
        ImGui::EndMenu();
    }
    draw_help_menu(s);
    ImGui::EndMenuBar();
}

// On a narrow screen (a phone) the toolbar folds into one "Tools" menu beside Undo and Save, which stay
// a tap away; tagging is then mostly done from the type bar beside a touch selection (touch.h).
static void folded_toolbar(AppState& s) {
    const Project& p = s.project();
    const bool tools = ImGui::Button("Tools");
    s.mark("toolbar/tools");
    if (tools) ImGui::OpenPopup("toolbar_menu");
    ImGui::SameLine();
    ImGui::BeginDisabled(!s.editor.can_undo());
    if (ImGui::Button("Undo")) s.undo();
    s.mark("toolbar/undo");
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button("Save")) save_to_file(s);
    s.mark("toolbar/save");
    if (!ImGui::BeginPopup("toolbar_menu")) return;
    TouchRows rows(s.panes.coarse_pointer);
    const bool has_sel = !selection_span(s).empty();
    for (const AnnotationType& t : p.codebook.types) {
        if (ImGui::MenuItem(("Tag as " + t.label).c_str(), t.shortcut.c_str(), false, has_sel)) tag_selection(s, t.id);
        s.mark("toolbar/menu/" + t.id);
    }
    ImGui::Separator();
    if (ImGui::MenuItem("Redo", "Ctrl+Shift+Z", false, s.editor.can_redo())) s.redo();
    if (ImGui::MenuItem("Find", "Ctrl+F")) {
        s.find.open = true;
        s.find.focus_input = true;
    }
    s.mark("toolbar/menu/find");
    if (ImGui::MenuItem("Larger text", "Ctrl+=")) set_text_scale(s, s.settings.text_scale + 0.1f);
    if (ImGui::MenuItem("Smaller text", "Ctrl+-")) set_text_scale(s, s.settings.text_scale - 0.1f);
    ImGui::EndPopup();
}

void draw_toolbar(AppState& s) {
    if (s.panes.layout == ScreenLayout::Narrow) return folded_toolbar(s);
    const Project& p = s.project();
    bool has_sel = !selection_span(s).empty();
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("Tag:");
    for (const AnnotationType& t : p.codebook.types) {
        ImGui::SameLine();
        ImGui::PushID(t.id.c_str());
        ImGui::PushStyleColor(ImGuiCol_Button,
                              ImGui::ColorConvertU32ToFloat4(type_color(t.color, has_sel ? 0.9f : 0.35f)));
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImGui::ColorConvertU32ToFloat4(type_color(t.color, 1.0f)));
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
        std::string label = t.label + (t.shortcut.empty() ? "" : " (" + t.shortcut + ")");
        if (ImGui::Button(label.c_str())) tag_selection(s, t.id);
        s.mark("toolbar/" + t.id);
        ImGui::PopStyleColor(3);
        ImGui::SetItemTooltip("%s", t.description.empty() ? t.label.c_str() : t.description.c_str());
        ImGui::PopID();
    }
    ImGui::SameLine(0, 24);
    ImGui::BeginDisabled(!s.editor.can_undo());
    if (ImGui::Button("Undo")) s.undo();
    s.mark("toolbar/undo");
    ImGui::EndDisabled();
    if (const std::string* u = s.editor.undo_label()) ImGui::SetItemTooltip("Undo %s (Ctrl+Z)", u->c_str());
    ImGui::SameLine();
    ImGui::BeginDisabled(!s.editor.can_redo());
    if (ImGui::Button("Redo")) s.redo();
    s.mark("toolbar/redo");
    ImGui::EndDisabled();
    if (const std::string* r = s.editor.redo_label()) ImGui::SetItemTooltip("Redo %s (Ctrl+Shift+Z)", r->c_str());
    ImGui::SameLine();
    if (ImGui::Button("Find")) {
        s.find.open = !s.find.open;
        s.find.focus_input = s.find.open;
    }
    ImGui::SameLine();
    if (ImGui::Button("Save")) save_to_file(s);
    s.mark("toolbar/save");
    ImGui::SetItemTooltip("Download the annotations as a file (Ctrl+S)");
    ImGui::SameLine();
    if (ImGui::Button("A-")) set_text_scale(s, s.settings.text_scale - 0.1f);
    name_panel_control(ImGui::GetItemID(), "A- smaller text", true);
    ImGui::SameLine(0, 2);
    if (ImGui::Button("A+")) set_text_scale(s, s.settings.text_scale + 0.1f);
    name_panel_control(ImGui::GetItemID(), "A+ larger text", true);
}

void draw_dialogs(AppState& s) {
    draw_modal_dialogs(s);
    draw_classroom(s);
}

} // namespace cs::ui
