// Tests for src/core/model/editor.h: every command, its validation, undo/redo (including compound
// deletes), id uniqueness, timestamps, and a seeded property test: random edit sequences, then
// undo-all gives the initial state and redo-all the final one.
#include "model_fixture.h"

#include <random>
#include <regex>

using namespace cs;
using cs_test::counter_ids;
using cs_test::find_span;
using cs_test::minute_clock;
using cs_test::sample_doc;
using cs_test::sample_project_base;

namespace {

// What undo must restore (Project::modified is "last changed at", which undo also changes).
struct Snapshot {
    std::vector<Annotation> anns;
    std::vector<Relation> rels;
    Codebook cb;
    bool operator==(const Snapshot& o) const { return anns == o.anns && rels == o.rels && cb == o.cb; }
};
Snapshot snap(const Editor& ed) { return {ed.project().annotations, ed.project().relations, ed.project().codebook}; }

bool sorted(const std::vector<Annotation>& v) {
    for (size_t i = 1; i < v.size(); i++) {
        const Annotation &a = v[i - 1], &b = v[i];
        if (std::tie(a.span.start, a.span.end, a.id) >= std::tie(b.span.start, b.span.end, b.id)) return false;
    }
    return true;
}

} // namespace

TEST_CASE("add_annotation fills id, quote, defaults, author and times", "[editor]") {
    Editor ed(sample_project_base(), minute_clock(), counter_ids());
    const Document& d = *sample_doc();
    auto id = ed.add_annotation("claim", find_span(d, "over 450,000 Afghans"));
    REQUIRE(id);
    CHECK(*id == "a-1");
    const Annotation* a = ed.project().find("a-1");
    REQUIRE(a);
    CHECK(a->type == "claim");
    CHECK(a->exact == "over 450,000 Afghans");
    CHECK(a->prefix == "d to the forced repatriation of "); // 32 code points
    CHECK(a->suffix == ", according to the United Nation");
    CHECK(a->attributes == nlohmann::json{{"status", "unverified"}, {"check_worthy", false}});
    CHECK(a->author == "Amina Yusuf (Klasse 9b)");
    CHECK(a->created == "2026-01-15T09:00:00Z");
    CHECK(a->modified == "2026-01-15T09:00:00Z");
    CHECK(a->anchor == AnchorStatus::Exact);
    CHECK(ed.project().modified == "2026-01-15T09:01:00Z");
    CHECK(ed.revision() == 1);
    REQUIRE(ed.undo_label());
    CHECK(*ed.undo_label() == "Add Claim");

    // Quote context is clipped at the start of the text.
    auto first = ed.add_annotation("source", Span{0, 5});
    REQUIRE(first);
    CHECK(ed.project().find(*first)->prefix == "");
    CHECK(ed.project().find(*first)->exact == " date");
    CHECK(ed.project().find(*first)->attributes == nlohmann::json::object()); // actor/source kind: no default
}

TEST_CASE("find and index_of: by id, nothing for an unknown or empty id", "[editor]") {
    Editor ed(sample_project_base(), minute_clock(), counter_ids());
    const Document& d = *sample_doc();
    REQUIRE(ed.add_annotation("claim", find_span(d, "over 450,000 Afghans")));
    REQUIRE(ed.add_annotation("source", Span{0, 5})); // sorted before a-1 by position
    const Project& p = ed.project();
    CHECK(p.index_of("a-2") == 0);
    CHECK(p.index_of("a-1") == 1);
    CHECK(p.find("a-1") == &p.annotations[1]);
    CHECK(p.index_of("a-3") == -1);
    CHECK(p.find("a-3") == nullptr);
    CHECK(p.index_of("") == -1); // "nothing selected"
    CHECK(p.find("") == nullptr);
}

