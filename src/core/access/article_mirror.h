// Claimscope core — the article as assistive technology reads it: the content of the accessible mirror.
//
// The app draws on a canvas, which a screen reader cannot read. The platform keeps a DOM copy of the
// article (the "mirror", web/claimscope.js): real paragraphs of the real text, each annotation marked
// in place with its type, entity, attributes, links and note as its description. This file decides
// what that copy holds; the page only turns it into elements.
//
// Why a window: a 1M-character article is ~10,000 paragraphs; the DOM holds the paragraphs around
// the reading position (a few screens each side), so that each update stays small and fast.
//
// Index
// - MirrorRun, MirrorParagraph, MirrorMark, ArticleMirror
// - mirror_window: which paragraphs, around the visible ones
// - LinkIndex: annotations and links by id, built once per revision
// - article_mirror: the content of a window
// - annotation_description / added_announcement / linked_announcement: the words read aloud
// - mirror_json: the form the page reads
#pragma once
#include "core/model/annotation_index.h"
#include "core/model/model.h"
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace cs {

// A stretch of one paragraph's text covered by the same annotations. Runs split at every annotation
// boundary, so overlapping (not only nested) annotations are all marked.
struct MirrorRun {
    Span span;
    std::vector<uint32_t> marks; // indices into ArticleMirror::marks, outermost (longest) first
};
struct MirrorParagraph {
    uint32_t index = 0; // in Document::paragraphs
    Span span;
    std::vector<MirrorRun> runs;
};
struct MirrorMark {
    std::string id;          // the annotation's id
    std::string type_label;  // "Claim"
    std::string description; // annotation_description
};
struct ArticleMirror {
    uint32_t first = 0, last = 0; // paragraphs [first, last) of the document are here
    std::vector<MirrorParagraph> paragraphs;
    std::vector<MirrorMark> marks; // the annotations touching the window, in text order
};

// Paragraphs [first, last) to mirror when [visible_first, visible_last) are on screen: `margin` more
// on each side, clamped to the document. The window moves in steps of `margin` / 2 paragraphs, so that
// scrolling a line does not rebuild it.
struct ParagraphWindow {
    uint32_t first = 0, last = 0;
    bool operator==(const ParagraphWindow& o) const { return first == o.first && last == o.last; }
};
ParagraphWindow mirror_window(size_t paragraphs, size_t visible_first, size_t visible_last, size_t margin = 24);
// The window cut down to at most `side_cp` code points on each side of the visible paragraphs (whole
// paragraphs; the visible ones always stay). Paragraphs pasted from a PDF run to 20,000-40,000 code points:
// 24 of them each side would put the whole of a 1M-character article in the page (3 MB, half a second to
// build). News paragraphs (~500 code points) keep their 24.
ParagraphWindow fit_mirror_window(ParagraphWindow w, const std::vector<Span>& paragraphs, size_t visible_first,
                                  size_t visible_last, size_t side_cp = 16000);

// Who links to whom, by annotation id. Project::find scans (a project holds hundreds of annotations);
// a window of a 10k-annotation document describes a hundred of them, each with its links: built once
// per editor revision, it keeps each mirror update to lookups.
struct LinkIndex {
    std::unordered_map<std::string, int> annotation;             // id -> index in p.annotations
    std::unordered_map<std::string, std::vector<int>> relations; // annotation id -> indices in p.relations
};
LinkIndex build_link_index(const Project& p);

// The mirror of paragraphs [w.first, w.last). `ix` and `links` must be built from p.
ArticleMirror article_mirror(const Project& p, const AnnotationIndex& ix, const LinkIndex& links, ParagraphWindow w);

// What a screen reader says about an annotation, after its text: "Claim. Status: disputed. Check-worthy.
// Said by Abdul Qahar Balkhi. Note: check the number." Links name the other end by its entity, else its
// quote, in both directions ("Linked from the Claim “…” (according to).").
std::string annotation_description(const Project& p, const Annotation& a, const LinkIndex& links);
// The live region's words after an action: "Claim added: over 450,000 Afghans" (the quote shortened to
// `max_cp` code points), "Linked: said by Abdul Qahar Balkhi".
std::string added_announcement(const Project& p, const Annotation& a, size_t max_cp = 60);
std::string linked_announcement(const Project& p, const Relation& r, size_t max_cp = 60);

// {"lang", "first", "last", "paragraphs": [{"i", "start", "runs": [{"start", "text", "marks": [..]}]}],
//  "marks": [{"id", "type", "description"}]}; text in UTF-8, starts in code points.
std::string mirror_json(const ArticleMirror& m, const Document& d);

} // namespace cs
