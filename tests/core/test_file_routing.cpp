// Tests for route_file (src/core/formats/formats.h): which reader handles a file the user opens.
#include "core/formats/formats.h"
#include "formats_fixture.h"

#include <string>

using namespace cs;

namespace {

struct Expect {
    const char* name;
    std::string bytes;
    FileKind kind;
    Format format = Format::Claimscope; // checked for Annotations only
};

const std::string kUnknown = "Not a file Claimscope knows: expected an article (.txt, .md, .html) or annotations "
                             "(.claimscope.json, W3C .jsonld/.json, brat .ann/.zip, doccano .jsonl).";

} // namespace

TEST_CASE("file routing: articles, annotation files and files Claimscope cannot read", "[formats][routing]") {
    const Project p = fixture::project();
    const std::string claimscope = save_project(p);
    const std::string w3c = export_as(p, Format::W3C)[0].bytes;
    const std::string doccano = export_as(p, Format::Doccano)[0].bytes;
    const std::string brat_zip = export_as(p, Format::Brat)[0].bytes;
    const Expect cases[] = {
        // Articles by extension, whatever the content: a .txt holding JSON is still an article.
        {"article.txt", "Some text.", FileKind::Article},
        {"ARTICLE.TEXT", "Some text.", FileKind::Article},
        {"notes.md", "# Title", FileKind::Article},
        {"notes.Markdown", "# Title", FileKind::Article},
        {"page.html", "<html><body><p>x</p></body></html>", FileKind::Article},
        {"page.xhtml", "<html/>", FileKind::Article},
        {"dir.v2/page.htm", "<p>x</p>", FileKind::Article},
        {"looks-like-json.txt", claimscope, FileKind::Article},
        // Annotation files: the content first...
        {"work.claimscope.json", claimscope, FileKind::Annotations, Format::Claimscope},
        {"export.json", w3c, FileKind::Annotations, Format::W3C}, // ".json" alone would say Claimscope
        {"lines.jsonl", doccano, FileKind::Annotations, Format::Doccano},
        {"download", brat_zip, FileKind::Annotations, Format::Brat}, // no extension: the zip signature
        {"claimscope-file", claimscope, FileKind::Annotations, Format::Claimscope},
        // ...then the extension (the reader reports what is wrong inside).
        {"broken.jsonld", "{not json", FileKind::Annotations, Format::W3C},
        {"doc.ann", "T1\tclaim 0 4\tSome\n", FileKind::Annotations, Format::Brat},
        {"broken.json", "", FileKind::Annotations, Format::Claimscope},
        // No extension and no annotation format: an article (text or HTML by its content).
        {"README", "Plain words.", FileKind::Article},
        {"page.from-the-web-archive", "<html><body>x</body></html>", FileKind::Article},
        // Export-only formats and other files.
        {"table.csv", "id,type\n", FileKind::Unreadable},
        {"photo.png", "\x89PNG\r\n", FileKind::Unreadable},
        {"doc.pdf", "%PDF-1.7", FileKind::Unreadable},
        // Named as something Claimscope reads, but the bytes say otherwise: named for what they are.
        {"work.claimscope.json", std::string("\x89PNG\r\n\x1A\n\0\0", 10), FileKind::Unreadable},
        {"article.txt", "%PDF-1.4\n", FileKind::Unreadable},
    };
    for (const Expect& e : cases) {
        INFO(e.name);
        const FileRoute r = route_file(e.name, e.bytes);
        CHECK(r.kind == e.kind);
        if (e.kind == FileKind::Annotations) CHECK(r.format == e.format);
        if (e.kind != FileKind::Unreadable) CHECK(r.why.empty());
    }
    CHECK(route_file("table.csv", "id,type\n").why == "Claimscope writes csv files but cannot read them back.");
    CHECK(route_file("photo.png", "\x89PNG").why == kUnknown);
}

TEST_CASE("foreign_file_kind: a file given by mistake is named for what it is", "[formats][routing]") {
    CHECK(foreign_file_kind(std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16)) == "a PNG image");
    CHECK(foreign_file_kind(std::string("\xFF\xD8\xFF\xE0\0\x10JFIF", 10)) == "a JPEG image");
    CHECK(foreign_file_kind(std::string("\0\0\0\x18"
                                        "ftypmp42",
                                        12)) == "a video or audio file");
    CHECK(foreign_file_kind("GIF89a\x01\0") == "a GIF image");
    CHECK(foreign_file_kind(std::string("RIFF\x24\0\0\0WEBPVP8 ", 16)) == "a WebP image");
    CHECK(foreign_file_kind("RIFF").empty()); // too short to say: no read past the end
    CHECK(foreign_file_kind("%PDF-1.7\n%\xE2\xE3\xCF\xD3") == "a PDF document");
    CHECK(foreign_file_kind(std::string("PK\x03\x04\x14\0\x06\0", 8) + "[Content_Types].xml...word/document.xml") ==
          "a Word document");
    // brat's zips, text, JSON and empty files are not foreign: their readers say what is wrong inside.
    CHECK(foreign_file_kind(export_as(fixture::project(), Format::Brat)[0].bytes).empty());
    CHECK(foreign_file_kind("{\"format\": \"claimscope\"}").empty());
    CHECK(foreign_file_kind("Some text.").empty());
    CHECK(foreign_file_kind("").empty());
    const FileRoute r = route_file("work.claimscope.json", std::string("\x89PNG\r\n\x1A\n\0\0", 10));
    CHECK(r.kind == FileKind::Unreadable);
    CHECK(r.why.rfind("This is not a file Claimscope reads: it is a PNG image.", 0) == 0);
}
