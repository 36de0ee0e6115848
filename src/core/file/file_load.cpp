// Claimscope core — reading the file (format 1, docs/FORMAT.md), migrating format 0.
//
// Index
// - project_from_json: format / version gate, then migrate_v0 or straight to read_v1
// - read_v1 (V1Reader): every field checked, every problem collected with its JSON path; all or nothing
// - StreamedLoad: the same reader fed while parsing, so a large file never becomes one DOM
// - load_project: bytes -> StreamedLoad (syntax errors with line and column)
#include "core/file/file_json.h"
#include "core/file/json_stream.h"
#include <algorithm>
#include <map>
#include <optional>
#include <unordered_map>

namespace cs {

namespace {

bool parse_version(const std::string& v, int* major, int* minor) {
    size_t dot = v.find('.');
    // At most 4 digits a side: keeps stoi in range and is all a version number needs.
    if (dot == std::string::npos || dot == 0 || dot > 4 || dot + 1 == v.size() || v.size() - dot - 1 > 4) return false;
    for (size_t i = 0; i < v.size(); i++)
        if (i != dot && (v[i] < '0' || v[i] > '9')) return false;
    *major = std::stoi(v.substr(0, dot));
    *minor = std::stoi(v.substr(dot + 1));
    return true;
}

std::string type_list(const Codebook& cb, bool relations) {
    std::string s;
    if (relations)
        for (const RelationType& t : cb.relation_types) s += (s.empty() ? "" : ", ") + t.id;
    else
        for (const AnnotationType& t : cb.types) s += (s.empty() ? "" : ", ") + t.id;
    return s.empty() ? "none" : s;
}

// ---------------------------------------------------------------------------------------------
// Format 0 (the prototype): {"format":"claimscope","version":"0.x","title","url","annotator",
// "text", "annotations":[{"label","start","end","note"}]}. Becomes a format 1 document with the
// default codebook; the quotes and hash are computed by read_v1 (from_v0 = true).
// ---------------------------------------------------------------------------------------------
json migrate_v0(const json& j, std::vector<Problem>* errors) {
    JsonReader r{errors};
    Codebook cb = default_codebook();
    json out = unknown_fields(j, {"format", "version", "title", "url", "annotator", "text", "annotations"});
    out["format"] = kFormatId;
    out["version"] = "1.0";
    json art = json::object();
    for (const char* k : {"title", "url", "text"})
        if (j.contains(k)) art[k] = j[k];
    out["article"] = art;
    out["codebook"] = json(codebook_to_json(cb));
    std::string annotator;
    if (r.str(j, "", "annotator", &annotator, false)) out["annotator"] = annotator;
    json anns = json::array();
    if (const json* arr = r.array(j, "", "annotations", true))
        for (size_t i = 0; i < arr->size(); i++) {
            std::string path = JsonReader::at("annotations", i);
            const json& aj = (*arr)[i];
            if (!aj.is_object()) { // passed through: read_v1 reports it at the same index
                anns.push_back(aj);
                continue;
            }
            json a = unknown_fields(aj, {"label"});
            a["id"] = "a-" + std::to_string(i + 1);
            a["type"] = cb.types[0].id; // replaced below; a bad label fails the load anyway
            a["author"] = annotator;
            std::string label;
            if (r.str(aj, path, "label", &label, true)) {
                const AnnotationType* hit = nullptr;
                for (const AnnotationType& t : cb.types) {
                    auto same = [&](const std::string& s) {
                        return s.size() == label.size() &&
                               std::equal(s.begin(), s.end(), label.begin(), [](char x, char y) {
                                   return std::tolower((unsigned char)x) == std::tolower((unsigned char)y);
                               });
                    };
                    if (same(t.id) || same(t.label)) hit = &t;
                }
                if (hit)
                    a["type"] = hit->id;
                else
                    r.error(path + ".label",
                            "unknown label \"" + shorten(label) + "\"; expected Claim, Actor or Source");
            }
            anns.push_back(std::move(a));
        }
    out["annotations"] = anns;
    out["relations"] = json::array();
    return out;
}

// ---------------------------------------------------------------------------------------------
// Format 1
// ---------------------------------------------------------------------------------------------
std::shared_ptr<const Document> read_article(const JsonReader& r, const json& a, bool from_v0, json* extra) {
    std::string text, sha;
    ArticleMeta m;
    r.str(a, "article", "title", &m.title, false);
    r.str(a, "article", "url", &m.url, false);
    r.str(a, "article", "outlet", &m.outlet, false);
    r.str(a, "article", "author", &m.author, false);
    r.str(a, "article", "published", &m.published, false);
    r.str(a, "article", "retrieved", &m.retrieved, false);
    r.str(a, "article", "language", &m.language, false);
    r.str(a, "article", "summary", &m.summary, false);
    bool has_sha = !from_v0 && r.str(a, "article", "sha256", &sha, true);
    *extra =
        unknown_fields(a, {"title", "url", "outlet", "author", "published", "retrieved", "language", "summary",
                           "sha256", "text"});
    if (!r.str(a, "article", "text", &text, true)) return nullptr;
    Document d = make_document(text, m);
    if (d.text != text) {
        // Offsets count code points of the text as stored, so it must already be normalised.
        r.error("article.text", "is not normalised (it has CR line endings or a byte-order mark); "
                                "Claimscope files store the text with LF line endings only");
        return nullptr;
    }
    if (has_sha && sha != d.hash)
        r.error("article.sha256", "does not match article.text (the text hashes to " + d.hash +
                                      "); the text was changed after the file was saved");
    return std::make_shared<const Document>(std::move(d));
}

struct V1Reader {
    V1Reader(LoadResult* res, bool v0)
        : r{&res->errors}, warnings(&res->warnings), from_v0(v0), result(res),
          errors_before(problem_count(res->errors)) {}
    JsonReader r;
    std::vector<Problem>* warnings;
    bool from_v0;
    Project p;
    bool codebook_ok = false;
    bool annotations_ok = false; // the list was readable: relation ends can be checked
    // Every id -> where it was first used: index in its list, top bit set for "relations" (the
    // path is spelled out only for a duplicate: building one per id was a tenth of a 1M load).
    static constexpr uint32_t kNone = ~0u;
    struct IdUse {
        uint32_t first;              // list index, kRelationBit for "relations"
        uint32_t annotation = kNone; // index in p.annotations of the annotation with this id
    };
    std::unordered_map<std::string, IdUse> ids = std::unordered_map<std::string, IdUse>(4096);
    bool is_annotation(const std::string& id) const {
        auto it = ids.find(id);
        return it != ids.end() && it->second.annotation != kNone;
    }
    const std::string& type_of(const std::string& id) { return p.annotations[ids.at(id).annotation].type; }
    LoadResult* result;
    size_t errors_before;
    std::string app_version;

