// Claimscope core — merging another file's annotations and links into the open project, as one
// command of the Editor (one Ctrl+Z undoes the whole merge).
//
// Rules:
// - An annotation already here (same id, type and span) is not added twice; a link between
//   annotations that are already linked by the same relation type is not either.
// - An id that is taken in the open project is renamed ("a-1" -> "a-1-2"), and links follow it.
// - What the open project cannot hold is skipped and counted, with the reason: an annotation whose
//   type the open codebook lacks or whose span does not fit the text, a link whose relation type the
//   codebook lacks, and every link to a skipped annotation.
// Both projects are expected to be on the same article (the caller compares the text hashes).
#pragma once
#include "core/model/editor.h"
#include <string>
#include <vector>

namespace cs {

struct MergeResult {
    bool ok = false; // merged, or nothing new to merge; false: nothing changed
    size_t added_annotations = 0, added_relations = 0;
    size_t already_here = 0; // annotations and links the open project already had
    size_t skipped_annotations = 0, skipped_relations = 0;
    std::vector<std::string> skipped; // one line per reason: "2 annotations of type 'evidence' skipped: ..."
    std::string summary;              // one line for the status bar
};

MergeResult merge_project(Editor& editor, const Project& incoming);

} // namespace cs
