// Claimscope core — laid-out blocks of short text (quotes, notes, entities, titles in panels and
// hover cards), kept while they are shown.
//
// A panel draws the same few strings every frame; shaping them each time would cost more than the
// rest of the frame. Each block is a Document and its Layout, made on first use and dropped when
// it has not been asked for during `keep_frames` frames, so the cache follows what is on screen.
#pragma once
#include "core/model/document.h"
#include "core/text/layout.h"
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

namespace cs {

class TextBlocks {
public:
    explicit TextBlocks(uint32_t keep_frames = 120) : keep_frames_(keep_frames) {}
    // The layout of `utf8` with `p` (all of it shaped: LayoutParams::lazy_shaping is ignored). The
    // reference holds until the next end_frame.
    const Layout& get(std::string_view utf8, const LayoutParams& p, const AdvanceFn& advance,
                      const ShapingFonts& fonts);
    // Drops the blocks not asked for during the last keep_frames frames.
    void end_frame();
    // Drops every block: the font the advances come from changed.
    void clear() { blocks_.clear(); }
    size_t size() const { return blocks_.size(); }
    size_t made() const { return made_; } // blocks laid out so far (for tests)

private:
    struct Block {
        Document doc;
        Layout layout;
        uint64_t last_used = 0;
    };
    std::unordered_map<std::string, std::unique_ptr<Block>> blocks_;
    uint32_t keep_frames_;
    uint64_t frame_ = 0;
    uint64_t generation_ = ~0ull; // ShapingFonts::generation the blocks were shaped with
    size_t made_ = 0;
};

} // namespace cs
