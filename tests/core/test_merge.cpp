// Tests for src/core/model/merge.h: merging another file's annotations into the open project.
#include "core/model/merge.h"
#include "model_fixture.h"

using namespace cs;
using cs_test::counter_ids;
using cs_test::find_span;
using cs_test::minute_clock;
using cs_test::sample_doc;
using cs_test::sample_project_base;

namespace {

Annotation ann(const Project& p, const std::string& id, const std::string& type, const std::string& needle) {
    Annotation a;
    a.id = id;
    a.type = type;
    a.span = find_span(*p.doc, needle);
    fill_quote(a, *p.doc);
    return a;
}

Relation rel(const std::string& id, const std::string& type, const std::string& from, const std::string& to) {
    Relation r;
    r.id = id;
    r.type = type;
    r.from = from;
    r.to = to;
    return r;
}

// The open project: a claim said by Balkhi.
Editor open_project() {
    Editor ed(sample_project_base(), minute_clock(), counter_ids());
    const Document& d = *sample_doc();
    REQUIRE(ed.add_annotation("claim", find_span(d, "we declared a general amnesty")) == "a-1");
    REQUIRE(ed.add_annotation("actor", find_span(d, "Balkhi")) == "a-2");
    REQUIRE(ed.add_relation("said_by", "a-1", "a-2") == "r-1");
    return ed;
}

// Another student's file on the same article, with a codebook that has one more type.
Project incoming_with_evidence() {
    Project in = sample_project_base();
    AnnotationType evidence;
    evidence.id = "evidence";
    evidence.label = "Evidence";
    in.codebook.types.push_back(evidence);
    in.annotations = {ann(in, "a-1", "claim", "we declared a general amnesty"), // also in the open project
                      ann(in, "a-2", "source", "Al Jazeera"),                   // id taken there by Balkhi
                      ann(in, "e-1", "evidence", "over 450,000 Afghans")};      // type the open codebook lacks
    in.relations = {rel("r-1", "according_to", "a-1", "a-2"), rel("r-2", "according_to", "a-1", "e-1")};
    sort_annotations(in.annotations);
    return in;
}

} // namespace

// Before the fix the evidence annotation's id was recorded as merged before it was skipped, so
// r-2 was kept, pointed at nothing, and the whole merge failed with "nothing changed".
TEST_CASE("merge skips an annotation of an unknown type and the links to it, and says so", "[merge]") {
    Editor ed = open_project();
    MergeResult r = merge_project(ed, incoming_with_evidence());
    REQUIRE(r.ok);
    CHECK(r.added_annotations == 1);
    CHECK(r.added_relations == 1);
    CHECK(r.already_here == 1);
    CHECK(r.skipped_annotations == 1);
    CHECK(r.skipped_relations == 1);
    CHECK(r.skipped ==
          std::vector<std::string>{"1 annotation of type 'evidence' skipped: the open codebook has no such type",
                                   "1 link skipped: linked to an annotation that was skipped or is not in the file"});
    CHECK(r.summary == "Merged 1 annotation and 1 link; skipped 1 annotation and 1 link (Ctrl+Z to undo)");

    const Project& p = ed.project();
    REQUIRE(p.annotations.size() == 3);
    // The incoming a-2 is renamed, and its link follows it.
    const Annotation* aj = p.find("a-2-2");
    REQUIRE(aj);
    CHECK(aj->type == "source");
    CHECK(aj->exact == "Al Jazeera");
    CHECK(p.find("a-2")->type == "actor");
    CHECK_FALSE(p.find("e-1"));
    REQUIRE(p.relations.size() == 2);
    const Relation* link = p.find_relation("r-1-2");
    REQUIRE(link);
    CHECK(*link == rel("r-1-2", "according_to", "a-1", "a-2-2"));
    CHECK(*p.find_relation("r-1") == rel("r-1", "said_by", "a-1", "a-2"));
}

