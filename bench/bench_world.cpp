// Claimscope benchmarks — world scripts (issue 15): 1M-code-point Arabic and Chinese articles through
// the shaping path of Layout (HarfBuzz, bidi, UAX #14), with the Noto fonts Debian installs (the same
// files the web build subsets). Load = the first build (shaping + breaking); rewrap = a build at a new
// width (the shaped paragraphs are kept); hit-test as for the Latin documents. "Lazy" loads are what
// the article view does: estimated lines, then shape_range over the first three screens (2,400 px). The Latin 1m document
// with the fonts given shows what a Latin article pays for the shaping path: one scan per paragraph.
#include "bench_data.h"
#include "core/model/document.h"
#include "core/text/shape.h"
#include <algorithm>
#include <chrono>
#include <fstream>
#include <map>
#include <memory>
#include <random>
#include <sstream>

using namespace csbench;

namespace {

std::string slurp(const char* path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

struct WorldFonts {
    cs::ShapingFont latin{slurp("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf")};
    cs::ShapingFont arabic{slurp("/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf")};
    cs::ShapingFont cjk{slurp("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")};
    cs::ShapingFonts set;
    WorldFonts() {
        set.faces[(size_t)cs::FontFace::Latin] = &latin;
        set.faces[(size_t)cs::FontFace::Arabic] = &arabic;
        set.faces[(size_t)cs::FontFace::Cjk] = &cjk;
        set.generation = 1;
    }
    bool ok() const { return latin.ok() && arabic.ok() && cjk.ok(); }
};

const WorldFonts& fonts() {
    static const WorldFonts f;
    return f;
}

// About 1,000,000 code points: news sentences in paragraphs of about 500 code points.
const cs::Document& world_doc(const std::string& script) {
    static std::map<std::string, std::unique_ptr<cs::Document>> docs;
    auto& d = docs[script];
    if (!d) {
        const std::string sentence =
            script == "arabic" ? "قال المتحدث باسم الحكومة إن 450 ألف لاجئ عادوا إلى أفغانستان خلال الأسابيع الماضية. "
                               : "政府发言人表示，过去几周内已有四十五万名难民返回阿富汗。";
        const size_t sentence_cps = cs::to_u32(sentence).size();
        std::string text;
        size_t cps = 0, para = 0;
        while (cps < 1000000) {
            text += sentence;
            cps += sentence_cps;
            para += sentence_cps;
            if (para >= 500) {
                text += "\n\n";
                cps += 2;
                para = 0;
            }
        }
        d = std::make_unique<cs::Document>(cs::make_document(text));
    }
    return *d;
}

cs::LayoutParams world_params(float width, bool lazy = false) {
    cs::LayoutParams p = layout_params(width);
    p.font_px = 18;
    p.lazy_shaping = lazy;
    return p;
}

// A new layout, as the view makes it for a newly opened document: lazily, then the first screens shaped.
void lazy_load(benchmark::State& state, const cs::Document& doc) {
    for (auto _ : state) {
        cs::Layout layout;
        layout.build(doc, world_params(700, true), advance(), &fonts().set);
        layout.shape_range(-800, 1600, 0);
        benchmark::DoNotOptimize(layout.lines().data());
        state.counters["shaped_paragraphs"] = double(layout.shaped_paragraphs());
    }
}

void BM_WorldLazyLoad(benchmark::State& state, const char* script) {
    if (!fonts().ok()) return state.SkipWithError("Noto fonts not installed (fonts-noto-core, fonts-noto-cjk)");
    lazy_load(state, world_doc(script));
}

void BM_WorldLoad(benchmark::State& state, const char* script) {
    if (!fonts().ok()) return state.SkipWithError("Noto fonts not installed (fonts-noto-core, fonts-noto-cjk)");
    const cs::Document& doc = world_doc(script);
    for (auto _ : state) {
        cs::Layout layout; // a new layout: everything is shaped again
        layout.build(doc, world_params(700), advance(), &fonts().set);
        benchmark::DoNotOptimize(layout.lines().data());
        state.counters["lines"] = double(layout.lines().size());
    }
    state.counters["cp"] = double(doc.size());
}

void BM_WorldRewrap(benchmark::State& state, const char* script) {
    if (!fonts().ok()) return state.SkipWithError("Noto fonts not installed (fonts-noto-core, fonts-noto-cjk)");
    const cs::Document& doc = world_doc(script);
    cs::Layout layout;
    layout.build(doc, world_params(700), advance(), &fonts().set);
    float width = 700;
    for (auto _ : state) {
        width = width == 700 ? 701 : 700;
        layout.build(doc, world_params(width), advance(), &fonts().set);
        benchmark::DoNotOptimize(layout.lines().data());
    }
}

void BM_WorldHitTest(benchmark::State& state, const char* script) {
    if (!fonts().ok()) return state.SkipWithError("Noto fonts not installed (fonts-noto-core, fonts-noto-cjk)");
    const cs::Document& doc = world_doc(script);
    cs::Layout layout;
    layout.build(doc, world_params(700), advance(), &fonts().set);
    hit_test_loop(state, layout);
}

// The project's 1m document with the faces given. It is the multilingual corpus (gen_corpus.mjs): 1,746
// of its 2,429 paragraphs hold Arabic, Devanagari, CJK, Georgian or emoji and take the shaping path; the
// pure-Latin paragraphs take the fast path. Load shapes them; rewrap (as BM_LayoutBuild/1m) reuses that.
void BM_CorpusWithFontsLoad(benchmark::State& state) {
    const cs::Project* p = project("1m", state);
    if (!p || !fonts().ok()) return;
    for (auto _ : state) {
        cs::Layout layout;
        layout.build(*p->doc, world_params(700), advance(), &fonts().set);
        benchmark::DoNotOptimize(layout.lines().data());
        state.counters["shaped_paragraphs"] = double(layout.shaped_paragraphs());
    }
}

void BM_CorpusWithFontsLazyLoad(benchmark::State& state) {
    const cs::Project* p = project("1m", state);
    if (!p || !fonts().ok()) return;
    lazy_load(state, *p->doc);
}

void BM_CorpusWithFontsRewrap(benchmark::State& state) {
    const cs::Project* p = project("1m", state);
    if (!p || !fonts().ok()) return;
    cs::Layout layout;
    layout.build(*p->doc, world_params(699), advance(), &fonts().set);
    float width = 700;
    for (auto _ : state) {
        layout.build(*p->doc, world_params(width), advance(), &fonts().set);
        width = width == 700 ? 701 : 700;
        benchmark::DoNotOptimize(layout.lines().data());
    }
    state.counters["shaped_paragraphs"] = double(layout.shaped_paragraphs());
}

// Scrolling as the article view does (shape_near_view): 100 px per step, the window one 800-px screen
// above to two below, anchored at the view's top; the slowest step is what a frame can stall on. In the
// 1m-long corpus a paragraph holds 20,000-40,000 code points: each is shaped as far as the window reaches.
void BM_ScrollShaping(benchmark::State& state, const char* size) {
    const cs::Project* p = project(size, state);
    if (!p || !fonts().ok()) return;
    std::vector<double> steps;
    for (auto _ : state) {
        state.PauseTiming();
        cs::Layout layout;
        layout.build(*p->doc, world_params(700, true), advance(), &fonts().set);
        state.ResumeTiming();
        float top = 0;
        for (int step = 0; step < 2000; ++step, top += 100) {
            const auto t0 = std::chrono::steady_clock::now();
            top += layout.shape_range(top - 800, top + 1600, top);
            steps.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
        }
    }
    state.counters["first_ms"] = steps.front(); // the first screens, as after opening the document
    state.counters["over_4ms"] = double(std::count_if(steps.begin() + 1, steps.end(), [](double t) { return t > 4; }));
    std::sort(steps.begin(), steps.end());
    state.counters["step_p95_ms"] = steps[steps.size() * 95 / 100];
    state.counters["step_max_ms"] = steps.back();
    state.counters["steps"] = double(steps.size());
}

} // namespace

BENCHMARK_CAPTURE(BM_ScrollShaping, 1m, "1m")->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK_CAPTURE(BM_ScrollShaping, 1m_long, "1m-long")->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK_CAPTURE(BM_WorldLoad, arabic_1m, "arabic")->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK_CAPTURE(BM_WorldLoad, chinese_1m, "chinese")->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK_CAPTURE(BM_WorldLazyLoad, arabic_1m, "arabic")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_WorldLazyLoad, chinese_1m, "chinese")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_WorldRewrap, arabic_1m, "arabic")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_WorldRewrap, chinese_1m, "chinese")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_WorldHitTest, arabic_1m, "arabic");
BENCHMARK_CAPTURE(BM_WorldHitTest, chinese_1m, "chinese");
BENCHMARK(BM_CorpusWithFontsLoad)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_CorpusWithFontsLazyLoad)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CorpusWithFontsRewrap)->Unit(benchmark::kMillisecond);
