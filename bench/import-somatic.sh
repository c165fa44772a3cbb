#!/usr/bin/env bash
# Issue 8 target "a 40 k-record tumour/normal somatic VCF imports in <= 1 s": the import of
# `make-wgs-vcf --somatic --records 40000` timed three ways, in the same run:
#  - the whole command-line process (`zenome import`, JVM start included), three times;
#  - the import itself as the command line reports it (fresh JVM: class loading and compilation included);
#  - the same import repeated in one JVM (what the open desktop application pays), via org.zenome.bench.ImportBench.
# Usage: bench/import-somatic.sh [--records N]; BENCH_DIR chooses the work folder (default bench/out).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${BENCH_DIR:-$here/bench/out}"
records=40000
while [ $# -gt 0 ]; do
  case "$1" in
    --records) records="$2"; shift 2 ;;
    *) echo "usage: $0 [--records N]" >&2; exit 2 ;;
  esac
done
gen="$here/../shared/tools/make-wgs-vcf"
mkdir -p "$out"
vcf="$out/somatic-${records}.vcf.gz"
if [ ! -f "$vcf" ]; then
  [ -x "$gen" ] || { echo "generator not found: $gen" >&2; exit 2; }
  "$gen" --somatic --records "$records" --index -o "$vcf"
fi
(cd "$here" && ./mvnw -B -q -DskipTests package && ./mvnw -B -q -pl app/core -am test-compile)
cp_file="$here/app/desktop/target/classpath.txt"
db="$out/somatic.db"
rm -rf "$db" "$db"-* "$db.findings"
"$here/zenome" cases --db "$db" > /dev/null

echo "== bcftools view -Ou (reference)"
command -v bcftools >/dev/null && { /usr/bin/time -f "bcftools_seconds	%e" bcftools view -Ou -o /dev/null "$vcf"; } 2>&1 | tail -1

echo "== zenome import (whole process, 3 runs)"
for i in 1 2 3; do
  /usr/bin/time -f "process_seconds	%e	cpu	%U+%S" "$here/zenome" import -q --replace --db "$db" --case SOMATIC "$vcf" 2>&1 \
    | grep -E "process_seconds|imported" || true
  grep "Imported case SOMATIC" "$HOME/.local/share/zenome/logs/zenome.log" 2>/dev/null | tail -1 | sed 's/.* in /import_ms_reported	/'
done

echo "== the same import repeated in one JVM (open application)"
java -Xmx1g -XX:+UseParallelGC -cp "$here/app/core/target/test-classes:$here/app/core/target/classes:$(cat "$cp_file")" \
  org.zenome.bench.ImportBench "$db" "$vcf" 6
