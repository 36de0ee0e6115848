// Tests for src/core/file/json_stream.h and the streamed load in file_load.cpp: the SAX reader hands
// over exactly the elements json::parse would build, and load_project (streamed) gives the same
// project, errors and warnings as project_from_json (whole DOM) whatever the order of the keys.
#include "model_fixture.h"

#include "core/file/json_stream.h"
#include "core/text/text.h"

#include <algorithm>

using namespace cs;
using json = nlohmann::json;
using ojson = nlohmann::ordered_json;

namespace {

struct Recorder final : JsonStreamSink {
    std::vector<std::string> events;
    std::map<std::string, json> elements;
    void begin_array(const std::string& key, const json& root) override {
        events.push_back("begin " + key + " after " + std::to_string(root.size()) + " members");
    }
    void element(const std::string& key, size_t index, json&& value) override {
        events.push_back(key + "[" + std::to_string(index) + "]");
        elements[key].push_back(std::move(value));
    }
    void end_array(const std::string& key) override { events.push_back("end " + key); }
};

std::vector<std::string> messages(const LoadResult& r) {
    std::vector<std::string> out;
    for (const Problem& p : r.errors) out.push_back("error: " + p.to_string());
    for (const Problem& p : r.warnings) out.push_back("warning: " + p.to_string());
    return out;
}

// The same object with its top-level keys in `order` (keys not listed follow in their order).
std::string with_key_order(const ojson& o, const std::vector<std::string>& order) {
    ojson out = ojson::object();
    for (const std::string& k : order)
        if (o.contains(k)) out[k] = o[k];
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!out.contains(it.key())) out[it.key()] = it.value();
    return out.dump(2);
}

// The streamed load must agree with the whole-DOM reader on everything it reports. The DOM comes
// through the same guard as every reader's (parse_json).
void check_same_as_dom(const std::string& text) {
    LoadResult streamed = load_project(text);
    json root;
    JsonSyntaxError syntax;
    REQUIRE(parse_json(text, &root, &syntax));
    LoadResult dom = project_from_json(root);
    CHECK(messages(streamed) == messages(dom));
    REQUIRE(streamed.ok == dom.ok);
    if (dom.ok) CHECK(save_project(streamed.project) == save_project(dom.project));
}

const std::vector<std::vector<std::string>> kOrders = {
    {}, // as saved
    {"relations", "annotations", "codebook", "article", "modified", "created", "annotator", "app_version", "version",
     "format"},                                                               // reversed: nothing streams
    {"format", "version", "article", "codebook", "relations", "annotations"}, // relations wait for annotations
    {"format", "version", "article", "codebook", "annotations", "relations", "annotator", "modified"}, // strings last
};

} // namespace

TEST_CASE("parse_streaming: elements of the named top-level arrays are handed over one by one", "[file][stream]") {
    const std::string text = R"({"a": 1, "annotations": [{"id": "x", "annotations": [1, 2]}, [3, [4]], "s", null],
        "nested": {"relations": [5]}, "relations": [], "tail": [true, {"k": -2.5}]})";
    json root;
    Recorder rec;
    JsonSyntaxError err;
    REQUIRE(parse_streaming(text, {"annotations", "relations"}, 256, &root, &rec, &err) == StreamParse::Streamed);
    CHECK(rec.events == std::vector<std::string>{
                            "begin annotations after 1 members", "annotations[0]", "annotations[1]", "annotations[2]",
                            "annotations[3]", "end annotations", "begin relations after 3 members", "end relations"});
    json full = json::parse(text);
    CHECK(rec.elements["annotations"] == full["annotations"]);
    json expected_root = full;
    expected_root["annotations"] = json::array(); // streamed: an empty array stays in its place
    CHECK(root == expected_root);
    CHECK(root["nested"]["relations"] == json::array({5})); // only top-level arrays stream
}

TEST_CASE("parse_streaming: syntax errors give the byte and nlohmann's reason", "[file][stream]") {
    json root;
    Recorder rec;
    JsonSyntaxError err;
    CHECK(parse_streaming(R"({"annotations": [{"id": 1}, {"id": }]})", {"annotations"}, 256, &root, &rec, &err) ==
          StreamParse::Failed);
    CHECK(err.byte == 36); // 1-based: the '}' where a value should be
    CHECK(err.what.find("syntax error while parsing value") != std::string::npos);
    CHECK(rec.events == std::vector<std::string>{"begin annotations after 0 members", "annotations[0]"});
    CHECK_FALSE(err.too_deep);
}

