// Claimscope core — re-anchoring (strategy in anchoring.h).
//
// Index of this file
// - Normalised view: whitespace dropped, typographic quotes/dashes folded (Norm)
// - Context agreement: stored prefix/suffix against the text around a candidate
// - Exact search on UTF-8 bytes (string_view::find), ranked by context, then nearness
// - Fuzzy search: Myers' bit-parallel approximate matching (multi-word) on the normalised view
// - locate(): the attempts in order; reanchor_one / reanchor_all / anchor_quote
#include "core/model/anchoring.h"

#include <algorithm>
#include <array>
#include <functional>
#include <optional>

namespace cs {
namespace {

constexpr size_t kWindow = 4096;         // code points searched each side of the expected position
constexpr double kGoodContext = 0.75;    // accept from the local window without a global search
constexpr double kMinContext = 0.5;      // a candidate elsewhere needs at least this agreement
constexpr double kAmbiguityMargin = 0.1; // runner-up within this (score + context) -> refuse
constexpr size_t kMaxCandidates = 64;    // fuzzy candidates examined per search
constexpr size_t kLongQuoteEnd = 256;    // long quotes: chars matched at each end

// ---------------------------------------------------------------------------------------------
// Normalised view
// ---------------------------------------------------------------------------------------------
// Another site's copy often differs only in quote marks and dashes.
uint32_t fold(uint32_t c) {
    switch (c) {
        case 0x2018:
        case 0x2019:
        case 0x201A:
        case 0x201B:
        case 0x2032: return '\'';
        case 0x201C:
        case 0x201D:
        case 0x201E:
        case 0x201F:
        case 0x2033:
        case 0xAB:
        case 0xBB: return '"';
        case 0x2010:
        case 0x2011:
        case 0x2012:
        case 0x2013:
        case 0x2014:
        case 0x2015:
        case 0x2212: return '-';
        default: return c;
    }
}

// The normalised characters of text[from, to) and the byte range each came from.
struct Norm {
    std::vector<uint32_t> c;
    std::vector<uint32_t> b0, b1;
};

Norm normalize_range(std::string_view t, size_t from, size_t to) {
    Norm n;
    n.c.reserve(to - from);
    n.b0.reserve(to - from);
    n.b1.reserve(to - from);
    for (size_t p = from; p < to;) {
        size_t len = 1;
        const uint32_t cp = decode_utf8(t, p, &len);
        if (!is_space(cp)) {
            n.c.push_back(fold(cp));
            n.b0.push_back(uint32_t(p));
            n.b1.push_back(uint32_t(p + len));
        }
        p += len;
    }
    return n;
}

std::vector<uint32_t> normalize_str(std::string_view s) { return normalize_range(s, 0, s.size()).c; }

size_t prev_char(std::string_view t, size_t pos) { // byte start of the char ending at pos > 0
    size_t p = pos - 1;
    while (p > 0 && (static_cast<unsigned char>(t[p]) & 0xC0) == 0x80) --p;
    return p;
}

// Up to n normalised chars just before byte `pos` (in text order) / just after byte `pos`.
// The scan is bounded so that a text of pure whitespace cannot make it quadratic.
std::vector<uint32_t> norm_before(std::string_view t, size_t pos, size_t n) {
    std::vector<uint32_t> out;
    for (size_t steps = 0; pos > 0 && out.size() < n && steps < 4 * n + 256; ++steps) {
        pos = prev_char(t, pos);
        const uint32_t cp = decode_utf8(t, pos, nullptr);
        if (!is_space(cp)) out.push_back(fold(cp));
    }
    std::reverse(out.begin(), out.end());
    return out;
}

std::vector<uint32_t> norm_after(std::string_view t, size_t pos, size_t n) {
    std::vector<uint32_t> out;
    for (size_t steps = 0; pos < t.size() && out.size() < n && steps < 4 * n + 256; ++steps) {
        size_t len = 1;
        const uint32_t cp = decode_utf8(t, pos, &len);
        if (!is_space(cp)) out.push_back(fold(cp));
        pos += len;
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// Context agreement
// ---------------------------------------------------------------------------------------------
// Edit distance of two context strings (both at most kQuoteContext chars: no allocation).
size_t levenshtein(const uint32_t* a, size_t na, const uint32_t* b, size_t nb) {
    std::array<size_t, kQuoteContext + 1> row{};
    nb = std::min(nb, kQuoteContext);
    for (size_t j = 0; j <= nb; ++j) row[j] = j;
    for (size_t i = 1; i <= na; ++i) {
        size_t diag = row[0];
        row[0] = i;
        for (size_t j = 1; j <= nb; ++j) {
            const size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] != b[j - 1])});
            diag = up;
        }
    }
    return row[nb];
}

