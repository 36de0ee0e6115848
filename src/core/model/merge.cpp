// Merging: builds one Command from the incoming project, skipping (and counting) what the open
// project cannot hold, so that applying it cannot fail half-way.
#include "core/model/merge.h"
#include <map>
#include <set>

namespace cs {
namespace {

std::string annotations_n(size_t n) { return std::to_string(n) + (n == 1 ? " annotation" : " annotations"); }
std::string links_n(size_t n) { return std::to_string(n) + (n == 1 ? " link" : " links"); }

// The span checks Editor::apply makes, so an annotation that would fail them is skipped alone
// instead of failing the whole merge.
bool fits_text(const Project& p, const Annotation& a) {
    if (a.anchor == AnchorStatus::Orphaned) return true;
    return p.doc && !a.span.empty() && a.span.end <= p.doc->size();
}

bool linked(const std::vector<Relation>& rels, const Relation& r) {
    for (const Relation& x : rels)
        if (x.type == r.type && x.from == r.from && x.to == r.to) return true;
    return false;
}

struct Plan {
    const Project& cur;
    MergeResult r;
    Command cmd{"Merge annotations", {}};
    std::set<std::string> taken; // ids in use: annotations and relations share one namespace
    // Incoming annotation id -> its id in the merged project, for annotations that will be there
    // (added or already here): only links between those are kept.
    std::map<std::string, std::string> kept;
    std::vector<Relation> added;

    explicit Plan(const Project& p) : cur(p) {
        for (const Annotation& a : p.annotations) taken.insert(a.id);
        for (const Relation& x : p.relations) taken.insert(x.id);
    }

    std::string fresh(const std::string& id, const char* fallback) {
        const std::string base = id.empty() ? fallback : id;
        std::string n = base;
        for (int k = 2; taken.count(n); ++k) n = base + "-" + std::to_string(k);
        taken.insert(n);
        return n;
    }

    void skip(size_t n, bool link, const std::string& why) {
        if (n == 0) return;
        (link ? r.skipped_relations : r.skipped_annotations) += n;
        r.skipped.push_back((link ? links_n(n) : annotations_n(n)) + why);
    }

    void add_annotations(const std::vector<Annotation>& in) {
        std::map<std::string, size_t> unknown_type;
        size_t outside = 0;
        for (const Annotation& a : in) {
            if (const Annotation* same = cur.find(a.id); same && same->type == a.type && same->span == a.span) {
                kept[a.id] = a.id;
                ++r.already_here;
            } else if (!cur.codebook.find_type(a.type)) {
                ++unknown_type[a.type];
            } else if (!fits_text(cur, a)) {
                ++outside;
            } else {
                Change c;
                c.ann_after = a;
                c.ann_after->id = kept[a.id] = fresh(a.id, "a");
                cmd.changes.push_back(std::move(c));
                ++r.added_annotations;
            }
        }
        for (const auto& [type, n] : unknown_type)
            skip(n, false, " of type '" + type + "' skipped: the open codebook has no such type");
        skip(outside, false, " skipped: the span lies outside the article's text");
    }

    void add_relations(const std::vector<Relation>& in) {
        std::map<std::string, size_t> unknown_type;
        size_t dangling = 0;
        for (const Relation& x : in) {
            auto from = kept.find(x.from), to = kept.find(x.to);
            if (from == kept.end() || to == kept.end()) {
                ++dangling;
                continue;
            }
            if (!cur.codebook.find_relation_type(x.type)) {
                ++unknown_type[x.type];
                continue;
            }
            Relation copy = x;
            copy.from = from->second;
            copy.to = to->second;
            if (linked(cur.relations, copy) || linked(added, copy)) {
                ++r.already_here;
                continue;
            }
            copy.id = fresh(x.id, "r");
            added.push_back(copy);
            Change c;
            c.rel_after = std::move(copy);
            cmd.changes.push_back(std::move(c));
            ++r.added_relations;
        }
        for (const auto& [type, n] : unknown_type)
            skip(n, true, " of type '" + type + "' skipped: the open codebook has no such relation type");
        skip(dangling, true, " skipped: linked to an annotation that was skipped or is not in the file");
    }
};

} // namespace

MergeResult merge_project(Editor& editor, const Project& incoming) {
    Plan plan(editor.project());
    plan.add_annotations(incoming.annotations);
    plan.add_relations(incoming.relations);
    MergeResult& r = plan.r;
    const std::string skipped_note = r.skipped.empty() ? ""
                                                       : "; skipped " + annotations_n(r.skipped_annotations) + " and " +
                                                             links_n(r.skipped_relations);
    if (plan.cmd.changes.empty()) {
        r.ok = true;
        r.summary = (r.skipped.empty() ? "Nothing new to merge: every annotation is already here" : "Nothing merged") +
                    skipped_note;
        return r;
    }
    r.ok = editor.apply(std::move(plan.cmd));
    if (!r.ok) {
        r.added_annotations = r.added_relations = 0;
        r.summary = "Merge failed: nothing changed";
        return r;
    }
    r.summary = "Merged " + annotations_n(r.added_annotations) + " and " + links_n(r.added_relations) + skipped_note +
                " (Ctrl+Z to undo)";
    return r;
}

} // namespace cs
