// Tests for feedback_lines (src/core/classroom/scoring.h): the rows "Check my work" shows.
// Article and key: classroom_fixture.h.
#include "classroom_fixture.h"
#include "core/classroom/scoring.h"
#include <catch2/catch_test_macros.hpp>

using namespace cs;
using namespace cs::test;

namespace {

// One found claim, a source marked as an actor, one found source, an extra claim, and the found
// claim linked to the wrong source; the second claim, the actor and its link are missed.
Project student_work() {
    Project st = class_project();
    std::string claim = mark(st, "claim", "Refugees returned in large numbers"); // a1
    mark(st, "actor", "the United Nations");                                     // a2
    std::string aj = mark(st, "source", "Al Jazeera", "Al Jazeera");             // a3
    mark(st, "claim", "Balkhi denied the report");                               // a4
    link(st, "according_to", claim, aj);
    return st;
}

} // namespace

TEST_CASE("feedback lines at 'which of my marks are right': each of the student's marks and links, and a count",
          "[classroom][feedback]") {
    const Project key = class_key();
    const Project st = student_work();
    const CheckResult r = check_work(st, {key.annotations, key.relations});
    const std::vector<FeedbackLine> lines = feedback_lines(r, st, RevealLevel::Marks);
    REQUIRE(lines.size() == 6);
    const Span none{};
    const std::vector<std::pair<std::string, std::string>> kinds_texts = {
        {"found", "Found: Claim “Refugees returned in large numbers”"},
        {"wrong_type", "Check the type of “the United Nations”"},
        {"found", "Found: Source “Al Jazeera”"},
        {"extra", "Not in the key: Claim “Balkhi denied the report”"},
        {"link_wrong_target", "Check the “according to” link of the claim “Refugees returned in large numbers”"},
        {"hidden", "3 items of the key are still to find"}};
    for (size_t i = 0; i < lines.size(); ++i) {
        INFO("line " << i);
        CHECK(lines[i].kind == kinds_texts[i].first);
        CHECK(lines[i].text == kinds_texts[i].second);
    }
    // What a click on each line selects: the student's own marks, a link's source, nothing.
    CHECK(lines[0].select_id == "a1");
    CHECK(lines[1].select_id == "a2");
    CHECK(lines[2].select_id == "a3");
    CHECK(lines[3].select_id == "a4");
    CHECK(lines[4].select_id == "a1");
    CHECK(lines[5].select_id.empty());
    // Items carry the key's span (the student's own for an extra); links and the count none.
    CHECK(lines[1].span == phrase(key, "the United Nations"));
    CHECK(lines[3].span == phrase(st, "Balkhi denied the report"));
    CHECK(lines[4].span == none);
    CHECK(lines[5].span == none);
}

TEST_CASE("feedback lines with the key: every item and link, missed ones where the key has them",
          "[classroom][feedback]") {
    const Project key = class_key();
    const Project st = student_work();
    const CheckResult r = check_work(st, {key.annotations, key.relations});
    const std::vector<FeedbackLine> lines = feedback_lines(r, st, RevealLevel::Key);
    std::vector<std::string> kinds;
    for (const FeedbackLine& l : lines) kinds.push_back(l.kind);
    CHECK(kinds == std::vector<std::string>{"found", "wrong_type", "found", "missed", "missed", "extra",
                                            "link_wrong_target", "link_missed"});
    CHECK(lines[3].text == "Missed: Claim “the border was closed”");
    CHECK(lines[3].select_id.empty());
    CHECK(lines[3].span == phrase(key, "the border was closed"));
    CHECK(lines[4].text == "Missed: Actor “Balkhi”");
    CHECK(lines[4].span == phrase(key, "Balkhi"));
    CHECK(lines[7].select_id.empty());
}

TEST_CASE("feedback lines: one item still to find is said in the singular", "[classroom][feedback]") {
    const Project key = class_key();
    Project st = class_project();
    std::string c1 = mark(st, "claim", "Refugees returned in large numbers");
    std::string un = mark(st, "source", "the United Nations", "United Nations");
    std::string aj = mark(st, "source", "Al Jazeera", "Al Jazeera");
    std::string c2 = mark(st, "claim", "the border was closed");
    link(st, "according_to", c1, un);
    link(st, "according_to", c2, aj);
    const CheckResult r = check_work(st, {key.annotations, key.relations});
    const std::vector<FeedbackLine> lines = feedback_lines(r, st, RevealLevel::Marks);
    REQUIRE_FALSE(lines.empty());
    CHECK(lines.back().kind == "hidden");
    CHECK(lines.back().text == "1 item of the key is still to find");
}

