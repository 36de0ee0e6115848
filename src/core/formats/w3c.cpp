// Claimscope core — W3C Web Annotation export/import (the mapping is documented in w3c.h).
//
// Index of this file
// - Small checks: IRI, xsd:dateTime, @context / type values
// - Export: annotation_json, relation_json, export_w3c
// - Import: Reader (validation with JSON paths, selectors, bodies, anchoring, relations), import_w3c
#include "core/formats/w3c.h"

#include "core/file/json_stream.h"
#include "core/formats/formats.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace cs {
namespace {

using json = nlohmann::json;
constexpr const char* kContext = "http://www.w3.org/ns/anno.jsonld";

// ---------------------------------------------------------------------------------------------
// Small checks
// ---------------------------------------------------------------------------------------------
// RFC 3986 shape: scheme ":" then no whitespace, controls or the characters IRIs may not hold.
bool is_iri(const std::string& s) {
    size_t colon = s.find(':');
    if (colon == std::string::npos || colon == 0 || !std::isalpha(static_cast<unsigned char>(s[0]))) return false;
    for (size_t i = 1; i < colon; ++i) {
        const char c = s[i];
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-' && c != '.') return false;
    }
    if (colon + 1 == s.size()) return false;
    for (unsigned char c : s)
        if (c <= 0x20 || c == 0x7F || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' ||
            c == '\\' || c == '^' || c == '`')
            return false;
    return true;
}

// xsd:dateTime as the model requires: 2015-01-28T12:00:00Z, optional fraction and offset.
bool is_datetime(const std::string& s) {
    auto digits = [&](size_t at, size_t n) {
        if (at + n > s.size()) return false;
        for (size_t i = at; i < at + n; ++i)
            if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
        return true;
    };
    if (!(digits(0, 4) && s.size() > 19 && s[4] == '-' && digits(5, 2) && s[7] == '-' && digits(8, 2) && s[10] == 'T' &&
          digits(11, 2) && s[13] == ':' && digits(14, 2) && s[16] == ':' && digits(17, 2)))
        return false;
    size_t p = 19;
    if (s[p] == '.') {
        size_t q = p + 1;
        while (q < s.size() && std::isdigit(static_cast<unsigned char>(s[q]))) ++q;
        if (q == p + 1) return false;
        p = q;
    }
    if (p < s.size() && s[p] == 'Z') return p + 1 == s.size();
    return p + 6 == s.size() && (s[p] == '+' || s[p] == '-') && digits(p + 1, 2) && s[p + 3] == ':' && digits(p + 4, 2);
}

// A JSON-LD value that is `want` or an array containing it.
bool has_value(const json* v, const char* want) {
    if (!v) return false;
    if (v->is_string()) return *v == want;
    if (v->is_array())
        for (const json& x : *v)
            if (x.is_string() && x == want) return true;
    return false;
}

const json* get(const json& obj, const char* key) {
    if (!obj.is_object()) return nullptr;
    auto it = obj.find(key);
    return it == obj.end() ? nullptr : &*it;
}

std::string str_or(const json* v, const std::string& fallback = "") {
    return v && v->is_string() ? v->get<std::string>() : fallback;
}

std::string kind_of(const json& v) {
    switch (v.type()) {
        case json::value_t::null: return "null";
        case json::value_t::object: return "an object";
        case json::value_t::array: return "an array";
        case json::value_t::string: return "a string";
        case json::value_t::boolean: return "a boolean";
        default: return "a number";
    }
}

// ---------------------------------------------------------------------------------------------
// Export
// ---------------------------------------------------------------------------------------------
json text_body(const char* purpose, const std::string& value) {
    return json{{"type", "TextualBody"}, {"purpose", purpose}, {"value", value}, {"format", "text/plain"}};
}

void put_times(json& o, const std::string& created, const std::string& modified) {
    if (is_datetime(created)) o["created"] = created;
    if (is_datetime(modified)) o["modified"] = modified;
}

json annotation_json(const Project& p, const Annotation& a, const std::string& base, const std::string& source) {
    json o;
    o["@context"] = kContext;
    o["id"] = base + "#" + a.id;
    o["type"] = "Annotation";
    o["motivation"] = "tagging";
    put_times(o, a.created, a.modified);
    if (!a.author.empty()) o["creator"] = json{{"type", "Person"}, {"name", a.author}};

    const AnnotationType* t = p.codebook.find_type(a.type);
    json body = json::array();
    body.push_back(text_body("tagging", t ? t->label : a.type));
    if (!a.note.empty()) body.push_back(text_body("commenting", a.note));
    if (!a.entity.empty()) body.push_back(text_body("identifying", a.entity));
    for (auto it = a.attributes.begin(); it != a.attributes.end(); ++it) {
        const json& v = it.value();
        const std::string text = v.is_boolean()  ? (v.get<bool>() ? "true" : "false")
                                 : v.is_string() ? v.get<std::string>()
                                                 : v.dump();
        body.push_back(text_body("classifying", it.key() + "=" + text));
    }
    o["body"] = body;

    json selectors = json::array();
    selectors.push_back(
        {{"type", "TextQuoteSelector"}, {"exact", a.exact}, {"prefix", a.prefix}, {"suffix", a.suffix}});
    if (a.anchor != AnchorStatus::Orphaned)
        selectors.push_back({{"type", "TextPositionSelector"}, {"start", a.span.start}, {"end", a.span.end}});
    o["target"] = json{{"source", source}, {"selector", selectors}};
    return o;
}

json relation_json(const Project& p, const Relation& r, const std::string& base) {
    const RelationType* t = p.codebook.find_relation_type(r.type);
    json o;
    o["@context"] = kContext;
    o["id"] = base + "#" + r.id;
    o["type"] = "Annotation";
    o["motivation"] = "linking";
    o["body"] = json::array({text_body("tagging", t ? t->label : r.type)});
    o["target"] = json::array({base + "#" + r.from, base + "#" + r.to});
    return o;
}

} // namespace

