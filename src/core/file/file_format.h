// Claimscope core — the annotation file, format version 1 (docs/FORMAT.md).
//
// Deterministic: save(load(save(p))) == save(p) byte for byte; keys in a fixed order, arrays in
// a stable order, two-space indentation, LF, trailing newline.
// All or nothing: load either returns a complete Project or errors, never a half-applied state.
#pragma once
#include "core/model/model.h"
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace cs {

constexpr const char* kFormatId = "claimscope";
constexpr int kFormatMajor = 1;
constexpr int kFormatMinor = 1;
extern const char* const kAppVersion; // e.g. "0.1.0"

struct Problem {
    std::string path;              // JSON path like "annotations[3].end"; "" for the whole file;
                                   // for syntax errors "line 4, column 17"
    std::string message;           // what is wrong and what was expected
    size_t more = 0;               // > 0: this entry stands for that many problems not kept (add_problem)
    std::string to_string() const; // "annotations[3].end: must be ≤ 3300 (text length)"
};

// A list of problems keeps the first kMaxProblems; the rest are only counted, in a last entry
// "… and N more". Why: a large file of junk would otherwise hold a message per bad item, several
// times the file's size in memory, and no one reads past the first screen of them anyway.
constexpr size_t kMaxProblems = 100;
// Appends `p` under that rule (an entry that counts problems adds its count).
void add_problem(std::vector<Problem>& list, Problem p);
// How many problems `list` stands for, the counted ones included.
size_t problem_count(const std::vector<Problem>& list);

struct LoadResult {
    bool ok = false;
    Project project;               // valid only when ok
    std::vector<Problem> errors;   // why it failed (all found, not only the first)
    std::vector<Problem> warnings; // e.g. migrated from an older version, repaired text
    bool migrated = false;
};

std::string save_project(const Project& p);
// The same bytes in pieces of at least `piece_bytes` (the last may be shorter), each ending
// after a list element and so on a character boundary: a large project (7 MB at 1M characters)
// is written to browser storage without ever being one string in memory.
void save_project_pieces(const Project& p, size_t piece_bytes, const std::function<void(std::string_view)>& put);
// ordered_json: keys in the file's fixed order (converts implicitly to nlohmann::json).
nlohmann::ordered_json project_to_json(const Project& p);
LoadResult load_project(std::string_view bytes);
LoadResult project_from_json(const nlohmann::json& j);

// Codebook <-> JSON (used by the file and by exercise files).
nlohmann::ordered_json codebook_to_json(const Codebook& cb);
bool codebook_from_json(const nlohmann::json& j, const std::string& path, Codebook* out, std::vector<Problem>* errors);
// Rules a codebook must follow (also checked by Editor::set_codebook): ids non-empty and unique,
// relation ends are known types, enum options non-empty and unique with the default among them,
// shortcuts one letter or digit and unique. Appends problems under `path`; true when none.
bool check_codebook(const Codebook& cb, const std::string& path, std::vector<Problem>* problems);

// Slug for file names: "Afghan refugees expelled" -> "afghan-refugees-expelled".
std::string slugify(std::string_view title, size_t max_len = 60);

} // namespace cs
