// The class view's numbers: rows, flagged files, heatmap, gradebook CSV, JSON report.
#include "classroom_fixture.h"
#include "core/classroom/class_report.h"
#include "core/file/file_format.h"
#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>
#include <fstream>
#include <iterator>

using namespace cs;
using namespace cs::test;
using Catch::Approx;

namespace {
Project exercise() {
    ExerciseSpec s;
    s.title = "Border quiz";
    return make_exercise(class_key(), s);
}
std::string perfect_work(const Project& ex, const std::string& name) {
    Project st = ex;
    set_student(st, name);
    std::string c1 = mark(st, "claim", "Refugees returned in large numbers");
    std::string un = mark(st, "source", "the United Nations");
    std::string aj = mark(st, "source", "Al Jazeera");
    std::string c2 = mark(st, "claim", "the border was closed");
    mark(st, "actor", "Balkhi");
    link(st, "according_to", c1, un);
    link(st, "according_to", c2, aj);
    return save_project(st);
}
std::vector<std::pair<std::string, std::string>> class_files(const Project& ex) {
    Project ben = ex, cy = ex;
    set_student(ben, "Ben");
    set_student(cy, "=Cy, \"the best\"");
    mark(cy, "claim", "Refugees returned in large");
    Project other = ex;
    other.doc = make_shared_document("Another article entirely.");
    other.exercise = nullptr;
    return {{"ana.json", perfect_work(ex, "Ana")}, {"ben.json", save_project(ben)},
            {"cy.json", save_project(cy)},         {"broken.json", "{ not json"},
            {"other.json", save_project(other)},   {"ana2.json", perfect_work(ex, " ana")}};
}
const FlaggedFile* flag_of(const ClassReport& r, const std::string& file, FlagKind kind) {
    for (const auto& f : r.flagged)
        if (f.file == file && f.kind == kind) return &f;
    return nullptr;
}
} // namespace

TEST_CASE("compare_class: rows, flags, agreement and heatmap", "[classroom][class_report]") {
    Project ex = exercise();
    ClassReport r = compare_class(ex, class_files(ex));
    REQUIRE(r.ok);
    CHECK(r.title == "Border quiz");
    CHECK(r.key_annotations == 5);
    CHECK(r.key_relations == 2);
    REQUIRE(r.rows.size() == 4);
    CHECK(r.rows[0].name == "Ana");
    CHECK(r.rows[0].result.percent == 100);
    CHECK(r.rows[1].name == "Ben");
    CHECK(r.rows[1].result.percent == 0);
    // Cy: one claim, 4 of 5 tokens: credit 0.8 over 1 mark and 7 key items -> F1 = 0.2.
    CHECK(r.rows[2].result.overall.precision == Approx(0.8));
    CHECK(r.rows[2].result.overall.f1 == Approx(0.2));
    CHECK(r.rows[2].result.percent == 20);
    CHECK(r.rows[3].file == "ana2.json");

    REQUIRE(flag_of(r, "broken.json", FlagKind::Unreadable));
    CHECK(flag_of(r, "broken.json", FlagKind::Unreadable)->message.find("line 1") != std::string::npos);
    REQUIRE(flag_of(r, "other.json", FlagKind::OtherArticle));
    CHECK(flag_of(r, "other.json", FlagKind::OtherArticle)->message.rfind("this file is for another article", 0) == 0);
    REQUIRE(flag_of(r, "ana.json", FlagKind::DuplicateName));
    CHECK(flag_of(r, "ana2.json", FlagKind::DuplicateName)->message ==
          "2 files have the student name “ ana”: ana.json, ana2.json");
    CHECK(r.rows[0].flags == std::vector<FlagKind>{FlagKind::DuplicateName});
    CHECK(r.flagged.size() == 4);

    CHECK(r.agreement.raters == 4);
    CHECK(r.agreement.units == 21);
    REQUIRE(r.types == std::vector<std::string>{"claim", "actor", "source"});
    // Token 0 ("Refugees"): marked as a claim by Ana, Cy and the second Ana; in the key.
    CHECK(r.heatmap.who[0][0] == std::vector<int>{0, 2, 3});
    CHECK(r.heatmap.key[0][0]);
    // Token 4 ("numbers"): Cy stopped before it.
    CHECK(r.heatmap.who[0][4] == std::vector<int>{0, 3});
    // Token 17 ("Balkhi"): an actor for the two Anas; token 20 ("report"): nobody, not in the key.
    CHECK(r.heatmap.who[1][17] == std::vector<int>{0, 3});
    CHECK(r.heatmap.who[0][20].empty());
    CHECK_FALSE(r.heatmap.key[0][20]);
}

TEST_CASE("compare_class: a teacher's annotated article works as the key too", "[classroom][class_report]") {
    Project ex = exercise();
    ClassReport r = compare_class(class_key(), {{"ana.json", perfect_work(ex, "Ana")}});
    REQUIRE(r.ok);
    CHECK(r.title == "Border report");
    REQUIRE(r.rows.size() == 1);
    CHECK(r.rows[0].result.percent == 100);
    CHECK_FALSE(r.agreement.per_type[0].kappa); // one student: no agreement to speak of
}