    // The top-level strings, reported through `rd` (a streamed load reads them at the end, when
    // they have all been parsed, and puts their problems where this reader would have).
    void header_strings(const json& j, const JsonReader& rd) {
        rd.str(j, "", "app_version", &app_version, false);
        rd.str(j, "", "annotator", &p.annotator, false);
        rd.str(j, "", "created", &p.created, false);
        rd.str(j, "", "modified", &p.modified, false);
    }
    void article_and_codebook(const json& j) {
        if (const json* a = r.object(j, "", "article", true)) p.doc = read_article(r, *a, from_v0, &p.article_extra);
        if (const json* c = r.object(j, "", "codebook", true))
            codebook_ok = codebook_from_json(*c, "codebook", &p.codebook, &result->errors);
    }
    void annotation_at(json& e, size_t i) {
        if (e.is_object())
            annotation(e, i);
        else
            r.error(JsonReader::at("annotations", i), "expected an object, found " + JsonReader::found(e));
    }
    void relation_at(const json& e, size_t i) {
        if (e.is_object())
            relation(e, i);
        else
            r.error(JsonReader::at("relations", i), "expected an object, found " + JsonReader::found(e));
    }
    // The rest of the top level, then all or nothing.
    void finish(const json& j) {
        if (j.contains("exercise")) p.exercise = j["exercise"];
        p.extra = unknown_fields(j, {"format", "version", "app_version", "annotator", "created", "modified", "article",
                                     "codebook", "annotations", "relations", "exercise"});
        if (problem_count(result->errors) != errors_before) return;
        sort_annotations(p.annotations); // files are written in this order: then only a check
        sort_relations(p.relations);
        result->project = std::move(p);
        result->ok = true;
    }