TEST_CASE("invalid commands change nothing", "[editor]") {
    Editor ed(sample_project_base(), minute_clock(), counter_ids());
    size_t n = sample_doc()->size();
    CHECK_FALSE(ed.add_annotation("opinion", Span{0, 5}));
    CHECK_FALSE(ed.add_annotation("claim", Span{5, 5}));
    CHECK_FALSE(ed.add_annotation("claim", Span{6, 5}));
    CHECK_FALSE(ed.add_annotation("claim", Span{0, (uint32_t)n + 1}));
    CHECK(ed.add_annotation("claim", Span{(uint32_t)n - 1, (uint32_t)n})); // the last character is fine
    CHECK(ed.revision() == 1);
    CHECK_FALSE(ed.delete_annotation("a-404"));
    CHECK_FALSE(ed.set_type("a-1", "opinion"));
    CHECK_FALSE(ed.set_span("a-1", Span{3, 3}));
    CHECK_FALSE(ed.set_attribute("a-1", "status", "wrong"));     // not an option
    CHECK_FALSE(ed.set_attribute("a-1", "status", true));        // not a string
    CHECK_FALSE(ed.set_attribute("a-1", "check_worthy", "yes")); // not a bool
    CHECK_FALSE(ed.set_attribute("a-1", "colour", "red"));       // no such attribute
    CHECK_FALSE(ed.set_entity("a-1", "Someone"));                // claims have no entity
    CHECK_FALSE(ed.add_relation("said_by", "a-1", "a-1"));
    CHECK_FALSE(ed.delete_relation("r-1"));
    CHECK(ed.revision() == 1);
    CHECK(ed.project().annotations.size() == 1);

    Editor empty; // no document yet
    CHECK_FALSE(empty.add_annotation("claim", Span{0, 1}));
    CHECK_FALSE(empty.undo());
    CHECK_FALSE(empty.redo());
    CHECK_FALSE(empty.undo_label());
}

TEST_CASE("edits record modified time; no-op edits record nothing", "[editor]") {
    Editor ed(sample_project_base(), minute_clock(), counter_ids());
    auto id = *ed.add_annotation("claim", find_span(*sample_doc(), "we declared a general amnesty"));
    REQUIRE(ed.set_note(id, "Was ist mit den Gefangenen? ✔"));
    CHECK(ed.project().find(id)->note == "Was ist mit den Gefangenen? ✔");
    CHECK(ed.project().find(id)->created == "2026-01-15T09:00:00Z");
    CHECK(ed.project().find(id)->modified == "2026-01-15T09:02:00Z");
    uint64_t rev = ed.revision();
    CHECK(ed.set_note(id, "Was ist mit den Gefangenen? ✔")); // same value: fine, but no command
    CHECK(ed.set_attribute(id, "status", "unverified"));
    CHECK(ed.revision() == rev);
    CHECK(*ed.undo_label() == "Edit note");

    // Notes are data: invalid UTF-8 is repaired, not stored raw.
    REQUIRE(ed.set_note(id, std::string("bad \xC3 byte")));
    CHECK(ed.project().find(id)->note == "bad \xEF\xBF\xBD byte");

    // null removes an attribute; undo brings it back.
    REQUIRE(ed.set_attribute(id, "check_worthy", nullptr));
    CHECK_FALSE(ed.project().find(id)->attributes.contains("check_worthy"));
    REQUIRE(ed.undo());
    CHECK(ed.project().find(id)->attributes["check_worthy"] == false);
}

TEST_CASE("set_span refreshes the quote, re-anchors, keeps order", "[editor]") {
    Editor ed(sample_project_base(), minute_clock(), counter_ids());
    const Document& d = *sample_doc();
    auto late = *ed.add_annotation("actor", find_span(d, "Torkham"));
    auto early = *ed.add_annotation("actor", find_span(d, "Kabul"));
    CHECK(ed.project().annotations[0].id == late);
    REQUIRE(ed.set_span(early, find_span(d, "Abdul Qahar Balkhi")));
    CHECK(ed.project().annotations[0].id == early);
    CHECK(ed.project().find(early)->exact == "Abdul Qahar Balkhi");
    CHECK(ed.project().find(early)->suffix == ", the spokesperson for Afghanist");
    CHECK(*ed.undo_label() == "Move annotation");
    REQUIRE(ed.undo());
    CHECK(ed.project().find(early)->exact == "Kabul");
    CHECK(ed.project().annotations[1].id == early);

    // An orphaned annotation placed by hand is anchored again.
    Project p = ed.project();
    p.annotations[0].anchor = AnchorStatus::Orphaned;
    ed.reset(p);
    CHECK_FALSE(ed.can_undo());
    REQUIRE(ed.set_span(p.annotations[0].id, find_span(d, "Torkham border")));
    CHECK(ed.project().find(p.annotations[0].id)->anchor == AnchorStatus::Exact);
}

