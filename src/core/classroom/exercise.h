// Claimscope classroom — exercise files: a teacher's article + instructions + a hidden answer key.
//
// An exercise file is an ordinary Claimscope project (same format family) whose `exercise` block
// holds the spec and the answer key. The key is obfuscated (XOR with a SHA-256 keystream, then
// base64) so that opening the file in a text editor does not show the answers. This is NOT
// security: anyone with this source code can decode it (docs/CLASSROOM.md says so).
// A student's file is the exercise file + the student's name + the student's annotations.
//
// Index of this file
// - ExerciseSpec, Requirement, KeyVisibility, RevealLevel
// - make_exercise / obfuscate_key / parse_exercise / set_student / submission_file_name
// - Progress (requirements met so far)
#pragma once
#include "core/file/file_format.h"
#include "core/model/model.h"
#include <string>
#include <vector>

namespace cs {

enum class KeyVisibility { Never, AfterCheck, AfterSubmit };
const char* to_string(KeyVisibility v); // "never" | "after_check" | "after_submit"
bool parse_key_visibility(const std::string& s, KeyVisibility* out);

// How much one "Check my work" tells the student, from least to most:
//   Score  the score and the counts in words (check_summary), nothing about any mark;
//   Marks  + for each of the student's own marks and links whether it is right;
//   Hints  + where to look for what is still missing ("a claim in paragraph 4"), never its words;
//   Key    + the key itself: every missed item with its words and place.
// The file's `reveal` holds the first three; Key is key_visibility "after_check" (check_reveals).
enum class RevealLevel { Score, Marks, Hints, Key };
const char* to_string(RevealLevel v); // "score" | "marks" | "hints" | "key"
bool parse_reveal_level(const std::string& s, RevealLevel* out);

// One thing students must do. Exactly one of the two forms is used:
//   {type:"claim", min:4}                      mark at least `min` annotations of `type`
//   {relation:"according_to", each_of:"claim"} link every annotation of `each_of` with `relation`
struct Requirement {
    std::string type;
    int min = 0;
    std::string relation, each_of;
    bool operator==(const Requirement& o) const;
};

struct ExerciseSpec {
    std::string title, instructions; // instructions may be multi-line
    // Empty list = everything the codebook has. Ids of the codebook's types / attributes / relation types.
    std::vector<std::string> allowed_types, allowed_attributes, allowed_relations;
    KeyVisibility key_visibility = KeyVisibility::AfterCheck;
    std::vector<Requirement> requirements;
    // Students can check their work in the app: the key travels inside the file (obfuscated, so not
    // secret from a determined student). false: the file holds no key at all; the teacher grades with
    // their own annotated file (Class › Review, `claimscope compare`).
    bool self_check = true;
    // How many times a student may check (with self_check); -1: no limit. Checks are counted in the
    // student's file (check_history.h).
    int max_checks = -1;
    // What a check shows while the key is hidden (Score, Marks or Hints). Format 1.0 files have no
    // `reveal`; they showed hints, which is the default.
    RevealLevel reveal = RevealLevel::Hints;
    bool operator==(const ExerciseSpec& o) const;
};

// The teacher's annotations and relations, decoded from an exercise file.
struct ExerciseKey {
    std::vector<Annotation> annotations;
    std::vector<Relation> relations;
};

// Builds the file handed to students: the teacher's article and codebook (restricted to the
// allowed types, attributes and relation types), no visible annotations, and an `exercise` block
// with the spec, the article hash and, with self_check, the obfuscated key (the teacher's annotations
// + relations); without self_check nothing of the key is in the file.
// The spec is not checked here: run parse_exercise on the result before saving, it reports e.g. a
// requirement on a type that is not allowed (exercise.requirements[0].type).
Project make_exercise(const Project& teacher, const ExerciseSpec& spec);

// The `key` block for `plain` (the key's JSON text): encoding, salt and data. make_exercise writes
// one; tests and fuzzing use it to build keys of any content.
nlohmann::json obfuscate_key(const std::string& plain, const std::string& article_hash);

struct ParsedExercise {
    bool ok = false;
    ExerciseSpec spec;
    ExerciseKey key;
    std::string student;         // "" in a fresh exercise file
    std::string article_hash;    // hash of the article the key was made on
    std::vector<Problem> errors; // paths like "exercise.requirements[1].min", "exercise.key.annotations[2].end"
};
// What a check shows under this spec: Key when key_visibility is AfterCheck, else `reveal`.
RevealLevel check_reveals(const ExerciseSpec& spec);

// Reads p.exercise. Not an exercise (null block) -> ok=false with one error at path "exercise".
ParsedExercise parse_exercise(const Project& p);

// The student's name travels in the exercise block (exercise.student) and as the annotator.
void set_student(Project& p, const std::string& name);
// "<exercise-title-slug>-<student-slug>.claimscope.json" (falls back to "exercise" / "student").
std::string submission_file_name(const Project& p);

// ---- Progress --------------------------------------------------------------------------
struct RequirementProgress {
    Requirement req;
    size_t have = 0, need = 0; // min form: marks of the type / min; each_of form: linked / all
    bool met = false;
    std::string text; // "Claims: 2 of 4", "Claims linked by “According to”: 1 of 2"
};
std::vector<RequirementProgress> progress(const Project& student, const ExerciseSpec& spec);
// One line for the status bar: "2 of 3 requirements met — Claims: 4 of 4 ✓ · …".
std::string progress_line(const std::vector<RequirementProgress>& pr);

} // namespace cs
