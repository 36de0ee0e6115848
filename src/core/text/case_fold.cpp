// Case folding: a binary search over runs of code points that fold with the same delta.
#include "core/text/case_fold.h"
#include "core/text/text.h"
#include <algorithm>
#include <iterator>

namespace cs {
namespace {

struct FoldRun {
    uint32_t first, last; // code points first, first + stride, ..., up to last
    int32_t delta;        // each folds to itself + delta
    uint32_t stride;      // 1, or 2 for alternating upper/lower pairs
};

constexpr FoldRun kRuns[] = {
#include "core/text/case_fold_table.inc"
};

} // namespace

uint32_t fold_case(uint32_t cp) {
    if (cp < 0x80) return cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
    // The last run that starts at or before cp.
    const FoldRun* it = std::upper_bound(std::begin(kRuns), std::end(kRuns), cp,
                                         [](uint32_t c, const FoldRun& r) { return c < r.first; });
    if (it == std::begin(kRuns)) return cp;
    const FoldRun& r = *(it - 1);
    if (cp > r.last || (cp - r.first) % r.stride != 0) return cp;
    return uint32_t(int32_t(cp) + r.delta);
}

std::string fold_case(std::string_view utf8) {
    std::string out;
    out.reserve(utf8.size());
    for (size_t i = 0; i < utf8.size();) {
        size_t len = 1;
        append_utf8(out, fold_case(decode_utf8(utf8, i, &len)));
        i += len;
    }
    return out;
}

bool contains_folded(std::string_view haystack, std::string_view needle) {
    if (needle.empty()) return true;
    // Simple folding keeps every code point whole, so folded UTF-8 matches on whole code points.
    return fold_case(haystack).find(fold_case(needle)) != std::string::npos;
}

} // namespace cs
