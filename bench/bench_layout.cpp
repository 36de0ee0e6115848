// Claimscope benchmarks — wrapping a whole document, hit-testing and range rectangles.
#include "bench_data.h"
#include <random>

using namespace csbench;

// Full re-wrap, as after opening a file or a width change.
static void BM_LayoutBuild(benchmark::State& state, const char* size) {
    const cs::Project* p = project(size, state);
    if (!p) return;
    cs::Layout layout;
    float width = 700;
    for (auto _ : state) {
        layout.build(*p->doc, layout_params(width), advance());
        width = width == 700 ? 701 : 700; // a new width every time, as when dragging the window edge
        benchmark::DoNotOptimize(layout.lines().data());
    }
    state.counters["lines"] = double(layout.lines().size());
    state.counters["cp/s"] =
        benchmark::Counter(double(p->doc->size()) * state.iterations(), benchmark::Counter::kIsRate);
}
BENCHMARK_CAPTURE(BM_LayoutBuild, 10k, "10k")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_LayoutBuild, 100k, "100k")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_LayoutBuild, 1m, "1m")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_LayoutBuild, 1m_long, "1m-long")->Unit(benchmark::kMillisecond);

// Mouse position -> caret and hovered character, at random points of the whole document.
static void BM_HitTest(benchmark::State& state, const char* size) {
    const cs::Project* p = project(size, state);
    if (!p) return;
    cs::Layout layout;
    layout.build(*p->doc, layout_params(), advance());
    hit_test_loop(state, layout);
}
BENCHMARK_CAPTURE(BM_HitTest, 1m, "1m");
BENCHMARK_CAPTURE(BM_HitTest, 1m_long, "1m-long");

// Rectangles of every annotation (what drawing all highlights of a document needs).
static void BM_AnnotationRects(benchmark::State& state, const char* size) {
    const cs::Project* p = project(size, state);
    if (!p) return;
    cs::Layout layout;
    layout.build(*p->doc, layout_params(), advance());
    for (auto _ : state)
        for (const auto& a : p->annotations) benchmark::DoNotOptimize(layout.rects(a.span.start, a.span.end));
    state.SetItemsProcessed(state.iterations() * p->annotations.size());
}
BENCHMARK_CAPTURE(BM_AnnotationRects, 1m, "1m")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_AnnotationRects, 1m_long, "1m-long")->Unit(benchmark::kMillisecond);
