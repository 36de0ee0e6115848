// Claimscope core — a SAX handler that builds nlohmann's DOM, streaming chosen top-level arrays.
#include "json_stream.h"
#include "core/json_fast.h"
#include <algorithm>

namespace cs {

namespace {

using json = nlohmann::json;

class Streamer final : public nlohmann::json_sax<json> {
public:
    Streamer(json* root, const std::vector<std::string>& keys, size_t max_depth, JsonStreamSink* sink, JsonSyntaxError* error)
        : root_(root), keys_(keys), max_depth_(max_depth), sink_(sink), error_(error) {}

    bool null() override { return value(json(nullptr)); }
    bool boolean(bool v) override { return value(json(v)); }
    bool number_integer(number_integer_t v) override { return value(json(v)); }
    bool number_unsigned(number_unsigned_t v) override { return value(json(v)); }
    bool number_float(number_float_t v, const string_t&) override { return value(json(v)); }
    bool string(string_t& v) override { return value(json(std::move(v))); }
    bool binary(binary_t& v) override { return value(json::binary(std::move(v))); }
    bool key(string_t& k) override { key_ = std::move(k); return true; }
    bool start_object(std::size_t) override {
        if (!deeper()) return false;
        stack_.push_back(place(json(json::value_t::object)));
        return true;
    }
    bool end_object() override { return close(); }
    bool start_array(std::size_t) override {
        if (!deeper()) return false;
        if (!streaming_ && stack_.size() == 1 && root_->is_object() &&
            std::find(keys_.begin(), keys_.end(), key_) != keys_.end()) {
            sink_->begin_array(key_, *root_);
            (*root_)[key_] = json::array();
            stream_key_ = key_;
            index_ = 0;
            streaming_ = true;
            return true;
        }
        stack_.push_back(place(json(json::value_t::array)));
        return true;
    }
    bool end_array() override {
        if (streaming_ && stack_.size() == 1) {
            --depth_;
            streaming_ = false;
            sink_->end_array(stream_key_);
            return true;
        }
        return close();
    }
    bool parse_error(std::size_t byte, const std::string&, const nlohmann::detail::exception& ex) override {
        error_->byte = byte;
        error_->what = ex.what();
        return false;
    }

private:
    // Counts one more level of nesting; false (stop) past the limit.
    bool deeper() {
        if (++depth_ <= max_depth_) return true;
        error_->too_deep = true;
        return false;
    }

    // Directly inside a streamed array: a new value there is an element of its own.
    bool at_element_level() const { return streaming_ && stack_.size() == 1; }

    // Puts a new value where the parser is (the open container, or the root) and returns it.
    json* place(json&& v) {
        if (stack_.empty()) { *root_ = std::move(v); return root_; }
        if (at_element_level()) { element_ = std::move(v); return &element_; }
        json& top = *stack_.back();
        if (top.is_object()) {
            json& slot = top[key_];   // a repeated key replaces the earlier value, as json::parse does
            slot = std::move(v);
            return &slot;
        }
        top.push_back(std::move(v));
        return &top.back();
    }
    bool value(json&& v) {
        const bool element = at_element_level();
        place(std::move(v));
        if (element) emit();
        return true;
    }
    bool close() {
        --depth_;
        stack_.pop_back();
        if (at_element_level()) emit();
        return true;
    }
    void emit() {
        sink_->element(stream_key_, index_++, std::move(element_));
        element_ = json();
    }

    json* root_;
    const std::vector<std::string>& keys_;
    size_t max_depth_;
    size_t depth_ = 0;           // open objects and arrays, streamed ones included
    JsonStreamSink* sink_;
    JsonSyntaxError* error_;
    std::vector<json*> stack_;   // open containers: the root's, then an element's
    std::string key_;            // the last key read
    bool streaming_ = false;
    std::string stream_key_;
    size_t index_ = 0;
    json element_;
};

// Takes streamed elements and drops them: for the pass that only describes a syntax error.
struct DiscardSink final : JsonStreamSink {
    void begin_array(const std::string&, const json&) override {}
    void element(const std::string&, size_t, json&&) override {}
    void end_array(const std::string&) override {}
};

} // namespace

StreamParse parse_streaming(std::string_view bytes, const std::vector<std::string>& streamed_keys, size_t max_depth,
                            json* root, JsonStreamSink* sink, JsonSyntaxError* error) {
    Streamer s(root, streamed_keys, max_depth, sink, error);
    switch (fast_sax_parse(bytes, &s)) {
    case FastParse::Done: return StreamParse::Streamed;
    case FastParse::Stopped: return StreamParse::Failed;   // only the depth limit stops the handler
    case FastParse::Invalid: break;
    }
    json scratch;
    DiscardSink discard;
    Streamer describe(&scratch, streamed_keys, max_depth, &discard, error);
    if (!json::sax_parse(bytes.begin(), bytes.end(), &describe)) return StreamParse::Failed;
    *root = json::parse(bytes.begin(), bytes.end());
    return StreamParse::WholeDocument;
}

} // namespace cs