TEST_CASE("feedback lines at 'hints': where each missed item is, by paragraph, never its words or place",
          "[classroom][feedback]") {
    // The article in three paragraphs: the missed claim is in the second, the missed actor in the third.
    Project base;
    base.doc = make_shared_document("Refugees returned in large numbers, the United Nations said.\n"
                                    "Al Jazeera reported that the border was closed.\n"
                                    "Balkhi denied the report.");
    base.codebook = default_codebook();
    Project key = base, st = base;
    std::string c1 = mark(key, "claim", "Refugees returned in large numbers", "", "k");
    mark(key, "claim", "the border was closed", "", "k");
    mark(key, "actor", "Balkhi", "Balkhi", "k");
    std::string un = mark(key, "source", "the United Nations", "United Nations", "k");
    link(key, "according_to", c1, un);
    mark(st, "claim", "Refugees returned in large numbers");
    mark(st, "claim", "Balkhi denied the report");
    const CheckResult r = check_work(st, {key.annotations, key.relations});
    const std::vector<FeedbackLine> lines = feedback_lines(r, st, RevealLevel::Hints);
    std::vector<std::pair<std::string, std::string>> got;
    for (const FeedbackLine& l : lines) got.push_back({l.kind, l.text});
    CHECK(got ==
          std::vector<std::pair<std::string, std::string>>{
              {"found", "Found: Claim “Refugees returned in large numbers”"},
              {"hint", "One more source to find in paragraph 1"},
              {"hint", "One more claim to find in paragraph 2"},
              {"hint", "One more actor to find in paragraph 3"},
              {"extra", "Not in the key: Claim “Balkhi denied the report”"},
              {"link_missed", "The claim “Refugees returned in large numbers” still needs its “according to” link"}});
    // A hint leads to its paragraph's start and selects nothing.
    CHECK(lines[2].span == Span{61, 61});
    CHECK(lines[2].select_id.empty());
    CHECK(lines[3].span == Span{109, 109});
    // No line says a word of a missed item.
    for (const FeedbackLine& l : lines)
        for (const char* secret : {"border", "United Nations", "Balkhi\u201D"})
            CHECK(l.text.find(secret) == std::string::npos);
    // Score says nothing line by line; Marks leaves the missed items and the link a count.
    CHECK(feedback_lines(r, st, RevealLevel::Score).empty());
    const std::vector<FeedbackLine> marks = feedback_lines(r, st, RevealLevel::Marks);
    REQUIRE(marks.size() == 3);
    CHECK(marks[2].text == "4 items of the key are still to find");
}

TEST_CASE("check_summary: the result in plain words, per type, naming no item", "[classroom][feedback]") {
    const Project key = class_key();
    const Project st = student_work();
    const CheckResult r = check_work(st, {key.annotations, key.relations});
    CHECK(
        check_summary(r, st.codebook) ==
        "You found 1 of the 2 claims, 0 of the 1 actor and 1 of the 2 sources the teacher marked. "
        "1 of your marks is not in the key. 1 of your marks has the right words but another type than the teacher's.");
    // Everything found, nothing extra: one sentence.
    const CheckResult all = check_work(key, {key.annotations, key.relations});
    CHECK(check_summary(all, key.codebook) ==
          "You found 2 of the 2 claims, 1 of the 1 actor and 2 of the 2 sources the teacher marked.");
    const CheckResult empty_key = check_work(st, {{}, {}});
    CHECK(check_summary(empty_key, st.codebook) ==
          "The teacher marked nothing to find. 4 of your marks are not in the key.");
}

TEST_CASE("count_items: found, missed, another type, not in the key", "[classroom][feedback]") {
    const Project key = class_key();
    const ItemCounts n = count_items(check_work(student_work(), {key.annotations, key.relations}));
    CHECK(n.found == 2);      // the first claim, Al Jazeera
    CHECK(n.wrong_type == 1); // the United Nations, marked as an actor
    CHECK(n.missed == 2);     // the second claim, Balkhi
    CHECK(n.extra == 1);      // "Balkhi denied the report"
}
