// Exercise files: make, hide the key, parse, student name, progress, bad exercise blocks.
#include "classroom_fixture.h"
#include "core/file/file_format.h"
#include "model_fixture.h"
#include <catch2/catch_test_macros.hpp>

using namespace cs;
using namespace cs::test;

static ExerciseSpec quiz_spec() {
    ExerciseSpec s;
    s.title = "Border quiz";
    s.instructions = "Mark the claims.\nLink each claim to its source.";
    s.allowed_types = {"claim", "source"};
    s.allowed_relations = {"according_to"};
    s.key_visibility = KeyVisibility::AfterSubmit;
    s.requirements = {{"claim", 2, "", ""}, {"", 0, "according_to", "claim"}};
    return s;
}

static Project teacher_with_notes() {
    Project t = class_key();
    for (auto& a : t.annotations) a.note = "TEACHER-NOTE-" + a.id;
    return t;
}

static bool has_error(const ParsedExercise& pe, const std::string& path) {
    for (const auto& e : pe.errors)
        if (e.path == path) return true;
    return false;
}

TEST_CASE("make_exercise keeps the key out of the file's plain view and parse_exercise decodes it",
          "[classroom][exercise]") {
    Project teacher = teacher_with_notes();
    Project ex = make_exercise(teacher, quiz_spec());
    CHECK(ex.annotations.empty());
    CHECK(ex.relations.empty());
    // The codebook is restricted to what students may use.
    REQUIRE(ex.codebook.types.size() == 2);
    CHECK(ex.codebook.types[0].id == "claim");
    CHECK(ex.codebook.types[1].id == "source");
    REQUIRE(ex.codebook.relation_types.size() == 1);
    CHECK(ex.codebook.relation_types[0].id == "according_to");

    std::string bytes = save_project(ex);
    // Nothing of the key is readable: no notes, no entity names, no key quotes outside the article text.
    nlohmann::json j = nlohmann::json::parse(bytes);
    j["article"].erase("text");
    std::string outside_text = j.dump();
    for (const auto& a : teacher.annotations) {
        CHECK(bytes.find(a.note) == std::string::npos);
        CHECK(outside_text.find(a.exact) == std::string::npos);
        if (a.entity == "Abdul Qahar Balkhi") CHECK(bytes.find(a.entity) == std::string::npos);
    }
    CHECK(bytes.find("according_to\", \"from") == std::string::npos);

    LoadResult lr = load_project(bytes);
    REQUIRE(lr.ok);
    CHECK(save_project(lr.project) == bytes); // round trip is byte-identical
    ParsedExercise pe = parse_exercise(lr.project);
    INFO((pe.errors.empty() ? "" : pe.errors[0].to_string()));
    REQUIRE(pe.ok);
    CHECK(pe.spec == quiz_spec());
    CHECK(pe.student.empty());
    CHECK(pe.article_hash == teacher.doc->hash);
    // The key holds the allowed types only (the actor is dropped) and their relations.
    REQUIRE(pe.key.annotations.size() == 4);
    for (size_t i = 0, k = 0; i < teacher.annotations.size(); ++i) {
        if (teacher.annotations[i].type == "actor") continue;
        CHECK(pe.key.annotations[k] == teacher.annotations[i]);
        ++k;
    }
    CHECK(pe.key.relations == teacher.relations);
}

TEST_CASE("a student's file carries the name and the work; submission file name", "[classroom][exercise]") {
    Project ex = make_exercise(teacher_with_notes(), quiz_spec());
    Project st = ex;
    set_student(st, "Ana Lima");
    mark(st, "claim", "Refugees returned in large numbers");
    LoadResult lr = load_project(save_project(st));
    REQUIRE(lr.ok);
    ParsedExercise pe = parse_exercise(lr.project);
    REQUIRE(pe.ok);
    CHECK(pe.student == "Ana Lima");
    CHECK(lr.project.annotator == "Ana Lima");
    CHECK(pe.key.annotations.size() == 4);
    CHECK(lr.project.annotations.size() == 1);
    CHECK(submission_file_name(lr.project) == "border-quiz-ana-lima.claimscope.json");
    CHECK(submission_file_name(class_project()) == "exercise-student.claimscope.json");
}

