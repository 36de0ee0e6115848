// Check my work: matching rules of docs/CLASSROOM.md with hand-computed expectations.
// Article tokens (fixture): Refugees(0) returned in large numbers(4) the(5) United Nations said(8)
// Al(9) Jazeera reported that the(13) border was closed(16) Balkhi(17) denied the report(20).
// Key: claim 0-4, source 5-7 "the United Nations", source 9-10 "Al Jazeera", claim 13-16, actor 17;
// relations claim 0-4 according_to UN, claim 13-16 according_to Al Jazeera.
#include "classroom_fixture.h"
#include "core/classroom/scoring.h"
#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

using namespace cs;
using namespace cs::test;
using Catch::Approx;

static ExerciseKey key_of(const Project& t) { return {t.annotations, t.relations}; }
static const Score& type_score(const CheckResult& r, const std::string& type) {
    for (const auto& ts : r.per_type)
        if (ts.type == type) return ts.score;
    FAIL("no score for type " << type);
    return r.overall;
}
static const ItemResult& item_for_key(const CheckResult& r, int k) {
    for (const auto& it : r.items)
        if (it.key_index == k) return it;
    FAIL("no item for key " << k);
    return r.items[0];
}
static size_t count(const CheckResult& r, ItemStatus s) {
    size_t n = 0;
    for (const auto& it : r.items) n += it.status == s;
    return n;
}

TEST_CASE("token_range and token_overlap", "[classroom][scoring]") {
    Project p = class_project();
    auto tokens = word_tokens(*p.doc);
    REQUIRE(tokens.size() == 21);
    TokenRange a = token_range(tokens, phrase(p, "Refugees returned in large numbers"));
    CHECK(a == TokenRange{0, 5});
    // A selection stopping inside a word counts the whole word; punctuation and spaces add nothing.
    CHECK(token_range(tokens, phrase(p, "efugees returned in large numbers, ")) == TokenRange{0, 5});
    TokenRange b = token_range(tokens, phrase(p, "returned in large"));
    CHECK(b == TokenRange{1, 4});
    CHECK(token_overlap(a, {}, b, {}) == Approx(3.0 / 5));
    // Only punctuation: no tokens; equal spans overlap fully, different ones not at all.
    Span comma = phrase(p, ",");
    TokenRange none = token_range(tokens, comma);
    CHECK(none.size() == 0);
    CHECK(token_overlap(none, comma, none, comma) == 1.0);
    CHECK(token_overlap(none, comma, none, phrase(p, ".")) == 0.0);
    CHECK(token_overlap(none, comma, a, {}) == 0.0);
}

TEST_CASE("empty submission: everything missed, all scores 0", "[classroom][scoring]") {
    Project key = class_key();
    Project st = class_project();
    CheckResult r = check_work(st, key_of(key));
    CHECK(count(r, ItemStatus::Missed) == 5);
    CHECK(r.items.size() == 5);
    CHECK(r.overall.key == 7);
    CHECK(r.overall.marked == 0);
    CHECK(r.overall.precision == 0);
    CHECK(r.overall.recall == 0);
    CHECK(r.overall.f1 == 0);
    CHECK(r.percent == 0);
    CHECK(r.relations.size() == 2);
    CHECK(r.relations[0].status == RelationStatus::Missed);
    CHECK(r.relations[0].message == "Missing link: the claim “Refugees returned in large numbers” according to United "
                                    "Nations (mark the claim first)");
    // Without the key, nothing is revealed: only a count, or where to look.
    CHECK(feedback_lines(r, st, RevealLevel::Score).empty());
    auto hidden = feedback_lines(r, st, RevealLevel::Marks);
    REQUIRE(hidden.size() == 1);
    CHECK(hidden[0].text == "7 items of the key are still to find");
    auto hints = feedback_lines(r, st, RevealLevel::Hints);
    REQUIRE(hints.size() == 6); // the 5 items, then the 2 links (their claims are not marked yet)
    CHECK(hints[0].kind == "hint");
    CHECK(hints[0].text == "One more claim to find in paragraph 1");
    CHECK(hints[0].span == Span{0, 0});
    CHECK(hints[5].text == "2 items of the key are still to find");
    auto shown = feedback_lines(r, st, RevealLevel::Key);
    CHECK(shown.size() == 7);
    CHECK(shown[0].text == "Missed: Claim “Refugees returned in large numbers”");
}

TEST_CASE("perfect submission", "[classroom][scoring]") {
    Project key = class_key();
    Project st = class_project();
    std::string c1 = mark(st, "claim", "Refugees returned in large numbers");
    std::string un = mark(st, "source", "the United Nations", "UN");
    std::string aj = mark(st, "source", "Al Jazeera");
    std::string c2 = mark(st, "claim", "the border was closed");
    mark(st, "actor", "Balkhi");
    link(st, "according_to", c1, un);
    link(st, "according_to", c2, aj);
    CheckResult r = check_work(st, key_of(key));
    CHECK(count(r, ItemStatus::Found) == 5);
    for (const auto& it : r.items) CHECK(it.credit == 1.0);
    CHECK(r.relations[0].status == RelationStatus::Found);
    CHECK(r.relations[1].status == RelationStatus::Found);
    CHECK(r.overall.precision == 1.0);
    CHECK(r.overall.recall == 1.0);
    CHECK(r.overall.f1 == 1.0);
    CHECK(r.percent == 100);
    REQUIRE(r.per_type.size() == 3); // codebook order
    CHECK(r.per_type[0].type == "claim");
    CHECK(r.per_type[1].type == "actor");
    CHECK(r.per_type[2].type == "source");
}

