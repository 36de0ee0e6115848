// Fuzzes exercise files. A loaded exercise or student's file has its exercise block read (spec,
// obfuscated key, record of self-checks) and its progress counted, as the page does on opening it. A loaded project that
// is no exercise is made into one, as the teacher's "Make exercise" does: the file must open again
// and give back the teacher's annotations and relations as its key (less the attributes their type
// does not define, which a file keeps but an exercise does not ask for).
#include "fuzz.h"
#include "core/classroom/check_history.h"
#include "core/classroom/exercise.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const cs::LoadResult r = cs::load_project(fuzz::bytes(data, size));
    if (!r.ok) return 0;
    if (!r.project.exercise.is_null()) {
        const cs::ParsedExercise ex = cs::parse_exercise(r.project);
        if (ex.ok) cs::progress_line(cs::progress(r.project, ex.spec));
        const cs::CheckHistory h = cs::read_check_history(r.project); // a student's record of checks
        fuzz::require(h.intact || !h.problem.empty(), "read_check_history", "a broken record without a reason");
        if (ex.ok) cs::checks_left(ex.spec, h);
        return 0;
    }
    cs::ExerciseSpec spec;
    spec.title = "Fuzzed exercise";
    const std::string file = cs::save_project(cs::make_exercise(r.project, spec));
    const cs::LoadResult opened = cs::load_project(file);
    fuzz::require(opened.ok, "make_exercise", "its file does not load:\n" + file);
    const cs::ParsedExercise ex = cs::parse_exercise(opened.project);
    std::string why;
    for (const cs::Problem& e : ex.errors) why += e.to_string() + "\n";
    fuzz::require(ex.ok, "make_exercise", "its exercise block does not read back:\n" + why);
    std::vector<cs::Annotation> asked = r.project.annotations;
    for (cs::Annotation& a : asked) {
        const cs::AnnotationType* t = r.project.codebook.find_type(a.type);
        for (auto it = a.attributes.begin(); it != a.attributes.end();)
            it = t && t->find_attribute(it.key()) ? std::next(it) : a.attributes.erase(it);
    }
    fuzz::require(ex.key.annotations == asked && ex.key.relations == r.project.relations, "make_exercise",
                  "the key read back differs from the teacher's annotations and relations");
    return 0;
}
