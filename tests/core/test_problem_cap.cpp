// A file with a hundred thousand bad items keeps the first 100 problems and counts the rest in a
// last "… and N more": the list, and the memory behind it, stay bounded whatever the file holds.
// The Claimscope file, doccano and brat readers share the mechanism (add_problem, file_format.h).
#include "core/formats/brat.h"
#include "core/formats/doccano.h"
#include "formats_fixture.h"

using namespace cs;

namespace {

constexpr size_t kBadItems = 100000;

void check_capped(const std::vector<Problem>& errors, const std::string& first) {
    REQUIRE(errors.size() == 101);
    CHECK(errors.front().to_string() == first);
    CHECK(errors.back().to_string() == "… and 99900 more");
}

} // namespace

TEST_CASE("Claimscope file: 100,000 bad annotations give 100 problems and a count of the rest", "[problems][file]") {
    Project p = fixture::project();
    p.annotations.clear();
    p.relations.clear();
    std::string text = save_project(p), list;
    for (size_t i = 0; i < kBadItems; ++i)
        list += (i ? "," : "") + std::string(R"({"id": "a-)") + std::to_string(i) +
                R"(", "type": "opinion", "start": 0, "end": 1, "quote": {"exact": "A"}})";
    const size_t at = text.find("\"annotations\": []");
    REQUIRE(at != std::string::npos);
    text.insert(at + 16, list); // inside the brackets
    const LoadResult r = load_project(text);
    CHECK_FALSE(r.ok);
    check_capped(r.errors, "annotations[0].type: unknown type \"opinion\"; the codebook has claim, actor, source");
    CHECK(r.errors[99].path == "annotations[99].type");
}

TEST_CASE("doccano: 100,000 bad entities give 100 problems and a count of the rest", "[problems][doccano]") {
    std::string line = R"({"text": "Abc", "entities": [)";
    for (size_t i = 0; i < kBadItems; ++i) line += i ? ", 7" : "7";
    line += "]}\n";
    const ImportResult r = import_doccano(line, nullptr, default_codebook());
    CHECK_FALSE(r.ok);
    check_capped(r.errors, "line 1: entities[0]: expected an object with id, label, start_offset, end_offset");
}

TEST_CASE("brat: 100,000 bad lines give 100 problems and a count of the rest", "[problems][brat]") {
    std::string ann;
    for (size_t i = 0; i < kBadItems; ++i) ann += "T" + std::to_string(i + 1) + "\tClaim 5 2\tx\n";
    const ImportResult r = import_brat(ann, make_shared_document("Abcdefgh"), default_codebook());
    CHECK_FALSE(r.ok);
    check_capped(r.errors, "line 1: fragment 5 2 is empty or ends before it starts");
    CHECK(r.errors[99].to_string() == "line 100: fragment 5 2 is empty or ends before it starts");
}

TEST_CASE("add_problem: the first 100 are kept, the rest only counted, summaries merge", "[problems]") {
    std::vector<Problem> list;
    for (int i = 0; i < 150; ++i) add_problem(list, {"p" + std::to_string(i), "bad"});
    REQUIRE(list.size() == 101);
    CHECK(list[99].to_string() == "p99: bad");
    CHECK(list[100].to_string() == "… and 50 more");
    CHECK(problem_count(list) == 150);
    std::vector<Problem> other;
    add_problem(other, {"q", "bad"});
    for (const Problem& p : list) add_problem(other, p); // one more kept pushes one into the count
    REQUIRE(other.size() == 101);
    CHECK(other[100].to_string() == "… and 51 more");
    CHECK(problem_count(other) == 151);
}
