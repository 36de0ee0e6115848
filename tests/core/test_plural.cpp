// Tests for src/core/text/plural.h: counts in messages ("1 link", not "1 links").
#include <catch2/catch_test_macros.hpp>

#include "core/text/plural.h"

using namespace cs;

TEST_CASE("count_noun: singular for exactly one, plural otherwise", "[plural]") {
    CHECK(count_noun(0, "link") == "0 links");
    CHECK(count_noun(1, "link") == "1 link");
    CHECK(count_noun(2, "link") == "2 links");
    CHECK(count_noun(11, "annotation") == "11 annotations");
    CHECK(count_noun(1, "entity", "entities") == "1 entity");
    CHECK(count_noun(3, "entity", "entities") == "3 entities");
    CHECK(count_noun(10000, "annotation") == "10000 annotations");
}
