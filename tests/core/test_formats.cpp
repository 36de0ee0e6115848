// Format names, guessing from extensions and content, and the export_as/import_as dispatch.
#include "core/formats/formats.h"
#include "core/formats/zip.h"
#include "formats_fixture.h"

using namespace cs;

TEST_CASE("formats: names and guessing from file names", "[formats]") {
    Format f;
    REQUIRE(parse_format("BRAT", &f));
    CHECK(f == Format::Brat);
    CHECK_FALSE(parse_format("pdf", &f));
    const std::pair<const char*, Format> cases[] = {{"a.claimscope.json", Format::Claimscope},
                                                    {"a.json", Format::Claimscope},
                                                    {"a.W3C.JSON", Format::W3C},
                                                    {"a.jsonld", Format::W3C},
                                                    {"dir/a.ann", Format::Brat},
                                                    {"a.zip", Format::Brat},
                                                    {"a.jsonl", Format::Doccano},
                                                    {"a.csv", Format::Csv},
                                                    {"a.htm", Format::Html},
                                                    {"a.report.html", Format::Html}};
    for (const auto& [name, want] : cases) {
        INFO(name);
        REQUIRE(guess_format(name, &f));
        CHECK(f == want);
    }
    CHECK_FALSE(guess_format("a.txt", &f));
    CHECK_FALSE(guess_format("json", &f));
    CHECK(std::string(format_name(Format::Doccano)) == "doccano");
}

TEST_CASE("formats: sniffing the content", "[formats]") {
    const Project p = fixture::project();
    Format f;
    REQUIRE(sniff_format(export_as(p, Format::W3C)[0].bytes, &f));
    CHECK(f == Format::W3C);
    REQUIRE(sniff_format(save_project(p), &f));
    CHECK(f == Format::Claimscope);
    REQUIRE(sniff_format(export_as(p, Format::Doccano)[0].bytes + "{\"text\":\"x\"}\n", &f));
    CHECK(f == Format::Doccano);
    REQUIRE(sniff_format(export_as(p, Format::Brat)[0].bytes, &f));
    CHECK(f == Format::Brat);
    CHECK_FALSE(sniff_format("hello", &f));
    CHECK_FALSE(sniff_format("", &f));
}

TEST_CASE("formats: export_as names files after the title; brat is one zip", "[formats]") {
    const Project p = fixture::project();
    const auto brat = export_as(p, Format::Brat);
    REQUIRE(brat.size() == 1);
    CHECK(brat[0].name == "afghan-refugees-a-test-article.brat.zip");
    CHECK(brat[0].mime == "application/zip");
    std::vector<ZipEntry> entries;
    std::string err;
    REQUIRE(read_zip(brat[0].bytes, &entries, &err));
    REQUIRE(entries.size() == 3);
    CHECK(entries[0].name == "afghan-refugees-a-test-article.txt");
    CHECK(entries[1].name == "afghan-refugees-a-test-article.ann");
    CHECK(entries[2].name == "annotation.conf");
    CHECK(export_as(p, Format::Csv)[0].name == "afghan-refugees-a-test-article.csv");
    CHECK(export_as(p, Format::Html)[0].mime == "text/html;charset=utf-8");
    std::vector<std::string> warnings;
    export_as(p, Format::Doccano, &warnings);
    CHECK(warnings.size() == 3);
}

TEST_CASE("formats: import_as dispatches and refuses export-only formats", "[formats]") {
    const Project p = fixture::project();
    for (Format f : {Format::Claimscope, Format::Brat, Format::Doccano}) {
        INFO(format_name(f));
        const ImportResult r = import_as(f, export_as(p, f)[0].bytes, nullptr, default_codebook());
        REQUIRE(r.ok);
        CHECK(r.project.annotations.size() == p.annotations.size());
    }
    const ImportResult w3c = import_as(Format::W3C, export_as(p, Format::W3C)[0].bytes, p.doc, default_codebook());
    REQUIRE(w3c.ok);
    CHECK(w3c.project.annotations.size() == p.annotations.size());
    const ImportResult csv = import_as(Format::Csv, "a,b\r\n", p.doc, default_codebook());
    CHECK_FALSE(csv.ok);
    REQUIRE(csv.errors.size() == 1);
    CHECK(csv.errors[0].message == "csv files can be exported, not imported");
}

TEST_CASE("formats: token and camel names", "[formats]") {
    CHECK(token_name("named person") == "named_person");
    CHECK(token_name("  a / b  ") == "a_b");
    CHECK(token_name("said_by") == "said_by");
    CHECK(token_name("") == "_");
    CHECK(camel_name("check_worthy") == "CheckWorthy");
    CHECK(camel_name("Check-worthy") == "CheckWorthy");
}
