// Claimscope UI — modal dialogs: annotator name, replace/merge, new article (paste), documents.
#pragma once
#include "ui/app.h"

namespace cs::ui {
// The open document's name (Project::annotator), then a save when `then_save`.
void ask_annotator(AppState& s, bool then_save);
// File › Clear this browser: the confirmation, listing what it removes.
void open_clear_browser_dialog(AppState& s);
void ask_replace_or_merge(AppState& s, const std::string& file_name, Project incoming);
void open_new_article_dialog(AppState& s);
void open_documents_dialog(AppState& s);
void draw_modal_dialogs(AppState& s);
// Merges the incoming project into the open one (merge.h: one undoable step) and tells the user
// what was merged and what was left out. Both must be on the same article.
bool merge_into(AppState& s, const Project& incoming);
// Classroom (classroom_view.cpp).
void open_exercise_file(AppState& s, const std::string& file_name, Project exercise);
void open_class_files(AppState& s, std::vector<IncomingFile> files);
void draw_classroom(AppState& s);
void open_create_exercise_dialog(AppState& s);
} // namespace cs::ui