json export_w3c(const Project& p, const std::string& collection_id) {
    const std::string hash_iri = "urn:sha256:" + (p.doc ? p.doc->hash : std::string());
    const std::string base = is_iri(collection_id) ? collection_id : hash_iri;
    const std::string url = p.doc ? p.doc->meta.url : std::string();
    const std::string source = is_iri(url) ? url : hash_iri;

    json items = json::array();
    for (const Annotation& a : p.annotations) items.push_back(annotation_json(p, a, base, source));
    for (const Relation& r : p.relations) items.push_back(relation_json(p, r, base));

    json c;
    c["@context"] = kContext;
    c["id"] = base;
    c["type"] = "AnnotationCollection";
    const std::string title = p.doc ? p.doc->meta.title : std::string();
    c["label"] = title.empty() ? std::string("Claimscope annotations") : "Claimscope annotations: " + title;
    c["total"] = items.size();
    put_times(c, p.created, p.modified);
    if (!items.empty()) {
        json page;
        page["id"] = base + "#page-1";
        page["type"] = "AnnotationPage";
        page["startIndex"] = 0;
        page["items"] = std::move(items);
        c["first"] = std::move(page);
    }
    return c;
}

// ---------------------------------------------------------------------------------------------
// Import
// ---------------------------------------------------------------------------------------------
namespace {

struct TextSelectors {
    bool has_quote = false, has_pos = false;
    std::string exact, prefix, suffix;
    uint64_t start = 0, end = 0;
};

struct Reader {
    ImportResult& r;
    const Document& doc;
    std::map<std::string, std::string> iri_to_id; // annotation IRI (and its plain id) -> our id
    std::set<std::string> ids; // annotations and relations share one namespace in a Claimscope file
    std::map<std::string, std::string> type_of_label; // so each mapping is reported once
    struct Link {
        std::string path, iri, label;
        std::vector<std::string> ends;
    };
    std::vector<Link> links;

    void error(const std::string& path, std::string msg) { r.errors.push_back({path, std::move(msg)}); }
    void warn(const std::string& path, std::string msg) { r.warnings.push_back({path, std::move(msg)}); }
    static std::string key(const std::string& path, const std::string& k) { return path.empty() ? k : path + "." + k; }
    static std::string at(const std::string& path, size_t i) { return path + "[" + std::to_string(i) + "]"; }