TEST_CASE("progress counts the requirements met so far", "[classroom][exercise]") {
    ExerciseSpec spec = quiz_spec();
    Project st = make_exercise(teacher_with_notes(), spec);
    auto pr = progress(st, spec);
    REQUIRE(pr.size() == 2);
    CHECK(pr[0].have == 0);
    CHECK(pr[0].need == 2);
    CHECK_FALSE(pr[0].met);
    CHECK(pr[1].met); // "each claim" with no claims yet: nothing left unlinked
    std::string c1 = mark(st, "claim", "Refugees returned in large numbers");
    std::string un = mark(st, "source", "the United Nations");
    mark(st, "claim", "the border was closed");
    link(st, "according_to", c1, un);
    pr = progress(st, spec);
    CHECK(pr[0].text == "Claim: 2 of 2 marked");
    CHECK(pr[0].met);
    CHECK(pr[1].text == "Claim linked by “according to”: 1 of 2");
    CHECK_FALSE(pr[1].met);
    CHECK(progress_line(pr) ==
          "1 of 2 requirements met — Claim: 2 of 2 marked ✓ · Claim linked by “according to”: 1 of 2");
    CHECK(progress_line({}) == "No requirements");
}

TEST_CASE("parse_exercise reports bad exercise blocks with their JSON path", "[classroom][exercise]") {
    Project ex = make_exercise(teacher_with_notes(), quiz_spec());
    SECTION("not an exercise") {
        ParsedExercise pe = parse_exercise(class_project());
        CHECK_FALSE(pe.ok);
        CHECK(has_error(pe, "exercise"));
    }
    SECTION("damaged key data") {
        std::string d = ex.exercise["key"]["data"];
        d[10] = d[10] == 'A' ? 'B' : 'A';
        ex.exercise["key"]["data"] = d;
        ParsedExercise pe = parse_exercise(ex);
        CHECK_FALSE(pe.ok);
        CHECK(has_error(pe, "exercise.key.data"));
    }
    SECTION("not base64") {
        ex.exercise["key"]["data"] = "%%%";
        ParsedExercise pe = parse_exercise(ex);
        REQUIRE(pe.errors.size() == 1);
        CHECK(pe.errors[0].to_string().find("exercise.key.data") != std::string::npos);
        CHECK(pe.errors[0].message == "is not valid base64");
    }
    SECTION("missing key, bad visibility, bad requirements") {
        ex.exercise.erase("key");
        ex.exercise["key_visibility"] = "sometimes";
        ex.exercise["requirements"][0]["min"] = 0;
        ex.exercise["requirements"][1]["relation"] = "blames";
        ParsedExercise pe = parse_exercise(ex);
        CHECK_FALSE(pe.ok);
        CHECK(has_error(pe, "exercise.key"));
        CHECK(has_error(pe, "exercise.key_visibility"));
        CHECK(has_error(pe, "exercise.requirements[0].min"));
        CHECK(has_error(pe, "exercise.requirements[1].relation"));
    }
    SECTION("a requirement on a type students may not use") {
        ExerciseSpec spec = quiz_spec();
        spec.requirements = {{"actor", 1, "", ""}};
        ParsedExercise pe = parse_exercise(make_exercise(teacher_with_notes(), spec));
        REQUIRE(pe.errors.size() == 1);
        CHECK(pe.errors[0].to_string() == "exercise.requirements[0].type: unknown annotation type \"actor\"");
    }
    SECTION("a key made on another article text") {
        ex.exercise["article_hash"] = std::string(64, '0');
        ParsedExercise pe = parse_exercise(ex);
        CHECK(has_error(pe, "exercise.article_hash"));
    }
}

TEST_CASE("an exercise without self-check holds no key and nothing derived from it", "[classroom][exercise]") {
    Project teacher = teacher_with_notes();
    for (auto& a : teacher.annotations)
        if (a.type == "source") a.entity = "TEACHER-ENTITY-" + a.id;
    ExerciseSpec spec = quiz_spec();
    spec.self_check = false;
    const std::string bytes = save_project(make_exercise(teacher, spec));
    // Scan the bytes: no key block, no annotation, no id, note or entity of the teacher's.
    CHECK(bytes.find("\"key\"") == std::string::npos);
    CHECK(bytes.find("\"exact\"") == std::string::npos);
    for (const Annotation& a : teacher.annotations) {
        INFO(a.id);
        CHECK(bytes.find(a.id) == std::string::npos);
        CHECK(bytes.find(a.note) == std::string::npos);
        if (!a.entity.empty()) CHECK(bytes.find(a.entity) == std::string::npos);
    }
    for (const Relation& r : teacher.relations) CHECK(bytes.find(r.id) == std::string::npos);
    CHECK(bytes.find("\"self_check\": false") != std::string::npos);

    const LoadResult lr = load_project(bytes);
    REQUIRE(lr.ok);
    ParsedExercise pe = parse_exercise(lr.project);
    CHECK(pe.ok);
    CHECK_FALSE(pe.spec.self_check);
    CHECK(pe.key.annotations.empty());
    CHECK(pe.spec == spec);

    // A key slipped into such a file is refused, not used.
    Project with_key = lr.project;
    with_key.exercise["key"] = make_exercise(teacher, quiz_spec()).exercise["key"];
    CHECK(has_error(parse_exercise(with_key), "exercise.key"));
    Project bad = lr.project;
    bad.exercise["self_check"] = "no";
    CHECK(has_error(parse_exercise(bad), "exercise.self_check"));
    // Files made before self_check existed hold a key and check as before.
    Project old = make_exercise(teacher, quiz_spec());
    old.exercise.erase("self_check");
    pe = parse_exercise(old);
    CHECK(pe.ok);
    CHECK(pe.spec.self_check);
    CHECK_FALSE(pe.key.annotations.empty());
    CHECK(pe.key.annotations.size() == parse_exercise(make_exercise(teacher, quiz_spec())).key.annotations.size());
}

