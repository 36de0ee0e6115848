// Claimscope core — the shaping path of Layout (see shaped_layout.h).
#include "core/text/shaped_layout.h"
#include "core/text/text.h"
#include <algorithm>

namespace cs {
namespace {

// What the fast path draws one code point at a time: Latin, Greek, Cyrillic letters, general
// punctuation and symbols (one glyph each in ClaimscopeSans, no marks to place, no bidi).
bool needs_shaping(uint32_t cp) {
    if (cp < 0x0300) return false;
    if (cp <= 0x036F) return true;                         // combining diacritics
    if (cp <= 0x052F) return cp >= 0x0483 && cp <= 0x0489; // Greek, Cyrillic; Cyrillic's combining marks
    if (cp >= 0x1E00 && cp <= 0x1FFF) return false;        // Latin Extended Additional, Greek Extended
    if (cp >= 0x2000 && cp <= 0x20CF) // punctuation and currency, but not joiners and bidi controls
        return (cp >= 0x200C && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
    if (cp >= 0x2100 && cp <= 0x26FF) return false; // letterlike, arrows, shapes, symbols
    return true;
}

bool is_kana(uint32_t cp) {
    return (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x31F0 && cp <= 0x31FF) || (cp >= 0xFF66 && cp <= 0xFF9F);
}

bool is_hangul(uint32_t cp) {
    return (cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0x3130 && cp <= 0x318F) || (cp >= 0xA960 && cp <= 0xA97F) ||
           (cp >= 0xAC00 && cp <= 0xD7FF) || (cp >= 0xFFA0 && cp <= 0xFFDC);
}

// "zh", "ja" or "ko" as the primary subtag of a BCP 47 tag, in any case.
bool is_cjk_language(std::string_view tag) {
    if (tag.size() < 2 || (tag.size() > 2 && tag[2] != '-' && tag[2] != '_')) return false;
    const char a = (char)(tag[0] | 0x20), b = (char)(tag[1] | 0x20);
    return (a == 'z' && b == 'h') || (a == 'j' && b == 'a') || (a == 'k' && b == 'o');
}

} // namespace

std::string han_language(std::u32string_view paragraph, std::string_view article_language) {
    for (char32_t c : paragraph) {
        if (is_kana(c)) return "ja";
        if (is_hangul(c)) return "ko";
    }
    if (is_cjk_language(article_language)) return std::string(article_language);
    return "und";
}

bool is_wrap_space(uint32_t cp) { return cp == ' ' || cp == '\t' || cp == 0x3000; }

bool needs_shaping(std::string_view utf8) {
    for (size_t i = 0; i < utf8.size();) {
        if ((unsigned char)utf8[i] < 0xCC) { // lead bytes below 0xCC start code points below U+0300
            ++i;
            continue;
        }
        size_t len = 1;
        if (needs_shaping(decode_utf8(utf8, i, &len))) return true;
        i += len;
    }
    return false;
}

std::string isolate(std::string_view utf8) {
    if (!needs_shaping(utf8)) return std::string(utf8);
    return "\xE2\x81\xA8" + std::string(utf8) + "\xE2\x81\xA9"; // U+2068 FSI, U+2069 PDI
}

ShapedParagraph itemize_paragraph(std::u32string text, const ShapingFonts& fonts, float px,
                                  std::string_view article_language) {
    ShapedParagraph p;
    p.text = std::move(text);
    p.fonts = fonts;
    p.px = px;
    const std::u32string_view t = p.text;
    const size_t n = t.size();
    p.bidi = bidi_paragraph(t, TextDirection::Auto);
    p.breaks = line_breaks(t);
    p.grapheme_end = grapheme_boundaries(t);
    p.advance.assign(n, 0.0f);
    // Items: grapheme clusters of one bidi level and one face, in logical order.
    FontFace context = FontFace::Latin;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && !p.grapheme_end[j]) ++j;
        j = std::min(j + 1, n);
        const FontFace face = face_for_cluster(t.substr(i, j - i), context);
        if (!is_script_neutral(t[i])) context = face;
        const uint8_t level = p.bidi.levels[i];
        const bool long_item =
            !p.items.empty() && i - p.items.back().start >= kMaxItemLength && p.breaks[i - 1] == LineBreak::Allowed;
        if (p.items.empty() || p.items.back().face != face || p.items.back().level != level || long_item)
            p.items.push_back({(uint32_t)i, (uint32_t)j, level, face, {}, {}});
        else
            p.items.back().end = (uint32_t)j;
        if (face == FontFace::Cjk && p.han.empty()) p.han = han_language(t, article_language);
        i = j;
    }
    return p;
}

