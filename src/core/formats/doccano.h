// Claimscope core — doccano JSONL, as doccano's own export of a relation project: one document
// per line,
//   {"id":1,"text":"...","entities":[{"id":1,"label":"Claim","start_offset":0,"end_offset":5}],
//    "relations":[{"id":1,"from_id":1,"to_id":2,"type":"said_by"}],"Comments":[]}
// offsets in code points (doccano is Python). Entity labels are type labels, relation types are
// relation type ids. Notes, entity names and attributes have no place: said in warnings.
// Import also reads the sequence-labelling export: {"text": ..., "label": [[0, 5, "Claim"], ...]}.
#pragma once
#include "core/formats/import_result.h"
#include <string>
#include <string_view>
#include <vector>

namespace cs {

std::string export_doccano(const Project& p, std::vector<std::string>* warnings = nullptr);

// Imports the first document (line) of `jsonl`; further lines are reported and skipped.
// The line's "text" becomes the article when `article` is null; otherwise each entity is
// re-anchored onto `article` by its text in the line.
ImportResult import_doccano(std::string_view jsonl, std::shared_ptr<const Document> article, const Codebook& base);

} // namespace cs
