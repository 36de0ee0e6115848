#!/usr/bin/env bash
# Installs everything Claimscope needs on a Debian 12 (bookworm) machine, idempotently:
# a second run checks and does no heavy work. Run as root (or with sudo available).
#
#   Emscripten 3.1.6, nlohmann_json, CMake/Ninja, Chromium, fonts   Debian packages (fonts: Noto core, CJK, colour emoji)
#   clang 14 + its libFuzzer/sanitizer runtimes (fuzz preset)       Debian packages
#   Catch2 v3                                                       bookworm-backports (.deb fetched with a private apt list)
#   Dear ImGui 1.90.1, HarfBuzz 10.2.0, GNU FriBidi 1.0.16,         Debian 13 source packages, checksum verified,
#   libunibreak 6.1 (text shaping, bidi, line/word breaks)          unpacked into .cache/ (git-ignored)
#   zlib 1.2.13 (web build; native links zlib1g-dev)                Debian 12 source package, the same way
#   playwright-core, axe-core (accessibility tests)                 npm, from the committed package-lock.json
#
# Not on Debian? Skip this script: put emsdk on PATH and pass -DCLAIMSCOPE_IMGUI_DIR=/path/to/imgui (v1.90.x)
# and -DCLAIMSCOPE_ZLIB_DIR=/path/to/zlib (1.2.x source).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
CACHE="$ROOT/.cache"
IMGUI_VERSION=1.90.1
IMGUI_SHA256=ecce377df0f90b292f15dcbd83d438bddc162b2388c881132bde18c787572a1c
ZLIB_VERSION=1.2.13.dfsg # bookworm's, the version zlib1g-dev gives the native build
ZLIB_SHA256=71feb7947e3c00ef125f83b79a4e529bde31171e5babe48b391f06758d1ab0a1
SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
log() { printf '[setup] %s\n' "$*"; }

# --- 1. Debian packages -------------------------------------------------------------------
PKGS=(emscripten nlohmann-json3-dev cmake ninja-build g++ chromium fonts-noto-core fonts-noto-cjk fonts-noto-color-emoji fonts-dejavu-core
      libbenchmark-dev nodejs npm xz-utils ca-certificates gzip python3 fonttools zip
      zlib1g-dev unzip bzip2 unicode-data clang-14 libclang-rt-14-dev)
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
  local D="$CACHE/apt" MIRROR SOURCES
  mkdir -p "$D/lists/partial" "$D/cache/archives/partial"
  MIRROR=$(awk '/^URIs:/{print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
  [ -n "$MIRROR" ] || MIRROR=$(awk '/^deb /{print $2; exit}' /etc/apt/sources.list)
  SOURCES=$(printf 'Types: deb-src\nURIs: %s\nSuites: trixie bookworm\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n\nTypes: deb\nURIs: %s\nSuites: bookworm-backports\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
    "$MIRROR" "$MIRROR")
  # Rewritten (and the lists fetched again) when an older run wrote fewer suites.
  if [ "$(cat "$D/extra.sources" 2>/dev/null)" != "$SOURCES" ]; then
    printf '%s\n' "$SOURCES" > "$D/extra.sources"
    rm -f "$D/.updated"
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

# --- 3. Sources built with the app: Debian source packages ---------------------------------
# fetch_source PACKAGE[=DEBIAN_VERSION] TARBALL SHA256 DIR FILE: unpacks TARBALL (checked against SHA256) into
# .cache/DIR unless .cache/DIR/FILE exists. The pin is the upstream tarball's checksum, which stays the same
# across Debian revisions; apt-get's status is not trusted alone because some mirrors lack a package's .dsc
# or debian.tar while carrying its upstream tarball.
fetch_source() {
  local pkg=$1 tarball="$CACHE/src/$2" sha=$3 dir=$4 file=$5
  [ ! -f "$CACHE/$dir/$file" ] || return 0
  log "fetching ${pkg%%=*} source (Debian source package)"
  private_apt
  mkdir -p "$CACHE/src"
  if [ ! -f "$tarball" ]; then
    (cd "$CACHE/src" && apt-get "${APT_O[@]}" source --download-only -qq "$pkg") || [ -f "$tarball" ]
  fi
  echo "$sha  $tarball" | sha256sum -c --quiet - || { log "checksum mismatch for $tarball"; rm -f "$tarball"; exit 1; }
  tar -C "$CACHE" -xf "$tarball"
  [ -f "$CACHE/$dir/$file" ] || { log "unexpected layout in $tarball: no $dir/$file"; exit 1; }
}
fetch_source "imgui=$IMGUI_VERSION+ds-1" "imgui_$IMGUI_VERSION+ds.orig.tar.xz" "$IMGUI_SHA256" "imgui-$IMGUI_VERSION" imgui.cpp
fetch_source harfbuzz harfbuzz_10.2.0.orig.tar.xz 620e3468faec2ea8685d32c46a58469b850ef63040b3565cde05959825b48227 \
  harfbuzz-10.2.0 src/harfbuzz.cc
fetch_source fribidi fribidi_1.0.16.orig.tar.xz 1b1cde5b235d40479e91be2f0e88a309e3214c8ab470ec8a2744d82a5a9ea05c \
  fribidi-1.0.16 lib/fribidi.c
fetch_source libunibreak libunibreak_6.1.orig.tar.gz 890674996168ef5ba143d80d49ab8b61594a4eb70198dcac76caf6e1bd264a41 \
  libunibreak-libunibreak_6_1 src/linebreak.c
# zlib for the web build (Emscripten's own zlib is a "port" that downloads): bookworm's, the version
# zlib1g-dev gives the native build.
fetch_source "zlib=1:$ZLIB_VERSION-1" "zlib_$ZLIB_VERSION.orig.tar.bz2" "$ZLIB_SHA256" "zlib-$ZLIB_VERSION" inflate.c

# --- 4. playwright-core, axe-core (npm, locked) -------------------------------------------
if [ ! -d "$ROOT/node_modules/playwright-core" ] || [ ! -d "$ROOT/node_modules/axe-core" ] || [ "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
  log "installing npm packages from package-lock.json"
  (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
fi
log "ok"
