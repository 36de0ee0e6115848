// Claimscope core — a file's problems in plain words, for the person who opened it.
//
// A load reports exact problems ("annotations[3].end: must be ≤ 105 …", "line 6, column 11: malformed
// JSON …"): right for a developer or a teacher fixing a file by hand, opaque to a 14-year-old. The error
// dialog shows these sentences first and keeps the exact problems one click away ("Technical details").
#pragma once
#include "core/file/file_format.h"
#include <string>
#include <vector>

namespace cs {

// One sentence per kind of problem, in the order the kinds first occur, each with its count
// ("3 annotations do not fit the article: …"). Warnings are not errors: pass only errors.
std::vector<std::string> plain_problems(const std::vector<Problem>& errors);

} // namespace cs
