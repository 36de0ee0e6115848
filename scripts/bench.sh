#!/usr/bin/env bash
# Runs every benchmark of issue 8 and writes BENCHMARKS.md + BENCHMARKS.json:
#   1. corpus:  node bench/gen_corpus.mjs (10k/100k/1M code points, 100/1k/10k annotations; the same with no
#               overlapping spans, in 20,000-character paragraphs, one paragraph repeated)
#   2. native:  Google Benchmark (build/native/claimscope_bench) -> bench/out/native.json
#   3. web:     the app build (build/web), then bench/browser_bench.mjs: Claimscope and
#               @recogito/text-annotator side by side in headless Chromium -> bench/out/browser.json;
#               Claimscope again with GPU compositing -> bench/out/browser-gpu.json
#   4. report:  bench/report.mjs -> BENCHMARKS.md, BENCHMARKS.json (raw numbers)
# Takes several minutes (Recogito alone needs a while for 10k annotations). Not part of scripts/test.sh;
# tests/node/bench-smoke.test.mjs runs a small version of the harness instead.
# Options (environment): JOBS=2; CLAIMSCOPE_BENCH_BIN=path/to/claimscope_bench (use it instead of
# building build/native); SKIP_WEB_BUILD=1 (use build/web as it is, e.g. while another build runs).
set -euo pipefail
cd "$(dirname "$0")/.."
JOBS=${JOBS:-2}
[ -d node_modules/@recogito/text-annotator ] || npm ci

echo "== corpus"
node bench/gen_corpus.mjs

echo "== native benchmarks"
BENCH_BIN=${CLAIMSCOPE_BENCH_BIN:-}
if [ -z "$BENCH_BIN" ]; then
  cmake --preset native >/dev/null
  cmake --build --preset native -j "$JOBS" --target claimscope_bench
  BENCH_BIN=build/native/claimscope_bench
fi
CLAIMSCOPE_BENCH_DATA="$PWD/bench/out" "$BENCH_BIN" --benchmark_out=bench/out/native.json --benchmark_out_format=json

if [ "${SKIP_WEB_BUILD:-0}" != 1 ]; then
  echo "== web build"
  cmake --preset web >/dev/null
  cmake --build --preset web -j "$JOBS"
fi

echo "== browser benchmark"
node bench/browser_bench.mjs --out bench/out/browser.json
echo "== browser benchmark, Claimscope with GPU compositing (the GPU process on, as without --disable-gpu)"
BENCH_GPU_COMPOSITING=1 node bench/browser_bench.mjs --claimscope-only --out bench/out/browser-gpu.json

echo "== report"
node bench/report.mjs
