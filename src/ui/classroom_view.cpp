// Claimscope UI — classroom: create an exercise, do it as a student, review a class.
// (Being built: see issue 7.)
#include "ui/dialogs.h"
#include "ui/session.h"

namespace cs::ui {

void open_exercise_file(AppState& s, const std::string& file_name, Project exercise) {
    switch_project(s, std::move(exercise), "Opened exercise " + file_name);
}

void open_class_files(AppState& s, std::vector<IncomingFile> files) {
    std::vector<std::string> names;
    for (const IncomingFile& f : files) names.push_back(f.name);
    s.error("Several annotation files were chosen", {"Open them one at a time for now; the class review opens many at once."});
}

void draw_classroom(AppState&) {}
void open_create_exercise_dialog(AppState& s) { s.notify("Exercises: coming with the classroom view"); }

} // namespace cs::ui
