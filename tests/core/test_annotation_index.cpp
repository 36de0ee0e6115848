// Tests for src/core/model/annotation_index.h: overlap queries and drawing lanes.
#include <catch2/catch_test_macros.hpp>

#include "core/model/annotation_index.h"

#include <random>
#include <string>
#include <vector>

using namespace cs;

namespace {

Project project_with(std::vector<Annotation> anns) {
    Project p;
    p.doc = make_shared_document(std::string(200, 'x'));
    p.codebook = default_codebook(); // claim: Highlight, actor: Underline, source: Box
    p.annotations = std::move(anns);
    sort_annotations(p.annotations);
    return p;
}

Annotation ann(const std::string& id, const std::string& type, uint32_t start, uint32_t end,
               AnchorStatus anchor = AnchorStatus::Exact) {
    Annotation a;
    a.id = id;
    a.type = type;
    a.span = Span{start, end};
    a.anchor = anchor;
    return a;
}

std::vector<std::string> ids_at(const Project& p, const AnnotationIndex& ix, size_t cp) {
    std::vector<std::string> out;
    for (int i : annotations_at(p, ix, cp)) out.push_back(p.annotations[i].id);
    return out;
}

int lane_of(const Project& p, const AnnotationIndex& ix, const std::string& id) {
    return ix.lanes[size_t(p.index_of(id))];
}

} // namespace

TEST_CASE("annotation index: overlapping annotations of one style stack in lanes", "[annotation_index]") {
    Project p = project_with({ann("c1", "claim", 0, 10), ann("c2", "claim", 5, 15), ann("c3", "claim", 8, 12),
                              ann("c4", "claim", 12, 20), ann("c5", "claim", 30, 40), ann("a1", "actor", 6, 9),
                              ann("a2", "actor", 7, 8), ann("o1", "claim", 0, 100, AnchorStatus::Orphaned)});
    const AnnotationIndex ix = build_annotation_index(p);
    REQUIRE(ix.lanes.size() == p.annotations.size());
    CHECK(lane_of(p, ix, "c1") == 0);
    CHECK(lane_of(p, ix, "c2") == 1);
    CHECK(lane_of(p, ix, "c3") == 2);
    CHECK(lane_of(p, ix, "c4") == 0); // c1 ended at 10: its lane is free again
    CHECK(lane_of(p, ix, "c5") == 0);
    CHECK(lane_of(p, ix, "a1") == 0); // underlines have lanes of their own
    CHECK(lane_of(p, ix, "a2") == 1);
    CHECK(lane_of(p, ix, "o1") == 0);
    CHECK(ix.max_span_len == 10); // the orphaned span (100) does not count
}

TEST_CASE("annotation index: annotations at a code point, innermost first", "[annotation_index]") {
    Project p = project_with({ann("wide", "claim", 0, 20), ann("mid", "source", 5, 15), ann("tie", "actor", 5, 15),
                              ann("inner", "actor", 7, 9), ann("lost", "claim", 7, 9, AnchorStatus::Orphaned)});
    const AnnotationIndex ix = build_annotation_index(p);
    CHECK(ids_at(p, ix, 8) == std::vector<std::string>{"inner", "mid", "tie", "wide"});
    CHECK(ids_at(p, ix, 5) == std::vector<std::string>{"mid", "tie", "wide"});
    CHECK(ids_at(p, ix, 15) == std::vector<std::string>{"wide"}); // spans are half-open
    CHECK(ids_at(p, ix, 20).empty());
}

