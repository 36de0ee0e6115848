// Draw plan: which opaque rectangles become clears, and that a clear covers exactly the pixels the
// two triangles would have (checked against a brute-force pixel-centre test).
#include "core/render/draw_plan.h"
#include <catch2/catch_test_macros.hpp>
#include <cmath>
#include <random>

using namespace cs;

namespace {

constexpr float kWhiteU = 0.5f / 512, kWhiteV = 0.5f / 64;
constexpr uint32_t kOpaqueGrey = 0xFFF4F6F6, kHighlight = 0x66339FE6;

// A list as ImGui writes it: each quad is four vertices and six indices (v, v+1, v+2, v, v+2, v+3).
struct List {
    std::vector<DrawVertex> vtx;
    std::vector<uint32_t> idx;
    void quad(float x0, float y0, float x1, float y1, uint32_t color, bool textured = false) {
        const uint32_t v = (uint32_t)vtx.size();
        const float u0 = textured ? 0.25f : kWhiteU, u1 = textured ? 0.5f : kWhiteU;
        const float v0 = textured ? 0.1f : kWhiteV, v1 = textured ? 0.2f : kWhiteV;
        vtx.push_back({x0, y0, u0, v0, color});
        vtx.push_back({x1, y0, u1, v0, color});
        vtx.push_back({x1, y1, u1, v1, color});
        vtx.push_back({x0, y1, u0, v1, color});
        for (uint32_t k : {0u, 1u, 2u, 0u, 2u, 3u}) idx.push_back(v + k);
    }
    std::vector<DrawStep> plan(const PixelRect& clip = {0, 0, 1280, 800}, const PixelMapping& map = {},
                               int min_fill = 64 * 64) const {
        std::vector<DrawStep> out;
        plan_draw(vtx.data(), idx.data(), (uint32_t)idx.size(), kWhiteU, kWhiteV, map, clip, min_fill, out);
        return out;
    }
};

bool is_draw(const DrawStep& s, uint32_t first, uint32_t count) {
    return s.kind == DrawStep::Triangles && s.first == first && s.count == count;
}
bool is_fill(const DrawStep& s, PixelRect r, uint32_t color) {
    return s.kind == DrawStep::Fill && s.rect == r && s.color == color;
}

// The pixels whose centres lie in [x0, x1) × [y0, y1) after the mapping, by testing every pixel.
PixelRect brute_force_cover(float x0, float y0, float x1, float y1, const PixelMapping& m) {
    PixelRect r{1 << 20, 1 << 20, -(1 << 20), -(1 << 20)};
    float fx0 = (x0 - m.origin_x) * m.scale_x, fx1 = (x1 - m.origin_x) * m.scale_x;
    float fy0 = (y0 - m.origin_y) * m.scale_y, fy1 = (y1 - m.origin_y) * m.scale_y;
    if (fx0 > fx1) std::swap(fx0, fx1);
    if (fy0 > fy1) std::swap(fy0, fy1);
    for (int y = -16; y < 420; y++)
        for (int x = -16; x < 420; x++) {
            const float cx = (float)x + 0.5f, cy = (float)y + 0.5f;
            if (cx < fx0 || cx >= fx1 || cy < fy0 || cy >= fy1) continue;
            r.x0 = std::min(r.x0, x);
            r.y0 = std::min(r.y0, y);
            r.x1 = std::max(r.x1, x + 1);
            r.y1 = std::max(r.y1, y + 1);
        }
    if (r.x1 < r.x0) return {};
    return r;
}

bool opaque_untextured(const List& l, uint32_t first_index) {
    const DrawVertex& v = l.vtx[l.idx[first_index]];
    return (v.color >> 24) == 0xFF && v.u == kWhiteU && v.v == kWhiteV;
}

} // namespace

namespace {
PixelRect cover(float x0, float y0, float x1, float y1, const PixelMapping& m = {}) {
    PixelRect r{-1, -1, -1, -1};
    covered_pixels(x0, y0, x1, y1, m, r);
    return r;
}
} // namespace

