// Claimscope core — an article: normalised text, metadata, offset index, boundaries, content hash.
#pragma once
#include "core/text/text.h"
#include <memory>
#include <string>
#include <vector>

namespace cs {

struct Span {
    uint32_t start = 0, end = 0; // code points, [start, end)
    bool empty() const { return end <= start; }
    bool operator==(const Span& o) const { return start == o.start && end == o.end; }
};

struct ArticleMeta {
    std::string title, url, outlet, author, published, retrieved, language;
    std::string summary; // the dek under the headline (a page's description); saved only when set
    bool operator==(const ArticleMeta& o) const;
};

// The article's text never changes once made: annotations refer to it by code-point offsets.
// `text` is valid UTF-8 with LF line endings. Paragraphs are runs separated by blank lines (or
// by single newlines: each non-empty line is its own paragraph, as in the sample article).
struct Document {
    std::string text;
    ArticleMeta meta;
    std::string hash;             // lowercase hex SHA-256 of `text`
    std::vector<Span> paragraphs; // non-empty lines' spans, in order
    TextIndex index;              // views `text`: Document is move-only for that reason

    Document() = default;
    Document(const Document&) = delete;
    Document& operator=(const Document&) = delete;
    Document(Document&&) noexcept;
    Document& operator=(Document&&) noexcept;

    size_t size() const { return index.cp_count(); } // in code points
    std::string_view view(Span s) const;             // UTF-8 bytes of a code-point span, in `text`
    std::string slice(Span s) const { return std::string(view(s)); }
    std::string slice(size_t start, size_t end) const { return slice(Span{(uint32_t)start, (uint32_t)end}); }
};

struct DocumentWarnings {
    size_t invalid_utf8 = 0; // sequences replaced by U+FFFD
    size_t first_invalid_byte = 0;
    bool had_crlf = false;
};

// Repairs UTF-8, normalises line endings, indexes, hashes. Never throws on any input bytes.
Document make_document(std::string_view raw, ArticleMeta meta = {}, DocumentWarnings* warnings = nullptr);
std::shared_ptr<const Document> make_shared_document(std::string_view raw, ArticleMeta meta = {},
                                                     DocumentWarnings* warnings = nullptr);

// ---- Boundaries (code points) -----------------------------------------------------------
// A word (of word_tokens: matching and agreement; the pointer and Ctrl+arrows use text/words.h)
// is a run of letters/digits/marks (with inner apostrophes, hyphens, periods and commas
// between digits, e.g. "450,000", "don't", "Al-Jazeera"); other characters are single-char words.
// Combining marks stay with the character before them; each CJK ideograph is a word of its own;
// an emoji ZWJ sequence (U+1F469 U+200D U+1F469 U+200D U+1F467) or a flag (two regional
// indicators) is one non-word unit; a newline is always a unit of its own.
bool is_word_char(uint32_t cp);
// Ends after . ! ? (+ closing quotes/brackets) followed by white space, or at the paragraph end;
// not after abbreviations (Mr. Dr. U.S. e.g.), initials (J. K.) or before a lowercase word.
// Leading/trailing white space is excluded. Empty span at cp when cp is on a blank line.
Span sentence_at(const Document& d, size_t cp);
// The paragraph holding cp (cp == its end counts: the caret after its last character); an empty
// span at cp on a blank line.
Span paragraph_at(const Document& d, size_t cp);
// s without the white space (is_space) at either end: what a selection annotates.
Span trim_space(const Document& d, Span s);
// Tokens (word spans only, no punctuation/space) — used by matching and agreement.
std::vector<Span> word_tokens(const Document& d);

std::string sha256_hex(std::string_view data);

} // namespace cs
