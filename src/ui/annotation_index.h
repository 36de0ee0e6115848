// Claimscope UI — which annotations touch a range of text, fast, for drawing and hit-testing.
// Annotations are kept sorted by start in the project; with the longest span length known, the
// ones overlapping [a, b) start in [a - max_len, b): two binary searches, no per-frame scan of
// all 10,000.
#pragma once
#include "ui/app.h"
#include <algorithm>

namespace cs::ui {

void refresh_annotation_index(AppState& s); // when the editor revision changed
template <class F>
void for_each_overlapping(const AppState& s, size_t a, size_t b, F&& f) {
    const auto& anns = s.project().annotations;
    size_t lo_start = a > s.max_span_len ? a - s.max_span_len : 0;
    auto first = std::lower_bound(anns.begin(), anns.end(), lo_start,
                                  [](const Annotation& x, size_t v) { return x.span.start < v; });
    for (auto it = first; it != anns.end() && it->span.start < b; ++it)
        if (it->span.end > a && it->anchor != AnchorStatus::Orphaned) f((int)(it - anns.begin()), *it);
}
// Annotations covering code point cp, innermost (shortest) first.
std::vector<int> annotations_at(const AppState& s, size_t cp);

} // namespace cs::ui
