#!/usr/bin/env bash
# Sets up (first time only), builds the web app and serves it on 127.0.0.1 with the sample article.
#   scripts/run.sh [port]      (default 8080)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cmake --preset web >/dev/null
cmake --build --preset web
exec node scripts/serve.mjs build/web "${1:-8080}"
