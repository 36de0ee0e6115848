// Exercise files: spec <-> JSON, key obfuscation, progress. See exercise.h and docs/CLASSROOM.md.
#include "exercise.h"
#include "core/file/json_stream.h"
#include <algorithm>
#include <cstring>

namespace cs {

// ---- Small helpers ------------------------------------------------------------------------
static bool contains(const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
}
static bool allowed(const std::vector<std::string>& list, const std::string& id) {
    return list.empty() || contains(list, id);
}

const char* to_string(KeyVisibility v) {
    switch (v) {
        case KeyVisibility::Never: return "never";
        case KeyVisibility::AfterCheck: return "after_check";
        case KeyVisibility::AfterSubmit: return "after_submit";
    }
    return "never";
}
bool parse_key_visibility(const std::string& s, KeyVisibility* out) {
    for (KeyVisibility v : {KeyVisibility::Never, KeyVisibility::AfterCheck, KeyVisibility::AfterSubmit})
        if (s == to_string(v)) {
            *out = v;
            return true;
        }
    return false;
}
const char* to_string(RevealLevel v) {
    switch (v) {
        case RevealLevel::Score: return "score";
        case RevealLevel::Marks: return "marks";
        case RevealLevel::Hints: return "hints";
        case RevealLevel::Key: return "key";
    }
    return "score";
}
bool parse_reveal_level(const std::string& s, RevealLevel* out) {
    for (RevealLevel v : {RevealLevel::Score, RevealLevel::Marks, RevealLevel::Hints, RevealLevel::Key})
        if (s == to_string(v)) {
            *out = v;
            return true;
        }
    return false;
}
RevealLevel check_reveals(const ExerciseSpec& spec) {
    if (spec.key_visibility == KeyVisibility::AfterCheck) return RevealLevel::Key;
    return spec.reveal == RevealLevel::Key ? RevealLevel::Hints : spec.reveal;
}
bool Requirement::operator==(const Requirement& o) const {
    return type == o.type && min == o.min && relation == o.relation && each_of == o.each_of;
}
bool ExerciseSpec::operator==(const ExerciseSpec& o) const {
    return title == o.title && instructions == o.instructions && allowed_types == o.allowed_types &&
           allowed_attributes == o.allowed_attributes && allowed_relations == o.allowed_relations &&
           key_visibility == o.key_visibility && requirements == o.requirements && self_check == o.self_check &&
           max_checks == o.max_checks && reveal == o.reveal;
}

// ---- Key obfuscation ------------------------------------------------------------------------
// XOR with SHA-256("claimscope-exercise-key-v1:" salt ":" block#) blocks, then base64. It only
// keeps answers out of plain view; the "secret" is this constant, which is public.
static const char* const kKeyEncoding = "xor-sha256-base64-v1";

static std::string keystream_block(const std::string& salt, size_t block) {
    std::string hex = sha256_hex("claimscope-exercise-key-v1:" + salt + ":" + std::to_string(block));
    std::string bytes;
    for (size_t i = 0; i + 1 < hex.size(); i += 2) bytes.push_back((char)std::stoi(hex.substr(i, 2), nullptr, 16));
    return bytes;
}
static std::string xor_keystream(const std::string& data, const std::string& salt) {
    std::string out = data, block;
    for (size_t i = 0; i < out.size(); ++i) {
        if (i % 32 == 0) block = keystream_block(salt, i / 32);
        out[i] = (char)(out[i] ^ block[i % 32]);
    }
    return out;
}

static const char kB64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
static std::string base64_encode(const std::string& in) {
    std::string out;
    size_t i = 0;
    for (; i + 2 < in.size(); i += 3) {
        uint32_t v = (uint8_t)in[i] << 16 | (uint8_t)in[i + 1] << 8 | (uint8_t)in[i + 2];
        for (int s = 18; s >= 0; s -= 6) out.push_back(kB64[(v >> s) & 63]);
    }
    if (i < in.size()) {
        uint32_t v = (uint8_t)in[i] << 16 | (i + 1 < in.size() ? (uint8_t)in[i + 1] << 8 : 0);
        out.push_back(kB64[(v >> 18) & 63]);
        out.push_back(kB64[(v >> 12) & 63]);
        out.push_back(i + 1 < in.size() ? kB64[(v >> 6) & 63] : '=');
        out.push_back('=');
    }
    return out;
}
// Returns false on a character outside the alphabet or a length that is not a multiple of 4.
static bool base64_decode(const std::string& in, std::string* out) {
    if (in.size() % 4) return false;
    out->clear();
    for (size_t i = 0; i < in.size(); i += 4) {
        uint32_t v = 0;
        int pad = 0;
        for (size_t k = 0; k < 4; ++k) {
            char c = in[i + k];
            const char* p = c ? std::strchr(kB64, c) : nullptr;
            if (c == '=' && i + 4 == in.size() && k >= 2) {
                ++pad;
                v <<= 6;
                continue;
            }
            if (!p || pad) return false;
            v = v << 6 | (uint32_t)(p - kB64);
        }
        out->push_back((char)(v >> 16));
        if (pad < 2) out->push_back((char)(v >> 8 & 255));
        if (pad < 1) out->push_back((char)(v & 255));
    }
    return true;
}

// ---- Spec <-> JSON --------------------------------------------------------------------------
static nlohmann::json spec_to_json(const ExerciseSpec& s) {
    nlohmann::json reqs = nlohmann::json::array();
    for (const auto& r : s.requirements)
        reqs.push_back(r.relation.empty() ? nlohmann::json{{"type", r.type}, {"min", r.min}}
                                          : nlohmann::json{{"relation", r.relation}, {"each_of", r.each_of}});
    nlohmann::json j = {{"title", s.title},
                        {"instructions", s.instructions},
                        {"allowed_types", s.allowed_types},
                        {"allowed_attributes", s.allowed_attributes},
                        {"allowed_relations", s.allowed_relations},
                        {"key_visibility", to_string(s.key_visibility)},
                        {"reveal", to_string(s.reveal == RevealLevel::Key ? RevealLevel::Hints : s.reveal)},
                        {"self_check", s.self_check},
                        {"requirements", reqs}};
    if (s.max_checks >= 0) j["max_checks"] = s.max_checks; // absent: no limit
    return j;
}

// Reads field `key` of object `j` as a string (missing -> "", unless required).
static bool read_string(const nlohmann::json& j, const char* key, const std::string& path, bool required,
                        std::string* out, std::vector<Problem>* errors) {
    auto it = j.find(key);
    if (it == j.end()) {
        if (required) errors->push_back({path + "." + key, "missing; expected a string"});
        return !required;
    }
    if (!it->is_string()) {
        errors->push_back({path + "." + key, "must be a string"});
        return false;
    }
    *out = it->get<std::string>();
    return true;
}
static void read_string_list(const nlohmann::json& j, const char* key, const std::string& path,
                             std::vector<std::string>* out, std::vector<Problem>* errors) {
    auto it = j.find(key);
    if (it == j.end()) return;
    if (!it->is_array()) {
        errors->push_back({path + "." + key, "must be an array of ids"});
        return;
    }
    for (size_t i = 0; i < it->size(); ++i) {
        if (!(*it)[i].is_string())
            errors->push_back({path + "." + key + "[" + std::to_string(i) + "]", "must be a string"});
        else
            out->push_back((*it)[i].get<std::string>());
    }
}

static void spec_from_json(const nlohmann::json& j, const Codebook& cb, ExerciseSpec* s, std::vector<Problem>* errors) {
    const std::string P = "exercise";
    read_string(j, "title", P, true, &s->title, errors);
    read_string(j, "instructions", P, false, &s->instructions, errors);
    read_string_list(j, "allowed_types", P, &s->allowed_types, errors);
    read_string_list(j, "allowed_attributes", P, &s->allowed_attributes, errors);
    read_string_list(j, "allowed_relations", P, &s->allowed_relations, errors);
    std::string vis = "after_check";
    if (read_string(j, "key_visibility", P, false, &vis, errors) && !parse_key_visibility(vis, &s->key_visibility))
        errors->push_back(
            {P + ".key_visibility", "must be \"never\", \"after_check\" or \"after_submit\", not \"" + vis + "\""});
    // Absent in format 1.0 files: hints, what they showed. The key itself is key_visibility's to give.
    std::string reveal = "hints";
    if (read_string(j, "reveal", P, false, &reveal, errors) &&
        (!parse_reveal_level(reveal, &s->reveal) || s->reveal == RevealLevel::Key))
        errors->push_back({P + ".reveal", "must be \"score\", \"marks\" or \"hints\", not \"" + reveal +
                                              "\" (key_visibility \"after_check\" shows the key)"});
    if (auto sc = j.find("self_check"); sc != j.end()) { // absent in files made before it existed: true
        if (sc->is_boolean())
            s->self_check = sc->get<bool>();
        else
            errors->push_back({P + ".self_check", "must be true or false"});
    }
    if (auto mc = j.find("max_checks"); mc != j.end()) {
        if (mc->is_number_integer() && mc->get<long long>() >= 0 && mc->get<long long>() <= 1000)
            s->max_checks = (int)mc->get<long long>();
        else
            errors->push_back({P + ".max_checks", "must be a whole number from 0 to 1000 (absent: no limit)"});
    }
    auto it = j.find("requirements");
    if (it == j.end()) return;
    if (!it->is_array()) {
        errors->push_back({P + ".requirements", "must be an array"});
        return;
    }
    for (size_t i = 0; i < it->size(); ++i) {
        const auto& rj = (*it)[i];
        std::string rp = P + ".requirements[" + std::to_string(i) + "]";
        if (!rj.is_object()) {
            errors->push_back({rp, "must be an object"});
            continue;
        }
        Requirement r;
        if (rj.contains("relation")) {
            if (!read_string(rj, "relation", rp, true, &r.relation, errors) ||
                !read_string(rj, "each_of", rp, true, &r.each_of, errors))
                continue;
            if (!cb.find_relation_type(r.relation)) {
                errors->push_back({rp + ".relation", "unknown relation type \"" + r.relation + "\""});
                continue;
            }
            if (!cb.find_type(r.each_of)) {
                errors->push_back({rp + ".each_of", "unknown annotation type \"" + r.each_of + "\""});
                continue;
            }
        } else {
            if (!read_string(rj, "type", rp, true, &r.type, errors)) continue;
            if (!cb.find_type(r.type)) {
                errors->push_back({rp + ".type", "unknown annotation type \"" + r.type + "\""});
                continue;
            }
            auto m = rj.find("min");
            if (m == rj.end() || !m->is_number_integer() || m->get<long long>() < 1 || m->get<long long>() > 100000) {
                errors->push_back({rp + ".min", "must be a whole number from 1 to 100000"});
                continue;
            }
            r.min = (int)m->get<long long>();
        }
        s->requirements.push_back(r);
    }
}

// ---- make / parse ---------------------------------------------------------------------------
static Codebook restrict_codebook(const Codebook& cb, const ExerciseSpec& spec) {
    Codebook out;
    for (const auto& t : cb.types) {
        if (!allowed(spec.allowed_types, t.id)) continue;
        AnnotationType nt = t;
        nt.attributes.clear();
        for (const auto& a : t.attributes)
            if (allowed(spec.allowed_attributes, a.id)) nt.attributes.push_back(a);
        out.types.push_back(nt);
    }
    for (const auto& r : cb.relation_types)
        if (allowed(spec.allowed_relations, r.id) && out.find_type(r.from_type) && out.find_type(r.to_type))
            out.relation_types.push_back(r);
    return out;
}

nlohmann::json obfuscate_key(const std::string& plain, const std::string& article_hash) {
    // The salt varies the keystream per key and doubles as a checksum (article hash + key).
    const std::string salt = sha256_hex(article_hash + plain).substr(0, 16);
    return {{"encoding", kKeyEncoding}, {"salt", salt}, {"data", base64_encode(xor_keystream(plain, salt))}};
}

Project make_exercise(const Project& teacher, const ExerciseSpec& spec) {
    Project ex = teacher;
    ex.codebook = restrict_codebook(teacher.codebook, spec);
    // The key holds only what students are asked to do: allowed types, attributes and relations.
    Project key = ex;
    key.annotations.clear();
    key.relations.clear();
    key.exercise = nullptr;
    for (Annotation a : teacher.annotations) {
        const AnnotationType* t = ex.codebook.find_type(a.type);
        if (!t) continue;
        nlohmann::json attrs = nlohmann::json::object();
        for (auto it = a.attributes.begin(); it != a.attributes.end(); ++it)
            if (t->find_attribute(it.key())) attrs[it.key()] = it.value();
        a.attributes = attrs;
        key.annotations.push_back(a);
    }
    for (const Relation& r : teacher.relations)
        if (ex.codebook.find_relation_type(r.type) && key.find(r.from) && key.find(r.to)) key.relations.push_back(r);
    nlohmann::json kj = project_to_json(key);
    std::string plain = nlohmann::json{{"annotations", kj["annotations"]}, {"relations", kj["relations"]}}.dump();
    const std::string article_hash = teacher.doc ? teacher.doc->hash : std::string();

    nlohmann::json block = spec_to_json(spec);
    block["article_hash"] = article_hash;
    if (spec.self_check) block["key"] = obfuscate_key(plain, article_hash);
    block["student"] = "";
    ex.annotations.clear();
    ex.relations.clear();
    ex.annotator.clear();
    ex.exercise = block;
    return ex;
}

static void decode_key(const Project& p, const nlohmann::json& kj, ParsedExercise* out) {
    std::string enc, salt, data;
    if (!kj.is_object()) {
        out->errors.push_back({"exercise.key", "missing or not an object; expected the answer key"});
        return;
    }
    if (!read_string(kj, "encoding", "exercise.key", true, &enc, &out->errors) ||
        !read_string(kj, "salt", "exercise.key", true, &salt, &out->errors) ||
        !read_string(kj, "data", "exercise.key", true, &data, &out->errors))
        return;
    if (enc != kKeyEncoding) {
        out->errors.push_back(
            {"exercise.key.encoding", "unknown encoding \"" + enc + "\"; expected \"" + kKeyEncoding + "\""});
        return;
    }
    std::string bytes;
    if (!base64_decode(data, &bytes)) {
        out->errors.push_back({"exercise.key.data", "is not valid base64"});
        return;
    }
    // The salt is also a checksum of the key (see make_exercise): it catches edits and damage.
    std::string text = xor_keystream(bytes, salt);
    if (sha256_hex((p.doc ? p.doc->hash : std::string()) + text).substr(0, 16) != salt) {
        out->errors.push_back({"exercise.key.data", "does not decode to a key (the file was edited or damaged)"});
        return;
    }
    nlohmann::json plain;
    JsonSyntaxError syntax;
    const bool parsed = parse_json(text, &plain, &syntax);
    if (!parsed || !plain.is_object()) {
        out->errors.push_back({"exercise.key.data", "does not decode to a key (" +
                                                        (parsed ? "not a JSON object" : syntax.what) +
                                                        "); the file was edited or damaged"});
        return;
    }
    // Validate the key exactly like a file's annotations: same article, same codebook.
    nlohmann::json j = project_to_json(p);
    j["annotations"] = plain.value("annotations", nlohmann::json::array());
    j["relations"] = plain.value("relations", nlohmann::json::array());
    j.erase("exercise");
    LoadResult lr = project_from_json(j);
    if (!lr.ok) {
        for (auto e : lr.errors) {
            e.path = "exercise.key" + (e.path.empty() ? std::string() : "." + e.path);
            out->errors.push_back(e);
        }
        return;
    }
    out->key.annotations = std::move(lr.project.annotations);
    out->key.relations = std::move(lr.project.relations);
}

ParsedExercise parse_exercise(const Project& p) {
    ParsedExercise out;
    if (!p.exercise.is_object()) {
        out.errors.push_back({"exercise", p.exercise.is_null() ? "this file is not an exercise (no exercise block)"
                                                               : "must be an object"});
        return out;
    }
    spec_from_json(p.exercise, p.codebook, &out.spec, &out.errors);
    read_string(p.exercise, "student", "exercise", false, &out.student, &out.errors);
    read_string(p.exercise, "article_hash", "exercise", true, &out.article_hash, &out.errors);
    if (p.doc && !out.article_hash.empty() && out.article_hash != p.doc->hash)
        out.errors.push_back({"exercise.article_hash",
                              "does not match the article text: the key was made on another version of the article"});
    auto kj = p.exercise.find("key");
    if (!out.spec.self_check) { // nothing to decode; a key here would be one the teacher did not mean to hand out
        if (kj != p.exercise.end())
            out.errors.push_back({"exercise.key", "present although self_check is false (the exercise has no key)"});
    } else {
        decode_key(p, kj == p.exercise.end() ? nlohmann::json() : *kj, &out);
    }
    out.ok = out.errors.empty();
    return out;
}

void set_student(Project& p, const std::string& name) {
    if (p.exercise.is_object()) p.exercise["student"] = name;
    p.annotator = name;
}

std::string submission_file_name(const Project& p) {
    std::string title = p.exercise.is_object() ? p.exercise.value("title", "") : "";
    std::string student = p.exercise.is_object() ? p.exercise.value("student", "") : "";
    return (title.empty() ? "exercise" : slugify(title)) + "-" + (student.empty() ? "student" : slugify(student)) +
           ".claimscope.json";
}

// ---- Progress -----------------------------------------------------------------------------
static std::string type_label(const Codebook& cb, const std::string& id) {
    const AnnotationType* t = cb.find_type(id);
    return t && !t->label.empty() ? t->label : id;
}

std::vector<RequirementProgress> progress(const Project& student, const ExerciseSpec& spec) {
    std::vector<RequirementProgress> out;
    for (const auto& r : spec.requirements) {
        RequirementProgress rp;
        rp.req = r;
        if (r.relation.empty()) {
            for (const auto& a : student.annotations) rp.have += a.type == r.type;
            rp.need = (size_t)r.min;
            rp.text = type_label(student.codebook, r.type) + ": " + std::to_string(rp.have) + " of " +
                      std::to_string(rp.need) + " marked";
        } else {
            for (const auto& a : student.annotations) {
                if (a.type != r.each_of) continue;
                ++rp.need;
                rp.have += std::any_of(student.relations.begin(), student.relations.end(), [&](const Relation& rel) {
                    return rel.type == r.relation && (rel.from == a.id || rel.to == a.id);
                });
            }
            const RelationType* rt = student.codebook.find_relation_type(r.relation);
            rp.text = type_label(student.codebook, r.each_of) + " linked by “" +
                      (rt && !rt->label.empty() ? rt->label : r.relation) + "”: " + std::to_string(rp.have) + " of " +
                      std::to_string(rp.need);
        }
        rp.met = rp.have >= rp.need;
        out.push_back(rp);
    }
    return out;
}

std::string progress_line(const std::vector<RequirementProgress>& pr) {
    size_t met = 0;
    std::string parts;
    for (const auto& r : pr) {
        met += r.met;
        parts += (parts.empty() ? "" : " · ") + r.text + (r.met ? " ✓" : "");
    }
    if (pr.empty()) return "No requirements";
    return std::to_string(met) + " of " + std::to_string(pr.size()) + " requirements met — " + parts;
}

} // namespace cs
