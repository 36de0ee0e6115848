// Claimscope benchmarks — JSON load and save (file_format.h), W3C export, re-anchoring after edits.
#include "bench_data.h"
#include "core/model/anchoring.h"
#include "core/formats/w3c.h"
#include <random>

using namespace csbench;

static void BM_Load(benchmark::State& state, const char* size) {
    if (!project(size, state)) return;
    const std::string& bytes = file_bytes(size);
    for (auto _ : state) {
        cs::LoadResult r = cs::load_project(bytes);
        if (!r.ok) {
            state.SkipWithError("load failed");
            break;
        }
        benchmark::DoNotOptimize(r.project.annotations.data());
    }
    state.SetBytesProcessed(state.iterations() * bytes.size());
}
BENCHMARK_CAPTURE(BM_Load, 10k, "10k")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Load, 100k, "100k")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Load, 1m, "1m")->Unit(benchmark::kMillisecond);
// The same size in paragraphs of 20,000–40,000 code points (text pasted from a PDF).
BENCHMARK_CAPTURE(BM_Load, 1m_long, "1m-long")->Unit(benchmark::kMillisecond);

static void BM_Save(benchmark::State& state, const char* size) {
    const cs::Project* p = project(size, state);
    if (!p) return;
    size_t n = 0;
    for (auto _ : state) {
        std::string s = cs::save_project(*p);
        n = s.size();
        benchmark::DoNotOptimize(s.data());
    }
    state.SetBytesProcessed(state.iterations() * n);
}
BENCHMARK_CAPTURE(BM_Save, 100k, "100k")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Save, 1m, "1m")->Unit(benchmark::kMillisecond);

static void BM_ExportW3C(benchmark::State& state, const char* size) {
    const cs::Project* p = project(size, state);
    if (!p) return;
    for (auto _ : state) {
        std::string s = cs::export_w3c(*p).dump(2);
        benchmark::DoNotOptimize(s.data());
    }
    state.SetItemsProcessed(state.iterations() * p->annotations.size());
}
BENCHMARK_CAPTURE(BM_ExportW3C, 1m, "1m")->Unit(benchmark::kMillisecond);

// 200 edits anywhere in the text (half insert a phrase, half delete 12 bytes), then every
// annotation is re-anchored onto the edited text.
static void BM_ReanchorAfterEdits(benchmark::State& state, const char* size) {
    const cs::Project* p = project(size, state);
    if (!p) return;
    std::string text = p->doc->text;
    std::mt19937 rng(8);
    for (int k = 0; k < 200; ++k) {
        size_t b = rng() % (text.size() - 100);
        while ((static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) ++b;
        if (k % 2) {
            text.insert(b, "inserted words here ");
            continue;
        }
        size_t e = b + 12;
        while ((static_cast<unsigned char>(text[e]) & 0xC0) == 0x80) ++e;
        text.erase(b, e - b);
    }
    const cs::Document edited = cs::make_document(text);
    cs::AnchorOptions opt;
    opt.old_size = p->doc->size();
    cs::AnchorReport report;
    for (auto _ : state) {
        state.PauseTiming();
        std::vector<cs::Annotation> anns = p->annotations;
        state.ResumeTiming();
        report = cs::reanchor_all(anns, edited, opt);
    }
    state.counters["exact"] = double(report.exact);
    state.counters["moved"] = double(report.moved);
    state.counters["fuzzy"] = double(report.fuzzy);
    state.counters["orphaned"] = double(report.orphaned);
}
BENCHMARK_CAPTURE(BM_ReanchorAfterEdits, 1m, "1m")->Unit(benchmark::kMillisecond);
