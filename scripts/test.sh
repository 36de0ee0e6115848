#!/usr/bin/env bash
# Sets up (first time only), builds both targets and runs every test:
#   1. native: Catch2 unit tests of the core + CLI tests (ctest), then the fuzzers (scripts/fuzz.sh 20)
#   2. node:   W3C schema conformance, report escaping (node --test tests/node)
#   3. browser: the web app in headless Debian Chromium with real mouse and keyboard (node --test tests/browser)
# Screenshots and other artifacts go to test-results/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
JOBS=${JOBS:-2}

echo "== native build and tests"
cmake --preset native >/dev/null
cmake --build --preset native -j "$JOBS"
ctest --preset native -j "$JOBS"

# Every reader's fuzzer: its regressions and corpus, then 20 s of new inputs. A crash fails the
# test command, but only at the end, so that the web and browser results are still reported.
FUZZ=ok
JOBS=$JOBS bash scripts/fuzz.sh 20 || FUZZ=failed

echo "== web build"
cmake --preset web >/dev/null
cmake --build --preset web -j "$JOBS"

echo "== node and browser tests"
export CLAIMSCOPE_CLI="$PWD/build/native/claimscope"
node --test --test-concurrency=1 tests/node/ tests/browser/
[ "$FUZZ" = ok ] || { echo "== FAILED: a fuzzer crashed (see the fuzz summary above; inputs in tests/fuzz/crashes/)"; exit 1; }
