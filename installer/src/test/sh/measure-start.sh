#!/usr/bin/env bash
# Cold-start numbers of an installed image (for the issue note, not a test):
#   installer/src/test/sh/measure-start.sh [IMAGE_DIR]   (default installer/target/image/zenome)
# Prints the wall and CPU time of `zenome --version` (3 runs) and, when xvfb-run and xwininfo are there, the time
# from starting `zenome` (no arguments: the desktop) to its first window on a virtual X display. A temporary home
# and data directory are used, so the desktop opens on an empty store.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
image="$(cd "${1:-$here/../../../target/image/zenome}" && pwd)"
zen="$image/bin/zenome"
work="$(mktemp -d "${TMPDIR:-/tmp}/zenome-start.XXXXXX")"
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" ZENOME_ADMIN_CONFIG="$work/none.properties"
unset ZENOME_DB XDG_DATA_HOME || true
mkdir -p "$HOME"
echo "image: $image ($(du -sh "$image" | cut -f1)); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for i in 1 2 3; do
  /usr/bin/time -f "zenome --version: %e s wall, %U s user, %S s sys, %M KB max RSS" "$zen" --version >/dev/null
done
if command -v xvfb-run >/dev/null && command -v xwininfo >/dev/null; then
  cat > "$work/gui.sh" <<'INNER'
zen="$1"
start=$(date +%s.%N)
"$zen" >/dev/null 2>&1 &
pid=$!
for _ in $(seq 1 1200); do
  if xwininfo -root -tree 2>/dev/null | grep -q '"Zenome'; then
    end=$(date +%s.%N)
    echo "zenome (desktop) to first window: $(echo "$end - $start" | bc) s wall"
    kill "$pid"; wait "$pid" 2>/dev/null || true
    exit 0
  fi
  sleep 0.05
done
echo "no Zenome window within 60 s" >&2; kill "$pid"; exit 1
INNER
  xvfb-run -a -s "-screen 0 1600x1000x24" bash "$work/gui.sh" "$zen"
fi
