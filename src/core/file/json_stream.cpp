// Claimscope core — a SAX handler that builds nlohmann's DOM, streaming chosen top-level arrays.
#include "core/file/json_stream.h"
#include "core/file/file_json.h"
#include "core/file/json_fast.h"
#include <algorithm>

namespace cs {

namespace {

// nlohmann's what() reads "[json.exception.parse_error.101] parse error at line 1, column 2: <reason>"
// or "[json.exception.out_of_range.406] <reason>"; the position is replaced by ours (columns in
// code points), the reason kept.
std::string reason_of(const std::string& what) {
    size_t p = what.find("column ");
    p = p == std::string::npos ? std::string::npos : what.find(": ", p);
    if (p != std::string::npos) return what.substr(p + 2);
    p = what.rfind("] ", what.find(' '));
    return p == std::string::npos ? what : what.substr(p + 2);
}

class Streamer final : public nlohmann::json_sax<json> {
public:
    // `where` (from fast_sax_parse; nullptr for nlohmann's parser) lets elements go to the sink's
    // readers: a declined element is then built again from its bytes.
    Streamer(std::string_view bytes, const ParsePosition* where, json* root, const std::vector<std::string>& keys,
             size_t max_depth, JsonStreamSink* sink, JsonSyntaxError* error)
        : bytes_(bytes), where_(where), root_(root), keys_(keys), max_depth_(max_depth), sink_(sink), error_(error) {}

    bool null() override {
        return reading_ ? read([&] { return reader_->null(); }) : value(json(nullptr));
    }
    bool boolean(bool v) override {
        return reading_ ? read([&] { return reader_->boolean(v); }) : value(json(v));
    }
    bool number_integer(number_integer_t v) override {
        return reading_ ? read([&] { return reader_->number_integer(v); }) : value(json(v));
    }
    bool number_unsigned(number_unsigned_t v) override {
        return reading_ ? read([&] { return reader_->number_unsigned(v); }) : value(json(v));
    }
    bool number_float(number_float_t v, const string_t& s) override {
        return reading_ ? read([&] { return reader_->number_float(v, s); }) : value(json(v));
    }
    bool string(string_t& v) override {
        return reading_ ? read([&] { return reader_->string(v); }) : value(json(std::move(v)));
    }
    bool binary(binary_t& v) override {
        return reading_ ? read([&] { return reader_->binary(v); }) : value(json::binary(std::move(v)));
    }
    bool key(string_t& k) override {
        if (reading_) return read([&] { return reader_->key(k); });
        if (stack_.size() == 1 && root_->contains(k)) { // a key of the root object, met before
            error_->duplicate_key = true;
            error_->byte = where_ ? where_->begin + 1 : 0;
            error_->what = "duplicate key \"" + shorten(k) + "\"";
            return false;
        }
        key_ = std::move(k);
        return true;
    }
    bool start_object(std::size_t n) override {
        if (!deeper()) return false;
        if (reading_) {
            ++reader_nesting_;
            return read([&] { return reader_->start_object(n); });
        }
        if (at_element_level() && where_) {
            if (JsonElementReader* r = sink_->element_reader(stream_key_)) {
                reader_ = r;
                reading_ = true;
                declined_ = false;
                reader_nesting_ = 1;
                element_begin_ = where_->begin;
                return read([&] { return reader_->start_object(n); });
            }
        }
        stack_.push_back(place(json(json::value_t::object)));
        return true;
    }
    bool end_object() override {
        if (reading_) {
            --depth_;
            read([&] { return reader_->end_object(); });
            if (--reader_nesting_ == 0) finish_read();
            return true;
        }
        return close();
    }
    bool start_array(std::size_t n) override {
        if (!deeper()) return false;
        if (reading_) {
            ++reader_nesting_;
            return read([&] { return reader_->start_array(n); });
        }
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
        if (reading_) {
            --depth_;
            --reader_nesting_;
            return read([&] { return reader_->end_array(); });
        }
        if (streaming_ && stack_.size() == 1) {
            --depth_;
            streaming_ = false;
            sink_->end_array(stream_key_);
            return true;
        }
        return close();
    }
    bool parse_error(std::size_t byte, const std::string& token, const nlohmann::detail::exception& ex) override {
        error_->byte = byte;
        error_->what = reason_of(ex.what());
        if (ex.id == kNumberOverflow) { // nlohmann gives the token's last byte: point at its first
            error_->byte = byte >= token.size() ? byte - token.size() + 1 : byte;
            error_->what += "; a number must fit in a double";
        }
        return false;
    }

private:
    static constexpr int kNumberOverflow = 406; // nlohmann's out_of_range.406

