// Claimscope core — bidirectional text through GNU FriBidi (see bidi.h).
#include "core/text/bidi.h"
#include <algorithm>
#include <fribidi.h>
#include <new>
#include <numeric>

namespace cs {

namespace {

std::vector<FriBidiCharType> bidi_types(std::u32string_view text) {
    std::vector<FriBidiCharType> types(text.size());
    fribidi_get_bidi_types(reinterpret_cast<const FriBidiChar*>(text.data()), (FriBidiStrIndex)text.size(),
                           types.data());
    return types;
}

FriBidiParType par_type(TextDirection d) {
    switch (d) {
        case TextDirection::LeftToRight: return FRIBIDI_PAR_LTR;
        case TextDirection::RightToLeft: return FRIBIDI_PAR_RTL;
        case TextDirection::Auto: break;
    }
    return FRIBIDI_PAR_ON;
}

} // namespace

BidiParagraph bidi_paragraph(std::u32string_view text, TextDirection direction) {
    const auto* chars = reinterpret_cast<const FriBidiChar*>(text.data());
    const auto n = (FriBidiStrIndex)text.size();
    const std::vector<FriBidiCharType> types = bidi_types(text);
    BidiParagraph p;
    // No right-to-left letter, Arabic number, embedding, override or isolate, and a paragraph direction
    // that is not right to left: UAX #9 leaves every level 0, which FriBidi took 160 ns per code point to
    // find (4.4 ms for a 27,000-code-point paragraph of Latin with CJK and emoji).
    if (direction != TextDirection::RightToLeft && std::none_of(types.begin(), types.end(), [](FriBidiCharType t) {
            return FRIBIDI_IS_RTL(t) || FRIBIDI_IS_ARABIC(t) || FRIBIDI_IS_EXPLICIT(t) || FRIBIDI_IS_ISOLATE(t);
        })) {
        p.levels.assign(text.size(), 0);
        return p;
    }
    std::vector<FriBidiBracketType> brackets(text.size());
    fribidi_get_bracket_types(chars, n, types.data(), brackets.data());
    FriBidiParType base = par_type(direction);
    p.levels.resize(text.size());
    static_assert(sizeof(FriBidiLevel) == sizeof(uint8_t), "levels are stored as FriBidi writes them");
    auto* levels = reinterpret_cast<FriBidiLevel*>(p.levels.data());
    // 0 means FriBidi could not allocate its run lists (an empty text returns 1).
    if (fribidi_get_par_embedding_levels_ex(types.data(), brackets.data(), n, &base, levels) == 0)
        throw std::bad_alloc();
    p.level = FRIBIDI_IS_RTL(base) ? 1 : 0;
    return p;
}

std::vector<BidiRun> bidi_line_runs(std::u32string_view text, const BidiParagraph& paragraph, size_t line_start,
                                    size_t line_end) {
    std::vector<BidiRun> runs;
    if (line_end > text.size()) line_end = text.size();
    if (line_start >= line_end) return runs;
    const size_t n = line_end - line_start;
    // All left to right at level 0 (rule L1 can only set level 0 here): one run.
    if (paragraph.level == 0 && std::all_of(paragraph.levels.begin() + line_start, paragraph.levels.begin() + line_end,
                                            [](uint8_t l) { return l == 0; })) {
        runs.push_back({(uint32_t)line_start, (uint32_t)line_end, 0});
        return runs;
    }
    const std::vector<FriBidiCharType> types = bidi_types(text.substr(line_start, n));
    // FriBidi applies rule L1 to the levels it is given: a copy, so the paragraph serves its other lines.
    std::vector<FriBidiLevel> levels(paragraph.levels.begin() + line_start, paragraph.levels.begin() + line_end);
    std::vector<FriBidiStrIndex> order(n); // visual position -> code point of the line
    std::iota(order.begin(), order.end(), 0);
    const FriBidiParType base = paragraph.level & 1 ? FRIBIDI_PAR_RTL : FRIBIDI_PAR_LTR;
    // No FRIBIDI_FLAG_REORDER_NSM: a run stays whole, marks and all; the shaper places marks on their base.
    if (fribidi_reorder_line(0, types.data(), (FriBidiStrIndex)n, 0, base, levels.data(), nullptr, order.data()) == 0)
        throw std::bad_alloc();
    // A run is a stretch of visual positions with one level whose code points follow each other: forwards at
    // an even level, backwards at an odd one.
    for (size_t v = 0; v < n; v++) {
        const auto i = (uint32_t)order[v];
        const uint8_t level = levels[i];
        if (!runs.empty()) {
            BidiRun& r = runs.back();
            if (r.level == level && !r.rtl() && r.end == line_start + i) {
                r.end++;
                continue;
            }
            if (r.level == level && r.rtl() && r.start == line_start + i + 1) {
                r.start--;
                continue;
            }
        }
        runs.push_back({(uint32_t)(line_start + i), (uint32_t)(line_start + i + 1), level});
    }
    return runs;
}

} // namespace cs
