// Claimscope core — Find in the article (Ctrl+F): case-insensitive matches as code-point spans.
//
// Both sides are compared through fold_case (case_fold.h), one code point at a time, so a match's
// span is exact in the original text. No Unicode normalisation: a precomposed "é" does not match
// "e" followed by a combining accent.
#pragma once
#include "core/model/document.h"
#include <string_view>
#include <vector>

namespace cs {

// Every match of `query` in `text` (both UTF-8), left to right and not overlapping: after a match
// the search goes on from its end ("aa" in "aaaa" is found twice). No matches for an empty query.
std::vector<Span> find_all(std::string_view text, std::string_view query);
// The match a search starts at: the first one starting at or after cp, else (wrapping) the
// first; -1 when there are none. `matches` sorted as find_all returns them.
int first_match_from(const std::vector<Span>& matches, size_t cp);
// Next (dir = +1) or previous (dir = -1) match index, wrapping around; -1 when count is 0.
int step_match(int current, int dir, size_t count);

} // namespace cs
