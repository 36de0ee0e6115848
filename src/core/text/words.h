// Claimscope core — words for double-click and Ctrl+Left/Right, from a pluggable word breaker.
//
// UAX #29 (libunibreak, segment.h) has no dictionary: between two Chinese ideographs, two kana or two Thai
// letters it always puts a boundary. A browser's Intl.Segmenter(lang, {granularity: "word"}) finds
// dictionary words there; the web platform gives its answer as a WordBreaker (platform::word_boundaries),
// natively (tests, CLI) the UAX #29 one is used.
#pragma once
#include "core/model/document.h"
#include <functional>
#include <string_view>
#include <vector>

namespace cs {

// Word boundaries of one paragraph (one line of the article, its newline excluded), in word_boundaries'
// form: [i] is true when a boundary follows paragraph[i]. An answer of another size than the paragraph's
// means "no answer": the UAX #29 boundaries are used instead.
using WordBreaker = std::function<std::vector<bool>(std::u32string_view paragraph)>;

// UAX #29 word boundaries (libunibreak).
WordBreaker uax29_word_breaker();

// The segment holding cp as the breaker divides its line: a word, a run of spaces, a punctuation mark. A
// newline is a segment of its own; cp >= size() clamps to the last code point.
Span word_span_at(const Document& d, size_t cp, const WordBreaker& breaker);
// Ctrl+Right: past the segment at cp and the white space after it (across lines).
size_t next_word_start(const Document& d, size_t cp, const WordBreaker& breaker);
// Ctrl+Left: the start of the segment before the white space before cp.
size_t prev_word_start(const Document& d, size_t cp, const WordBreaker& breaker);
// Ctrl+Shift+Right: the end of the next word from cp (segments of neither letters nor digits skipped).
size_t next_word_end(const Document& d, size_t cp, const WordBreaker& breaker);

// A selection made of whole segments, less the white space (newlines included) at its two ends: a finger
// or a word-wise drag held over the gap between two words stops at the word before it, or starts at the
// word after it, as a phone's selection does. A span of white space only is returned as it is.
Span without_edge_spaces(const Document& d, Span s);
} // namespace cs
