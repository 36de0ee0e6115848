// Claimscope core — parsing a large JSON document without holding all of it as one DOM.
//
// parse_streaming builds the same nlohmann DOM as json::parse, except for the top-level arrays
// whose names are listed: their elements are built one at a time, handed to the sink and dropped.
// The root keeps an empty array in their place. A 10,000-annotation file then never exists as a
// DOM of 10,000 objects (that DOM cost more memory than the file and the project together).
#pragma once
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

struct JsonSyntaxError {
    bool too_deep = false; // nesting went past max_depth (byte/what are then unset)
    size_t byte = 0;       // 1-based byte at which the parser gave up (nlohmann's parse_error::byte)
    std::string what;      // nlohmann's message
};

enum class StreamParse {
    Streamed,      // the sink has the streamed arrays, *root the rest
    Failed,        // a syntax error or nesting deeper than max_depth, described in *error
    WholeDocument, // *root holds the whole document and the sink's events are void: the fast
                   // parser refused a document nlohmann's accepts (json_fast.h; never seen in tests)
};
// The document is read by fast_sax_parse (json_fast.h); a document it refuses is read again by
// nlohmann's parser, whose messages say where and why. Checking the depth in the handler spares a
// separate scan of the whole file.
StreamParse parse_streaming(std::string_view bytes, const std::vector<std::string>& streamed_keys, size_t max_depth,
                            nlohmann::json* root, JsonStreamSink* sink, JsonSyntaxError* error);

} // namespace cs
