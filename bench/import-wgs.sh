#!/usr/bin/env bash
# Whole-genome import and filter benchmark (issues 2 and 8). Measures, in one run on this machine:
#   bcftools view -Ou -o /dev/null wgs.vcf.gz   (the reference time)
#   ./zenome import of the same file            (wall time, CPU, peak RSS, ratio to bcftools)
#   typical filters over the imported case      (first page and count latency)
# Usage: bench/import-wgs.sh [--samples 3] [--records N] [--runs N]   (data in bench/out/, generated once)
# --runs N (default 3) alternates bcftools and the import N times and reports each pair and the medians: on a shared
# machine either of them may be slowed by other work, so one pair can be far off in either direction.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${BENCH_DIR:-$here/bench/out}"
samples=1
records=4800000
runs=3
while [ $# -gt 0 ]; do
  case "$1" in
    --samples) samples="$2"; shift 2 ;;
    --records) records="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    *) echo "usage: $0 [--samples N] [--records N] [--runs N]" >&2; exit 2 ;;
  esac
done
gen="$here/../shared/tools/make-wgs-vcf"
command -v bcftools >/dev/null || { echo "bcftools is needed (apt-get install bcftools)" >&2; exit 2; }
mkdir -p "$out"
vcf="$out/wgs-${samples}s-${records}.vcf.gz"
if [ ! -f "$vcf" ]; then
  [ -x "$gen" ] || { echo "generator not found: $gen" >&2; exit 2; }
  echo "generating $vcf ..." >&2
  "$gen" --records "$records" --samples "$samples" --index -o "$vcf"
fi
(cd "$here" && ./mvnw -B -q -DskipTests package && ./mvnw -B -q -pl app/core -am test-compile)
cp_file="$here/app/desktop/target/classpath.txt"
db="$out/bench.db"
rm -rf "$db" "$db"-* "$db.findings"

# The import goes into an existing store, as on a workstation (creating a new store runs the schema migrations
# once; the first command after a build also writes the class-data archive): both happen here, untimed.
"$here/zenome" cases --db "$db" > /dev/null

ped_args=()
if [ "$samples" = 3 ]; then
  # make-wgs-vcf names a trio's samples proband, mother and father: the pedigree gives them their roles, so the
  # inheritance filters (de novo, AR, compound het, X-linked) are part of the filter benchmark
  ped="$out/wgs-3s.ped"
  printf 'FAM\tproband\tfather\tmother\t1\t2\nFAM\tfather\t0\t0\t1\t1\nFAM\tmother\t0\t0\t2\t1\n' > "$ped"
  ped_args=(--ped "$ped")
fi

median() { sort -g | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }
: > "$out/runs.tsv"
for run in $(seq "$runs"); do
  bcf=$( { /usr/bin/time -f "%e" bcftools view -Ou -o /dev/null "$vcf"; } 2>&1 | tail -1 )
  if [ "$run" -gt 1 ]; then
    # each run imports into a fresh store, as the first (the filter benchmark reads the last run's case)
    rm -rf "$db" "$db"-* "$db.findings"
    "$here/zenome" cases --db "$db" > /dev/null
  fi
  /usr/bin/time -v "$here/zenome" import -q --db "$db" --case BENCH ${ped_args[@]+"${ped_args[@]}"} "$vcf" 2> "$out/import.time" > "$out/import.out"
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/{print $2}' "$out/import.time" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(awk -F': ' '/Maximum resident set size/{print $2}' "$out/import.time")
  cpu=$(awk -F': ' '/User time/{u=$2} /System time/{s=$2} END{print u+s}' "$out/import.time")
  ratio=$(awk -v a="$wall" -v b="$bcf" 'BEGIN{printf "%.2f", a/b}')
  printf '%s\t%s\t%s\t%s\t%s\n' "$bcf" "$wall" "$cpu" "$((rss / 1024))" "$ratio" >> "$out/runs.tsv"
  echo "run $run: bcftools_seconds $bcf  import_seconds $wall  import_cpu_seconds $cpu  peak_rss_mib $((rss / 1024))  ratio $ratio"
done
cat "$out/import.out"
echo "== medians over $runs runs (bcftools and the import alternating)"
echo "bcftools_seconds	$(cut -f1 "$out/runs.tsv" | median)"
echo "import_seconds	$(cut -f2 "$out/runs.tsv" | median)"
echo "import_cpu_seconds	$(cut -f3 "$out/runs.tsv" | median)"
echo "peak_rss_mib	$(cut -f4 "$out/runs.tsv" | sort -n | tail -1) (largest)"
echo "ratio_to_bcftools	$(cut -f5 "$out/runs.tsv" | median) (median of the runs' ratios)"

echo "== filters (first page of 100 / count)"
java -cp "$here/app/core/target/test-classes:$here/app/core/target/classes:$(cat "$cp_file")" \
  org.zenome.bench.FilterBench "$db" BENCH 11
