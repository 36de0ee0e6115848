// Claimscope core — foreign label names -> codebook types (the rule is in import_result.h and is
// repeated to the user in a warning whenever it was not a plain match).
#include "core/formats/import_result.h"

#include <cctype>

namespace cs {
namespace {

std::string upper_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = char(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

struct Synonym {
    const char* label;
    const char* type;
};
// Labels used by NER tools, brat/doccano projects and annotation guides for the same three ideas.
constexpr Synonym kSynonyms[] = {
    {"PER", "actor"},          {"PERSON", "actor"},    {"ORG", "actor"},  {"ORGANIZATION", "actor"},
    {"ORGANISATION", "actor"}, {"SPEAKER", "actor"},   {"SRC", "source"}, {"SOURCE", "source"},
    {"CLAIM", "claim"},        {"STATEMENT", "claim"},
};

// Okabe–Ito colours not used by the default types, then grey; styles cycle with them so that
// new types stay distinguishable without colour.
constexpr uint32_t kNewColors[] = {0xCC79A7, 0xD55E00, 0x56B4E9, 0xF0E442, 0x999999};
constexpr DrawStyle kNewStyles[] = {DrawStyle::DottedUnderline, DrawStyle::Highlight, DrawStyle::Underline,
                                    DrawStyle::Box};

} // namespace

std::string map_label_to_type(Codebook& cb, const std::string& label, std::vector<Problem>* warnings) {
    const std::string key = upper_ascii(label);
    for (const AnnotationType& t : cb.types)
        if (upper_ascii(t.id) == key || upper_ascii(t.label) == key) return t.id;
    for (const Synonym& s : kSynonyms) {
        if (key == s.label && cb.find_type(s.type)) {
            if (warnings)
                add_problem(*warnings, {"", "label '" + label + "' mapped to type '" + s.type +
                                                "' (rule: same id or label, else synonym table: PER/PERSON/ORG/SPEAKER "
                                                "-> actor, SRC/SOURCE -> source, CLAIM/STATEMENT -> claim)"});
            return s.type;
        }
    }
    AnnotationType t;
    t.id = slugify(label, 40);
    for (int n = 2; cb.find_type(t.id); ++n) t.id = slugify(label, 40) + "-" + std::to_string(n);
    t.label = label.empty() ? t.id : label;
    const size_t added = cb.types.size();
    t.color = kNewColors[added % (sizeof kNewColors / sizeof *kNewColors)];
    t.style = kNewStyles[added % (sizeof kNewStyles / sizeof *kNewStyles)];
    t.description = "Added on import for the label '" + label + "'.";
    cb.types.push_back(t);
    if (warnings)
        add_problem(*warnings, {"", "label '" + label + "' is not in the codebook: added as new type '" + t.id + "'"});
    return t.id;
}

} // namespace cs
