// Media-literacy figures (shared by `claimscope stats` and the HTML report).
#include "core/model/stats.h"
#include "formats_fixture.h"

using namespace cs;

TEST_CASE("stats of the fixture", "[stats]") {
    Project p = fixture::project();
    const Stats s = compute_stats(p);
    CHECK(s.annotations == 7);
    CHECK(s.relations == 4);
    REQUIRE(s.per_type.size() == 3);
    CHECK(s.per_type[0].name == "Claim");
    CHECK(s.per_type[0].count == 4);
    CHECK(s.per_type[1].count == 1);
    CHECK(s.per_type[2].count == 2);
    CHECK(s.claims == 4);
    CHECK(s.claims_with_source == 2);
    CHECK(s.claims_with_actor == 2);
    CHECK(s.sources_named == 1);
    CHECK(s.sources_anonymous == 1);
    CHECK(s.sources_unspecified == 0);
    REQUIRE(s.claims_per_actor.size() == 1);
    CHECK(s.claims_per_actor[0].name == "Abdul Qahar Balkhi");
    CHECK(s.claims_per_actor[0].count == 2);
    REQUIRE(s.top_sources.size() == 2);
    CHECK(s.top_sources[0].name == "United Nations"); // ties: alphabetical (byte order)
    CHECK(s.top_sources[1].name == "unnamed official");
    CHECK(share_text(2, 4) == "2 of 4 (50%)");
    CHECK(share_text(2, 3) == "2 of 3 (67%)");
    CHECK(share_text(0, 0) == "0 of 0");
}

TEST_CASE("stats group mentions by entity and count a claim once per actor", "[stats]") {
    Project p = fixture::project();
    Annotation second = fixture::ann(p, "a-actor2", "actor", "An official", {}, "Abdul Qahar Balkhi");
    p.annotations.push_back(second);
    sort_annotations(p.annotations);
    p.relations.push_back({"r-5", "said_by", "a-claim1", "a-actor2", nlohmann::json::object()}); // same entity again
    p.relations.push_back({"r-6", "said_by", "a-claim4", "a-actor2", nlohmann::json::object()});
    sort_relations(p.relations);
    const Stats s = compute_stats(p);
    REQUIRE(s.top_actors.size() == 1);
    CHECK(s.top_actors[0].count == 2); // two mentions, one entity
    REQUIRE(s.claims_per_actor.size() == 1);
    CHECK(s.claims_per_actor[0].count == 3); // claim1 (twice linked, counted once), claim3, claim4
    CHECK(s.claims_with_actor == 3);
}

TEST_CASE("stats as JSON and text", "[stats]") {
    const Stats s = compute_stats(fixture::project());
    const auto j = stats_to_json(s);
    CHECK(j["claims_with_source"] == 2);
    CHECK(j["sources"] == nlohmann::ordered_json{{"named", 1}, {"anonymous", 1}, {"unspecified", 0}});
    CHECK(j["claims_per_actor"][0]["name"] == "Abdul Qahar Balkhi");
    const std::string t = stats_to_text(s);
    CHECK(t.find("Claims with a source: 2 of 4 (50%)\n") != std::string::npos);
    CHECK(t.find("Source mentions: 1 named, 1 anonymous/unclear, 0 kind not set\n") != std::string::npos);
    CHECK(t.find("Claims per actor:\n  2  Abdul Qahar Balkhi\n") != std::string::npos);
    const Stats empty = compute_stats(Project{});
    CHECK(empty.claims == 0);
    CHECK(stats_to_text(empty).find("Claims with a source: 0 of 0\n") != std::string::npos);
}

TEST_CASE("entity suggestions: names of the type containing what is typed, any case, not the typed name itself") {
    Project p = fixture::project();
    p.annotations[0].entity = "Abdul Qahar Balkhi";
    Annotation extra = p.annotations[0];
    extra.id = "a-actor2";
    extra.entity = "Łukasz Żak";
    p.annotations.push_back(extra);
    using V = std::vector<std::string>;
    CHECK(entity_suggestions(p, "actor", "abd") == V{"Abdul Qahar Balkhi"});
    CHECK(entity_suggestions(p, "actor", "ŁUK") == V{"Łukasz Żak"}); // folded beyond ASCII
    CHECK(entity_suggestions(p, "actor", "") == V{"Abdul Qahar Balkhi", "Łukasz Żak"});
    CHECK(entity_suggestions(p, "actor", "Abdul Qahar Balkhi").empty()); // already the entity
    CHECK(entity_suggestions(p, "source", "abd").empty());               // another type's names
    CHECK(entity_suggestions(p, "source", "nations") == V{"United Nations"});
}
