#!/usr/bin/env bash
# Issue 8 target "cold start of the application to an interactive window <= 3 s": launches `./zenome` (the desktop,
# fresh JVM, the user's existing data) N times on a virtual display and times each start until the login window is
# visible. The first start after a build writes the desktop's class-data archive when it ends (see ./zenome), so it
# is run once untimed first. Needs Xvfb and xdotool (apt-get install xvfb xdotool).
# Usage: bench/desktop-start.sh [--runs N]   (HOME is a throw-away folder under BENCH_DIR unless KEEP_HOME=1)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${BENCH_DIR:-$here/bench/out}"
runs=5
[ "${1:-}" = --runs ] && runs="$2"
command -v Xvfb >/dev/null && command -v xdotool >/dev/null || { echo "Xvfb and xdotool are needed" >&2; exit 2; }
mkdir -p "$out"
display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 1600x1000x24 >/dev/null 2>&1 &
xvfb=$!
trap 'pkill -f "org.zenome.launcher.Main" 2>/dev/null || true; kill $xvfb 2>/dev/null || true' EXIT
sleep 1
[ "${KEEP_HOME:-}" = 1 ] || export HOME="$out/desktop-home"
mkdir -p "$HOME"

start_once() {
  local s e
  s=$(date +%s%N)
  (DISPLAY=$display "$here/zenome" >"$out/desktop-start.log" 2>&1 &)
  until DISPLAY=$display xdotool search --onlyvisible --name Zenome >/dev/null 2>&1; do sleep 0.05; done
  e=$(date +%s%N)
  sleep 1
  pkill -f "org.zenome.launcher.Main" || true
  while pgrep -f "org.zenome.launcher.Main" >/dev/null; do sleep 0.1; done
  echo $(( (e - s) / 1000000 ))
}

echo "untimed first start (writes the class-data archive of a new build at its end): $(start_once) ms"
: > "$out/desktop-start.tsv"
for run in $(seq "$runs"); do
  ms=$(start_once)
  echo "$ms" >> "$out/desktop-start.tsv"
  echo "run $run: window_visible_ms $ms"
done
echo "median_ms	$(sort -n "$out/desktop-start.tsv" | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}')"
