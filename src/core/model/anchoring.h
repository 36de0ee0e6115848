// Claimscope core — re-anchoring annotations onto a text that differs from the one they were
// made on (an edited article, a re-pasted copy with other whitespace, another site's copy).
//
// Order of attempts, per annotation:
//  1. offsets + exact quote agree                                        -> Exact
//  2. exact quote found elsewhere; among several hits pick by prefix/suffix agreement, then by
//     nearness to the old offset (scaled by the length ratio of the two texts) -> Moved
//  3. fuzzy: best approximate match of the quote (bounded edit distance, whitespace-insensitive),
//     accepted only when its score clears a minimum AND it is clearly better than the runner-up
//     (never silently moved onto a lookalike passage)                    -> Fuzzy
//  4. otherwise Orphaned: kept with its quote, listed for the user, never dropped.
//
// "Whitespace-insensitive" means: whitespace is dropped and typographic quotes/dashes are folded
// to ASCII before fuzzy matching, so a re-pasted copy with double spaces or other line breaks
// still matches. Prefix/suffix agreement ("context") is compared the same way, with a small edit
// distance. A candidate elsewhere is only ever taken when its context agrees (>= 0.5) — or, for
// quotes stored without any context, when it lies near the expected position, or, for a quote
// long enough to identify itself (16 characters or more, white space aside), when the whole text
// holds it exactly once, verbatim, whatever the context.
//
// Speed: each annotation is first searched in a window around its expected position (the old
// offset shifted by the displacement of the previous annotation, or scaled by old_size), and only
// then in the whole text. 10,000 annotations on a 1M-code-point text: see tests [anchoring][perf].
#pragma once
#include "core/model/model.h"

namespace cs {

struct AnchorReport {
    size_t exact = 0, moved = 0, fuzzy = 0, orphaned = 0;
    std::vector<std::string> orphan_ids;
    // Counts `a` under its anchor status (an orphan by id too): every tally of a re-anchoring
    // or an import goes through here.
    void add(const Annotation& a);
};

struct AnchorOptions {
    double min_fuzzy_score = 0.8;  // 1 - edits / quote length
    size_t max_fuzzy_quote = 2000; // longer quotes are matched by their ends only
    size_t old_size = 0;           // code points of the text the spans refer to (0: unknown)
};

// Re-anchors `a` (which carries exact/prefix/suffix and its old span) onto `doc`.
// Updates a.span, a.anchor, and on success refreshes prefix/suffix from the new text.
AnchorStatus reanchor_one(Annotation& a, const Document& doc, const AnchorOptions& opt = {});
AnchorReport reanchor_all(std::vector<Annotation>& anns, const Document& doc, const AnchorOptions& opt = {});

// Finds a quote given possibly-wrong offsets (e.g. Hypothesis positions in UTF-16 units): trust
// the position only when its text equals the quote, else search. Used by importers.
AnchorStatus anchor_quote(const Document& doc, const std::string& exact, const std::string& prefix,
                          const std::string& suffix, Span hint, Span* out, const AnchorOptions& opt = {});

} // namespace cs
