// Claimscope core — W3C Web Annotation (JSON-LD) export and import.
//
// Export: one AnnotationCollection; its embedded first AnnotationPage holds every annotation.
// Each item repeats "@context" so that it is also valid on its own (the W3C suite checks items
// one by one). Identifiers: the collection is `collection_id` (default "urn:sha256:<text hash>"),
// the page `<collection>#page-1`, annotation/relation X `<collection>#X`.
//
// One annotation (motivation "tagging"):
//   target: {source: article URL (if it is a URI) else "urn:sha256:<hash>",
//            selector: [TextQuoteSelector {exact, prefix, suffix},
//                       TextPositionSelector {start, end} in Unicode code points]}
//            (orphaned annotations carry only the TextQuoteSelector: their span is meaningless)
//   body, all TextualBody:
//     purpose "tagging"     value = the type's label          (exactly one)
//     purpose "commenting"  value = the note                   (when non-empty)
//     purpose "identifying" value = the entity name            (actors/sources, when set)
//     purpose "classifying" value = "<attribute id>=<value>"  (one per attribute; booleans as
//                                                             "true"/"false"; split at the first '=')
//   creator {type: "Person", name: author}, created, modified (when set).
// One relation: motivation "linking", target = [IRI of the from annotation, IRI of the to
// annotation] (in that order), body = TextualBody purpose "tagging" value = relation label.
//
// Import accepts a collection (embedded pages, following embedded "next"), a page, one annotation,
// an array of annotations, or Hypothesis API output ({"rows": [...]}, "text" = note, "tags").
// Positions are trusted only when the text there equals the quote (as code points, then as UTF-16
// units as Hypothesis writes them), else the quote is searched (anchoring.h). Every bad item is a
// Problem with its JSON path; good items are kept.
#pragma once
#include "core/formats/import_result.h"
#include <memory>
#include <string>
#include <string_view>

namespace cs {

nlohmann::json export_w3c(const Project& p, const std::string& collection_id = "");
ImportResult import_w3c(std::string_view bytes, std::shared_ptr<const Document> article, const Codebook& base);

} // namespace cs
