// Claimscope core — which annotations touch a range of text, fast, for drawing and hit-testing,
// and the lane each one is drawn in.
//
// Annotations are kept sorted by start in the project; with the longest span length known, the
// ones overlapping [a, b) start in [a - max_span_len, b): one binary search, no scan of all of
// them per frame. Lanes stack the underlines and boxes of overlapping annotations drawn in the
// same style so that all stay visible: greedy interval colouring in start order, one set of lanes
// per DrawStyle. Orphaned annotations have no place in the text: they are never reported and
// take no lane.
#pragma once
#include "core/model/model.h"
#include <algorithm>
#include <cstdint>
#include <vector>

namespace cs {

struct AnnotationIndex {
    uint64_t revision = ~0ull; // the Editor revision it was built for (~0: never built)
    size_t max_span_len = 0;   // longest span of an anchored annotation
    std::vector<int> lanes;    // per annotation, in project order: 0 = on the text, 1 = below it, ...
};

AnnotationIndex build_annotation_index(const Project& p, uint64_t revision = 0);
// Rebuilds `ix` when it was built for another revision (Editor::revision()).
void refresh_annotation_index(AnnotationIndex& ix, const Project& p, uint64_t revision);

// f(index in p.annotations, annotation) for every anchored annotation overlapping [a, b), in
// project order. `ix` must be built from p.
template <class F>
void for_each_overlapping(const Project& p, const AnnotationIndex& ix, size_t a, size_t b, F&& f) {
    const std::vector<Annotation>& anns = p.annotations;
    const size_t lo_start = a > ix.max_span_len ? a - ix.max_span_len : 0;
    auto first = std::lower_bound(anns.begin(), anns.end(), lo_start,
                                  [](const Annotation& x, size_t v) { return x.span.start < v; });
    for (auto it = first; it != anns.end() && it->span.start < b; ++it)
        if (it->span.end > a && it->anchor != AnchorStatus::Orphaned) f(int(it - anns.begin()), *it);
}

// Indices of the annotations covering code point cp, innermost (shortest) first; equal lengths
// keep project order.
std::vector<int> annotations_at(const Project& p, const AnnotationIndex& ix, size_t cp);

// The annotation the keyboard points at when the context menu is opened with keys (Shift+F10), as a
// right-click points at the one under the pointer: the selected annotation when it covers the
// selection's start (or the caret when nothing is selected), else the one whose span is exactly the
// selection, else the innermost at that place; -1 if none is there.
int annotation_for_keys(const Project& p, const AnnotationIndex& ix, Span selection, size_t caret, int selected);

} // namespace cs