    // ---- validation of the model's constraints ------------------------------------------
    void check_iri_list(const json& a, const std::string& path, const char* k, bool single) {
        const json* v = get(a, k);
        if (!v) return;
        if (v->is_string() && is_iri(v->get<std::string>())) return;
        if (!single && v->is_array() && !v->empty() && std::all_of(v->begin(), v->end(), [](const json& x) {
                return x.is_string() && is_iri(x.get<std::string>());
            }))
            return;
        error(key(path, k), std::string("must be ") + (single ? "one IRI" : "an IRI or an array of IRIs") + ", found " +
                                (v->is_string() ? "'" + v->get<std::string>() + "'" : kind_of(*v)));
    }
    void check_datetime(const json& a, const std::string& path, const char* k) {
        const json* v = get(a, k);
        if (v && !(v->is_string() && is_datetime(v->get<std::string>())))
            error(key(path, k), "must be one xsd:dateTime such as 2015-01-28T12:00:00Z, found " +
                                    (v->is_string() ? "'" + v->get<std::string>() + "'" : kind_of(*v)));
    }
    void check_agent(const json& a, const std::string& path, const char* k) {
        const json* v = get(a, k);
        if (!v) return;
        auto ok = [](const json& x) { return x.is_object() || (x.is_string() && is_iri(x.get<std::string>())); };
        if (ok(*v) || (v->is_array() && !v->empty() && std::all_of(v->begin(), v->end(), ok))) return;
        error(key(path, k), "must be an agent (an object or an IRI), found " + kind_of(*v));
    }

    // Walks selectors (object or array, following refinedBy), checks them, keeps the text ones.
    void read_selectors(const json& sel, const std::string& path, TextSelectors* out) {
        if (sel.is_array()) {
            for (size_t i = 0; i < sel.size(); ++i) read_selectors(sel[i], at(path, i), out);
            return;
        }
        if (sel.is_string()) return; // a selector by reference: nothing to read
        if (!sel.is_object()) {
            error(path, "a selector must be an object, found " + kind_of(sel));
            return;
        }
        const json* type = get(sel, "type");
        if (has_value(type, "TextQuoteSelector")) {
            const json* exact = get(sel, "exact");
            if (!exact || !exact->is_string()) error(key(path, "exact"), "TextQuoteSelector needs 'exact' (a string)");
            for (const char* k : {"prefix", "suffix"})
                if (const json* v = get(sel, k); v && !v->is_string())
                    error(key(path, k), "must be a string, found " + kind_of(*v));
            if (exact && exact->is_string() && !out->has_quote) {
                out->has_quote = true;
                out->exact = exact->get<std::string>();
                out->prefix = str_or(get(sel, "prefix"));
                out->suffix = str_or(get(sel, "suffix"));
            }
        } else if (has_value(type, "TextPositionSelector") || has_value(type, "DataPositionSelector")) {
            const json* s = get(sel, "start");
            const json* e = get(sel, "end");
            const bool ok_s = s && s->is_number_unsigned(), ok_e = e && e->is_number_unsigned();
            if (!ok_s) error(key(path, "start"), "must be a non-negative integer");
            if (!ok_e) error(key(path, "end"), "must be a non-negative integer");
            if (ok_s && ok_e && s->get<uint64_t>() > e->get<uint64_t>())
                error(key(path, "end"), "must not be before start (" + std::to_string(s->get<uint64_t>()) + ")");
            else if (ok_s && ok_e && has_value(type, "TextPositionSelector") && !out->has_pos) {
                out->has_pos = true;
                out->start = s->get<uint64_t>();
                out->end = e->get<uint64_t>();
            }
        } else if (has_value(type, "FragmentSelector") || has_value(type, "CssSelector") ||
                   has_value(type, "XPathSelector") || has_value(type, "SvgSelector")) {
            const json* v = get(sel, "value");
            const bool svg_inline = has_value(type, "SvgSelector") && get(sel, "id");
            if (!svg_inline && !(v && v->is_string()))
                error(key(path, "value"),
                      "this selector needs one string 'value', found " + (v ? kind_of(*v) : "none"));
        } else if (has_value(type, "RangeSelector")) {
            if (!get(sel, "startSelector") || !get(sel, "endSelector"))
                error(path, "RangeSelector needs startSelector and endSelector");
        }
        if (const json* refined = get(sel, "refinedBy")) read_selectors(*refined, key(path, "refinedBy"), out);
    }

