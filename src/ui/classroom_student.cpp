// Claimscope UI — classroom, the student's side: opening an exercise, the name prompt, the
// exercise panel (instructions, allowed types, progress), Check my work and Submit.
//
// Index
// - State and the parsed exercise (cached, re-read when the exercise block changes)
// - Opening an exercise (an attempt stored here goes on or is kept; a teacher's own work is kept)
// - Name prompt
// - Check my work (the feedback lines come from scoring.h: feedback_lines)
// - Submit
// - The exercise panel
// - JS state
#include "core/classroom/check_history.h"
#include "core/classroom/scoring.h"
#include "core/text/plural.h"
#include "platform/platform.h"
#include "ui/article_view.h"
#include "ui/classroom.h"
#include "ui/session.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "ui/user_text.h"
#include <misc/cpp/imgui_stdlib.h>
#include <algorithm>

namespace cs::ui {

// ---------------------------------------------------------------------------------------------
// State
// ---------------------------------------------------------------------------------------------

bool in_exercise(const AppState& s) { return s.project().exercise.is_object(); }

static const ParsedExercise& exercise(const AppState& s) {
    if (!(s.student.parsed_for == s.project().exercise)) {
        s.student.parsed_for = s.project().exercise;
        s.student.history = read_check_history(s.project());
        s.student.ex = parse_exercise(s.project());
    }
    return s.student.ex;
}

// What the check shown now reveals: the teacher's choice, or the key once submitted when allowed.
static RevealLevel reveal_now(const StudentUi& st, const ParsedExercise& ex) {
    if (ex.spec.key_visibility == KeyVisibility::AfterSubmit && st.submitted) return RevealLevel::Key;
    return check_reveals(ex.spec);
}

// ---------------------------------------------------------------------------------------------
// Opening an exercise
// ---------------------------------------------------------------------------------------------
static void begin_exercise(AppState& s, const std::string& file_name, Project p) {
    std::string name = p.exercise.value("student", std::string());
    switch_project(s, std::move(p), "Opened exercise " + file_name); // a fresh StudentUi
    s.student.ask_name = name.empty();
    // Empty, not the last name typed in this browser: on a shared computer that is another student's.
    s.student.name_buf.clear();
}

void student_open_exercise(AppState& s, const std::string& file_name, Project p) {
    ParsedExercise pe = parse_exercise(p);
    if (!pe.ok) {
        s.error("Could not open the exercise " + file_name, pe.errors);
        return;
    }
    // Opened again (next lesson, Ctrl+O by mistake): the stored attempt goes on, or a new one starts
    // beside it. Neither loses it.
    std::optional<StoredDocument> attempt = find_attempt(stored_documents(), document_key(p), pe.spec.title);
    // The teacher's own annotations on the same article: say where they stay.
    const Project& cur = s.project();
    const bool teachers_work = !in_exercise(s) && cur.doc->hash == p.doc->hash && !cur.annotations.empty();
    if (attempt || teachers_work) {
        s.student.pending = std::move(p);
        s.student.pending_name = file_name;
        s.student.attempt = std::move(attempt);
        return;
    }
    begin_exercise(s, file_name, std::move(p));
}

static void close_pending(AppState& s) {
    s.student.pending.reset();
    s.student.attempt.reset();
    ImGui::CloseCurrentPopup();
}

static void start_pending(AppState& s) {
    Project p = std::move(*s.student.pending);
    std::string name = s.student.pending_name;
    close_pending(s);
    begin_exercise(s, name, std::move(p));
}

static void attempt_dialog(AppState& s) {
    if (!begin_modal("Continue the exercise?", s.student.pending.has_value() && s.student.attempt.has_value(), nullptr,
                     ImGuiWindowFlags_AlwaysAutoResize))
        return;
    const StoredDocument& a = *s.student.attempt;
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 34);
    user_text(s,
              "\"" + a.exercise + "\" was started in this browser" +
                  (a.student.empty() ? std::string() : " by " + a.student) + ": " +
                  count_noun(a.annotations, "annotation") + ", last changed " + a.modified + ".",
              0, ImGui::GetFontSize() * 34);
    ImGui::TextWrapped("Start again keeps that attempt in File \xE2\x80\xBA Documents in this browser.");
    ImGui::PopTextWrapPos();
    const bool go_on = ImGui::Button("Continue where I left off");
    s.mark("dialog/attempt/continue");
    if (go_on) {
        const std::string key = a.key;
        close_pending(s);
        if (key != open_document_key(s)) open_stored_document(s, key);
    }
    ImGui::SameLine();
    const bool again = ImGui::Button("Start again");
    s.mark("dialog/attempt/restart");
    if (again) start_pending(s);
    ImGui::SameLine();
    if (ImGui::Button("Cancel")) close_pending(s);
    ImGui::EndPopup();
}

