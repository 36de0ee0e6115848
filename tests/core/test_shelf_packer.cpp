// ShelfPacker: bitmaps never overlap, keep a padding apart, and stay inside the texture.
#include "core/render/shelf_packer.h"
#include <catch2/catch_test_macros.hpp>
#include <random>
#include <vector>

using cs::ShelfPacker;

TEST_CASE("ShelfPacker places bitmaps on shelves without overlap, and says when the texture is full") {
    ShelfPacker p(64, 32);
    int x = 0, y = 0;
    REQUIRE(p.place(20, 10, &x, &y));
    CHECK((x == 1 && y == 1));
    REQUIRE(p.place(20, 6, &x, &y));
    CHECK((x == 22 && y == 1));
    REQUIRE(p.place(30, 8, &x, &y)); // 43 + 30 + 1 > 64: a new shelf under the tallest (10)
    CHECK((x == 1 && y == 12));
    CHECK_FALSE(p.place(63, 4, &x, &y)); // wider than the texture with its padding
    CHECK_FALSE(p.place(10, 20, &x, &y)); // no room below
    p.height = 64;                        // grown: the same request fits
    REQUIRE(p.place(10, 20, &x, &y));
    p.reset();
    REQUIRE(p.place(5, 5, &x, &y));
    CHECK((x == 1 && y == 1));
}

TEST_CASE("property: random bitmaps placed by ShelfPacker are disjoint, padded and inside") {
    std::mt19937 rng(7);
    struct Box {
        int x, y, w, h;
    };
    for (int round = 0; round < 20; ++round) {
        ShelfPacker p(256, 256);
        std::vector<Box> boxes;
        for (int i = 0; i < 400; ++i) {
            const int w = 1 + (int)(rng() % 40), h = 1 + (int)(rng() % 30);
            int x = 0, y = 0;
            if (!p.place(w, h, &x, &y)) continue;
            CHECK((x >= 1 && y >= 1 && x + w + 1 <= 256 && y + h + 1 <= 256));
            bool apart = true;
            for (const Box& b : boxes)
                apart = apart && (x >= b.x + b.w + 1 || b.x >= x + w + 1 || y >= b.y + b.h + 1 || b.y >= y + h + 1);
            CHECK(apart);
            boxes.push_back({x, y, w, h});
        }
        CHECK(boxes.size() > 20);
    }
}
