// Claimscope UI — autosave, settings, the Documents list, opening and saving files.
//
// Storage: localStorage (see docs/STORAGE.md for why it comes first): one key per document
// ("claimscope.doc.<hash16>", the whole file JSON; "<hash16>.2", "<hash16>.3"... for more documents
// on the same article), a small summary per document for the list ("claimscope.meta.<key>"), the
// current document ("claimscope.current") and the settings ("claimscope.settings"). A save is one
// synchronous setItem, so a crash or a closed tab loses at most the last ~300 ms of typing. A
// document over localStorage's quota goes to IndexedDB under the same key (asynchronous; its summary
// says "in": "indexeddb").
//
// Index
// - Settings
// - Autosave and restore
// - Documents list
// - Save to a file
// - Open files (articles, annotation files, exchange formats)
#include "ui/session.h"
#include "core/file/file_format.h"
#include "core/file/stored_documents.h"
#include "core/formats/formats.h"
#include "core/import/article_import.h"
#include "platform/platform.h"
#include "ui/cleanup_notice.h"
#include "ui/dialogs.h"
#include "ui/sample_project.h"
#include "ui/theme.h"
#include <algorithm>
#include <optional>
#include <sstream>

namespace cs::ui {

static const char* kSettingsKey = "claimscope.settings";
static const char* kCurrentKey = "claimscope.current";
static const char* kDocPrefix = "claimscope.doc.";
static const char* kMetaPrefix = "claimscope.meta.";

// ---------------------------------------------------------------------------------------------
// Settings
// ---------------------------------------------------------------------------------------------
void load_settings(AppState& s) {
    std::string raw;
    if (!platform::storage_get(kSettingsKey, &raw)) return;
    nlohmann::json j = nlohmann::json::parse(raw, nullptr, false);
    if (!j.is_object()) return;
    Settings& st = s.settings;
    // No "theme" saved: none was chosen, the system's applies (set_system_preferences).
    st.theme_chosen = j.contains("theme");
    std::string theme = j.value("theme", "light");
    st.theme = theme == "dark" ? Theme::Dark : theme == "high-contrast" ? Theme::HighContrast : Theme::Light;
    st.text_scale = std::clamp(j.value("text_scale", 1.0f), 0.75f, 2.5f);
    st.left_width = j.value("left_width", st.left_width);
    st.right_width = j.value("right_width", st.right_width);
    st.guide_seen = j.value("guide_seen", false);
}

static void save_settings(AppState& s) {
    const Settings& st = s.settings;
    nlohmann::json j = {{"text_scale", st.text_scale}, {"left_width", st.left_width}, {"right_width", st.right_width}};
    if (st.theme_chosen) j["theme"] = theme_name(st.theme);
    if (st.guide_seen) j["guide_seen"] = true;
    std::string err;
    if (!platform::storage_set(kSettingsKey, j.dump(), &err)) s.session.error = err;
    s.settings_dirty = false;
}

// ---------------------------------------------------------------------------------------------
// Autosave and restore
// ---------------------------------------------------------------------------------------------
std::string document_key(const Project& p) { return p.doc->hash.substr(0, 16); }

std::string open_document_key(const AppState& s) {
    return s.session.key.empty() ? document_key(s.project()) : s.session.key;
}

// The summary's text stored under `key`.
static std::optional<std::string> summary_text(const std::string& key) {
    std::string raw;
    if (!platform::storage_get(kMetaPrefix + key, &raw)) return std::nullopt;
    return raw;
}

// Whether a stored document's body is in IndexedDB (its summary in localStorage says so).
static bool in_bulk_storage(const std::string& key) {
    const std::optional<std::string> raw = summary_text(key);
    const std::optional<StoredDocument> d = raw ? read_summary(key, *raw) : std::nullopt;
    return d && d->in_bulk;
}

// The summary the Documents list shows, then the current document.
static bool store_summary(const std::string& summary, const std::string& key, bool make_current, std::string* error) {
    if (!platform::storage_set(kMetaPrefix + key, summary, error)) return false;
    return !make_current || platform::storage_set(kCurrentKey, key, error);
}

enum class Stored { Yes, Pending, Failed };

static Stored store_project(AppState& s, std::string* error) {
    const Project& p = s.project();
    const std::string key = open_document_key(s);
    const auto write = [&](const std::function<void(std::string_view)>& put) {
        save_project_pieces(p, 256 * 1024, put);
    };
    const bool was_bulk = in_bulk_storage(key);
    if (platform::storage_set(kDocPrefix + key, write, error)) {
        if (!store_summary(document_summary(p, platform::now_iso8601()), key, true, error)) return Stored::Failed;
        if (was_bulk) platform::bulk_storage_remove(kDocPrefix + key); // after the summary stops pointing at it
        return Stored::Yes;
    }
    if (!platform::is_storage_full(*error)) return Stored::Failed;
    // Over localStorage's quota: the body goes to IndexedDB, the summary stays in localStorage
    // and is written once the body is safe, so it never points at a body that is not there.
    ++s.session.bulk_writes;
    const std::string summary = document_summary(p, platform::now_iso8601(), true);
    platform::bulk_storage_set(kDocPrefix + key, write, [&s, summary, key](const std::string& err) {
        --s.session.bulk_writes;
        std::string e = err;
        // The summary first, then the older copy that still fitted in localStorage goes: stopped in
        // between, the summary already points at the new body.
        if (e.empty() && store_summary(summary, key, open_document_key(s) == key, &e))
            platform::storage_remove(kDocPrefix + key);
        // As for localStorage: a failure is shown once, until a save succeeds again.
        if (e.empty()) {
            s.session.error.clear();
            s.session.error_shown = false;
        } else
            s.session.error = e;
    });
    return Stored::Pending;
}

static void autosave_now(AppState& s) {
    std::string err;
    const Stored stored = store_project(s, &err);
    // Pending counts as saved for the debounce (the write is on its way); the status line says
    // "saving…" until it is confirmed, and the answer clears or sets the error.
    s.session.saved_revision = s.editor.revision(); // on failure too: the next edit retries
    if (stored == Stored::Failed) {
        s.session.error = err;
    } else if (stored == Stored::Yes) {
        s.session.error.clear();
        s.session.error_shown = false;
    }
}

// A stored document read back, or nothing: the user is told what is wrong with it.
static std::optional<Project> read_stored(AppState& s, const std::string& key, bool found, std::string_view raw) {
    if (!found) {
        s.error("Document not found in browser storage", {key});
        return std::nullopt;
    }
    LoadResult r = load_project(raw);
    if (r.ok) return std::move(r.project);
    s.error("The stored document could not be read", r.errors);
    return std::nullopt;
}

// Opens a document kept in IndexedDB, in a later task: `still_wanted` is asked when it arrives.
// It opens as it was stored (nothing to save again) and becomes the current document.
static void open_from_bulk(AppState& s, const std::string& key, const std::string& notice,
                           std::function<bool()> still_wanted) {
    platform::bulk_storage_get(kDocPrefix + key, [&s, key, notice, still_wanted](bool found, std::string_view raw) {
        if (!still_wanted()) return;
        std::optional<Project> p = read_stored(s, key, found, raw);
        if (!p) return;
        switch_project(s, std::move(*p), notice, key);
        s.session.saved_revision = s.editor.revision();
        std::string err;
        if (!platform::storage_set(kCurrentKey, key, &err)) s.session.error = err;
    });
}

bool restore_session(AppState& s) {
    std::string key, raw;
    if (!platform::storage_get(kCurrentKey, &key)) return false;
    if (in_bulk_storage(key)) {
        // Arrives in a later task: the sample shows until then, and is replaced only if nothing
        // has happened to it in the meantime.
        const uint64_t switches = s.session.switches;
        open_from_bulk(s, key, "", [&s, switches] {
            if (s.session.switches == switches && !s.editor.can_undo()) return true;
            s.notify("Your last document is in File › Documents in this browser", 8);
            return false;
        });
        return false;
    }
    if (!platform::storage_get(kDocPrefix + key, &raw)) return false;
    LoadResult r = load_project(raw);
    if (!r.ok) return false; // a damaged entry: start from the sample, keep the entry untouched
    s.editor.reset(std::move(r.project));
    s.session.key = key;
    s.session.saved_revision = s.editor.revision();
    return true;
}

void session_tick(AppState& s) {
    const double now = platform::now_ms();
    if (s.editor.revision() != s.session.seen_revision) {
        s.session.seen_revision = s.editor.revision();
        s.session.changed_at = now;
    }
    if (s.editor.revision() != s.session.saved_revision) {
        // Debounced: typing a note saves once it pauses, and always within a second.
        if (now - s.session.changed_at >= 250)
            autosave_now(s);
        else
            platform::redraw_at(s.session.changed_at + 250); // one frame then, not frames until then
    }
    if (s.settings_dirty && !ImGui::IsMouseDown(ImGuiMouseButton_Left)) save_settings(s);
    if (!s.session.error.empty() && !s.session.error_shown) {
        s.session.error_shown = true;
        s.error("Your work could not be saved in this browser",
                {s.session.error,
                 "Use File › Save (Ctrl+S) to keep a copy as a file. Everything you did is still open here."});
    }
}

std::string session_status(const AppState& s) {
    if (!s.session.error.empty()) return "NOT saved in browser";
    return s.editor.revision() == s.session.saved_revision && s.session.bulk_writes == 0 ? "saved in browser"
                                                                                         : "saving…";
}

void switch_project(AppState& s, Project p, const std::string& notice, const std::string& stored_key) {
    // Unsaved edits are stored before they leave; a document nobody has touched yet (the sample at
    // start, a file opened a moment ago) is not: its text came from somewhere, and storing it here
    // would delay the document being opened (a few ms for the sample, seconds for a large one).
    if (s.editor.revision() != s.session.saved_revision && s.editor.can_undo()) autosave_now(s);
    s.session.key = stored_key.empty() ? key_for_new_document(document_key(p), summary_text) : stored_key;
    ++s.session.switches;
    s.editor.reset(std::move(p));
    s.reset_project_ui(); // selection, view, list filter, inspector, dialogs, classroom: all of it
    platform::request_redraw(3);
    s.find.computed_doc = nullptr;
    s.index = AnnotationIndex{};
    // Saved by the next tick, not here: opening a large file paints first, stores after.
    s.session.saved_revision = s.editor.revision() - 1;
    s.session.seen_revision = ~0ull;
    platform::set_page_title(s.doc().meta.title.empty() ? "Claimscope" : s.doc().meta.title + " — Claimscope");
    if (!notice.empty()) s.notify(notice);
}

// ---------------------------------------------------------------------------------------------
// Documents list
// ---------------------------------------------------------------------------------------------
std::vector<StoredDocument> stored_documents() {
    std::vector<StoredDocument> out;
    std::istringstream keys(platform::storage_keys(kMetaPrefix));
    std::string k;
    while (std::getline(keys, k)) {
        std::string raw;
        if (!platform::storage_get(k, &raw)) continue;
        if (std::optional<StoredDocument> d = read_summary(k.substr(std::string(kMetaPrefix).size()), raw))
            out.push_back(std::move(*d));
    }
    newest_first(out);
    return out;
}

bool open_stored_document(AppState& s, const std::string& key) {
    if (in_bulk_storage(key)) {
        open_from_bulk(s, key, "Opened from this browser", [] { return true; });
        return true;
    }
    std::string raw;
    const bool found = platform::storage_get(kDocPrefix + key, &raw);
    std::optional<Project> p = read_stored(s, key, found, raw);
    if (!p) return false;
    switch_project(s, std::move(*p), "Opened from this browser", key);
    return true;
}

void delete_stored_document(AppState& s, const std::string& key) {
    if (key == open_document_key(s)) {
        s.notify("The open document cannot be deleted: open another one first.");
        return;
    }
    if (in_bulk_storage(key)) platform::bulk_storage_remove(kDocPrefix + key);
    platform::storage_remove(kDocPrefix + key);
    platform::storage_remove(kMetaPrefix + key);
}

// The sample, fresh: stored only once someone works on it.
static void open_fresh_sample(AppState& s, const std::string& notice) {
    switch_project(s, sample_project(platform::read_bundled_file("/assets/sample-article.txt")), notice);
    s.session.saved_revision = s.editor.revision();
}

void start_new_student(AppState& s) {
    if (s.editor.revision() != s.session.saved_revision) autosave_now(s);
    if (!s.session.error.empty()) { // their work is not stored: leaving it would lose it
        s.error("The previous work could not be kept in this browser",
                {s.session.error, "Save it with File › Save (Ctrl+S) first; it is still open."});
        return;
    }
    open_fresh_sample(s, "New student: nothing of the previous one is open");
    platform::storage_remove(kCurrentKey);
}

void clear_browser(AppState& s) {
    s.session.saved_revision = s.editor.revision(); // what is open goes too: nothing is stored on the way
    open_fresh_sample(s, "");
    std::istringstream keys(platform::storage_keys("claimscope."));
    for (std::string k; std::getline(keys, k);) platform::storage_remove(k);
    platform::bulk_storage_clear();
    s.settings = Settings{};
    apply_theme(s);
    s.settings_dirty = false;
    s.session.key.clear();
    s.notify("This browser holds no Claimscope documents or settings any more");
}

void rename_document(AppState& s, const std::string& title) {
    // The article's text is unchanged, so annotations keep their offsets; history starts anew.
    Project p = s.project();
    ArticleMeta meta = p.doc->meta;
    meta.title = title;
    p.doc = make_shared_document(p.doc->text, meta);
    switch_project(s, std::move(p), "Renamed", open_document_key(s));
}

// ---------------------------------------------------------------------------------------------
// Save to a file
// ---------------------------------------------------------------------------------------------
void save_to_file(AppState& s) {
    // The document's own name, asked once per document: on a shared computer the name typed last is
    // another student's.
    if (s.project().annotator.empty()) {
        ask_annotator(s, true);
        return;
    }
    const Project& p = s.project();
    std::string slug = slugify(p.doc->meta.title.empty() ? "article" : p.doc->meta.title);
    platform::download_file(slug + ".claimscope.json", save_project(p), "application/json");
    ++s.session.files_saved;
    s.notify("Saved " + slug + ".claimscope.json to your downloads");
}

// ---------------------------------------------------------------------------------------------
// Open files
// ---------------------------------------------------------------------------------------------
static std::vector<std::string> problem_lines(const std::vector<Problem>& ps) {
    std::vector<std::string> out;
    for (const Problem& p : ps) out.push_back(p.to_string());
    return out;
}

// The article's first document, when this browser holds it: opened, with its annotations.
static bool reopen_stored_work(AppState& s, const Project& p) {
    const std::string key = document_key(p);
    std::string stored;
    if (!platform::storage_get(kDocPrefix + key, &stored)) return false;
    open_stored_document(s, key);
    s.notify("This article was already here: your annotations are back");
    return true;
}

static void open_article(AppState& s, const IncomingFile& f) {
    ArticleImportResult r = import_article_file(f.name, f.bytes);
    if (!r.ok) {
        s.error("Could not open " + f.name, {r.error});
        return;
    }
    Project p = article_project(r.article.text, r.article.meta);
    // Seen before, cleaned or (after Undo clean-up) as it came: bring back its work.
    if (reopen_stored_work(s, p) ||
        (!r.cleanup.empty() && reopen_stored_work(s, article_project(r.uncleaned_text, r.uncleaned_meta))))
        return;
    CleanupUndo undo{std::move(r.cleanup), std::move(r.uncleaned_text), std::move(r.uncleaned_meta)};
    open_cleaned_article(s, std::move(p), std::move(undo), "Opened " + f.name, std::move(r.article.warnings));
}

// An annotation file: same article -> ask (when there is work) replace / merge / cancel;
// another article -> it opens as its own document.
static void open_annotation_file(AppState& s, const IncomingFile& f, Format fmt) {
    if (fmt == Format::Claimscope) {
        LoadResult r = load_project(f.bytes);
        if (!r.ok) {
            s.error("Could not open " + f.name, r.errors);
            return;
        }
        if (!r.project.exercise.is_null()) {
            open_exercise_file(s, f.name, std::move(r.project));
            return;
        }
        if (r.project.doc->hash == s.doc().hash) {
            if (s.project().annotations.empty())
                switch_project(s, std::move(r.project), "Opened " + f.name);
            else
                ask_replace_or_merge(s, f.name, std::move(r.project));
        } else {
            switch_project(s, std::move(r.project), "Opened " + f.name + " (another article)");
        }
        if (!r.warnings.empty()) s.messages.push_back(Message{"Opened " + f.name, problem_lines(r.warnings), false});
        return;
    }
    ImportResult r = import_as(fmt, f.bytes, s.project().doc, s.project().codebook);
    if (!r.ok) {
        s.error("Could not import " + f.name, problem_lines(r.errors)); // another tool's format: its own words
        return;
    }
    std::vector<std::string> report = problem_lines(r.warnings);
    for (const std::string& e : problem_lines(r.errors)) report.push_back("skipped: " + e);
    report.insert(report.begin(), std::to_string(r.anchors.exact) + " exact, " + std::to_string(r.anchors.moved) +
                                      " moved, " + std::to_string(r.anchors.fuzzy) + " fuzzy, " +
                                      std::to_string(r.anchors.orphaned) + " orphaned");
    if (r.project.doc->hash == s.doc().hash && !s.project().annotations.empty())
        ask_replace_or_merge(s, f.name, std::move(r.project));
    else
        switch_project(s, std::move(r.project), "Imported " + f.name);
    s.messages.push_back(Message{"Imported " + f.name, report, false});
}

void open_files(AppState& s, std::vector<IncomingFile> files) {
    std::vector<IncomingFile> annotation_files; // and files no reader takes: a class review flags them
    std::vector<FileRoute> routes;
    for (IncomingFile& f : files) {
        if (f.bytes.empty() && f.name.find("exceeds") != std::string::npos) continue;
        FileRoute route = route_file(f.name, f.bytes);
        if (route.kind == FileKind::Article) {
            if (files.size() == 1)
                open_article(s, f);
            else
                s.error("Could not open " + f.name,
                        {"Open articles one at a time (several annotation files can be opened together)."});
            continue;
        }
        annotation_files.push_back(std::move(f));
        routes.push_back(std::move(route));
    }
    // Several annotation files at once: a class review (a key and students' files) — never merged silently.
    if (annotation_files.size() > 1) {
        open_class_files(s, std::move(annotation_files));
        return;
    }
    if (annotation_files.empty()) return;
    if (routes[0].kind == FileKind::Unreadable)
        s.error("Could not open " + annotation_files[0].name, {routes[0].why});
    else
        open_annotation_file(s, annotation_files[0], routes[0].format);
}

} // namespace cs::ui