void shape_through(ShapedParagraph& p, uint32_t cp) {
    const std::u32string_view t = p.text;
    for (; p.shaped_items < p.items.size() && p.items[p.shaped_items].start <= cp; ++p.shaped_items) {
        ShapedItem& item = p.items[p.shaped_items];
        const ShapingFont* font = p.fonts.faces[(size_t)item.face] ? p.fonts.faces[(size_t)item.face]
                                                                   : p.fonts.faces[(size_t)FontFace::Latin];
        const TextDirection dir = item.level & 1 ? TextDirection::RightToLeft : TextDirection::LeftToRight;
        if (font)
            item.glyphs =
                shape(*font, t, item.start, item.end, p.px, dir, item.face == FontFace::Cjk ? p.han.c_str() : "und");
        if (item.glyphs.empty()) // no font at all: one empty box per code point, so the text still takes room
            for (uint32_t c = item.start; c < item.end; ++c) item.glyphs.push_back({0, c, p.px * 0.6f, 0, 0, 0});
        std::vector<uint32_t> clusters;
        for (const ShapedGlyph& g : item.glyphs) clusters.push_back(g.cluster);
        std::sort(clusters.begin(), clusters.end());
        clusters.erase(std::unique(clusters.begin(), clusters.end()), clusters.end());
        item.cluster_end.reserve(item.glyphs.size());
        for (const ShapedGlyph& g : item.glyphs) {
            auto next = std::upper_bound(clusters.begin(), clusters.end(), g.cluster);
            item.cluster_end.push_back(next == clusters.end() ? item.end : *next);
            p.advance[g.cluster] += g.x_advance;
        }
    }
}

ShapedBreak break_shaped_line(ShapedParagraph& p, uint32_t start, float width) {
    const size_t n = p.text.size();
    // The code points before this one have their advances.
    uint32_t shaped_end = p.shaped_items ? p.items[p.shaped_items - 1].end : 0;
    auto make = [&](uint32_t end) {
        ShapedBreak b;
        b.end = end;
        b.visible_end = end;
        while (b.visible_end > start && (is_wrap_space(p.text[b.visible_end - 1]) ||
                                         p.text[b.visible_end - 1] == '\n' || p.text[b.visible_end - 1] == 0x2028))
            --b.visible_end;
        for (uint32_t i = start; i < b.visible_end; ++i) b.width += p.advance[i];
        return b;
    };
    float x = 0;
    bool ink = false; // something other than white space is on the line: only then may it end
    uint32_t brk = 0; // the last place the line may end, 0 for none yet
    for (uint32_t i = start; i < n; ++i) {
        if (i >= shaped_end) {
            shape_through(p, i);
            shaped_end = p.items[p.shaped_items - 1].end;
        }
        const float adv = p.advance[i];
        if (!is_wrap_space(p.text[i])) {
            if (ink && x + adv > width) {
                if (brk > start) return make(brk);
                // Nowhere to break: cut before the grapheme cluster that does not fit.
                uint32_t cut = i;
                while (cut > start && !p.grapheme_end[cut - 1]) --cut;
                if (cut == start) { // the line's first cluster is itself too wide: it goes alone
                    cut = start;
                    while (cut < n && !p.grapheme_end[cut]) ++cut;
                    cut = std::min<uint32_t>(cut + 1, (uint32_t)n);
                }
                return make(cut);
            }
            ink = true;
        }
        x += adv;
        if (p.breaks[i] == LineBreak::Mandatory && i + 1 < n) return make(i + 1);
        if (p.breaks[i] == LineBreak::Allowed && ink && p.grapheme_end[i]) brk = i + 1;
    }
    return make((uint32_t)n);
}

std::vector<PlacedGlyph> place_shaped_line(const ShapedParagraph& p, uint32_t start, uint32_t visible_end,
                                           uint32_t doc_offset) {
    std::vector<PlacedGlyph> out;
    float x = 0;
    for (const BidiRun& run : bidi_line_runs(p.text, p.bidi, start, visible_end)) {
        // The items the run overlaps; a right-to-left run shows them last first.
        auto first = std::upper_bound(p.items.begin(), p.items.end(), run.start,
                                      [](uint32_t v, const ShapedItem& it) { return v < it.end; });
        auto last = first;
        while (last != p.items.end() && last->start < run.end) ++last;
        auto place = [&](const ShapedItem& item) {
            for (size_t g = 0; g < item.glyphs.size(); ++g) {
                const ShapedGlyph& sg = item.glyphs[g];
                if (sg.cluster < run.start || sg.cluster >= run.end) continue;
                PlacedGlyph pg;
                pg.glyph = sg.glyph;
                pg.cp_start = doc_offset + sg.cluster;
                pg.cp_end = doc_offset + std::min(item.cluster_end[g], run.end);
                pg.x = x;
                pg.advance = sg.x_advance;
                pg.dx = sg.x_offset;
                pg.dy = sg.y_offset;
                pg.face = item.face;
                pg.rtl = run.rtl();
                out.push_back(pg);
                x += sg.x_advance;
            }
        };
        if (run.rtl())
            for (auto it = last; it != first;) place(*--it);
        else
            for (auto it = first; it != last; ++it) place(*it);
    }
    return out;
}

} // namespace cs
