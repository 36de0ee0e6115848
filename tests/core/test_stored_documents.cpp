// The documents a browser keeps: their summaries, and the key a newly opened document takes so that
// opening a file never overwrites stored work (issue 18: an exercise opened twice keeps the first attempt).
#include "core/file/stored_documents.h"
#include "core/model/document.h"
#include <catch2/catch_test_macros.hpp>
#include <map>

using namespace cs;

namespace {

Project project(const std::string& title, size_t annotations, const std::string& modified = "") {
    Project p;
    ArticleMeta meta;
    meta.title = title;
    p.doc = make_shared_document("Refugees returned in large numbers, Al Jazeera reported.", meta);
    for (size_t i = 0; i < annotations; ++i) {
        Annotation a;
        a.id = "a" + std::to_string(i);
        a.type = "claim";
        a.span = {(uint32_t)i, (uint32_t)i + 1};
        p.annotations.push_back(a);
    }
    p.modified = modified;
    return p;
}

// A browser's summaries, by key.
struct Store {
    std::map<std::string, std::string> summaries;
    std::optional<std::string> operator()(const std::string& key) const {
        const auto it = summaries.find(key);
        return it == summaries.end() ? std::nullopt : std::optional<std::string>(it->second);
    }
};

} // namespace

TEST_CASE("document_summary and read_summary: what the Documents list shows, an exercise attempt included") {
    Project p = project("Border report", 2, "2026-12-01T10:00:00Z");
    auto d = read_summary("abc", document_summary(p, "2026-12-06T00:00:00Z"));
    REQUIRE(d);
    CHECK(d->key == "abc");
    CHECK(d->title == "Border report");
    CHECK(d->modified == "2026-12-01T10:00:00Z");
    CHECK(d->annotations == 2);
    CHECK_FALSE(d->in_bulk);
    CHECK(d->exercise.empty());

    p.modified.clear();
    p.exercise = {{"title", "Border report quiz"}, {"student", "Dana"}};
    d = read_summary("abc", document_summary(p, "2026-12-06T00:00:00Z", true));
    REQUIRE(d);
    CHECK(d->modified == "2026-12-06T00:00:00Z");
    CHECK(d->in_bulk);
    CHECK(d->exercise == "Border report quiz");
    CHECK(d->student == "Dana");

    CHECK(read_summary("abc", document_summary(project("", 0), "t"))->title == "(untitled article)");
    // Damaged entries are not listed; a field of the wrong type reads as absent.
    CHECK_FALSE(read_summary("abc", "not json"));
    CHECK_FALSE(read_summary("abc", "[1]"));
    d = read_summary("abc", R"({"title": 7, "annotations": -3, "student": null})");
    REQUIRE(d);
    CHECK(d->title == "(untitled)");
    CHECK(d->annotations == 0);
    CHECK(d->student.empty());
}

TEST_CASE("newest_first: latest edit first, ties in key order") {
    std::vector<StoredDocument> docs = {{"b", "", "2026-12-01"}, {"a", "", "2026-12-03"}, {"c", "", "2026-12-01"}};
    newest_first(docs);
    CHECK(docs[0].key == "a");
    CHECK(docs[1].key == "b");
    CHECK(docs[2].key == "c");
}

TEST_CASE("key_for_new_document: never the key of stored annotations") {
    Store store;
    // Nothing stored, or a document with no annotations: the article's own key.
    CHECK(key_for_new_document("k", std::cref(store)) == "k");
    store.summaries["k"] = document_summary(project("A", 0), "t");
    CHECK(key_for_new_document("k", std::cref(store)) == "k");
    // Annotations there: the first free copy key; the stored work is not touched.
    store.summaries["k"] = document_summary(project("A", 2), "t");
    CHECK(key_for_new_document("k", std::cref(store)) == "k.2");
    store.summaries["k.2"] = document_summary(project("A", 0), "t");
    store.summaries["k.3"] = document_summary(project("A", 1), "t");
    CHECK(key_for_new_document("k", std::cref(store)) == "k.4");
    // A damaged summary holds its key too: what is stored there may be work.
    store.summaries["k.4"] = "damaged";
    CHECK(key_for_new_document("k", std::cref(store)) == "k.5");
    Store damaged;
    damaged.summaries["k"] = "{\"title\": ";
    CHECK(key_for_new_document("k", std::cref(damaged)) == "k.2");
}

TEST_CASE("find_attempt: the newest attempt at the same exercise on the same article, with a name or marks") {
    auto attempt = [](std::string key, std::string modified, std::string exercise, std::string student,
                      size_t annotations) {
        StoredDocument d;
        d.key = std::move(key);
        d.modified = std::move(modified);
        d.exercise = std::move(exercise);
        d.student = std::move(student);
        d.annotations = annotations;
        return d;
    };
    std::vector<StoredDocument> docs = {
        attempt("k", "2026-12-01", "", "", 5),                // the teacher's own copy: not an attempt
        attempt("k.2", "2026-12-02", "Quiz", "Dana", 2),      // the first attempt
        attempt("k.3", "2026-12-03", "Quiz", "Eli", 1),       // a second one, newer
        attempt("k.4", "2026-12-04", "Quiz", "", 0),          // opened, nothing done: not worth continuing
        attempt("k.5", "2026-12-05", "Other quiz", "Fay", 3), // another exercise on the same article
        attempt("j", "2026-12-06", "Quiz", "Gus", 4),         // the same title on another article
    };
    newest_first(docs);
    auto found = find_attempt(docs, "k", "Quiz");
    REQUIRE(found);
    CHECK(found->key == "k.3");
    CHECK(found->student == "Eli");
    CHECK(find_attempt(docs, "k", "Other quiz")->key == "k.5");
    CHECK_FALSE(find_attempt(docs, "k", "Unknown"));
    CHECK_FALSE(find_attempt(docs, "x", "Quiz"));
}
