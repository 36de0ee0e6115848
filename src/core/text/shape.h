// Claimscope core — shaping with HarfBuzz: which glyphs a font draws for a run of text, and where.
//
// Shaping is what joins Arabic letters, forms Devanagari conjuncts and puts a combining mark on its letter; the
// result cannot be found one code point at a time. The caller hands in runs of one direction and one script
// (bidi_line_runs gives the direction).
//
// - ShapingFont: a font file's bytes, parsed once
// - ShapedGlyph, shape: the glyphs of a run
#pragma once
#include "core/text/bidi.h"
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

struct hb_font_t;

namespace cs {

class ShapingFont {
public:
    explicit ShapingFont(std::string file_bytes); // a TrueType/OpenType font file
    ~ShapingFont();
    ShapingFont(ShapingFont&& other) noexcept;
    ShapingFont& operator=(ShapingFont&& other) noexcept;
    ShapingFont(const ShapingFont&) = delete;
    ShapingFont& operator=(const ShapingFont&) = delete;

    bool ok() const { return glyph_count_ > 0; } // false when the bytes are not a font HarfBuzz reads
    unsigned units_per_em() const { return units_per_em_; }
    hb_font_t* hb() const { return font_; }
    // The font file's bytes, as long as this object lives (for a rasteriser that reads the same file).
    std::string_view data() const { return data_; }

private:
    hb_font_t* font_ = nullptr;
    std::string_view data_;
    unsigned glyph_count_ = 0, units_per_em_ = 0;
};

struct ShapedGlyph {
    uint32_t glyph = 0;   // glyph id in the font (0: the font has no glyph for the code point)
    uint32_t cluster = 0; // offset in `text` of the first code point this glyph draws
    float x_advance = 0, y_advance = 0, x_offset = 0, y_offset = 0; // pixels at the size asked
};

// Shapes text[start, end) at `size_px` pixels per em. The rest of `text` is context (an Arabic letter joins
// the one just outside the run). Glyphs come in visual order, left to right: a right-to-left run's clusters
// descend. Auto takes the direction from the run's script. Positions are the font's design units scaled
// exactly, with no rounding to pixels, so that a run measures the same at every size. `language` (BCP 47,
// "und" for none) picks a font's language-specific forms (OpenType `locl`): a Han character's Japanese,
// Korean or traditional-Chinese shape in Noto Sans CJK.
std::vector<ShapedGlyph> shape(const ShapingFont& font, std::u32string_view text, size_t start, size_t end,
                               float size_px, TextDirection direction = TextDirection::Auto,
                               const char* language = "und");

} // namespace cs
