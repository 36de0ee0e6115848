// Claimscope UI — classroom entry points (declared in dialogs.h, called by the lead's code) and
// the classroom part of the JS state. The work is in classroom_{exercise,student,review}.cpp.
#include "ui/classroom.h"
#include "ui/dialogs.h"

namespace cs::ui {

void open_exercise_file(AppState& s, const std::string& file_name, Project exercise) {
    student_open_exercise(s, file_name, std::move(exercise));
}

void open_class_files(AppState& s, std::vector<IncomingFile> files) { review_open(s, std::move(files)); }

void draw_classroom(AppState& s) {
    draw_student(s);
    draw_create_exercise(s);
    draw_review(s);
}

void open_create_exercise_dialog(AppState& s) { start_create_exercise(s); }

nlohmann::json classroom_state_json(const AppState& s) {
    nlohmann::json review = review_state_json(s);
    return {{"mode", review.value("open", false) ? "review"
                     : in_exercise(s)            ? "student"
                                                 : "none"},
            {"exercise", student_state_json(s)},
            {"create", create_exercise_state_json(s)},
            {"review", review}};
}

} // namespace cs::ui
