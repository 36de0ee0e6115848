// Claimscope core — packing glyph bitmaps into a texture, row by row ("shelves").
//
// Glyphs of one size are about as tall as each other, so shelves waste little, and a new glyph is
// placed in constant time as text first appears on screen. Both glyph atlases of the UI use it: the
// coverage atlas grows its texture when a glyph does not fit, the colour one starts over.
#pragma once
#include <algorithm>

namespace cs {

struct ShelfPacker {
    int width = 0, height = 0;
    int pad = 1; // empty texels between bitmaps: linear sampling must not bleed
    int x = 1, y = 1, shelf_height = 0;

    ShelfPacker(int w, int h, int padding = 1) : width(w), height(h), pad(padding), x(padding), y(padding) {}
    // A place for a w × h bitmap, left to right along the current shelf, then on a new shelf below.
    // False when it is wider than the texture or no shelf below has room (the caller grows `height`
    // and asks again, or resets).
    bool place(int w, int h, int* px, int* py) {
        if (w + 2 * pad > width) return false;
        if (x + w + pad > width) {
            x = pad;
            y += shelf_height + pad;
            shelf_height = 0;
        }
        if (y + h + pad > height) return false;
        *px = x;
        *py = y;
        x += w + pad;
        shelf_height = std::max(shelf_height, h);
        return true;
    }
    void reset() {
        x = y = pad;
        shelf_height = 0;
    }
};

} // namespace cs
