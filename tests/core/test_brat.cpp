// brat standoff: golden export, hand-written files per the brat docs, bad lines, round trip, zip.
#include "core/formats/brat.h"
#include "formats_fixture.h"
#include <algorithm>

using namespace cs;

TEST_CASE("brat export of the fixture matches the golden files", "[brat]") {
    std::vector<std::string> warnings;
    const BratFiles f = export_brat(fixture::project(), &warnings);
    CHECK(f.txt == fixture::kText);
    fixture::check_golden("fixture.ann", f.ann);
    fixture::check_golden("fixture.annotation.conf", f.conf);
    CHECK(warnings == std::vector<std::string>{"brat: 3 entity name(s) not exported (brat has no field for them)"});
}

TEST_CASE("brat export: line breaks split spans into fragments, notes stay on one line", "[brat]") {
    const BratFiles f = export_brat(fixture::project());
    // "United Nations.\nAn official": 98..113 then 114..125 (code points), text joined by a space.
    CHECK(f.ann.find("\tClaim 98 113;114 125\tUnited Nations. An official\n") != std::string::npos);
    CHECK(f.ann.find("\tAnnotatorNotes T2\tSaid twice: once here\n") != std::string::npos);
    // The emoji family is 5 code points: offsets count code points, not bytes or UTF-16 units.
    CHECK(f.ann.find("\tClaim 150 175\tcalled it \"d\xC3\xA9j\xC3\xA0 vu\" ") != std::string::npos);
}

TEST_CASE("brat import of a hand-written file", "[brat]") {
    auto article = make_shared_document(fixture::read(fixture::data_path("brat/news1.txt")));
    const ImportResult r =
        import_brat(fixture::read(fixture::data_path("brat/news1.ann")), article, default_codebook());
    REQUIRE(r.ok);
    CHECK(r.errors.empty());
    CHECK(r.warnings.empty());
    REQUIRE(r.project.annotations.size() == 6);
    CHECK(r.anchors.exact == 6);
    const Annotation* t1 = r.project.find("a-T1");
    REQUIRE(t1);
    CHECK(t1->type == "claim");
    CHECK(t1->span == Span{44, 101});
    CHECK(t1->attributes == nlohmann::json{{"check_worthy", true}, {"status", "disputed"}});
    CHECK(t1->note == "UNHCR gives the same figure");
    const Annotation* t2 = r.project.find("a-T2");
    CHECK(t2->attributes == nlohmann::json{{"kind", "named person"}}); // named_person -> the option
    const Annotation* t4 = r.project.find("a-T4");
    CHECK(t4->exact == "both countries \xE2\x80\x9Cmust work together\xE2\x80\x9D"); // offsets after ’ in code points
    CHECK(t4->span == Span{145, 180});
    const Annotation* t5 = r.project.find("a-T5"); // discontinuous: joined to one span
    CHECK(t5->span == Span{0, 38});
    CHECK(r.project.find("a-T6")->type == "actor");
    REQUIRE(r.project.relations.size() == 2);
    CHECK(r.project.relations[0].type == "said_by");
    CHECK(r.project.relations[0].from == "a-T1");
    CHECK(r.project.relations[0].to == "a-T2");
}

TEST_CASE("brat import reports each bad line with its number and keeps the good ones", "[brat]") {
    auto article = make_shared_document(fixture::read(fixture::data_path("brat/bad.txt")));
    const ImportResult r = import_brat(fixture::read(fixture::data_path("brat/bad.ann")), article, default_codebook());
    REQUIRE(r.ok);
    std::vector<std::string> errors;
    for (const auto& e : r.errors) errors.push_back(e.to_string());
    const std::vector<std::string> expected = {
        "line 5: expected an id, a tab and the annotation (e.g. 'T1<TAB>Claim 0 5<TAB>text')",
        "line 10: id 'T1' is used twice (first on line 1)",
        "line 6: fragment 10 5 is empty or ends before it starts",
        "line 7: offsets 170 999 go beyond the end of the text (182 code points)",
        "line 8: text 'Peshawar' does not match the article at 0-8 and was not found elsewhere",
        "line 22: bad offsets '0 8 9': expected 'start end' (non-negative code point offsets)",
        "line 12: 'T99' is not a text-bound annotation of this file",
        "line 13: expected 'Type Arg1:T1 Arg2:T2', got 'said_by Arg1:T1'",
        "line 14: 'maybe' is not a value of attribute 'Status' (expected one of: unverified, supported, disputed, "
        "false, opinion)",
        "line 15: attribute 'Colour' is not defined for type 'claim'",
        "line 16: 'T4' is not a text-bound annotation of this file (its line was skipped)",
        "line 17: event annotations (E lines) are not supported; skipped",
        "line 18: normalization annotations (N lines) are not supported; skipped",
        "line 19: equivalence annotations (* lines) are not supported; skipped",
        "line 20: 'T6' is not a text-bound annotation of this file (its line was skipped)",
        "line 21: unknown annotation kind 'X1' (expected T, R, A, M, # lines)",
    };
    CHECK(errors == expected);
    // Kept: T1, T2, T3 (Person -> actor by the label rule), T7; relation R1.
    REQUIRE(r.project.annotations.size() == 4);
    CHECK(r.project.find("a-T3")->type == "actor");
    CHECK(r.project.relations.size() == 1);
    CHECK_FALSE(r.warnings.empty()); // the Person -> actor mapping is shown to the user
}

