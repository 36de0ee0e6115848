// Claimscope classroom — "Check my work": a student's annotations against the answer key.
// The rules are documented in docs/CLASSROOM.md; in short:
// - A span's tokens are the words (word_tokens) that share at least one code point with it.
// - overlap(a, b) = |tokens(a) ∩ tokens(b)| / |tokens(a) ∪ tokens(b)| (Jaccard). Two spans with no
//   tokens (only punctuation) overlap 1 when equal, else 0.
// - A pair is a candidate when overlap ≥ 0.5. One-to-one greedy matching: same-type pairs first,
//   then higher overlap, then lower key index, then lower student index.
// - Same type: Found, credit = overlap (1.0 when the boundaries differ only by punctuation or
//   spaces, since those are not tokens). Different type: WrongType (no credit). Unmatched key
//   item: Missed. Unmatched student mark: Extra (a second mark on an already-found item too).
// - A relation matches when its type is the same and both ends are Found matches of the key's ends.
// - precision = credit / student marks, recall = credit / key items, F1 = harmonic mean; a ratio
//   with a zero denominator is 1 when the other side is empty too, else 0.
#pragma once
#include "exercise.h"
#include <string>
#include <vector>

namespace cs {

// ---- Tokens -------------------------------------------------------------------------------
// Tokens overlapping a span form a contiguous index range [lo, hi) of the sorted token list.
struct TokenRange {
    uint32_t lo = 0, hi = 0;
    uint32_t size() const { return hi > lo ? hi - lo : 0; }
    bool operator==(const TokenRange& o) const { return lo == o.lo && hi == o.hi; }
};
TokenRange token_range(const std::vector<Span>& tokens, Span s);    // tokens sorted, disjoint
double token_overlap(TokenRange a, Span sa, TokenRange b, Span sb); // Jaccard (see above)

constexpr double kMatchThreshold = 0.5;

// ---- Results ------------------------------------------------------------------------------
struct Score {
    size_t key = 0, marked = 0; // key items / student marks counted
    double credit = 0;          // sum of credit of found items
    double precision = 0, recall = 0, f1 = 0;
};
struct TypeScore {
    std::string type;
    Score score;
};

enum class ItemStatus { Found, Missed, Extra, WrongType };
const char* to_string(ItemStatus s); // "found" | "missed" | "extra" | "wrong_type"

struct ItemResult {
    ItemStatus status = ItemStatus::Missed;
    int key_index = -1;     // into key.annotations (Found, Missed, WrongType)
    int student_index = -1; // into student.annotations (Found, Extra, WrongType)
    std::string type;       // the key's type, or the student's for Extra
    Span span;              // the key's span, or the student's for Extra
    double overlap = 0, credit = 0;
    bool duplicate = false; // Extra: a second mark on a key item that is already found
    std::string message;    // full feedback, may quote the key
    std::string hint;       // the same without revealing the key ("" = say nothing)
};

enum class RelationStatus { Found, Missed, Extra, WrongTarget };
const char* to_string(RelationStatus s); // "found" | "missed" | "extra" | "wrong_target"

struct RelationResult {
    RelationStatus status = RelationStatus::Missed;
    int key_index = -1;     // into key.relations
    int student_index = -1; // into student.relations (Found, Extra, WrongTarget)
    std::string message, hint;
};

struct CheckResult {
    std::vector<ItemResult> items;         // in text order
    std::vector<RelationResult> relations; // key relations in key order, then extras
    std::vector<TypeScore> per_type;       // types of the codebook that occur in key or work, codebook order
    Score relation_score, overall;         // overall: annotations + relations together
    int percent = 0;                       // round(100 × overall F1)
};

// `student` must be on the same article as the key (same text; compare_class checks the hash).
CheckResult check_work(const Project& student, const ExerciseKey& key);
// One line of "Check my work" as the student sees it.
struct FeedbackLine {
    std::string kind;      // items: to_string(ItemStatus); links: "link_" + to_string(RelationStatus);
                           // "hint": a missed item's paragraph (Hints); "hidden": how many key items
                           // are still to find that no line names
    std::string text;      // the message at level Key, else the hint
    std::string select_id; // the student's annotation it is about, a link's source ("" = none)
    Span span;             // items about a student's mark: the matched span (the key's; the student's own for
                           // extras); missed items: the key's span at Key, the paragraph's start (empty) for a
                           // "hint"; links: empty
};
// What one check shows at `level` (exercise.h, RevealLevel), items in text order, then links:
//   Score: nothing (the summary says it all);
//   Marks: a line per student mark and link (its hint); the rest summed up in one "hidden" line;
//   Hints: also a "hint" line per missed item naming its paragraph, and hints on missing links;
//   Key:   every item and link with its message, missed ones with the key's span.
// `work` is the project `r` was checked from (its indices point into it).
std::vector<FeedbackLine> feedback_lines(const CheckResult& r, const Project& work, RevealLevel level);
// How many key items were found, missed, or marked with another type, and how many marks are not in the key.
struct ItemCounts {
    size_t found = 0, missed = 0, wrong_type = 0, extra = 0;
};
ItemCounts count_items(const CheckResult& r);
// The result in words a 14-year-old reads at a glance, per type of the key, in codebook order: "You found 2
// of the 3 claims and 1 of the 2 sources the teacher marked. 1 of your marks is not in the key." It names
// no item, so it reveals nothing a hint would not.
std::string check_summary(const CheckResult& r, const Codebook& codebook);

} // namespace cs