static void pending_dialog(AppState& s) {
    attempt_dialog(s);
    if (!begin_modal("Open the exercise?", s.student.pending.has_value() && !s.student.attempt.has_value(), nullptr,
                     ImGuiWindowFlags_AlwaysAutoResize))
        return;
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 34);
    ImGui::TextWrapped("%s is an exercise on the article you have open, which has %s of your own.",
                       s.student.pending_name.c_str(),
                       count_noun(s.project().annotations.size(), "annotation").c_str());
    ImGui::TextWrapped("Your annotations stay in this browser: File \xE2\x80\xBA Documents lists them beside the "
                       "exercise.");
    ImGui::PopTextWrapPos();
    if (ImGui::Button("Save my work to a file")) save_to_file(s);
    ImGui::SameLine();
    if (ImGui::Button("Open the exercise")) start_pending(s);
    ImGui::SameLine();
    if (ImGui::Button("Cancel")) close_pending(s);
    ImGui::EndPopup();
}

// ---------------------------------------------------------------------------------------------
// Name prompt
// ---------------------------------------------------------------------------------------------
static void submit(AppState& s);

// The name goes into the project (exercise.student and annotator) so the autosaved copy keeps it.
// Not an undoable edit: history restarts, the annotations stay.
static void set_name(AppState& s, const std::string& name) {
    Project p = s.project();
    set_student(p, name);
    s.editor.reset(std::move(p));
}

