// Claimscope core — fast strict JSON parser (see json_fast.h for why and what it promises).
//
// Iterative, so nesting depth costs heap, not stack (the SAX handler enforces its own limit).
// Each rule below names the nlohmann behaviour it reproduces.
#include "core/file/json_fast.h"
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace cs {

namespace {

using json = nlohmann::json;

class Parser {
public:
    Parser(std::string_view bytes, nlohmann::json_sax<json>* sax, ParsePosition* where)
        : begin_(bytes.data()), p_(bytes.data()), end_(bytes.data() + bytes.size()), sax_(sax), where_(where) {}

    FastParse run() {
        // nlohmann skips a UTF-8 byte order mark and refuses a partial one.
        if (p_ < end_ && (unsigned char)*p_ == 0xEF) {
            if (end_ - p_ < 3 || (unsigned char)p_[1] != 0xBB || (unsigned char)p_[2] != 0xBF)
                return FastParse::Invalid;
            p_ += 3;
        }
        std::vector<char> open; // '{' or '[' for each container not yet closed
        for (;;) {
            // A value.
            skip_space();
            if (p_ >= end_) return FastParse::Invalid;
            switch (*p_) {
                case '{':
                case '[': {
                    const bool object = *p_++ == '{';
                    if (where_) where_->begin = (size_t)(p_ - 1 - begin_);
                    if (!(object ? sax_->start_object(kUnknownSize) : sax_->start_array(kUnknownSize)))
                        return FastParse::Stopped;
                    skip_space();
                    if (p_ < end_ && *p_ == (object ? '}' : ']')) {
                        ++p_;
                        if (!end(object)) return FastParse::Stopped;
                        break; // an empty container: on to what follows it
                    }
                    open.push_back(object ? '{' : '[');
                    if (object) {
                        if (FastParse r = member_key(); r != FastParse::Done) return r;
                    }
                    continue;
                }
                case '"':
                    if (!scan_string()) return FastParse::Invalid;
                    if (!sax_->string(str_)) return FastParse::Stopped;
                    break;
                case 't':
                    if (!literal("true")) return FastParse::Invalid;
                    if (!sax_->boolean(true)) return FastParse::Stopped;
                    break;
                case 'f':
                    if (!literal("false")) return FastParse::Invalid;
                    if (!sax_->boolean(false)) return FastParse::Stopped;
                    break;
                case 'n':
                    if (!literal("null")) return FastParse::Invalid;
                    if (!sax_->null()) return FastParse::Stopped;
                    break;
                default:
                    if (FastParse r = number(); r != FastParse::Done) return r;
                    break;
            }
            // After a value: a comma and the next member, or the end of containers.
            for (;;) {
                skip_space();
                // Nothing may follow the value — but nlohmann's lexer reads a NUL byte as the end of input.
                if (open.empty()) return p_ == end_ || *p_ == '\0' ? FastParse::Done : FastParse::Invalid;
                if (p_ >= end_) return FastParse::Invalid;
                const char c = *p_++;
                if (c == ',') {
                    if (open.back() == '{') {
                        skip_space();
                        if (FastParse r = member_key(); r != FastParse::Done) return r;
                    }
                    break; // the next value
                }
                if (c == (open.back() == '{' ? '}' : ']')) {
                    const bool object = open.back() == '{';
                    open.pop_back();
                    if (!end(object)) return FastParse::Stopped;
                    continue; // after that container
                }
                return FastParse::Invalid;
            }
        }
    }

private:
    static constexpr std::size_t kUnknownSize = static_cast<std::size_t>(-1); // what nlohmann passes
    const char* begin_;
    const char* p_;
    const char* end_;
    nlohmann::json_sax<json>* sax_;
    ParsePosition* where_;
    std::string str_; // the string being read; handlers may move it away

    bool end(bool object) { // p_ is just past the closing bracket
        if (where_) where_->end = (size_t)(p_ - begin_);
        return object ? sax_->end_object() : sax_->end_array();
    }

    void skip_space() { // JSON's four whitespace characters, nothing else
        while (p_ < end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t')) ++p_;
    }

    bool literal(std::string_view word) {
        if ((size_t)(end_ - p_) < word.size() || std::string_view(p_, word.size()) != word) return false;
        p_ += word.size();
        return true;
    }

    // `"key" :` at p_ (spaces before it already skipped).
    FastParse member_key() {
        if (where_) where_->begin = (size_t)(p_ - begin_);
        if (p_ >= end_ || *p_ != '"' || !scan_string()) return FastParse::Invalid;
        if (!sax_->key(str_)) return FastParse::Stopped;
        skip_space();
        if (p_ >= end_ || *p_ != ':') return FastParse::Invalid;
        ++p_;
        return FastParse::Done;
    }

    static int hex(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }
    // Four hex digits after "\u"; -1 if they are not.
    int hex4() {
        if (end_ - p_ < 4) return -1;
        int v = 0;
        for (int i = 0; i < 4; i++) {
            const int d = hex(p_[i]);
            if (d < 0) return -1;
            v = v * 16 + d;
        }
        p_ += 4;
        return v;
    }
    void append_utf8(uint32_t cp) {
        if (cp < 0x80) {
            str_ += (char)cp;
        } else if (cp < 0x800) {
            str_ += (char)(0xC0 | (cp >> 6));
            str_ += (char)(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            str_ += (char)(0xE0 | (cp >> 12));
            str_ += (char)(0x80 | ((cp >> 6) & 0x3F));
            str_ += (char)(0x80 | (cp & 0x3F));
        } else {
            str_ += (char)(0xF0 | (cp >> 18));
            str_ += (char)(0x80 | ((cp >> 12) & 0x3F));
            str_ += (char)(0x80 | ((cp >> 6) & 0x3F));
            str_ += (char)(0x80 | (cp & 0x3F));
        }
    }
    // One escape after the backslash (p_ on the character after it).
    bool escape() {
        if (p_ >= end_) return false;
        switch (*p_++) {
            case '"': str_ += '"'; return true;
            case '\\': str_ += '\\'; return true;
            case '/': str_ += '/'; return true;
            case 'b': str_ += '\b'; return true;
            case 'f': str_ += '\f'; return true;
            case 'n': str_ += '\n'; return true;
            case 'r': str_ += '\r'; return true;
            case 't': str_ += '\t'; return true;
            case 'u': break;
            default: return false;
        }
        int cp = hex4();
        if (cp < 0) return false;
        if (cp >= 0xDC00 && cp <= 0xDFFF) return false; // a low surrogate on its own
        if (cp >= 0xD800 && cp <= 0xDBFF) {             // must be followed by its low half
            if (end_ - p_ < 2 || p_[0] != '\\' || p_[1] != 'u') return false;
            p_ += 2;
            const int lo = hex4();
            if (lo < 0xDC00 || lo > 0xDFFF) return false;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
        }
        append_utf8((uint32_t)cp);
        return true;
    }
    // Length of the UTF-8 sequence at p_ (a byte ≥ 0x80), checked as RFC 3629 and nlohmann do:
    // no overlong forms, no surrogates, nothing past U+10FFFF. 0 if it is not one.
    int utf8_length() const {
        const auto b = [&](ptrdiff_t i) { return (unsigned char)p_[i]; };
        const unsigned char c = b(0);
        int n = 0;
        unsigned char lo = 0x80, hi = 0xBF; // range of the second byte
        if (c >= 0xC2 && c <= 0xDF)
            n = 1;
        else if (c == 0xE0) {
            n = 2;
            lo = 0xA0;
        } else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF)
            n = 2;
        else if (c == 0xED) {
            n = 2;
            hi = 0x9F;
        } else if (c == 0xF0) {
            n = 3;
            lo = 0x90;
        } else if (c >= 0xF1 && c <= 0xF3)
            n = 3;
        else if (c == 0xF4) {
            n = 3;
            hi = 0x8F;
        } else
            return 0;
        if (end_ - p_ <= n) return 0;
        if (b(1) < lo || b(1) > hi) return 0;
        for (int i = 2; i <= n; i++)
            if (b(i) < 0x80 || b(i) > 0xBF) return 0;
        return n + 1;
    }
    // True when none of the 8 bytes at q ends or escapes a plain run: no '"', '\\', control
    // character or byte ≥ 0x80 (bit tricks on one 64-bit word instead of 8 compares).
    static bool plain8(const char* q) {
        uint64_t v;
        std::memcpy(&v, q, 8);
        constexpr uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
        const auto has_zero = [](uint64_t x) { return (x - ones) & ~x & highs; };
        const uint64_t below_space = (v - 0x20 * ones) & ~v & highs;
        return !((v & highs) | below_space | has_zero(v ^ ('"' * ones)) | has_zero(v ^ ('\\' * ones)));
    }
    // A string at p_ (on its opening quote) into str_. Runs of plain characters and valid UTF-8
    // are appended in one go; only escapes break a run.
    bool scan_string() {
        ++p_;
        str_.clear();
        for (;;) {
            const char* run = p_;
            for (;;) {
                while (end_ - p_ >= 8 && plain8(p_)) p_ += 8;
                if (p_ >= end_) break;
                const unsigned char c = (unsigned char)*p_;
                if (c >= 0x80) {
                    const int n = utf8_length();
                    if (!n) return false;
                    p_ += n;
                } else if (c >= 0x20 && c != '"' && c != '\\') {
                    ++p_;
                } else {
                    break;
                }
            }
            str_.append(run, (size_t)(p_ - run));
            if (p_ >= end_) return false;
            if (*p_ == '"') {
                ++p_;
                return true;
            }
            if (*p_ != '\\') return false; // control characters must be escaped
            ++p_;
            if (!escape()) return false;
        }
    }

    static bool digit(char c) { return c >= '0' && c <= '9'; }
    // nlohmann's lexer: an integer token becomes unsigned (no minus) or integer (minus) when it
    // fits in 64 bits, else a double; a token with a fraction or exponent is a double (strtod),
    // which must be finite.
    FastParse number() {
        const char* start = p_;
        const bool negative = *p_ == '-';
        if (negative) ++p_;
        if (p_ >= end_ || !digit(*p_)) return FastParse::Invalid;
        if (*p_ == '0')
            ++p_;
        else
            while (p_ < end_ && digit(*p_)) ++p_;
        bool is_float = false;
        if (p_ < end_ && *p_ == '.') {
            ++p_;
            if (p_ >= end_ || !digit(*p_)) return FastParse::Invalid;
            while (p_ < end_ && digit(*p_)) ++p_;
            is_float = true;
        }
        if (p_ < end_ && (*p_ == 'e' || *p_ == 'E')) {
            ++p_;
            if (p_ < end_ && (*p_ == '+' || *p_ == '-')) ++p_;
            if (p_ >= end_ || !digit(*p_)) return FastParse::Invalid;
            while (p_ < end_ && digit(*p_)) ++p_;
            is_float = true;
        }
        if (!is_float) {
            uint64_t v = 0;
            bool fits = true;
            for (const char* q = start + (negative ? 1 : 0); q < p_ && fits; q++) {
                const uint64_t d = (uint64_t)(*q - '0');
                if (v > (UINT64_MAX - d) / 10)
                    fits = false;
                else
                    v = v * 10 + d;
            }
            if (fits && !negative) return sax_->number_unsigned(v) ? FastParse::Done : FastParse::Stopped;
            if (fits && v <= (uint64_t)INT64_MAX + 1) {
                const int64_t s = v == (uint64_t)INT64_MAX + 1 ? INT64_MIN : -(int64_t)v;
                return sax_->number_integer(s) ? FastParse::Done : FastParse::Stopped;
            }
        }
        std::string token(start, p_);
        const double d = std::strtod(token.c_str(), nullptr);
        if (!std::isfinite(d)) return FastParse::Invalid; // nlohmann: "number overflow"
        return sax_->number_float(d, token) ? FastParse::Done : FastParse::Stopped;
    }
};

} // namespace

FastParse fast_sax_parse(std::string_view bytes, nlohmann::json_sax<json>* sax, ParsePosition* where) {
    return Parser(bytes, sax, where).run();
}

} // namespace cs