TEST_CASE("parse_streaming: nesting past the limit stops the parse, streamed arrays counted", "[file][stream]") {
    json root;
    Recorder rec;
    JsonSyntaxError err;
    CHECK(parse_streaming(R"({"annotations": [{"a": [1]}]})", {"annotations"}, 4, &root, &rec, &err) ==
          StreamParse::Streamed);
    CHECK(parse_streaming(R"({"annotations": [{"a": [[1]]}]})", {"annotations"}, 4, &root, &rec, &err) ==
          StreamParse::Failed);
    CHECK(err.too_deep);
    CHECK(err.byte == 25); // the fifth opening bracket
    CHECK(err.what == "nested deeper than 4 levels");
}

TEST_CASE("streamed load agrees with the whole-DOM reader for any key order", "[file][stream]") {
    const ojson good = project_to_json(cs_test::golden_sample_project());
    for (const auto& order : kOrders) {
        INFO("order starts with " << (order.empty() ? "(as saved)" : order[0]));
        check_same_as_dom(with_key_order(good, order));
    }
    REQUIRE(load_project(good.dump(2)).ok);
    CHECK(load_project(with_key_order(good, kOrders[2])).project.relations.size() == 6);
}

TEST_CASE("streamed load reports the same problems, in the same order, as the whole-DOM reader", "[file][stream]") {
    ojson bad = project_to_json(cs_test::golden_sample_project());
    bad["annotator"] = 7;                      // header string of the wrong type
    bad["annotations"][1]["end"] = 999999;     // past the end of the text
    bad["annotations"][3]["type"] = "opinion"; // not in the codebook
    bad["annotations"][5] = "not an object";
    bad["relations"][0]["to"] = "missing-id"; // dangling link
    bad["relations"][2] = json::array();
    for (const auto& order : kOrders) {
        INFO("order starts with " << (order.empty() ? "(as saved)" : order[0]));
        check_same_as_dom(with_key_order(bad, order));
    }
    LoadResult r = load_project(bad.dump(2));
    CHECK_FALSE(r.ok);
    CHECK(r.errors.size() == 7); // + relations[4], whose end was annotations[5]

    ojson newer = project_to_json(cs_test::golden_sample_project());
    newer["version"] = "1.4";
    check_same_as_dom(newer.dump(2));
    newer["version"] = "0.3"; // format 0 goes through migration, not the streamed reader
    check_same_as_dom(newer.dump(2));
    newer["format"] = "other";
    check_same_as_dom(newer.dump(2));
}

TEST_CASE("a file with two lists of annotations is refused, not merged", "[file][stream]") {
    std::string text = project_to_json(cs_test::golden_sample_project()).dump(2);
    // Insert a second "annotations" list after the first one.
    const size_t at = text.find("\n  \"relations\":");
    text.replace(at, 0, "\n  \"annotations\": [],");
    const size_t line = (size_t)std::count(text.begin(), text.begin() + (std::ptrdiff_t)at, '\n') + 2;
    LoadResult r = load_project(text);
    CHECK_FALSE(r.ok);
    CHECK(messages(r) == std::vector<std::string>{"error: line " + std::to_string(line) +
                                                  ", column 3: duplicate key \"annotations\"; a Claimscope file has "
                                                  "each top-level key once"});
}

TEST_CASE("save_project writes exactly the bytes of project_to_json, list element by element", "[file][stream]") {
    auto dump = [](const Project& p) {
        return project_to_json(p).dump(2, ' ', false, ojson::error_handler_t::replace) + "\n";
    };
    Project p = cs_test::golden_sample_project();
    CHECK(save_project(p) == dump(p));

    // Unknown fields at every level (nested objects and arrays inside list elements), unsorted input.
    p.extra["x-list"] = json::array({json::object({{"a", json::array({1, 2})}}), "line\nbreak"});
    p.annotations[0].extra["x-nested"] = {{"deep", {{"deeper", json::array({true, nullptr})}}}};
    p.relations[1].extra["x-weight"] = 2;
    p.annotations[3].note = "two\nlines and a tab\t";
    std::reverse(p.annotations.begin(), p.annotations.end());
    std::reverse(p.relations.begin(), p.relations.end());
    CHECK(save_project(p) == dump(p));

    p.annotations.clear();
    p.relations.clear();
    CHECK(save_project(p) == dump(p));
    CHECK(save_project(p).find("\"annotations\": [],\n  \"relations\": []") != std::string::npos);
}

