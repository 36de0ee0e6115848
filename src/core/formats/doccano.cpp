// doccano JSONL export and import (see doccano.h).
#include "core/formats/doccano.h"
#include "core/file/json_stream.h"
#include "core/formats/formats.h"
#include <map>

namespace cs {

using ordered_json = nlohmann::ordered_json;

std::string export_doccano(const Project& p, std::vector<std::string>* warnings) {
    ordered_json line;
    line["id"] = 1;
    line["text"] = p.doc ? p.doc->text : std::string();
    ordered_json entities = ordered_json::array(), relations = ordered_json::array();
    std::map<std::string, int> entity_id;
    size_t notes = 0, names = 0, attrs = 0, skipped = 0;
    for (const auto& a : p.annotations) {
        if (a.anchor == AnchorStatus::Orphaned || a.span.empty()) {
            ++skipped;
            continue;
        }
        const AnnotationType* t = p.codebook.find_type(a.type);
        const int id = int(entity_id.size()) + 1;
        entity_id[a.id] = id;
        entities.push_back({{"id", id},
                            {"label", t && !t->label.empty() ? t->label : a.type},
                            {"start_offset", a.span.start},
                            {"end_offset", a.span.end}});
        notes += !a.note.empty();
        names += !a.entity.empty();
        attrs += a.attributes.size();
    }
    size_t dangling = 0;
    for (const auto& r : p.relations) {
        auto from = entity_id.find(r.from), to = entity_id.find(r.to);
        if (from == entity_id.end() || to == entity_id.end()) {
            ++dangling;
            continue;
        }
        relations.push_back(
            {{"id", relations.size() + 1}, {"from_id", from->second}, {"to_id", to->second}, {"type", r.type}});
    }
    line["entities"] = std::move(entities);
    line["relations"] = std::move(relations);
    line["Comments"] = ordered_json::array();
    if (warnings) {
        auto say = [&](size_t n, const std::string& what) {
            if (n) warnings->push_back("doccano: " + std::to_string(n) + " " + what);
        };
        say(skipped, "orphaned annotation(s) not exported (no place in the text)");
        say(dangling, "relation(s) not exported (an end was not exported)");
        say(notes, "note(s) not exported (doccano entities have no notes)");
        say(names, "entity name(s) not exported (doccano entities have no names)");
        say(attrs, "attribute value(s) not exported (doccano entities have no attributes)");
    }
    return line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

namespace {
struct DoccanoImport {
    ImportResult& r;
    std::string where;                         // "line 1"
    const Document* line_text;                 // the line's own text (for quotes), or null
    std::map<std::string, std::string> ann_of; // doccano entity id (as text) -> annotation id

    void error(const std::string& path, const std::string& msg) { add_problem(r.errors, {where + ": " + path, msg}); }

    static bool offset(const nlohmann::json& e, const char* key, long long* out) {
        auto it = e.find(key);
        if (it == e.end() || !it->is_number_integer() || it->get<long long>() < 0) return false;
        *out = it->get<long long>();
        return true;
    }

    void entity(const std::string& path, const std::string& id, const std::string& label, long long s, long long e) {
        const size_t limit = line_text ? line_text->size() : r.project.doc->size();
        if (e <= s)
            return error(path,
                         "end_offset " + std::to_string(e) + " must be greater than start_offset " + std::to_string(s));
        if (size_t(e) > limit)
            return error(path + ".end_offset",
                         "must be at most " + std::to_string(limit) + " (text length in code points)");
        if (ann_of.count(id)) return error(path + ".id", "id " + id + " is used twice");
        Annotation a;
        a.id = "a-" + id;
        a.type = map_type_label(r.project.codebook, label, &r.warnings);
        const Span hint{uint32_t(s), uint32_t(e)};
        const std::string quote = line_text ? line_text->slice(hint) : std::string();
        if (!place_on_article(r.project, a, hint, quote, &r.anchors))
            return error(path, "text '" + quote + "' was not found in the article");
        ann_of[id] = a.id;
        r.project.annotations.push_back(std::move(a));
    }

    void entities(const nlohmann::json& list) {
        for (size_t i = 0; i < list.size(); ++i) {
            const nlohmann::json& e = list[i];
            const std::string path = "entities[" + std::to_string(i) + "]";
            long long s, en;
            if (!e.is_object()) {
                error(path, "expected an object with id, label, start_offset, end_offset");
                continue;
            }
            if (!e.contains("id") || !(e["id"].is_number_integer() || e["id"].is_string())) {
                error(path + ".id", "expected a number");
                continue;
            }
            if (!e.contains("label") || !e["label"].is_string()) {
                error(path + ".label", "expected a string");
                continue;
            }
            if (!offset(e, "start_offset", &s)) {
                error(path + ".start_offset", "expected a non-negative integer");
                continue;
            }
            if (!offset(e, "end_offset", &en)) {
                error(path + ".end_offset", "expected a non-negative integer");
                continue;
            }
            entity(path, e["id"].is_string() ? e["id"].get<std::string>() : e["id"].dump(),
                   e["label"].get<std::string>(), s, en);
        }
    }

    void labels(const nlohmann::json& list) { // sequence labelling: [[start, end, "Label"], ...]
        for (size_t i = 0; i < list.size(); ++i) {
            const nlohmann::json& l = list[i];
            const std::string path = "label[" + std::to_string(i) + "]";
            if (!l.is_array() || l.size() != 3 || !l[0].is_number_integer() || !l[1].is_number_integer() ||
                !l[2].is_string() || l[0].get<long long>() < 0 || l[1].get<long long>() < 0) {
                error(path, "expected [start, end, \"Label\"]");
                continue;
            }
            entity(path, "l" + std::to_string(i + 1), l[2].get<std::string>(), l[0].get<long long>(),
                   l[1].get<long long>());
        }
    }

    void relations(const nlohmann::json& list) {
        for (size_t i = 0; i < list.size(); ++i) {
            const nlohmann::json& rel = list[i];
            const std::string path = "relations[" + std::to_string(i) + "]";
            if (!rel.is_object() || !rel.contains("from_id") || !rel.contains("to_id") || !rel.contains("type") ||
                !rel["type"].is_string()) {
                error(path, "expected an object with id, from_id, to_id, type");
                continue;
            }
            auto ref = [&](const char* key) {
                const nlohmann::json& v = rel[key];
                auto it = ann_of.find(v.is_string() ? v.get<std::string>() : v.dump());
                if (it == ann_of.end())
                    error(path + "." + key, "refers to entity " + v.dump() + ", which is missing or was skipped");
                return it == ann_of.end() ? nullptr : r.project.find(it->second);
            };
            const Annotation* from = ref("from_id");
            const Annotation* to = from ? ref("to_id") : nullptr;
            if (!from || !to) continue;
            const std::string type = map_relation_label(r.project.codebook, rel["type"].get<std::string>(), from->type,
                                                        to->type, &r.warnings);
            r.project.relations.push_back({"r-" + std::to_string(r.project.relations.size() + 1), type, from->id,
                                           to->id, nlohmann::json::object()});
        }
    }
};
} // namespace

ImportResult import_doccano(std::string_view jsonl, std::shared_ptr<const Document> article, const Codebook& base) {
    ImportResult r = start_import(article, base);
    size_t number = 0;
    bool done = false;
    for (size_t pos = 0; pos < jsonl.size();) {
        size_t nl = jsonl.find('\n', pos);
        if (nl == std::string_view::npos) nl = jsonl.size();
        const std::string_view text = jsonl.substr(pos, nl - pos);
        pos = nl + 1;
        ++number;
        const std::string where = "line " + std::to_string(number);
        if (text.find_first_not_of(" \t\r") == std::string_view::npos) continue;
        if (done) {
            add_problem(r.errors, {where, "only the first document of a JSONL file is imported; skipped"});
            continue;
        }
        done = true;
        nlohmann::json j;
        JsonSyntaxError syntax;
        if (!parse_json(text, &j, &syntax)) {
            if (syntax.byte) syntax.byte += size_t(text.data() - jsonl.data()); // a place in the file, not the line
            Problem p = json_problem(jsonl, syntax);
            if (p.path.empty()) p.path = where;
            add_problem(r.errors, std::move(p));
            continue;
        }
        if (!j.is_object()) {
            add_problem(r.errors, {where, "expected a JSON object"});
            continue;
        }
        std::unique_ptr<Document> own;
        if (j.contains("text")) {
            if (!j["text"].is_string()) {
                add_problem(r.errors, {where + ": text", "expected a string"});
                continue;
            }
            own = std::make_unique<Document>(make_document(j["text"].get<std::string>()));
            if (!r.project.doc) r.project.doc = make_shared_document(j["text"].get<std::string>());
        }
        if (!r.project.doc) {
            add_problem(r.errors, {where, "no \"text\" in the line and no article given"});
            continue;
        }
        DoccanoImport d{r, where, own.get(), {}};
        const nlohmann::json empty = nlohmann::json::array();
        auto list = [&](const char* key) -> const nlohmann::json& {
            if (!j.contains(key)) return empty;
            if (!j[key].is_array()) {
                d.error(key, "expected an array");
                return empty;
            }
            return j[key];
        };
        d.entities(list("entities"));
        d.labels(list("label"));
        d.relations(list("relations"));
    }
    if (!done && r.errors.empty()) add_problem(r.errors, {"", "the file holds no document (empty JSONL)"});
    finish_import(r);
    return r;
}

} // namespace cs
