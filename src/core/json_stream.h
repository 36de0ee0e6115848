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

struct JsonStreamSink {
    virtual ~JsonStreamSink() = default;
    // `root` is the document as parsed so far (the members before this array are in it).
    virtual void begin_array(const std::string& key, const nlohmann::json& root) = 0;
    virtual void element(const std::string& key, size_t index, nlohmann::json&& value) = 0;
    virtual void end_array(const std::string& key) = 0;
};

struct JsonSyntaxError {
    bool too_deep = false;   // nesting went past max_depth (byte/what are then unset)
    size_t byte = 0;         // 1-based byte at which the parser gave up (nlohmann's parse_error::byte)
    std::string what;        // nlohmann's message
};

enum class StreamParse {
    Streamed,        // the sink has the streamed arrays, *root the rest
    Failed,          // a syntax error or nesting deeper than max_depth, described in *error
    WholeDocument,   // *root holds the whole document and the sink's events are void: the fast
                     // parser refused a document nlohmann's accepts (json_fast.h; never seen in tests)
};
// The document is read by fast_sax_parse (json_fast.h); a document it refuses is read again by
// nlohmann's parser, whose messages say where and why. Checking the depth in the handler spares a
// separate scan of the whole file.
StreamParse parse_streaming(std::string_view bytes, const std::vector<std::string>& streamed_keys, size_t max_depth,
                            nlohmann::json* root, JsonStreamSink* sink, JsonSyntaxError* error);

} // namespace cs