TEST_CASE("partial overlaps, near-exact boundaries and extras", "[classroom][scoring]") {
    Project key = class_key();
    Project st = class_project();
    mark(st, "claim", "Refugees returned in large"); // 4 of 5 tokens: credit 0.8
    mark(st, "source", "United Nations said");       // {6,7,8} vs {5,6,7}: 2/4 = 0.5, just enough
    mark(st, "source", "Al Jazeera rep", "", "b");   // stops inside "reported": {9,10,11} vs {9,10}: 2/3
    mark(st, "claim", "was closed. Balkhi");         // {15,16,17} vs {13..16}: 2/5 = 0.4 -> extra
    CheckResult r = check_work(st, key_of(key));
    const auto& k = key.annotations; // k[0] claim1, k[1] UN, k[2] AJ, k[3] claim2, k[4] actor
    CHECK(item_for_key(r, 0).status == ItemStatus::Found);
    CHECK(item_for_key(r, 0).credit == Approx(0.8));
    CHECK(
        item_for_key(r, 0).message ==
        "Found: Claim “Refugees returned in large” (80 % credit: the key marks “Refugees returned in large numbers”)");
    CHECK(item_for_key(r, 0).hint ==
          "Found: Claim “Refugees returned in large” (80 % credit: the boundaries differ from the key)");
    CHECK(item_for_key(r, 1).credit == Approx(0.5));
    CHECK(item_for_key(r, 2).credit == Approx(2.0 / 3));
    CHECK(item_for_key(r, 3).status == ItemStatus::Missed);
    CHECK(item_for_key(r, 4).status == ItemStatus::Missed);
    CHECK(count(r, ItemStatus::Extra) == 1);
    CHECK(k[0].exact == "Refugees returned in large numbers");

    const Score& claim = type_score(r, "claim");
    CHECK(claim.key == 2);
    CHECK(claim.marked == 2);
    CHECK(claim.precision == Approx(0.4));
    CHECK(claim.recall == Approx(0.4));
    CHECK(claim.f1 == Approx(0.4));
    const Score& source = type_score(r, "source"); // credit 0.5 + 2/3 = 7/6 over 2 and 2
    CHECK(source.precision == Approx(7.0 / 12));
    CHECK(source.recall == Approx(7.0 / 12));
    const Score& actor = type_score(r, "actor");
    CHECK(actor.precision == 0); // nothing marked but something to find
    CHECK(actor.recall == 0);
    CHECK(r.relation_score.key == 2);
    CHECK(r.relation_score.marked == 0);
    // Overall: credit 0.8 + 0.5 + 2/3 = 59/30 over 4 marks and 7 key items.
    double P = (59.0 / 30) / 4, R = (59.0 / 30) / 7;
    CHECK(r.overall.precision == Approx(P));
    CHECK(r.overall.recall == Approx(R));
    CHECK(r.overall.f1 == Approx(2 * P * R / (P + R)));
    CHECK(r.percent == 36); // 2PR/(P+R) = 0.3576
}

TEST_CASE("exact boundaries up to punctuation and spaces earn full credit", "[classroom][scoring]") {
    Project key = class_key();
    Project st = class_project();
    mark(st, "claim", "Refugees returned in large numbers, ");
    mark(st, "claim", " the border was closed.");
    CheckResult r = check_work(st, key_of(key));
    CHECK(item_for_key(r, 0).credit == 1.0);
    CHECK(item_for_key(r, 3).credit == 1.0);
    CHECK(type_score(r, "claim").f1 == 1.0);
}

TEST_CASE("wrong types; the same type wins over a better wrong-type overlap", "[classroom][scoring]") {
    Project key = class_key();
    Project st = class_project();
    mark(st, "actor", "the United Nations");
    mark(st, "source", "Balkhi");
    mark(st, "actor", "Al Jazeera");
    mark(st, "source", "Jazeera"); // overlap 1/2 but the right type: this one is matched
    CheckResult r = check_work(st, key_of(key));
    const ItemResult& un = item_for_key(r, 1);
    CHECK(un.status == ItemStatus::WrongType);
    CHECK(un.message == "Wrong type: you marked “the United Nations” as Actor; the key marks it as Source");
    CHECK(un.hint == "Check the type of “the United Nations”");
    CHECK(item_for_key(r, 4).status == ItemStatus::WrongType);
    const ItemResult& aj = item_for_key(r, 2);
    CHECK(aj.status == ItemStatus::Found);
    CHECK(aj.credit == Approx(0.5));
    CHECK(st.annotations[aj.student_index].exact == "Jazeera");
    CHECK(count(r, ItemStatus::Extra) == 1); // the actor "Al Jazeera"
    const Score& source = type_score(r, "source");
    CHECK(source.marked == 2);
    CHECK(source.credit == Approx(0.5));
    CHECK(source.precision == Approx(0.25));
    CHECK(source.recall == Approx(0.25));
    const Score& actor = type_score(r, "actor");
    CHECK(actor.marked == 2);
    CHECK(actor.credit == 0);
    CHECK(actor.f1 == 0);
}

