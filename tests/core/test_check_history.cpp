// Self-checks recorded in a student's file: the chain, its limit, and a history edited by hand.
#include "classroom_fixture.h"
#include "core/classroom/check_history.h"
#include "core/classroom/class_report.h"
#include "core/file/file_format.h"
#include "core/model/editor.h"
#include <catch2/catch_test_macros.hpp>

using namespace cs;
using namespace cs::test;

namespace {

Project student_file(int max_checks) {
    ExerciseSpec spec;
    spec.title = "Border quiz";
    spec.max_checks = max_checks;
    Project st = make_exercise(class_key(), spec);
    set_student(st, "Dana");
    return st;
}

} // namespace

TEST_CASE("check history: recorded, saved and read back, counted against the limit", "[classroom][checks]") {
    Project st = student_file(3);
    ParsedExercise ex = parse_exercise(st);
    REQUIRE(ex.ok);
    CHECK(ex.spec.max_checks == 3);
    CHECK(read_check_history(st).checks.empty());
    CHECK(read_check_history(st).intact);
    CHECK(checks_left(ex.spec, read_check_history(st)) == 3);

    Editor ed(st);
    ed.add_annotation("claim", phrase(st, "Refugees returned in large numbers"));
    ed.set_exercise(record_check(ed.project(), 40, "2026-12-06T09:00:00Z"));
    ed.add_annotation("source", phrase(st, "Al Jazeera"));
    ed.set_exercise(record_check(ed.project(), 64, "2026-12-06T09:05:00Z"));
    // Undo takes the annotation back, not the check.
    REQUIRE(ed.undo());
    CHECK(ed.project().annotations.size() == 1);

    // Through the file, as a submission.
    const LoadResult lr = load_project(save_project(ed.project()));
    REQUIRE(lr.ok);
    const CheckHistory h = read_check_history(lr.project);
    CHECK(h.intact);
    REQUIRE(h.checks.size() == 2);
    CHECK(h.checks[0].percent == 40);
    CHECK(h.checks[1].percent == 64);
    CHECK(h.checks[1].time == "2026-12-06T09:05:00Z");
    CHECK(h.checks[0].work != h.checks[1].work); // the work differed between the two checks
    CHECK(checks_left(parse_exercise(lr.project).spec, h) == 1);
    CHECK(checks_left(parse_exercise(student_file(-1)).spec, h) == -1);
    CHECK_FALSE(student_file(-1).exercise.contains("max_checks")); // no limit: nothing written
}

TEST_CASE("check history: a history edited by hand is detected", "[classroom][checks]") {
    Project st = student_file(1);
    Editor ed(st);
    ed.set_exercise(record_check(ed.project(), 30, "2026-12-06T09:00:00Z"));
    ed.set_exercise(record_check(ed.project(), 55, "2026-12-06T09:05:00Z"));
    ed.set_exercise(record_check(ed.project(), 90, "2026-12-06T09:10:00Z"));
    const Project good = ed.project();
    REQUIRE(read_check_history(good).intact);
    CHECK(checks_left(parse_exercise(good).spec, read_check_history(good)) == 0);

    auto edited = [&](auto change) {
        Project p = good;
        change(p.exercise["checks"]);
        return read_check_history(p);
    };
    // A score raised, a check removed from the middle, two swapped: each breaks the chain.
    CheckHistory h = edited([](nlohmann::json& c) { c[0]["percent"] = 80; });
    CHECK_FALSE(h.intact);
    CHECK(h.problem == "exercise.checks[0].chain: does not follow from the checks before it: the history was edited");
    h = edited([](nlohmann::json& c) { c.erase(c.begin() + 1); });
    CHECK_FALSE(h.intact);
    CHECK(h.checks.size() == 1);
    h = edited([](nlohmann::json& c) { std::swap(c[0], c[1]); });
    CHECK_FALSE(h.intact);
    // The first check removed: the second no longer starts from the article.
    CHECK_FALSE(edited([](nlohmann::json& c) { c.erase(c.begin()); }).intact);
    // Malformed entries are reported with their path.
    h = edited([](nlohmann::json& c) { c[2]["percent"] = "ninety"; });
    CHECK(h.problem == "exercise.checks[2].percent: must be a whole number from 0 to 100");
    CHECK_FALSE(edited([](nlohmann::json& c) { c = "none"; }).intact);
    // What this cannot see (docs/CLASSROOM.md): the last checks, or all of them, removed.
    CHECK(edited([](nlohmann::json& c) { c.erase(c.end() - 1); }).intact);
    // A file on another article (the chain starts from the article's hash) does not verify either.
    Project other = good;
    other.doc = make_shared_document(good.doc->text + " ", good.doc->meta);
    CHECK_FALSE(read_check_history(other).intact);
}

TEST_CASE("max_checks: read, written only when set, refused when not a small whole number", "[classroom][checks]") {
    Project st = student_file(0);
    CHECK(parse_exercise(st).spec.max_checks == 0);
    st.exercise["max_checks"] = -2;
    ParsedExercise pe = parse_exercise(st);
    CHECK_FALSE(pe.ok);
    REQUIRE_FALSE(pe.errors.empty());
    CHECK(pe.errors[0].path == "exercise.max_checks");
}

TEST_CASE("the class report, the gradebook and `compare`'s text show each student's checks and flag an edited history",
          "[classroom][checks]") {
    Project dana = student_file(3);
    Editor ed(dana);
    ed.add_annotation("claim", phrase(dana, "Refugees returned in large numbers"));
    ed.set_exercise(record_check(ed.project(), 40, "2026-12-06T09:00:00Z"));
    ed.add_annotation("source", phrase(dana, "Al Jazeera"));
    ed.set_exercise(record_check(ed.project(), 64, "2026-12-06T09:05:00Z"));
    Project eli = ed.project();
    set_student(eli, "Eli");
    eli.exercise["checks"][0]["percent"] = 90; // raised by hand
    Project fay = student_file(3);
    set_student(fay, "Fay");
    const ClassReport r = compare_class(
        student_file(3),
        {{"dana.json", save_project(ed.project())}, {"eli.json", save_project(eli)}, {"fay.json", save_project(fay)}});
    REQUIRE(r.ok);
    REQUIRE(r.rows.size() == 3);
    CHECK(r.rows[0].checks == std::vector<int>{40, 64});
    CHECK(r.rows[1].checks.empty()); // the chain breaks at the first record: none counts
    CHECK(r.rows[2].checks.empty());
    REQUIRE(r.flagged.size() == 1);
    CHECK(r.flagged[0].file == "eli.json");
    CHECK(r.flagged[0].kind == FlagKind::EditedChecks);
    const std::string csv = gradebook_csv(r);
    CHECK(csv.find(",score %,self-checks,self-check scores %,flags\r\n") != std::string::npos);
    CHECK(csv.find(",dana.json,") != std::string::npos);
    CHECK(csv.find(",2,40 64,\r\n") != std::string::npos);
    CHECK(csv.find(",0,,edited_checks\r\n") != std::string::npos);
    const std::string text = class_report_text(r);
    CHECK(text.find("    Self-checks: 2 (40 %, 64 %)") != std::string::npos);
    CHECK(class_report_json(r)["students"][0]["checks"] == nlohmann::json::array({40, 64}));
}
