// Claimscope core — where text may be divided, through libunibreak: line-break opportunities (Unicode's
// UAX #14), word boundaries and grapheme clusters (UAX #29). Each answer has one entry per code point, saying
// what lies *after* that code point; the start of the text is always a boundary and has no entry.
//
// UAX #29 has no dictionary: it puts a word boundary between any two Chinese ideographs, kana of Hiragana or
// Thai letters (a Katakana run stays one word). Words there, as a browser's Intl.Segmenter finds them, need a
// dictionary on top of this.
//
// - LineBreak, line_breaks: where a line may (or must) end
// - word_boundaries, grapheme_boundaries
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

namespace cs {

enum class LineBreak : uint8_t {
    None,      // the line may not end here
    Allowed,   // it may
    Mandatory, // it must: after a line or paragraph separator, and at the end of the text (rule LB3)
};

// `language` selects libunibreak's tailorings: an ISO 639-1 code ("en", "de", "fr", "ja", "zh"...) for its
// quotation marks and ambiguous-width characters, optionally followed by "-strict" for UAX #14's strict rule
// (small kana and the prolonged sound mark may not start a line, which the conformance file expects).
// Browsers break CJK text by the normal rule, the default here.
std::vector<LineBreak> line_breaks(std::u32string_view text, const char* language = nullptr);

// [i]: a word boundary after text[i] (UAX #29 word boundaries: words, runs of spaces and each punctuation mark
// are segments of their own).
std::vector<bool> word_boundaries(std::u32string_view text);

// [i]: text[i] ends a grapheme cluster (extended grapheme clusters: a letter with its combining marks, a
// Hangul syllable, an emoji ZWJ sequence, a flag's two regional indicators).
std::vector<bool> grapheme_boundaries(std::u32string_view text);

} // namespace cs
