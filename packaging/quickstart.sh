#!/usr/bin/env bash
# One-command set-up for a fresh Debian bookworm machine (root or sudo):
#   packaging/quickstart.sh demo   install, build and start the GUI on the built-in demo
#   packaging/quickstart.sh test   install, build and run every test with ctest
# Both are idempotent: a second run only rebuilds what changed.
set -euo pipefail

mode=${1:-}
case "$mode" in
  demo|test|build) ;;
  *) echo "usage: $0 demo|test|build" >&2; exit 2 ;;
esac

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

bash packaging/install-deps.sh

jobs=$(nproc 2>/dev/null || echo 2)
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build build -j "$jobs"

case "$mode" in
  demo)
    # Without arguments the app opens the demo clip with a white-noise region at 5-7 s and
    # analyses it with the built-in demo model (resources/models/demo).
    exec build/bin/noiseloss
    ;;
  test)
    # Widget tests use Qt's offscreen platform; no display or audio device is needed.
    export QT_QPA_PLATFORM=offscreen
    cd build
    ctest --output-on-failure -j "$jobs" --timeout 900
    ;;
  build) ;;
esac
