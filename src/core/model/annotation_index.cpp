#include "core/model/annotation_index.h"

namespace cs {

AnnotationIndex build_annotation_index(const Project& p, uint64_t revision) {
    AnnotationIndex ix;
    ix.revision = revision;
    const std::vector<Annotation>& anns = p.annotations;
    ix.lanes.assign(anns.size(), 0);
    std::vector<std::vector<uint32_t>> lane_end(4); // per DrawStyle: end of the last span in each lane
    for (size_t i = 0; i < anns.size(); ++i) {
        const Annotation& a = anns[i];
        if (a.anchor == AnchorStatus::Orphaned) continue;
        ix.max_span_len = std::max(ix.max_span_len, size_t(a.span.end - a.span.start));
        const AnnotationType* t = p.codebook.find_type(a.type);
        std::vector<uint32_t>& ends = lane_end[t ? size_t(t->style) : 0];
        size_t lane = 0;
        while (lane < ends.size() && ends[lane] > a.span.start) ++lane;
        if (lane == ends.size()) ends.push_back(0);
        ends[lane] = a.span.end;
        ix.lanes[i] = int(lane);
    }
    return ix;
}

void refresh_annotation_index(AnnotationIndex& ix, const Project& p, uint64_t revision) {
    if (ix.revision != revision) ix = build_annotation_index(p, revision);
}

std::vector<int> annotations_at(const Project& p, const AnnotationIndex& ix, size_t cp) {
    std::vector<int> out;
    for_each_overlapping(p, ix, cp, cp + 1, [&](int i, const Annotation&) { out.push_back(i); });
    const std::vector<Annotation>& anns = p.annotations;
    std::stable_sort(out.begin(), out.end(), [&](int a, int b) {
        return anns[a].span.end - anns[a].span.start < anns[b].span.end - anns[b].span.start;
    });
    return out;
}

int annotation_for_keys(const Project& p, const AnnotationIndex& ix, Span selection, size_t caret, int selected) {
    const size_t at = selection.empty() ? caret : selection.start;
    const std::vector<int> here = annotations_at(p, ix, at);
    if (std::find(here.begin(), here.end(), selected) != here.end()) return selected;
    for (int i : here)
        if (p.annotations[i].span.start == selection.start && p.annotations[i].span.end == selection.end) return i;
    return here.empty() ? -1 : here.front();
}

} // namespace cs