TEST_CASE("what a check reveals: the teacher's choice, written so that format 1.0 apps reveal no more",
          "[classroom][exercise]") {
    for (RevealLevel level : {RevealLevel::Score, RevealLevel::Marks, RevealLevel::Hints}) {
        ExerciseSpec s = quiz_spec();
        s.reveal = level;
        s.key_visibility = KeyVisibility::Never;
        Project ex = make_exercise(class_key(), s);
        CHECK(ex.exercise["reveal"] == to_string(level));
        CHECK(ex.exercise["key_visibility"] == "never");
        LoadResult lr = load_project(save_project(ex));
        REQUIRE(lr.ok);
        ParsedExercise pe = parse_exercise(lr.project);
        REQUIRE(pe.ok);
        CHECK(pe.spec == s);
        CHECK(check_reveals(pe.spec) == level);
    }
    // The key after each check is key_visibility "after_check", whatever `reveal` says.
    ExerciseSpec s = quiz_spec();
    s.key_visibility = KeyVisibility::AfterCheck;
    CHECK(check_reveals(s) == RevealLevel::Key);
    // "key" is not a value of `reveal`: a hand-edited file says what to write instead.
    Project ex = make_exercise(class_key(), quiz_spec());
    ex.exercise["reveal"] = "key";
    ParsedExercise pe = parse_exercise(ex);
    CHECK_FALSE(pe.ok);
    REQUIRE(has_error(pe, "exercise.reveal"));
    CHECK(pe.errors[0].message == "must be \"score\", \"marks\" or \"hints\", not \"key\" (key_visibility "
                                  "\"after_check\" shows the key)");
}

TEST_CASE("format 1.0 exercise files migrate: no `reveal` means hints, or the key after each check",
          "[classroom][exercise]") {
    // The sample class was saved by format 1.0 (no reveal, self_check or max_checks).
    const std::string bytes =
        cs_test::read_file(std::string(CLAIMSCOPE_SOURCE_DIR) + "/tests/data/classroom/exercise.claimscope.json");
    REQUIRE(bytes.find("\"version\": \"1.0\"") != std::string::npos);
    REQUIRE(bytes.find("\"reveal\"") == std::string::npos);
    LoadResult lr = load_project(bytes);
    REQUIRE(lr.ok);
    CHECK(lr.warnings.empty()); // an older minor version is read as it is
    ParsedExercise pe = parse_exercise(lr.project);
    REQUIRE(pe.ok);
    CHECK(pe.spec.key_visibility == KeyVisibility::AfterCheck);
    CHECK(check_reveals(pe.spec) == RevealLevel::Key);
    CHECK(pe.spec.self_check);
    CHECK(pe.spec.max_checks == -1);
    // Saved again, it is format 1.1 and says what it reveals.
    nlohmann::json saved = nlohmann::json::parse(save_project(lr.project));
    CHECK(saved["version"] == "1.1");
    // A 1.0 file that hid the key: hints, as before; made again, the exercise says so.
    nlohmann::json never = nlohmann::json::parse(bytes);
    never["exercise"]["key_visibility"] = "never";
    LoadResult lr_never = load_project(never.dump());
    REQUIRE(lr_never.ok);
    ParsedExercise pe_never = parse_exercise(lr_never.project);
    REQUIRE(pe_never.ok);
    CHECK(pe_never.spec.reveal == RevealLevel::Hints);
    CHECK(check_reveals(pe_never.spec) == RevealLevel::Hints);
    nlohmann::json remade = make_exercise(class_key(), pe_never.spec).exercise;
    CHECK(remade["reveal"] == "hints");
    CHECK(remade["key_visibility"] == "never");
}
