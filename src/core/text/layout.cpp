// Claimscope core — line wrapping and hit-testing (see layout.h).
//
// Wrapping is greedy per paragraph: break after the last space that fits; a word wider than the
// line is broken between code points. Lines store byte offsets too so the UI can hand ImGui the
// UTF-8 slice of a line without converting per frame.
#include "core/text/layout.h"
#include <algorithm>

namespace cs {

static bool is_break_space(uint32_t cp) { return cp == ' ' || cp == '\t' || cp == 0x3000; }
// CJK ideographs may break anywhere (no spaces between words).
static bool breaks_anywhere(uint32_t cp) {
    return (cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xAC00 && cp <= 0xD7AF);
}

void Layout::build(const Document& doc, const LayoutParams& p, const AdvanceFn& advance) {
    doc_ = &doc;
    advance_ = advance;
    params_ = p;
    lines_.clear();
    lines_.reserve(doc.size() / 60 + doc.paragraphs.size() + 1);
    const float width = std::max(p.wrap_width, 1.0f);
    const std::string& text = doc.text;
    // ASCII without a call per code point (`advance` is a std::function; decode_utf8 lives in
    // another file): a third of the wrap time of a long, mostly Latin article.
    float ascii[128];
    for (uint32_t ch = 0; ch < 128; ch++) ascii[ch] = advance(ch);
    const auto next = [&](size_t b, size_t* len, float* adv) {
        const unsigned char first = (unsigned char)text[b];
        if (first < 0x80) {
            *len = 1;
            *adv = ascii[first];
            return (uint32_t)first;
        }
        const uint32_t ch = decode_utf8(text, b, len);
        *adv = advance(ch);
        return ch;
    };
    float y = 0;
    uint32_t para_index = 0;
    for (const Span& para : doc.paragraphs) {
        size_t byte = doc.index.byte_of_cp(para.start);
        uint32_t cp = para.start;
        while (cp < para.end) {
            // One line starting at cp.
            LayoutLine line;
            line.start = cp;
            line.byte_start = (uint32_t)byte;
            line.y = y;
            line.paragraph = para_index;
            float x = 0;
            uint32_t break_cp = 0;
            size_t break_byte = 0;
            float break_x = 0; // last break opportunity
            bool have_break = false;
            uint32_t c = cp;
            size_t b = byte;
            while (c < para.end) {
                size_t len;
                float adv;
                const uint32_t ch = next(b, &len, &adv);
                if (is_break_space(ch)) {
                    // A space may hang past the edge; the line breaks after it.
                    have_break = true;
                    break_cp = c;
                    break_byte = b;
                    break_x = x;
                    x += adv;
                    ++c;
                    b += len;
                    continue;
                }
                if (x + adv > width && c > cp) {
                    if (breaks_anywhere(ch) || !have_break) {
                        break_cp = c;
                        break_byte = b;
                        break_x = x;
                        have_break = false;
                    }
                    break;
                }
                if (breaks_anywhere(ch) && c > cp) {
                    have_break = true;
                    break_cp = c;
                    break_byte = b;
                    break_x = x;
                }
                x += adv;
                ++c;
                b += len;
            }
            if (c >= para.end) { // the rest of the paragraph fits
                line.end = para.end;
                line.byte_end = (uint32_t)b;
                line.width = x;
                cp = para.end;
                byte = b;
            } else if (have_break && break_cp > cp) { // break at a space: the space ends this line
                line.end = break_cp;
                line.byte_end = (uint32_t)break_byte;
                line.width = break_x;
                size_t len;
                uint32_t ch = decode_utf8(text, break_byte, &len);
                if (is_break_space(ch)) {
                    cp = break_cp + 1;
                    byte = break_byte + len;
                } else {
                    cp = break_cp;
                    byte = break_byte;
                }
            } else { // no break opportunity: cut the word
                line.end = break_cp;
                line.byte_end = (uint32_t)break_byte;
                line.width = break_x;
                cp = break_cp;
                byte = break_byte;
            }
            lines_.push_back(line);
            y += p.line_height;
        }
        y += p.paragraph_gap;
        ++para_index;
    }
    height_ = lines_.empty() ? 0 : y - p.paragraph_gap;
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
    if (lines_.empty() || y < 0 || x < 0) return -1;
    size_t li = line_at_y(y);
    const LayoutLine& l = lines_[li];
    if (y < l.y || y >= l.y + params_.line_height) return -1;
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
        float x0 = x_of_cp(li, s), x1 = x_of_cp(li, e);
        // A span that continues past this line's end covers the (hidden) wrapping space too.
        if (end > l.end && li + 1 < lines_.size() && lines_[li + 1].paragraph == l.paragraph) x1 += advance_(' ');
        if (x1 > x0) out.push_back(Rect{x0, l.y, x1 - x0, params_.line_height});
    }
    return out;
}

} // namespace cs
