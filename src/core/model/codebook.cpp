// Claimscope core — the default codebook and codebook look-ups.
//
// Index
// - default_codebook(): claim / actor / source, said_by / according_to
// - look-ups and equality
// - enum <-> string names used by the file format
#include "core/model/codebook.h"
#include <cctype>

namespace cs {

// ---------------------------------------------------------------------------------------------
// Default codebook
// ---------------------------------------------------------------------------------------------
// Colours from the Okabe–Ito palette (safe for the common colour-vision deficiencies); each type
// also has its own draw style, so colour is never the only cue.
Codebook default_codebook() {
    Codebook cb;

    AnnotationType claim;
    claim.id = "claim";
    claim.label = "Claim";
    claim.description = "A statement presented as fact (or as opinion) that a reader could check.";
    claim.color = 0xE69F00; // orange
    claim.shortcut = "C";
    claim.style = DrawStyle::Highlight;
    claim.attributes.push_back({"status",
                                "Status",
                                AttrKind::Enum,
                                {"unverified", "supported", "disputed", "false", "opinion"},
                                "unverified"});
    claim.attributes.push_back({"check_worthy", "Check-worthy", AttrKind::Bool, {}, "false"});
    cb.types.push_back(claim);

    AnnotationType actor;
    actor.id = "actor";
    actor.label = "Actor";
    actor.description = "Who acts or speaks: a person, organisation, government, group or country.";
    actor.color = 0x0072B2; // blue
    actor.shortcut = "A";
    actor.style = DrawStyle::Underline;
    actor.has_entity = true;
    actor.attributes.push_back(
        {"kind", "Kind", AttrKind::Enum, {"person", "organisation", "government", "group", "country", "other"}, ""});
    cb.types.push_back(actor);

    AnnotationType source;
    source.id = "source";
    source.label = "Source";
    source.description = "What a claim rests on: a named person, an organisation, a document, another outlet.";
    source.color = 0x009E73; // bluish green
    source.shortcut = "S";
    source.style = DrawStyle::Box;
    source.has_entity = true;
    source.attributes.push_back({"kind",
                                 "Kind",
                                 AttrKind::Enum,
                                 {"named person", "organisation", "document", "media outlet", "anonymous", "unclear"},
                                 ""});
    cb.types.push_back(source);

    cb.relation_types.push_back({"said_by", "said by", "claim", "actor"});
    cb.relation_types.push_back({"according_to", "according to", "claim", "source"});
    return cb;
}

// ---------------------------------------------------------------------------------------------
// Look-ups and equality
// ---------------------------------------------------------------------------------------------
nlohmann::json AttributeDef::default_json() const {
    if (kind == AttrKind::Bool) return default_value == "true";
    if (default_value.empty()) return nullptr;
    return default_value;
}

bool AttributeDef::operator==(const AttributeDef& o) const {
    return id == o.id && label == o.label && kind == o.kind && options == o.options &&
           default_value == o.default_value && extra == o.extra;
}

const AttributeDef* AnnotationType::find_attribute(const std::string& aid) const {
    for (const AttributeDef& a : attributes)
        if (a.id == aid) return &a;
    return nullptr;
}

bool AnnotationType::operator==(const AnnotationType& o) const {
    return id == o.id && label == o.label && description == o.description && color == o.color &&
           shortcut == o.shortcut && style == o.style && has_entity == o.has_entity && attributes == o.attributes &&
           extra == o.extra;
}

bool RelationType::operator==(const RelationType& o) const {
    return id == o.id && label == o.label && from_type == o.from_type && to_type == o.to_type && extra == o.extra;
}

const AnnotationType* Codebook::find_type(const std::string& tid) const {
    for (const AnnotationType& t : types)
        if (t.id == tid) return &t;
    return nullptr;
}

const RelationType* Codebook::find_relation_type(const std::string& rid) const {
    for (const RelationType& r : relation_types)
        if (r.id == rid) return &r;
    return nullptr;
}

const AnnotationType* Codebook::find_type_by_shortcut(char key) const {
    int k = std::toupper((unsigned char)key);
    for (const AnnotationType& t : types)
        if (t.shortcut.size() == 1 && std::toupper((unsigned char)t.shortcut[0]) == k) return &t;
    return nullptr;
}

bool Codebook::operator==(const Codebook& o) const {
    return types == o.types && relation_types == o.relation_types && extra == o.extra;
}

// ---------------------------------------------------------------------------------------------
// Names used in files
// ---------------------------------------------------------------------------------------------
const char* to_string(AttrKind k) {
    switch (k) {
        case AttrKind::Enum: return "enum";
        case AttrKind::Bool: return "bool";
        case AttrKind::Text: return "text";
    }
    return "text";
}

const char* to_string(DrawStyle s) {
    switch (s) {
        case DrawStyle::Highlight: return "highlight";
        case DrawStyle::Underline: return "underline";
        case DrawStyle::Box: return "box";
        case DrawStyle::DottedUnderline: return "dotted_underline";
    }
    return "highlight";
}

bool parse_attr_kind(const std::string& s, AttrKind* out) {
    for (AttrKind k : {AttrKind::Enum, AttrKind::Bool, AttrKind::Text})
        if (s == to_string(k)) {
            *out = k;
            return true;
        }
    return false;
}

bool parse_draw_style(const std::string& s, DrawStyle* out) {
    for (DrawStyle d : {DrawStyle::Highlight, DrawStyle::Underline, DrawStyle::Box, DrawStyle::DottedUnderline})
        if (s == to_string(d)) {
            *out = d;
            return true;
        }
    return false;
}

} // namespace cs
