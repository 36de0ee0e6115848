// Claimscope core — words from a word breaker (see words.h).
#include "core/text/words.h"
#include "core/text/segment.h"
#include "core/text/text.h"
#include <algorithm>

namespace cs {

WordBreaker uax29_word_breaker() {
    return [](std::u32string_view p) { return word_boundaries(p); };
}

namespace {

// Lines longer than this are divided around cp, at white space, so that a huge line with no newline
// costs no more than a few thousand code points per question.
constexpr size_t kReach = 2048;

// The piece of the line holding cp that the breaker is given: the whole line, or, for a huge line, a
// window around cp cut at white space.
Span piece_around(const Document& d, size_t cp) {
    const size_t n = d.size();
    size_t a = cp, b = cp;
    while (a > 0 && d.index.cp_at(a - 1) != '\n' && cp - a < kReach) --a;
    while (b < n && d.index.cp_at(b) != '\n' && b - cp < kReach) ++b;
    if (a > 0 && d.index.cp_at(a - 1) != '\n') { // cut inside the line: start after a space
        size_t k = a;
        while (k < cp && !is_space(d.index.cp_at(k))) ++k;
        if (k < cp) a = k + 1;
    }
    if (b < n && d.index.cp_at(b) != '\n') {
        size_t k = b;
        while (k > cp + 1 && !is_space(d.index.cp_at(k - 1))) --k;
        if (k > cp + 1) b = k - 1;
    }
    return Span{uint32_t(a), uint32_t(b)};
}

} // namespace

Span word_span_at(const Document& d, size_t cp, const WordBreaker& breaker) {
    const size_t n = d.size();
    if (n == 0) return Span{0, 0};
    cp = std::min(cp, n - 1);
    if (d.index.cp_at(cp) == '\n') return Span{uint32_t(cp), uint32_t(cp + 1)};
    const Span piece = piece_around(d, cp);
    const std::u32string text = to_u32(d.view(piece));
    std::vector<bool> ends = breaker ? breaker(text) : std::vector<bool>();
    if (ends.size() != text.size()) ends = word_boundaries(text);
    const size_t rel = cp - piece.start;
    size_t s = rel, e = rel;
    while (s > 0 && !ends[s - 1]) --s;
    while (e + 1 < text.size() && !ends[e]) ++e;
    return Span{uint32_t(piece.start + s), uint32_t(piece.start + e + 1)};
}

size_t next_word_start(const Document& d, size_t cp, const WordBreaker& breaker) {
    const size_t n = d.size();
    if (cp >= n) return n;
    size_t j = word_span_at(d, cp, breaker).end;
    while (j < n && is_space(d.index.cp_at(j))) ++j;
    return j;
}

size_t prev_word_start(const Document& d, size_t cp, const WordBreaker& breaker) {
    size_t j = std::min(cp, d.size());
    while (j > 0 && is_space(d.index.cp_at(j - 1))) --j;
    return j == 0 ? 0 : word_span_at(d, j - 1, breaker).start;
}

size_t next_word_end(const Document& d, size_t cp, const WordBreaker& breaker) {
    const size_t n = d.size();
    size_t c = cp;
    while (c < n && !is_word_char(d.index.cp_at(c))) ++c;
    return c < n ? word_span_at(d, c, breaker).end : n;
}

Span without_edge_spaces(const Document& d, Span s) {
    Span t = s;
    while (t.end > t.start && is_space(d.index.cp_at(t.end - 1))) --t.end;
    while (t.start < t.end && is_space(d.index.cp_at(t.start))) ++t.start;
    return t.empty() ? s : t;
}

} // namespace cs
