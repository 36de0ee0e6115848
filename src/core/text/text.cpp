// Claimscope core — UTF-8 decoding, white space, repair, newline normalisation, line/column
// positions and TextIndex.
//
// Index of this file
// - decode_step: strict decoder shared by decode_utf8 and repair_utf8 (maximal-subpart rule)
// - decode_utf8 / append_utf8 / to_u32 / to_utf8
// - is_space
// - repair_utf8 / normalize_newlines
// - line_column
// - TextIndex: checkpoints + bounded scans, with O(1) paths for ASCII-only / BMP-only blocks
#include "core/text/text.h"

#include <algorithm>
#include <cstring>

namespace cs {

namespace {

// Decodes one sequence at s[pos]. Valid: returns the code point, *len = its byte length, *ok = true.
// Invalid: *ok = false and *len = the "maximal subpart" (the longest prefix that could still have
// become a valid sequence, at least 1 byte) — the rule Unicode recommends and browsers' TextDecoder
// follow, so we replace exactly as they do: "\xE2\x82" -> one U+FFFD, "\xC0\xAF" -> two.
uint32_t decode_step(std::string_view s, size_t pos, size_t* len, bool* ok) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + pos;
    const size_t avail = s.size() - pos;
    const unsigned b0 = p[0];
    *ok = false;
    *len = 1;
    if (b0 < 0x80) {
        *ok = true;
        return b0;
    }
    size_t need;
    unsigned lo = 0x80, hi = 0xBF; // allowed range of the second byte: excludes overlongs,
    uint32_t cp;                   // surrogates (ED A0..BF) and > U+10FFFF (F4 90..)
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        need = 1;
        cp = b0 & 0x1F;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        need = 2;
        cp = b0 & 0x0F;
        if (b0 == 0xE0) lo = 0xA0;
        if (b0 == 0xED) hi = 0x9F;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        need = 3;
        cp = b0 & 0x07;
        if (b0 == 0xF0) lo = 0x90;
        if (b0 == 0xF4) hi = 0x8F;
    } else {
        return kReplacementChar; // 80..C1 (continuation or overlong lead), F5..FF
    }
    for (size_t i = 1; i <= need; ++i) {
        if (i >= avail) {
            *len = i;
            return kReplacementChar;
        } // truncated at end of input
        const unsigned b = p[i];
        if (b < lo || b > hi) {
            *len = i;
            return kReplacementChar;
        }
        cp = (cp << 6) | (b & 0x3F);
        lo = 0x80;
        hi = 0xBF;
    }
    *ok = true;
    *len = need + 1;
    return cp;
}

// Length of the sequence led by byte b in *valid* UTF-8 (1 for a stray continuation byte so that
// scans always advance).
inline size_t seq_len(unsigned char b) { return b < 0xC0 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4; }
inline bool is_cont(unsigned char b) { return (b & 0xC0) == 0x80; }

} // namespace

// ---------------------------------------------------------------------------------------------
// Decoding / encoding
// ---------------------------------------------------------------------------------------------
uint32_t decode_utf8(std::string_view s, size_t pos, size_t* len) {
    size_t n = 1;
    bool ok = false;
    uint32_t cp = pos < s.size() ? decode_step(s, pos, &n, &ok) : kReplacementChar;
    if (!ok) n = 1;
    if (len) *len = n;
    return cp;
}

void append_utf8(std::string& out, uint32_t cp) {
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = kReplacementChar;
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

std::u32string to_u32(std::string_view utf8) {
    std::u32string out;
    out.reserve(utf8.size());
    for (size_t i = 0, n = 0; i < utf8.size(); i += n) out += char32_t(decode_utf8(utf8, i, &n));
    return out;
}

std::string to_utf8(std::u32string_view cps) {
    std::string out;
    out.reserve(cps.size());
    for (char32_t c : cps) append_utf8(out, uint32_t(c));
    return out;
}

// ---------------------------------------------------------------------------------------------
// White space
// ---------------------------------------------------------------------------------------------
bool is_space(uint32_t c) {
    return c == ' ' || (c >= 0x09 && c <= 0x0D) || c == 0x85 || c == 0xA0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200B) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000 ||
           c == 0xFEFF;
}