TEST_CASE("set_type keeps old attributes and adds the new type's defaults", "[editor]") {
    Editor ed(sample_project_base(), minute_clock(), counter_ids());
    auto id = *ed.add_annotation("source", find_span(*sample_doc(), "UNHCR"));
    REQUIRE(ed.set_entity(id, "UNHCR"));
    REQUIRE(ed.set_attribute(id, "kind", "organisation"));
    REQUIRE(ed.set_type(id, "claim"));
    const Annotation* a = ed.project().find(id);
    CHECK(a->type == "claim");
    CHECK(a->attributes == nlohmann::json{{"kind", "organisation"}, {"status", "unverified"}, {"check_worthy", false}});
    CHECK(a->entity == "UNHCR");
    CHECK(ed.set_entity(id, "")); // clearing is always allowed
    CHECK(ed.project().find(id)->entity.empty());
}

TEST_CASE("delete_annotation removes its relations; one undo restores both", "[editor]") {
    Editor ed(sample_project_base(), minute_clock(), counter_ids());
    const Document& d = *sample_doc();
    auto claim = *ed.add_annotation("claim", find_span(d, "we declared a general amnesty"));
    auto actor = *ed.add_annotation("actor", find_span(d, "Abdul Qahar Balkhi"));
    auto source = *ed.add_annotation("source", find_span(d, "Al Jazeera"));
    auto other = *ed.add_annotation("claim", find_span(d, "over 450,000 Afghans"));
    auto r1 = ed.add_relation("said_by", claim, actor);
    auto r2 = ed.add_relation("according_to", claim, source);
    auto r3 = ed.add_relation("said_by", other, actor);
    REQUIRE((r1 && r2 && r3));
    CHECK(*r1 == "r-1");
    CHECK_FALSE(ed.add_relation("said_by", claim, actor));       // already linked
    CHECK_FALSE(ed.add_relation("said_by", claim, source));      // said_by needs an actor
    CHECK_FALSE(ed.add_relation("according_to", actor, source)); // from must be a claim
    CHECK_FALSE(ed.add_relation("same_entity", actor, source));  // no such relation type

    Snapshot before = snap(ed);
    REQUIRE(ed.delete_annotation(claim));
    CHECK_FALSE(ed.project().find(claim));
    REQUIRE(ed.project().relations.size() == 1);
    CHECK(ed.project().relations[0].id == *r3);
    CHECK(*ed.undo_label() == "Delete Claim");
    Snapshot after = snap(ed);

    REQUIRE(ed.undo());
    CHECK(snap(ed) == before);
    CHECK(*ed.redo_label() == "Delete Claim");
    REQUIRE(ed.redo());
    CHECK(snap(ed) == after);

    REQUIRE(ed.delete_relation(*r3));
    CHECK(ed.project().relations.empty());
    REQUIRE(ed.undo());
    CHECK(ed.project().find_relation(*r3));

    // A new command clears the redo stack.
    REQUIRE(ed.undo());
    CHECK(ed.can_redo());
    REQUIRE(ed.set_note(actor, "x"));
    CHECK_FALSE(ed.can_redo());
}

