// Tests for Codebook::find_type_by_shortcut (src/core/model/codebook.h): the key that tags the
// selection with a type (the article view asks it for every letter and digit pressed).
#include <catch2/catch_test_macros.hpp>

#include "core/model/codebook.h"

using namespace cs;

namespace {
AnnotationType type_with(const std::string& id, const std::string& shortcut) {
    AnnotationType t;
    t.id = id;
    t.label = id;
    t.shortcut = shortcut;
    return t;
}
} // namespace

TEST_CASE("shortcuts: case-insensitive both ways", "[codebook][shortcuts]") {
    Codebook cb = default_codebook(); // C claim, A actor, S source
    REQUIRE(cb.find_type_by_shortcut('c'));
    CHECK(cb.find_type_by_shortcut('c')->id == "claim");
    CHECK(cb.find_type_by_shortcut('C')->id == "claim");
    CHECK(cb.find_type_by_shortcut('A')->id == "actor");
    CHECK(cb.find_type_by_shortcut('s')->id == "source");
    cb.types.push_back(type_with("evidence", "e")); // written in lower case in the file
    REQUIRE(cb.find_type_by_shortcut('E'));
    CHECK(cb.find_type_by_shortcut('E')->id == "evidence");
}

TEST_CASE("shortcuts: no match", "[codebook][shortcuts]") {
    Codebook cb = default_codebook();
    CHECK_FALSE(cb.find_type_by_shortcut('x'));
    CHECK_FALSE(cb.find_type_by_shortcut('1'));
    CHECK_FALSE(cb.find_type_by_shortcut(' '));
    CHECK_FALSE(cb.find_type_by_shortcut('\0'));
    // A type without a shortcut, or with a longer one (which check_codebook refuses), has no key.
    cb.types.push_back(type_with("none", ""));
    cb.types.push_back(type_with("long", "Ev"));
    CHECK_FALSE(cb.find_type_by_shortcut('e'));
    CHECK(Codebook{}.find_type_by_shortcut('c') == nullptr);
}

TEST_CASE("shortcuts: digits work like letters", "[codebook][shortcuts]") {
    Codebook cb = default_codebook();
    cb.types.push_back(type_with("quote", "1"));
    REQUIRE(cb.find_type_by_shortcut('1'));
    CHECK(cb.find_type_by_shortcut('1')->id == "quote");
}

// check_codebook refuses two types with one key; a codebook that has them anyway (built in code,
// or an older file) tags with the first in codebook order, once.
TEST_CASE("shortcuts: a duplicate key finds the first type that has it", "[codebook][shortcuts]") {
    Codebook cb = default_codebook();
    cb.types.push_back(type_with("comment", "c"));
    REQUIRE(cb.find_type_by_shortcut('c'));
    CHECK(cb.find_type_by_shortcut('c')->id == "claim");
    std::swap(cb.types[0], cb.types[3]);
    CHECK(cb.find_type_by_shortcut('C')->id == "comment");
}