    static constexpr uint32_t kRelationBit = 0x80000000u;
    static std::string id_path(uint32_t use) {
        return JsonReader::at(use & kRelationBit ? "relations" : "annotations", use & ~kRelationBit) + ".id";
    }
    // Returns the id's entry (the first use's, for a duplicate), or nullptr for an empty id.
    IdUse* claim_id(const std::string& id, bool relation, size_t index) {
        const uint32_t use = (uint32_t)index | (relation ? kRelationBit : 0);
        if (id.empty()) {
            r.error(id_path(use), "must not be empty");
            return nullptr;
        }
        auto ins = ids.emplace(id, IdUse{use});
        if (!ins.second)
            r.error(id_path(use),
                    "duplicate id \"" + shorten(id) + "\" (already used by " + id_path(ins.first->second.first) + ")");
        return &ins.first->second;
    }

    // `aj` is dropped afterwards: its strings are moved out, not copied. Each field is checked as it
    // is taken; the checks that need more than the element come from the helpers below.
    void annotation(json& aj, size_t index) {
        const std::string path = annotation_path(index);
        Annotation a;
        IdUse* id_use = r.take_str(aj, path, "id", &a.id, true) ? claim_id(a.id, false, index) : nullptr;
        const AnnotationType* type = r.take_str(aj, path, "type", &a.type, true) ? check_type(a.type, index) : nullptr;
        bool span_ok = r.whole_number(aj, path, "start", &a.span.start);
        span_ok = r.whole_number(aj, path, "end", &a.span.end) && span_ok;
        std::string anchor;
        if (r.str(aj, path, "anchor", &anchor, false) && aj.contains("anchor")) check_anchor(anchor, index, a);
        json* q = !from_v0 && r.object(aj, path, "quote", true) ? &*aj.find("quote") : nullptr;
        const std::string qpath = q ? path + ".quote" : std::string();
        bool quote_ok = q && r.take_str(*q, qpath, "exact", &a.exact, true);
        if (q) {
            r.take_str(*q, qpath, "prefix", &a.prefix, false);
            r.take_str(*q, qpath, "suffix", &a.suffix, false);
        }
        if (r.object(aj, path, "attributes", false)) {
            json& attrs = *aj.find("attributes");
            for (auto it = attrs.begin(); it != attrs.end(); ++it) {
                if (it.value().is_string() || it.value().is_boolean())
                    option_warning(it.key(), it.value(), type, index);
                else
                    r.error(path + ".attributes." + it.key(),
                            "expected a string or true/false, found " + JsonReader::found(it.value()));
            }
            a.attributes = std::move(attrs);
        }
        r.take_str(aj, path, "entity", &a.entity, false);
        r.take_str(aj, path, "note", &a.note, false);
        r.take_str(aj, path, "author", &a.author, false);
        r.take_str(aj, path, "created", &a.created, false);
        r.take_str(aj, path, "modified", &a.modified, false);
        a.extra = unknown_fields(aj, {"id", "type", "start", "end", "quote", "attributes", "entity", "note", "author",
                                      "created", "modified", "anchor"});
        if (span_ok) check_span(a, index, quote_ok);
        add_annotation(std::move(a), id_use);
    }
    // An annotation AnnotationEvents read from the parser: one the reader above would find every
    // field of present and of its type in, with nothing unknown. The same checks, in the same order.
    void annotation(Annotation&& a, const std::string* anchor, size_t index) {
        IdUse* id_use = claim_id(a.id, false, index);
        const AnnotationType* type = check_type(a.type, index);
        if (anchor) check_anchor(*anchor, index, a);
        for (auto it = a.attributes.begin(); it != a.attributes.end(); ++it)
            option_warning(it.key(), it.value(), type, index);
        check_span(a, index, true);
        add_annotation(std::move(a), id_use);
    }

