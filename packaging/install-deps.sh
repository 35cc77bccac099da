#!/usr/bin/env bash
# Installs every build and test dependency of NoiseLoss Workstation from Debian bookworm packages.
# Idempotent: packages already present are skipped by apt. Needs root (or sudo).
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools linguist-qt6 qt6-svg-dev libqt6svg6 libqt6opengl6-dev libgl-dev
  libtorch-dev libopenblas0-pthread
  libsndfile1-dev portaudio19-dev libfftw3-dev nlohmann-json3-dev libsoxr-dev
  libgtest-dev libgmock-dev
  xvfb xauth sox
  fonts-dejavu-core fonts-wqy-microhei   # Latin and CJK glyphs: the Simplified Chinese interface needs one
)

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ "${#missing[@]}" -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# LibTorch does its GEMMs through libblas.so.3: make sure OpenBLAS (pthread variant, measured faster
# next to LibTorch's own OpenMP pool: see docs/performance.md) is the selected alternative, not the
# ~12x slower reference BLAS.
arch=$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || echo x86_64-linux-gnu)
openblas="/usr/lib/${arch}/openblas-pthread/libblas.so.3"
if [ -e "$openblas" ]; then
  "${sudo_cmd[@]}" update-alternatives --set "libblas.so.3-${arch}" "$openblas" >/dev/null
  lapack="/usr/lib/${arch}/openblas-pthread/liblapack.so.3"
  [ -e "$lapack" ] && "${sudo_cmd[@]}" update-alternatives --set "liblapack.so.3-${arch}" "$lapack" >/dev/null
fi
echo "install-deps: done (BLAS: $(readlink -f /usr/lib/${arch}/libblas.so.3))"