    // Counts one more level of nesting; false (stop) past the limit.
    bool deeper() {
        if (++depth_ <= max_depth_) return true;
        error_->too_deep = true;
        error_->byte = where_ ? where_->begin + 1 : 0;
        error_->what = "nested deeper than " + std::to_string(max_depth_) + " levels";
        return false;
    }

    // Directly inside a streamed array: a new value there is an element of its own.
    bool at_element_level() const { return streaming_ && stack_.size() == 1; }

    // Puts a new value where the parser is (the open container, or the root) and returns it.
    json* place(json&& v) {
        if (stack_.empty()) {
            *root_ = std::move(v);
            return root_;
        }
        if (at_element_level()) {
            element_ = std::move(v);
            return &element_;
        }
        json& top = *stack_.back();
        if (top.is_object()) {
            json& slot = top[key_]; // a repeated key replaces the earlier value, as json::parse does
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

    // An event of the element the reader has, passed on until it declines (the parse goes on).
    template <class Event>
    bool read(Event&& event) {
        if (!declined_ && !event()) declined_ = true;
        return true;
    }
    // The element's last event has been read: taken by the reader, or built from its bytes.
    void finish_read() {
        reading_ = false;
        if (reader_->finish(index_)) {
            ++index_;
            return;
        }
        const char* b = bytes_.data();
        element_ = json::parse(b + element_begin_, b + where_->end); // valid: the whole document parsed so far
        emit();
    }

    std::string_view bytes_;
    const ParsePosition* where_;
    json* root_;
    const std::vector<std::string>& keys_;
    size_t max_depth_;
    size_t depth_ = 0; // open objects and arrays, streamed ones included
    JsonStreamSink* sink_;
    JsonSyntaxError* error_;
    std::vector<json*> stack_; // open containers: the root's, then an element's
    std::string key_;          // the last key read
    bool streaming_ = false;
    std::string stream_key_;
    size_t index_ = 0;
    json element_;
    JsonElementReader* reader_ = nullptr; // has the current element while reading_
    bool reading_ = false, declined_ = false;
    size_t reader_nesting_ = 0; // open containers of that element
    size_t element_begin_ = 0;  // its first byte
};

// Takes streamed elements and drops them: for the pass that only describes a syntax error, and for
// parse_json, which streams nothing.
struct DiscardSink final : JsonStreamSink {
    void begin_array(const std::string&, const json&) override {}
    void element(const std::string&, size_t, json&&) override {}
    void end_array(const std::string&) override {}
};

} // namespace

Problem json_problem(std::string_view bytes, const JsonSyntaxError& e) {
    return {e.byte ? line_column(bytes, e.byte - 1) : std::string(),
            e.too_deep || e.duplicate_key ? e.what : "malformed JSON: " + e.what};
}

StreamParse parse_streaming(std::string_view bytes, const std::vector<std::string>& streamed_keys, size_t max_depth,
                            json* root, JsonStreamSink* sink, JsonSyntaxError* error) {
    ParsePosition where;
    Streamer s(bytes, &where, root, streamed_keys, max_depth, sink, error);
    switch (fast_sax_parse(bytes, &s, &where)) {
        case FastParse::Done: return StreamParse::Streamed;
        case FastParse::Stopped: return StreamParse::Failed; // only the depth limit stops the handler
        case FastParse::Invalid: break;
    }
    json scratch;
    DiscardSink discard;
    Streamer describe(bytes, nullptr, &scratch, streamed_keys, max_depth, &discard, error);
    if (!json::sax_parse(bytes.begin(), bytes.end(), &describe)) return StreamParse::Failed;
    *root = json::parse(bytes.begin(), bytes.end());
    return StreamParse::WholeDocument;
}

bool parse_json(std::string_view bytes, json* out, JsonSyntaxError* error) {
    DiscardSink none;
    return parse_streaming(bytes, {}, kMaxJsonDepth, out, &none, error) != StreamParse::Failed;
}

} // namespace cs