    // ---- What both annotation readers check beyond the element: the codebook, the text, ids.
    // Paths are spelled out only for a problem.
    static std::string annotation_path(size_t index) { return JsonReader::at("annotations", index); }
    const AnnotationType* check_type(const std::string& id, size_t index) {
        if (!codebook_ok) return nullptr;
        const AnnotationType* type = p.codebook.find_type(id);
        if (!type)
            r.error(annotation_path(index) + ".type",
                    "unknown type \"" + shorten(id) + "\"; the codebook has " + type_list(p.codebook, false));
        return type;
    }
    void check_anchor(const std::string& anchor, size_t index, Annotation& a) {
        if (!parse_anchor_status(anchor, &a.anchor))
            r.error(annotation_path(index) + ".anchor",
                    "expected \"moved\", \"fuzzy\" or \"orphaned\", found \"" + shorten(anchor) + "\"");
    }
    // A string attribute that is not one of its options is kept, with a warning.
    void option_warning(const std::string& key, const json& v, const AnnotationType* type, size_t index) {
        const AttributeDef* d = type ? type->find_attribute(key) : nullptr;
        if (d && d->kind == AttrKind::Enum && v.is_string() &&
            std::find(d->options.begin(), d->options.end(), v.get_ref<const std::string&>()) == d->options.end())
            add_problem(*warnings, {annotation_path(index) + ".attributes." + key,
                                    "\"" + shorten(v.get<std::string>()) + "\" is not an option of " + type->id + "." +
                                        d->id + " (kept as it is)"});
    }
    // Offsets inside the text and the quote found there. An orphaned annotation's offsets are not
    // used (it was not found in this text).
    void check_span(Annotation& a, size_t index, bool quote_ok) {
        if (!p.doc || a.anchor == AnchorStatus::Orphaned) return;
        const size_t n = p.doc->size();
        if (a.span.end > n) {
            r.error(annotation_path(index) + ".end", "must be ≤ " + std::to_string(n) +
                                                         " (the text length in code points), found " +
                                                         std::to_string(a.span.end));
        } else if (a.span.start >= a.span.end) {
            r.error(annotation_path(index) + ".end",
                    "must be greater than start (" + std::to_string(a.span.start) + "): an annotation cannot be empty");
        } else if (from_v0) {
            fill_quote(a, *p.doc);
        } else if (quote_ok && a.anchor != AnchorStatus::Fuzzy) {
            // Fuzzy anchors keep the quote they were made with; the text there differs by design.
            std::string_view actual = p.doc->view(a.span);
            if (actual != a.exact)
                r.error(annotation_path(index) + ".quote.exact",
                        "does not match the article text at " + std::to_string(a.span.start) + ".." +
                            std::to_string(a.span.end) + ": the file says \"" + shorten(a.exact) +
                            "\", the text there is \"" + shorten(std::string(actual)) + "\"");
        }
    }
    void add_annotation(Annotation&& a, IdUse* id_use) {
        if (id_use && id_use->annotation == kNone) id_use->annotation = (uint32_t)p.annotations.size();
        p.annotations.push_back(std::move(a));
    }

