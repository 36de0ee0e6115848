// Claimscope UI — never lose work: settings and every document autosaved to browser storage,
// files opened and saved, the Documents list. (The platform does the storage; this decides
// what and when.)
#pragma once
#include "ui/app.h"

namespace cs::ui {

void load_settings(AppState& s);
bool restore_session(AppState& s);             // the last open document, exactly as it was
void session_tick(AppState& s);                // autosave (within a second of a change), settings
std::string session_status(const AppState& s); // "saved in browser" / "saving…" / "NOT saved"
void save_to_file(AppState& s);                // Ctrl+S: download <slug>.claimscope.json
void open_files(AppState& s, std::vector<IncomingFile> files);
// Switches to another project (autosaving the current one first). `stored_key`: the project is the
// document stored under that key (opened from the browser, renamed); otherwise it is stored under its
// article's key, or under a key of its own when work is stored under that one (opening a file never
// overwrites stored work: the earlier copy stays in File › Documents).
void switch_project(AppState& s, Project p, const std::string& notice, const std::string& stored_key = "");
std::string document_key(const Project& p);       // storage id of an article's first document
std::string open_document_key(const AppState& s); // storage id of the open document

std::vector<StoredDocument> stored_documents();
bool open_stored_document(AppState& s, const std::string& key);
void delete_stored_document(AppState& s, const std::string& key);
void rename_document(AppState& s, const std::string& title);
// File › New student: the next person at a shared computer starts clean. The open work is stored
// first and stays in File › Documents; the sample opens with no name, and a reload no longer reopens
// the previous student's document.
void start_new_student(AppState& s);
// File › Clear this browser (after its confirmation): every Claimscope document and setting goes.
void clear_browser(AppState& s);

} // namespace cs::ui
