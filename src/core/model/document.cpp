// Claimscope core — Document: construction, moves, slicing, and word / sentence / paragraph
// boundaries.
//
// Index of this file
// - Character classes (generated Unicode range tables at the end of the file)
// - make_document, Document moves, slice
// - Units: the segmenter behind word_tokens
// - Sentences, paragraphs
// - Range tables
#include "core/model/document.h"

#include <algorithm>
#include <cstring>

namespace cs {

namespace {

struct Range {
    uint32_t lo, hi;
};
extern const Range kWordRanges[];  // letters, marks, numbers (L*, M*, N*), minus CJK ideographs
extern const Range kMarkRanges[];  // combining marks (M*)
extern const Range kDigitRanges[]; // decimal digits (Nd)
extern const size_t kWordRangeCount, kMarkRangeCount, kDigitRangeCount;

bool in_ranges(const Range* r, size_t n, uint32_t cp) {
    const Range* end = r + n;
    const Range* it = std::upper_bound(r, end, cp, [](uint32_t c, const Range& x) { return c < x.lo; });
    return it != r && cp <= (it - 1)->hi;
}

bool is_mark(uint32_t cp) { return cp >= 0x300 && in_ranges(kMarkRanges, kMarkRangeCount, cp); }
bool is_digit(uint32_t cp) {
    return (cp >= '0' && cp <= '9') || (cp >= 0x660 && in_ranges(kDigitRanges, kDigitRangeCount, cp));
}
bool is_ideograph(uint32_t cp) {
    return (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
           (cp >= 0x20000 && cp <= 0x3FFFF);
}
bool is_regional_indicator(uint32_t cp) { return cp >= 0x1F1E6 && cp <= 0x1F1FF; }
bool is_emoji_modifier(uint32_t cp) { return cp >= 0x1F3FB && cp <= 0x1F3FF; }
bool is_tag(uint32_t cp) { return cp >= 0xE0020 && cp <= 0xE007F; }
// Extended_Pictographic, approximated by the blocks that hold emoji (enough to keep ZWJ
// sequences such as U+1F469 U+200D U+1F469 U+200D U+1F467 in one unit).
bool is_pictographic(uint32_t cp) {
    if (cp >= 0x1F000) return cp <= 0x1FAFF && !is_regional_indicator(cp) && !is_emoji_modifier(cp);
    return cp == 0xA9 || cp == 0xAE || cp == 0x203C || cp == 0x2049 || cp == 0x2122 || cp == 0x2139 ||
           (cp >= 0x2194 && cp <= 0x21AA) || (cp >= 0x2300 && cp <= 0x23FF) || (cp >= 0x25AA && cp <= 0x25FE) ||
           (cp >= 0x2600 && cp <= 0x27BF) || (cp >= 0x2934 && cp <= 0x2935) || (cp >= 0x2B05 && cp <= 0x2B55) ||
           cp == 0x3030 || cp == 0x303D || cp == 0x3297 || cp == 0x3299;
}
bool is_lower_start(uint32_t cp) { return (cp >= 'a' && cp <= 'z') || (cp >= 0xDF && cp <= 0xFF && cp != 0xF7); }

} // namespace

bool is_word_char(uint32_t cp) {
    if (cp < 0x80) return (cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z');
    return is_ideograph(cp) || in_ranges(kWordRanges, kWordRangeCount, cp);
}

// ---------------------------------------------------------------------------------------------
// Document
// ---------------------------------------------------------------------------------------------
bool ArticleMeta::operator==(const ArticleMeta& o) const {
    return title == o.title && url == o.url && outlet == o.outlet && author == o.author && published == o.published &&
           retrieved == o.retrieved && language == o.language && summary == o.summary;
}

Document::Document(Document&& o) noexcept { *this = std::move(o); }

Document& Document::operator=(Document&& o) noexcept {
    if (this == &o) return *this;
    text = std::move(o.text);
    meta = std::move(o.meta);
    hash = std::move(o.hash);
    paragraphs = std::move(o.paragraphs);
    index = std::move(o.index);
    index.rebind(text); // a short text lived in o's small-string buffer: its bytes moved
    o.text.clear();
    o.hash.clear();
    o.paragraphs.clear();
    o.index = TextIndex();
    return *this;
}

std::string_view Document::view(Span s) const {
    const size_t a = index.byte_of_cp(s.start), b = index.byte_of_cp(std::max(s.start, s.end));
    return std::string_view(text).substr(a, b - a);
}

Document make_document(std::string_view raw, ArticleMeta meta, DocumentWarnings* warnings) {
    Document d;
    RepairResult rep;
    // Text that is already clean (always, from a Claimscope file) is copied once, not rebuilt
    // twice: this runs on every file opened, a 1M-character article included.
    const bool bom = raw.size() >= 3 && raw.compare(0, 3, "\xEF\xBB\xBF") == 0;
    if (!bom && raw.find('\r') == std::string_view::npos && is_valid_utf8(raw)) {
        d.text.assign(raw);
    } else {
        rep = repair_utf8(raw);
        d.text = normalize_newlines(rep.text);
    }
    d.meta = std::move(meta);
    d.index = TextIndex(d.text);
    d.hash = sha256_hex(d.text);
    if (warnings) {
        warnings->invalid_utf8 = rep.invalid_sequences;
        warnings->first_invalid_byte = rep.first_invalid_byte;
        warnings->had_crlf = rep.text.find('\r') != std::string::npos;
    }
    // Paragraphs: every line holding something other than white space, newline excluded.
    uint32_t cp = 0, line_start = 0;
    bool filled = false;
    for (size_t i = 0, n = 1; i < d.text.size(); i += n) {
        const unsigned char b = (unsigned char)d.text[i];
        const uint32_t c = b < 0x80 ? (n = 1, b) : decode_utf8(d.text, i, &n);
        if (c == '\n') {
            if (filled) d.paragraphs.push_back(Span{line_start, cp});
            line_start = cp + 1;
            filled = false;
        } else if (!filled && !is_space(c)) {
            filled = true;
        }
        ++cp;
    }
    if (filled) d.paragraphs.push_back(Span{line_start, cp});
    return d;
}

std::shared_ptr<const Document> make_shared_document(std::string_view raw, ArticleMeta meta,
                                                     DocumentWarnings* warnings) {
    return std::make_shared<const Document>(make_document(raw, std::move(meta), warnings));
}

// ---------------------------------------------------------------------------------------------
// Units: a word (letters/digits/marks with inner joiners), a CJK ideograph, an emoji sequence, a
// flag (pair of regional indicators), a white-space character, or any other character — each with
// the combining marks that follow it. Newlines are always single units, so every line can be
// segmented on its own.
// ---------------------------------------------------------------------------------------------
namespace {

size_t skip_marks(const std::u32string& w, size_t j) {
    while (j < w.size() && (is_mark(w[j]) || w[j] == 0x200C || w[j] == 0x200D)) ++j;
    return j;
}

// A joiner between two word characters keeps one word: "don't", "Al-Jazeera", "450,000", "3.5".
bool joins(uint32_t prev, uint32_t c, uint32_t next) {
    if (c == '\'' || c == 0x2019 || c == '-' || c == 0x2010 || c == 0x2011)
        return is_word_char(prev) && is_word_char(next) && !is_ideograph(prev) && !is_ideograph(next);
    if (c == '.' || c == ',' || c == 0x066B || c == 0x066C) return is_digit(prev) && is_digit(next);
    return false;
}

// End of the unit that starts at w[i]; *word tells whether it is a word.
size_t unit_end(const std::u32string& w, size_t i, bool* word) {
    const size_t n = w.size();
    const uint32_t c = w[i];
    size_t j = i + 1;
    *word = false;
    if (is_space(c)) return j;
    if (is_ideograph(c)) {
        *word = true;
        return skip_marks(w, j);
    }
    if (is_word_char(c)) {
        *word = true;
        for (;;) {
            j = skip_marks(w, j);
            if (j < n && is_word_char(w[j]) && !is_ideograph(w[j])) {
                ++j;
                continue;
            }
            if (j + 1 < n && joins(w[j - 1], w[j], w[j + 1])) {
                j += 2;
                continue;
            }
            return j;
        }
    }
    if (is_regional_indicator(c)) {
        if (j < n && is_regional_indicator(w[j])) ++j;
        return skip_marks(w, j);
    }
    if (is_pictographic(c)) {
        for (;;) {
            while (j < n && (is_mark(w[j]) || is_emoji_modifier(w[j]) || is_tag(w[j]))) ++j;
            if (j + 1 < n && w[j] == 0x200D && is_pictographic(w[j + 1])) {
                j += 2;
                continue;
            }
            return j;
        }
    }
    return skip_marks(w, j);
}

// Code points [a, b) decoded.
std::u32string decode_range(const Document& d, size_t a, size_t b) {
    const size_t ba = d.index.byte_of_cp(a), bb = d.index.byte_of_cp(b);
    return to_u32(std::string_view(d.text).substr(ba, bb - ba));
}

} // namespace

Span trim_space(const Document& d, Span s) {
    s.end = std::min<uint32_t>(s.end, uint32_t(d.size()));
    while (s.start < s.end && is_space(d.index.cp_at(s.start))) ++s.start;
    while (s.end > s.start && is_space(d.index.cp_at(s.end - 1))) --s.end;
    return s;
}

std::vector<Span> word_tokens(const Document& d) {
    std::vector<Span> out;
    const std::u32string w = to_u32(d.text);
    for (size_t i = 0; i < w.size();) {
        bool word;
        const size_t e = unit_end(w, i, &word);
        if (word) out.push_back(Span{uint32_t(i), uint32_t(e)});
        i = e;
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// Sentences and paragraphs
// ---------------------------------------------------------------------------------------------
namespace {

bool is_terminator(uint32_t c) {
    return c == '.' || c == '!' || c == '?' || c == 0x2026 || c == 0x061F || c == 0x06D4 || c == 0x0964 ||
           c == 0x0965 || c == 0x3002 || c == 0xFF01 || c == 0xFF1F;
}
bool is_closer(uint32_t c) {
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == '}' || c == 0x2019 || c == 0x201D || c == 0xBB ||
           c == 0x203A || c == 0x300D || c == 0x300F || c == 0xFF09;
}
// Full-width stops end a sentence without a following space (CJK has none).
bool is_wide_terminator(uint32_t c) { return c == 0x3002 || c == 0xFF01 || c == 0xFF1F; }

// Abbreviations that usually do not end a sentence. Tokens with an inner period ("U.S", "e.g")
// and single capital initials ("J. K. Rowling") count too.
const char* const kAbbreviations[] = {
    "Mr",  "Mrs", "Ms",  "Dr",   "Prof", "Sr",  "Jr",  "St",   "Mt",  "Gen", "Col", "Lt",     "Sgt", "Capt",
    "Gov", "Sen", "Rep", "Pres", "Rev",  "Hon", "vs",  "No",   "Nos", "Vol", "pp",  "approx", "est", "Jan",
    "Feb", "Mar", "Apr", "Jun",  "Jul",  "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "cf",     "al",
};

bool is_abbreviation(const std::u32string& w, size_t dot) {
    size_t k = dot;
    while (k > 0 && (is_word_char(w[k - 1]) || w[k - 1] == '.')) --k;
    if (k == dot) return false;
    const std::u32string tok = w.substr(k, dot - k);
    if (tok.find(U'.') != std::u32string::npos) return true;
    if (tok.size() == 1 && tok[0] >= 'A' && tok[0] <= 'Z') return true;
    const std::string t = to_utf8(tok);
    for (const char* a : kAbbreviations)
        if (t == a) return true;
    return false;
}

// Does the terminator run w[k, e) (closing quotes included) end a sentence?
bool ends_sentence(const std::u32string& w, size_t k, size_t e) {
    if (is_wide_terminator(w[k])) return true;
    if (e < w.size() && !is_space(w[e])) return false; // "3.5", "example.com"
    if (w[k] == '.' && (e == k + 1 || !is_terminator(w[k + 1])) && is_abbreviation(w, k)) return false;
    size_t j = e;
    while (j < w.size() && is_space(w[j])) ++j;
    return j == w.size() || !is_lower_start(w[j]); // "approx. five" goes on
}

// Sentences of one paragraph (relative offsets), white space between them excluded.
std::vector<Span> sentences_in(const std::u32string& w) {
    std::vector<Span> out;
    const size_t n = w.size();
    size_t i = 0;
    while (i < n) {
        while (i < n && is_space(w[i])) ++i;
        if (i >= n) break;
        size_t end = n;
        for (size_t k = i; k < n; ++k) {
            if (!is_terminator(w[k])) continue;
            size_t e = k + 1;
            while (e < n && is_terminator(w[e])) ++e;
            while (e < n && is_closer(w[e])) ++e;
            if (ends_sentence(w, k, e)) {
                end = e;
                break;
            }
        }
        size_t trimmed = end;
        while (trimmed > i && is_space(w[trimmed - 1])) --trimmed;
        out.push_back(Span{uint32_t(i), uint32_t(trimmed)});
        i = end;
    }
    return out;
}

} // namespace

Span paragraph_at(const Document& d, size_t cp) {
    const auto& ps = d.paragraphs;
    auto it = std::upper_bound(ps.begin(), ps.end(), cp, [](size_t c, const Span& p) { return c < p.start; });
    if (it == ps.begin()) return Span{uint32_t(cp), uint32_t(cp)};
    --it;
    return cp <= it->end ? *it : Span{uint32_t(cp), uint32_t(cp)};
}

Span sentence_at(const Document& d, size_t cp) {
    const Span p = paragraph_at(d, cp);
    if (p.empty()) return p;
    const std::vector<Span> ss = sentences_in(decode_range(d, p.start, p.end));
    const size_t rel = cp - p.start;
    size_t k = 0; // the last sentence starting at or before cp (white space goes with the one before)
    while (k + 1 < ss.size() && ss[k + 1].start <= rel) ++k;
    return Span{p.start + ss[k].start, p.start + ss[k].end};
}

// ---------------------------------------------------------------------------------------------
// Range tables — generated from Unicode 14 data (Python's unicodedata) by:
//   for each code point, category c (skipping unassigned ones, which may bridge two ranges):
//   word = c[0] in "LMN" and not a CJK ideograph; mark = c[0] == "M"; digit = c == "Nd".
// ---------------------------------------------------------------------------------------------
namespace {
const Range kWordRanges[] = {
    // 276 ranges
    {0x0030, 0x0039},   {0x0041, 0x005A},   {0x0061, 0x007A},   {0x00AA, 0x00AA},   {0x00B2, 0x00B3},
    {0x00B5, 0x00B5},   {0x00B9, 0x00BA},   {0x00BC, 0x00BE},   {0x00C0, 0x00D6},   {0x00D8, 0x00F6},
    {0x00F8, 0x02C1},   {0x02C6, 0x02D1},   {0x02E0, 0x02E4},   {0x02EC, 0x02EC},   {0x02EE, 0x02EE},
    {0x0300, 0x0374},   {0x0376, 0x037D},   {0x037F, 0x037F},   {0x0386, 0x0386},   {0x0388, 0x03F5},
    {0x03F7, 0x0481},   {0x0483, 0x0559},   {0x0560, 0x0588},   {0x0591, 0x05BD},   {0x05BF, 0x05BF},
    {0x05C1, 0x05C2},   {0x05C4, 0x05C5},   {0x05C7, 0x05F2},   {0x0610, 0x061A},   {0x0620, 0x0669},
    {0x066E, 0x06D3},   {0x06D5, 0x06DC},   {0x06DF, 0x06E8},   {0x06EA, 0x06FC},   {0x06FF, 0x06FF},
    {0x0710, 0x07F5},   {0x07FA, 0x07FD},   {0x0800, 0x082D},   {0x0840, 0x085B},   {0x0860, 0x0887},
    {0x0889, 0x088E},   {0x0898, 0x08E1},   {0x08E3, 0x0963},   {0x0966, 0x096F},   {0x0971, 0x09F1},
    {0x09F4, 0x09F9},   {0x09FC, 0x09FC},   {0x09FE, 0x0A75},   {0x0A81, 0x0AEF},   {0x0AF9, 0x0B6F},
    {0x0B71, 0x0BF2},   {0x0C00, 0x0C6F},   {0x0C78, 0x0C7E},   {0x0C80, 0x0C83},   {0x0C85, 0x0D4E},
    {0x0D54, 0x0D78},   {0x0D7A, 0x0DF3},   {0x0E01, 0x0E3A},   {0x0E40, 0x0E4E},   {0x0E50, 0x0E59},
    {0x0E81, 0x0F00},   {0x0F18, 0x0F19},   {0x0F20, 0x0F33},   {0x0F35, 0x0F35},   {0x0F37, 0x0F37},
    {0x0F39, 0x0F39},   {0x0F3E, 0x0F84},   {0x0F86, 0x0FBC},   {0x0FC6, 0x0FC6},   {0x1000, 0x1049},
    {0x1050, 0x109D},   {0x10A0, 0x10FA},   {0x10FC, 0x135F},   {0x1369, 0x138F},   {0x13A0, 0x13FD},
    {0x1401, 0x166C},   {0x166F, 0x167F},   {0x1681, 0x169A},   {0x16A0, 0x16EA},   {0x16EE, 0x1734},
    {0x1740, 0x17D3},   {0x17D7, 0x17D7},   {0x17DC, 0x17F9},   {0x180B, 0x180D},   {0x180F, 0x193B},
    {0x1946, 0x19DA},   {0x1A00, 0x1A1B},   {0x1A20, 0x1A99},   {0x1AA7, 0x1AA7},   {0x1AB0, 0x1B59},
    {0x1B6B, 0x1B73},   {0x1B80, 0x1BF3},   {0x1C00, 0x1C37},   {0x1C40, 0x1C7D},   {0x1C80, 0x1CBF},
    {0x1CD0, 0x1CD2},   {0x1CD4, 0x1FBC},   {0x1FBE, 0x1FBE},   {0x1FC2, 0x1FCC},   {0x1FD0, 0x1FDB},
    {0x1FE0, 0x1FEC},   {0x1FF2, 0x1FFC},   {0x2070, 0x2079},   {0x207F, 0x2089},   {0x2090, 0x209C},
    {0x20D0, 0x20F0},   {0x2102, 0x2102},   {0x2107, 0x2107},   {0x210A, 0x2113},   {0x2115, 0x2115},
    {0x2119, 0x211D},   {0x2124, 0x2124},   {0x2126, 0x2126},   {0x2128, 0x2128},   {0x212A, 0x212D},
    {0x212F, 0x2139},   {0x213C, 0x213F},   {0x2145, 0x2149},   {0x214E, 0x214E},   {0x2150, 0x2189},
    {0x2460, 0x249B},   {0x24EA, 0x24FF},   {0x2776, 0x2793},   {0x2C00, 0x2CE4},   {0x2CEB, 0x2CF3},
    {0x2CFD, 0x2CFD},   {0x2D00, 0x2D6F},   {0x2D7F, 0x2DFF},   {0x2E2F, 0x2E2F},   {0x3005, 0x3007},
    {0x3021, 0x302F},   {0x3031, 0x3035},   {0x3038, 0x303C},   {0x3041, 0x309A},   {0x309D, 0x309F},
    {0x30A1, 0x30FA},   {0x30FC, 0x318E},   {0x3192, 0x3195},   {0x31A0, 0x31BF},   {0x31F0, 0x31FF},
    {0x3220, 0x3229},   {0x3248, 0x324F},   {0x3251, 0x325F},   {0x3280, 0x3289},   {0x32B1, 0x32BF},
    {0xA000, 0xA48C},   {0xA4D0, 0xA4FD},   {0xA500, 0xA60C},   {0xA610, 0xA672},   {0xA674, 0xA67D},
    {0xA67F, 0xA6F1},   {0xA717, 0xA71F},   {0xA722, 0xA788},   {0xA78B, 0xA827},   {0xA82C, 0xA835},
    {0xA840, 0xA873},   {0xA880, 0xA8C5},   {0xA8D0, 0xA8F7},   {0xA8FB, 0xA8FB},   {0xA8FD, 0xA92D},
    {0xA930, 0xA953},   {0xA960, 0xA9C0},   {0xA9CF, 0xA9D9},   {0xA9E0, 0xAA59},   {0xAA60, 0xAA76},
    {0xAA7A, 0xAADD},   {0xAAE0, 0xAAEF},   {0xAAF2, 0xAB5A},   {0xAB5C, 0xAB69},   {0xAB70, 0xABEA},
    {0xABEC, 0xD7FB},   {0xFB00, 0xFB28},   {0xFB2A, 0xFBB1},   {0xFBD3, 0xFD3D},   {0xFD50, 0xFDC7},
    {0xFDF0, 0xFDFB},   {0xFE00, 0xFE0F},   {0xFE20, 0xFE2F},   {0xFE70, 0xFEFC},   {0xFF10, 0xFF19},
    {0xFF21, 0xFF3A},   {0xFF41, 0xFF5A},   {0xFF66, 0xFFDC},   {0x10000, 0x100FA}, {0x10107, 0x10133},
    {0x10140, 0x10178}, {0x1018A, 0x1018B}, {0x101FD, 0x1039D}, {0x103A0, 0x103CF}, {0x103D1, 0x10563},
    {0x10570, 0x10855}, {0x10858, 0x10876}, {0x10879, 0x1091B}, {0x10920, 0x10939}, {0x10980, 0x10A48},
    {0x10A60, 0x10A7E}, {0x10A80, 0x10AC7}, {0x10AC9, 0x10AEF}, {0x10B00, 0x10B35}, {0x10B40, 0x10B91},
    {0x10BA9, 0x10EAC}, {0x10EB0, 0x10F54}, {0x10F70, 0x10F85}, {0x10FB0, 0x11046}, {0x11052, 0x110BA},
    {0x110C2, 0x110C2}, {0x110D0, 0x1113F}, {0x11144, 0x11173}, {0x11176, 0x111C4}, {0x111C9, 0x111CC},
    {0x111CE, 0x111DA}, {0x111DC, 0x111DC}, {0x111E1, 0x11237}, {0x1123E, 0x112A8}, {0x112B0, 0x1144A},
    {0x11450, 0x11459}, {0x1145E, 0x114C5}, {0x114C7, 0x115C0}, {0x115D8, 0x11640}, {0x11644, 0x11659},
    {0x11680, 0x116B8}, {0x116C0, 0x1173B}, {0x11740, 0x1183A}, {0x118A0, 0x11943}, {0x11950, 0x119E1},
    {0x119E3, 0x11A3E}, {0x11A47, 0x11A99}, {0x11A9D, 0x11A9D}, {0x11AB0, 0x11C40}, {0x11C50, 0x11C6C},
    {0x11C72, 0x11EF6}, {0x11FB0, 0x11FD4}, {0x12000, 0x1246E}, {0x12480, 0x12FF0}, {0x13000, 0x1342E},
    {0x14400, 0x16A69}, {0x16A70, 0x16AF4}, {0x16B00, 0x16B36}, {0x16B40, 0x16B43}, {0x16B50, 0x16E96},
    {0x16F00, 0x16FE1}, {0x16FE3, 0x1BC99}, {0x1BC9D, 0x1BC9E}, {0x1CF00, 0x1CF46}, {0x1D165, 0x1D169},
    {0x1D16D, 0x1D172}, {0x1D17B, 0x1D182}, {0x1D185, 0x1D18B}, {0x1D1AA, 0x1D1AD}, {0x1D242, 0x1D244},
    {0x1D2E0, 0x1D2F3}, {0x1D360, 0x1D6C0}, {0x1D6C2, 0x1D6DA}, {0x1D6DC, 0x1D6FA}, {0x1D6FC, 0x1D714},
    {0x1D716, 0x1D734}, {0x1D736, 0x1D74E}, {0x1D750, 0x1D76E}, {0x1D770, 0x1D788}, {0x1D78A, 0x1D7A8},
    {0x1D7AA, 0x1D7C2}, {0x1D7C4, 0x1D7FF}, {0x1DA00, 0x1DA36}, {0x1DA3B, 0x1DA6C}, {0x1DA75, 0x1DA75},
    {0x1DA84, 0x1DA84}, {0x1DA9B, 0x1E14E}, {0x1E290, 0x1E2F9}, {0x1E7E0, 0x1E959}, {0x1EC71, 0x1ECAB},
    {0x1ECAD, 0x1ECAF}, {0x1ECB1, 0x1ED2D}, {0x1ED2F, 0x1EEBB}, {0x1F100, 0x1F10C}, {0x1FBF0, 0x1FBF9},
    {0xE0100, 0xE01EF},
};
const Range kMarkRanges[] = {
    // 242 ranges
    {0x0300, 0x036F},   {0x0483, 0x0489},   {0x0591, 0x05BD},   {0x05BF, 0x05BF},   {0x05C1, 0x05C2},
    {0x05C4, 0x05C5},   {0x05C7, 0x05C7},   {0x0610, 0x061A},   {0x064B, 0x065F},   {0x0670, 0x0670},
    {0x06D6, 0x06DC},   {0x06DF, 0x06E4},   {0x06E7, 0x06E8},   {0x06EA, 0x06ED},   {0x0711, 0x0711},
    {0x0730, 0x074A},   {0x07A6, 0x07B0},   {0x07EB, 0x07F3},   {0x07FD, 0x07FD},   {0x0816, 0x0819},
    {0x081B, 0x0823},   {0x0825, 0x0827},   {0x0829, 0x082D},   {0x0859, 0x085B},   {0x0898, 0x089F},
    {0x08CA, 0x08E1},   {0x08E3, 0x0903},   {0x093A, 0x093C},   {0x093E, 0x094F},   {0x0951, 0x0957},
    {0x0962, 0x0963},   {0x0981, 0x0983},   {0x09BC, 0x09BC},   {0x09BE, 0x09CD},   {0x09D7, 0x09D7},
    {0x09E2, 0x09E3},   {0x09FE, 0x0A03},   {0x0A3C, 0x0A51},   {0x0A70, 0x0A71},   {0x0A75, 0x0A75},
    {0x0A81, 0x0A83},   {0x0ABC, 0x0ABC},   {0x0ABE, 0x0ACD},   {0x0AE2, 0x0AE3},   {0x0AFA, 0x0B03},
    {0x0B3C, 0x0B3C},   {0x0B3E, 0x0B57},   {0x0B62, 0x0B63},   {0x0B82, 0x0B82},   {0x0BBE, 0x0BCD},
    {0x0BD7, 0x0BD7},   {0x0C00, 0x0C04},   {0x0C3C, 0x0C3C},   {0x0C3E, 0x0C56},   {0x0C62, 0x0C63},
    {0x0C81, 0x0C83},   {0x0CBC, 0x0CBC},   {0x0CBE, 0x0CD6},   {0x0CE2, 0x0CE3},   {0x0D00, 0x0D03},
    {0x0D3B, 0x0D3C},   {0x0D3E, 0x0D4D},   {0x0D57, 0x0D57},   {0x0D62, 0x0D63},   {0x0D81, 0x0D83},
    {0x0DCA, 0x0DDF},   {0x0DF2, 0x0DF3},   {0x0E31, 0x0E31},   {0x0E34, 0x0E3A},   {0x0E47, 0x0E4E},
    {0x0EB1, 0x0EB1},   {0x0EB4, 0x0EBC},   {0x0EC8, 0x0ECD},   {0x0F18, 0x0F19},   {0x0F35, 0x0F35},
    {0x0F37, 0x0F37},   {0x0F39, 0x0F39},   {0x0F3E, 0x0F3F},   {0x0F71, 0x0F84},   {0x0F86, 0x0F87},
    {0x0F8D, 0x0FBC},   {0x0FC6, 0x0FC6},   {0x102B, 0x103E},   {0x1056, 0x1059},   {0x105E, 0x1060},
    {0x1062, 0x1064},   {0x1067, 0x106D},   {0x1071, 0x1074},   {0x1082, 0x108D},   {0x108F, 0x108F},
    {0x109A, 0x109D},   {0x135D, 0x135F},   {0x1712, 0x1715},   {0x1732, 0x1734},   {0x1752, 0x1753},
    {0x1772, 0x1773},   {0x17B4, 0x17D3},   {0x17DD, 0x17DD},   {0x180B, 0x180D},   {0x180F, 0x180F},
    {0x1885, 0x1886},   {0x18A9, 0x18A9},   {0x1920, 0x193B},   {0x1A17, 0x1A1B},   {0x1A55, 0x1A7F},
    {0x1AB0, 0x1B04},   {0x1B34, 0x1B44},   {0x1B6B, 0x1B73},   {0x1B80, 0x1B82},   {0x1BA1, 0x1BAD},
    {0x1BE6, 0x1BF3},   {0x1C24, 0x1C37},   {0x1CD0, 0x1CD2},   {0x1CD4, 0x1CE8},   {0x1CED, 0x1CED},
    {0x1CF4, 0x1CF4},   {0x1CF7, 0x1CF9},   {0x1DC0, 0x1DFF},   {0x20D0, 0x20F0},   {0x2CEF, 0x2CF1},
    {0x2D7F, 0x2D7F},   {0x2DE0, 0x2DFF},   {0x302A, 0x302F},   {0x3099, 0x309A},   {0xA66F, 0xA672},
    {0xA674, 0xA67D},   {0xA69E, 0xA69F},   {0xA6F0, 0xA6F1},   {0xA802, 0xA802},   {0xA806, 0xA806},
    {0xA80B, 0xA80B},   {0xA823, 0xA827},   {0xA82C, 0xA82C},   {0xA880, 0xA881},   {0xA8B4, 0xA8C5},
    {0xA8E0, 0xA8F1},   {0xA8FF, 0xA8FF},   {0xA926, 0xA92D},   {0xA947, 0xA953},   {0xA980, 0xA983},
    {0xA9B3, 0xA9C0},   {0xA9E5, 0xA9E5},   {0xAA29, 0xAA36},   {0xAA43, 0xAA43},   {0xAA4C, 0xAA4D},
    {0xAA7B, 0xAA7D},   {0xAAB0, 0xAAB0},   {0xAAB2, 0xAAB4},   {0xAAB7, 0xAAB8},   {0xAABE, 0xAABF},
    {0xAAC1, 0xAAC1},   {0xAAEB, 0xAAEF},   {0xAAF5, 0xAAF6},   {0xABE3, 0xABEA},   {0xABEC, 0xABED},
    {0xFB1E, 0xFB1E},   {0xFE00, 0xFE0F},   {0xFE20, 0xFE2F},   {0x101FD, 0x101FD}, {0x102E0, 0x102E0},
    {0x10376, 0x1037A}, {0x10A01, 0x10A0F}, {0x10A38, 0x10A3F}, {0x10AE5, 0x10AE6}, {0x10D24, 0x10D27},
    {0x10EAB, 0x10EAC}, {0x10F46, 0x10F50}, {0x10F82, 0x10F85}, {0x11000, 0x11002}, {0x11038, 0x11046},
    {0x11070, 0x11070}, {0x11073, 0x11074}, {0x1107F, 0x11082}, {0x110B0, 0x110BA}, {0x110C2, 0x110C2},
    {0x11100, 0x11102}, {0x11127, 0x11134}, {0x11145, 0x11146}, {0x11173, 0x11173}, {0x11180, 0x11182},
    {0x111B3, 0x111C0}, {0x111C9, 0x111CC}, {0x111CE, 0x111CF}, {0x1122C, 0x11237}, {0x1123E, 0x1123E},
    {0x112DF, 0x112EA}, {0x11300, 0x11303}, {0x1133B, 0x1133C}, {0x1133E, 0x1134D}, {0x11357, 0x11357},
    {0x11362, 0x11374}, {0x11435, 0x11446}, {0x1145E, 0x1145E}, {0x114B0, 0x114C3}, {0x115AF, 0x115C0},
    {0x115DC, 0x115DD}, {0x11630, 0x11640}, {0x116AB, 0x116B7}, {0x1171D, 0x1172B}, {0x1182C, 0x1183A},
    {0x11930, 0x1193E}, {0x11940, 0x11940}, {0x11942, 0x11943}, {0x119D1, 0x119E0}, {0x119E4, 0x119E4},
    {0x11A01, 0x11A0A}, {0x11A33, 0x11A39}, {0x11A3B, 0x11A3E}, {0x11A47, 0x11A47}, {0x11A51, 0x11A5B},
    {0x11A8A, 0x11A99}, {0x11C2F, 0x11C3F}, {0x11C92, 0x11CB6}, {0x11D31, 0x11D45}, {0x11D47, 0x11D47},
    {0x11D8A, 0x11D97}, {0x11EF3, 0x11EF6}, {0x16AF0, 0x16AF4}, {0x16B30, 0x16B36}, {0x16F4F, 0x16F4F},
    {0x16F51, 0x16F92}, {0x16FE4, 0x16FF1}, {0x1BC9D, 0x1BC9E}, {0x1CF00, 0x1CF46}, {0x1D165, 0x1D169},
    {0x1D16D, 0x1D172}, {0x1D17B, 0x1D182}, {0x1D185, 0x1D18B}, {0x1D1AA, 0x1D1AD}, {0x1D242, 0x1D244},
    {0x1DA00, 0x1DA36}, {0x1DA3B, 0x1DA6C}, {0x1DA75, 0x1DA75}, {0x1DA84, 0x1DA84}, {0x1DA9B, 0x1DAAF},
    {0x1E000, 0x1E02A}, {0x1E130, 0x1E136}, {0x1E2AE, 0x1E2AE}, {0x1E2EC, 0x1E2EF}, {0x1E8D0, 0x1E8D6},
    {0x1E944, 0x1E94A}, {0xE0100, 0xE01EF},
};
const Range kDigitRanges[] = {
    // 61 ranges
    {0x0030, 0x0039},   {0x0660, 0x0669},   {0x06F0, 0x06F9},   {0x07C0, 0x07C9},   {0x0966, 0x096F},
    {0x09E6, 0x09EF},   {0x0A66, 0x0A6F},   {0x0AE6, 0x0AEF},   {0x0B66, 0x0B6F},   {0x0BE6, 0x0BEF},
    {0x0C66, 0x0C6F},   {0x0CE6, 0x0CEF},   {0x0D66, 0x0D6F},   {0x0DE6, 0x0DEF},   {0x0E50, 0x0E59},
    {0x0ED0, 0x0ED9},   {0x0F20, 0x0F29},   {0x1040, 0x1049},   {0x1090, 0x1099},   {0x17E0, 0x17E9},
    {0x1810, 0x1819},   {0x1946, 0x194F},   {0x19D0, 0x19D9},   {0x1A80, 0x1A99},   {0x1B50, 0x1B59},
    {0x1BB0, 0x1BB9},   {0x1C40, 0x1C49},   {0x1C50, 0x1C59},   {0xA620, 0xA629},   {0xA8D0, 0xA8D9},
    {0xA900, 0xA909},   {0xA9D0, 0xA9D9},   {0xA9F0, 0xA9F9},   {0xAA50, 0xAA59},   {0xABF0, 0xABF9},
    {0xFF10, 0xFF19},   {0x104A0, 0x104A9}, {0x10D30, 0x10D39}, {0x11066, 0x1106F}, {0x110F0, 0x110F9},
    {0x11136, 0x1113F}, {0x111D0, 0x111D9}, {0x112F0, 0x112F9}, {0x11450, 0x11459}, {0x114D0, 0x114D9},
    {0x11650, 0x11659}, {0x116C0, 0x116C9}, {0x11730, 0x11739}, {0x118E0, 0x118E9}, {0x11950, 0x11959},
    {0x11C50, 0x11C59}, {0x11D50, 0x11D59}, {0x11DA0, 0x11DA9}, {0x16A60, 0x16A69}, {0x16AC0, 0x16AC9},
    {0x16B50, 0x16B59}, {0x1D7CE, 0x1D7FF}, {0x1E140, 0x1E149}, {0x1E2F0, 0x1E2F9}, {0x1E950, 0x1E959},
    {0x1FBF0, 0x1FBF9},
};
const size_t kWordRangeCount = sizeof(kWordRanges) / sizeof(Range);
const size_t kMarkRangeCount = sizeof(kMarkRanges) / sizeof(Range);
const size_t kDigitRangeCount = sizeof(kDigitRanges) / sizeof(Range);
} // namespace

} // namespace cs