TEST_CASE("brat import without an article or with nothing usable fails clearly", "[brat]") {
    const ImportResult none = import_brat("T1\tClaim 0 4\tOver\n", nullptr, default_codebook());
    CHECK_FALSE(none.ok);
    REQUIRE(none.errors.size() == 1);
    CHECK(none.errors[0].message == "brat import needs the article text (the .txt next to the .ann)");
    const ImportResult junk =
        import_brat(std::string("\x00\xff garbage", 10), make_shared_document("text"), default_codebook());
    CHECK_FALSE(junk.ok);
}

TEST_CASE("brat round trip keeps spans, types, relations and notes", "[brat]") {
    const Project p = fixture::project();
    std::vector<std::string> warnings;
    const std::string zip = export_brat_zip(p, "fixture", &warnings);
    const ImportResult r = import_brat_zip(zip, nullptr, default_codebook()); // the .txt comes from the zip
    REQUIRE(r.ok);
    CHECK(r.errors.empty());
    REQUIRE(r.project.annotations.size() == p.annotations.size());
    for (size_t i = 0; i < p.annotations.size(); ++i) {
        const Annotation &a = p.annotations[i], &b = r.project.annotations[i];
        CHECK(a.span == b.span);
        CHECK(a.type == b.type);
        CHECK(a.exact == b.exact);
        nlohmann::json kept = a.attributes; // brat's binary attributes: false is absence
        for (auto it = kept.begin(); it != kept.end();)
            it = it->is_boolean() && !it->get<bool>() ? kept.erase(it) : std::next(it);
        CHECK(b.attributes == kept);
        if (a.note.find('\n') == std::string::npos && a.note.find('\t') == std::string::npos) CHECK(a.note == b.note);
    }
    CHECK(r.project.find("a-T2")->note == "Said twice: once here"); // newline/tab became spaces
    REQUIRE(r.project.relations.size() == p.relations.size());
    auto ends = [](const Project& q) { // relations as (type, from quote, to quote), order-free
        std::vector<std::string> v;
        for (const auto& rel : q.relations)
            v.push_back(rel.type + "|" + q.find(rel.from)->exact + "|" + q.find(rel.to)->exact);
        std::sort(v.begin(), v.end());
        return v;
    };
    CHECK(ends(p) == ends(r.project));
    CHECK(r.project.codebook == p.codebook); // no new types or relation types
}

TEST_CASE("brat zip import reads the zips that zip tools make, skipping macOS resource forks", "[brat][zip]") {
    for (const char* path : {"brat/news1-stored.zip", "brat/news1-deflated.zip", "zip/streamed.zip", "zip/folder.zip",
                             "zip/macos-resource-fork-first.zip"}) {
        INFO(path);
        const ImportResult r = import_brat_zip(fixture::read(fixture::data_path(path)), nullptr, default_codebook());
        CHECK(r.ok);
        CHECK(r.errors.empty());
        CHECK(r.project.annotations.size() == 6);
        REQUIRE(r.project.doc);
        CHECK(r.project.doc->text == fixture::read(fixture::data_path("brat/news1.txt")));
    }
    const ImportResult enc =
        import_brat_zip(fixture::read(fixture::data_path("zip/encrypted.zip")), nullptr, default_codebook());
    CHECK_FALSE(enc.ok);
    REQUIRE(enc.errors.size() == 1);
    CHECK(enc.errors[0].message == "entry 'news1.ann' is encrypted (password-protected); unzip it with its password "
                                   "and zip it again without one");
}

TEST_CASE("brat export of the sample project matches the golden file", "[brat]") {
    fixture::check_golden("sample.ann", export_brat(fixture::sample()).ann);
}
