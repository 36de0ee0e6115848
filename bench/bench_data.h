// Claimscope benchmarks — the generated corpus (bench/gen_corpus.mjs) and shared fixtures.
//
// Files are read from $CLAIMSCOPE_BENCH_DATA, else <repo>/bench/out. Each is loaded once per
// process and kept: benchmarks measure the work, not the disk.
#pragma once
#include "core/file/file_format.h"
#include "core/text/layout.h"
#include <benchmark/benchmark.h>
#include <string>

namespace csbench {

// Raw bytes of doc-<size>.claimscope.json ("10k", "100k", "1m", "1m-long"); empty when missing.
const std::string& file_bytes(const std::string& size);
// The loaded project; nullptr (and `state` skipped with a message) when the file is missing or bad.
const cs::Project* project(const std::string& size, benchmark::State& state);
// A fixed-width-ish advance table like the UI's: narrow/wide Latin letters, wide CJK and emoji.
const cs::AdvanceFn& advance();
cs::LayoutParams layout_params(float width = 700);
// Hit-tests (caret and hovered character) at 4,096 random points of the whole laid-out document, in turn.
void hit_test_loop(benchmark::State& state, const cs::Layout& layout);

} // namespace csbench
