#!/usr/bin/env bash
# Installs everything Claimscope needs on a Debian 12 (bookworm) machine, idempotently:
# a second run checks and does no heavy work. Run as root (or with sudo available).
#
#   Emscripten 3.1.6, nlohmann_json, CMake/Ninja, Chromium, fonts   Debian packages
#   clang 14 + its libFuzzer/sanitizer runtimes (fuzz preset)       Debian packages
#   Catch2 v3                                                       bookworm-backports (.deb fetched with a private apt list)
#   Dear ImGui 1.90.1                                               Debian 13 source package, checksum verified,
#                                                                   unpacked into .cache/ (git-ignored)
#   playwright-core                                                 npm, from the committed package-lock.json
#
# Not on Debian? Skip this script: put emsdk on PATH and pass -DCLAIMSCOPE_IMGUI_DIR=/path/to/imgui (v1.90.x).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
CACHE="$ROOT/.cache"
IMGUI_VERSION=1.90.1
IMGUI_SHA256=ecce377df0f90b292f15dcbd83d438bddc162b2388c881132bde18c787572a1c
SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
log() { printf '[setup] %s\n' "$*"; }

# --- 1. Debian packages -------------------------------------------------------------------
PKGS=(emscripten nlohmann-json3-dev cmake ninja-build g++ chromium fonts-noto-core fonts-dejavu-core
      libbenchmark-dev nodejs npm xz-utils ca-certificates gzip python3 fonttools zip
      clang-14 libclang-rt-14-dev)
missing=()
for p in "${PKGS[@]}"; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p"); done
APT_UPDATED=0
apt_update() { [ "$APT_UPDATED" = 1 ] || { $SUDO apt-get update -qq; APT_UPDATED=1; }; }
if [ ${#missing[@]} -gt 0 ]; then
  # node/npm may come from elsewhere (e.g. NodeSource); do not fight an existing install.
  if command -v node >/dev/null; then missing=("${missing[@]/nodejs}"); fi
  if command -v npm >/dev/null; then missing=("${missing[@]/npm}"); fi
  read -r -a missing <<<"${missing[*]}"
fi
if [ ${#missing[@]} -gt 0 ]; then
  log "installing Debian packages: ${missing[*]}"
  apt_update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# A private apt configuration (lists and cache under .cache/apt) so the system's sources stay as they are.
# The mirror is read from the system's own sources file, so no host name is written here.
private_apt() {
  local D="$CACHE/apt"
  mkdir -p "$D/lists/partial" "$D/cache/archives/partial"
  if [ ! -f "$D/extra.sources" ]; then
    local MIRROR
    MIRROR=$(awk '/^URIs:/{print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
    [ -n "$MIRROR" ] || MIRROR=$(awk '/^deb /{print $2; exit}' /etc/apt/sources.list)
    printf 'Types: deb-src\nURIs: %s\nSuites: trixie\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n\nTypes: deb\nURIs: %s\nSuites: bookworm-backports\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
      "$MIRROR" "$MIRROR" > "$D/extra.sources"
  fi
  APT_O=(-o "Dir::Etc::sourcelist=$D/extra.sources" -o "Dir::Etc::sourceparts=-" -o "Dir::State::Lists=$D/lists" -o "Dir::Cache=$D/cache")
  if [ ! -f "$D/.updated" ]; then apt-get "${APT_O[@]}" update -qq; touch "$D/.updated"; fi
}

# --- 2. Catch2 v3 (bookworm-backports) ----------------------------------------------------
if ! dpkg-query -W -f='${Version}' libcatch2-dev 2>/dev/null | grep -q '^3\.'; then
  log "installing Catch2 v3 from bookworm-backports"
  private_apt
  mkdir -p "$CACHE/debs"
  (cd "$CACHE/debs" && apt-get "${APT_O[@]}" download -qq libcatch2-dev/bookworm-backports)
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$CACHE"/debs/libcatch2-dev_3*.deb
fi

# --- 3. Dear ImGui source -----------------------------------------------------------------
if [ ! -f "$CACHE/imgui-$IMGUI_VERSION/imgui.cpp" ]; then
  log "fetching Dear ImGui $IMGUI_VERSION source (Debian source package)"
  private_apt
  mkdir -p "$CACHE/src"
  TARBALL="$CACHE/src/imgui_$IMGUI_VERSION+ds.orig.tar.xz"
  if [ ! -f "$TARBALL" ]; then
    (cd "$CACHE/src" && apt-get "${APT_O[@]}" source --download-only -qq "imgui=$IMGUI_VERSION+ds-1")
  fi
  echo "$IMGUI_SHA256  $TARBALL" | sha256sum -c --quiet - || { log "checksum mismatch for $TARBALL"; rm -f "$TARBALL"; exit 1; }
  tar -C "$CACHE" -xJf "$TARBALL"
  [ -f "$CACHE/imgui-$IMGUI_VERSION/imgui.cpp" ] || { log "unexpected ImGui tarball layout"; exit 1; }
fi

# --- 4. playwright-core (npm, locked) ----------------------------------------------------
if [ ! -d "$ROOT/node_modules/playwright-core" ] || [ "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
  log "installing npm packages from package-lock.json"
  (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
fi
log "ok"
