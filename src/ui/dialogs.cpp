// Claimscope UI — modal dialogs.
#include "ui/dialogs.h"
#include "core/file/file_format.h"
#include "core/model/merge.h"
#include "platform/platform.h"
#include "ui/session.h"
#include <misc/cpp/imgui_stdlib.h>

namespace cs::ui {

struct DialogState {
    bool ask_name = false, save_after_name = false;
    std::string name_buf;
    bool replace_merge = false;
    std::string incoming_name;
    std::optional<Project> incoming;
    bool new_article = false;
    std::string na_title, na_url, na_outlet, na_date, na_text;
    bool documents = false;
    std::string rename_buf;
};
static DialogState g_dlg;

void ask_annotator_then_save(AppState& s) {
    g_dlg.ask_name = true;
    g_dlg.save_after_name = true;
    g_dlg.name_buf = s.settings.annotator;
}

void ask_replace_or_merge(AppState&, const std::string& file_name, Project incoming) {
    g_dlg.replace_merge = true;
    g_dlg.incoming_name = file_name;
    g_dlg.incoming = std::move(incoming);
}

void open_new_article_dialog(AppState&) {
    g_dlg.new_article = true;
    g_dlg.na_title = g_dlg.na_url = g_dlg.na_outlet = g_dlg.na_date = g_dlg.na_text = "";
}

void open_documents_dialog(AppState& s) {
    g_dlg.documents = true;
    g_dlg.rename_buf = s.doc().meta.title;
}

bool merge_into(AppState& s, const Project& incoming) {
    const MergeResult r = merge_project(s.editor, incoming);
    s.notify(r.summary);
    if (!r.skipped.empty()) s.messages.push_back(Message{"Merged with some annotations left out", r.skipped, false});
    return r.ok;
}

static void centered_next() {
    ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
}

static void name_dialog(AppState& s) {
    if (g_dlg.ask_name && !ImGui::IsPopupOpen("Your name")) ImGui::OpenPopup("Your name");
    centered_next();
    if (!ImGui::BeginPopupModal("Your name", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    ImGui::TextWrapped("Your name is written into the files you save, so your teacher knows whose work it is.");
    ImGui::TextDisabled("Asked once; remembered in this browser. Change it under Edit › Your name.");
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    ImGui::SetNextItemWidth(320);
    bool enter = ImGui::InputText("##name", &g_dlg.name_buf, ImGuiInputTextFlags_EnterReturnsTrue);
    s.mark("dialog/name/input");
    bool ok = !g_dlg.name_buf.empty();
    ImGui::BeginDisabled(!ok);
    if (ImGui::Button("OK", ImVec2(120, 0)) || (enter && ok)) {
        s.settings.annotator = g_dlg.name_buf;
        s.settings_dirty = true;
        g_dlg.ask_name = false;
        ImGui::CloseCurrentPopup();
        if (g_dlg.save_after_name) save_to_file(s);
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button("Cancel", ImVec2(120, 0))) {
        g_dlg.ask_name = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

static void replace_merge_dialog(AppState& s) {
    if (g_dlg.replace_merge && !ImGui::IsPopupOpen("Same article")) ImGui::OpenPopup("Same article");
    centered_next();
    if (!ImGui::BeginPopupModal("Same article", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    ImGui::Text("%s annotates the article that is open, which already has %d annotations.", g_dlg.incoming_name.c_str(),
                (int)s.project().annotations.size());
    ImGui::Text("The file has %d annotations and %d links.", (int)g_dlg.incoming->annotations.size(),
                (int)g_dlg.incoming->relations.size());
    auto close = [&] {
        g_dlg.replace_merge = false;
        g_dlg.incoming.reset();
        ImGui::CloseCurrentPopup();
    };
    bool replace = ImGui::Button("Replace my work");
    s.mark("dialog/same/replace");
    if (replace) {
        switch_project(s, std::move(*g_dlg.incoming), "Replaced with " + g_dlg.incoming_name);
        close();
    }
    ImGui::SetItemTooltip(
        "Your current annotations on this article are replaced: save them to a file first if you need them.");
    ImGui::SameLine();
    if (ImGui::Button("Merge into my work")) {
        merge_into(s, *g_dlg.incoming);
        close();
    }
    s.mark("dialog/same/merge");
    ImGui::SameLine();
    if (ImGui::Button("Cancel")) close();
    ImGui::EndPopup();
}

static void new_article_dialog(AppState& s) {
    if (g_dlg.new_article && !ImGui::IsPopupOpen("New article")) ImGui::OpenPopup("New article");
    centered_next();
    ImGui::SetNextWindowSize(ImVec2(std::min(760.0f, ImGui::GetIO().DisplaySize.x - 40), 0), ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal("New article", nullptr)) return;
    ImGui::TextWrapped("Paste the article's text (Ctrl+V). Fields other than the text are optional.");
    ImGui::InputText("Title", &g_dlg.na_title);
    s.mark("dialog/new/title");
    ImGui::InputText("URL", &g_dlg.na_url);
    ImGui::InputText("Outlet", &g_dlg.na_outlet);
    ImGui::InputTextWithHint("Date", "YYYY-MM-DD", &g_dlg.na_date);
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    ImGui::InputTextMultiline("##text", &g_dlg.na_text, ImVec2(-1, ImGui::GetTextLineHeight() * 14));
    s.mark("dialog/new/text");
    bool ok = g_dlg.na_text.find_first_not_of(" \t\r\n") != std::string::npos;
    ImGui::BeginDisabled(!ok);
    bool open_clicked = ImGui::Button("Open article", ImVec2(140, 0));
    s.mark("dialog/new/open");
    if (open_clicked) {
        ArticleMeta meta;
        meta.title = g_dlg.na_title;
        meta.url = g_dlg.na_url;
        meta.outlet = g_dlg.na_outlet;
        meta.published = g_dlg.na_date;
        meta.retrieved = platform::now_iso8601().substr(0, 10);
        Project p;
        DocumentWarnings w;
        p.doc = make_shared_document(g_dlg.na_text, meta, &w);
        p.codebook = default_codebook();
        p.annotator = s.settings.annotator;
        switch_project(s, std::move(p), "New article opened");
        if (w.invalid_utf8)
            s.messages.push_back(
                Message{"New article",
                        {std::to_string(w.invalid_utf8) + " invalid characters were replaced by U+FFFD"},
                        false});
        g_dlg.new_article = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button("Cancel", ImVec2(120, 0))) {
        g_dlg.new_article = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

static void documents_dialog(AppState& s) {
    if (g_dlg.documents && !ImGui::IsPopupOpen("Documents in this browser"))
        ImGui::OpenPopup("Documents in this browser");
    centered_next();
    ImGui::SetNextWindowSize(ImVec2(640, 420), ImGuiCond_Appearing);
    bool open = true;
    if (!ImGui::BeginPopupModal("Documents in this browser", &open)) {
        if (!open) g_dlg.documents = false;
        return;
    }
    ImGui::SetNextItemWidth(360);
    ImGui::InputText("##rename", &g_dlg.rename_buf);
    ImGui::SameLine();
    if (ImGui::Button("Rename open document") && !g_dlg.rename_buf.empty()) rename_document(s, g_dlg.rename_buf);
    std::string current = document_key(s.project());
    if (ImGui::BeginTable("docs", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY,
                          ImVec2(0, -40))) {
        ImGui::TableSetupColumn("Title", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("Annotations");
        ImGui::TableSetupColumn("Last edit");
        ImGui::TableSetupColumn("");
        ImGui::TableHeadersRow();
        int row = 0;
        for (const StoredDocument& d : stored_documents()) {
            ImGui::PushID(d.key.c_str());
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            bool chosen = ImGui::Selectable(d.title.c_str(), d.key == current);
            s.mark("documents/row/" + std::to_string(row++));
            if (chosen) {
                open_stored_document(s, d.key);
                g_dlg.documents = false;
                ImGui::CloseCurrentPopup();
            }
            ImGui::TableNextColumn();
            ImGui::Text("%d", (int)d.annotations);
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(d.modified.c_str());
            ImGui::TableNextColumn();
            if (d.key != current && ImGui::SmallButton("Delete")) delete_stored_document(s, d.key);
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    if (ImGui::Button("Close", ImVec2(120, 0))) {
        g_dlg.documents = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

void draw_modal_dialogs(AppState& s) {
    name_dialog(s);
    replace_merge_dialog(s);
    new_article_dialog(s);
    documents_dialog(s);
}

} // namespace cs::ui