TEST_CASE("save_project_pieces: the same bytes in pieces that end between list elements", "[file][stream]") {
    Project p = cs_test::golden_sample_project();
    p.annotations[2].note = "Ünïcödé — ✓ 😀 across pieces";
    const std::string whole = save_project(p);
    for (size_t piece : {size_t(1), size_t(200), size_t(1000), size_t(1) << 30}) {
        std::vector<std::string> pieces;
        save_project_pieces(p, piece, [&](std::string_view s) { pieces.emplace_back(s); });
        INFO("piece size " << piece);
        std::string joined;
        for (const std::string& s : pieces) joined += s;
        CHECK(joined == whole);
        for (size_t i = 0; i + 1 < pieces.size(); i++) {
            CHECK(pieces[i].size() >= piece);
            CHECK(is_valid_utf8(pieces[i])); // each piece decodes on its own in the browser
            CHECK(pieces[i].back() == '}');  // the end of a list element
        }
    }
    std::vector<std::string> per_element;
    save_project_pieces(p, 1, [&](std::string_view s) { per_element.emplace_back(s); });
    CHECK(per_element.size() == p.annotations.size() + p.relations.size() + 1); // + what follows the last
    std::vector<std::string> one;
    save_project_pieces(p, size_t(1) << 30, [&](std::string_view s) { one.emplace_back(s); });
    CHECK(one.size() == 1);
}

// ---- Annotations read straight from parser events (AnnotationEvents in file_load.cpp) ---------------

namespace {

// Takes an element only if it is an object whose first key is "take"; counts what it saw.
struct PickyReader final : JsonElementReader {
    int depth = 0, events = 0, finished = 0;
    bool first_key = true, declined = false, taken_any = false;
    std::vector<size_t> taken;
    bool ok(bool v) {
        events++;
        if (!v) declined = true;
        return v;
    }
    bool null() override { return ok(true); }
    bool boolean(bool) override { return ok(true); }
    bool number_integer(number_integer_t) override { return ok(true); }
    bool number_unsigned(number_unsigned_t) override { return ok(true); }
    bool number_float(number_float_t, const string_t&) override { return ok(true); }
    bool string(string_t&) override { return ok(true); }
    bool key(string_t& k) override {
        const bool first = first_key && depth == 1;
        first_key = false;
        return ok(!first || k == "take");
    }
    bool start_object(std::size_t) override {
        depth++;
        return ok(true);
    }
    bool end_object() override {
        depth--;
        return ok(true);
    }
    bool start_array(std::size_t) override {
        depth++;
        return ok(true);
    }
    bool end_array() override {
        depth--;
        return ok(true);
    }
    bool finish(size_t index) override {
        finished++;
        const bool take = !declined && !first_key;
        if (take) taken.push_back(index);
        first_key = true;
        declined = false;
        depth = 0;
        return take;
    }
};
struct ReadingRecorder final : JsonStreamSink {
    PickyReader reader;
    Recorder rec;
    void begin_array(const std::string& key, const json& root) override { rec.begin_array(key, root); }
    void element(const std::string& key, size_t index, json&& value) override {
        rec.element(key, index, std::move(value));
    }
    void end_array(const std::string& key) override { rec.end_array(key); }
    JsonElementReader* element_reader(const std::string& key) override {
        return key == "annotations" ? &reader : nullptr;
    }
};

} // namespace

