// Claimscope classroom — the self-checks a student made, recorded in their file (exercise.checks), so
// that the teacher sees how often each student checked and what each check scored, and so that a
// limit on checks (ExerciseSpec::max_checks) holds across reloads.
//
// Each record is chained to the one before by a hash over its time, score and a hash of the work
// checked, starting from the article's hash. An entry edited, removed or reordered by hand breaks the
// chain and Class › Review flags the file. This is a tamper signal, not security: the method is in this
// source, so a determined student can rebuild a chain, and removing every check leaves a file that looks
// unchecked (docs/CLASSROOM.md says so).
//
// - CheckRecord, CheckHistory, read_check_history
// - record_check, checks_left
#pragma once
#include "core/classroom/exercise.h"
#include "core/model/model.h"
#include <string>
#include <vector>

namespace cs {

struct CheckRecord {
    std::string time;  // ISO 8601 UTC
    int percent = 0;   // the score shown
    std::string work;  // first 16 hex digits of SHA-256 over the annotations and relations checked
    std::string chain; // first 16 hex digits of SHA-256(previous chain | time | percent | work)
};

struct CheckHistory {
    std::vector<CheckRecord> checks; // the records that read, in order
    bool intact = true;              // false: an entry is malformed or the chain is broken
    std::string problem;             // why not, with its path ("exercise.checks[1].chain: ...")
};

// The history of a student's file (no checks: empty and intact).
CheckHistory read_check_history(const Project& student);
// The exercise block of `student` with one more check recorded: the work as it is now, scored
// `percent` at `time`. The caller stores it (Editor::set_exercise), outside the undo history.
nlohmann::json record_check(const Project& student, int percent, const std::string& time);
// How many checks are left; -1 when there is no limit.
int checks_left(const ExerciseSpec& spec, const CheckHistory& history);

} // namespace cs