TEST_CASE("ids are never reused while they exist", "[editor]") {
    Project p = sample_project_base();
    {
        Editor first(p, minute_clock(), counter_ids());
        first.add_annotation("claim", Span{10, 20});
        first.add_annotation("claim", Span{30, 40});
        p = first.project(); // holds a-1, a-2
    }
    // A restarted counter (e.g. after opening a file) skips the ids in use.
    Editor ed(p, minute_clock(), counter_ids());
    CHECK(*ed.add_annotation("claim", Span{50, 60}) == "a-3");
    // A generator stuck on one id still terminates with a fresh id.
    Editor stuck(p, minute_clock(), [](const char*) { return std::string("a-1"); });
    auto id = stuck.add_annotation("claim", Span{50, 60});
    REQUIRE(id);
    CHECK(*id == "a-1-100");

    // The defaults.
    std::string rid = random_id("r-");
    CHECK(std::regex_match(rid, std::regex("r-[0-9a-f]{8}")));
    CHECK(std::regex_match(utc_now_iso8601(), std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)")));
    Editor live(sample_project_base());
    auto lid = live.add_annotation("claim", Span{1, 4});
    REQUIRE(lid);
    CHECK(std::regex_match(*lid, std::regex("a-[0-9a-f]{8}")));
}

TEST_CASE("set_codebook: recolour and add types; removing a used type is refused", "[editor]") {
    Editor ed(sample_project_base(), minute_clock(), counter_ids());
    auto id = *ed.add_annotation("actor", find_span(*sample_doc(), "Pakistan"));
    Codebook cb = ed.project().codebook;
    cb.types[1].color = 0xD55E00;
    cb.types[1].label = "Akteur";
    cb.types.push_back(
        {"evidence", "Evidence", "", 0xCC79A7, "E", DrawStyle::DottedUnderline, false, {}, nlohmann::json::object()});
    REQUIRE(ed.set_codebook(cb));
    CHECK(ed.project().codebook.find_type("actor")->label == "Akteur");
    CHECK(*ed.undo_label() == "Edit codebook");
    CHECK(ed.add_annotation("evidence", Span{1, 2}));

    Codebook without_actor = ed.project().codebook;
    without_actor.types.erase(without_actor.types.begin() + 1);
    without_actor.relation_types.erase(without_actor.relation_types.begin()); // said_by needs actor
    CHECK_FALSE(ed.set_codebook(without_actor));                              // annotation `id` is an actor
    Codebook broken = ed.project().codebook;
    broken.types[0].id = "actor"; // duplicate id
    CHECK_FALSE(ed.set_codebook(broken));

    REQUIRE(ed.undo()); // the evidence annotation
    REQUIRE(ed.undo()); // the codebook
    CHECK(ed.project().codebook == default_codebook());
    CHECK(ed.project().find(id));
}

TEST_CASE("apply: a batch is one undo step and all or nothing", "[editor]") {
    Editor ed(sample_project_base(), minute_clock(), counter_ids());
    Annotation a;
    a.id = "imp-1";
    a.type = "claim";
    a.span = Span{10, 20};
    Annotation b = a;
    b.id = "imp-2";
    b.span = Span{30, 40};
    Relation bad;
    bad.id = "imp-r";
    bad.type = "said_by";
    bad.from = "imp-1";
    bad.to = "missing";
    Command cmd{"Import", {}};
    cmd.changes.resize(3);
    cmd.changes[0].ann_after = a;
    cmd.changes[1].ann_after = b;
    cmd.changes[2].rel_after = bad;
    CHECK_FALSE(ed.apply(cmd));
    CHECK(ed.project().annotations.empty()); // the two adds were rolled back
    CHECK(ed.revision() == 0);

    cmd.changes.pop_back();
    REQUIRE(ed.apply(cmd));
    CHECK(ed.project().annotations.size() == 2);
    REQUIRE(ed.undo());
    CHECK(ed.project().annotations.empty());

    // A "before" that is not the current state is refused.
    REQUIRE(ed.redo());
    Change stale;
    stale.ann_before = a;
    stale.ann_before->note = "not what is there";
    CHECK_FALSE(ed.apply({"Stale", {stale}}));
    // A change touching two things at once is refused.
    Change two;
    two.ann_after = a;
    two.rel_after = bad;
    CHECK_FALSE(ed.apply({"Two", {two}}));
    // Removing an annotation that still has a relation is refused (relations go first).
    auto r = ed.add_relation("according_to", "imp-1", *ed.add_annotation("source", Span{50, 55}));
    REQUIRE(r);
    Change orphaning;
    orphaning.ann_before = *ed.project().find("imp-1");
    CHECK_FALSE(ed.apply({"Orphaning", {orphaning}}));
    CHECK(ed.project().find("imp-1"));
}

TEST_CASE("property: random edits, undo all = initial, redo all = final", "[editor][property]") {
    const Document& d = *sample_doc();
    uint32_t n = (uint32_t)d.size();
    for (uint32_t seed = 1; seed <= 25; seed++) {
        CAPTURE(seed);
        std::mt19937 rng(seed);
        auto pick = [&](size_t k) { return (size_t)(rng() % k); };
        Editor ed(sample_project_base(), minute_clock(), counter_ids());
        // Start from a non-empty state (history cleared) so undo-all has something to return to.
        ed.add_annotation("claim", Span{100, 140});
        ed.add_annotation("actor", Span{66, 84});
        ed.add_relation("said_by", ed.project().annotations[1].id, ed.project().annotations[0].id);
        ed.reset(ed.project());
        Snapshot initial = snap(ed);
        static const char* types[] = {"claim", "actor", "source"};
        size_t commands = 0;
        for (int step = 0; step < 150; step++) {
            const auto& anns = ed.project().annotations;
            std::string some = anns.empty() ? "none" : anns[pick(anns.size())].id;
            std::string other = anns.empty() ? "none" : anns[pick(anns.size())].id;
            uint32_t s = (uint32_t)pick(n - 1), len = 1 + (uint32_t)pick(60);
            Span sp{s, std::min(n, s + len)};
            uint64_t rev = ed.revision();
            bool ok = false;
            switch (pick(10)) {
                case 0:
                case 1: ok = (bool)ed.add_annotation(types[pick(3)], sp); break;
                case 2: ok = ed.delete_annotation(some); break;
                case 3: ok = ed.set_span(some, sp); break;
                case 4: ok = ed.set_type(some, types[pick(3)]); break;
                case 5: ok = ed.set_note(some, "note " + std::to_string(rng()) + " — é✓"); break;
                case 6:
                    ok = ed.set_attribute(some, "status", pick(2) ? nlohmann::json("disputed") : nlohmann::json());
                    break;
                case 7: ok = ed.set_entity(some, "Entity " + std::to_string(pick(4))); break;
                case 8: ok = (bool)ed.add_relation(pick(2) ? "said_by" : "according_to", some, other); break;
                case 9:
                    if (!ed.project().relations.empty())
                        ok = ed.delete_relation(ed.project().relations[pick(ed.project().relations.size())].id);
                    break;
            }
            CHECK(ed.revision() - rev <= (ok ? 1u : 0u)); // one step per command, none when refused
            commands += ed.revision() - rev;
            REQUIRE(sorted(ed.project().annotations));
            for (const Relation& r : ed.project().relations)
                REQUIRE((ed.project().find(r.from) && ed.project().find(r.to)));
        }
        CHECK(commands > 60); // the sequence really edits
        Snapshot final_state = snap(ed);
        uint64_t rev = ed.revision();
        size_t undone = 0;
        while (ed.can_undo()) {
            REQUIRE(ed.undo());
            undone++;
        }
        CHECK(undone == commands);
        CHECK(snap(ed) == initial);
        CHECK(ed.revision() == rev + undone);
        while (ed.can_redo()) REQUIRE(ed.redo());
        CHECK(snap(ed) == final_state);
        CHECK(ed.revision() == rev + 2 * undone);
    }
}

TEST_CASE("set_annotator: the document's own name, stamped on new annotations, one undo step", "[editor]") {
    Project base = sample_project_base();
    base.annotator.clear();
    Editor ed(base, minute_clock(), counter_ids());
    const Document& d = *sample_doc();
    REQUIRE(ed.set_annotator("Dana Test"));
    CHECK(ed.project().annotator == "Dana Test");
    REQUIRE(ed.undo_label());
    CHECK(*ed.undo_label() == "Set your name");
    auto id = ed.add_annotation("claim", find_span(d, "over 450,000 Afghans"));
    REQUIRE(id);
    CHECK(ed.project().find(*id)->author == "Dana Test");
    const uint64_t rev = ed.revision();
    CHECK(ed.set_annotator("Dana Test")); // the same name: nothing recorded
    CHECK(ed.revision() == rev);
    REQUIRE(ed.undo()); // the annotation
    REQUIRE(ed.undo()); // the name
    CHECK(ed.project().annotator.empty());
    REQUIRE(ed.redo());
    CHECK(ed.project().annotator == "Dana Test");
}
