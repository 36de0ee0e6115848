// Claimscope UI — what each view remembers between frames: one plain struct per view, owned by
// AppState (app.h), none in file-scope statics. The views that belong to the open project are
// gathered in ProjectUi, which switch_project replaces whole, so a view cannot forget to reset.
//
// Index
// - Annotations list, entities
// - Inspector
// - Dialogs
// - Classroom: create exercise, student, class review
// - Session (outlives projects)
// - Help and the first-visit guide (outlive projects)
#pragma once
#include "core/access/article_mirror.h"
#include "core/classroom/check_history.h"
#include "core/classroom/class_report.h"
#include "core/classroom/exercise.h"
#include "core/classroom/scoring.h"
#include "core/file/stored_documents.h"
#include "core/guide/guide_steps.h"
#include "core/render/screen_layout.h"
#include "core/text/layout.h"
#include "ui/font_atlas.h"
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace cs::ui {

struct IncomingFile {
    std::string name, bytes;
};

// ---------------------------------------------------------------------------------------------
// Annotations list, entities
// ---------------------------------------------------------------------------------------------
struct ListFilter {
    std::set<std::string> hidden_types;
    std::string search;
    bool operator==(const ListFilter& o) const { return hidden_types == o.hidden_types && search == o.search; }
};

// Rows and counts are recomputed only when the annotations or the filter change, not per frame
// (10,000 annotations would otherwise cost a full scan every frame).
struct ListCache {
    uint64_t revision = ~0ull;
    ListFilter filter; // the filter the rows were made for
    std::map<std::string, size_t> counts;
    std::vector<int> rows;
};

struct ListUi {
    ListFilter filter;
    ListCache cache;
};

struct EntitiesUi {
    using Groups = std::map<std::string, std::vector<int>>; // entity name -> mentions, sorted by name
    uint64_t revision = ~0ull;                              // grouped once per change, not per frame
    std::map<std::string, Groups> by_type;
    std::map<std::string, size_t> cursor; // entity key -> next mention to show
};

// ---------------------------------------------------------------------------------------------
// Inspector
// ---------------------------------------------------------------------------------------------
// Text fields edit a copy and commit when the field is deactivated (one undo step per edit, not
// one per keystroke). The copy follows the model only when the model itself changed (undo, redo,
// another annotation selected), never while the user's edit is being committed.
struct FieldEdit {
    std::string text;  // what the field shows
    std::string model; // the model's value when `text` was last synced
};

struct InspectorUi {
    std::string id; // the annotation the fields belong to
    FieldEdit entity, note;
    std::map<std::string, FieldEdit> text_attributes; // by attribute id: each field its own copy
    // Entity completion: the list stays up while a press on it is in progress (the press takes
    // the focus from the field before the suggestion sees its click).
    bool completing = false;
    bool completion_hovered = false; // last frame
    bool entity_unsaved = false;     // the field was left, its text waits for the list's answer
    bool focus_note = false;         // F2 in the article: the note field takes the keyboard (asked until it has)
};

// ---------------------------------------------------------------------------------------------
// Dialogs (modal; each open while its flag is set)
// ---------------------------------------------------------------------------------------------
struct DialogUi {
    bool ask_name = false, save_after_name = false;
    std::string name_buf;
    bool replace_merge = false;
    std::string incoming_name;
    std::optional<Project> incoming; // a file on the open article: replace it or merge into it
    bool new_article = false;
    std::string na_title, na_url, na_outlet, na_date, na_text;
    std::string na_suggested; // the title offered from the text's first line (suggest_title)
    bool documents = false;
    std::string rename_buf;
    bool clear_browser = false;             // File › Clear this browser: the confirmation...
    std::vector<StoredDocument> clear_list; // ...and what it removes, read once when it opens
};

// ---------------------------------------------------------------------------------------------
// Classroom
// ---------------------------------------------------------------------------------------------
// Teacher: the "Create exercise" modal.
struct CreateExerciseUi {
    bool open = false;
    std::string title, instructions;
    std::map<std::string, bool> types, attributes, relations; // id -> allowed
    std::map<std::string, int> min_marks;                     // type id -> at least (0 = no rule)
    std::map<std::string, bool> link_each;                    // relation id -> every from-type needs one
    int reveal = (int)RevealLevel::Key;                       // what a check shows (RevealLevel)
    bool key_after_submit = false;                            // below Key: the answers once they submit
    bool self_check = true;
    int max_checks = -1; // -1: no limit
    std::vector<std::string> errors;
    std::string saved_file;
    std::string key_file; // without self-check: the teacher's key, saved beside the exercise
};

// Student: the parsed exercise (cached, re-read when the exercise block changes), name prompt,
// last check, submission.
struct StudentUi {
    mutable nlohmann::json parsed_for; // a cache: the exercise block `ex` and `history` were read from
    mutable ParsedExercise ex;
    mutable CheckHistory history; // the checks recorded in the file (the panel shows how many are left)
    // Name prompt: asked when the exercise opens; "Later" defers it to Submit.
    bool ask_name = false, submit_after_name = false;
    std::string name_buf;
    // Last check.
    bool checked = false;
    CheckResult result;
    std::string summary;  // check_summary of `result`
    Project checked_work; // the work as checked (indices in `result` point into it)
    uint64_t checked_revision = 0;
    // Submission.
    bool submitted = false;
    std::string submitted_file;
    // An exercise on the article the teacher has open with their own annotations, or one attempted in
    // this browser before (`attempt`): ask first.
    std::optional<Project> pending;
    std::string pending_name;
    std::optional<StoredDocument> attempt;
};

// Teacher: the class review overlay.
struct ReviewUi {
    bool open = false;
    std::vector<IncomingFile> files;
    bool focus = false; // bring the overlay to the front once, when opened
    int key = -1;       // index into files; -1 = the teacher must choose
    std::string key_reason;
    bool have_report = false;
    ClassReport report;
    Project key_project;    // its document is the heatmap's article
    std::vector<int> order; // rows in display order (sorting)
    // Heatmap
    int heat_type = 0;
    int token = -1; // clicked token (index into report.heatmap.tokens)
    Layout layout;
    AdvanceTable advance;
    float layout_width = -1, layout_px = -1;
    uint64_t layout_faces = ~0ull;                 // ShapingFonts::generation the layout was shaped with
    std::vector<std::pair<int, Rect>> token_rects; // visible tokens last frame (screen)
};

// ---------------------------------------------------------------------------------------------
// Session: autosave bookkeeping, which outlives any one project.
// ---------------------------------------------------------------------------------------------
struct SessionUi {
    uint64_t saved_revision = ~0ull;
    double changed_at = 0;
    uint64_t seen_revision = ~0ull;
    std::string error; // last storage failure ("" = fine)
    bool error_shown = false;
    int bulk_writes = 0;   // IndexedDB writes not yet confirmed
    uint64_t switches = 0; // documents opened so far (an answer from IndexedDB may be too late)
    std::string key;       // storage key of the open document; "" = its article's (document_key)
    int files_saved = 0;   // File › Save downloads so far (the guide's save step)
};

// ---------------------------------------------------------------------------------------------
// Panes (ui/panes.cpp): how the screen's width arranges the list, the article and the inspector.
// Outlives projects: a new document opens in the arrangement the reader left.
// ---------------------------------------------------------------------------------------------
struct PanesUi {
    ScreenLayout layout = ScreenLayout::Wide;
    bool coarse_pointer = false; // (pointer: coarse): every control at least 44 px tall
    int side_tab = 0;            // medium and narrow: 0 the annotations list, 1 the inspector
    bool select_tab = false;     // side_tab was set by the app (an annotation got selected): show it
    std::string seen_selected;   // the selected annotation the tabs last followed
    float sheet_h = 0;           // narrow: the bottom sheet's height, CSS px (0: not placed yet)
    float sheet_velocity = 0;    // ... while its grip is dragged, px/s (positive: opening)
    float sheet_moved = 0;       // ... how far this drag has gone (a tap has not)
};

// ---------------------------------------------------------------------------------------------
// Help (ui/help.cpp) and the first-visit guide (ui/guide.cpp): they outlive projects, so a guide
// started on the sample goes on when a saved file is opened.
// ---------------------------------------------------------------------------------------------
struct HelpUi {
    bool keys = false, concepts = false, about = false; // which help window is open
    bool guide = false;                                 // the guide's panel is shown
    GuideStep step = GuideStep::Claim;
    GuideStart start;
    bool escape_free = false; // last frame nothing else took Escape (a selection, linking, a popup)
    bool first_visit_checked = false;
    // What the step was last worked out from: it is worked out again only when the work or the saves change
    // (guide_advance scans every annotation, which a frame should not do for nothing).
    uint64_t advanced_revision = ~0ull;
    const void* advanced_doc = nullptr;
    int advanced_saves = -1;
};

// The accessible mirror (ui/access_mirror.cpp): what the page holds, so it is sent only when it changes.
struct MirrorUi {
    ParagraphWindow window;
    uint64_t revision = ~0ull; // the editor revision the page's copy was built from
    bool sent = false;
    ParagraphWindow pending; // scrolled to, not yet sent: waits for the scroll to settle
    double pending_since = 0;
    LinkIndex links; // built once per revision
    uint64_t links_revision = ~0ull;
    size_t anchor = SIZE_MAX, caret = SIZE_MAX; // the selection the page's copy shows (or made itself)
};

} // namespace cs::ui
