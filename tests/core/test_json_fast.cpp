// fast_sax_parse against nlohmann's parser, the reference: the same documents accepted, the same
// events with the same values, on hand-written cases and on thousands of mutated project files.
#include "core/file/json_fast.h"
#include "core/file/file_format.h"
#include "model_fixture.h"
#include <catch2/catch_test_macros.hpp>
#include <cstdio>
#include <random>

using namespace cs;
using json = nlohmann::json;

namespace {

// Every SAX event as a line of text, numbers with their kind and exact value.
struct Recorder final : nlohmann::json_sax<json> {
    std::vector<std::string> events;
    bool null() override { return add("null"); }
    bool boolean(bool v) override { return add(v ? "true" : "false"); }
    bool number_integer(number_integer_t v) override { return add("int " + std::to_string(v)); }
    bool number_unsigned(number_unsigned_t v) override { return add("uint " + std::to_string(v)); }
    bool number_float(number_float_t v, const string_t& token) override {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.17g", v);
        return add("float " + std::string(buf) + " from " + token);
    }
    bool string(string_t& v) override { return add("string " + json(v).dump()); }
    bool binary(binary_t&) override { return add("binary"); }
    bool key(string_t& k) override { return add("key " + json(k).dump()); }
    bool start_object(std::size_t n) override { return add("{ " + std::to_string(n)); }
    bool end_object() override { return add("}"); }
    bool start_array(std::size_t n) override { return add("[ " + std::to_string(n)); }
    bool end_array() override { return add("]"); }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }
    bool add(std::string e) {
        events.push_back(std::move(e));
        return true;
    }
};

struct Outcome {
    bool accepted;
    std::vector<std::string> events;
};
Outcome reference(std::string_view doc) {
    Recorder r;
    const bool ok = json::sax_parse(doc.begin(), doc.end(), &r);
    return {ok, std::move(r.events)};
}
Outcome fast(std::string_view doc) {
    Recorder r;
    const FastParse result = fast_sax_parse(doc, &r);
    REQUIRE(result != FastParse::Stopped); // the recorder never stops
    return {result == FastParse::Done, std::move(r.events)};
}

void check_same(const std::string& doc) {
    INFO("document: " << json(doc).dump(-1, ' ', false, json::error_handler_t::replace));
    const Outcome want = reference(doc), got = fast(doc);
    REQUIRE(got.accepted == want.accepted);
    if (want.accepted) CHECK(got.events == want.events);
}

} // namespace

TEST_CASE("fast_sax_parse: valid documents give nlohmann's events and values", "[json_fast]") {
    const char* docs[] = {
        "0",
        "-0",
        "1",
        "-1",
        "123456789",
        "18446744073709551615",
        "18446744073709551616",
        "-9223372036854775808",
        "-9223372036854775809",
        "99999999999999999999999",
        "1.5",
        "-0.0",
        "1e5",
        "1E+5",
        "1e-5",
        "-1.25e-3",
        "0.1",
        "1.7976931348623157e308",
        "4.9e-324",
        "2.2250738585072014e-308",
        "123.456e7",
        "true",
        "false",
        "null",
        "\"\"",
        "[]",
        "{}",
        "[[]]",
        "[{}]",
        "{\"a\":{}}",
        R"("plain ascii")",
        R"("esc \" \\ \/ \b \f \n \r \t")",
        R"("\u00e9\u00E9 \u20ac \u0000 \ud83d\ude00")",
        "\"raw é € 😀 漢字 Привет\"",
        " \t\r\n[ 1 , 2 ,\n3 ] \n",
        "{\"a\":1,\"a\":2}",
        "{\"\":\"\"}",
        "\xEF\xBB\xBF{\"bom\":true}",
        R"({"k": [1, -2, 3.5, "x", null, true, false, {"n": []}]})",
        R"([1e0, 0e0, -0e-0, 10E-2, 0.000001])",
    };
    for (const char* d : docs) check_same(d);

    // A whole project file, as the app writes it.
    check_same(project_to_json(cs_test::golden_sample_project()).dump(2));
}

TEST_CASE("fast_sax_parse: refuses what nlohmann refuses", "[json_fast]") {
    const char* docs[] = {
        "",
        " ",
        "\xEF\xBB\xBF",
        "\xEF\xBB",
        "\xEF{}",
        "01",
        "-",
        "+1",
        ".5",
        "1.",
        "1e",
        "1e+",
        "-01",
        "0x10",
        "1 2",
        "tru",
        "nul",
        "falsey",
        "True",
        "NaN",
        "Infinity",
        "-Infinity",
        "1e400",
        "-1e400",
        "[1,]",
        "[,1]",
        "{,}",
        "{\"a\" 1}",
        "{\"a\":}",
        "{\"a\":1,}",
        "{a:1}",
        "{'a':1}",
        "[1 2]",
        "[",
        "]",
        "{",
        "}",
        "[}",
        "{]",
        "\"unterminated",
        "\"tab\there\"",
        "\"nl\nhere\"",
        "\"\\x\"",
        "\"\\u12\"",
        "\"\\u12G4\"",
        "\"\\ud83d\"",
        "\"\\ud83dx\"",
        "\"\\ud83d\\u0041\"",
        "\"\\ude00\"",
        "\"\xC0\x80\"",
        "\"\xC1\xBF\"",
        "\"\xE0\x80\x80\"",
        "\"\xED\xA0\x80\"",
        "\"\xF4\x90\x80\x80\"",
        "\"\xF5\x80\x80\x80\"",
        "\"\xFF\"",
        "\"\x80\"",
        "\"\xC3\"",
        "\"\xE2\x82\"",
        "\"\xF0\x9F\x98\"",
        "\"\xC3(\"",
        "// c\n1",
        "/* c */ 1",
        "[1]x",
        "{} {}",
        "nulll",
    };
    for (const char* d : docs) check_same(d);
    check_same(std::string("\"nul \0 inside\"", 14)); // a raw NUL must be escaped
    check_same(std::string("[1] x", 5));              // nothing after the value...
    check_same(std::string("[1] \0 x", 7));           // ...but nlohmann takes a NUL byte for the end
    check_same(std::string("[1, \0]", 6));
}

TEST_CASE("fast_sax_parse: agrees with nlohmann on 4,000 mutated project files", "[json_fast]") {
    const std::string good = project_to_json(cs_test::golden_sample_project()).dump(1);
    const char alphabet[] = "{}[]\",:\\ 0123456789.-+eEtrufalsn\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\x01\x7F\xFF";
    std::mt19937 rng(20261128);
    int accepted = 0;
    for (int round = 0; round < 4000; round++) {
        std::string doc = good;
        const int edits = 1 + (int)(rng() % 3);
        for (int e = 0; e < edits; e++) {
            const size_t at = rng() % doc.size();
            const char c = alphabet[rng() % (sizeof alphabet - 1)];
            switch (rng() % 3) {
                case 0: doc[at] = c; break;
                case 1: doc.erase(at, 1 + rng() % 3); break;
                default: doc.insert(at, 1, c); break;
            }
        }
        const Outcome want = reference(doc), got = fast(doc);
        INFO("round " << round);
        REQUIRE(got.accepted == want.accepted);
        if (want.accepted) {
            ++accepted;
            REQUIRE(got.events == want.events);
        }
    }
    CHECK(accepted > 400); // enough mutations stay valid JSON to compare their events
}
