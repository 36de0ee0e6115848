// Claimscope core — line wrapping and hit-testing (see layout.h).
//
// Wrapping is greedy per paragraph: break at the last space that fits (the space is hidden at the
// line's end), or before or after a CJK ideograph; a word wider than the line is broken between
// code points. Indentation stays with the word after it, so no line is empty or blank. Lines
// store byte offsets too so the UI can hand ImGui the UTF-8 slice of a line without converting
// per frame.
#include "core/text/layout.h"
#include "core/text/shaped_layout.h"
#include "core/text/text.h"
#include <algorithm>
#include <cmath>

namespace cs {

// CJK ideographs may break anywhere (no spaces between words): before and after each one.
static bool breaks_anywhere(uint32_t cp) {
    return (cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xAC00 && cp <= 0xD7AF);
}

namespace {

// Where a line ends: it holds [its start, cp) and is x wide; the next line starts at next_cp
// (past the wrapping space when the line breaks at one).
struct Break {
    bool found = false;
    uint32_t cp = 0;
    size_t byte = 0;
    float x = 0;
    uint32_t next_cp = 0;
    size_t next_byte = 0;
};

// Code points and their advances, ASCII from a table without a call per code point (`advance`
// is a std::function; decode_utf8 lives in another file): a third of the wrap time of a long,
// mostly Latin article.
struct Glyphs {
    const std::string& text;
    const AdvanceFn& advance;
    float ascii[128];