// ---------------------------------------------------------------------------------------------
// Repair and normalisation
// ---------------------------------------------------------------------------------------------
bool is_valid_utf8(std::string_view in) {
    for (size_t i = 0; i < in.size();) {
        if ((unsigned char)in[i] < 0x80) {
            ++i;
            continue;
        }
        size_t n;
        bool ok;
        decode_step(in, i, &n, &ok);
        if (!ok) return false;
        i += n;
    }
    return true;
}

RepairResult repair_utf8(std::string_view in) {
    RepairResult r;
    r.text.reserve(in.size());
    size_t i = 0;
    while (i < in.size()) {
        // Copy ASCII runs in bulk: most articles are mostly ASCII.
        size_t j = i;
        while (j < in.size() && (unsigned char)in[j] < 0x80) ++j;
        r.text.append(in.data() + i, j - i);
        i = j;
        if (i >= in.size()) break;
        size_t n;
        bool ok;
        decode_step(in, i, &n, &ok);
        if (ok) {
            r.text.append(in.data() + i, n);
        } else {
            if (r.invalid_sequences == 0) r.first_invalid_byte = i;
            ++r.invalid_sequences;
            append_utf8(r.text, kReplacementChar);
        }
        i += n;
    }
    return r;
}

std::string normalize_newlines(std::string_view in) {
    if (in.size() >= 3 && in.compare(0, 3, "\xEF\xBB\xBF") == 0) in.remove_prefix(3);
    std::string out;
    out.reserve(in.size());
    for (size_t i = 0; i < in.size();) {
        const size_t cr = std::min(in.find('\r', i), in.size()); // copy up to the next CR in bulk
        out.append(in.data() + i, cr - i);
        if (cr == in.size()) break;
        out += '\n';
        i = cr + 1;
        if (i < in.size() && in[i] == '\n') ++i;
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// Positions in messages
// ---------------------------------------------------------------------------------------------
std::string line_column(std::string_view bytes, size_t byte) {
    byte = std::min(byte, bytes.size());
    size_t line = 1, line_start = 0;
    for (size_t i = 0; i < byte; i++)
        if (bytes[i] == '\n') {
            line++;
            line_start = i + 1;
        }
    size_t column = 1;
    for (size_t i = line_start; i < byte; i++) // count code points: skip continuation bytes
        if (((unsigned char)bytes[i] & 0xC0) != 0x80) column++;
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

// ---------------------------------------------------------------------------------------------
// TextIndex
// ---------------------------------------------------------------------------------------------
namespace {

// Scans 8 bytes at a time (SWAR): drawing a 1M-code-point article converts offsets for every
// visible line, and CJK / emoji text has no ASCII fast path.
inline uint64_t load8(const unsigned char* p) {
    uint64_t x;
    std::memcpy(&x, p, 8);
    return x;
}
constexpr uint64_t kHighBits = 0x8080808080808080ull;
// Counts the set high bits of a mask that has only high bits set (a multiply sums the 8 bytes
// into the top byte; cheaper than a popcount call on x86-64 without -mpopcnt).
inline size_t count_high(uint64_t m) { return size_t(((m >> 7) * 0x0101010101010101ull) >> 56); }
// Number of sequence starts (non-continuation bytes 10xxxxxx) among 8 bytes.
inline size_t starts8(uint64_t x) { return 8 - count_high(x & ~(x << 1) & kHighBits); }
// Number of 4-byte leads (11110xxx: the code points that need a surrogate pair) among 8 bytes.
inline size_t quads8(uint64_t x) { return count_high(x & (x << 1) & (x << 2) & (x << 3) & kHighBits); }

size_t count_starts(const unsigned char* p, size_t from, size_t to) {
    size_t n = 0;
    for (; from + 8 <= to; from += 8) n += starts8(load8(p + from));
    for (; from < to; ++from) n += !is_cont(p[from]);
    return n;
}
size_t count_quads(const unsigned char* p, size_t from, size_t to) {
    size_t n = 0;
    for (; from + 8 <= to; from += 8) n += quads8(load8(p + from));
    for (; from < to; ++from) n += p[from] >= 0xF0;
    return n;
}
// Byte offset of the code point `skip` code points after the one starting at byte `from`.
size_t skip_cps(const unsigned char* p, size_t size, size_t from, size_t skip) {
    for (size_t n; from + 8 <= size && (n = starts8(load8(p + from))) <= skip; from += 8) skip -= n;
    for (; from < size; ++from) {
        if (is_cont(p[from])) continue;
        if (skip == 0) return from;
        --skip;
    }
    return size;
}

} // namespace

TextIndex::TextIndex(std::string_view utf8) : text_(utf8) {
    const auto* p = reinterpret_cast<const unsigned char*>(utf8.data());
    const size_t n = utf8.size();
    byte_at_.reserve(n / kStride + 1);
    u16_at_.reserve(n / kStride + 1);
    size_t cp = 0, u16 = 0;
    for (size_t i = 0; i < n;) {
        if (cp % kStride == 0) {
            byte_at_.push_back(uint32_t(i));
            u16_at_.push_back(uint32_t(u16));
        }
        const size_t len = std::min(seq_len(p[i]), n - i);
        u16 += len == 4 ? 2 : 1;
        i += len;
        ++cp;
    }
    cp_count_ = cp;
    utf16_count_ = u16;
    // Reverse tables: for every kStride-th byte / unit, the last checkpoint at or before it.
    auto fill = [](const std::vector<uint32_t>& at, size_t total, std::vector<uint32_t>& out) {
        out.resize(total ? (total - 1) / kStride + 1 : 0);
        size_t k = 0;
        for (size_t j = 0; j < out.size(); ++j) {
            while (k + 1 < at.size() && at[k + 1] <= j * kStride) ++k;
            out[j] = uint32_t(k);
        }
    };
    fill(byte_at_, n, block_of_byte_);
    fill(u16_at_, u16, block_of_u16_);
}

// A block is the run of code points [k*kStride, (k+1)*kStride) (the last one may be shorter).

size_t TextIndex::byte_of_cp(size_t cp) const {
    if (cp >= cp_count_) return text_.size();
    const size_t k = cp / kStride, rest = cp % kStride;
    if (block_bytes(k) == block_cps(k)) return byte_at_[k] + rest; // ASCII-only block
    return skip_cps(reinterpret_cast<const unsigned char*>(text_.data()), text_.size(), byte_at_[k], rest);
}

size_t TextIndex::cp_of_byte(size_t byte) const {
    if (byte >= text_.size()) return cp_count_;
    size_t k = block_of_byte_[byte / kStride];
    if (k + 1 < byte_at_.size() && byte_at_[k + 1] <= byte) ++k;
    const size_t b = byte_at_[k];
    if (block_bytes(k) == block_cps(k)) return k * kStride + (byte - b);
    // The sequence starts in [b, byte]: the last one is the code point holding `byte`.
    return k * kStride + count_starts(reinterpret_cast<const unsigned char*>(text_.data()), b, byte + 1) - 1;
}

size_t TextIndex::utf16_of_cp(size_t cp) const {
    if (cp >= cp_count_) return utf16_count_;
    const size_t k = cp / kStride, rest = cp % kStride;
    if (block_units(k) == block_cps(k)) return u16_at_[k] + rest; // no surrogate pairs here
    // Every code point is one unit, plus one more for each 4-byte sequence before cp.
    return u16_at_[k] + rest +
           count_quads(reinterpret_cast<const unsigned char*>(text_.data()), byte_at_[k], byte_of_cp(cp));
}

size_t TextIndex::cp_of_utf16(size_t unit) const {
    if (unit >= utf16_count_) return cp_count_;
    size_t k = block_of_u16_[unit / kStride];
    if (k + 1 < u16_at_.size() && u16_at_[k + 1] <= unit) ++k;
    size_t u = u16_at_[k];
    if (block_units(k) == block_cps(k)) return k * kStride + (unit - u);
    const auto* p = reinterpret_cast<const unsigned char*>(text_.data());
    const size_t size = text_.size();
    size_t b = byte_at_[k], cp = k * kStride;
    // Whole 8-byte words whose code points all end at or before `unit` (counted at their lead).
    for (; b + 8 <= size; b += 8) {
        const uint64_t x = load8(p + b);
        const size_t starts = starts8(x), units = starts + quads8(x);
        if (u + units > unit) break;
        u += units;
        cp += starts;
    }
    for (;; ++b) {
        if (is_cont(p[b])) continue;
        const size_t w = p[b] >= 0xF0 ? 2 : 1;
        if (u + w > unit) return cp; // `unit` is this code point's first (or second) unit
        u += w;
        ++cp;
    }
}

uint32_t TextIndex::cp_at(size_t cp) const {
    if (cp >= cp_count_) return 0;
    return decode_utf8(text_, byte_of_cp(cp), nullptr);
}

} // namespace cs
