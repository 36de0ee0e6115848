// Claimscope core — UTF-8 decoding, repair, newline normalisation and TextIndex.
//
// Index of this file
// - decode_step: strict decoder shared by decode_utf8 and repair_utf8 (maximal-subpart rule)
// - decode_utf8 / append_utf8 / to_u32 / to_utf8
// - repair_utf8 / normalize_newlines
// - TextIndex: checkpoints + bounded scans, with O(1) paths for ASCII-only / BMP-only blocks
#include "text.h"

#include <algorithm>

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
    if (b0 < 0x80) { *ok = true; return b0; }
    size_t need;
    unsigned lo = 0x80, hi = 0xBF;   // allowed range of the second byte: excludes overlongs,
    uint32_t cp;                     // surrogates (ED A0..BF) and > U+10FFFF (F4 90..)
    if (b0 >= 0xC2 && b0 <= 0xDF) { need = 1; cp = b0 & 0x1F; }
    else if (b0 >= 0xE0 && b0 <= 0xEF) {
        need = 2; cp = b0 & 0x0F;
        if (b0 == 0xE0) lo = 0xA0;
        if (b0 == 0xED) hi = 0x9F;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        need = 3; cp = b0 & 0x07;
        if (b0 == 0xF0) lo = 0x90;
        if (b0 == 0xF4) hi = 0x8F;
    } else {
        return kReplacementChar;     // 80..C1 (continuation or overlong lead), F5..FF
    }
    for (size_t i = 1; i <= need; ++i) {
        if (i >= avail) { *len = i; return kReplacementChar; }   // truncated at end of input
        const unsigned b = p[i];
        if (b < lo || b > hi) { *len = i; return kReplacementChar; }
        cp = (cp << 6) | (b & 0x3F);
        lo = 0x80; hi = 0xBF;
    }
    *ok = true;
    *len = need + 1;
    return cp;
}

// Length of the sequence led by byte b in *valid* UTF-8 (1 for a stray continuation byte so that
// scans always advance).
inline size_t seq_len(unsigned char b) {
    return b < 0xC0 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
}
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
// Repair and normalisation
// ---------------------------------------------------------------------------------------------
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
    for (size_t i = 0; i < in.size(); ++i) {
        if (in[i] != '\r') { out += in[i]; continue; }
        out += '\n';
        if (i + 1 < in.size() && in[i + 1] == '\n') ++i;
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// TextIndex
// ---------------------------------------------------------------------------------------------
TextIndex::TextIndex(std::string_view utf8) : text_(utf8) {
    const auto* p = reinterpret_cast<const unsigned char*>(utf8.data());
    const size_t n = utf8.size();
    byte_at_.reserve(n / kStride + 2);
    u16_at_.reserve(n / kStride + 2);
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
}

// A block is the run of code points [k*kStride, (k+1)*kStride) (the last one may be shorter).
// If its byte length equals its code point count, it is pure ASCII and offsets map 1:1.

size_t TextIndex::byte_of_cp(size_t cp) const {
    if (cp >= cp_count_) return text_.size();
    const size_t k = cp / kStride, rest = cp % kStride;
    size_t b = byte_at_[k];
    const size_t block_end = k + 1 < byte_at_.size() ? byte_at_[k + 1] : text_.size();
    const size_t block_cps = std::min(kStride, cp_count_ - k * kStride);
    if (block_end - b == block_cps) return b + rest;
    const auto* p = reinterpret_cast<const unsigned char*>(text_.data());
    for (size_t i = 0; i < rest; ++i) b += seq_len(p[b]);
    return b;
}

size_t TextIndex::cp_of_byte(size_t byte) const {
    if (byte >= text_.size()) return cp_count_;
    // Last checkpoint at or before `byte`.
    const size_t k = size_t(std::upper_bound(byte_at_.begin(), byte_at_.end(), uint32_t(byte)) - byte_at_.begin()) - 1;
    size_t b = byte_at_[k];
    const size_t block_end = k + 1 < byte_at_.size() ? byte_at_[k + 1] : text_.size();
    const size_t block_cps = std::min(kStride, cp_count_ - k * kStride);
    if (block_end - b == block_cps) return k * kStride + (byte - b);
    // Count sequence starts in [b, byte]; the last one is the sequence holding `byte`.
    const auto* p = reinterpret_cast<const unsigned char*>(text_.data());
    size_t starts = 0;
    for (; b <= byte; ++b) starts += !is_cont(p[b]);
    return k * kStride + (starts ? starts - 1 : 0);
}

size_t TextIndex::utf16_of_cp(size_t cp) const {
    if (cp >= cp_count_) return utf16_count_;
    const size_t k = cp / kStride, rest = cp % kStride;
    size_t u = u16_at_[k];
    const size_t block_end = k + 1 < u16_at_.size() ? u16_at_[k + 1] : utf16_count_;
    const size_t block_cps = std::min(kStride, cp_count_ - k * kStride);
    if (block_end - u == block_cps) return u + rest;   // no surrogate pairs in this block
    const auto* p = reinterpret_cast<const unsigned char*>(text_.data());
    size_t b = byte_at_[k];
    for (size_t i = 0; i < rest; ++i) {
        const size_t len = seq_len(p[b]);
        u += len == 4 ? 2 : 1;
        b += len;
    }
    return u;
}

size_t TextIndex::cp_of_utf16(size_t unit) const {
    if (unit >= utf16_count_) return cp_count_;
    const size_t k = size_t(std::upper_bound(u16_at_.begin(), u16_at_.end(), uint32_t(unit)) - u16_at_.begin()) - 1;
    size_t u = u16_at_[k];
    const size_t block_end = k + 1 < u16_at_.size() ? u16_at_[k + 1] : utf16_count_;
    const size_t block_cps = std::min(kStride, cp_count_ - k * kStride);
    if (block_end - u == block_cps) return k * kStride + (unit - u);
    const auto* p = reinterpret_cast<const unsigned char*>(text_.data());
    size_t b = byte_at_[k], cp = k * kStride;
    for (;;) {
        const size_t len = seq_len(p[b]);
        const size_t w = len == 4 ? 2 : 1;
        if (u + w > unit) return cp;   // `unit` is this code point's first (or second) unit
        u += w;
        b += len;
        ++cp;
    }
}

uint32_t TextIndex::cp_at(size_t cp) const {
    if (cp >= cp_count_) return 0;
    return decode_utf8(text_, byte_of_cp(cp), nullptr);
}

} // namespace cs
