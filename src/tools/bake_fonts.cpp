// Claimscope build tool — bakes the page's first font atlas (see ui/font_atlas.h for why).
//
// Built with Emscripten for Node and run by the web build, so the atlas is made by the same wasm
// code (ImGui's stb_truetype builder, same compiler and flags) that would make it in the browser.
//
//   node bake_fonts.js <font dir> <sample-article.txt> <out.bin> <dpr>...
//       bakes the first atlas of the sample project at default text size, one per pixel ratio.
//   node bake_fonts.js --check <font dir> <sample-article.txt> <baked.bin> <dpr>...
//       builds each of those atlases with stb_truetype and again from the file, and compares
//       everything ImGui draws from (texture, UVs, glyphs, lookup tables); also checks that
//       requests that differ (another glyph, size or pixel ratio) are not taken from the file.
//       Exit status 1 names the first difference.
#include "ui/font_atlas.h"
#include "ui/sample_project.h"
#include "platform/platform.h"
#include <imgui_internal.h>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

using namespace cs::ui;

// The tool's platform: files are read from the build's folders, through Node's file system.
std::string cs::platform::read_bundled_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

namespace {

std::string read_file(const char* path) {
    std::string s = cs::platform::read_bundled_file(path);
    if (s.empty()) {
        std::fprintf(stderr, "bake_fonts: cannot read %s\n", path);
        std::exit(2);
    }
    return s;
}

// Everything a built atlas gives ImGui to draw with, as named byte strings.
using Fields = std::vector<std::pair<std::string, std::string>>;
template <typename T>
std::string bytes(const T* p, size_t n) {
    return std::string(reinterpret_cast<const char*>(p), sizeof(T) * n);
}
template <typename T>
std::string bytes(const T& v) {
    return bytes(&v, 1);
}

Fields fields(const ImFontAtlas& a) {
    Fields f;
    f.emplace_back("texture size", bytes(a.TexWidth) + bytes(a.TexHeight));
    f.emplace_back("texture pixels", bytes(a.TexPixelsAlpha8, (size_t)a.TexWidth * a.TexHeight));
    f.emplace_back("UV scale", bytes(a.TexUvScale));
    f.emplace_back("white pixel UV", bytes(a.TexUvWhitePixel));
    f.emplace_back("line UVs", bytes(a.TexUvLines, IM_ARRAYSIZE(a.TexUvLines)));
    f.emplace_back("custom rectangles", bytes(a.CustomRects.Data, a.CustomRects.Size));
    for (int i = 0; i < a.Fonts.Size; ++i) {
        const ImFont& font = *a.Fonts[i];
        const std::string n = "font " + std::to_string(i) + " ";
        f.emplace_back(n + "size and metrics", bytes(font.FontSize) + bytes(font.Ascent) + bytes(font.Descent) +
                                                   bytes(font.MetricsTotalSurface));
        f.emplace_back(n + "fallback and ellipsis", bytes(font.FallbackChar) + bytes(font.FallbackAdvanceX) +
                                                        bytes(font.EllipsisChar) + bytes(font.EllipsisCharCount) +
                                                        bytes(font.EllipsisWidth) + bytes(font.EllipsisCharStep));
        f.emplace_back(n + "glyphs", bytes(font.Glyphs.Data, font.Glyphs.Size));
        f.emplace_back(n + "advance table", bytes(font.IndexAdvanceX.Data, font.IndexAdvanceX.Size));
        f.emplace_back(n + "glyph lookup table", bytes(font.IndexLookup.Data, font.IndexLookup.Size));
        f.emplace_back(n + "fallback glyph",
                       bytes(font.FallbackGlyph ? (int)(font.FallbackGlyph - font.Glyphs.Data) : -1));
        f.emplace_back(n + "4K pages used", bytes(font.Used4kPagesMap, IM_ARRAYSIZE(font.Used4kPagesMap)));
    }
    return f;
}

struct Request {
    FontSizes sizes;
    std::vector<uint16_t> ranges;
};

Fields build(const std::string& font_dir, const Request& r, bool* baked) {
    ImFontAtlas atlas;
    build_ui_fonts(atlas, font_dir, r.sizes, reinterpret_cast<const ImWchar*>(r.ranges.data()));
    *baked = last_atlas_was_baked();
    return fields(atlas);
}

int check(const std::string& font_dir, const std::vector<Request>& requests, std::string file) {
    std::vector<Fields> expected;
    bool baked = false;
    for (const Request& r : requests) expected.push_back(build(font_dir, r, &baked)); // nothing baked loaded yet
    const std::string problem = use_baked_atlases(std::move(file));
    if (!problem.empty()) {
        std::fprintf(stderr, "bake_fonts --check: the file is not read: %s\n", problem.c_str());
        return 1;
    }
    for (size_t i = 0; i < requests.size(); ++i) {
        const Fields got = build(font_dir, requests[i], &baked);
        const float dpr = requests[i].sizes.dpr;
        if (!baked) {
            std::fprintf(stderr, "bake_fonts --check: DPR %g: the baked atlas was not taken\n", dpr);
            return 1;
        }
        for (size_t k = 0; k < got.size(); ++k)
            if (k >= expected[i].size() || got[k] != expected[i][k]) {
                std::fprintf(stderr, "bake_fonts --check: DPR %g: %s differs from the atlas built by stb_truetype\n",
                             dpr, got[k].first.c_str());
                return 1;
            }
        // Requests that differ in one input must be rasterised.
        Request other_glyph = requests[i], other_size = requests[i], other_dpr = requests[i];
        other_glyph.ranges.insert(other_glyph.ranges.end() - 1, {0x416, 0x416}); // Ж, not in the sample
        other_size.sizes.article_px *= 1.1f;
        other_dpr.sizes.dpr *= 1.25f;
        for (const Request* r : {&other_glyph, &other_size, &other_dpr}) {
            build(font_dir, *r, &baked);
            if (baked) {
                std::fprintf(stderr, "bake_fonts --check: DPR %g: a different request was served from the file\n", dpr);
                return 1;
            }
        }
    }
    std::printf("bake_fonts --check: %zu baked atlases equal the ones stb_truetype builds\n", requests.size());
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    const bool checking = argc > 1 && std::string(argv[1]) == "--check";
    const int a = checking ? 2 : 1;
    if (argc < a + 4) {
        std::fprintf(stderr, "usage: bake_fonts [--check] <font dir> <sample-article.txt> <file.bin> <dpr>...\n");
        return 2;
    }
    const std::string font_dir = argv[a];
    const cs::Project sample = sample_project(read_file(argv[a + 1]));
    std::vector<Request> requests;
    for (int i = a + 3; i < argc; ++i) {
        Request r;
        r.sizes.dpr = std::strtof(argv[i], nullptr);
        r.ranges = first_frame_ranges(sample);
        requests.push_back(std::move(r));
    }
    if (checking) return check(font_dir, requests, read_file(argv[a + 2]));

    std::vector<std::string> entries;
    for (const Request& r : requests) {
        ImFontAtlas atlas;
        build_ui_fonts(atlas, font_dir, r.sizes, reinterpret_cast<const ImWchar*>(r.ranges.data()));
        entries.push_back(bake_atlas_entry(atlas));
        std::printf("bake_fonts: DPR %g: %d x %d texture, %zu bytes\n", r.sizes.dpr, atlas.TexWidth, atlas.TexHeight,
                    entries.back().size());
    }
    std::ofstream out(argv[a + 2], std::ios::binary);
    out << baked_atlas_file(entries);
    return out ? 0 : 2;
}