    // The text selectors of the first target that has any; checks every target's shape.
    bool read_targets(const json& target, const std::string& path, TextSelectors* out) {
        auto one = [&](const json& t, const std::string& p) {
            if (t.is_string()) {
                if (!is_iri(t.get<std::string>()))
                    error(p, "a target must be an IRI or an object, found '" + t.get<std::string>() + "'");
                return;
            }
            if (!t.is_object()) {
                error(p, "a target must be an IRI or an object, found " + kind_of(t));
                return;
            }
            if (const json* s = get(t, "source");
                s && !(s->is_string() && is_iri(s->get<std::string>())) && !s->is_object())
                error(key(p, "source"), "must be an IRI or an object");
            TextSelectors ts;
            if (const json* sel = get(t, "selector")) read_selectors(*sel, key(p, "selector"), &ts);
            if (!out->has_quote && !out->has_pos) *out = ts;
        };
        if (target.is_array()) {
            if (target.empty()) {
                error(path, "must not be an empty array");
                return false;
            }
            for (size_t i = 0; i < target.size(); ++i) one(target[i], at(path, i));
        } else {
            one(target, path);
        }
        return true;
    }

    // Checks what the model requires of every annotation (the W3C suite's MUST assertions).
    bool check_annotation(const json& a, const std::string& path, bool need_context) {
        const size_t before = r.errors.size();
        const json* ctx = get(a, "@context");
        if (need_context && !ctx)
            error(key(path, "@context"), std::string("missing: an annotation must have @context '") + kContext + "'");
        else if (ctx && !has_value(ctx, kContext))
            error(key(path, "@context"), std::string("must be or contain '") + kContext + "'");
        if (!has_value(get(a, "type"), "Annotation"))
            error(key(path, "type"), get(a, "type") ? "must be 'Annotation'" : "missing: must be 'Annotation'");
        if (const json* id = get(a, "id"); id && !(id->is_string() && is_iri(id->get<std::string>())))
            error(key(path, "id"),
                  "must be one IRI, found " + (id->is_string() ? "'" + id->get<std::string>() + "'" : kind_of(*id)));
        if (!get(a, "target")) error(key(path, "target"), "missing: an annotation must have a target");
        if (get(a, "body") && get(a, "bodyValue")) error(path, "has both 'body' and 'bodyValue' (only one is allowed)");
        if (const json* bv = get(a, "bodyValue"); bv && !bv->is_string())
            error(key(path, "bodyValue"), "must be a string");
        for (const char* k : {"created", "modified", "generated"}) check_datetime(a, path, k);
        for (const char* k : {"creator", "generator"}) check_agent(a, path, k);
        check_iri_list(a, path, "rights", false);
        check_iri_list(a, path, "via", false);
        check_iri_list(a, path, "canonical", true);
        return r.errors.size() == before;
    }

    // ---- bodies ----------------------------------------------------------------------------
    struct Bodies {
        std::string tag, note, entity;
        std::vector<std::pair<std::string, std::string>> attrs;
    };
    void read_body(const json& b, const std::string& path, const std::string& motivation, Bodies* out) {
        if (b.is_array()) {
            for (size_t i = 0; i < b.size(); ++i) read_body(b[i], at(path, i), motivation, out);
            return;
        }
        if (b.is_string()) {
            warn(path, "body '" + b.get<std::string>() + "' is a web resource: not imported");
            return;
        }
        if (!b.is_object()) {
            error(path, "a body must be an object or an IRI, found " + kind_of(b));
            return;
        }
        if (has_value(get(b, "type"), "Choice")) { // the first choice is the default one
            if (const json* items = get(b, "items"); items && items->is_array() && !items->empty())
                read_body((*items)[0], key(path, "items") + "[0]", motivation, out);
            return;
        }
        const json* value = get(b, "value");
        if (!value || !value->is_string()) {
            if (const json* id = get(b, "id"); id && id->is_string())
                warn(path, "body '" + id->get<std::string>() + "' is a web resource: not imported");
            return;
        }
        const std::string v = value->get<std::string>();
        const json* purpose = get(b, "purpose");
        std::string p = purpose && purpose->is_string() ? purpose->get<std::string>()
                        : purpose && purpose->is_array() && !purpose->empty() && (*purpose)[0].is_string()
                            ? (*purpose)[0].get<std::string>()
                            : motivation;
        if (p == "tagging") {
            if (out->tag.empty())
                out->tag = v;
            else
                warn(path, "a second tag '" + v + "': kept in the note");
            if (out->tag != v) out->note += (out->note.empty() ? "" : "\n\n") + v;
        } else if (p == "identifying") {
            out->entity = v;
        } else if (p == "classifying" && v.find('=') != std::string::npos) {
            out->attrs.emplace_back(v.substr(0, v.find('=')), v.substr(v.find('=') + 1));
        } else {
            out->note += (out->note.empty() ? "" : "\n\n") + v;
        }
    }