    void relation(const json& rj, size_t index) {
        const std::string path = JsonReader::at("relations", index);
        Relation rel;
        if (r.str(rj, path, "id", &rel.id, true)) claim_id(rel.id, true, index);
        const RelationType* rt = nullptr;
        if (r.str(rj, path, "type", &rel.type, true) && codebook_ok) {
            rt = p.codebook.find_relation_type(rel.type);
            if (!rt)
                r.error(path + ".type", "unknown relation type \"" + shorten(rel.type) + "\"; the codebook has " +
                                            type_list(p.codebook, true));
        }
        bool ends_ok = true;
        for (auto [key, id] : {std::pair<const char*, std::string*>{"from", &rel.from}, {"to", &rel.to}}) {
            if (!r.str(rj, path, key, id, true)) {
                ends_ok = false;
            } else if (annotations_ok && !is_annotation(*id)) {
                r.error(path + "." + key, "no annotation has id \"" + shorten(*id) + "\"");
                ends_ok = false;
            }
        }
        // Kept but reported: the codebook may have been edited after the link was made.
        auto known = [&](const std::string& id) { return p.codebook.find_type(type_of(id)) != nullptr; };
        if (rt && ends_ok && annotations_ok && known(rel.from) && known(rel.to) &&
            (type_of(rel.from) != rt->from_type || type_of(rel.to) != rt->to_type))
            add_problem(*warnings, {path, rel.type + " links " + rt->from_type + " → " + rt->to_type +
                                              ", but this one links " + type_of(rel.from) + " → " + type_of(rel.to)});
        rel.extra = unknown_fields(rj, {"id", "type", "from", "to"});
        p.relations.push_back(std::move(rel));
    }
};

void read_v1(const json& j, bool from_v0, LoadResult* res) {
    V1Reader v(res, from_v0);
    v.header_strings(j, v.r);
    v.article_and_codebook(j);
    const json* anns = v.r.array(j, "", "annotations", true);
    v.annotations_ok = anns != nullptr;
    if (anns)
        for (size_t i = 0; i < anns->size(); i++) {
            json e = (*anns)[i]; // annotation() takes its strings
            v.annotation_at(e, i);
        }
    if (const json* rels = v.r.array(j, "", "relations", true))
        for (size_t i = 0; i < rels->size(); i++) v.relation_at((*rels)[i], i);
    v.finish(j);
}

// ---------------------------------------------------------------------------------------------
// AnnotationEvents: an annotation straight from the parser
// ---------------------------------------------------------------------------------------------
// Why: building each annotation as a small DOM (a map node per field, a heap string per value) and
// taking it apart again was most of a load. This reader fills an Annotation from the events, but
// only for an element the DOM reader would find no fault in: every required field present and of
// its type, no unknown or repeated field. Anything else is declined (json_stream.h) and read by
// V1Reader::annotation(json&), which says what is wrong: one set of messages, one reader of faults.
class AnnotationEvents final : public JsonElementReader {
public:
    explicit AnnotationEvents(V1Reader* v) : v_(v) {}

    bool finish(size_t index) override {
        const bool take = done_ && (seen_ & required()) == required();
        if (take) v_->annotation(std::move(a_), seen_ & bit(Field::Anchor) ? &anchor_ : nullptr, index);
        a_ = Annotation{};
        seen_ = 0;
        in_ = In::Nothing;
        done_ = false;
        return take;
    }

    bool null() override { return false; }
    bool boolean(bool b) override { return in_ == In::Attributes && attribute(json(b)); }
    bool number_integer(number_integer_t) override { return false; }
    bool number_unsigned(number_unsigned_t n) override {
        if (in_ != In::Element || (field_ != Field::Start && field_ != Field::End) || n > 0xFFFFFFFFu) return false;
        (field_ == Field::Start ? a_.span.start : a_.span.end) = (uint32_t)n;
        return true;
    }
    bool number_float(number_float_t, const string_t&) override { return false; }
    bool string(string_t& s) override {
        if (in_ == In::Attributes) return attribute(json(std::move(s)));
        std::string* out = string_field();
        if (!out) return false;
        *out = std::move(s);
        return true;
    }
    bool key(string_t& k) override {
        if (in_ == In::Attributes) {
            attribute_key_ = std::move(k);
            return true;
        }
        const Field f = field_named(k, in_ == In::Quote);
        if (f == Field::None || (seen_ & bit(f))) return false;
        seen_ |= bit(f);
        field_ = f;
        return true;
    }
    bool start_object(std::size_t) override {
        if (in_ == In::Nothing)
            in_ = In::Element;
        else if (in_ == In::Element && field_ == Field::Quote)
            in_ = In::Quote;
        else if (in_ == In::Element && field_ == Field::Attributes)
            in_ = In::Attributes;
        else
            return false;
        return true;
    }
    bool end_object() override {
        done_ = in_ == In::Element;
        in_ = done_ ? In::Nothing : In::Element;
        return true;
    }
    bool start_array(std::size_t) override { return false; }
    bool end_array() override { return false; }

private:
    enum class In { Nothing, Element, Quote, Attributes };
    enum class Field {
        None,
        Id,
        Type,
        Start,
        End,
        Anchor,
        Quote,
        Attributes,
        Entity,
        Note,
        Author,
        Created,
        Modified,
        Exact,
        Prefix,
        Suffix
    };
    static constexpr uint32_t bit(Field f) { return 1u << (int)f; }
    static uint32_t required() {
        return bit(Field::Id) | bit(Field::Type) | bit(Field::Start) | bit(Field::End) | bit(Field::Quote) |
               bit(Field::Exact);
    }