// What the caller knows about the annotation, normalised once.
struct Query {
    std::string_view exact;
    size_t exact_cps = 0;
    std::vector<uint32_t> pat, pre, suf; // pre: last kQuoteContext chars, suf: first ones
};

Query make_query(const std::string& exact, const std::string& prefix, const std::string& suffix) {
    Query q;
    q.exact = exact;
    q.exact_cps = TextIndex(exact).cp_count();
    q.pat = normalize_str(exact);
    q.pre = normalize_str(prefix);
    q.suf = normalize_str(suffix);
    if (q.pre.size() > kQuoteContext) q.pre.erase(q.pre.begin(), q.pre.end() - kQuoteContext);
    if (q.suf.size() > kQuoteContext) q.suf.resize(kQuoteContext);
    return q;
}

// Agreement of the stored context with the text around bytes [b0, b1): 1 = identical, 0 = none,
// -1 = nothing to compare (no stored context). Near the text's edges only what exists is compared.
double context_score(std::string_view t, size_t b0, size_t b1, const std::vector<uint32_t>& pre,
                     const std::vector<uint32_t>& suf) {
    double sum = 0;
    int sides = 0;
    if (!pre.empty()) {
        const auto got = norm_before(t, b0, pre.size());
        if (!got.empty()) {
            const uint32_t* want = pre.data() + (pre.size() - got.size());
            sum += std::equal(got.begin(), got.end(), want)
                       ? 1.0
                       : 1.0 - double(levenshtein(want, got.size(), got.data(), got.size())) / got.size();
            ++sides;
        }
    }
    if (!suf.empty()) {
        const auto got = norm_after(t, b1, suf.size());
        if (!got.empty()) {
            sum += std::equal(got.begin(), got.end(), suf.data())
                       ? 1.0
                       : 1.0 - double(levenshtein(suf.data(), got.size(), got.data(), got.size())) / got.size();
            ++sides;
        }
    }
    return sides ? sum / sides : -1.0;
}

size_t distance(size_t a, size_t b) { return a > b ? a - b : b - a; }

// ---------------------------------------------------------------------------------------------
// Exact search
// ---------------------------------------------------------------------------------------------
struct Pick {
    bool found = false;
    Span span;
};

// Hits of q.exact inside bytes [from, to), ranked by context then nearness to `hint` (code points).
// Accepted when the context agrees at least `need` — or, for a unique hit of a quote long enough
// to identify itself, whatever the context; or, without stored context, simply the nearest.
Pick exact_search(const Document& doc, const Query& q, size_t from, size_t to, size_t hint, double need,
                  bool whole_text) {
    const std::string_view t = doc.text;
    // string_view::find, not std::boyer_moore_horspool_searcher: Emscripten 3.1.6's libc++ lacks it.
    const std::string_view needle = q.exact;
    Pick best;
    double best_ctx = -2;
    size_t best_dist = 0, hits = 0;
    for (size_t pos = from; pos < to;) {
        const size_t b0 = t.substr(0, to).find(needle, pos);
        if (b0 == std::string_view::npos || needle.empty()) break;
        const size_t b1 = b0 + needle.size();
        const double ctx = context_score(t, b0, b1, q.pre, q.suf);
        const size_t cp = doc.index.cp_of_byte(b0);
        const size_t dist = distance(cp, hint);
        if (ctx > best_ctx + 1e-9 || (ctx > best_ctx - 1e-9 && dist < best_dist)) {
            best_ctx = ctx;
            best_dist = dist;
            best.span = Span{uint32_t(cp), uint32_t(cp + q.exact_cps)};
        }
        ++hits;
        pos = b0 + 1;
    }
    if (hits == 0) return best;
    const bool no_context = best_ctx < 0;
    best.found = no_context || best_ctx >= need || (whole_text && hits == 1 && q.pat.size() >= 16);
    return best;
}

