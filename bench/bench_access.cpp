// Claimscope benchmarks — the accessible mirror (issue 17): what one update costs while scrolling.
//
// The article view sends the page a new mirror when the window of paragraphs around the reading position
// moves (every 12 paragraphs, core/access/article_mirror.h) or the project changes. This measures the
// core's part of one update on the 1m corpus (10k annotations, 1M code points): the window's content
// and its JSON, as the view scrolls through the whole document one window step at a time. The page's
// part (parsing the JSON, building ~60 paragraphs of elements) is in the browser bench. The view sends
// an update once a scroll has rested (ui/access_mirror.cpp), so none of this lands in a scrolling frame.
#include "bench_data.h"
#include "core/access/article_mirror.h"
#include <algorithm>
#include <chrono>

using namespace csbench;

namespace {

void BM_MirrorScroll(benchmark::State& state, const char* size) {
    const cs::Project* p = project(size, state);
    if (!p) return;
    const cs::AnnotationIndex ix = cs::build_annotation_index(*p);
    const auto t_links = std::chrono::steady_clock::now();
    const cs::LinkIndex links = cs::build_link_index(*p);
    state.counters["link_index_ms"] =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t_links).count();
    const size_t n = p->doc->paragraphs.size();
    std::vector<double> steps;
    size_t bytes = 0;
    for (auto _ : state) {
        cs::ParagraphWindow last{};
        for (size_t top = 0; top < n; ++top) {
            // On screen: the paragraphs within ~3,000 code points of the top one's start (a screenful: 15
            // news paragraphs, or part of one pasted from a PDF).
            const auto& paras = p->doc->paragraphs;
            size_t bottom = top + 1;
            while (bottom < n && paras[bottom].start < paras[top].start + 3000) ++bottom;
            const cs::ParagraphWindow w =
                cs::fit_mirror_window(cs::mirror_window(n, top, bottom), p->doc->paragraphs, top, bottom);
            if (w == last) continue; // the view sends nothing while the window stays
            last = w;
            const auto t0 = std::chrono::steady_clock::now();
            const std::string json = cs::mirror_json(cs::article_mirror(*p, ix, links, w), *p->doc);
            steps.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
            bytes = std::max(bytes, json.size());
            benchmark::DoNotOptimize(json.data());
        }
    }
    std::sort(steps.begin(), steps.end());
    state.counters["updates"] = double(steps.size());
    state.counters["update_p50_ms"] = steps[steps.size() / 2];
    state.counters["update_p95_ms"] = steps[steps.size() * 95 / 100];
    state.counters["update_max_ms"] = steps.back();
    state.counters["json_max_kb"] = double(bytes) / 1024;
}

} // namespace

BENCHMARK_CAPTURE(BM_MirrorScroll, 1m, "1m")->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK_CAPTURE(BM_MirrorScroll, 1m_long, "1m-long")->Unit(benchmark::kMillisecond)->Iterations(1);