static void name_dialog(AppState& s) {
    if (!begin_modal("What is your name?", s.student.ask_name && in_exercise(s), nullptr,
                     ImGuiWindowFlags_AlwaysAutoResize))
        return;
    ImGui::TextWrapped("Your name goes into the file you hand in, so your teacher knows whose work it is.");
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    ImGui::SetNextItemWidth(320);
    bool enter = user_text_field(s, "##student", &s.student.name_buf).enter;
    s.mark("exercise/name", "Your name");
    std::string name = s.student.name_buf;
    name.erase(0, name.find_first_not_of(" \t"));
    name.erase(name.find_last_not_of(" \t") + 1);
    ImGui::BeginDisabled(name.empty());
    bool ok = ImGui::Button("OK", ImVec2(120, 0));
    s.mark("exercise/name-ok");
    ImGui::EndDisabled();
    if ((ok || enter) && !name.empty()) {
        s.student.ask_name = false;
        ImGui::CloseCurrentPopup();
        set_name(s, name);
        s.notify("Hello " + name + "! Read the instructions, then start marking.");
        if (s.student.submit_after_name) {
            s.student.submit_after_name = false;
            submit(s);
        }
    }
    ImGui::SameLine();
    if (ImGui::Button("Later", ImVec2(120, 0))) {
        s.student.ask_name = false;
        s.student.submit_after_name = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

// ---------------------------------------------------------------------------------------------
// Check my work
// ---------------------------------------------------------------------------------------------
// How many checks are left (-1: no limit), from the history in the student's own file.
static int checks_left(const AppState& s) { return checks_left(exercise(s).spec, s.student.history); }

// Each check is recorded in the file (check_history.h), outside the undo history, so the teacher sees it
// and a limit holds across reloads.
static void check(AppState& s) {
    if (checks_left(s) == 0) {
        s.notify("No checks left: submit your work when you are done.");
        return;
    }
    const ParsedExercise& ex = exercise(s);
    s.student.checked_work = s.project();
    s.student.result = check_work(s.student.checked_work, ex.key);
    s.student.summary = check_summary(s.student.result, s.student.checked_work.codebook);
    s.editor.set_exercise(record_check(s.project(), s.student.result.percent, platform::now_iso8601()));
    const int left = checks_left(s);
    if (left == 0) s.student.summary += " That was your last check.";
    if (left > 0) s.student.summary += " You have " + count_noun((size_t)left, "check") + " left.";
    s.student.checked = true;
    s.student.checked_revision = s.editor.revision();
    s.notify("Checked: score " + std::to_string(s.student.result.percent) + " %");
}

// ---------------------------------------------------------------------------------------------
// Submit
// ---------------------------------------------------------------------------------------------
static void submit(AppState& s) {
    if (s.project().exercise.value("student", std::string()).empty()) {
        s.student.ask_name = true;
        s.student.submit_after_name = true;
        return;
    }
    const Project& p = s.project();
    s.student.submitted_file = submission_file_name(p);
    platform::download_file(s.student.submitted_file, save_project(p), "application/json");
    s.student.submitted = true;
    s.notify("Submitted: " + s.student.submitted_file + " is in your downloads. Hand this file to your teacher.", 8);
}

// ---------------------------------------------------------------------------------------------
// The exercise panel: a window over the bottom of the article, collapsible and movable.
// ---------------------------------------------------------------------------------------------
static ImVec4 kind_color(const std::string& kind) {
    if (kind == "found" || kind == "link_found") return ImVec4(0.1f, 0.55f, 0.25f, 1);
    if (kind == "missed" || kind == "link_missed" || kind == "hidden" || kind == "hint")
        return ImVec4(0.75f, 0.45f, 0.0f, 1);
    return ImVec4(0.8f, 0.2f, 0.1f, 1); // extra, wrong type, wrong target
}

static const char* kind_label(const std::string& kind) {
    if (kind == "found") return "found";
    if (kind == "missed") return "missed";
    if (kind == "extra") return "extra";
    if (kind == "wrong_type") return "wrong type";
    if (kind == "link_found") return "link found";
    if (kind == "link_missed") return "link missed";
    if (kind == "link_wrong_target") return "wrong link";
    if (kind == "link_extra") return "extra link";
    return "to find";
}

static void feedback_list(AppState& s, const ParsedExercise& ex) {
    const CheckResult& r = s.student.result;
    ImGui::PushFont(s.ui_bold);
    ImGui::Text("Score: %d %%", r.percent);
    ImGui::PopFont();
    ImGui::TextWrapped("%s", s.student.summary.c_str());
    s.mark("exercise/summary", s.student.summary);
    if (s.student.checked_revision != s.editor.revision()) {
        ImGui::SameLine();
        ImGui::TextColored(ImVec4(0.75f, 0.45f, 0, 1), "You changed your work since: check again.");
    }
    const RevealLevel level = reveal_now(s.student, ex);
    if (level != RevealLevel::Key) {
        const char* what = level == RevealLevel::Score   ? "Your teacher shows the score only"
                           : level == RevealLevel::Marks ? "Your teacher shows which of your marks are right"
                                                         : "Your teacher keeps the answers hidden: these are hints";
        const std::string line =
            std::string(what) +
            (ex.spec.key_visibility == KeyVisibility::AfterSubmit ? "; the answers are shown after you submit." : ".");
        ImGui::TextDisabled("%s", line.c_str());
        s.mark("exercise/reveal", line);
    }
    int i = 0;
    for (const FeedbackLine& row : feedback_lines(s.student.result, s.student.checked_work, level)) {
        ImGui::PushID(i++);
        ImGui::TextColored(kind_color(row.kind), "%-11s", kind_label(row.kind));
        ImGui::SameLine();
        // Own marks select; a missed item at Key is selected where the key has it; a hint scrolls to its paragraph.
        bool can_go =
            !row.select_id.empty() || (row.kind == "missed" && level == RevealLevel::Key) || row.kind == "hint";
        if (can_go) {
            if (ImGui::Selectable(row.text.c_str(), !row.select_id.empty() && row.select_id == s.selected_id)) {
                if (!row.select_id.empty() && s.project().find(row.select_id))
                    s.select(row.select_id, true);
                else if (row.select_id.empty()) {
                    if (row.kind == "missed") set_selection(s, row.span.start, row.span.end);
                    s.view.scroll_to_cp = row.span.start;
                    s.view.scroll_center = row.kind == "missed";
                } else
                    s.notify("That annotation is no longer there.");
            }
            s.mark("exercise/feedback/" + std::to_string(i - 1));
        } else {
            ImGui::TextWrapped("%s", row.text.c_str());
        }
        ImGui::PopID();
    }
}

static void exercise_panel(AppState& s, const ParsedExercise& ex) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float left = vp->Pos.x + s.settings.left_width + 30;
    const float width = std::max(320.0f, vp->Size.x - s.settings.left_width - s.settings.right_width - 60);
    // Anchored to the bottom of the article pane (it grows upwards as feedback arrives); the title
    // bar's arrow collapses it to read the whole article.
    ImGui::SetNextWindowPos(ImVec2(left, vp->Pos.y + vp->Size.y - 40), ImGuiCond_Always, ImVec2(0, 1));
    ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, vp->Size.y * 0.5f));
    std::string title = "Exercise: " + ex.spec.title + "###exercise";
    if (!ImGui::Begin(title.c_str(), nullptr,
                      ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoMove)) {
        ImGui::End();
        return;
    }
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - 24);
    std::string student = s.project().exercise.value("student", std::string());
    ImGui::TextDisabled("Student:");
    ImGui::SameLine();
    ImGui::TextUnformatted(student.empty() ? "(no name yet)" : student.c_str());
    ImGui::SameLine();
    if (small_button(student.empty() ? "Enter your name" : "Change", s.panes.coarse_pointer)) {
        s.student.ask_name = true;
        s.student.name_buf = student; // never another student's name (see begin_exercise)
    }
    if (!ex.spec.instructions.empty()) ImGui::TextWrapped("%s", ex.spec.instructions.c_str());
    s.mark("exercise/instructions");
    // The codebook of an exercise file holds only the allowed types (make_exercise).
    ImGui::TextDisabled("You mark:");
    for (const AnnotationType& t : s.project().codebook.types) {
        ImGui::SameLine();
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(type_color(t.color)), "%s%s", t.label.c_str(),
                           t.shortcut.empty() ? "" : (" (" + t.shortcut + ")").c_str());
    }
    for (const RequirementProgress& rp : progress(s.project(), ex.spec)) {
        // A drawn dot (filled = met): the embedded font subset has no check mark.
        ImVec2 p = ImGui::GetCursorScreenPos();
        float r = ImGui::GetTextLineHeight() * 0.28f;
        ImVec2 c(p.x + r + 1, p.y + ImGui::GetTextLineHeight() * 0.5f);
        if (rp.met)
            ImGui::GetWindowDrawList()->AddCircleFilled(c, r, IM_COL32(25, 140, 64, 255));
        else
            ImGui::GetWindowDrawList()->AddCircle(c, r, IM_COL32(140, 140, 140, 255), 0, 1.5f);
        ImGui::Dummy(ImVec2(2 * r + 2, ImGui::GetTextLineHeight()));
        ImGui::SameLine();
        ImGui::TextUnformatted(rp.text.c_str());
    }
    if (ex.spec.self_check) {
        const int left = checks_left(s);
        ImGui::BeginDisabled(left == 0);
        const std::string label =
            left < 0 ? std::string("Check my work") : "Check my work (" + std::to_string(left) + " left)";
        if (ImGui::Button(label.c_str())) check(s);
        ImGui::EndDisabled();
        s.mark("exercise/check", label);
        ImGui::SameLine();
    } else {
        ImGui::TextWrapped("Your teacher checks this exercise: submit it when you are done.");
    }
    if (ImGui::Button("Submit")) submit(s);
    s.mark("exercise/submit");
    ImGui::SetItemTooltip("Download your work as a file to hand in");
    if (s.student.submitted) {
        ImGui::SameLine();
        ImGui::TextDisabled("Submitted as %s", s.student.submitted_file.c_str());
    }
    if (s.student.checked) {
        ImGui::Separator();
        feedback_list(s, ex);
    }
    ImGui::PopTextWrapPos();
    ImGui::End();
}

