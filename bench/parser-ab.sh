#!/usr/bin/env bash
# Compares the VCF record parser of this checkout with other checkouts (e.g. a `git worktree` of the commit before a
# change) in one JVM, rounds alternating between them (org.zenome.bench.ParserAB): on a shared machine, separate runs
# differ by 10-30 % from one minute to the next, alternating rounds tell 3 % apart. Each tree must be compiled
# (./mvnw -q -pl app/core compile in it). Reads the first LINES data lines of the benchmark VCF (bench/import-wgs.sh
# generates it).
# Usage: bench/parser-ab.sh OTHER_TREE... [-- LINES ROUNDS]   (default 6000 lines, 1000 rounds; about a minute)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${BENCH_DIR:-$here/bench/out}"
vcf="$out/wgs-1s-4800000.vcf.gz"
[ -f "$vcf" ] || { echo "no $vcf: run bench/import-wgs.sh once to generate it" >&2; exit 2; }
trees=("$here")
lines=6000
rounds=1000
while [ $# -gt 0 ]; do
  if [ "$1" = -- ]; then lines="${2:-$lines}"; rounds="${3:-$rounds}"; break; fi
  trees+=("$(cd "$1" && pwd)"); shift
done
[ ${#trees[@]} -ge 2 ] || { echo "usage: $0 OTHER_TREE... [-- LINES ROUNDS]" >&2; exit 2; }
(cd "$here" && ./mvnw -B -q -DskipTests package && ./mvnw -B -q -pl app/core test-compile)
deps="$(cat "$here/app/desktop/target/classpath.txt")"
java -Xmx2g -XX:+UseParallelGC -cp "$here/app/core/target/test-classes" org.zenome.bench.ParserAB \
  "$vcf" "$lines" "$rounds" "$deps" "${trees[@]}"