TEST_CASE("parse_streaming: a reader takes the elements it wants; the rest are built from their bytes",
          "[file][stream]") {
    const std::string text = R"({"annotations": [{"take": 1, "x": [1, {"y": 2}]}, {"other": 1, "take": 2},
        "s", {"take": {"deep": [true, null]}}, {}, {"a":1,"a":2}, [{"take": 0}]], "relations": [{"take": 3}]})";
    json root;
    ReadingRecorder sink;
    JsonSyntaxError err;
    REQUIRE(parse_streaming(text, {"annotations", "relations"}, 256, &root, &sink, &err) == StreamParse::Streamed);
    // Objects go to the reader (the empty one too, declined by finish); the string and the array do not.
    CHECK(sink.reader.finished == 5);
    CHECK(sink.reader.taken == std::vector<size_t>{0, 3});
    CHECK(sink.rec.events ==
          std::vector<std::string>{"begin annotations after 0 members", "annotations[1]", "annotations[2]",
                                   "annotations[4]", "annotations[5]", "annotations[6]", "end annotations",
                                   "begin relations after 1 members", "relations[0]", "end relations"});
    const json full = json::parse(text);
    const json& built = sink.rec.elements["annotations"];
    REQUIRE(built.size() == 5);
    CHECK(built[0] == full["annotations"][1]);
    CHECK(built[1] == full["annotations"][2]);
    CHECK(built[2] == full["annotations"][4]);
    CHECK(built[3] == json({{"a", 2}})); // a repeated key: the later value, as json::parse keeps
    CHECK(built[4] == full["annotations"][6]);
    // The depth limit still counts the levels a reader got.
    CHECK(parse_streaming(R"({"annotations": [{"take": [[[1]]]}]})", {"annotations"}, 4, &root, &sink, &err) ==
          StreamParse::Failed);
    CHECK(err.too_deep);
}

TEST_CASE("annotations read from parser events: same project and problems as the DOM reader for every kind of element",
          "[file][stream]") {
    const ojson good = project_to_json(cs_test::golden_sample_project());
    const std::string fields[] = {"id",     "type", "start",  "end",     "quote",    "attributes",
                                  "entity", "note", "author", "created", "modified", "anchor"};
    const ojson values[] = {nullptr,
                            7,
                            -1,
                            1.5,
                            4294967296.0,
                            ojson(4294967296ull),
                            4294967295u,
                            0,
                            "text",
                            "",
                            "moved",
                            "fuzzy",
                            "orphaned",
                            "claim",
                            "actor",
                            true,
                            false,
                            ojson::array(),
                            ojson::array({1}),
                            ojson::object(),
                            ojson({{"exact", "x"}}),
                            ojson({{"check_worthy", true}}),
                            ojson({{"check_worthy", "maybe"}}),
                            ojson({{"stance", "nope"}, {"x-attr", false}}),
                            ojson({{"a", 1}}),
                            ojson({{"a", nullptr}})};
    size_t checked = 0;
    auto check = [&](const ojson& doc) {
        check_same_as_dom(doc.dump(2));
        checked++;
    };
    check(good);
    for (size_t i : {size_t(0), size_t(4), good["annotations"].size() - 1}) {
        INFO("annotation " << i);
        for (const std::string& f : fields) {
            INFO("field " << f);
            ojson removed = good;
            removed["annotations"][i].erase(f);
            check(removed);
            for (const ojson& v : values) {
                INFO("value " << v.dump());
                ojson changed = good;
                changed["annotations"][i][f] = v;
                check(changed);
            }
        }
        for (const std::string& q : {"exact", "prefix", "suffix", "x-unknown"}) {
            INFO("quote." << q);
            ojson removed = good;
            removed["annotations"][i]["quote"].erase(q);
            check(removed);
            for (const ojson& v : {ojson(nullptr), ojson(3), ojson("changed"), ojson(""), ojson::object()}) {
                ojson changed = good;
                changed["annotations"][i]["quote"][q] = v;
                check(changed);
            }
        }
        ojson unknown = good;
        unknown["annotations"][i]["x-future"] = {{"kept", ojson::array({1, "two"})}};
        check(unknown);
        ojson first_id = good; // an id used twice, and an empty one
        first_id["annotations"][i]["id"] = good["annotations"][(i + 1) % good["annotations"].size()]["id"];
        check(first_id);
    }
    // Repeated keys (the later value wins, as json::parse keeps it): written into the text itself.
    const std::string text = good.dump(2);
    for (const char* dup : {"\"id\": \"twice\", ", "\"note\": \"first\", ", "\"start\": 0, ", "\"quote\": {}, ",
                            "\"attributes\": {\"check_worthy\": true}, "}) {
        std::string t = text;
        const size_t at = t.find("{", t.find("\"annotations\": [")) + 1;
        t.insert(at, dup);
        INFO("repeated " << dup);
        check_same_as_dom(t);
        checked++;
    }
    std::string attr_twice = text; // a repeated attribute key inside one annotation
    const size_t attrs = attr_twice.find("\"attributes\": {", attr_twice.find("\"annotations\": ["));
    if (attrs != std::string::npos) {
        attr_twice.insert(attrs + 15, "\"check_worthy\": \"x\", ");
        check_same_as_dom(attr_twice);
        checked++;
    }
    CHECK(checked > 1000);
}
