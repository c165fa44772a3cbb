#!/usr/bin/env bash
# Speed of annotation matching with and without indel left-alignment (issue 4). Generates once, in bench/out/:
# a 20 Mb synthetic chr1 with homopolymer and dinucleotide runs (indexed FASTA), a source VCF of ~785,000 sites
# (12% indels; bgzip + tabix) and a case of ~78,000 of them in position order; then times VcfSites look-ups of the
# case in the source, trimmed only and left-aligned. Needs python3, samtools, bgzip and tabix.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${BENCH_DIR:-$here/bench/out}/left-align"
mkdir -p "$out"
if [ ! -f "$out/source.vcf.gz.tbi" ]; then
  (cd "$out" && python3 - <<'PY'
import random
random.seed(7)
L = 20_000_000
parts, n = [], 0
while n < L:
    r = random.random()
    if r < 0.02:
        s = random.choice('ACGT') * random.randint(5, 15)
    elif r < 0.03:
        s = ''.join(random.choice('ACGT') for _ in range(2)) * random.randint(3, 8)
    else:
        s = ''.join(random.choice('ACGT') for _ in range(random.randint(20, 80)))
    parts.append(s)
    n += len(s)
seq = ''.join(parts)[:L]
with open('ref.fa', 'w') as f:
    f.write('>chr1\n')
    for i in range(0, L, 60):
        f.write(seq[i:i + 60] + '\n')
src, case, pos = [], [], 100
while pos < L - 100:
    pos += random.randint(1, 50)
    if random.random() < 0.12:
        k = random.randint(1, 4)
        if random.random() < 0.5:
            r, a = seq[pos - 1:pos + k], seq[pos - 1]
        else:
            r = seq[pos - 1]
            a = r + ''.join(random.choice('ACGT') for _ in range(k))
    else:
        r = seq[pos - 1]
        a = random.choice([b for b in 'ACGT' if b != r])
    src.append((pos, r, a))
    if random.random() < 0.1:
        case.append((pos, r, a))
with open('source.vcf', 'w') as f:
    f.write('##fileformat=VCFv4.2\n##INFO=<ID=AF,Number=A,Type=Float,Description="AF">\n'
            '#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n')
    for p, r, a in src:
        f.write(f'chr1\t{p}\t.\t{r}\t{a}\t.\tPASS\tAF=0.01\n')
with open('case.tsv', 'w') as f:
    for p, r, a in case:
        f.write(f'{p}\t{r}\t{a}\n')
PY
  samtools faidx ref.fa && bgzip -f source.vcf && tabix -p vcf source.vcf.gz)
fi
(cd "$here" && ./mvnw -B -q -o -pl plugins/api compile)
htsjdk="$(find "$HOME/.m2/repository/com/github/samtools/htsjdk" -name 'htsjdk-*.jar' | sort | tail -1)"
java -cp "$here/plugins/api/target/classes:$htsjdk" "$here/bench/LeftAlignBench.java" "$out/ref.fa" \
  "$out/source.vcf.gz" "$out/case.tsv"
