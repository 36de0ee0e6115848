// Agreement among students: Fleiss' kappa and Krippendorff's alpha checked against published
// worked examples, then over word tokens with hand-computed values.
#include "classroom_fixture.h"
#include "core/classroom/agreement.h"
#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

using namespace cs;
using namespace cs::test;
using Catch::Approx;

TEST_CASE("Fleiss' kappa: the worked example of Wikipedia's 'Fleiss' kappa' article", "[classroom][agreement]") {
    // Source: Wikipedia, "Fleiss' kappa", section "Worked example": 10 subjects, 14 raters,
    // 5 categories; P-bar = 0.378, P-bar_e = 0.213, kappa = 0.210 (Fleiss, J. L. (1971). Measuring
    // nominal scale agreement among many raters. Psychological Bulletin 76(5), 378–382 defines kappa).
    std::vector<std::vector<int>> counts = {
        {0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
        {7, 7, 0, 0, 0},  {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7},
    };
    auto k = fleiss_kappa(counts);
    REQUIRE(k);
    CHECK(*k == Approx(0.210).margin(0.0005));
    CHECK(*k == Approx(0.20993070442195522).epsilon(1e-12)); // exact value of those formulas
}

TEST_CASE("Fleiss' kappa: undefined and boundary cases", "[classroom][agreement]") {
    CHECK_FALSE(fleiss_kappa({}));
    CHECK_FALSE(fleiss_kappa({{2, 0}, {1, 0}})); // rows with different rater counts
    CHECK_FALSE(fleiss_kappa({{1, 0}, {1, 0}})); // one rater
    CHECK_FALSE(fleiss_kappa({{3, 0}, {3, 0}})); // everyone, everywhere, the same category: P_e = 1
    auto perfect = fleiss_kappa({{3, 0}, {0, 3}, {3, 0}});
    REQUIRE(perfect);
    CHECK(*perfect == 1.0);
}

TEST_CASE("Krippendorff's alpha: the nominal example of Krippendorff (2011)", "[classroom][agreement]") {
    // Source: Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School
    // for Communication, University of Pennsylvania (repository.upenn.edu/asc_papers/43), example
    // "C. Nominal data, any number of observers, missing data": 4 observers, 12 units,
    // alpha_nominal = 0.743.
    const int m = kMissingValue;
    std::vector<std::vector<int>> values = {
        {1, 2, 3, 3, 2, 1, 4, 1, 2, m, m, m}, // observer A
        {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, m, 3}, // observer B
        {m, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, m}, // observer C
        {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, m}, // observer D
    };
    auto a = krippendorff_alpha_nominal(values);
    REQUIRE(a);
    CHECK(*a == Approx(0.743).margin(0.0005));
    // By hand (the paper's coincidence matrix): n = 40 pairable values (n_1..n_5 = 9, 13, 10, 5, 3),
    // Σ_{c≠k} o_ck = 8, Σ_{c≠k} n_c n_k = 40² - 384 = 1216, alpha = 1 - 39 · 8 / 1216 = 113/152.
    CHECK(*a == Approx(113.0 / 152).epsilon(1e-12));
    // Unit 12 has a single value: not pairable, so dropping it changes nothing.
    for (auto& row : values) row.resize(11);
    CHECK(*krippendorff_alpha_nominal(values) == Approx(*a).epsilon(1e-12));
}

TEST_CASE("Krippendorff's alpha: undefined cases", "[classroom][agreement]") {
    CHECK_FALSE(krippendorff_alpha_nominal({}));
    CHECK_FALSE(krippendorff_alpha_nominal({{1, 2, 3}}));            // one coder: nothing pairable
    CHECK_FALSE(krippendorff_alpha_nominal({{0, 0, 0}, {0, 0, 0}})); // one value only
    CHECK(*krippendorff_alpha_nominal({{0, 1, 0}, {0, 1, 0}}) == 1.0);
}

TEST_CASE("agreement over word tokens, hand-computed", "[classroom][agreement]") {
    Project a = class_project(), b = class_project();
    auto tokens = word_tokens(*a.doc);
    REQUIRE(tokens.size() == 21);
    std::vector<std::string> types = {"claim", "actor", "source"};
    mark(a, "claim", "Refugees returned in large numbers"); // tokens 0-4
    mark(b, "claim", "Refugees returned in");               // tokens 0-2
    auto marks = token_type_marks(tokens, types, {&a.annotations, &b.annotations});
    REQUIRE(marks.size() == 2);
    CHECK(marks[0][4] == 1);
    CHECK(marks[1][4] == 0);
    Agreement ag = token_agreement(types, marks);
    CHECK(ag.raters == 2);
    CHECK(ag.units == 21);
    REQUIRE(ag.per_type.size() == 3);
    // claim: 3 tokens both marked, 2 tokens one marked, 16 tokens neither.
    // Fleiss: P-bar = 19/21, p = (8/42, 34/42), P_e = 1220/1764, kappa = (1596 - 1220) / (1764 - 1220) = 376/544.
    CHECK(*ag.per_type[0].kappa == Approx(376.0 / 544));
    // Alpha: n = 42 (8 marked, 34 not), disagreement 2 + 2 = 4, alpha = 1 - 41·4 / (2·8·34) = 380/544.
    CHECK(*ag.per_type[0].alpha == Approx(380.0 / 544));
    // Nobody marked actors or sources: agreement is undefined, not "perfect".
    CHECK_FALSE(ag.per_type[1].kappa);
    CHECK_FALSE(ag.per_type[2].alpha);
    // With one type in use, the all-types categories are "none" and "claim": the same numbers.
    CHECK(*ag.kappa_all == Approx(376.0 / 544));
    CHECK(*ag.alpha_all == Approx(380.0 / 544));

    // Add a source that B marks as an actor: per type the claim numbers stay, all-types drops.
    mark(a, "source", "the United Nations");
    mark(b, "actor", "the United Nations");
    marks = token_type_marks(tokens, types, {&a.annotations, &b.annotations});
    ag = token_agreement(types, marks);
    CHECK(*ag.per_type[0].kappa == Approx(376.0 / 544));
    // All types: categories none/claim/source/actor; 3 tokens both claim, 2 split claim/none,
    // 3 split source/actor, 13 both none. n_none = 28, n_claim = 8, n_source = 3, n_actor = 3.
    // Alpha: disagreement (2 + 3) · 2 = 10; Σ n_c n_k (c≠k) = 42² - (28² + 8² + 3² + 3²) = 898.
    CHECK(*ag.alpha_all == Approx(1.0 - 41.0 * 10 / 898));
}

TEST_CASE("agreement needs two raters", "[classroom][agreement]") {
    Project a = class_project();
    mark(a, "claim", "Balkhi");
    auto tokens = word_tokens(*a.doc);
    Agreement ag = token_agreement({"claim"}, token_type_marks(tokens, {"claim"}, {&a.annotations}));
    REQUIRE(ag.per_type.size() == 1);
    CHECK_FALSE(ag.per_type[0].kappa);
    CHECK_FALSE(ag.kappa_all);
}

TEST_CASE("agreement in words: the bands, and one sentence over the types", "[classroom][agreement]") {
    CHECK(agreement_words(0.85) == "agree almost fully");
    CHECK(agreement_words(0.8) == "agree almost fully");
    CHECK(agreement_words(0.7) == "mostly agree");
    CHECK(agreement_words(0.4) == "partly agree");
    CHECK(agreement_words(0.21) == "agree a little");
    CHECK(agreement_words(0.0) == "hardly agree");
    CHECK(agreement_words(-0.3) == "disagree more than chance would");
    CHECK(agreement_words(std::nullopt) == "cannot be said");
    Agreement a;
    a.per_type = {{"claim", 0.5, 0.72}, {"actor", std::nullopt, std::nullopt}, {"source", 0.1, std::nullopt}};
    CHECK(agreement_sentence(a, {"Claim", "Actor", "Source"}) ==
          "Students mostly agree on claims; they hardly agree on sources.");
    CHECK(agreement_sentence(Agreement{}, {}).empty());
}
