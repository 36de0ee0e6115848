// Claimscope benchmarks — corpus loading and the advance table (see bench_data.h).
#include "bench_data.h"
#include <random>
#include <cstdlib>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <vector>

namespace csbench {

static std::string data_dir() {
    if (const char* d = std::getenv("CLAIMSCOPE_BENCH_DATA"); d && *d) return d;
    return std::string(CLAIMSCOPE_SOURCE_DIR) + "/bench/out";
}

const std::string& file_bytes(const std::string& size) {
    static std::map<std::string, std::string> cache;
    auto it = cache.find(size);
    if (it != cache.end()) return it->second;
    std::ifstream in(data_dir() + "/doc-" + size + ".claimscope.json", std::ios::binary);
    std::ostringstream ss;
    if (in) ss << in.rdbuf();
    return cache[size] = ss.str();
}

const cs::Project* project(const std::string& size, benchmark::State& state) {
    static std::map<std::string, std::unique_ptr<cs::LoadResult>> cache;
    auto& slot = cache[size];
    if (!slot) slot = std::make_unique<cs::LoadResult>(cs::load_project(file_bytes(size)));
    if (file_bytes(size).empty()) {
        state.SkipWithError(
            ("no " + data_dir() + "/doc-" + size + ".claimscope.json: run node bench/gen_corpus.mjs").c_str());
        return nullptr;
    }
    if (!slot->ok) {
        state.SkipWithError(("doc-" + size + " does not load: " + slot->errors.at(0).to_string()).c_str());
        return nullptr;
    }
    return &slot->project;
}

const cs::AdvanceFn& advance() {
    static const std::vector<float> table = [] {
        std::vector<float> t(0x10000, 8.0f);
        for (char c : std::string("iljtf.,;:'!| ")) t[(unsigned char)c] = 4.0f;
        for (char c : std::string("mwMW@")) t[(unsigned char)c] = 12.0f;
        for (uint32_t c = 'A'; c <= 'Z'; ++c)
            if (t[c] == 8.0f) t[c] = 9.5f;
        for (uint32_t c = 0x2E80; c <= 0x9FFF; ++c) t[c] = 16.0f;
        for (uint32_t c = 0xAC00; c <= 0xD7AF; ++c) t[c] = 16.0f;
        for (uint32_t c = 0x0300; c <= 0x036F; ++c) t[c] = 0.0f; // combining marks
        t[0x200D] = 0.0f;                                        // ZWJ
        return t;
    }();
    static const cs::AdvanceFn fn = [](uint32_t cp) { return cp < 0x10000 ? table[cp] : 18.0f; };
    return fn;
}

cs::LayoutParams layout_params(float width) {
    cs::LayoutParams p;
    p.wrap_width = width;
    return p;
}

void hit_test_loop(benchmark::State& state, const cs::Layout& layout) {
    std::mt19937 rng(8);
    std::vector<std::pair<float, float>> pts(4096);
    for (auto& pt : pts) pt = {float(rng() % 760) - 30, float(rng() % uint32_t(layout.height() + 1))};
    size_t i = 0;
    for (auto _ : state) {
        const auto& [x, y] = pts[i++ & 4095];
        benchmark::DoNotOptimize(layout.hit_test(x, y));
        benchmark::DoNotOptimize(layout.char_at(x, y));
    }
    state.SetItemsProcessed(state.iterations());
}

} // namespace csbench

BENCHMARK_MAIN();
