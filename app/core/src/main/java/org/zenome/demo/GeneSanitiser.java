package org.zenome.demo;

import java.util.Random;

/**
 * Makes the random reference look like a genome around the demo genes: canonical GT..AG introns, an ATG at c.1, a
 * stop codon at the end of the coding sequence and no premature stop in frame, wherever the reference has sequence.
 */
final class GeneSanitiser {
    private static final String[] STOPS = {"TAA", "TAG", "TGA"};

    private final SyntheticReference ref;
    private final Random rng;

    GeneSanitiser(SyntheticReference ref, Random rng) {
        this.ref = ref;
        this.rng = rng;
    }

    /** Splice sites and the reading frame, on bases nobody forced. */
    void spliceSitesAndFrame(TranscriptModel m) {
        String chrom = m.gene().chrom();
        for (int i = 0; i < m.exonCount() - 1; i++) {
            if (m.plusStrand()) {
                setCoding(m, m.exonEnd(i) + 1, 'G');
                setCoding(m, m.exonEnd(i) + 2, 'T');
                setCoding(m, m.exonStart(i + 1) - 2, 'A');
                setCoding(m, m.exonStart(i + 1) - 1, 'G');
            } else {
                setCoding(m, m.exonStart(i) - 1, 'G');
                setCoding(m, m.exonStart(i) - 2, 'T');
                setCoding(m, m.exonEnd(i + 1) + 2, 'A');
                setCoding(m, m.exonEnd(i + 1) + 1, 'G');
            }
        }
        int cds = m.cdsLength();
        for (int c = 1; c + 2 <= cds; c += 3) {
            int[] g = codon(m, c);
            if (g == null) {
                continue;
            }
            String current = read(m, g);
            String wanted = current;
            if (c == 1) {
                wanted = "ATG";
            } else if (c + 2 == cds) {
                wanted = Dna.isStop(current) ? current : STOPS[rng.nextInt(3)];
            } else if (Dna.isStop(current)) {
                wanted = Dna.randomSenseCodon(rng);
            }
            for (int k = 0; k < 3; k++) {
                if (!ref.isForced(chrom, g[k])) {
                    setCoding(m, g[k], wanted.charAt(k));
                }
            }
        }
    }

    /** After forcing: any premature stop left is broken by changing a base nobody forced. */
    void repairStops(TranscriptModel m) {
        String chrom = m.gene().chrom();
        int cds = m.cdsLength();
        for (int c = 4; c + 2 < cds; c += 3) {
            int[] g = codon(m, c);
            if (g == null || !Dna.isStop(read(m, g))) {
                continue;
            }
            boolean fixed = false;
            for (int k = 0; k < 3 && !fixed; k++) {
                if (ref.isForced(chrom, g[k])) {
                    continue;
                }
                for (char b : Dna.BASES.toCharArray()) {
                    StringBuilder codon = new StringBuilder(read(m, g));
                    codon.setCharAt(k, b);
                    if (!Dna.isStop(codon)) {
                        setCoding(m, g[k], b);
                        fixed = true;
                        break;
                    }
                }
            }
            if (!fixed) {
                throw new IllegalStateException(m.gene().symbol() + ": forced bases make codon " + ((c + 2) / 3)
                        + " a stop");
            }
        }
    }

    /** Genomic positions of the codon starting at c. (null unless all three have sequence). */
    private int[] codon(TranscriptModel m, int c) {
        int t = m.utr5() + c;
        int[] g = {m.genomic(t), m.genomic(t + 1), m.genomic(t + 2)};
        for (int x : g) {
            if (!ref.covered(m.gene().chrom(), x)) {
                return null;
            }
        }
        return g;
    }

    private String read(TranscriptModel m, int[] g) {
        StringBuilder sb = new StringBuilder(3);
        for (int x : g) {
            char b = ref.base(m.gene().chrom(), x);
            sb.append(m.plusStrand() ? b : Dna.complement(b));
        }
        return sb.toString();
    }

    private void setCoding(TranscriptModel m, int g, char codingBase) {
        String chrom = m.gene().chrom();
        if (ref.covered(chrom, g) && !ref.isForced(chrom, g)) {
            ref.set(chrom, g, m.plusStrand() ? codingBase : Dna.complement(codingBase));
        }
    }
}