// ---------------------------------------------------------------------------------------------
// Fuzzy search (Myers 1999, blocks of 64 pattern chars as in Hyyro 2003 / edlib)
// ---------------------------------------------------------------------------------------------
struct Myers {
    size_t m = 0, blocks = 0;
    std::vector<uint64_t> peq;                        // (symbol id) * blocks; id 0 = not in pattern
    std::array<uint32_t, 128> ascii{};                // ASCII code point -> symbol id
    std::vector<std::pair<uint32_t, uint32_t>> other; // sorted (code point, symbol id)

    explicit Myers(const std::vector<uint32_t>& pat) : m(pat.size()), blocks((pat.size() + 63) / 64) {
        std::vector<uint32_t> syms(pat);
        std::sort(syms.begin(), syms.end());
        syms.erase(std::unique(syms.begin(), syms.end()), syms.end());
        peq.assign((syms.size() + 1) * blocks, 0);
        for (size_t i = 0; i < syms.size(); ++i) {
            if (syms[i] < 128)
                ascii[syms[i]] = uint32_t(i + 1);
            else
                other.emplace_back(syms[i], uint32_t(i + 1));
        }
        for (size_t i = 0; i < m; ++i) peq[sym(pat[i]) * blocks + i / 64] |= uint64_t(1) << (i % 64);
    }
    uint32_t sym(uint32_t c) const {
        if (c < 128) return ascii[c];
        auto it = std::lower_bound(other.begin(), other.end(), std::make_pair(c, uint32_t(0)));
        return it != other.end() && it->first == c ? it->second : 0;
    }
    // Calls f(j, d) for every text index j where some match of the pattern ends with d <= k edits.
    template <class F>
    void scan(const uint32_t* text, size_t n, int k, F&& f) const {
        if (blocks == 1) return scan1(text, n, k, f);
        std::vector<uint64_t> Pv(blocks, ~uint64_t(0)), Mv(blocks, 0);
        const uint64_t last_bit = uint64_t(1) << ((m - 1) % 64), high_bit = uint64_t(1) << 63;
        int score = int(m);
        for (size_t j = 0; j < n; ++j) {
            const uint64_t* eq = &peq[sym(text[j]) * blocks];
            int hin = 0; // semi-global: row 0 is all zeros, so no carry into the first block
            for (size_t b = 0; b < blocks; ++b) {
                uint64_t Eq = eq[b];
                const uint64_t pv = Pv[b], mv = Mv[b], hneg = hin < 0 ? 1 : 0;
                const uint64_t Xv = Eq | mv;
                Eq |= hneg;
                const uint64_t Xh = (((Eq & pv) + pv) ^ pv) | Eq;
                uint64_t Ph = mv | ~(Xh | pv), Mh = pv & Xh;
                const uint64_t hb = b + 1 == blocks ? last_bit : high_bit;
                const int hout = (Ph & hb) ? 1 : (Mh & hb) ? -1 : 0;
                Ph = (Ph << 1) | uint64_t(hin > 0);
                Mh = (Mh << 1) | hneg;
                Pv[b] = Mh | ~(Xv | Ph);
                Mv[b] = Ph & Xv;
                hin = hout;
            }
            score += hin;
            if (score <= k) f(j, score);
        }
    }
    // The same for patterns of at most 64 chars (most quotes): one word, no carries.
    template <class F>
    void scan1(const uint32_t* text, size_t n, int k, F&& f) const {
        uint64_t Pv = ~uint64_t(0), Mv = 0;
        const uint64_t hb = uint64_t(1) << (m - 1);
        int score = int(m);
        for (size_t j = 0; j < n; ++j) {
            const uint64_t Eq = peq[sym(text[j])];
            const uint64_t Xv = Eq | Mv;
            const uint64_t Xh = (((Eq & Pv) + Pv) ^ Pv) | Eq;
            uint64_t Ph = Mv | ~(Xh | Pv), Mh = Pv & Xh;
            score += int((Ph & hb) != 0) - int((Mh & hb) != 0);
            Ph <<= 1;
            Mh <<= 1;
            Pv = Mh | ~(Xv | Ph);
            Mv = Ph & Xv;
            if (score <= k) f(j, score);
        }
    }
};

