// Claimscope core — the one way the core reads JSON: bounded nesting, no repeated top-level key,
// and, for a large document, without holding all of it as one DOM.
//
// parse_streaming builds the same nlohmann DOM as json::parse, except for the top-level arrays
// whose names are listed: their elements are built one at a time, handed to the sink and dropped.
// The root keeps an empty array in their place. A 10,000-annotation file then never exists as a
// DOM of 10,000 objects (that DOM cost more memory than the file and the project together).
// parse_json is the same parser for the readers that want the whole DOM (W3C, doccano, exercise
// keys, JSON-LD in web pages).
//
// Two rules hold for every document, whichever reader asks:
// - nesting deeper than kMaxJsonDepth is refused: nlohmann copies, compares and dumps a DOM
//   recursively, and so do the readers' own walks, so unbounded nesting would overflow the stack;
// - a key that the top-level object already has is refused: json::parse keeps the last value,
//   while a reader that acts on the first (the streamed Claimscope reader reads the header as soon
//   as the lists begin) would read another document than the one that is checked.
#pragma once
#include "core/file/file_format.h"
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace cs {

// Reads one object element of a streamed array straight from the parser's events (its own
// start_object first), without building it. An event it does not expect makes it return false: it
// then gets no more events of that element, and finish() says no. An element it declines is built
// as a DOM from its bytes and handed to JsonStreamSink::element as any other.
struct JsonElementReader : nlohmann::json_sax<nlohmann::json> {
    // After the element's last event: true if it took the element (index: its place in the array).
    // Either way the reader is ready for the next element.
    virtual bool finish(size_t index) = 0;
    bool binary(binary_t&) override { return false; }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }
};

struct JsonStreamSink {
    virtual ~JsonStreamSink() = default;
    // `root` is the document as parsed so far (the members before this array are in it).
    virtual void begin_array(const std::string& key, const nlohmann::json& root) = 0;
    virtual void element(const std::string& key, size_t index, nlohmann::json&& value) = 0;
    virtual void end_array(const std::string& key) = 0;
    // A reader for the object elements of this array, or nullptr to have them all built.
    virtual JsonElementReader* element_reader(const std::string&) { return nullptr; }
};

// Real files nest a few levels deep.
constexpr size_t kMaxJsonDepth = 256;

struct JsonSyntaxError {
    bool too_deep = false;      // nesting went past max_depth
    bool duplicate_key = false; // the top-level object already had the key
    // 1-based byte where the parse stopped: the byte at which nlohmann's parser gave up, the first
    // byte of a number too large, the bracket one level too deep, the repeated key's opening quote.
    // 0 when not known (see parse_streaming).
    size_t byte = 0;
    std::string what; // why, without nlohmann's "[json.exception...]" and position
};

// The problem as the readers report it: path "line 4, column 17" (empty when the byte is not
// known), message "malformed JSON: <why>", "nested deeper than 256 levels" or "duplicate key \"x\"".
Problem json_problem(std::string_view bytes, const JsonSyntaxError& e);

enum class StreamParse {
    Streamed,      // the sink has the streamed arrays, *root the rest
    Failed,        // a syntax error or nesting deeper than max_depth, described in *error
    WholeDocument, // *root holds the whole document and the sink's events are void: the fast
                   // parser refused a document nlohmann's accepts (json_fast.h; never seen in tests)
};
// The document is read by fast_sax_parse (json_fast.h); a document it refuses is read again by
// nlohmann's parser, whose messages say where and why (that parser tells no position for a depth
// or key error: byte 0). Checking the depth and keys in the handler spares a scan of the file.
StreamParse parse_streaming(std::string_view bytes, const std::vector<std::string>& streamed_keys, size_t max_depth,
                            nlohmann::json* root, JsonStreamSink* sink, JsonSyntaxError* error);

// The whole document into *out, nesting at most kMaxJsonDepth deep. False with *error filled
// (and *out unspecified) when it is not valid JSON or breaks one of the rules above.
bool parse_json(std::string_view bytes, nlohmann::json* out, JsonSyntaxError* error);

} // namespace cs