    static Field field_named(std::string_view k, bool in_quote) {
        static constexpr std::pair<std::string_view, Field> kElement[] = {
            {"id", Field::Id},           {"type", Field::Type},         {"start", Field::Start},
            {"end", Field::End},         {"quote", Field::Quote},       {"attributes", Field::Attributes},
            {"entity", Field::Entity},   {"note", Field::Note},         {"author", Field::Author},
            {"created", Field::Created}, {"modified", Field::Modified}, {"anchor", Field::Anchor}};
        static constexpr std::pair<std::string_view, Field> kQuote[] = {
            {"exact", Field::Exact}, {"prefix", Field::Prefix}, {"suffix", Field::Suffix}};
        if (in_quote) {
            for (const auto& [name, f] : kQuote)
                if (name == k) return f;
        } else {
            for (const auto& [name, f] : kElement)
                if (name == k) return f;
        }
        return Field::None;
    }
    std::string* string_field() {
        switch (in_ == In::Quote || in_ == In::Element ? field_ : Field::None) {
            case Field::Id: return &a_.id;
            case Field::Type: return &a_.type;
            case Field::Anchor: return &anchor_;
            case Field::Entity: return &a_.entity;
            case Field::Note: return &a_.note;
            case Field::Author: return &a_.author;
            case Field::Created: return &a_.created;
            case Field::Modified: return &a_.modified;
            case Field::Exact: return &a_.exact;
            case Field::Prefix: return &a_.prefix;
            case Field::Suffix: return &a_.suffix;
            default: return nullptr;
        }
    }
    bool attribute(json&& v) {
        a_.attributes[attribute_key_] = std::move(v); // a repeated key replaces the earlier value, as json::parse does
        return true;
    }

    V1Reader* v_;
    Annotation a_;
    std::string anchor_, attribute_key_;
    uint32_t seen_ = 0; // bit(Field) of the fields met, element and quote
    In in_ = In::Nothing;
    Field field_ = Field::None;
    bool done_ = false; // the element's own end_object came
};

// ---------------------------------------------------------------------------------------------
// Streamed load
// ---------------------------------------------------------------------------------------------
// Reads while parsing: once the header (format, version, article, codebook) is in, each
// annotation and relation is checked as soon as it has been parsed and its JSON dropped. Files
// written by Claimscope always have that order. Anything else (format 0, a header after the lists,
// a bad format or version) keeps the elements and reads the whole DOM at the end, as before.
struct StreamedLoad final : JsonStreamSink {
    LoadResult res;
    std::optional<V1Reader> v;                         // set when the header allowed streaming
    std::optional<AnnotationEvents> annotation_events; // reads into *v
    bool tried = false;
    bool annotations_done = false;
    std::vector<std::string> seen;    // streamed arrays met so far (each once: a repeated key is refused)
    size_t header_errors_at = 0;      // where the header strings' problems belong
    std::map<std::string, json> kept; // elements not read yet, per array

    // Streams only a well-formed format 1 header; otherwise project_from_json says what is wrong.
    bool can_stream(const json& root) {
        if (!root.is_object() || !root.contains("article") || !root["article"].is_object() ||
            !root.contains("codebook") || !root["codebook"].is_object())
            return false;
        auto text = [&](const char* k) {
            return root.contains(k) && root[k].is_string() ? root[k].get<std::string>() : std::string();
        };
        int major = 0, minor = 0;
        if (text("format") != kFormatId || !parse_version(text("version"), &major, &minor) || major != kFormatMajor)
            return false;
        if (minor > kFormatMinor)
            res.warnings.push_back({"version", "made by a newer Claimscope (format " + text("version") +
                                                   "); fields this app does not know are kept as they are"});
        return true;
    }

    void begin_array(const std::string& key, const json& root) override {
        seen.push_back(key);
        if (!tried) {
            tried = true;
            if (can_stream(root)) {
                v.emplace(&res, false);
                annotation_events.emplace(&*v);
                header_errors_at = res.errors.size();
                v->article_and_codebook(root);
            }
        }
        if (v && key == "annotations") v->annotations_ok = true;
    }
    void element(const std::string& key, size_t index, json&& e) override {
        if (v && key == "annotations")
            v->annotation_at(e, index);
        else if (v && key == "relations" && annotations_done)
            v->relation_at(e, index);
        else
            kept[key].push_back(std::move(e)); // relations before annotations wait for them
    }
    void end_array(const std::string& key) override {
        if (key == "annotations") annotations_done = true;
    }
    JsonElementReader* element_reader(const std::string& key) override {
        return annotation_events && key == "annotations" ? &*annotation_events : nullptr;
    }

