// Claimscope classroom — agreement among students (inter-rater reliability), over word tokens.
//
// Units are the article's word tokens (word_tokens). Per annotation type, each student gives each
// token one of two values: marked (the token shares a code point with one of their marks of that
// type) or not marked. The all-types version gives each token one category: the set of types the
// student marked it with ("none", "claim", "claim+source", ...).
// - Fleiss' kappa (Fleiss 1971): every unit rated by the same number of raters.
// - Krippendorff's alpha, nominal (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability"):
//   missing values allowed; units with fewer than two values are not pairable and are skipped.
// Both are undefined (std::nullopt) when chance agreement is total, e.g. nobody marked anything.
#pragma once
#include "core/model/model.h"
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cs {

// counts[subject][category] = how many raters put the subject in that category. Every row must
// sum to the same n ≥ 2; otherwise (or when P_e = 1) the result is nullopt.
std::optional<double> fleiss_kappa(const std::vector<std::vector<int>>& counts);

constexpr int kMissingValue = -1;
// values[coder][unit] = a category ≥ 0, or kMissingValue. Rows may differ in length (missing at the end).
std::optional<double> krippendorff_alpha_nominal(const std::vector<std::vector<int>>& values);

// marks[rater][token] = bit i set when the rater marked the token with types[i] (at most 64 types).
std::vector<std::vector<uint64_t>> token_type_marks(const std::vector<Span>& tokens,
                                                    const std::vector<std::string>& types,
                                                    const std::vector<const std::vector<Annotation>*>& raters);

struct TypeAgreement {
    std::string type;
    std::optional<double> kappa, alpha;
};
struct Agreement {
    size_t raters = 0, units = 0;
    std::vector<TypeAgreement> per_type;        // marked / not marked, one entry per type
    std::optional<double> kappa_all, alpha_all; // one category per token: the set of types
};
// A coefficient in words, for a teacher beside the number (the usual bands of Landis & Koch 1977, said
// plainly): "agree almost fully" (≥ 0.8), "mostly agree" (≥ 0.6), "partly agree" (≥ 0.4), "agree a
// little" (≥ 0.2), "hardly agree" (≥ 0), "disagree more than chance would"; "cannot be said" when
// undefined.
std::string agreement_words(const std::optional<double>& coefficient);
// One sentence over the types, by Krippendorff's alpha (kappa when alpha is undefined): "Students
// mostly agree on claims; they hardly agree on sources." Types with neither value are left out.
std::string agreement_sentence(const Agreement& a, const std::vector<std::string>& type_labels);

// Needs two or more raters; with fewer, every value is nullopt.
Agreement token_agreement(const std::vector<std::string>& types, const std::vector<std::vector<uint64_t>>& marks);

} // namespace cs
