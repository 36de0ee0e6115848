// Tests for the first-visit guide's steps (src/core/guide/guide_steps.h): a step is done only when
// the project shows it was done since the guide started.
#include <catch2/catch_test_macros.hpp>

#include "core/guide/guide_steps.h"
#include "model_fixture.h"

using namespace cs;
using cs_test::find_span;
using cs_test::sample_doc;
using cs_test::sample_project_base;

TEST_CASE("guide: each step is done only by doing it", "[guide]") {
    Editor ed(sample_project_base());
    const Document& d = *sample_doc();
    const GuideStart start = guide_start(ed.project(), 0);
    GuideStep step = guide_advance(GuideStep::Claim, ed.project(), start, 0);
    CHECK(step == GuideStep::Claim); // nothing done yet

    // An actor first does not pass the claim step; the claim then passes both.
    auto actor = ed.add_annotation("actor", find_span(d, "Abdul Qahar Balkhi"));
    REQUIRE(actor);
    CHECK(guide_advance(step, ed.project(), start, 0) == GuideStep::Claim);
    CHECK(guide_step_done(GuideStep::Actor, ed.project(), start, 0));
    auto claim = ed.add_annotation("claim", find_span(d, "the general amnesty stands for anyone"));
    REQUIRE(claim);
    step = guide_advance(step, ed.project(), start, 0);
    CHECK(step == GuideStep::Link);

    // A link the other way round (actor to claim) is not "said by"; a source is not an actor.
    auto source = ed.add_annotation("source", find_span(d, "Al Jazeera"));
    REQUIRE(source);
    REQUIRE(ed.add_relation("according_to", *claim, *source));
    CHECK(guide_advance(step, ed.project(), start, 0) == GuideStep::Link);
    REQUIRE(ed.add_relation("said_by", *claim, *actor));
    step = guide_advance(step, ed.project(), start, 0);
    CHECK(step == GuideStep::Save);

    // Saved once before the guide started: only a save since counts.
    const GuideStart started_after_a_save = guide_start(Project{}, 1);
    CHECK_FALSE(guide_step_done(GuideStep::Save, ed.project(), started_after_a_save, 1));
    CHECK(guide_advance(step, ed.project(), start, 1) == GuideStep::Done);
    CHECK(guide_step_done(GuideStep::Done, ed.project(), start, 0));
}

TEST_CASE("guide: work from before the guide started does not pass its steps", "[guide]") {
    const Project golden = cs_test::golden_sample_project(); // claims, actors, said-by links, all old
    const GuideStart start = guide_start(golden, 0);
    for (GuideStep st : {GuideStep::Claim, GuideStep::Actor, GuideStep::Link, GuideStep::Save})
        CHECK_FALSE(guide_step_done(st, golden, start, 0));
    CHECK(guide_advance(GuideStep::Claim, golden, start, 0) == GuideStep::Claim);
    // From an empty start the same project passes every step but saving.
    CHECK(guide_advance(GuideStep::Claim, golden, guide_start(Project{}, 0), 0) == GuideStep::Save);
}
