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
// Switches to another project (autosaving the current one first).
void switch_project(AppState& s, Project p, const std::string& notice);
std::string document_key(const Project& p); // storage id of a document

struct StoredDocument {
    std::string key, title, modified;
    size_t annotations = 0;
};
std::vector<StoredDocument> stored_documents();
bool open_stored_document(AppState& s, const std::string& key);
void delete_stored_document(AppState& s, const std::string& key);
void rename_document(AppState& s, const std::string& title);

} // namespace cs::ui