TEST_CASE("covered_pixels matches a pixel-by-pixel test of pixel centres, away from them", "[draw_plan]") {
    CHECK(cover(0, 0, 1280, 800) == PixelRect{0, 0, 1280, 800});
    CHECK(cover(10.3f, 20.6f, 30.9f, 40.2f) == PixelRect{10, 21, 31, 40});
    CHECK(cover(30, 40, 10, 20) == PixelRect{10, 20, 30, 40});           // corners in any order
    CHECK(cover(5, 5, 10, 10, {2, 3, 2, 2}) == PixelRect{6, 4, 16, 14}); // origin and a DPR of 2
    CHECK(cover(296.8f, 58.4f, 700, 600, {0, 0, 1.25f, 1.25f}) == PixelRect{371, 73, 875, 750});

    // An edge on a column or row of pixel centres (here 371.5 and 73.5 at a DPR of 1.25): GPUs
    // differ there, so the rectangle is not taken over.
    PixelRect untouched{7, 7, 7, 7};
    CHECK_FALSE(covered_pixels(297.2f, 60, 700, 600, {0, 0, 1.25f, 1.25f}, untouched));
    CHECK_FALSE(covered_pixels(10, 10, 20.48f, 30, {}, untouched));
    CHECK_FALSE(covered_pixels(10, 58.8f, 20, 30, {0, 0, 1.25f, 1.25f}, untouched));
    CHECK_FALSE(covered_pixels(10, 10, 20, 30.52f, {}, untouched));
    CHECK(untouched == PixelRect{7, 7, 7, 7});

    std::mt19937 rng(8);
    std::uniform_real_distribution<float> pos(0, 200);
    const PixelMapping maps[] = {{}, {0, 0, 2, 2}, {3.5f, 1.25f, 1.5f, 1.5f}, {0, 0, 1.25f, 1.25f}};
    int compared = 0;
    for (const PixelMapping& m : maps)
        for (int i = 0; i < 400; i++) {
            float x0 = pos(rng), y0 = pos(rng), x1 = pos(rng), y1 = pos(rng);
            if (i % 4 == 0) {
                x0 = std::round(x0);
                y1 = std::round(y1);
            } // edges on whole pixels
            PixelRect got;
            if (!covered_pixels(x0, y0, x1, y1, m, got)) continue;
            ++compared;
            const PixelRect want = brute_force_cover(x0, y0, x1, y1, m);
            INFO("rect " << x0 << "," << y0 << " – " << x1 << "," << y1 << " scale " << m.scale_x);
            if (want.empty())
                CHECK(got.empty());
            else
                CHECK(got == want);
        }
    CHECK(compared > 800); // most random rectangles are away from pixel centres
}

TEST_CASE("plan_draw clears big opaque rectangles and draws everything else in order", "[draw_plan]") {
    List l;
    l.quad(0, 0, 1280, 800, kOpaqueGrey);         // window background: indices 0–5
    l.quad(100, 100, 108, 116, 0xFF000000, true); // a glyph: 6–11
    l.quad(100, 100, 300, 200, kHighlight);       // translucent highlight: 12–17
    l.quad(300, 100, 310, 110, 0xFF0000FF);       // opaque but 100 px: 18–23
    l.quad(200, 300.3f, 900, 700.3f, 0xFFFFFFFF); // the article's page: 24–29
    l.quad(210, 310, 218, 326, 0xFF202020, true); // text on it: 30–35

    const auto steps = l.plan();
    REQUIRE(steps.size() == 4);
    CHECK(is_fill(steps[0], {0, 0, 1280, 800}, kOpaqueGrey));
    CHECK(is_draw(steps[1], 6, 18));
    CHECK(is_fill(steps[2], {200, 300, 900, 700}, 0xFFFFFFFF));
    CHECK(is_draw(steps[3], 30, 6));
}

TEST_CASE("plan_draw keeps the clip rectangle and drops rectangles outside it", "[draw_plan]") {
    List l;
    l.quad(0, 0, 10, 10, 0xFF000000, true);
    l.quad(-50, -50, 500, 400, kOpaqueGrey); // partly outside the clip
    l.quad(600, 600, 700, 700, kOpaqueGrey); // wholly outside: draws nothing
    l.quad(20, 20, 28, 36, 0xFF000000, true);

    const auto steps = l.plan({0, 0, 400, 300});
    REQUIRE(steps.size() == 3);
    CHECK(is_draw(steps[0], 0, 6));
    CHECK(is_fill(steps[1], {0, 0, 400, 300}, kOpaqueGrey));
    CHECK(is_draw(steps[2], 18, 6)); // the rectangle outside is in neither step
}

TEST_CASE("plan_draw leaves anything that is not an opaque untextured rectangle to the draw", "[draw_plan]") {
    List l;
    l.quad(0, 0, 500, 500, 0xFEFFFFFF);       // almost opaque
    l.quad(0, 0, 500, 500, 0xFFFFFFFF, true); // textured
    l.quad(0, 0, 500, 500, kOpaqueGrey);
    l.vtx.back().x += 3; // its last corner moved: not axis-aligned
    l.quad(0, 0, 500, 500, kOpaqueGrey);
    l.vtx.back().color = 0xFF000000; // one corner of another colour (a gradient)
    l.quad(0, 0, 500, 500, kOpaqueGrey);
    std::swap(l.idx[l.idx.size() - 1], l.idx[l.idx.size() - 2]); // another triangle order
    const auto steps = l.plan();
    REQUIRE(steps.size() == 1);
    CHECK(is_draw(steps[0], 0, (uint32_t)l.idx.size()));
}

