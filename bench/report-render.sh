#!/usr/bin/env bash
# Report benchmark (issue 6): render time of the 30-finding cancer report (PDF/A, Japanese and English) after
# warm-up, through the whole path (case store, template, layout, font subsetting, text-map repair).
# Prints the BENCH lines of ReportRenderTimingTest; the numbers go in the issue note, not in assertions.
# Usage: bench/report-render.sh [warm-up runs] [measured runs]
set -euo pipefail
cd "$(dirname "$0")/.."
log="$(mktemp)"
if ! ./mvnw -B -pl app/report -am test -Dtest=ReportRenderTimingTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dzenome.bench=true -Dzenome.bench.warmup="${1:-5}" -Dzenome.bench.runs="${2:-10}" >"$log" 2>&1; then
  tail -40 "$log" >&2
  rm -f "$log"
  exit 1
fi
grep '^BENCH' "$log"
rm -f "$log"