// Start of the best match of `pat` that ends at text[j] (inclusive), by DP on the reversed strings.
size_t match_start(const uint32_t* text, size_t j, const std::vector<uint32_t>& pat, int d, int* edits) {
    const size_t m = pat.size(), maxlen = std::min(j + 1, m + size_t(d));
    std::vector<int> prev(maxlen + 1), cur(maxlen + 1);
    for (size_t L = 0; L <= maxlen; ++L) prev[L] = int(L);
    for (size_t i = 1; i <= m; ++i) {
        cur[0] = int(i);
        const uint32_t pc = pat[m - i];
        for (size_t L = 1; L <= maxlen; ++L)
            cur[L] = std::min({prev[L] + 1, cur[L - 1] + 1, prev[L - 1] + int(pc != text[j + 1 - L])});
        std::swap(prev, cur);
    }
    size_t best = 0;
    for (size_t L = 1; L <= maxlen; ++L)
        if (prev[L] < prev[best] || (prev[L] == prev[best] && distance(L, m) < distance(best, m))) best = L;
    *edits = prev[best];
    return j + 1 - best;
}

struct Cand {
    size_t s = 0, e = 0; // normalised indices [s, e)
    double score = 0, ctx = -1;
    double rank() const { return score + std::max(ctx, 0.0); }
};

enum class Fuzzy { None, Ambiguous, Found };

// Best approximate match of `pat` in `n`. Eligible: score >= min_score, and context >= kMinContext
// (or, without stored context, within `radius` normalised chars of `hint`). Refused as ambiguous
// when another eligible, non-overlapping candidate ranks within kAmbiguityMargin.
Fuzzy fuzzy_search(const Document& doc, const Norm& n, const std::vector<uint32_t>& pat,
                   const std::vector<uint32_t>& pre, const std::vector<uint32_t>& suf, size_t hint, size_t radius,
                   double min_score, double need_ctx, Cand* out) {
    if (pat.empty() || n.c.empty()) return Fuzzy::None;
    const int k = int((1.0 - min_score) * double(pat.size()) + 1e-9);
    // Group end positions into separate places; keep each group's best end.
    std::vector<std::pair<int, size_t>> ends; // (edits, j)
    size_t last_j = 0;
    const size_t gap = std::max<size_t>(1, pat.size() / 2);
    Myers(pat).scan(n.c.data(), n.c.size(), k, [&](size_t j, int d) {
        if (ends.empty() || j - last_j > gap)
            ends.emplace_back(d, j);
        else if (d < ends.back().first)
            ends.back() = {d, j};
        last_j = j;
    });
    if (ends.size() > kMaxCandidates) {
        std::nth_element(ends.begin(), ends.begin() + kMaxCandidates, ends.end());
        ends.resize(kMaxCandidates);
    }
    const std::string_view t = doc.text;
    std::vector<Cand> eligible;
    for (const auto& [d, j] : ends) {
        int edits = d;
        Cand c;
        c.s = match_start(n.c.data(), j, pat, d, &edits);
        c.e = j + 1;
        c.score = 1.0 - double(edits) / double(pat.size());
        if (c.score < min_score || c.s >= c.e) continue;
        c.ctx = context_score(t, n.b0[c.s], n.b1[c.e - 1], pre, suf);
        const bool ok = c.ctx < 0 ? distance(c.s, hint) <= radius : c.ctx >= need_ctx;
        if (ok) eligible.push_back(c);
    }
    if (eligible.empty()) return Fuzzy::None;
    auto best = std::max_element(eligible.begin(), eligible.end(),
                                 [](const Cand& a, const Cand& b) { return a.rank() < b.rank(); });
    for (const Cand& c : eligible) {
        const bool overlaps = c.s < best->e && best->s < c.e;
        if (!overlaps && c.rank() >= best->rank() - kAmbiguityMargin) return Fuzzy::Ambiguous;
    }
    *out = *best;
    return Fuzzy::Found;
}

