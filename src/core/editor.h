// Claimscope core — every edit is a command with undo/redo.
//
// A command is recorded as a list of Changes (before/after of one annotation or relation), so
// undo and redo are the same generic operation and compound commands (delete an annotation and
// its relations) undo in one step.
#pragma once
#include "model.h"
#include <functional>
#include <optional>

namespace cs {

struct Change {
    std::optional<Annotation> ann_before, ann_after;   // both set: modify; one set: add/remove
    std::optional<Relation> rel_before, rel_after;
    std::optional<Codebook> codebook_before, codebook_after;
};
struct Command {
    std::string label;           // "Add Claim", "Delete annotation", shown in the Undo tooltip
    std::vector<Change> changes;
};

class Editor {
public:
    using Clock = std::function<std::string()>;   // ISO 8601 UTC now
    using IdGen = std::function<std::string(const char* prefix)>;
    explicit Editor(Project p = {}, Clock clock = {}, IdGen ids = {});

    const Project& project() const { return p_; }
    // Replaces the whole project (open file); clears history.
    void reset(Project p);
    uint64_t revision() const { return revision_; }   // +1 on every change, undo and redo

    // Commands. Each returns false (and changes nothing) when invalid.
    std::optional<std::string> add_annotation(const std::string& type, Span span);
    bool delete_annotation(const std::string& id);     // also deletes its relations
    bool set_type(const std::string& id, const std::string& type);
    bool set_span(const std::string& id, Span span);
    bool set_attribute(const std::string& id, const std::string& key, const nlohmann::json& value);
    bool set_entity(const std::string& id, const std::string& entity);
    bool set_note(const std::string& id, const std::string& note);
    std::optional<std::string> add_relation(const std::string& type, const std::string& from, const std::string& to);
    bool delete_relation(const std::string& id);
    bool set_codebook(const Codebook& cb);
    bool apply(Command cmd);                           // a generic batch (imports, merges)

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
    // (implementation details)
};

} // namespace cs