    // ---- ids and types ---------------------------------------------------------------------
    // Our id from an IRI: the part after '#' (else the last path segment), letters, digits, . _ -
    static std::string id_from(const std::string& iri) {
        size_t cut = iri.find_last_of("#/");
        if (cut == std::string::npos) cut = iri.find(':');
        std::string out;
        for (char c : iri.substr(cut == std::string::npos ? 0 : cut + 1))
            if (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.') out += c;
        return out;
    }
    static std::string unique_id(std::set<std::string>& used, const std::string& want, const char* prefix) {
        std::string id = want;
        for (size_t n = used.size() + 1; id.empty() || used.count(id); ++n)
            id = std::string(prefix) + "-w3c-" + std::to_string(n);
        used.insert(id);
        return id;
    }
    std::string type_for(const std::string& label) {
        auto it = type_of_label.find(label);
        if (it != type_of_label.end()) return it->second;
        return type_of_label[label] = map_type_label(r.project.codebook, label, &r.warnings);
    }

    // ---- one annotation --------------------------------------------------------------------
    // `hypothesis`: Hypothesis API shape (no @context/type; "text", "tags", "updated", "user").
    void read_annotation(const json& a, const std::string& path, bool need_context, bool hypothesis) {
        if (!a.is_object()) {
            error(path, a.is_string()
                            ? "an annotation given only by reference ('" + a.get<std::string>() + "') cannot be read"
                            : "an annotation must be an object, found " + kind_of(a));
            return;
        }
        if (hypothesis ? !get(a, "target") : !check_annotation(a, path, need_context)) {
            if (hypothesis) error(key(path, "target"), "missing: an annotation must have a target");
            return;
        }
        const std::string iri = str_or(get(a, "id"));
        const json* motivation = get(a, "motivation");
        if (has_value(motivation, "linking")) {
            read_link(a, path, iri);
            return;
        }
        TextSelectors ts;
        const size_t before = r.errors.size();
        read_targets(*get(a, "target"), key(path, "target"), &ts);
        if (r.errors.size() != before) return;
        if (!ts.has_quote && !ts.has_pos) {
            error(key(path, "target"),
                  "no TextQuoteSelector or TextPositionSelector: cannot be placed on the article text");
            return;
        }
        Bodies b;
        if (hypothesis) {
            b.note = str_or(get(a, "text"));
            if (const json* tags = get(a, "tags"); tags && tags->is_array())
                for (const json& t : *tags)
                    if (t.is_string()) {
                        if (b.tag.empty())
                            b.tag = t.get<std::string>();
                        else
                            b.note += (b.note.empty() ? "" : "\n\n") + t.get<std::string>();
                    }
        } else if (const json* body = get(a, "body")) {
            read_body(*body, key(path, "body"),
                      motivation && motivation->is_string() ? motivation->get<std::string>() : "", &b);
        } else if (const json* bv = get(a, "bodyValue")) {
            b.note = bv->get<std::string>();
        }

        Annotation ann;
        ann.id = unique_id(ids, id_from(iri), "a");
        if (b.tag.empty()) warn(path, "no tagging body: imported with the type 'Annotation'");
        ann.type = type_for(b.tag.empty() ? "Annotation" : b.tag);
        ann.note = b.note;
        ann.entity = b.entity;
        const AnnotationType* type = r.project.codebook.find_type(ann.type);
        for (const auto& [k, v] : b.attrs) {
            const AttributeDef* def = type ? type->find_attribute(k) : nullptr;
            if (!def) {
                warn(key(path, "body"),
                     "attribute '" + k + "' is not defined for type '" + ann.type + "': not imported");
                continue;
            }
            if (def->kind == AttrKind::Bool)
                ann.attributes[k] = (v == "true");
            else
                ann.attributes[k] = v;
        }
        if (const json* c = get(a, "creator")) {
            ann.author = c->is_string() ? c->get<std::string>() : str_or(get(*c, "name"), str_or(get(*c, "nickname")));
        } else if (hypothesis) {
            ann.author = str_or(get(a, "user"));
        }
        ann.created = str_or(get(a, "created"));
        ann.modified = str_or(get(a, hypothesis ? "updated" : "modified"));
        if (!place(ann, ts, key(path, "target"))) return;
        if (!iri.empty()) iri_to_id[iri] = ann.id;
        iri_to_id[ann.id] = ann.id;
        r.project.annotations.push_back(std::move(ann));
    }

    // Places the annotation: a position is trusted when the text there equals the quote (read as
    // code points, then as UTF-16 units), else the quote is searched. Orphans are kept.
    bool place(Annotation& a, const TextSelectors& ts, const std::string& path) {
        const size_t n = doc.size();
        const Span pos{uint32_t(std::min<uint64_t>(ts.start, n)), uint32_t(std::min<uint64_t>(ts.end, n))};
        Span found;
        if (!ts.has_quote) {
            if (ts.end > n || ts.start >= ts.end) {
                error(path, "TextPositionSelector [" + std::to_string(ts.start) + ", " + std::to_string(ts.end) +
                                ") does not fit the article (" + std::to_string(n) +
                                " code points) and there is no quote to search");
                return false;
            }
            warn(path, "no TextQuoteSelector: the position is taken as code points without a quote to check it");
            a.span = pos;
            a.anchor = AnchorStatus::Exact;
        } else {
            a.exact = ts.exact;
            a.prefix = ts.prefix;
            a.suffix = ts.suffix;
            a.anchor = anchor_quote(doc, ts.exact, ts.prefix, ts.suffix, ts.has_pos ? pos : Span{}, &found);
            if (ts.has_pos && a.anchor != AnchorStatus::Exact) {
                const bool fits = ts.end <= doc.index.utf16_count();
                const Span u16{uint32_t(fits ? doc.index.cp_of_utf16(ts.start) : 0),
                               uint32_t(fits ? doc.index.cp_of_utf16(ts.end) : 0)};
                if (fits && !(u16 == pos) && doc.slice(u16) == ts.exact) {
                    a.anchor = AnchorStatus::Exact;
                    found = u16;
                    warn(path,
                         "TextPositionSelector matches the quote when read as UTF-16 units (as Hypothesis writes it)");
                }
            }
            if (a.anchor == AnchorStatus::Orphaned) {
                a.span = pos;
                warn(path, "quote '" + ts.exact.substr(0, 60) + "' not found in the article: kept as orphaned");
            } else {
                a.span = found;
            }
        }
        r.anchors.add(a);
        if (a.anchor != AnchorStatus::Orphaned) fill_quote(a, doc);
        return true;
    }

    // ---- relations -------------------------------------------------------------------------
    void read_link(const json& a, const std::string& path, const std::string& iri) {
        Link l{path, iri, "", {}};
        const json& target = *get(a, "target");
        auto end_of = [](const json& t) {
            if (t.is_string()) return t.get<std::string>();
            return str_or(get(t, "id"), str_or(get(t, "source")));
        };
        if (target.is_array())
            for (const json& t : target) l.ends.push_back(end_of(t));
        else
            l.ends.push_back(end_of(target));
        if (l.ends.size() != 2) {
            error(key(path, "target"),
                  "a linking annotation needs exactly two targets (from, to), found " + std::to_string(l.ends.size()));
            return;
        }
        Bodies b;
        if (const json* body = get(a, "body")) read_body(*body, key(path, "body"), "tagging", &b);
        l.label = b.tag.empty() ? "linked to" : b.tag;
        links.push_back(std::move(l));
    }

    void resolve_links() {
        for (const Link& l : links) {
            std::string ends[2];
            bool ok = true;
            for (int i = 0; i < 2; ++i) {
                auto it = iri_to_id.find(l.ends[i]);
                if (it == iri_to_id.end()) {
                    error(key(l.path, "target") + "[" + std::to_string(i) + "]",
                          "'" + l.ends[i] + "' is not an annotation of this import: relation skipped");
                    ok = false;
                } else {
                    ends[i] = it->second;
                }
            }
            if (!ok) continue;
            Relation rel;
            rel.id = unique_id(ids, id_from(l.iri), "r");
            rel.from = ends[0];
            rel.to = ends[1];
            rel.type = map_relation_label(r.project.codebook, l.label, r.project.find(rel.from)->type,
                                          r.project.find(rel.to)->type, &r.warnings);
            r.project.relations.push_back(std::move(rel));
        }
    }

    // ---- containers ------------------------------------------------------------------------
    void read_items(const json& items, const std::string& path) {
        if (!items.is_array()) {
            error(path, "must be an array of annotations, found " + kind_of(items));
            return;
        }
        for (size_t i = 0; i < items.size(); ++i) read_annotation(items[i], at(path, i), false, false);
    }
    void read_page(const json* page, std::string path) {
        while (page) {
            if (!page->is_object()) {
                error(path, page->is_string()
                                ? "a page given only by reference ('" + page->get<std::string>() + "') cannot be read"
                                : "a page must be an object, found " + kind_of(*page));
                return;
            }
            if (const json* items = get(*page, "items"))
                read_items(*items, key(path, "items"));
            else
                error(key(path, "items"), "missing: an AnnotationPage must have items");
            const json* next = get(*page, "next");
            page = next && next->is_object() ? next : nullptr; // pages by reference are not fetched
            path = key(path, "next");
        }
    }
    static bool is_hypothesis(const json& a) {
        return a.is_object() && !get(a, "type") && !get(a, "@context") && get(a, "target") &&
               (get(a, "uri") || get(a, "tags") || get(a, "text") || get(a, "user"));
    }
    void read_root(const json& root) {
        if (root.is_array()) {
            for (size_t i = 0; i < root.size(); ++i) read_annotation(root[i], at("", i), true, is_hypothesis(root[i]));
            return;
        }
        if (!root.is_object()) {
            error("",
                  "expected a W3C AnnotationCollection, AnnotationPage, Annotation or an array of annotations, found " +
                      kind_of(root));
            return;
        }
        const json* type = get(root, "type");
        const bool collection = has_value(type, "AnnotationCollection"), page = has_value(type, "AnnotationPage");
        if (collection || page) {
            const json* ctx = get(root, "@context");
            if (!has_value(ctx, kContext))
                error("@context", std::string(ctx ? "must be or contain '" : "missing: must be '") + kContext + "'");
        }
        if (collection) {
            if (const json* first = get(root, "first"))
                read_page(first, "first");
            else if (const json* total = get(root, "total"); total && total->is_number() && total->get<double>() > 0)
                error("first", "missing although total is " + total->dump());
        } else if (page) {
            read_page(&root, "");
        } else if (const json* rows = get(root, "rows"); rows && rows->is_array()) {
            for (size_t i = 0; i < rows->size(); ++i)
                read_annotation((*rows)[i], at("rows", i), false, is_hypothesis((*rows)[i]));
        } else {
            read_annotation(root, "", true, is_hypothesis(root));
        }
    }
};

} // namespace

ImportResult import_w3c(std::string_view bytes, std::shared_ptr<const Document> article, const Codebook& base) {
    ImportResult r = start_import(article, base);
    if (!article) {
        r.errors.push_back({"", "W3C annotations do not carry the article text: give the article they were made on"});
        finish_import(r);
        return r;
    }
    json root;
    JsonSyntaxError syntax;
    if (!parse_json(bytes, &root, &syntax)) {
        r.errors.push_back(json_problem(bytes, syntax));
        finish_import(r);
        return r;
    }
    Reader reader{r, *article, {}, {}, {}, {}};
    reader.read_root(root);
    reader.resolve_links();
    finish_import(r);
    return r;
}

} // namespace cs
