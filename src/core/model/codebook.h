// Claimscope core — the codebook: which annotation types, attributes and relation types exist.
// The codebook travels inside every file, so a custom tag set opens anywhere.
#pragma once
#include <nlohmann/json.hpp>
#include <cstdint>
#include <string>
#include <vector>

namespace cs {

enum class AttrKind { Enum, Bool, Text };
// How a type is drawn, chosen so types are told apart without relying on colour.
enum class DrawStyle { Highlight, Underline, Box, DottedUnderline };

struct AttributeDef {
    std::string id, label;
    AttrKind kind = AttrKind::Text;
    std::vector<std::string> options;                // Enum only
    std::string default_value;                       // Enum: one of options or ""; Bool: "true"/"false"; Text: any
    nlohmann::json extra = nlohmann::json::object(); // unknown fields, kept on round trip
    bool operator==(const AttributeDef& o) const;
    // The value a new annotation starts with: null when there is none (Enum/Text with "").
    nlohmann::json default_json() const;
};

struct AnnotationType {
    std::string id, label, description;
    uint32_t color = 0x0072B2; // 0xRRGGBB (Okabe–Ito palette by default)
    std::string shortcut;      // one key, e.g. "C"
    DrawStyle style = DrawStyle::Highlight;
    bool has_entity = false; // mentions carry an entity name (actors, sources)
    std::vector<AttributeDef> attributes;
    nlohmann::json extra = nlohmann::json::object();
    const AttributeDef* find_attribute(const std::string& id) const;
    bool operator==(const AnnotationType& o) const;
};

struct RelationType {
    std::string id, label;
    std::string from_type, to_type; // annotation type ids
    nlohmann::json extra = nlohmann::json::object();
    bool operator==(const RelationType& o) const;
};

struct Codebook {
    std::vector<AnnotationType> types;
    std::vector<RelationType> relation_types;
    nlohmann::json extra = nlohmann::json::object();
    const AnnotationType* find_type(const std::string& id) const;
    const RelationType* find_relation_type(const std::string& id) const;
    const AnnotationType* find_type_by_shortcut(char key) const; // case-insensitive
    bool operator==(const Codebook& o) const;
};

// claim / actor / source with the attributes of the brief, relations said_by and according_to.
// Same-entity grouping is by the `entity` field of mentions, not by a relation (see docs/FORMAT.md).
Codebook default_codebook();

const char* to_string(AttrKind k);
const char* to_string(DrawStyle s);
bool parse_attr_kind(const std::string& s, AttrKind* out);
bool parse_draw_style(const std::string& s, DrawStyle* out);

} // namespace cs