// Fuzzy match of the whole quote in the normalised view `n`; quotes longer than max_fuzzy_quote are
// matched by their two ends (each with its own side's context) and must keep a similar length.
Fuzzy fuzzy_range(const Document& doc, const Norm& n, const Query& q, size_t hint_cp, const AnchorOptions& opt,
                  double need_ctx, Span* out) {
    const size_t hint_byte = doc.index.byte_of_cp(hint_cp);
    const size_t hint = size_t(std::lower_bound(n.b0.begin(), n.b0.end(), hint_byte) - n.b0.begin());
    const size_t radius = kWindow + q.pat.size();
    Cand c;
    if (q.pat.size() <= opt.max_fuzzy_quote) {
        const Fuzzy f = fuzzy_search(doc, n, q.pat, q.pre, q.suf, hint, radius, opt.min_fuzzy_score, need_ctx, &c);
        if (f != Fuzzy::Found) return f;
    } else {
        const size_t e = std::min(kLongQuoteEnd, opt.max_fuzzy_quote / 2);
        const std::vector<uint32_t> head(q.pat.begin(), q.pat.begin() + e), tail(q.pat.end() - e, q.pat.end());
        Cand h, tl;
        const Fuzzy fh = fuzzy_search(doc, n, head, q.pre, {}, hint, radius, opt.min_fuzzy_score, need_ctx, &h);
        if (fh != Fuzzy::Found) return fh;
        const size_t tail_hint = h.s + q.pat.size() - e;
        const Fuzzy ft = fuzzy_search(doc, n, tail, {}, q.suf, tail_hint, radius, opt.min_fuzzy_score, need_ctx, &tl);
        if (ft != Fuzzy::Found) return ft;
        const double len = double(tl.e > h.s ? tl.e - h.s : 0), want = double(q.pat.size());
        if (len < want * opt.min_fuzzy_score || len > want / opt.min_fuzzy_score) return Fuzzy::None;
        c.s = h.s;
        c.e = tl.e;
    }
    *out = Span{uint32_t(doc.index.cp_of_byte(n.b0[c.s])), uint32_t(doc.index.cp_of_byte(n.b1[c.e - 1]))};
    return Fuzzy::Found;
}

// ---------------------------------------------------------------------------------------------
// The attempts, in order
// ---------------------------------------------------------------------------------------------
// The normalised view of the whole text, built at most once per reanchor_all.
struct WholeText {
    const Document& doc;
    std::optional<Norm> norm;
    const Norm& get() {
        if (!norm) norm = normalize_range(doc.text, 0, doc.text.size());
        return *norm;
    }
};

