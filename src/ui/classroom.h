// Claimscope UI — classroom: the pieces behind the hooks in dialogs.h (classroom_view.cpp).
// - classroom_exercise.cpp  teacher: the "Create exercise" modal
// - classroom_student.cpp   student: name, instructions panel, progress, Check my work, Submit
// - classroom_review.cpp    teacher: the class view (scores, agreement, flagged files, heatmap)
// Student mode is not a flag: it is "the open project has an exercise block", so it survives a
// reload (the autosaved project keeps the block) and ends when another file is opened.
#pragma once
#include "ui/app.h"
#include <nlohmann/json.hpp>

namespace cs::ui {

// Teacher: create an exercise from the open project.
void start_create_exercise(AppState& s);
void draw_create_exercise(AppState& s);
nlohmann::json create_exercise_state_json(const AppState& s);

// Student.
bool in_exercise(const AppState& s);
void student_open_exercise(AppState& s, const std::string& file_name, Project exercise);
void draw_student(AppState& s);
nlohmann::json student_state_json(const AppState& s);

// Teacher: review a class (a key or exercise file + students' files).
void review_open(AppState& s, std::vector<IncomingFile> files);
void draw_review(AppState& s);
nlohmann::json review_state_json(const AppState& s);

// Everything above for window.claimscope.getState().classroom (js_api.cpp).
nlohmann::json classroom_state_json(const AppState& s);

} // namespace cs::ui
