// Claimscope core — commands, undo and redo.
//
// Index
// - defaults: clock and id generator
// - applying a list of Changes forwards or backwards (all or nothing)
// - the commands: each builds a Command and hands it to record()
// - undo / redo
#include "core/model/editor.h"
#include "core/file/file_format.h"
#include <algorithm>
#include <ctime>
#include <memory>
#include <random>

namespace cs {

// ---------------------------------------------------------------------------------------------
// Defaults
// ---------------------------------------------------------------------------------------------
std::string utc_now_iso8601() {
    std::time_t t = std::time(nullptr);
    std::tm tm{};
#ifdef _WIN32
    gmtime_s(&tm, &t);
#else
    gmtime_r(&t, &tm);
#endif
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

// Random rather than a counter: two students' files merged in class must not collide.
std::string random_id(const char* prefix) {
    static std::mt19937 rng{std::random_device{}()};
    static const char* hex = "0123456789abcdef";
    std::string id = prefix;
    uint32_t v = rng();
    for (int i = 7; i >= 0; i--) id += hex[(v >> (i * 4)) & 15];
    return id;
}

Editor::Editor(Project p, Clock clock, IdGen ids)
    : p_(std::move(p)), clock_(clock ? std::move(clock) : Clock(utc_now_iso8601)),
      ids_(ids ? std::move(ids) : IdGen(random_id)) {
    sort_annotations(p_.annotations);
    sort_relations(p_.relations);
}

void Editor::reset(Project p) {
    p_ = std::move(p);
    sort_annotations(p_.annotations);
    sort_relations(p_.relations);
    undo_.clear();
    redo_.clear();
    revision_++;
}

// ---------------------------------------------------------------------------------------------
// Applying changes
// ---------------------------------------------------------------------------------------------
bool Editor::id_in_use(const std::string& id) const { return p_.index_of(id) >= 0 || p_.find_relation(id) != nullptr; }

std::string Editor::new_id(const char* prefix) const {
    // A generator that keeps returning taken ids (e.g. a test counter restarted on a loaded file)
    // still terminates: after 100 tries a numeric suffix is appended.
    for (int i = 0;; i++) {
        std::string id = ids_(prefix);
        if (i >= 100) id += "-" + std::to_string(i);
        if (!id.empty() && !id_in_use(id)) return id;
    }
}

bool Editor::annotation_ok(const Annotation& a) const {
    if (a.id.empty() || !p_.codebook.find_type(a.type)) return false;
    if (a.anchor == AnchorStatus::Orphaned) return true;
    return p_.doc && !a.span.empty() && a.span.end <= p_.doc->size();
}

bool Editor::apply_one(const Change& c, bool forward) {
    const auto& ab = forward ? c.ann_before : c.ann_after;
    const auto& aa = forward ? c.ann_after : c.ann_before;
    const auto& rb = forward ? c.rel_before : c.rel_after;
    const auto& ra = forward ? c.rel_after : c.rel_before;
    const auto& cbb = forward ? c.codebook_before : c.codebook_after;
    const auto& cba = forward ? c.codebook_after : c.codebook_before;
    const auto& nb = forward ? c.annotator_before : c.annotator_after;
    const auto& na = forward ? c.annotator_after : c.annotator_before;
    int kinds = int(ab || aa) + int(rb || ra) + int(cbb || cba) + int(nb || na);
    if (kinds != 1) return false; // one Change touches exactly one thing

    if (nb || na) {
        if (!nb || !na || p_.annotator != *nb) return false;
        p_.annotator = *na;
        return true;
    }

    auto& anns = p_.annotations;
    auto& rels = p_.relations;
    if (ab || aa) {
        int at = -1;
        if (ab) {
            at = p_.index_of(ab->id);
            if (at < 0 || !(anns[(size_t)at] == *ab)) return false;
        }
        if (aa) {
            if (!annotation_ok(*aa)) return false;
            if (ab ? aa->id != ab->id : id_in_use(aa->id)) return false;
        } else {
            for (const Relation& r : rels) // relations must be removed first
                if (r.from == ab->id || r.to == ab->id) return false;
        }
        if (at >= 0) anns.erase(anns.begin() + at);
        if (aa) {
            const auto less = [](const Annotation& x, const Annotation& y) { return file_order(x, y); };
            anns.insert(std::lower_bound(anns.begin(), anns.end(), *aa, less), *aa);
        }
        return true;
    }
    if (rb || ra) {
        if (rb) {
            const Relation* cur = p_.find_relation(rb->id);
            if (!cur || !(*cur == *rb)) return false;
        }
        if (ra) {
            if (ra->id.empty() || !p_.codebook.find_relation_type(ra->type)) return false;
            if (p_.index_of(ra->from) < 0 || p_.index_of(ra->to) < 0) return false;
            if (rb ? ra->id != rb->id : id_in_use(ra->id)) return false;
        }
        auto by_id = [](const Relation& r, const std::string& k) { return r.id < k; };
        if (rb) rels.erase(std::lower_bound(rels.begin(), rels.end(), rb->id, by_id));
        if (ra) rels.insert(std::lower_bound(rels.begin(), rels.end(), ra->id, by_id), *ra);
        return true;
    }
    // Codebook: replaced whole; it must still know every type in use.
    if (!cbb || !cba || !(p_.codebook == *cbb)) return false;
    for (const Annotation& a : anns)
        if (!cba->find_type(a.type)) return false;
    for (const Relation& r : rels)
        if (!cba->find_relation_type(r.type)) return false;
    p_.codebook = *cba;
    return true;
}

bool Editor::apply_changes(const std::vector<Change>& changes, bool forward) {
    size_t n = changes.size();
    for (size_t k = 0; k < n; k++) {
        const Change& c = forward ? changes[k] : changes[n - 1 - k];
        if (apply_one(c, forward)) continue;
        // Roll back what was applied; each step is the exact inverse, so it cannot fail.
        for (size_t j = k; j-- > 0;) apply_one(forward ? changes[j] : changes[n - 1 - j], !forward);
        return false;
    }
    revision_++;
    p_.modified = clock_();
    return true;
}

bool Editor::record(Command cmd) {
    if (cmd.changes.empty() || !apply_changes(cmd.changes, true)) return false;
    undo_.push_back(std::move(cmd));
    redo_.clear();
    return true;
}

bool Editor::apply(Command cmd) { return record(std::move(cmd)); }

// ---------------------------------------------------------------------------------------------
// Commands
// ---------------------------------------------------------------------------------------------
std::optional<std::string> Editor::add_annotation(const std::string& type, Span span) {
    const AnnotationType* t = p_.codebook.find_type(type);
    if (!t || !p_.doc || span.empty() || span.end > p_.doc->size()) return std::nullopt;
    Annotation a;
    a.id = new_id("a-");
    a.type = type;
    a.span = span;
    fill_quote(a, *p_.doc);
    for (const AttributeDef& d : t->attributes) {
        nlohmann::json v = d.default_json();
        if (!v.is_null()) a.attributes[d.id] = v;
    }
    a.author = p_.annotator;
    a.created = a.modified = clock_();
    std::string id = a.id;
    Change ch;
    ch.ann_after = std::move(a);
    if (!record({"Add " + t->label, {std::move(ch)}})) return std::nullopt;
    return id;
}

bool Editor::delete_annotation(const std::string& id) {
    const Annotation* a = p_.find(id);
    if (!a) return false;
    Command cmd;
    const AnnotationType* t = p_.codebook.find_type(a->type);
    cmd.label = "Delete " + (t ? t->label : a->type);
    for (const Relation& r : p_.relations)
        if (r.from == id || r.to == id) {
            Change ch;
            ch.rel_before = r;
            cmd.changes.push_back(std::move(ch));
        }
    Change ch;
    ch.ann_before = *a;
    cmd.changes.push_back(std::move(ch));
    return record(std::move(cmd));
}

// Edits a copy of one annotation; an edit that changes nothing records nothing.
template <class F>
bool Editor::modify(const std::string& id, const char* label, F&& edit) {
    const Annotation* cur = p_.find(id);
    if (!cur) return false;
    Annotation next = *cur;
    if (!edit(next)) return false;
    if (next == *cur) return true;
    next.modified = clock_();
    Change ch;
    ch.ann_before = *cur;
    ch.ann_after = std::move(next);
    return record({label, {std::move(ch)}});
}

bool Editor::set_type(const std::string& id, const std::string& type) {
    const AnnotationType* t = p_.codebook.find_type(type);
    if (!t) return false;
    return modify(id, "Change type", [&](Annotation& a) {
        a.type = type;
        // Attributes of the old type stay (nothing typed is lost); the new type's defaults fill gaps.
        for (const AttributeDef& d : t->attributes) {
            nlohmann::json v = d.default_json();
            if (!v.is_null() && !a.attributes.contains(d.id)) a.attributes[d.id] = v;
        }
        return true;
    });
}

bool Editor::set_span(const std::string& id, Span span) {
    if (!p_.doc || span.empty() || span.end > p_.doc->size()) return false;
    return modify(id, "Move annotation", [&](Annotation& a) {
        a.span = span;
        a.anchor = AnchorStatus::Exact; // placed by hand: anchored again, even if it was orphaned
        fill_quote(a, *p_.doc);
        return true;
    });
}

bool Editor::set_attribute(const std::string& id, const std::string& key, const nlohmann::json& value) {
    const Annotation* cur = p_.find(id);
    if (!cur || key.empty()) return false;
    if (!value.is_null()) {
        const AnnotationType* t = p_.codebook.find_type(cur->type);
        const AttributeDef* d = t ? t->find_attribute(key) : nullptr;
        if (!d) return false;
        bool ok = d->kind == AttrKind::Bool   ? value.is_boolean()
                  : d->kind == AttrKind::Text ? value.is_string()
                                              : value.is_string() && std::count(d->options.begin(), d->options.end(),
                                                                                value.get<std::string>()) > 0;
        if (!ok) return false;
    }
    return modify(id, "Set attribute", [&](Annotation& a) {
        if (value.is_null())
            a.attributes.erase(key);
        else
            a.attributes[key] = value;
        return true;
    });
}

bool Editor::set_entity(const std::string& id, const std::string& entity) {
    const Annotation* cur = p_.find(id);
    if (!cur) return false;
    const AnnotationType* t = p_.codebook.find_type(cur->type);
    if (!entity.empty() && !(t && t->has_entity)) return false;
    std::string clean = repair_utf8(entity).text;
    return modify(id, "Set entity", [&](Annotation& a) {
        a.entity = clean;
        return true;
    });
}

bool Editor::set_note(const std::string& id, const std::string& note) {
    std::string clean = repair_utf8(note).text;
    return modify(id, "Edit note", [&](Annotation& a) {
        a.note = clean;
        return true;
    });
}

std::optional<std::string> Editor::add_relation(const std::string& type, const std::string& from,
                                                const std::string& to) {
    const RelationType* rt = p_.codebook.find_relation_type(type);
    const Annotation* f = p_.find(from);
    const Annotation* t = p_.find(to);
    if (!rt || !f || !t || from == to) return std::nullopt;
    if (f->type != rt->from_type || t->type != rt->to_type) return std::nullopt;
    for (const Relation& r : p_.relations)
        if (r.type == type && r.from == from && r.to == to) return std::nullopt; // already linked
    Relation r;
    r.id = new_id("r-");
    r.type = type;
    r.from = from;
    r.to = to;
    std::string id = r.id;
    Change ch;
    ch.rel_after = std::move(r);
    if (!record({"Link " + rt->label, {std::move(ch)}})) return std::nullopt;
    return id;
}

bool Editor::delete_relation(const std::string& id) {
    const Relation* r = p_.find_relation(id);
    if (!r) return false;
    Change ch;
    ch.rel_before = *r;
    return record({"Delete link", {std::move(ch)}});
}

bool Editor::set_codebook(const Codebook& cb) {
    std::vector<Problem> problems;
    if (!check_codebook(cb, "codebook", &problems)) return false;
    if (cb == p_.codebook) return true;
    Change ch;
    ch.codebook_before = p_.codebook;
    ch.codebook_after = cb;
    return record({"Edit codebook", {std::move(ch)}});
}

void Editor::set_exercise(nlohmann::json block) {
    p_.exercise = std::move(block);
    revision_++;
    p_.modified = clock_();
}

bool Editor::set_annotator(const std::string& name) {
    if (name == p_.annotator) return true;
    Change ch;
    ch.annotator_before = p_.annotator;
    ch.annotator_after = name;
    return record({"Set your name", {std::move(ch)}});
}

// ---------------------------------------------------------------------------------------------
// Undo / redo
// ---------------------------------------------------------------------------------------------
bool Editor::can_undo() const { return !undo_.empty(); }
bool Editor::can_redo() const { return !redo_.empty(); }
const std::string* Editor::undo_label() const { return undo_.empty() ? nullptr : &undo_.back().label; }
const std::string* Editor::redo_label() const { return redo_.empty() ? nullptr : &redo_.back().label; }

bool Editor::undo() {
    if (undo_.empty() || !apply_changes(undo_.back().changes, false)) return false;
    redo_.push_back(std::move(undo_.back()));
    undo_.pop_back();
    return true;
}

bool Editor::redo() {
    if (redo_.empty() || !apply_changes(redo_.back().changes, true)) return false;
    undo_.push_back(std::move(redo_.back()));
    redo_.pop_back();
    return true;
}

} // namespace cs
