// Claimscope core — a fast, strict JSON parser that drives nlohmann's SAX interface.
//
// Why: reading a 1M/10k project spent about a third of its time in nlohmann's lexer, which copies
// every character of every string into two buffers (one kept only to quote it in error messages).
// This parser appends whole runs of plain characters at once and keeps no second copy.
//
// It accepts exactly what nlohmann::json::sax_parse accepts (RFC 8259, UTF-8 checked, an optional
// byte order mark, nothing after the value) and sends the same events with the same values:
// numbers become unsigned, integer or float the way nlohmann's lexer decides. It does not say
// *what* is wrong with a document it rejects: the caller then runs nlohmann's parser, whose
// messages the app shows (see parse_streaming). tests/core/test_json_fast.cpp compares the two on
// valid, invalid and mutated documents.
#pragma once
#include <nlohmann/json.hpp>
#include <string_view>

namespace cs {

enum class FastParse {
    Done,    // the document was valid; every event was sent
    Stopped, // a SAX callback returned false
    Invalid, // not a JSON document (nothing says why: ask nlohmann)
};

// Where the parser is, for a handler that wants the bytes of a container it was sent: set before
// each start_object/start_array (`begin`: the offset of its bracket) and end_object/end_array
// (`end`: the offset just past its closing bracket), and before each key (`begin`: the offset of
// its opening quote, for a handler that refuses the key).
struct ParsePosition {
    size_t begin = 0, end = 0;
};

FastParse fast_sax_parse(std::string_view bytes, nlohmann::json_sax<nlohmann::json>* sax,
                         ParsePosition* where = nullptr);

} // namespace cs
