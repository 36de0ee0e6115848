// Claimscope core — internal helpers shared by file_load.cpp, file_save.cpp and file_codebook.cpp:
// reading typed fields out of parsed JSON while collecting every problem with its JSON path, and
// writing kept unknown fields back.
#pragma once
#include "core/file/file_format.h"
#include <initializer_list>
#include <string_view>

namespace cs {

using json = nlohmann::json;
using ojson = nlohmann::ordered_json;

// Every getter reports into `errors` and returns false when the field is missing (and required)
// or has the wrong type; messages say what was expected and what was found.
struct JsonReader {
    std::vector<Problem>* errors;

    void error(const std::string& path, std::string message) const { add_problem(*errors, {path, std::move(message)}); }

    static std::string key(const std::string& path, const std::string& k) { return path.empty() ? k : path + "." + k; }
    static std::string at(const std::string& path, size_t i) { return path + "[" + std::to_string(i) + "]"; }
    static std::string found(const json& v); // "a number", "an array", "null", ...
    // A number as the file wrote it, as far as the DOM tells: "-0" stays "-0" (the parser makes a
    // signed integer only of a token with a minus), other numbers as dump() writes them.
    static std::string number_text(const json& v);

    // Returns the member or nullptr; reports "missing" when required.
    const json* member(const json& obj, const std::string& path, const char* k, bool required,
                       const char* expected) const;
    bool str(const json& obj, const std::string& path, const char* k, std::string* out, bool required) const;
    // The same, moving the string out of `obj` (for JSON that is dropped after reading).
    bool take_str(json& obj, const std::string& path, const char* k, std::string* out, bool required) const;
    // The member if it is a string, else nullptr (reported); *ok is what str() returns.
    const json* string_member(const json& obj, const std::string& path, const char* k, bool required, bool* ok) const;
    bool boolean(const json& obj, const std::string& path, const char* k, bool* out, bool required) const;
    bool whole_number(const json& obj, const std::string& path, const char* k, uint32_t* out) const; // required
    const json* object(const json& obj, const std::string& path, const char* k, bool required) const;
    const json* array(const json& obj, const std::string& path, const char* k, bool required) const;
};

// The members of `obj` not named in `known`: kept verbatim so newer files survive a round trip.
// string_view: the lengths of the literals are known at compile time, so most keys are rejected by
// length alone (this runs for every annotation of a file).
json unknown_fields(const json& obj, std::initializer_list<std::string_view> known);

// Writes kept unknown fields after the known ones (json objects iterate in sorted key order).
inline void append_extra(ojson& o, const json& extra) {
    for (auto it = extra.begin(); it != extra.end(); ++it) o[it.key()] = it.value();
}

// "…" after `max` code points, for quoting user text inside messages.
std::string shorten(const std::string& s, size_t max = 40);

} // namespace cs
