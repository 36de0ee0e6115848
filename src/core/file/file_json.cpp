// Claimscope core — typed JSON field access with problem collection (see file_json.h).
#include "core/file/file_json.h"
#include "core/text/text.h"
#include <algorithm>

namespace cs {

std::string Problem::to_string() const { return path.empty() ? message : path + ": " + message; }

void add_problem(std::vector<Problem>& list, Problem p) {
    const bool counting = !list.empty() && list.back().more > 0;
    if (!counting && p.more == 0 && list.size() < kMaxProblems) {
        list.push_back(std::move(p));
        return;
    }
    if (!counting) list.emplace_back();
    Problem& rest = list.back();
    rest.more += p.more > 0 ? p.more : 1;
    rest.message = "… and " + std::to_string(rest.more) + " more";
}

size_t problem_count(const std::vector<Problem>& list) {
    size_t n = 0;
    for (const Problem& p : list) n += p.more > 0 ? p.more : 1;
    return n;
}

std::string shorten(const std::string& s, size_t max) {
    std::u32string cps = to_u32(s);
    if (cps.size() <= max) return s;
    return to_utf8(cps.substr(0, max)) + "…";
}

std::string JsonReader::found(const json& v) {
    switch (v.type()) {
        case json::value_t::null: return "null";
        case json::value_t::boolean: return "a boolean";
        case json::value_t::string: return "a string";
        case json::value_t::array: return "an array";
        case json::value_t::object: return "an object";
        case json::value_t::binary: return "binary data";
        default: return "a number";
    }
}

std::string JsonReader::number_text(const json& v) {
    return v.is_number_integer() && !v.is_number_unsigned() && v.get<int64_t>() == 0 ? "-0" : v.dump();
}

const json* JsonReader::member(const json& obj, const std::string& path, const char* k, bool required,
                               const char* expected) const {
    auto it = obj.find(std::string_view(k)); // a view: comparing against a char* would strlen it each time
    if (it != obj.end()) return &*it;
    if (required) error(key(path, k), std::string("missing; expected ") + expected);
    return nullptr;
}

const json* JsonReader::string_member(const json& obj, const std::string& path, const char* k, bool required,
                                      bool* ok) const {
    const json* v = member(obj, path, k, required, "a string");
    *ok = v ? v->is_string() : !required;
    if (v && !v->is_string()) {
        error(key(path, k), "expected a string, found " + found(*v));
        return nullptr;
    }
    return v;
}

bool JsonReader::str(const json& obj, const std::string& path, const char* k, std::string* out, bool required) const {
    bool ok = false;
    if (const json* v = string_member(obj, path, k, required, &ok)) *out = v->get<std::string>();
    return ok;
}

bool JsonReader::take_str(json& obj, const std::string& path, const char* k, std::string* out, bool required) const {
    bool ok = false;
    if (const json* v = string_member(obj, path, k, required, &ok))
        *out = std::move(const_cast<json*>(v)->get_ref<std::string&>());
    return ok;
}

bool JsonReader::boolean(const json& obj, const std::string& path, const char* k, bool* out, bool required) const {
    const json* v = member(obj, path, k, required, "true or false");
    if (!v) return !required;
    if (!v->is_boolean()) {
        error(key(path, k), "expected true or false, found " + found(*v));
        return false;
    }
    *out = v->get<bool>();
    return true;
}

bool JsonReader::whole_number(const json& obj, const std::string& path, const char* k, uint32_t* out) const {
    const json* v = member(obj, path, k, true, "a whole number ≥ 0");
    if (!v) return false;
    if (v->is_number_unsigned() && v->get<uint64_t>() <= 0xFFFFFFFFu) {
        *out = (uint32_t)v->get<uint64_t>();
        return true;
    }
    error(key(path, k), "expected a whole number ≥ 0, found " + (v->is_number() ? number_text(*v) : found(*v)));
    return false;
}

const json* JsonReader::object(const json& obj, const std::string& path, const char* k, bool required) const {
    const json* v = member(obj, path, k, required, "an object");
    if (v && !v->is_object()) {
        error(key(path, k), "expected an object, found " + found(*v));
        return nullptr;
    }
    return v;
}

const json* JsonReader::array(const json& obj, const std::string& path, const char* k, bool required) const {
    const json* v = member(obj, path, k, required, "an array");
    if (v && !v->is_array()) {
        error(key(path, k), "expected an array, found " + found(*v));
        return nullptr;
    }
    return v;
}

json unknown_fields(const json& obj, std::initializer_list<std::string_view> known) {
    json extra = json::object();
    for (auto it = obj.begin(); it != obj.end(); ++it)
        if (std::find(known.begin(), known.end(), std::string_view(it.key())) == known.end())
            extra[it.key()] = it.value();
    return extra;
}

} // namespace cs
