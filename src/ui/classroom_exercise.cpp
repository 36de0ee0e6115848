// Claimscope UI — classroom, the teacher's "Create exercise" modal: title, instructions, which
// types / attributes / relations students use, when they may see the key, what they must do.
// The open project's annotations become the key (make_exercise); the spec is validated with
// parse_exercise before the file is downloaded as <title-slug>.exercise.claimscope.json.
#include "core/classroom/exercise.h"
#include "core/text/plural.h"
#include "platform/platform.h"
#include "ui/classroom.h"
#include "ui/theme.h"
#include "ui/widgets.h"
#include "ui/user_text.h"
#include <algorithm>
#include <map>

namespace cs::ui {

void start_create_exercise(AppState& s) {
    if (in_exercise(s)) {
        s.error("This file is an exercise",
                {"Open your annotated article (not the exercise or a student's file) to create an exercise from it."});
        return;
    }
    const Project& p = s.project();
    CreateExerciseUi& cr = s.create;
    cr = CreateExerciseUi{};
    cr.open = true;
    cr.title = p.doc->meta.title.empty() ? "Exercise" : p.doc->meta.title;
    cr.instructions = "Mark every claim in the article.\nLink each claim to its source.";
    for (const AnnotationType& t : p.codebook.types) {
        cr.types[t.id] = true;
        for (const AttributeDef& a : t.attributes) cr.attributes[a.id] = false;
    }
    for (const RelationType& r : p.codebook.relation_types) cr.relations[r.id] = true;
}

static std::vector<std::string> chosen(const std::map<std::string, bool>& m) {
    std::vector<std::string> out;
    for (const auto& [id, on] : m)
        if (on) out.push_back(id);
    return out;
}

static ExerciseSpec spec_from_dialog(CreateExerciseUi& cr, const Project& p) {
    ExerciseSpec spec;
    spec.title = cr.title;
    spec.instructions = cr.instructions;
    // Codebook order, so the student's toolbar looks like the teacher's.
    for (const AnnotationType& t : p.codebook.types)
        if (cr.types[t.id]) spec.allowed_types.push_back(t.id);
    spec.allowed_attributes = chosen(cr.attributes);
    for (const RelationType& r : p.codebook.relation_types)
        if (cr.relations[r.id]) spec.allowed_relations.push_back(r.id);
    // Key is key_visibility "after_check"; below it `reveal` says how much, and the key may follow the submission.
    const RevealLevel level = (RevealLevel)cr.reveal;
    spec.reveal = level == RevealLevel::Key ? RevealLevel::Hints : level;
    spec.key_visibility = level == RevealLevel::Key ? KeyVisibility::AfterCheck
                          : cr.key_after_submit     ? KeyVisibility::AfterSubmit
                                                    : KeyVisibility::Never;
    spec.self_check = cr.self_check;
    spec.max_checks = cr.self_check ? cr.max_checks : -1;
    for (const AnnotationType& t : p.codebook.types)
        if (cr.types[t.id] && cr.min_marks[t.id] > 0)
            spec.requirements.push_back(Requirement{t.id, cr.min_marks[t.id], "", ""});
    for (const RelationType& r : p.codebook.relation_types)
        if (cr.relations[r.id] && cr.types[r.from_type] && cr.link_each[r.id])
            spec.requirements.push_back(Requirement{"", 0, r.id, r.from_type});
    return spec;
}

static void create(AppState& s) {
    const Project& p = s.project();
    CreateExerciseUi& cr = s.create;
    Project ex = make_exercise(p, spec_from_dialog(cr, p));
    ParsedExercise check = parse_exercise(ex);
    cr.errors.clear();
    if (!check.ok) {
        for (const Problem& e : check.errors) cr.errors.push_back(e.to_string());
        return;
    }
    const std::string slug = slugify(cr.title.empty() ? "exercise" : cr.title);
    cr.key_file.clear();
    cr.saved_file = slug + ".exercise.claimscope.json";
    platform::download_file(cr.saved_file, save_project(ex), "application/json");
    if (cr.self_check) {
        s.notify("Saved " + cr.saved_file + " (key: " + count_noun(check.key.annotations.size(), "annotation") + ", " +
                     count_noun(check.key.relations.size(), "link") + "). Hand this file to your students.",
                 8);
    } else { // the file holds no key: the teacher's own annotations are the key, kept as a file of their own
        cr.key_file = slug + ".key.claimscope.json";
        platform::download_file(cr.key_file, save_project(p), "application/json");
        s.notify("Saved " + cr.saved_file + " (no answers in it: hand it to your students) and " + cr.key_file +
                     " (your key: keep it, and give it to Class \xE2\x80\xBA Review with their files).",
                 10);
    }
    cr.open = false;
}

static void checkbox_row(AppState& s, const char* prefix, const std::string& id, const std::string& label, bool* v) {
    ImGui::SameLine();
    ImGui::Checkbox((label + "##" + prefix + id).c_str(), v);
    s.mark(std::string("create/") + prefix + "/" + id);
}

void draw_create_exercise(AppState& s) {
    CreateExerciseUi& cr = s.create;
    // As tall as the content, never taller than the screen: the body scrolls, the buttons stay in view.
    const ImVec2 screen = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowSize(ImVec2(std::min(720.0f, screen.x - 40), std::min(820.0f, screen.y - 40)),
                             ImGuiCond_Appearing);
    bool keep = true;
    if (!begin_modal("Create exercise", cr.open, &keep)) {
        if (!keep) cr.open = false;
        return;
    }
    const Project& p = s.project();
    const Codebook& cb = p.codebook;
    const float footer = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y * 2 +
                         ImGui::GetTextLineHeightWithSpacing() * (float)cr.errors.size();
    ImGui::BeginChild("##create-body", ImVec2(0, -footer));
    size_t key_n = std::count_if(p.annotations.begin(), p.annotations.end(),
                                 [&cr](const Annotation& a) { return cr.types[a.type]; });
    ImGui::TextWrapped(
        "Your %s of the chosen types (and their links) become the answer key. Students get the article "
        "without them; the key travels hidden in the file (obfuscated, not encrypted: see docs/CLASSROOM.md).",
        count_noun(key_n, "annotation").c_str());
    if (key_n == 0)
        ImGui::TextColored(ImVec4(0.8f, 0.2f, 0.1f, 1),
                           "The key is empty: annotate the article first, or students' work cannot be checked.");
    user_text_field(s, "Title", &cr.title); // edits cr.title live
    s.mark("create/title");
    ImGui::TextUnformatted("Instructions");
    user_text_field(s, "##instructions", &cr.instructions,
                    {nullptr, true, ImVec2(-1, ImGui::GetTextLineHeight() * 3.5f)});
    s.mark("create/instructions", "Instructions");

    ImGui::SeparatorText("What students use");
    ImGui::TextDisabled("Types");
    for (const AnnotationType& t : cb.types) checkbox_row(s, "type", t.id, t.label, &cr.types[t.id]);
    if (!cr.attributes.empty()) {
        ImGui::TextDisabled("Attributes");
        for (auto& [id, on] : cr.attributes) {
            std::string label = id;
            for (const AnnotationType& t : cb.types)
                if (const AttributeDef* a = t.find_attribute(id)) {
                    label = a->label;
                    break;
                }
            checkbox_row(s, "attr", id, label, &on);
        }
        ImGui::TextDisabled(
            "(None ticked means all: in the exercise file an empty list stands for the whole codebook.)");
    }
    if (!cb.relation_types.empty()) {
        ImGui::TextDisabled("Links");
        for (const RelationType& r : cb.relation_types) checkbox_row(s, "rel", r.id, r.label, &cr.relations[r.id]);
    }

    ImGui::SeparatorText("What students must do");
    ImGui::TextDisabled("Mark at least");
    for (const AnnotationType& t : cb.types) {
        if (!cr.types[t.id]) continue;
        ImGui::SameLine();
        ImGui::SetNextItemWidth(100);
        int& n = cr.min_marks[t.id];
        ImGui::InputInt((t.label + "##min" + t.id).c_str(), &n);
        n = std::clamp(n, 0, 999);
    }
    for (const RelationType& r : cb.relation_types) {
        if (!cr.relations[r.id] || !cr.types[r.from_type]) continue;
        const AnnotationType* from = cb.find_type(r.from_type);
        const AnnotationType* to = cb.find_type(r.to_type);
        std::string label = "Link every " + (from ? from->label : r.from_type) + " to its " +
                            (to ? to->label : r.to_type) + " (" + r.label + ")";
        ImGui::Checkbox((label + "##each" + r.id).c_str(), &cr.link_each[r.id]);
    }

    ImGui::SeparatorText("Can students check their work?");
    if (ImGui::RadioButton("Yes, in the app", cr.self_check)) cr.self_check = true;
    s.mark("create/self-check/yes");
    ImGui::SameLine();
    if (ImGui::RadioButton("No: I grade it", !cr.self_check)) cr.self_check = false;
    s.mark("create/self-check/no");
    ImGui::PushTextWrapPos(0);
    // Said plainly: a file that checks work offline must hold the answers (docs/CLASSROOM.md).
    ImGui::TextDisabled("%s", cr.self_check
                                  ? "The answers travel inside the exercise file, hidden from view but not secret: a "
                                    "determined student could read them."
                                  : "The exercise file holds no answers. Your key is saved as a second file: keep it "
                                    "and grade with Class \xE2\x80\xBA Review.");
    ImGui::PopTextWrapPos();
    ImGui::BeginDisabled(!cr.self_check);
    ImGui::SeparatorText("How many times may they check?");
    for (const auto& [n, label] :
         {std::pair<int, const char*>{1, "Once"}, {3, "3 times"}, {-1, "As often as they like"}}) {
        if (n != 1) ImGui::SameLine();
        if (ImGui::RadioButton(label, cr.max_checks == n)) cr.max_checks = n;
        s.mark("create/checks/" + std::to_string(n));
    }
    ImGui::TextDisabled("Every check is recorded in the student's file with its score; Class \xE2\x80\xBA Review shows "
                        "them.");
    ImGui::SeparatorText("What does a check show?");
    for (const auto& [level, label] : {std::pair<RevealLevel, const char*>{RevealLevel::Score, "The score only"},
                                       {RevealLevel::Marks, "Which marks are right"},
                                       {RevealLevel::Hints, "Hints"},
                                       {RevealLevel::Key, "The answers"}}) {
        if (level != RevealLevel::Score) ImGui::SameLine();
        ImGui::RadioButton(label, &cr.reveal, (int)level);
        s.mark(std::string("create/reveal/") + to_string(level));
    }
    // One line that says what the student will see, for the choice made.
    static const char* const kSees[] = {
        "Students see their score and counts (\"you found 7 of the 10 claims\"), nothing about any mark.",
        "Students also see which of their marks and links are right, not what they missed.",
        "Students also see in which paragraph each missed item is, never its words.",
        "Students see every answer after each check."};
    ImGui::TextDisabled("%s", kSees[std::clamp(cr.reveal, 0, 3)]);
    ImGui::BeginDisabled(cr.reveal == (int)RevealLevel::Key);
    ImGui::Checkbox("Show the answers once they submit", &cr.key_after_submit);
    s.mark("create/key-after-submit");
    ImGui::EndDisabled();
    ImGui::EndDisabled();
    ImGui::EndChild();

    for (const std::string& e : cr.errors) ImGui::TextColored(ImVec4(0.8f, 0.2f, 0.1f, 1), "%s", e.c_str());
    ImGui::Separator();
    bool any_type = std::any_of(cr.types.begin(), cr.types.end(), [](const auto& kv) { return kv.second; });
    ImGui::BeginDisabled(!any_type || cr.title.empty());
    if (ImGui::Button("Create and download", ImVec2(200, 0))) create(s);
    s.mark("create/create");
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button("Cancel", ImVec2(120, 0))) cr.open = false;
    if (!cr.open) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

nlohmann::json create_exercise_state_json(const AppState& s) {
    const CreateExerciseUi& cr = s.create;
    return {{"open", cr.open}, {"errors", cr.errors}, {"savedFile", cr.saved_file}, {"keyFile", cr.key_file}};
}

} // namespace cs::ui
