// Claimscope UI — modal dialogs.
#include "ui/dialogs.h"
#include "core/file/file_format.h"
#include "core/model/merge.h"
#include "core/text/plural.h"
#include "platform/platform.h"
#include "ui/cleanup_notice.h"
#include "ui/sample_project.h"
#include "ui/session.h"
#include "ui/widgets.h"
#include <algorithm>
#include "ui/user_text.h"

namespace cs::ui {

void ask_annotator(AppState& s, bool then_save) {
    s.dialogs.ask_name = true;
    s.dialogs.save_after_name = then_save;
    s.dialogs.name_buf = s.project().annotator; // this document's, never another's
}

void ask_replace_or_merge(AppState& s, const std::string& file_name, Project incoming) {
    s.dialogs.replace_merge = true;
    s.dialogs.incoming_name = file_name;
    s.dialogs.incoming = std::move(incoming);
}

void open_new_article_dialog(AppState& s) {
    s.dialogs.new_article = true;
    s.dialogs.na_title = s.dialogs.na_url = s.dialogs.na_outlet = s.dialogs.na_date = s.dialogs.na_text = "";
    s.dialogs.na_suggested.clear();
}

void open_clear_browser_dialog(AppState& s) {
    s.dialogs.clear_browser = true;
    s.dialogs.clear_list = stored_documents(); // not per frame: each is a storage read and a JSON parse
}

void open_documents_dialog(AppState& s) {
    s.dialogs.documents = true;
    s.dialogs.rename_buf = s.doc().meta.title;
}

bool merge_into(AppState& s, const Project& incoming) {
    const MergeResult r = merge_project(s.editor, incoming);
    s.notify(r.summary);
    if (!r.skipped.empty()) s.messages.push_back(Message{"Merged with some annotations left out", r.skipped, false});
    return r.ok;
}

static void name_dialog(AppState& s) {
    if (!begin_modal("Your name", s.dialogs.ask_name, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    ImGui::TextWrapped("Your name is written into the files you save, so your teacher knows whose work it is.");
    ImGui::TextDisabled("Asked once for this document. Change it under Edit › Your name.");
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    ImGui::SetNextItemWidth(320);
    bool enter = user_text_field(s, "##name", &s.dialogs.name_buf).enter;
    s.mark("dialog/name/input", "Your name");
    bool ok = !s.dialogs.name_buf.empty();
    ImGui::BeginDisabled(!ok);
    if (ImGui::Button("OK", ImVec2(120, 0)) || (enter && ok)) {
        s.editor.set_annotator(s.dialogs.name_buf);
        s.dialogs.ask_name = false;
        ImGui::CloseCurrentPopup();
        if (s.dialogs.save_after_name) save_to_file(s);
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button("Cancel", ImVec2(120, 0))) {
        s.dialogs.ask_name = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

static void replace_merge_dialog(AppState& s) {
    if (!begin_modal("Same article", s.dialogs.replace_merge && s.dialogs.incoming, nullptr,
                     ImGuiWindowFlags_AlwaysAutoResize))
        return;
    ImGui::Text("%s annotates the article that is open, which already has %s.", s.dialogs.incoming_name.c_str(),
                count_noun(s.project().annotations.size(), "annotation").c_str());
    ImGui::Text("The file has %s and %s.", count_noun(s.dialogs.incoming->annotations.size(), "annotation").c_str(),
                count_noun(s.dialogs.incoming->relations.size(), "link").c_str());
    auto close = [&] {
        s.dialogs.replace_merge = false;
        s.dialogs.incoming.reset();
        ImGui::CloseCurrentPopup();
    };
    bool replace = ImGui::Button("Replace my work");
    s.mark("dialog/same/replace");
    if (replace) {
        switch_project(s, std::move(*s.dialogs.incoming),
                       "Replaced with " + s.dialogs.incoming_name +
                           ": your annotations stay in File \xE2\x80\xBA Documents");
        close();
    }
    ImGui::SetItemTooltip("The file's annotations open instead of yours. Yours stay in this browser, in File "
                          "\xE2\x80\xBA Documents.");
    ImGui::SameLine();
    if (ImGui::Button("Merge into my work")) {
        merge_into(s, *s.dialogs.incoming);
        close();
    }
    s.mark("dialog/same/merge");
    ImGui::SameLine();
    if (ImGui::Button("Cancel")) close();
    ImGui::EndPopup();
}

static void new_article_dialog(AppState& s) {
    ImGui::SetNextWindowSize(ImVec2(std::min(760.0f, ImGui::GetIO().DisplaySize.x - 40), 0), ImGuiCond_Appearing);
    if (!begin_modal("New article", s.dialogs.new_article)) return;
    ImGui::TextWrapped("Paste the article's text (Ctrl+V). Fields other than the text are optional.");
    user_text_field(s, "Title", &s.dialogs.na_title);
    s.mark("dialog/new/title", s.dialogs.na_title);
    // The text's first line is offered as the title while the box is empty or still holds the offer.
    if (!ImGui::IsItemActive() && (s.dialogs.na_title.empty() || s.dialogs.na_title == s.dialogs.na_suggested))
        s.dialogs.na_title = s.dialogs.na_suggested = suggest_title(s.dialogs.na_text);
    user_text_field(s, "URL", &s.dialogs.na_url);
    user_text_field(s, "Outlet", &s.dialogs.na_outlet);
    user_text_field(s, "Date", &s.dialogs.na_date, {"YYYY-MM-DD"});
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    user_text_field(s, "##text", &s.dialogs.na_text, {nullptr, true, ImVec2(-1, ImGui::GetTextLineHeight() * 14)});
    s.mark("dialog/new/text", "Article text");
    bool ok = s.dialogs.na_text.find_first_not_of(" \t\r\n") != std::string::npos;
    ImGui::BeginDisabled(!ok);
    bool open_clicked = ImGui::Button("Open article", ImVec2(140, 0));
    s.mark("dialog/new/open");
    if (open_clicked) {
        ArticleMeta meta;
        meta.title = s.dialogs.na_title;
        meta.url = s.dialogs.na_url;
        meta.outlet = s.dialogs.na_outlet;
        meta.published = s.dialogs.na_date;
        meta.retrieved = platform::now_iso8601().substr(0, 10);
        ArticleCleanup c = clean_article(s.dialogs.na_text, meta);
        DocumentWarnings w;
        Project p = article_project(c.text, c.meta, &w);
        std::vector<std::string> lines;
        if (w.invalid_utf8)
            lines.push_back(std::to_string(w.invalid_utf8) + " invalid characters were replaced by U+FFFD");
        CleanupUndo undo{std::move(c.changes), std::move(c.uncleaned_text), std::move(c.uncleaned_meta)};
        open_cleaned_article(s, std::move(p), std::move(undo), "New article opened", std::move(lines));
        s.dialogs.new_article = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button("Cancel", ImVec2(120, 0))) {
        s.dialogs.new_article = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

static void documents_dialog(AppState& s) {
    ImGui::SetNextWindowSize(ImVec2(640, 420), ImGuiCond_Appearing);
    bool open = true;
    if (!begin_modal("Documents in this browser", s.dialogs.documents, &open)) {
        if (!open) s.dialogs.documents = false;
        return;
    }
    ImGui::SetNextItemWidth(360);
    user_text_field(s, "##rename", &s.dialogs.rename_buf);
    s.mark("dialog/documents/rename", "New name");
    ImGui::SameLine();
    if (ImGui::Button("Rename open document") && !s.dialogs.rename_buf.empty()) {
        const std::string title = s.dialogs.rename_buf; // the dialog's state is reset by the switch
        rename_document(s, title);                      // the renamed document is another project...
        open_documents_dialog(s);                       // ...and the list stays open on it
    }
    std::string current = open_document_key(s);
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
            bool chosen = user_selectable(s, "##document", d.title, d.key == current);
            s.mark("documents/row/" + std::to_string(row++));
            if (chosen) {
                open_stored_document(s, d.key);
                s.dialogs.documents = false;
                ImGui::CloseCurrentPopup();
            }
            ImGui::TableNextColumn();
            ImGui::Text("%d", (int)d.annotations);
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(d.modified.c_str());
            ImGui::TableNextColumn();
            if (d.key != current && small_button("Delete", s.panes.coarse_pointer)) delete_stored_document(s, d.key);
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    if (ImGui::Button("Close", ImVec2(120, 0))) {
        s.dialogs.documents = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

// File › Clear this browser: what goes, listed, then one confirmation.
static void clear_browser_dialog(AppState& s) {
    if (!begin_modal("Clear this browser?", s.dialogs.clear_browser, nullptr, ImGuiWindowFlags_AlwaysAutoResize))
        return;
    const std::vector<StoredDocument>& docs = s.dialogs.clear_list;
    ImGui::TextUnformatted("This removes from this browser:");
    ImGui::BulletText("%s", docs.empty() ? "no documents (none are stored)"
                                         : (count_noun(docs.size(), "document") + ":").c_str());
    ImGui::Indent();
    const size_t shown = std::min<size_t>(docs.size(), 12);
    for (size_t i = 0; i < shown; ++i) {
        const StoredDocument& d = docs[i];
        user_text_line(s, d.title + " — " + count_noun(d.annotations, "annotation") +
                              (d.student.empty() ? std::string() : ", " + d.student));
    }
    if (docs.size() > shown) ImGui::Text("… and %d more", (int)(docs.size() - shown));
    ImGui::Unindent();
    ImGui::BulletText("the settings: theme, text size, panel widths");
    ImGui::TextWrapped("Files you saved stay where you saved them. This cannot be undone.");
    const bool confirm = ImGui::Button("Remove everything");
    s.mark("dialog/clear/confirm");
    if (confirm) {
        s.dialogs.clear_browser = false;
        ImGui::CloseCurrentPopup();
        clear_browser(s);
    }
    ImGui::SameLine();
    if (ImGui::Button("Cancel")) {
        s.dialogs.clear_browser = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

void draw_modal_dialogs(AppState& s) {
    clear_browser_dialog(s);
    name_dialog(s);
    replace_merge_dialog(s);
    new_article_dialog(s);
    documents_dialog(s);
}

} // namespace cs::ui