    Glyphs(const std::string& t, const AdvanceFn& a) : text(t), advance(a) {
        for (uint32_t ch = 0; ch < 128; ch++) ascii[ch] = advance(ch);
    }
    uint32_t at(size_t b, size_t* len, float* adv) const {
        const unsigned char first = (unsigned char)text[b];
        if (first < 0x80) {
            *len = 1;
            *adv = ascii[first];
            return first;
        }
        const uint32_t ch = decode_utf8(text, b, len);
        *adv = advance(ch);
        return ch;
    }
};

// One line from code point cp (at byte b) of a paragraph ending at para_end: glyphs are placed
// until one does not fit; the line then ends at the last break opportunity, or, when there is
// none, the word is cut there.
Break fill_line(const Glyphs& g, uint32_t cp, size_t b, uint32_t para_end, float width) {
    Break brk;
    // Something other than a breaking space is on the line. Only then may it break: white space
    // at the start of a line (an indented paragraph) stays with the word after it, else the
    // line would hold nothing and the next one would start at the same place again.
    bool ink = false, prev_cjk = false;
    float x = 0;
    for (uint32_t c = cp; c < para_end;) {
        size_t len;
        float adv;
        const uint32_t ch = g.at(b, &len, &adv);
        if (is_wrap_space(ch)) { // a space may hang past the edge; the line breaks after it
            if (ink) brk = Break{true, c, b, x, c + 1, b + len};
            prev_cjk = false;
        } else {
            const bool cjk = breaks_anywhere(ch);
            // Not right after a space: the break at the space, which hides it, is the better one.
            if (ink && (cjk || prev_cjk) && !(brk.found && brk.next_cp == c)) brk = Break{true, c, b, x, c, b};
            if (ink && x + adv > width) return brk.found ? brk : Break{true, c, b, x, c, b}; // cut the word
            ink = true;
            prev_cjk = cjk;
        }
        x += adv;
        ++c;
        b += len;
    }
    return Break{true, para_end, b, x, para_end, b}; // the rest of the paragraph fits
}

} // namespace

Layout::Layout() = default;
Layout::~Layout() = default;
Layout::Layout(Layout&&) noexcept = default;
Layout& Layout::operator=(Layout&&) noexcept = default;

size_t Layout::shaped_paragraphs() const {
    return (size_t)std::count_if(shaped_.begin(), shaped_.end(), [](const auto& p) { return p != nullptr; });
}

// The fast path's lines of paragraph `index` from its code point `from` and from y (advanced past them),
// appended to `out`.
static void add_fast_lines(const Document& doc, uint32_t index, uint32_t from, const Glyphs& glyphs, float width,
                           float line_height, bool pending, float& y, std::vector<LayoutLine>& out) {
    const Span& para = doc.paragraphs[index];
    size_t byte = doc.index.byte_of_cp(from);
    for (uint32_t cp = from; cp < para.end;) {
        const Break brk = fill_line(glyphs, cp, byte, para.end, width);
        LayoutLine line;
        line.start = cp;
        line.end = brk.cp;
        line.byte_start = (uint32_t)byte;
        line.byte_end = (uint32_t)brk.byte;
        line.y = y;
        line.width = brk.x;
        line.paragraph = index;
        line.pending = pending;
        out.push_back(line);
        cp = brk.next_cp;
        byte = brk.next_byte;
        y += line_height;
    }
}

ShapedParagraph& Layout::shaped(uint32_t index) {
    std::unique_ptr<ShapedParagraph>& sp = shaped_[index];
    if (!sp) {
        const Span& para = doc_->paragraphs[index];
        const size_t b0 = doc_->index.byte_of_cp(para.start), b1 = doc_->index.byte_of_cp(para.end);
        sp = std::make_unique<ShapedParagraph>(
            itemize_paragraph(to_u32(std::string_view(doc_->text).substr(b0, b1 - b0)), fonts_, params_.font_px,
                            doc_->meta.language));
    }
    return *sp;
}

AdvanceFn Layout::estimate() const {
    // Ideographs take an em (the UI's table gives them its fallback box), other letters what the table says.
    return [advance = advance_, px = params_.font_px](uint32_t cp) { return breaks_anywhere(cp) ? px : advance(cp); };
}

void Layout::add_estimate(uint32_t index, uint32_t from, float& y, std::vector<LayoutLine>& out,
                          const LayoutLine* estimated, const LayoutLine* estimated_end) {
    // The estimate it had, from its line that holds `from` on: estimating the rest of a paragraph of
    // 30,000 code points again on every frame that scrolls through it cost more than shaping its next lines.
    while (estimated != estimated_end && estimated->end <= from) ++estimated;
    if (estimated == estimated_end) {
        const AdvanceFn fn = estimate();
        add_fast_lines(*doc_, index, from, Glyphs(doc_->text, fn), std::max(params_.wrap_width, 1.0f),
                       params_.line_height, true, y, out);
        return;
    }
    for (const LayoutLine* l = estimated; l != estimated_end; ++l) {
        out.push_back(*l);
        out.back().y = y;
        y += params_.line_height;
    }
    LayoutLine& first = out[out.size() - (size_t)(estimated_end - estimated)];
    if (first.start < from) { // only its part from `from`, in proportion
        first.width *= (float)(first.end - from) / (float)(first.end - first.start);
        first.start = from;
        first.byte_start = (uint32_t)doc_->index.byte_of_cp(from);
    }
}

void Layout::add_shaped_lines(uint32_t index, uint32_t from, float stop_y, float& y, std::vector<LayoutLine>& out,
                              const LayoutLine* estimated, const LayoutLine* estimated_end) {
    ShapedParagraph& sp = shaped(index);
    const Span& para = doc_->paragraphs[index];
    const float width = std::max(params_.wrap_width, 1.0f);
    const bool rtl = sp.bidi.level & 1;
    for (uint32_t rel = from - para.start, n = para.end - para.start; rel < n;) {
        if (y >= stop_y && rel > from - para.start) { // the rest stays an estimate, shaped when the view nears it
            add_estimate(index, para.start + rel, y, out, estimated, estimated_end);
            return;
        }
        const ShapedBreak brk = break_shaped_line(sp, rel, width);
        LayoutLine line;
        line.start = para.start + rel;
        line.end = para.start + brk.visible_end;
        line.byte_start = (uint32_t)doc_->index.byte_of_cp(line.start);
        line.byte_end = (uint32_t)doc_->index.byte_of_cp(line.end);
        line.y = y;
        line.width = brk.width;
        line.x = rtl ? width - brk.width : 0;
        line.paragraph = index;
        line.rtl = rtl;
        line.shaped = (int32_t)glyphs_.size();
        glyphs_.push_back(place_shaped_line(sp, rel, brk.visible_end, para.start));
        out.push_back(line);
        rel = brk.end;
        y += params_.line_height;
    }
}

void Layout::build(const Document& doc, const LayoutParams& p, const AdvanceFn& advance, const ShapingFonts* fonts) {
    doc_ = &doc;
    advance_ = advance;
    params_ = p;
    has_fonts_ = fonts != nullptr;
    fonts_ = fonts ? *fonts : ShapingFonts{};
    lines_.clear();
    glyphs_.clear();
    lines_.reserve(doc.size() / 60 + doc.paragraphs.size() + 1);
    if (!fonts || shaped_doc_ != &doc || shaped_px_ != p.font_px || shaped_generation_ != fonts->generation ||
        shaped_language_ != doc.meta.language) {
        shaped_.clear();
        shaped_doc_ = fonts ? &doc : nullptr;
        shaped_language_ = doc.meta.language;
        shaped_px_ = p.font_px;
        shaped_generation_ = fonts ? fonts->generation : ~0ull;
    }
    if (fonts) shaped_.resize(doc.paragraphs.size());
    const float width = std::max(p.wrap_width, 1.0f);
    const Glyphs glyphs(doc.text, advance);
    const AdvanceFn estimate_fn = estimate();
    const Glyphs estimated(doc.text, estimate_fn);
    float y = 0;
    for (uint32_t index = 0; index < (uint32_t)doc.paragraphs.size(); ++index) {
        const Span& para = doc.paragraphs[index];
        const size_t b0 = doc.index.byte_of_cp(para.start), b1 = doc.index.byte_of_cp(para.end);
        if (fonts && needs_shaping(std::string_view(doc.text).substr(b0, b1 - b0))) {
            // Lazily, a paragraph shaped before is broken again only when the view nears it, as one not
            // shaped yet: breaking every shaped paragraph of a long article on each change of width
            // took 75 ms at 1M code points (bench/notes.md, seventh round).
            if (p.lazy_shaping)
                add_fast_lines(doc, index, para.start, estimated, width, p.line_height, true, y, lines_);
            else
                add_shaped_lines(index, para.start, INFINITY, y, lines_);
        } else {
            add_fast_lines(doc, index, para.start, glyphs, width, p.line_height, false, y, lines_);
        }
        y += p.paragraph_gap;
    }
    height_ = lines_.empty() ? 0 : y - p.paragraph_gap;
}

float Layout::shape_range(float y0, float y1, float anchor_y) {
    if (!has_fonts_ || lines_.empty()) return 0;
    float above = 0;
    std::vector<uint32_t> pending; // paragraphs, in document order
    std::vector<LayoutLine> fresh;
    // Again while the window holds pending lines: a paragraph that turns out shorter than its
    // estimate pulls the next ones into view.
    for (;;) {
        pending.clear();
        for (size_t i = line_at_y(y0 + above), last = line_at_y(y1 + above); i <= last; ++i)
            if (lines_[i].pending && (pending.empty() || pending.back() != lines_[i].paragraph))
                pending.push_back(lines_[i].paragraph);
        if (pending.empty()) return above;
        const float anchor = anchor_y + above; // where the anchor is now, before this pass moves it
        const float stop = y1 + above;
        // Last to first: laying out a paragraph again moves only the lines after it.
        for (auto it = pending.rbegin(); it != pending.rend(); ++it) {
            // From its first pending line (what is above it is laid out already) to the window's bottom.
            size_t a = line_of_cp(doc_->paragraphs[*it].start);
            while (!lines_[a].pending) ++a;
            size_t b = a;
            while (b < lines_.size() && lines_[b].paragraph == *it) ++b;
            const float top = lines_[a].y, old_height = (float)(b - a) * params_.line_height;
            float y = top;
            fresh.clear();
            add_shaped_lines(*it, lines_[a].start, stop, y, fresh, lines_.data() + a, lines_.data() + b);
            const float grew = (y - top) - old_height;
            lines_.erase(lines_.begin() + (ptrdiff_t)a, lines_.begin() + (ptrdiff_t)b);
            lines_.insert(lines_.begin() + (ptrdiff_t)a, fresh.begin(), fresh.end());
            for (size_t i = a + fresh.size(); i < lines_.size(); ++i) lines_[i].y += grew;
            height_ += grew;
            if (top + old_height <= anchor) above += grew;
        }
    }
}

bool Layout::cluster_extent(const LayoutLine& l, size_t cp, float* left, float* right, bool* rtl) const {
    bool found = false;
    for (const PlacedGlyph& g : glyphs(l)) {
        if (cp < g.cp_start || cp >= g.cp_end) continue;
        *left = found ? std::min(*left, g.x) : g.x;
        *right = found ? std::max(*right, g.x + g.advance) : g.x + g.advance;
        *rtl = g.rtl;
        found = true;
    }
    return found;
}

size_t Layout::line_at_y(float y) const {
    if (lines_.empty()) return 0;
    auto it = std::upper_bound(lines_.begin(), lines_.end(), y,
                               [&](float v, const LayoutLine& l) { return v < l.y + params_.line_height; });
    if (it == lines_.end()) return lines_.size() - 1;
    return (size_t)(it - lines_.begin());
}

size_t Layout::line_of_cp(size_t cp) const {
    if (lines_.empty()) return 0;
    auto it =
        std::upper_bound(lines_.begin(), lines_.end(), cp, [](size_t v, const LayoutLine& l) { return v < l.start; });
    return it == lines_.begin() ? 0 : (size_t)(it - lines_.begin()) - 1;
}

float Layout::x_of_cp(size_t line, size_t cp) const {
    const LayoutLine& l = lines_[line];
    cp = std::clamp(cp, (size_t)l.start, (size_t)l.end);
    if (l.shaped >= 0) {
        // The caret before cp sits at its cluster's leading edge: the left of a left-to-right one,
        // the right of a right-to-left one; at the line's end, at the trailing edge of the last.
        float left = 0, right = 0;
        bool rtl = false;
        if (cp < l.end && cluster_extent(l, cp, &left, &right, &rtl)) return l.x + (rtl ? right : left);
        for (size_t c = cp; c > l.start; --c)
            if (cluster_extent(l, c - 1, &left, &right, &rtl)) return l.x + (rtl ? left : right);
        return l.x + (l.rtl ? l.width : 0);
    }
    float x = 0;
    size_t b = l.byte_start;
    for (size_t c = l.start; c < cp; ++c) {
        size_t len;
        x += advance_(decode_utf8(doc_->text, b, &len));
        b += len;
    }
    return x;
}

size_t Layout::hit_test(float x, float y) const {
    if (lines_.empty()) return 0;
    if (y < 0) return lines_.front().start;
    const LayoutLine& l = lines_[line_at_y(y)];
    if (l.shaped >= 0) {
        const std::vector<PlacedGlyph>& gs = glyphs(l);
        const float rx = x - l.x;
        for (const PlacedGlyph& g : gs) {
            if (g.advance <= 0 || rx < g.x || rx >= g.x + g.advance) continue;
            const bool first_half = rx < g.x + g.advance * 0.5f; // the left half
            return first_half != g.rtl ? g.cp_start : g.cp_end;
        }
        if (gs.empty()) return l.start;
        // Beside the line: the caret goes to the visual end that side.
        const PlacedGlyph& edge = rx < gs.front().x ? gs.front() : gs.back();
        const bool left_side = rx < gs.front().x;
        return left_side != edge.rtl ? edge.cp_start : edge.cp_end;
    }
    float cx = 0;
    size_t b = l.byte_start;
    for (size_t c = l.start; c < l.end; ++c) {
        size_t len;
        float adv = advance_(decode_utf8(doc_->text, b, &len));
        if (x < cx + adv * 0.5f) return c;
        cx += adv;
        b += len;
    }
    return l.end;
}

long Layout::char_at(float x, float y) const {
    if (lines_.empty() || y < 0) return -1;
    size_t li = line_at_y(y);
    const LayoutLine& l = lines_[li];
    if (y < l.y || y >= l.y + params_.line_height) return -1;
    if (l.shaped >= 0) {
        const float rx = x - l.x;
        for (const PlacedGlyph& g : glyphs(l))
            if (g.advance > 0 && rx >= g.x && rx < g.x + g.advance) return (long)g.cp_start;
        return -1;
    }
    if (x < 0) return -1;
    float cx = 0;
    size_t b = l.byte_start;
    for (size_t c = l.start; c < l.end; ++c) {
        size_t len;
        float adv = advance_(decode_utf8(doc_->text, b, &len));
        if (x < cx + adv) return (long)c;
        cx += adv;
        b += len;
    }
    return -1;
}

std::vector<Rect> Layout::rects(size_t start, size_t end) const {
    std::vector<Rect> out;
    if (lines_.empty() || end <= start) return out;
    for (size_t li = line_of_cp(start); li < lines_.size(); ++li) {
        const LayoutLine& l = lines_[li];
        if (l.start >= end) break;
        size_t s = std::max(start, (size_t)l.start), e = std::min(end, (size_t)l.end);
        if (e < s) continue;
        if (l.shaped >= 0) {
            // The glyphs of clusters in [s, e), merged where they touch: a range crossing a change of
            // direction shows as more than one piece.
            std::vector<std::pair<float, float>> spans;
            for (const PlacedGlyph& g : glyphs(l))
                if (g.advance > 0 && g.cp_start < e && g.cp_end > s) spans.emplace_back(g.x, g.x + g.advance);
            std::sort(spans.begin(), spans.end());
            for (size_t i = 0; i < spans.size();) {
                float a = spans[i].first, b = spans[i].second;
                for (++i; i < spans.size() && spans[i].first <= b + 0.01f; ++i) b = std::max(b, spans[i].second);
                out.push_back(Rect{l.x + a, l.y, b - a, params_.line_height});
            }
            continue;
        }
        float x0 = x_of_cp(li, s), x1 = x_of_cp(li, e);
        // A span that continues past this line's end covers the (hidden) wrapping space too, when
        // there is one: a cut word or a break between ideographs has none.
        if (end > l.end && li + 1 < lines_.size() && lines_[li + 1].paragraph == l.paragraph &&
            lines_[li + 1].start == l.end + 1) {
            size_t len;
            x1 += advance_(decode_utf8(doc_->text, l.byte_end, &len));
        }
        if (x1 > x0) out.push_back(Rect{x0, l.y, x1 - x0, params_.line_height});
    }
    return out;
}

} // namespace cs