// Against a scan of every annotation, on random spans and ranges.
TEST_CASE("annotation index: overlap query equals a full scan", "[annotation_index]") {
    std::mt19937 rng(11);
    const char* types[] = {"claim", "actor", "source"};
    for (int round = 0; round < 200; ++round) {
        std::vector<Annotation> anns;
        for (int i = 0, n = int(rng() % 30); i < n; ++i) {
            uint32_t s = rng() % 190, len = 1 + rng() % (rng() % 4 == 0 ? 60 : 8);
            anns.push_back(ann("a" + std::to_string(i), types[rng() % 3], s, std::min<uint32_t>(200, s + len),
                               rng() % 10 == 0 ? AnchorStatus::Orphaned : AnchorStatus::Exact));
        }
        Project p = project_with(anns);
        const AnnotationIndex ix = build_annotation_index(p);
        for (int q = 0; q < 20; ++q) {
            size_t a = rng() % 200, b = a + rng() % 30;
            std::vector<int> got, want;
            for_each_overlapping(p, ix, a, b, [&](int i, const Annotation&) { got.push_back(i); });
            for (size_t i = 0; i < p.annotations.size(); ++i) {
                const Annotation& x = p.annotations[i];
                if (x.anchor != AnchorStatus::Orphaned && x.span.start < b && x.span.end > a) want.push_back(int(i));
            }
            REQUIRE(got == want);
        }
        // No two overlapping anchored annotations of one style share a lane.
        for (size_t i = 0; i < p.annotations.size(); ++i)
            for (size_t j = i + 1; j < p.annotations.size(); ++j) {
                const Annotation &x = p.annotations[i], &y = p.annotations[j];
                if (x.anchor == AnchorStatus::Orphaned || y.anchor == AnchorStatus::Orphaned) continue;
                const bool same_style = p.codebook.find_type(x.type)->style == p.codebook.find_type(y.type)->style;
                if (same_style && x.span.start < y.span.end && y.span.start < x.span.end)
                    REQUIRE(ix.lanes[i] != ix.lanes[j]);
            }
    }
}

TEST_CASE("annotation index: rebuilt only for a new revision", "[annotation_index]") {
    Project p = project_with({ann("c1", "claim", 0, 10)});
    AnnotationIndex ix;
    refresh_annotation_index(ix, p, 3);
    CHECK(ix.revision == 3);
    CHECK(ix.max_span_len == 10);
    p.annotations.push_back(ann("c2", "claim", 20, 50));
    refresh_annotation_index(ix, p, 3); // same revision: kept as it was
    CHECK(ix.max_span_len == 10);
    CHECK(ix.lanes.size() == 1);
    refresh_annotation_index(ix, p, 4);
    CHECK(ix.max_span_len == 30);
    CHECK(ix.lanes.size() == 2);
}

TEST_CASE("annotation_for_keys: the annotation Shift+F10 acts on, as a right-click under the pointer") {
    // claim [10,60) holds actor [20,30); source [20,30) has the actor's exact span.
    Project p = project_with({ann("c", "claim", 10, 60), ann("a", "actor", 20, 30), ann("s", "source", 20, 35)});
    AnnotationIndex ix = build_annotation_index(p);
    auto id = [&](int i) { return i < 0 ? std::string("none") : p.annotations[size_t(i)].id; };
    const int claim = p.index_of("c"), actor = p.index_of("a");
    // The selected annotation, when it is where the keys are (the caret, or the selection's start).
    CHECK(id(annotation_for_keys(p, ix, Span{}, 25, claim)) == "c");
    CHECK(id(annotation_for_keys(p, ix, Span{20, 30}, 30, claim)) == "c");
    // The selection is exactly an annotation's text (Find selected it): that one, not the selected one.
    CHECK(id(annotation_for_keys(p, ix, Span{10, 60}, 60, actor)) == "c");
    CHECK(id(annotation_for_keys(p, ix, Span{20, 35}, 35, -1)) == "s");
    // Otherwise the innermost at the caret.
    CHECK(id(annotation_for_keys(p, ix, Span{}, 22, -1)) == "a");
    CHECK(id(annotation_for_keys(p, ix, Span{}, 45, actor)) == "c");
    // Nothing there.
    CHECK(id(annotation_for_keys(p, ix, Span{}, 5, claim)) == "none");
    CHECK(id(annotation_for_keys(p, ix, Span{}, 150, -1)) == "none");
}
