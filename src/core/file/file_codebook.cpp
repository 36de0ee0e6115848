// Claimscope core — the codebook inside a file: to JSON, from JSON (with problems), and its rules.
#include "core/file/file_json.h"
#include <cctype>
#include <cstdio>
#include <set>

namespace cs {

ojson codebook_to_json(const Codebook& cb) {
    ojson types = ojson::array();
    for (const AnnotationType& t : cb.types) {
        ojson o;
        o["id"] = t.id;
        o["label"] = t.label;
        o["description"] = t.description;
        char color[8];
        std::snprintf(color, sizeof color, "#%06X", (unsigned)(t.color & 0xFFFFFF));
        o["color"] = color;
        o["shortcut"] = t.shortcut;
        o["style"] = to_string(t.style);
        o["has_entity"] = t.has_entity;
        ojson attrs = ojson::array();
        for (const AttributeDef& a : t.attributes) {
            ojson ao;
            ao["id"] = a.id;
            ao["label"] = a.label;
            ao["kind"] = to_string(a.kind);
            if (a.kind == AttrKind::Enum) ao["options"] = a.options;
            if (a.kind == AttrKind::Bool)
                ao["default"] = a.default_value == "true";
            else
                ao["default"] = a.default_value;
            append_extra(ao, a.extra);
            attrs.push_back(std::move(ao));
        }
        o["attributes"] = std::move(attrs);
        append_extra(o, t.extra);
        types.push_back(std::move(o));
    }
    ojson rels = ojson::array();
    for (const RelationType& r : cb.relation_types) {
        ojson o;
        o["id"] = r.id;
        o["label"] = r.label;
        o["from"] = r.from_type;
        o["to"] = r.to_type;
        append_extra(o, r.extra);
        rels.push_back(std::move(o));
    }
    ojson out;
    out["types"] = std::move(types);
    out["relation_types"] = std::move(rels);
    append_extra(out, cb.extra);
    return out;
}

static bool parse_color(const std::string& s, uint32_t* out) {
    if (s.size() != 7 || s[0] != '#') return false;
    uint32_t v = 0;
    for (size_t i = 1; i < 7; i++) {
        if (!std::isxdigit((unsigned char)s[i])) return false;
        v = v * 16 + (uint32_t)std::stoi(s.substr(i, 1), nullptr, 16);
    }
    *out = v;
    return true;
}

static AttributeDef read_attribute(const JsonReader& r, const json& j, const std::string& path) {
    AttributeDef a;
    r.str(j, path, "id", &a.id, true);
    r.str(j, path, "label", &a.label, true);
    std::string kind;
    if (r.str(j, path, "kind", &kind, true) && !parse_attr_kind(kind, &a.kind))
        r.error(JsonReader::key(path, "kind"),
                "expected \"enum\", \"bool\" or \"text\", found \"" + shorten(kind) + "\"");
    if (a.kind == AttrKind::Enum) {
        if (const json* opts = r.array(j, path, "options", true))
            for (size_t i = 0; i < opts->size(); i++) {
                if ((*opts)[i].is_string())
                    a.options.push_back((*opts)[i].get<std::string>());
                else
                    r.error(JsonReader::at(JsonReader::key(path, "options"), i),
                            "expected a string, found " + JsonReader::found((*opts)[i]));
            }
    }
    if (a.kind == AttrKind::Bool) {
        bool d = false;
        r.boolean(j, path, "default", &d, false);
        a.default_value = d ? "true" : "false";
    } else {
        r.str(j, path, "default", &a.default_value, false);
    }
    a.extra = unknown_fields(j, {"id", "label", "kind", "options", "default"});
    return a;
}

static AnnotationType read_type(const JsonReader& r, const json& j, const std::string& path) {
    AnnotationType t;
    r.str(j, path, "id", &t.id, true);
    r.str(j, path, "label", &t.label, true);
    r.str(j, path, "description", &t.description, false);
    std::string color;
    if (r.str(j, path, "color", &color, true) && !parse_color(color, &t.color))
        r.error(JsonReader::key(path, "color"), "expected a colour like \"#E69F00\", found \"" + shorten(color) + "\"");
    r.str(j, path, "shortcut", &t.shortcut, false);
    std::string style;
    if (r.str(j, path, "style", &style, true) && !parse_draw_style(style, &t.style))
        r.error(JsonReader::key(path, "style"),
                "expected \"highlight\", \"underline\", \"box\" or \"dotted_underline\", found \"" + shorten(style) +
                    "\"");
    r.boolean(j, path, "has_entity", &t.has_entity, false);
    if (const json* attrs = r.array(j, path, "attributes", false))
        for (size_t i = 0; i < attrs->size(); i++) {
            std::string p = JsonReader::at(JsonReader::key(path, "attributes"), i);
            if ((*attrs)[i].is_object())
                t.attributes.push_back(read_attribute(r, (*attrs)[i], p));
            else
                r.error(p, "expected an object, found " + JsonReader::found((*attrs)[i]));
        }
    t.extra =
        unknown_fields(j, {"id", "label", "description", "color", "shortcut", "style", "has_entity", "attributes"});
    return t;
}

bool codebook_from_json(const json& j, const std::string& path, Codebook* out, std::vector<Problem>* errors) {
    const size_t before = problem_count(*errors);
    JsonReader r{errors};
    Codebook cb;
    if (!j.is_object()) {
        r.error(path, "expected an object, found " + JsonReader::found(j));
        return false;
    }
    if (const json* types = r.array(j, path, "types", true))
        for (size_t i = 0; i < types->size(); i++) {
            std::string p = JsonReader::at(JsonReader::key(path, "types"), i);
            if ((*types)[i].is_object())
                cb.types.push_back(read_type(r, (*types)[i], p));
            else
                r.error(p, "expected an object, found " + JsonReader::found((*types)[i]));
        }
    if (const json* rels = r.array(j, path, "relation_types", true))
        for (size_t i = 0; i < rels->size(); i++) {
            std::string p = JsonReader::at(JsonReader::key(path, "relation_types"), i);
            const json& rj = (*rels)[i];
            if (!rj.is_object()) {
                r.error(p, "expected an object, found " + JsonReader::found(rj));
                continue;
            }
            RelationType rt;
            r.str(rj, p, "id", &rt.id, true);
            r.str(rj, p, "label", &rt.label, true);
            r.str(rj, p, "from", &rt.from_type, true);
            r.str(rj, p, "to", &rt.to_type, true);
            rt.extra = unknown_fields(rj, {"id", "label", "from", "to"});
            cb.relation_types.push_back(std::move(rt));
        }
    cb.extra = unknown_fields(j, {"types", "relation_types"});
    // Only check the rules on a codebook that was read whole, or messages would pile up.
    if (problem_count(*errors) == before) check_codebook(cb, path, errors);
    *out = std::move(cb);
    return problem_count(*errors) == before;
}

bool check_codebook(const Codebook& cb, const std::string& path, std::vector<Problem>* problems) {
    const size_t before = problem_count(*problems);
    JsonReader r{problems};
    std::set<std::string> type_ids, shortcuts;
    for (size_t i = 0; i < cb.types.size(); i++) {
        const AnnotationType& t = cb.types[i];
        std::string p = JsonReader::at(JsonReader::key(path, "types"), i);
        if (t.id.empty())
            r.error(p + ".id", "must not be empty");
        else if (!type_ids.insert(t.id).second)
            r.error(p + ".id", "duplicate type id \"" + t.id + "\"");
        if (!t.shortcut.empty()) {
            char c = t.shortcut[0];
            if (t.shortcut.size() != 1 || !std::isalnum((unsigned char)c))
                r.error(p + ".shortcut", "expected one letter or digit, found \"" + shorten(t.shortcut) + "\"");
            else if (!shortcuts.insert(std::string(1, (char)std::toupper((unsigned char)c))).second)
                r.error(p + ".shortcut", "shortcut \"" + t.shortcut + "\" is already used by another type");
        }
        std::set<std::string> attr_ids;
        for (size_t k = 0; k < t.attributes.size(); k++) {
            const AttributeDef& a = t.attributes[k];
            std::string ap = JsonReader::at(p + ".attributes", k);
            if (a.id.empty())
                r.error(ap + ".id", "must not be empty");
            else if (!attr_ids.insert(a.id).second)
                r.error(ap + ".id", "duplicate attribute id \"" + a.id + "\"");
            if (a.kind != AttrKind::Enum) continue;
            std::set<std::string> opts(a.options.begin(), a.options.end());
            if (a.options.empty())
                r.error(ap + ".options", "an enum needs at least one option");
            else if (opts.size() != a.options.size())
                r.error(ap + ".options", "options must be unique");
            if (!a.default_value.empty() && !opts.count(a.default_value))
                r.error(ap + ".default", "\"" + shorten(a.default_value) + "\" is not one of the options");
        }
    }
    std::set<std::string> rel_ids;
    for (size_t i = 0; i < cb.relation_types.size(); i++) {
        const RelationType& rt = cb.relation_types[i];
        std::string p = JsonReader::at(JsonReader::key(path, "relation_types"), i);
        if (rt.id.empty())
            r.error(p + ".id", "must not be empty");
        else if (!rel_ids.insert(rt.id).second)
            r.error(p + ".id", "duplicate relation type id \"" + rt.id + "\"");
        if (!type_ids.count(rt.from_type)) r.error(p + ".from", "unknown type \"" + shorten(rt.from_type) + "\"");
        if (!type_ids.count(rt.to_type)) r.error(p + ".to", "unknown type \"" + shorten(rt.to_type) + "\"");
    }
    return problem_count(*problems) == before;
}

} // namespace cs
