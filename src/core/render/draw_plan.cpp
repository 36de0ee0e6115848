// Claimscope core — draw plan (see draw_plan.h for why).
#include "core/render/draw_plan.h"
#include <algorithm>
#include <cmath>

namespace cs {

namespace {

// First pixel whose centre (i + 0.5) is after `edge` (never on it: see near_centre).
int first_centre_after(float edge) { return (int)std::ceil(edge - 0.5f); }

bool near_centre(float edge) {
    const float d = edge - 0.5f - std::floor(edge - 0.5f); // distance past the last centre, [0, 1)
    return d < 1.0f / 16 || d > 1.0f - 1.0f / 16;
}

PixelRect intersect(const PixelRect& a, const PixelRect& b) {
    return {std::max(a.x0, b.x0), std::max(a.y0, b.y0), std::min(a.x1, b.x1), std::min(a.y1, b.y1)};
}

// Indices i..i+5 draw the rectangle v, v+1, v+2, v+3 as (v, v+1, v+2) and (v, v+2, v+3) — the
// order ImGui's PrimRect uses — with corners (x0,y0) (x1,y0) (x1,y1) (x0,y1), one opaque colour
// and the white texel everywhere. Any such pair covers exactly that rectangle.
bool opaque_rect_at(const DrawVertex* vtx, const uint32_t* idx, float white_u, float white_v) {
    const uint32_t v = idx[0];
    if (idx[1] != v + 1 || idx[2] != v + 2 || idx[3] != v || idx[4] != v + 2 || idx[5] != v + 3) return false;
    const DrawVertex* q = vtx + v;
    if ((q[0].color >> 24) != 0xFF) return false;
    for (int k = 0; k < 4; k++)
        if (q[k].color != q[0].color || q[k].u != white_u || q[k].v != white_v) return false;
    return q[0].y == q[1].y && q[1].x == q[2].x && q[2].y == q[3].y && q[3].x == q[0].x;
}

} // namespace

bool covered_pixels(float x0, float y0, float x1, float y1, const PixelMapping& map, PixelRect& out) {
    float fx0 = (x0 - map.origin_x) * map.scale_x, fx1 = (x1 - map.origin_x) * map.scale_x;
    float fy0 = (y0 - map.origin_y) * map.scale_y, fy1 = (y1 - map.origin_y) * map.scale_y;
    if (fx0 > fx1) std::swap(fx0, fx1);
    if (fy0 > fy1) std::swap(fy0, fy1);
    if (near_centre(fx0) || near_centre(fx1) || near_centre(fy0) || near_centre(fy1)) return false;
    out = {first_centre_after(fx0), first_centre_after(fy0), first_centre_after(fx1), first_centre_after(fy1)};
    return true;
}

void plan_draw(const DrawVertex* vtx, const uint32_t* idx, uint32_t count, float white_u, float white_v,
               const PixelMapping& map, const PixelRect& clip, int min_fill_pixels, std::vector<DrawStep>& out) {
    uint32_t run = 0; // start of the triangles not yet handed out
    auto flush = [&](uint32_t end) {
        if (end > run) out.push_back({DrawStep::Triangles, run, end - run, {}, 0});
    };
    uint32_t i = 0;
    while (i + 6 <= count) {
        if (!opaque_rect_at(vtx, idx + i, white_u, white_v)) {
            i += 3;
            continue;
        }
        const DrawVertex* q = vtx + idx[i];
        PixelRect covered;
        if (!covered_pixels(q[0].x, q[0].y, q[2].x, q[2].y, map, covered)) {
            i += 6;
            continue;
        }
        const PixelRect r = intersect(covered, clip);
        const bool big = !r.empty() && (int64_t)(r.x1 - r.x0) * (r.y1 - r.y0) >= min_fill_pixels;
        if (!big && !r.empty()) {
            i += 6;
            continue;
        } // small: cheaper to leave in the draw
        flush(i);
        if (big) out.push_back({DrawStep::Fill, 0, 0, r, q[0].color});
        i += 6; // an empty one draws nothing: dropped
        run = i;
    }
    flush(count);
}

void add_triangles(const DrawVertex* vtx, const uint32_t* idx, uint32_t count, const PixelMapping& map,
                   DrawStats& stats) {
    double twice = 0; // twice the area in display units², summed
    for (uint32_t i = 0; i + 2 < count; i += 3) {
        const DrawVertex &a = vtx[idx[i]], &b = vtx[idx[i + 1]], &c = vtx[idx[i + 2]];
        twice += std::fabs((double)(b.x - a.x) * (c.y - a.y) - (double)(c.x - a.x) * (b.y - a.y));
    }
    stats.triangles += count / 3;
    stats.triangle_pixels += twice / 2 * map.scale_x * map.scale_y;
}

} // namespace cs