    LoadResult finish(json& root) {
        if (!v) {
            for (auto& [key, elements] : kept) root[key] = std::move(elements);
            res = project_from_json(root);
        } else {
            // The header's problems go where the DOM reader puts them, the later ones after them
            // (added one by one: the list keeps its bound).
            std::vector<Problem> in_order(res.errors.begin(), res.errors.begin() + (std::ptrdiff_t)header_errors_at);
            v->header_strings(root, JsonReader{&in_order});
            for (size_t i = header_errors_at; i < res.errors.size(); i++)
                add_problem(in_order, std::move(res.errors[i]));
            res.errors = std::move(in_order);
            const bool streamed_annotations = std::find(seen.begin(), seen.end(), "annotations") != seen.end();
            if (!streamed_annotations) v->annotations_ok = v->r.array(root, "", "annotations", true) != nullptr;
            if (kept.count("relations"))
                for (size_t i = 0; i < kept["relations"].size(); i++) v->relation_at(kept["relations"][i], i);
            if (std::find(seen.begin(), seen.end(), "relations") == seen.end()) v->r.array(root, "", "relations", true);
            v->finish(root);
        }
        return std::move(res);
    }
};

} // namespace

LoadResult project_from_json(const json& j) {
    LoadResult res;
    JsonReader r{&res.errors};
    if (!j.is_object()) {
        r.error("", "expected a JSON object at the top level, found " + JsonReader::found(j));
        return res;
    }
    std::string format, version;
    if (!j.contains("format")) {
        r.error("format", "missing; this is not a Claimscope file (expected \"format\": \"claimscope\")");
        return res;
    }
    if (!r.str(j, "", "format", &format, true)) return res;
    if (format != kFormatId) {
        r.error("format", "expected \"claimscope\", found \"" + shorten(format) + "\": this is not a Claimscope file");
        return res;
    }
    if (!r.str(j, "", "version", &version, true)) return res;
    int major = 0, minor = 0;
    if (!parse_version(version, &major, &minor)) {
        r.error("version", "expected \"MAJOR.MINOR\" such as \"1.0\", found \"" + shorten(version) + "\"");
        return res;
    }
    if (major > kFormatMajor) {
        r.error("version", "made by a newer Claimscope (format " + std::to_string(major) +
                               ".x); this app reads format " + std::to_string(kFormatMajor) + ".x");
        return res;
    }
    if (major == 0) {
        json v1 = migrate_v0(j, &res.errors);
        read_v1(v1, true, &res);
        if (!res.ok) return res;
        res.migrated = true;
        res.warnings.insert(res.warnings.begin(),
                            Problem{"version", "migrated from format " + version +
                                                   " (the Claimscope prototype); saving writes format " +
                                                   std::to_string(kFormatMajor) + "." + std::to_string(kFormatMinor)});
        return res;
    }
    if (minor > kFormatMinor)
        res.warnings.push_back({"version", "made by a newer Claimscope (format " + version +
                                               "); fields this app does not know are kept as they are"});
    read_v1(j, false, &res);
    return res;
}

LoadResult load_project(std::string_view bytes) {
    if (bytes.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        LoadResult res;
        res.errors.push_back({"", "the file is empty; expected a Claimscope JSON file"});
        return res;
    }
    json root;
    StreamedLoad load;
    JsonSyntaxError syntax;
    const StreamParse parsed =
        parse_streaming(bytes, {"annotations", "relations"}, kMaxJsonDepth, &root, &load, &syntax);
    if (parsed == StreamParse::WholeDocument) return project_from_json(root);
    if (parsed == StreamParse::Failed) {
        LoadResult res;
        Problem p = json_problem(bytes, syntax);
        if (syntax.too_deep) p.message += "; this is not a Claimscope file";
        if (syntax.duplicate_key) p.message += "; a Claimscope file has each top-level key once";
        res.errors.push_back(std::move(p));
        return res;
    }
    return load.finish(root);
}

} // namespace cs