void draw_student(AppState& s) {
    pending_dialog(s);
    if (in_exercise(s)) {
        const ParsedExercise& ex = exercise(s);
        // Checked when opened; a damaged autosaved copy just opens as a plain file.
        if (ex.ok) exercise_panel(s, ex);
    }
    name_dialog(s); // also without an exercise: a prompt left from one closes
}

// ---------------------------------------------------------------------------------------------
// JS state
// ---------------------------------------------------------------------------------------------
nlohmann::json student_state_json(const AppState& s) {
    if (!in_exercise(s)) return nullptr;
    const ParsedExercise& ex = exercise(s);
    nlohmann::json j = {{"ok", ex.ok},
                        {"title", ex.spec.title},
                        {"instructions", ex.spec.instructions},
                        {"student", s.project().exercise.value("student", std::string())},
                        {"keyVisibility", to_string(ex.spec.key_visibility)},
                        {"reveals", to_string(reveal_now(s.student, ex))},
                        {"selfCheck", ex.spec.self_check},
                        {"checksMade", s.student.history.checks.size()},
                        {"checksLeft", checks_left(s)},
                        {"namePrompt", s.student.ask_name},
                        {"instructionsVisible", s.ui_rects.count("exercise/instructions") > 0},
                        {"types", nlohmann::json::array()},
                        {"progress", nlohmann::json::array()},
                        {"checked", s.student.checked},
                        {"submitted", s.student.submitted},
                        {"submittedFile", s.student.submitted_file}};
    for (const AnnotationType& t : s.project().codebook.types) j["types"].push_back(t.id);
    std::vector<RequirementProgress> pr = progress(s.project(), ex.spec);
    for (const RequirementProgress& rp : pr)
        j["progress"].push_back({{"text", rp.text}, {"have", rp.have}, {"need", rp.need}, {"met", rp.met}});
    j["progressLine"] = progress_line(pr);
    if (s.student.checked) {
        nlohmann::json counts = nlohmann::json::object();
        for (const ItemResult& it : s.student.result.items)
            counts[to_string(it.status)] = counts.value(to_string(it.status), 0) + 1;
        nlohmann::json rel = nlohmann::json::object();
        for (const RelationResult& rr : s.student.result.relations)
            rel[to_string(rr.status)] = rel.value(to_string(rr.status), 0) + 1;
        nlohmann::json rows = nlohmann::json::array();
        for (const FeedbackLine& r :
             feedback_lines(s.student.result, s.student.checked_work, reveal_now(s.student, ex)))
            rows.push_back({{"kind", r.kind}, {"text", r.text}, {"selects", r.select_id}});
        j["check"] = {{"percent", s.student.result.percent},
                      {"summary", s.student.summary},
                      {"items", counts},
                      {"relations", rel},
                      {"feedback", rows},
                      {"stale", s.student.checked_revision != s.editor.revision()}};
    }
    return j;
}

} // namespace cs::ui
