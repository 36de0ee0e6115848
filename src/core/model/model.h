// Claimscope core — the data model in one place: annotations, relations and the project that a
// file holds. Plain structs; all edits go through Editor (editor.h) so they can be undone.
#pragma once
#include "core/model/codebook.h"
#include "core/model/document.h"
#include <nlohmann/json.hpp>
#include <memory>
#include <string>
#include <vector>

namespace cs {

enum class AnchorStatus { Exact, Moved, Fuzzy, Orphaned };
const char* to_string(AnchorStatus s); // "exact", "moved", "fuzzy", "orphaned"
bool parse_anchor_status(const std::string& s, AnchorStatus* out);

struct Annotation {
    std::string id;                                       // stable, unique in the project (e.g. "a-7f3c2e1b")
    std::string type;                                     // AnnotationType::id
    Span span;                                            // code points, non-empty, inside the text (unless orphaned)
    std::string exact, prefix, suffix;                    // quote; prefix/suffix up to kQuoteContext code points
    nlohmann::json attributes = nlohmann::json::object(); // id -> string | bool
    std::string entity;                                   // actors/sources: the entity this mention refers to
    std::string note;
    std::string author;
    std::string created, modified;                   // ISO 8601 UTC, e.g. "2026-11-27T22:05:54Z"
    AnchorStatus anchor = AnchorStatus::Exact;       // Orphaned: span is meaningless, kept in the file
    nlohmann::json extra = nlohmann::json::object(); // unknown fields, kept on round trip
    bool operator==(const Annotation& o) const;
};

struct Relation {
    std::string id, type, from, to; // from/to are annotation ids
    nlohmann::json extra = nlohmann::json::object();
    bool operator==(const Relation& o) const;
};

constexpr size_t kQuoteContext = 32;

// Fills exact/prefix/suffix of `a` from `doc` at a.span (clamped to the text): the quote and
// up to kQuoteContext code points each side, as placed annotations carry them.
void fill_quote(Annotation& a, const Document& doc);

// Everything one file holds.
struct Project {
    std::shared_ptr<const Document> doc;
    Codebook codebook;
    std::vector<Annotation> annotations; // kept sorted by (span.start, span.end, id)
    std::vector<Relation> relations;     // kept sorted by id
    std::string annotator;
    std::string created, modified;
    nlohmann::json exercise;                                 // null unless this file is an exercise / submission
    nlohmann::json extra = nlohmann::json::object();         // unknown top-level fields
    nlohmann::json article_extra = nlohmann::json::object(); // unknown fields of "article"

    const Annotation* find(const std::string& id) const;
    int index_of(const std::string& id) const; // -1 when absent
    const Relation* find_relation(const std::string& id) const;
    // Same annotations, relations, codebook, metadata, text and kept unknown fields.
    bool operator==(const Project& o) const;
};

// The order of the saved file: annotations by (start, end, id), relations by id.
bool file_order(const Annotation& a, const Annotation& b);
bool file_order(const Relation& a, const Relation& b);
void sort_annotations(std::vector<Annotation>& v);
void sort_relations(std::vector<Relation>& v);

} // namespace cs
