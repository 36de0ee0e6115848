// Claimscope classroom — the class view's numbers: one row per student, agreement among the
// students, a per-token heatmap, and the files that could not be used. The UI's class view, the
// gradebook CSV, the JSON report and `claimscope compare` all read the same ClassReport.
//
// Index of this file
// - FlaggedFile, StudentRow, Heatmap, ClassReport
// - guess_answer_key, compare_class
// - Exports: gradebook_csv, class_report_json, class_report_text, format_ratio
#pragma once
#include "agreement.h"
#include "scoring.h"
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cs {

enum class FlagKind { Unreadable, OtherArticle, DuplicateName, NoName, EditedChecks };
// "unreadable" | "other_article" | "duplicate_name" | "no_name" | "edited_checks"
const char* to_string(FlagKind k);

struct FlaggedFile {
    std::string file;
    FlagKind kind = FlagKind::Unreadable;
    std::string message; // e.g. the load error with its JSON path
};

struct StudentRow {
    std::string file, name; // name: exercise.student, else the annotator, else the file name
    CheckResult result;
    std::vector<int> checks;     // the scores of the self-checks recorded in the file, in order
    std::vector<FlagKind> flags; // DuplicateName / NoName / EditedChecks: the row still counts
};

// Per token, per type: which students (row indices) marked it, and whether the key marks it.
struct Heatmap {
    std::vector<Span> tokens;                       // word_tokens of the article
    std::vector<std::vector<std::vector<int>>> who; // who[type][token] = row indices
    std::vector<std::vector<bool>> key;             // key[type][token]
};

struct ClassReport {
    bool ok = false; // false: the key itself is unusable (see errors)
    std::vector<Problem> errors;
    std::string title; // the exercise title, else the article title
    std::string article_hash;
    std::vector<std::string> types; // type ids, codebook order
    std::vector<std::string> type_labels;
    size_t key_annotations = 0, key_relations = 0;
    // Whether the key's positions may be shown (heatmap outlines): with the teacher's own annotated file
    // as the key, or an exercise that shows its key after a check. An exercise whose key students may not
    // see keeps it hidden here too, or Class › Review would show a student the answers.
    bool key_shown = true;
    std::vector<StudentRow> rows;     // usable student files, in the given order
    std::vector<FlaggedFile> flagged; // in the given order; Unreadable / OtherArticle files have no row
    Agreement agreement;              // among the rows' students
    Heatmap heatmap;
};

// Which of the files dropped on the class view is the answer key: the one exercise file without a
// student in it, else the one file whose name contains "key" in any case; index -1 when neither
// rule picks exactly one file (the teacher then chooses). files: (name, bytes).
struct KeyGuess {
    int index = -1;
    std::string reason; // "the exercise file" | "its name contains \"key\""
};
KeyGuess guess_answer_key(const std::vector<std::pair<std::string_view, std::string_view>>& files);

// key_or_exercise: an exercise file (its decoded key is used; one made without self-check has none and
// is refused with a message naming the key file to give) or a teacher's annotated article (its
// annotations are the key). students: (file name, file bytes).
ClassReport compare_class(const Project& key_or_exercise,
                          const std::vector<std::pair<std::string, std::string>>& students);

std::string format_ratio(double v);                          // "0.667"
std::string format_optional(const std::optional<double>& v); // "0.210" or "n/a"
// RFC 4180 (CRLF, quoted fields), UTF-8 BOM; text cells that a spreadsheet would run as a formula
// (starting with = + - @ tab or CR) get a leading apostrophe.
std::string gradebook_csv(const ClassReport& r);
nlohmann::json class_report_json(const ClassReport& r);
std::string class_report_text(const ClassReport& r); // what `claimscope compare` prints

} // namespace cs
