// Claimscope core — case folding for case-insensitive matching, from Unicode's CaseFolding.txt.
//
// Simple folding (statuses C and S): one code point to one code point, so text folded this way has
// the same code-point offsets as the original and a match maps straight back to a Span. What that
// leaves out, on purpose:
// - full foldings (status F) that change length: "ß" does not match "ss", "ŉ" not "ʼn";
// - Turkic foldings (status T): "I" matches "i" as in every other language; dotted "İ" (U+0130)
//   and dotless "ı" (U+0131) each match only themselves.
// Greek final sigma "ς" folds to "σ", as does "Σ", so all three match one another.
// The table is generated (case_fold_table.inc, scripts/gen_case_fold.py).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace cs {

uint32_t fold_case(uint32_t cp);
// Every code point of valid UTF-8 folded (invalid bytes decode as U+FFFD, see decode_utf8).
std::string fold_case(std::string_view utf8);
// Whether `needle` occurs in `haystack` ignoring case, by the same folding (list filters and
// suggestions: "ŁÓDŹ" finds "Łódź"). An empty needle occurs everywhere.
bool contains_folded(std::string_view haystack, std::string_view needle);

} // namespace cs
