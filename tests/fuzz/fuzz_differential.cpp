// Differential fuzzing of the two ways the app reads JSON.
//  1. The fast parser (json_fast.h) against nlohmann's, the reference: both accept or both refuse,
//     and an accepted document gives the same SAX events with the same values.
//  2. load_project (streaming, fed by the fast parser) against the DOM path (nlohmann's DOM, then
//     project_from_json): both refuse, or both load a project that saves to the same bytes. The DOM
//     is refused where load_project refuses what a DOM cannot show: nesting past 256 levels. A
//     document with a duplicate key has two readings; whichever rule the loader takes, it must not
//     load another project than the DOM's (the last value wins), so it may only refuse it.
#include "fuzz.h"
#include "core/file/json_fast.h"
#include <set>

namespace {

using json = nlohmann::json;

// Every SAX event appended to one log, numbers with their kind, value and token.
struct Log final : nlohmann::json_sax<json> {
    std::string events;
    bool null() override { return add("null"); }
    bool boolean(bool v) override { return add(v ? "true" : "false"); }
    bool number_integer(number_integer_t v) override { return add("int " + std::to_string(v)); }
    bool number_unsigned(number_unsigned_t v) override { return add("uint " + std::to_string(v)); }
    bool number_float(number_float_t v, const string_t& token) override {
        char buf[40];
        std::snprintf(buf, sizeof buf, "%.17g", v);
        return add("float " + std::string(buf) + " " + token);
    }
    bool string(string_t& v) override { return add("string " + v); }
    bool binary(binary_t&) override { return add("binary"); }
    bool key(string_t& k) override { return add("key " + k); }
    bool start_object(std::size_t) override { return add("{"); }
    bool end_object() override { return add("}"); }
    bool start_array(std::size_t) override { return add("["); }
    bool end_array() override { return add("]"); }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }
    bool add(const std::string& e) {
        events += e;
        events += '\n';
        return true;
    }
};

void same_events(std::string_view in) {
    Log want, got;
    const bool accepted = json::sax_parse(in.begin(), in.end(), &want);
    const cs::FastParse fast = cs::fast_sax_parse(in, &got);
    fuzz::require(fast != cs::FastParse::Stopped, "fast_sax_parse", "stopped though the handler never stops it");
    fuzz::require((fast == cs::FastParse::Done) == accepted, "fast_sax_parse",
                  accepted ? "refuses a document nlohmann accepts" : "accepts a document nlohmann refuses");
    if (accepted)
        fuzz::require(got.events == want.events, "fast_sax_parse",
                      "other events than nlohmann's:\n--- nlohmann\n" + want.events + "--- fast\n" + got.events);
}

struct Dom {
    bool ok = false, duplicate_key = false;
    std::string saved;
};

Dom dom_load(std::string_view in) {
    Dom d;
    bool too_deep = false;
    std::vector<std::set<std::string>> keys; // of each open object
    const json::parser_callback_t watch = [&](int depth, json::parse_event_t event, json& parsed) {
        switch (event) {
            case json::parse_event_t::object_start: keys.emplace_back(); [[fallthrough]];
            case json::parse_event_t::array_start: too_deep |= depth + 1 > 256; break;
            case json::parse_event_t::key:
                if (!keys.empty()) d.duplicate_key |= !keys.back().insert(parsed.get<std::string>()).second;
                break;
            case json::parse_event_t::object_end:
                if (!keys.empty()) keys.pop_back();
                break;
            default: break;
        }
        return true;
    };
    const json j = json::parse(in.begin(), in.end(), watch, false);
    if (j.is_discarded() || too_deep) return d;
    const cs::LoadResult r = cs::project_from_json(j);
    d.ok = r.ok;
    if (r.ok) d.saved = cs::save_project(r.project);
    return d;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view in = fuzz::bytes(data, size);
    same_events(in);

    const cs::LoadResult streamed = cs::load_project(in);
    const Dom dom = dom_load(in);
    if (dom.duplicate_key && !streamed.ok) return 0;
    std::string why;
    for (const cs::Problem& e : streamed.errors) why += e.to_string() + "\n";
    fuzz::require(streamed.ok == dom.ok, "load_project against the DOM path",
                  streamed.ok ? "load_project loads a file the DOM path refuses"
                              : "load_project refuses a file the DOM path loads:\n" + why);
    if (streamed.ok)
        fuzz::require(cs::save_project(streamed.project) == dom.saved, "load_project against the DOM path",
                      "the two paths load projects that save to different bytes");
    return 0;
}
