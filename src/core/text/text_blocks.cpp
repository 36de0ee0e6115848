// Claimscope core — laid-out blocks of short text (see text_blocks.h).
#include "core/text/text_blocks.h"
#include <cstring>

namespace cs {

const Layout& TextBlocks::get(std::string_view utf8, const LayoutParams& p, const AdvanceFn& advance,
                              const ShapingFonts& fonts) {
    if (fonts.generation != generation_) {
        blocks_.clear(); // a face arrived: what was drawn with boxes can now be shaped
        generation_ = fonts.generation;
    }
    // The key: every parameter that changes the lines, then the text.
    const float numbers[] = {p.wrap_width, p.line_height, p.paragraph_gap, p.font_px};
    std::string key(sizeof numbers, '\0');
    std::memcpy(key.data(), numbers, sizeof numbers);
    key += utf8;
    std::unique_ptr<Block>& b = blocks_[key];
    if (!b) {
        b = std::make_unique<Block>();
        b->doc = make_document(std::string(utf8));
        LayoutParams eager = p;
        eager.lazy_shaping = false;
        b->layout.build(b->doc, eager, advance, &fonts);
        ++made_;
    }
    b->last_used = frame_;
    return b->layout;
}

void TextBlocks::end_frame() {
    for (auto it = blocks_.begin(); it != blocks_.end();)
        it = frame_ - it->second->last_used >= keep_frames_ ? blocks_.erase(it) : std::next(it);
    ++frame_;
}

} // namespace cs
