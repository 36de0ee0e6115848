// Find: Knuth–Morris–Pratt over folded code points, decoding the text as it goes, so a search in a
// long article keeps only the folded query and its failure table, never a copy of the text.
#include "core/text/find.h"
#include "core/text/case_fold.h"
#include <algorithm>

namespace cs {

std::vector<Span> find_all(std::string_view text, std::string_view query) {
    std::vector<uint32_t> q;
    for (size_t i = 0; i < query.size();) {
        size_t len = 1;
        q.push_back(fold_case(decode_utf8(query, i, &len)));
        i += len;
    }
    std::vector<Span> out;
    if (q.empty()) return out;
    // fail[k]: length of the longest proper prefix of q[0..k] that is also its suffix.
    std::vector<size_t> fail(q.size(), 0);
    for (size_t k = 1, j = 0; k < q.size(); ++k) {
        while (j > 0 && q[k] != q[j]) j = fail[j - 1];
        if (q[k] == q[j]) ++j;
        fail[k] = j;
    }
    size_t matched = 0; // code points of q matched so far, ending at code point cp - 1
    uint32_t cp = 0;
    for (size_t i = 0; i < text.size(); ++cp) {
        // ASCII, most of most articles, is folded here without a call to decode it.
        uint32_t c = (unsigned char)text[i];
        if (c < 0x80) {
            c = c - 'A' < 26u ? c + 32 : c;
            ++i;
        } else {
            size_t len = 1;
            c = fold_case(decode_utf8(text, i, &len));
            i += len;
        }
        while (matched > 0 && c != q[matched]) matched = fail[matched - 1];
        if (c == q[matched]) ++matched;
        if (matched == q.size()) {
            out.push_back(Span{cp + 1 - (uint32_t)q.size(), cp + 1});
            matched = 0; // not overlapping: the next match starts after this one
        }
    }
    return out;
}

int first_match_from(const std::vector<Span>& matches, size_t cp) {
    if (matches.empty()) return -1;
    auto it = std::lower_bound(matches.begin(), matches.end(), cp, [](const Span& m, size_t c) { return m.start < c; });
    return it == matches.end() ? 0 : int(it - matches.begin());
}

int step_match(int current, int dir, size_t count) {
    if (count == 0) return -1;
    const int n = int(count);
    return ((current + dir) % n + n) % n;
}

} // namespace cs
