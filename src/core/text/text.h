// Claimscope core — UTF-8 text and offset conversion.
//
// Offsets in saved files are Unicode code points (W3C Web Annotation). ImGui draws UTF-8 bytes and
// JavaScript speaks UTF-16 units, so the core converts once, at the edges, with TextIndex.
//
// Index of this file
// - Decoding / encoding one code point
// - White space: the one predicate every module uses
// - Repair and normalisation (invalid UTF-8 -> U+FFFD, CRLF/CR -> LF)
// - Positions in messages: "line 4, column 17"
// - TextIndex: code point <-> byte <-> UTF-16 unit in O(log n)
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cs {

// ---------------------------------------------------------------------------------------------
// Decoding / encoding
// ---------------------------------------------------------------------------------------------
constexpr uint32_t kReplacementChar = 0xFFFD;

// Decodes the code point at s[pos]; sets *len to the bytes used (>= 1). Invalid or truncated
// sequences, overlongs and surrogates decode as U+FFFD with *len = 1 (so callers always advance).
uint32_t decode_utf8(std::string_view s, size_t pos, size_t* len);
void append_utf8(std::string& out, uint32_t cp);
std::u32string to_u32(std::string_view utf8); // expects valid UTF-8
std::string to_utf8(std::u32string_view cps);

// ---------------------------------------------------------------------------------------------
// White space
// ---------------------------------------------------------------------------------------------
// White space as a reader sees it: Unicode's White_Space property (PropList.txt: U+0009-000D,
// U+0020, U+0085, U+00A0, U+1680, U+2000-200A, U+2028, U+2029, U+202F, U+205F, U+3000) plus the
// zero-width space U+200B and U+FEFF, which stand between words without showing. Paragraphs,
// words and sentences, quote matching, HTML text and selections all use this one.
bool is_space(uint32_t cp);

// ---------------------------------------------------------------------------------------------
// Repair and normalisation
// ---------------------------------------------------------------------------------------------
struct RepairResult {
    std::string text;              // valid UTF-8
    size_t invalid_sequences = 0;  // how many invalid sequences were replaced by U+FFFD
    size_t first_invalid_byte = 0; // byte offset (in the input) of the first one, when any
};
RepairResult repair_utf8(std::string_view in);
bool is_valid_utf8(std::string_view in); // what repair_utf8 would return unchanged
// CRLF and lone CR become LF; a leading UTF-8 BOM is dropped.
std::string normalize_newlines(std::string_view in);

// ---------------------------------------------------------------------------------------------
// Positions in messages
// ---------------------------------------------------------------------------------------------
// "line 4, column 17" for a byte offset into `bytes`: lines and columns count from 1, columns
// in code points (so a column matches what an editor shows, even after accented letters).
// Every reader that reports a position in a file says it this way.
std::string line_column(std::string_view bytes, size_t byte);

// ---------------------------------------------------------------------------------------------
// TextIndex
// ---------------------------------------------------------------------------------------------
// Checkpoints every kStride code points hold the byte and UTF-16 offset there. code point -> byte
// / UTF-16 is a direct index; byte / UTF-16 -> code point finds its checkpoint through a table
// indexed by offset / kStride (a block of kStride code points spans >= kStride bytes and units, so
// at most one step more). Then a scan inside the block, 8 bytes at a time, or none at all when
// the block is ASCII-only (bytes) or has no surrogate pairs (UTF-16): all O(1).
// Memory: 8 bytes per kStride code points + 4 bytes per kStride bytes + 4 per kStride units.
class TextIndex {
public:
    static constexpr size_t kStride = 64;
    TextIndex() = default;
    explicit TextIndex(std::string_view utf8); // utf8 must be valid (see repair_utf8)

    size_t cp_count() const { return cp_count_; }
    size_t byte_size() const { return text_.size(); }
    size_t utf16_count() const { return utf16_count_; }

    size_t byte_of_cp(size_t cp) const;   // cp in [0, cp_count]; clamps beyond
    size_t cp_of_byte(size_t byte) const; // byte inside a sequence rounds down to its start
    size_t utf16_of_cp(size_t cp) const;
    size_t cp_of_utf16(size_t unit) const; // a unit inside a surrogate pair rounds down
    uint32_t cp_at(size_t cp) const;       // the code point at index cp (cp < cp_count)

    // Points the index at another copy of the *same* bytes (after the owning string moved, e.g.
    // out of its small-string buffer) without re-scanning them.
    void rebind(std::string_view same_text) { text_ = same_text; }

private:
    std::string_view text_;
    size_t cp_count_ = 0, utf16_count_ = 0;
    std::vector<uint32_t> byte_at_;       // byte offset of code point i*kStride
    std::vector<uint32_t> u16_at_;        // UTF-16 offset of code point i*kStride
    std::vector<uint32_t> block_of_byte_; // [j]: last checkpoint at or before byte j*kStride
    std::vector<uint32_t> block_of_u16_;  // [j]: last checkpoint at or before unit j*kStride

    size_t block_cps(size_t k) const { return k + 1 < byte_at_.size() ? kStride : cp_count_ - k * kStride; }
    size_t block_bytes(size_t k) const {
        return (k + 1 < byte_at_.size() ? byte_at_[k + 1] : text_.size()) - byte_at_[k];
    }
    size_t block_units(size_t k) const { return (k + 1 < u16_at_.size() ? u16_at_[k + 1] : utf16_count_) - u16_at_[k]; }
};

} // namespace cs