AnchorStatus locate(WholeText& whole, const Query& q, Span old, size_t hint, const AnchorOptions& opt, Span* out) {
    const Document& doc = whole.doc;
    if (q.exact.empty()) return AnchorStatus::Orphaned;
    const TextIndex& ix = doc.index;
    const std::string_view t = doc.text;
    // The quote at code point `at`, unless the context says it is another occurrence of the words.
    const auto quote_at = [&](size_t at, double need) {
        if (at + q.exact_cps > doc.size()) return false;
        const size_t b0 = ix.byte_of_cp(at), b1 = b0 + q.exact.size();
        if (t.compare(b0, q.exact.size(), q.exact) != 0) return false;
        const double ctx = context_score(t, b0, b1, q.pre, q.suf);
        return ctx < 0 || ctx >= need;
    };
    // 1. offsets + exact quote
    if (old.end - old.start == q.exact_cps && quote_at(old.start, kMinContext)) {
        *out = old;
        return AnchorStatus::Exact;
    }
    hint = std::min(hint, doc.size());
    // 2-. exact at the expected position (the common case after edits elsewhere: a plain shift)
    if (hint != old.start && quote_at(hint, kGoodContext)) {
        *out = Span{uint32_t(hint), uint32_t(hint + q.exact_cps)};
        return AnchorStatus::Moved;
    }
    const size_t lo = ix.byte_of_cp(hint > kWindow ? hint - kWindow : 0);
    const size_t hi = ix.byte_of_cp(std::min(doc.size(), hint + q.exact_cps + kWindow));
    // 2a. exact, near the expected position, with agreeing context
    Pick p = exact_search(doc, q, lo, hi, hint, kGoodContext, false);
    if (p.found) {
        *out = p.span;
        return AnchorStatus::Moved;
    }
    // 3a. fuzzy near the expected position, with agreeing context
    if (fuzzy_range(doc, normalize_range(t, lo, hi), q, hint, opt, kGoodContext, out) == Fuzzy::Found)
        return AnchorStatus::Fuzzy;
    // 2b. exact anywhere
    p = exact_search(doc, q, 0, t.size(), hint, kMinContext, true);
    if (p.found) {
        *out = p.span;
        return AnchorStatus::Moved;
    }
    // 3b. fuzzy anywhere
    if (fuzzy_range(doc, whole.get(), q, hint, opt, kMinContext, out) == Fuzzy::Found) return AnchorStatus::Fuzzy;
    return AnchorStatus::Orphaned;
}

size_t scaled_hint(size_t old_start, const Document& doc, const AnchorOptions& opt) {
    if (opt.old_size == 0) return old_start;
    return size_t(double(old_start) * double(doc.size()) / double(opt.old_size));
}

AnchorStatus reanchor_at(Annotation& a, WholeText& whole, size_t hint, const AnchorOptions& opt) {
    const Document& doc = whole.doc;
    const Query q = make_query(a.exact, a.prefix, a.suffix);
    Span s;
    a.anchor = locate(whole, q, a.span, hint, opt, &s);
    if (a.anchor != AnchorStatus::Orphaned) {
        a.span = s;
        fill_quote(a, doc);
    }
    return a.anchor;
}

} // namespace

void AnchorReport::add(const Annotation& a) {
    switch (a.anchor) {
        case AnchorStatus::Exact: ++exact; break;
        case AnchorStatus::Moved: ++moved; break;
        case AnchorStatus::Fuzzy: ++fuzzy; break;
        case AnchorStatus::Orphaned:
            ++orphaned;
            orphan_ids.push_back(a.id);
            break;
    }
}

AnchorStatus reanchor_one(Annotation& a, const Document& doc, const AnchorOptions& opt) {
    WholeText whole{doc, {}};
    return reanchor_at(a, whole, scaled_hint(a.span.start, doc, opt), opt);
}

AnchorReport reanchor_all(std::vector<Annotation>& anns, const Document& doc, const AnchorOptions& opt) {
    // In text order, the previous annotation's displacement predicts the next one's: edits shift
    // everything after them by the same amount.
    std::vector<size_t> order(anns.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t x, size_t y) { return anns[x].span.start < anns[y].span.start; });
    AnchorReport r;
    WholeText whole{doc, {}};
    std::optional<long long> shift;
    for (size_t i : order) {
        Annotation& a = anns[i];
        const long long old_start = a.span.start;
        const size_t hint = shift ? size_t(std::max(0LL, old_start + *shift)) : scaled_hint(a.span.start, doc, opt);
        if (reanchor_at(a, whole, hint, opt) != AnchorStatus::Orphaned) shift = (long long)a.span.start - old_start;
    }
    for (const Annotation& a : anns) r.add(a);
    return r;
}

AnchorStatus anchor_quote(const Document& doc, const std::string& exact, const std::string& prefix,
                          const std::string& suffix, Span hint, Span* out, const AnchorOptions& opt) {
    const Query q = make_query(exact, prefix, suffix);
    WholeText whole{doc, {}};
    return locate(whole, q, hint, hint.start, opt, out);
}

} // namespace cs
