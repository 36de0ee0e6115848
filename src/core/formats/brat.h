// Claimscope core — brat standoff format (https://brat.nlplab.org/standoff.html).
//
// .txt is the article text; .ann holds one annotation per line, offsets in code points:
//   T1<TAB>Claim 10 25<TAB>text        text-bound; a span holding a line break or a tab becomes
//   T2<TAB>Claim 10 20;21 25<TAB>a b   fragments around them (brat's .ann is line based and tab
//                                      separated), their texts joined by ' ', as brat checks
//   R1<TAB>said_by Arg1:T1 Arg2:T2     relation (codebook relation type id)
//   A1<TAB>CheckWorthy T1              binary attribute (true; false is absent)
//   A2<TAB>Status T1 disputed          multi-valued attribute
//   #1<TAB>AnnotatorNotes T1<TAB>note  note; line breaks and tabs become spaces
// Not representable: entity names and free-text attributes (said in warnings).
#pragma once
#include "core/formats/import_result.h"
#include <string>
#include <string_view>
#include <vector>

namespace cs {

struct BratFiles {
    std::string txt, ann, conf; // conf: annotation.conf for the project's codebook
};

BratFiles export_brat(const Project& p, std::vector<std::string>* warnings = nullptr);
// One zip: <base>.txt, <base>.ann, annotation.conf.
std::string export_brat_zip(const Project& p, const std::string& base, std::vector<std::string>* warnings = nullptr);

// Parses `ann` against `article` (brat's .txt; required). Every bad line is reported as
// "line N: ..." and skipped; the good ones are kept. Discontinuous spans are joined into one
// span from the first fragment's start to the last one's end.
ImportResult import_brat(std::string_view ann, std::shared_ptr<const Document> article, const Codebook& base);
// A zip holding one .ann (and its .txt, used as the article when `article` is null).
ImportResult import_brat_zip(std::string_view zip, std::shared_ptr<const Document> article, const Codebook& base);

} // namespace cs
