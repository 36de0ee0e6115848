#include "ui/annotation_index.h"
#include <algorithm>

namespace cs::ui {

// Lanes stack underlines and boxes of overlapping annotations of the same drawing style so all
// stay visible: greedy interval colouring in start order.
void refresh_annotation_index(AppState& s) {
    if (s.index_revision == s.editor.revision()) return;
    s.index_revision = s.editor.revision();
    const auto& anns = s.project().annotations;
    s.max_span_len = 0;
    s.lanes.assign(anns.size(), 0);
    std::vector<std::vector<uint32_t>> lane_end(4); // per DrawStyle: end of the last span in each lane
    for (size_t i = 0; i < anns.size(); ++i) {
        const Annotation& a = anns[i];
        if (a.anchor == AnchorStatus::Orphaned) continue;
        s.max_span_len = std::max(s.max_span_len, (size_t)(a.span.end - a.span.start));
        const AnnotationType* t = s.project().codebook.find_type(a.type);
        auto& ends = lane_end[t ? (int)t->style : 0];
        size_t lane = 0;
        while (lane < ends.size() && ends[lane] > a.span.start) ++lane;
        if (lane == ends.size()) ends.push_back(0);
        ends[lane] = a.span.end;
        s.lanes[i] = (int)lane;
    }
}

std::vector<int> annotations_at(const AppState& s, size_t cp) {
    std::vector<int> out;
    for_each_overlapping(s, cp, cp + 1, [&](int i, const Annotation&) { out.push_back(i); });
    const auto& anns = s.project().annotations;
    std::stable_sort(out.begin(), out.end(), [&](int a, int b) {
        return anns[a].span.end - anns[a].span.start < anns[b].span.end - anns[b].span.start;
    });
    return out;
}

} // namespace cs::ui
