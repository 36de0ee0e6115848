// Claimscope core — annotations, relations, project: look-ups, ordering, quotes, equality.
#include "core/model/model.h"
#include <algorithm>
#include <tuple>

namespace cs {

const char* to_string(AnchorStatus s) {
    switch (s) {
        case AnchorStatus::Exact: return "exact";
        case AnchorStatus::Moved: return "moved";
        case AnchorStatus::Fuzzy: return "fuzzy";
        case AnchorStatus::Orphaned: return "orphaned";
    }
    return "exact";
}

bool parse_anchor_status(const std::string& s, AnchorStatus* out) {
    for (AnchorStatus a : {AnchorStatus::Exact, AnchorStatus::Moved, AnchorStatus::Fuzzy, AnchorStatus::Orphaned})
        if (s == to_string(a)) {
            *out = a;
            return true;
        }
    return false;
}

bool Annotation::operator==(const Annotation& o) const {
    return id == o.id && type == o.type && span == o.span && exact == o.exact && prefix == o.prefix &&
           suffix == o.suffix && attributes == o.attributes && entity == o.entity && note == o.note &&
           author == o.author && created == o.created && modified == o.modified && anchor == o.anchor &&
           extra == o.extra;
}

bool Relation::operator==(const Relation& o) const {
    return id == o.id && type == o.type && from == o.from && to == o.to && extra == o.extra;
}

const Annotation* Project::find(const std::string& id) const {
    int i = index_of(id);
    return i < 0 ? nullptr : &annotations[(size_t)i];
}

// Linear: annotations are sorted by position, not id, and a project holds hundreds, not millions.
// No annotation has an empty id (the reader refuses one), and "nothing selected" is asked every
// frame: that answer does not scan.
int Project::index_of(const std::string& id) const {
    if (id.empty()) return -1;
    for (size_t i = 0; i < annotations.size(); i++)
        if (annotations[i].id == id) return (int)i;
    return -1;
}

const Relation* Project::find_relation(const std::string& id) const {
    auto it = std::lower_bound(relations.begin(), relations.end(), id,
                               [](const Relation& r, const std::string& k) { return r.id < k; });
    return it != relations.end() && it->id == id ? &*it : nullptr;
}

void fill_quote(Annotation& a, const Document& doc) {
    const size_t n = doc.size();
    const size_t s = std::min<size_t>(a.span.start, n), e = std::min<size_t>(a.span.end, n);
    a.exact = doc.slice(s, e);
    a.prefix = doc.slice(s > kQuoteContext ? s - kQuoteContext : 0, s);
    a.suffix = doc.slice(e, std::min(n, e + kQuoteContext));
}

bool Project::operator==(const Project& o) const {
    bool same_doc = (!doc && !o.doc) || (doc && o.doc && doc->text == o.doc->text && doc->meta == o.doc->meta);
    return same_doc && codebook == o.codebook && annotations == o.annotations && relations == o.relations &&
           annotator == o.annotator && created == o.created && modified == o.modified && exercise == o.exercise &&
           extra == o.extra && article_extra == o.article_extra;
}

bool file_order(const Annotation& a, const Annotation& b) {
    return std::tie(a.span.start, a.span.end, a.id) < std::tie(b.span.start, b.span.end, b.id);
}
bool file_order(const Relation& a, const Relation& b) { return a.id < b.id; }

// Lists are nearly always in order already (files are written so, edits keep them so): checking
// is one pass, sorting moves every element of a big list around.
void sort_annotations(std::vector<Annotation>& v) {
    auto less = [](const Annotation& a, const Annotation& b) { return file_order(a, b); };
    if (!std::is_sorted(v.begin(), v.end(), less)) std::sort(v.begin(), v.end(), less);
}
void sort_relations(std::vector<Relation>& v) {
    auto less = [](const Relation& a, const Relation& b) { return file_order(a, b); };
    if (!std::is_sorted(v.begin(), v.end(), less)) std::sort(v.begin(), v.end(), less);
}

} // namespace cs
