// Merging: builds one Command from the incoming project, skipping (and counting) what the open
// project cannot hold, so that applying it cannot fail half-way.
#include "core/model/merge.h"
#include <map>
#include <set>

namespace cs {
namespace {

std::string count_of(size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

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

} // namespace

MergeResult merge_project(Editor& editor, const Project& incoming) {
    const Project& cur = editor.project();
    MergeResult r;
    std::set<std::string> taken; // ids in use: annotations and relations share one namespace
    for (const Annotation& a : cur.annotations) taken.insert(a.id);
    for (const Relation& x : cur.relations) taken.insert(x.id);
    auto fresh = [&](const std::string& id, const char* fallback) {
        const std::string base = id.empty() ? fallback : id;
        std::string n = base;
        for (int k = 2; taken.count(n); ++k) n = base + "-" + std::to_string(k);
        taken.insert(n);
        return n;
    };

    Command cmd{"Merge annotations", {}};
    // Incoming annotation id -> its id in the merged project, for annotations that will be there
    // (added or already here): only links between those are kept.
    std::map<std::string, std::string> kept;
    std::map<std::string, size_t> unknown_type, unknown_relation_type;
    size_t outside = 0, dangling = 0;
    for (const Annotation& a : incoming.annotations) {
        if (const Annotation* same = cur.find(a.id); same && same->type == a.type && same->span == a.span) {
            kept[a.id] = a.id;
            ++r.already_here;
            continue;
        }
        if (!cur.codebook.find_type(a.type)) {
            ++unknown_type[a.type];
            continue;
        }
        if (!fits_text(cur, a)) {
            ++outside;
            continue;
        }
        Change c;
        c.ann_after = a;
        c.ann_after->id = fresh(a.id, "a");
        kept[a.id] = c.ann_after->id;
        cmd.changes.push_back(std::move(c));
        ++r.added_annotations;
    }
    std::vector<Relation> added;
    for (const Relation& x : incoming.relations) {
        auto from = kept.find(x.from), to = kept.find(x.to);
        if (from == kept.end() || to == kept.end()) {
            ++dangling;
            continue;
        }
        if (!cur.codebook.find_relation_type(x.type)) {
            ++unknown_relation_type[x.type];
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

    for (const auto& [type, n] : unknown_type) {
        r.skipped_annotations += n;
        r.skipped.push_back(count_of(n, "annotation", "annotations") + " of type '" + type +
                            "' skipped: the open codebook has no such type");
    }
    if (outside) {
        r.skipped_annotations += outside;
        r.skipped.push_back(count_of(outside, "annotation", "annotations") +
                            " skipped: the span lies outside the article's text");
    }
    for (const auto& [type, n] : unknown_relation_type) {
        r.skipped_relations += n;
        r.skipped.push_back(count_of(n, "link", "links") + " of type '" + type +
                            "' skipped: the open codebook has no such relation type");
    }
    if (dangling) {
        r.skipped_relations += dangling;
        r.skipped.push_back(count_of(dangling, "link", "links") +
                            " skipped: linked to an annotation that was skipped or is not in the file");
    }

    const std::string skipped_note = r.skipped.empty()
                                         ? ""
                                         : "; skipped " + count_of(r.skipped_annotations, "annotation", "annotations") +
                                               " and " + count_of(r.skipped_relations, "link", "links");
    if (cmd.changes.empty()) {
        r.ok = true;
        r.summary = (r.skipped.empty() ? "Nothing new to merge: every annotation is already here" : "Nothing merged") +
                    skipped_note;
        return r;
    }
    r.ok = editor.apply(std::move(cmd));
    if (!r.ok) {
        r.added_annotations = r.added_relations = 0;
        r.summary = "Merge failed: nothing changed";
        return r;
    }
    r.summary = "Merged " + count_of(r.added_annotations, "annotation", "annotations") + " and " +
                count_of(r.added_relations, "link", "links") + skipped_note + " (Ctrl+Z to undo)";
    return r;
}

} // namespace cs
