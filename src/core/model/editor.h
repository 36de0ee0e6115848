// Claimscope core — every edit is a command with undo/redo.
//
// A command is recorded as a list of Changes (before/after of one annotation or relation), so
// undo and redo are the same generic operation and compound commands (delete an annotation and
// its relations) undo in one step.
#pragma once
#include "core/model/model.h"
#include <functional>
#include <optional>

namespace cs {

struct Change {
    std::optional<Annotation> ann_before, ann_after; // both set: modify; one set: add/remove
    std::optional<Relation> rel_before, rel_after;
    std::optional<Codebook> codebook_before, codebook_after;
    std::optional<std::string> annotator_before, annotator_after; // whose work the document is
};
struct Command {
    std::string label; // "Add Claim", "Delete annotation", shown in the Undo tooltip
    std::vector<Change> changes;
};

// The defaults an Editor uses when none is given (tests inject fixed ones).
std::string utc_now_iso8601();             // "2026-11-27T22:05:54Z"
std::string random_id(const char* prefix); // prefix + 8 random lowercase hex digits

// Invariants kept by every command: annotation and relation ids are unique across both (an id
// that exists is never handed out again), annotations stay sorted, every relation's ends exist,
// every annotation's type is in the codebook, spans are non-empty and inside the text (except
// orphaned ones). Commands stamp `modified` (and new annotations `created`/`author`) and
// Project::modified with the Clock.
class Editor {
public:
    using Clock = std::function<std::string()>;                   // ISO 8601 UTC now
    using IdGen = std::function<std::string(const char* prefix)>; // called with "a-" or "r-"
    explicit Editor(Project p = {}, Clock clock = {}, IdGen ids = {});

    const Project& project() const { return p_; }
    // Replaces the whole project (open file); clears history.
    void reset(Project p);
    uint64_t revision() const { return revision_; } // +1 on every change, undo and redo

    // Commands. Each returns false (and changes nothing) when invalid.
    std::optional<std::string> add_annotation(const std::string& type, Span span);
    bool delete_annotation(const std::string& id); // also deletes its relations
    bool set_type(const std::string& id, const std::string& type);
    bool set_span(const std::string& id, Span span);
    // value: bool for Bool attributes, a string (an option for Enum); null removes the key.
    bool set_attribute(const std::string& id, const std::string& key, const nlohmann::json& value);
    bool set_entity(const std::string& id, const std::string& entity); // only types with has_entity
    bool set_note(const std::string& id, const std::string& note);
    std::optional<std::string> add_relation(const std::string& type, const std::string& from, const std::string& to);
    bool delete_relation(const std::string& id);
    bool set_codebook(const Codebook& cb);
    // The name the document is saved under and new annotations are stamped with (Project::annotator).
    bool set_annotator(const std::string& name);
    // Replaces the exercise block (a recorded self-check) outside the undo history: undo must not take a
    // check back. The history stays as it is; the revision moves on, so the change is stored.
    void set_exercise(nlohmann::json block);
    // A generic batch (imports, merges): each Change's "before" must equal the current state;
    // applied in order, all or nothing, one undo step.
    bool apply(Command cmd);

    bool can_undo() const;
    bool can_redo() const;
    bool undo();
    bool redo();
    const std::string* undo_label() const;
    const std::string* redo_label() const;

private:
    Project p_;
    Clock clock_;
    IdGen ids_;
    std::vector<Command> undo_, redo_;
    uint64_t revision_ = 0;

    bool apply_changes(const std::vector<Change>& changes, bool forward); // all or nothing
    bool apply_one(const Change& c, bool forward);
    bool annotation_ok(const Annotation& a) const;
    bool id_in_use(const std::string& id) const;
    std::string new_id(const char* prefix) const;
    bool record(Command cmd); // applies, pushes on the undo stack, clears redo
    template <class F>
    bool modify(const std::string& id, const char* label, F&& edit);
};

} // namespace cs