TEST_CASE("relation mistakes are explained with the entity names", "[classroom][scoring]") {
    Project key = class_key();
    Project st = class_project();
    std::string c1 = mark(st, "claim", "Refugees returned in large numbers");
    mark(st, "source", "the United Nations", "United Nations");
    std::string aj = mark(st, "source", "Al Jazeera", "Al Jazeera");
    std::string c2 = mark(st, "claim", "the border was closed");
    std::string ba = mark(st, "actor", "Balkhi", "Balkhi");
    link(st, "according_to", c1, aj); // wrong: the key says the United Nations
    link(st, "according_to", c2, aj); // right
    link(st, "said_by", c2, ba);      // not in the key
    CheckResult r = check_work(st, key_of(key));
    REQUIRE(r.relations.size() == 3);
    CHECK(r.relations[0].status == RelationStatus::WrongTarget);
    CHECK(r.relations[0].message == "You linked this claim (“Refugees returned in large numbers”) to Al Jazeera; the "
                                    "key links it to United Nations");
    CHECK(r.relations[0].hint == "Check the “according to” link of the claim “Refugees returned in large numbers”");
    CHECK(r.relations[1].status == RelationStatus::Found);
    CHECK(r.relations[2].status == RelationStatus::Extra);
    CHECK(r.relations[2].message == "Not in the key: link “the border was closed” said by Balkhi");
    CHECK(r.relation_score.key == 2);
    CHECK(r.relation_score.marked == 3);
    CHECK(r.relation_score.precision == Approx(1.0 / 3));
    CHECK(r.relation_score.recall == Approx(0.5));
    CHECK(r.relation_score.f1 == Approx(0.4));
    // Overall: 5 found items + 1 relation = 6 over 8 marks and 7 key items.
    CHECK(r.overall.precision == Approx(6.0 / 8));
    CHECK(r.overall.recall == Approx(6.0 / 7));
}

TEST_CASE("a relation whose end is only a wrong-type match does not count", "[classroom][scoring]") {
    Project key = class_key();
    Project st = class_project();
    std::string c1 = mark(st, "claim", "Refugees returned in large numbers");
    std::string un = mark(st, "actor", "the United Nations");
    link(st, "said_by", c1, un);
    CheckResult r = check_work(st, key_of(key));
    CHECK(r.relations[0].status == RelationStatus::Missed);
    CHECK(r.relations[0].message ==
          "Missing link: the claim “Refugees returned in large numbers” according to United Nations");
    CHECK(r.relations[0].hint == "The claim “Refugees returned in large numbers” still needs its “according to” link");
    CHECK(r.relation_score.credit == 0);
}

TEST_CASE("duplicates: two marks on one key item count once", "[classroom][scoring]") {
    Project key = class_key();
    Project st = class_project();
    mark(st, "claim", "returned in large numbers");          // 4/5
    mark(st, "claim", "Refugees returned in large numbers"); // 5/5: the better one is matched
    CheckResult r = check_work(st, key_of(key));
    const ItemResult& k0 = item_for_key(r, 0);
    CHECK(k0.status == ItemStatus::Found);
    CHECK(k0.credit == 1.0);
    CHECK(st.annotations[k0.student_index].exact == "Refugees returned in large numbers");
    REQUIRE(count(r, ItemStatus::Extra) == 1);
    for (const auto& it : r.items)
        if (it.status == ItemStatus::Extra) {
            CHECK(it.duplicate);
            CHECK(it.message == "Marked twice: Claim “returned in large numbers” (only one mark counts)");
        }
    const Score& claim = type_score(r, "claim");
    CHECK(claim.precision == Approx(0.5));
    CHECK(claim.recall == Approx(0.5));
}

TEST_CASE("ties are broken by text order, whatever the ids", "[classroom][scoring]") {
    Project key = class_key();
    for (const char* first_id : {"z", "a"}) {
        Project st = class_project();
        mark(st, "claim", "border was closed", "", first_id); // {14,15,16} vs {13..16}: 3/4
        mark(st, "claim", "the border was", "", "m");         // {13,14,15}: 3/4 too, earlier in the text
        CheckResult r = check_work(st, key_of(key));
        const ItemResult& k3 = item_for_key(r, 3);
        CHECK(k3.credit == Approx(0.75));
        CHECK(st.annotations[k3.student_index].exact == "the border was");
        CHECK(count(r, ItemStatus::Extra) == 1);
    }
}
