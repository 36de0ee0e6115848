// Claimscope core — turns a list of triangles into draws and solid-rectangle fills.
//
// Why: a frame is mostly large opaque rectangles (the window background, the article's page, the
// panels) under a little text. Drawn as triangles, each of those rectangles is a full pass of
// textured, blended fragments; on a machine without a GPU (the browser rasterises WebGL in
// software) one 1280×800 pass costs ~15–20 ms, and a frame had 1.5 million such pixels. A
// scissored clear of the same pixels costs next to nothing. The renderer asks plan_draw which
// index ranges to draw and which rectangles to clear instead, in the original order, so what
// lies above and below each rectangle is unchanged.
//
// Plain data, no ImGui and no GL, so the splitting and the pixel coverage are unit-tested
// natively (tests/core/test_draw_plan.cpp). DrawVertex has the layout of ImDrawVert; the
// renderer checks that at compile time.
#pragma once
#include <cstdint>
#include <vector>

namespace cs {

struct DrawVertex {
    float x, y;     // position in display units (CSS px)
    float u, v;     // texture coordinates
    uint32_t color; // 0xAABBGGRR, as ImGui packs it
};

// Pixel rectangle in framebuffer pixels, top-down rows, half-open: [x0, x1) × [y0, y1).
struct PixelRect {
    int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    bool empty() const { return x1 <= x0 || y1 <= y0; }
    bool operator==(const PixelRect& o) const { return x0 == o.x0 && y0 == o.y0 && x1 == o.x1 && y1 == o.y1; }
};

struct DrawStep {
    enum Kind { Triangles, Fill } kind = Triangles;
    uint32_t first = 0, count = 0; // Triangles: index range, relative to the command's indices
    PixelRect rect;                // Fill: the pixels the two triangles would have covered...
    uint32_t color = 0;            // ...in this opaque colour
};

// How display units map to framebuffer pixels: fb = (pos - origin) * scale.
struct PixelMapping {
    float origin_x = 0, origin_y = 0;
    float scale_x = 1, scale_y = 1;
};

// The pixels whose centres lie inside the rectangle with corners (x0, y0) and (x1, y1) (display
// units): what a GPU covers when it draws the rectangle as two triangles. False, and `out` left
// alone, when an edge lies within 1/16 px of a row or column of pixel centres: there GPUs differ
// (sub-pixel snapping, tie rules), so only drawing the triangles gives the same pixels. At device
// pixel ratios 1 and 2 ImGui's rectangles sit on whole pixels; at 1.25 some do not.
bool covered_pixels(float x0, float y0, float x1, float y1, const PixelMapping& map, PixelRect& out);

// Splits the command's `count` indices (idx[0..count), into vtx) into steps: runs of triangles to
// draw as they are, and Fill steps for each opaque, axis-aligned, untextured rectangle (two
// triangles over four vertices, as ImGui's PrimRect writes them) of at least `min_fill_pixels`
// pixels inside `clip` whose pixels are certain (covered_pixels). `white_u/v` is the texture coordinate of the atlas's white pixel, which
// ImGui uses for untextured shapes. Appends to `out`; the steps cover every index once, in order.
void plan_draw(const DrawVertex* vtx, const uint32_t* idx, uint32_t count, float white_u, float white_v,
               const PixelMapping& map, const PixelRect& clip, int min_fill_pixels, std::vector<DrawStep>& out);

// What a frame asked of the GPU, for benchmarks: the bare WebGL page that measures the browser's
// own cost (bench/floor/) draws a frame of the same size.
struct DrawStats {
    uint32_t draw_calls = 0, clears = 0, triangles = 0;
    double triangle_pixels = 0; // framebuffer pixels covered by the triangles, overlaps counted again
};

// Adds the area (framebuffer pixels) of the `count / 3` triangles idx[0..count) to stats.triangle_pixels
// and their number to stats.triangles.
void add_triangles(const DrawVertex* vtx, const uint32_t* idx, uint32_t count, const PixelMapping& map,
                   DrawStats& stats);

} // namespace cs
