// Claimscope core — one entry point for every exchange format, used by the page's Export/Import
// menus and by `claimscope convert`.
//
// Index of this file
// - Format, names and guessing from a file name
// - Opening a file: which reader handles it (route_file)
// - export_as / import_as (dispatch to w3c.h, brat.h, doccano.h, csv.h, html_report.h)
// - Small helpers the importers share (placing a foreign span on the article, label names)
#pragma once
#include "core/formats/import_result.h"
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace cs {

enum class Format { Claimscope, W3C, Brat, Doccano, Csv, Html };

const char* format_name(Format f);                     // "claimscope", "w3c", "brat", ...
bool parse_format(std::string_view name, Format* out); // the names above, case-insensitive
// From the extension: .claimscope.json/.json -> Claimscope, .jsonld/.w3c.json -> W3C,
// .ann/.zip -> Brat, .jsonl -> Doccano, .csv -> Csv, .html/.htm -> Html. False when unknown.
bool guess_format(std::string_view file_name, Format* out);
bool can_import(Format f); // Csv and Html are export-only
// From the content, for ambiguous extensions like .json: zip -> Brat, JSON with "@context" -> W3C,
// {"format": "claimscope"} -> Claimscope, a line with "text" and "entities"/"label" -> Doccano.
bool sniff_format(std::string_view bytes, Format* out);

// ---- Opening a file: which reader handles it -----------------------------------------------
enum class FileKind { Article, Annotations, Unreadable };
struct FileRoute {
    FileKind kind = FileKind::Unreadable;
    Format format = Format::Claimscope; // Annotations: the reader to hand the bytes to
    std::string why;                    // Unreadable: what to tell the user
};
// In this order: an article by its extension (article_kind, article_import.h: .txt, .md, .html...);
// annotations by content (sniff_format), else by extension (guess_format); a file without an
// extension that is no annotation file is an article (import_article_file tells text from HTML).
// Formats Claimscope only writes (.csv) and other extensions are Unreadable, saying why.
FileRoute route_file(std::string_view file_name, std::string_view bytes);
// What a file is, in words, when its first bytes say it is something Claimscope never reads ("a PNG
// image", "a PDF document", "a Word document"); "" otherwise. A file given by mistake is then named as
// what it is, not reported as malformed JSON.
std::string foreign_file_kind(std::string_view bytes);

struct OutFile {
    std::string name; // suggested file name, e.g. "afghan-refugees.brat.zip"
    std::string bytes;
    std::string mime; // for the browser download, e.g. "application/zip"
};

// Brat gives one zip (.txt + .ann + annotation.conf); every other format one file.
// What the target cannot hold (e.g. notes in doccano) is said in *warnings, once per kind.
std::vector<OutFile> export_as(const Project& p, Format f, std::vector<std::string>* warnings = nullptr);

// `bytes` is the file; `article` the text to anchor onto (may be null when the file carries its
// text: Claimscope files, doccano lines, brat zips with a .txt, W3C with an embedded text).
ImportResult import_as(Format f, std::string_view bytes, std::shared_ptr<const Document> article, const Codebook& base);

// ---- Shared by importers -------------------------------------------------------------------
// Places a foreign annotation on the article: trusts `hint` when the article's text there equals
// `quote` (or `quote` is empty and the hint fits), else searches the quote (anchoring.h). Sets
// a.span, a.anchor and the quote fields; counts into *report. False when it cannot be placed.
bool place_on_article(const Project& p, Annotation& a, Span hint, const std::string& quote, AnchorReport* report);

// Foreign label -> type id: a type whose label or id (as token_name) equals it, else
// map_label_to_type's rule (import_result.h), which may add a type and says so in *warnings.
std::string map_type_label(Codebook& cb, const std::string& label, std::vector<Problem>* warnings);
// Foreign relation name -> relation type id: case-insensitive match on id or label (as
// token_name), else a new relation type between the given annotation types, with a warning.
std::string map_relation_label(Codebook& cb, const std::string& label, const std::string& from_type,
                               const std::string& to_type, std::vector<Problem>* warnings);
// A name without whitespace for formats whose names are single tokens (brat): runs of anything
// but letters, digits, '-' and '_' become one '_'. "named person" -> "named_person".
std::string token_name(std::string_view s);
// "check_worthy" / "Check-worthy" -> "CheckWorthy" (brat attribute names by convention).
std::string camel_name(std::string_view s);
// The text of a mention for tables and charts: its entity name when set, else its quote.
std::string display_name(const Annotation& a);
// The result every importer starts from: the article, the codebook, no annotations yet.
ImportResult start_import(std::shared_ptr<const Document> article, const Codebook& base);
// Finalises: sorts, sets ok (false only when nothing was read and something went wrong).
void finish_import(ImportResult& r);

} // namespace cs