TEST_CASE("plan_draw: the threshold, the pixel mapping and an empty command", "[draw_plan]") {
    List l;
    l.quad(10, 10, 74, 74, kOpaqueGrey); // 64 × 64 = 4096 px
    CHECK(l.plan({0, 0, 1280, 800}, {}, 4096).size() == 1);
    CHECK(is_draw(l.plan({0, 0, 1280, 800}, {}, 4097)[0], 0, 6));
    // At a device pixel ratio of 2 the same rectangle is 128 × 128 framebuffer pixels.
    const auto hidpi = l.plan({0, 0, 2560, 1600}, {0, 0, 2, 2}, 4097);
    REQUIRE(hidpi.size() == 1);
    CHECK(is_fill(hidpi[0], {20, 20, 148, 148}, kOpaqueGrey));

    List none;
    CHECK(none.plan().empty());
}

TEST_CASE("plan_draw hands out every index once, in order, for random lists", "[draw_plan]") {
    std::mt19937 rng(3);
    for (int round = 0; round < 200; round++) {
        List l;
        const int quads = (int)(rng() % 30);
        for (int q = 0; q < quads; q++) {
            const float x = (float)(rng() % 1000), y = (float)(rng() % 700), w = (float)(rng() % 300),
                        h = (float)(rng() % 300);
            const uint32_t colors[] = {kOpaqueGrey, kHighlight, 0xFF000000};
            l.quad(x, y, x + w, y + h, colors[rng() % 3], rng() % 3 == 0);
        }
        const PixelRect clip{(int)(rng() % 200), (int)(rng() % 200), 600 + (int)(rng() % 680),
                             400 + (int)(rng() % 400)};
        uint32_t next = 0;
        for (const DrawStep& s : l.plan(clip)) {
            if (s.kind == DrawStep::Fill) {
                CHECK(!s.rect.empty());
                CHECK(s.rect.x0 >= clip.x0);
                CHECK(s.rect.y0 >= clip.y0);
                CHECK(s.rect.x1 <= clip.x1);
                CHECK(s.rect.y1 <= clip.y1);
                continue;
            }
            REQUIRE(s.first >= next);
            // Whatever lies between two draws was cleared or dropped: whole opaque rectangles.
            for (uint32_t i = next; i < s.first; i += 6) CHECK(opaque_untextured(l, i));
            CHECK(s.count > 0);
            next = s.first + s.count;
        }
        CHECK(next <= l.idx.size());
        for (uint32_t i = next; i < l.idx.size(); i += 6) CHECK(opaque_untextured(l, i));
    }
}

TEST_CASE("add_triangles counts triangles and the framebuffer pixels they cover", "[draw_plan]") {
    List l;
    l.quad(10, 10, 30, 20, kHighlight);     // 20 × 10 = 200
    l.quad(0, 0, 8, 16, kOpaqueGrey, true); // 8 × 16 = 128
    DrawStats s;
    add_triangles(l.vtx.data(), l.idx.data(), (uint32_t)l.idx.size(), {}, s);
    CHECK(s.triangles == 4);
    CHECK(s.triangle_pixels == 328.0);
    // Summed over calls; at a device pixel ratio of 1.25 each display unit² is 1.5625 pixels.
    add_triangles(l.vtx.data(), l.idx.data(), 6, {0, 0, 1.25f, 1.25f}, s);
    CHECK(s.triangles == 6);
    CHECK(s.triangle_pixels == 328.0 + 200 * 1.5625);
    // Winding does not matter (ImGui writes both), and a lone triangle counts half its box.
    const std::vector<DrawVertex> tri = {{0, 0, 0, 0, 0}, {0, 10, 0, 0, 0}, {10, 0, 0, 0, 0}};
    const std::vector<uint32_t> cw = {0, 1, 2}, ccw = {0, 2, 1};
    DrawStats a, b;
    add_triangles(tri.data(), cw.data(), 3, {}, a);
    add_triangles(tri.data(), ccw.data(), 3, {}, b);
    CHECK(a.triangle_pixels == 50.0);
    CHECK(b.triangle_pixels == 50.0);
}
