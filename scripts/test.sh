#!/usr/bin/env bash
# Sets up (first time only), builds both targets and runs every test:
#   1. native: Catch2 unit tests of the core + CLI tests (ctest)
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

echo "== web build"
cmake --preset web >/dev/null
cmake --build --preset web -j "$JOBS"

echo "== node and browser tests"
export CLAIMSCOPE_CLI="$PWD/build/native/claimscope"
node --test --test-concurrency=1 tests/node/ tests/browser/
