#!/usr/bin/env bash
# Whole-genome import into SQLite and into PostgreSQL (COPY) on this machine, one after the other (issue 10:
# PostgreSQL within 2x of SQLite), then the filter latencies on both and a check that both give the same findings
# (EngineCompare). The server is a local PostgreSQL started from the embedded-postgres binaries of the test class
# path, default durability (fsync and synchronous commit on).
# Usage: bench/import-wgs-postgresql.sh [--records N]   (data in bench/out/, generated once as by import-wgs.sh)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${BENCH_DIR:-$here/bench/out}"
records=4800000
while [ $# -gt 0 ]; do
  case "$1" in
    --records) records="$2"; shift 2 ;;
    *) echo "usage: $0 [--records N]" >&2; exit 2 ;;
  esac
done
gen="$here/../shared/tools/make-wgs-vcf"
mkdir -p "$out"
vcf="$out/wgs-1s-${records}.vcf.gz"
if [ ! -f "$vcf" ]; then
  [ -x "$gen" ] || { echo "generator not found: $gen" >&2; exit 2; }
  "$gen" --records "$records" --samples 1 --index -o "$vcf"
fi
# each module writes its class path into its own target/ (the last module's would win in a shared file)
(cd "$here" && ./mvnw -B -q -pl app/core -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test)
java -Xmx2g -cp "$here/app/core/target/test-classes:$here/app/core/target/classes:$(cat "$here/app/core/target/test-classpath.txt")" \
  org.zenome.bench.PgImportBench "$vcf" "$out/pg"
