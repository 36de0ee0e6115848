// A file's problems in plain words (src/core/file/plain_problems.h), on the bad files of
// tests/data/bad-files: what the error dialog says before its "Technical details".
#include "core/file/plain_problems.h"
#include "model_fixture.h"
#include <catch2/catch_test_macros.hpp>

using namespace cs;

static std::vector<std::string> plain(const char* bad_file) {
    const LoadResult r =
        load_project(cs_test::read_file(std::string(CLAIMSCOPE_SOURCE_DIR) + "/tests/data/bad-files/" + bad_file));
    REQUIRE_FALSE(r.ok);
    return plain_problems(r.errors);
}

TEST_CASE("plain_problems: one sentence per kind of problem, with counts, in everyday words", "[file][plain]") {
    using V = std::vector<std::string>;
    CHECK(plain("syntax-missing-comma.json") ==
          V{"The file is damaged or cut short: its text stops making sense at line 6. Save it again from Claimscope, "
            "or ask for a new copy."});
    CHECK(plain("empty-file.json") == V{"The file is empty: it may not have finished downloading or copying."});
    CHECK(plain("not-claimscope.json") == V{"This is not a Claimscope file, or it was changed by another program."});
    CHECK(plain("deep-nesting.json") == V{"This is not a Claimscope file, or it was changed by another program."});
    CHECK(plain("newer-major.json") ==
          V{"It was made by a newer version of Claimscope. Reload this page to get the newest version."});
    // Two problems with annotations[0] count as one annotation: 4 annotations, not 5 problems.
    CHECK(plain("missing-fields.json").at(1) ==
          "4 annotations do not fit the article: a place, a quote or a field is wrong.");
    CHECK(plain("duplicate-ids.json") ==
          V{"1 annotation does not fit the article: a place, a quote or a field is wrong.",
            "1 link is broken: each must join two annotations in the file."});
    const V many = plain("many-errors.json");
    REQUIRE(many.size() >= 2);
    CHECK(many[0] == "The article in the file was changed after it was annotated, so the marks may no longer fit it.");
    CHECK(plain("bad-codebook.json") == V{"Its list of annotation types (the codebook) is damaged."});
    // No jargon reaches the plain lines: no JSON paths, no parser words.
    for (const char* f :
         {"syntax-unterminated-string.json", "wrong-types.json", "top-level-types.json", "span-empty.json"})
        for (const std::string& line : plain(f)) {
            INFO(f << ": " << line);
            CHECK(line.find("JSON") == std::string::npos);
            CHECK(line.find('[') == std::string::npos);
            CHECK(line.find("malformed") == std::string::npos);
        }
}

TEST_CASE("plain_problems: problems only counted ('… and N more') add to the kind before them", "[file][plain]") {
    std::vector<Problem> ps = {{"annotations[0].end", "must be ≤ 5", 0}, {"", "… and 40 more", 40}};
    CHECK(plain_problems(ps) ==
          std::vector<std::string>{"41 annotations do not fit the article: a place, a quote or a field is wrong."});
}