TEST_CASE("compare_class: a damaged key is an error; a nameless file uses its file name", "[classroom][class_report]") {
    Project ex = exercise();
    Project damaged = ex;
    damaged.exercise["key"]["data"] = "AAAA";
    ClassReport bad = compare_class(damaged, {});
    CHECK_FALSE(bad.ok);
    REQUIRE_FALSE(bad.errors.empty());
    CHECK(bad.errors[0].path == "exercise.key.data");
    CHECK(class_report_text(bad).rfind("error: exercise.key.data", 0) == 0);

    ClassReport r = compare_class(ex, {{"nameless.json", save_project(ex)}});
    REQUIRE(r.rows.size() == 1);
    CHECK(r.rows[0].name == "nameless.json");
    CHECK(r.rows[0].flags == std::vector<FlagKind>{FlagKind::NoName});
}

TEST_CASE("gradebook CSV: BOM, CRLF, quoting, no formulas", "[classroom][class_report]") {
    Project ex = exercise();
    ClassReport r = compare_class(ex, class_files(ex));
    std::string csv = gradebook_csv(r);
    REQUIRE(csv.rfind("\xEF\xBB\xBF", 0) == 0);
    std::vector<std::string> lines;
    size_t at = 3, nl;
    while ((nl = csv.find("\r\n", at)) != std::string::npos) lines.push_back(csv.substr(at, nl - at)), at = nl + 2;
    CHECK(at == csv.size());            // every line ends with CRLF
    REQUIRE(lines.size() == 1 + 4 + 2); // header, 4 students, 2 files without a row
    CHECK(lines[0] ==
          "student,file,Claim precision,Claim recall,Claim F1,Actor precision,Actor recall,Actor F1,Source precision,"
          "Source recall,Source F1,relations precision,relations recall,relations F1,overall precision,overall recall,"
          "overall F1,score %,self-checks,self-check scores %,flags");
    CHECK(lines[1] == "Ana,ana.json,1.000,1.000,1.000,1.000,1.000,1.000,1.000,1.000,1.000,1.000,1.000,1.000,1.000,1."
                      "000,1.000,100,0,,duplicate_name");
    // Cy's name would start a formula and holds a comma and quotes: apostrophe, then RFC 4180 quoting.
    CHECK(lines[3] ==
          "\"'=Cy, \"\"the best\"\"\",cy.json,0.800,0.400,0.533,0.000,0.000,0.000,0.000,0.000,0.000,0.000,0.000,0.000,"
          "0.800,0.114,0.200,20,0,,");
    CHECK(lines[5].rfind(",broken.json,,,,,,,,,,,,,,,,,,,\"unreadable: line 1", 0) == 0);
    CHECK(lines[6].rfind(",other.json,", 0) == 0);
    // The same quoter as every CSV export (csv.h): a formula after a space is neutralised too.
    r.rows[0].name = " =SUM(A1:A9)";
    CHECK(gradebook_csv(r).find("\r\n' =SUM(A1:A9),ana.json,") != std::string::npos);
}

TEST_CASE("class report JSON and text carry the same numbers", "[classroom][class_report]") {
    Project ex = exercise();
    ClassReport r = compare_class(ex, class_files(ex));
    nlohmann::json j = class_report_json(r);
    CHECK(j["ok"] == true);
    CHECK(j["students"].size() == 4);
    CHECK(j["students"][2]["overall"]["f1"].get<double>() == Approx(0.2));
    CHECK(j["students"][2]["per_type"]["claim"]["credit"].get<double>() == Approx(0.8));
    CHECK(j["flagged"].size() == 4);
    CHECK(j["flagged"][0]["kind"] == "unreadable");
    CHECK(j["agreement"]["raters"] == 4);
    CHECK(j["heatmap"]["counts"]["claim"][0] == 3);
    CHECK(j["heatmap"]["tokens"][0] == nlohmann::json::array({0, 8}));
    std::string text = class_report_text(r);
    CHECK(text.find("Exercise: Border quiz\n") == 0);
    CHECK(text.find("    Overall: 0.800 / 0.114 / 0.200  (1 marked, 7 in key)\n") != std::string::npos);
    CHECK(text.find("  broken.json: unreadable: ") != std::string::npos);
    // Agreement values printed are the report's.
    CHECK(text.find("  Claim: " + format_optional(r.agreement.per_type[0].kappa) + " / " +
                    format_optional(r.agreement.per_type[0].alpha) + "\n") != std::string::npos);
}

