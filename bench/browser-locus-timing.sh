#!/usr/bin/env bash
# Genome browser benchmark (issue 3): time from a variant selection to igv.js's "locus rendered", and snapshot
# times, on the real 1000 Genomes BRCA1 excerpt in ../shared/data, in headless WebView (Monocle).
# Prints the BENCH lines of BrowserLocusTimingTest (the browser alone), CaseBrowserFxTest (the case view of the
# real application on the generated demo trio: table selection -> locus rendered) and SnapshotCommandTest
# (zenome snapshot); the numbers go in the issue note, not in assertions.
# Usage: bench/browser-locus-timing.sh [repetitions]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-1}"
for ((i = 1; i <= runs; i++)); do
  log="$(mktemp)"
  if ! ./mvnw -B -pl app/desktop -am verify -Dtest='BrowserLocusTimingTest,CaseBrowserFxTest,SnapshotCommandTest' \
      -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1; then
    tail -40 "$log" >&2
    rm -f "$log"
    exit 1
  fi
  echo "run $i:"
  grep '^BENCH' "$log" || { echo "no BENCH lines (shared data missing? see the test's skip reason)" >&2; }
  rm -f "$log"
done