TEST_CASE("merge is one undo step", "[merge]") {
    Editor ed = open_project();
    const Project before = ed.project();
    REQUIRE(merge_project(ed, incoming_with_evidence()).ok);
    const Project after = ed.project();
    REQUIRE(ed.undo_label());
    CHECK(*ed.undo_label() == "Merge annotations");
    REQUIRE(ed.undo());
    CHECK(ed.project().annotations == before.annotations);
    CHECK(ed.project().relations == before.relations);
    CHECK(*ed.undo_label() == "Link said by"); // the command before the merge
    REQUIRE(ed.redo());
    CHECK(ed.project().annotations == after.annotations);
    CHECK(ed.project().relations == after.relations);
}

TEST_CASE("merging a file into itself adds nothing and records nothing", "[merge]") {
    Editor ed = open_project();
    const uint64_t revision = ed.revision();
    MergeResult r = merge_project(ed, ed.project());
    CHECK(r.ok);
    CHECK(r.already_here == 3);
    CHECK(r.added_annotations + r.added_relations + r.skipped_annotations + r.skipped_relations == 0);
    CHECK(r.summary == "Nothing new to merge: every annotation is already here");
    CHECK(ed.revision() == revision);
    CHECK(*ed.undo_label() == "Link said by");
}

TEST_CASE("merge: the same link under another id is not added twice", "[merge]") {
    Editor ed = open_project();
    Project in = sample_project_base();
    in.annotations = {ann(in, "a-1", "claim", "we declared a general amnesty"), ann(in, "a-2", "actor", "Balkhi")};
    in.relations = {rel("r-9", "said_by", "a-1", "a-2")};
    MergeResult r = merge_project(ed, in);
    CHECK(r.ok);
    CHECK(r.already_here == 3);
    CHECK(ed.project().relations.size() == 1);
}

TEST_CASE("merge: unknown relation types, spans outside the text and missing ends are skipped", "[merge]") {
    Editor ed = open_project();
    Project in = sample_project_base();
    RelationType quotes{"quotes", "quotes", "claim", "source"};
    in.codebook.relation_types.push_back(quotes);
    Annotation far = ann(in, "c-2", "claim", "Al Jazeera");
    far.span = Span{(uint32_t)in.doc->size() - 2, (uint32_t)in.doc->size() + 5};
    in.annotations = {ann(in, "a-1", "claim", "we declared a general amnesty"), ann(in, "s-1", "source", "Al Jazeera"),
                      far};
    in.relations = {rel("q-1", "quotes", "a-1", "s-1"), rel("q-2", "quotes", "a-1", "s-1"),
                    rel("q-3", "according_to", "a-1", "s-1"), rel("q-4", "according_to", "a-1", "gone"),
                    rel("q-5", "according_to", "c-2", "s-1")};
    MergeResult r = merge_project(ed, in);
    REQUIRE(r.ok);
    CHECK(r.added_annotations == 1);
    CHECK(r.added_relations == 1);
    CHECK(r.skipped_annotations == 1);
    CHECK(r.skipped_relations == 4);
    CHECK(r.skipped ==
          std::vector<std::string>{"1 annotation skipped: the span lies outside the article's text",
                                   "2 links of type 'quotes' skipped: the open codebook has no such relation type",
                                   "2 links skipped: linked to an annotation that was skipped or is not in the file"});
    CHECK(*ed.project().find_relation("q-3") == rel("q-3", "according_to", "a-1", "s-1"));
}

TEST_CASE("merge: a file with nothing the open codebook can hold changes nothing", "[merge]") {
    Editor ed = open_project();
    Project in = incoming_with_evidence();
    in.annotations = {ann(in, "e-1", "evidence", "over 450,000 Afghans")};
    in.relations.clear();
    const uint64_t revision = ed.revision();
    MergeResult r = merge_project(ed, in);
    CHECK(r.ok);
    CHECK(r.summary == "Nothing merged; skipped 1 annotation and 0 links");
    CHECK(ed.revision() == revision);
}
