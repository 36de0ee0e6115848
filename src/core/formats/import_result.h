// Claimscope core — what every importer returns. Importers never throw on bad input: each bad
// item becomes a Problem (with its path: line number or JSON path) and the good items are kept.
#pragma once
#include "core/model/anchoring.h"
#include "core/file/file_format.h"

namespace cs {

struct ImportResult {
    bool ok = false;               // false only when nothing usable could be read at all
    Project project;               // article = the one passed in; codebook possibly extended
    std::vector<Problem> errors;   // items skipped, with where and why
    std::vector<Problem> warnings; // e.g. "label 'PER' mapped to type 'actor' (rule: ...)"
    AnchorReport anchors;          // re-anchoring counts onto the article
};

// How foreign label names become codebook types, shown to the user: case-insensitive match on
// type id or label, then a fixed synonym table (PER/PERSON/ORG/SPEAKER -> actor, SRC/SOURCE ->
// source, CLAIM/STATEMENT -> claim); anything else becomes a new type in the codebook.
std::string map_label_to_type(Codebook& cb, const std::string& label, std::vector<Problem>* warnings);

} // namespace cs