TEST_CASE("the sample class in tests/data/classroom", "[classroom][class_report]") {
    const std::string dir = std::string(CLAIMSCOPE_SOURCE_DIR) + "/tests/data/classroom/";
    auto read = [&](const std::string& name) {
        std::ifstream in(dir + name, std::ios::binary);
        REQUIRE(in);
        return std::string(std::istreambuf_iterator<char>(in), {});
    };
    std::string ex_bytes = read("exercise.claimscope.json");
    LoadResult ex = load_project(ex_bytes);
    REQUIRE(ex.ok);
    // The key is not readable in the exercise file: no entity, no link, no annotation.
    CHECK(ex_bytes.find("Balkhi\"") == std::string::npos);
    CHECK(ex_bytes.find("\"from\": \"k") == std::string::npos); // key relations run from ids k1..k5
    CHECK(ex_bytes.find("Abdul Qahar") == std::string::npos);
    CHECK(ex.project.annotations.empty());
    std::vector<std::pair<std::string, std::string>> files;
    for (const char* f : {"ana.claimscope.json", "ben.claimscope.json", "cy.claimscope.json",
                          "other-article.claimscope.json", "broken.claimscope.json"})
        files.emplace_back(f, read(f));
    ClassReport r = compare_class(ex.project, files);
    REQUIRE(r.rows.size() == 3);
    // Ben: claims 0.8 + 1.0 of 2; UN marked as an actor (wrong type); Al Jazeera found; his one link
    // goes to the wrong source. Overall credit 2.8 over 5 marks and 7 key items.
    CHECK(r.rows[1].result.overall.precision == Approx(2.8 / 5));
    CHECK(r.rows[1].result.overall.recall == Approx(0.4));
    CHECK(r.rows[1].result.percent == 47);
    CHECK(r.rows[1].result.relations[0].status == RelationStatus::WrongTarget);
    CHECK(r.rows[2].result.percent == 22);
    CHECK(r.flagged.size() == 2);
    // The teacher's own annotated file gives the same numbers as the exercise.
    LoadResult key = load_project(read("teacher-key.claimscope.json"));
    REQUIRE(key.ok);
    CHECK(gradebook_csv(compare_class(key.project, files)) == gradebook_csv(r));
}

TEST_CASE("guess_answer_key: the exercise file without a student, else the one file named key", "[classroom][class_report]") {
    Project ex = exercise();
    const std::string exercise_file = save_project(ex);
    std::vector<std::pair<std::string, std::string>> files = class_files(ex);
    auto guess = [&]() {
        std::vector<std::pair<std::string_view, std::string_view>> views;
        for (auto& f : files) views.emplace_back(f.first, f.second);
        return guess_answer_key(views);
    };
    CHECK(guess().index == -1); // only students' files (each has a student) and junk
    files.emplace_back("Border-quiz.json", exercise_file);
    KeyGuess g = guess();
    CHECK(g.index == (int)files.size() - 1);
    CHECK(g.reason == "the exercise file");
    // No exercise file: a name with "KEY" in any case decides, if it is the only one.
    files.pop_back();
    files.emplace_back("Answer-KEY.json", perfect_work(ex, "Teacher"));
    g = guess();
    CHECK(g.index == (int)files.size() - 1);
    CHECK(g.reason == "its name contains \"key\"");
    files.emplace_back("key-copy.json", perfect_work(ex, "Teacher"));
    CHECK(guess().index == -1); // two candidates: the teacher chooses
    // A file nested 30,000 levels deep is not an exercise and does not crash the guess.
    files.emplace_back("deep.json", std::string(30000, '['));
    CHECK(guess().index == -1);
}

TEST_CASE("compare_class: the key's positions show only where students may see the key", "[classroom][class_report]") {
    auto any_key = [](const ClassReport& r) {
        for (const auto& per_type : r.heatmap.key)
            for (bool b : per_type)
                if (b) return true;
        return false;
    };
    const std::vector<std::pair<std::string, std::string>> one = {{"ana.json", perfect_work(exercise(), "Ana")}};
    // The teacher's own file, and an exercise that shows its key after a check: outlined.
    ClassReport teacher = compare_class(class_key(), one);
    REQUIRE(teacher.ok);
    CHECK(teacher.key_shown);
    CHECK(any_key(teacher));
    ClassReport after_check = compare_class(exercise(), one);
    REQUIRE(after_check.ok);
    CHECK(after_check.key_shown);
    CHECK(any_key(after_check));
    // "Never" and "after they submit": a student reviewing with the exercise file sees no key position,
    // though the scores are the same.
    for (KeyVisibility v : {KeyVisibility::Never, KeyVisibility::AfterSubmit}) {
        ExerciseSpec s;
        s.title = "Border quiz";
        s.key_visibility = v;
        ClassReport r = compare_class(make_exercise(class_key(), s), one);
        REQUIRE(r.ok);
        CHECK_FALSE(r.key_shown);
        CHECK_FALSE(any_key(r));
        CHECK(r.rows[0].result.percent == after_check.rows[0].result.percent);
        CHECK(class_report_json(r)["key"]["shown"] == false);
    }
    // An exercise made without self-check holds no key: refused, naming the file to give instead.
    ExerciseSpec s;
    s.title = "Border quiz";
    s.self_check = false;
    ClassReport none = compare_class(make_exercise(class_key(), s), one);
    CHECK_FALSE(none.ok);
    REQUIRE(none.errors.size() == 1);
    CHECK(none.errors[0].message.find("key.claimscope.json") != std::string::npos);
}
