package org.zenome.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Chooses where the background calls of a demo VCF lie: in clusters ("islands") spread over the genome in
 * proportion to chromosome length, with about one call per 700 bp inside an island as in a real genome, plus an
 * island inside each gene of the case. Positions near curated findings are avoided so that the reads simulated
 * around a finding show that finding alone.
 */
final class BackgroundSites {
    /** A planned background call: where, and what kind of change. */
    record Site(String chrom, int pos, char type) {
        static final char SNV = 'S';
        static final char DELETION = 'D';
        static final char INSERTION = 'I';
        static final char MULTI = 'M';
    }

    static final int EXCLUSION = 1500;

    private final Random rng;
    private final List<int[]> excluded;
    private final List<String> excludedChrom;

    /**
     * @param excludedLoci loci to keep away from, as (contig, start, end)
     */
    BackgroundSites(Random rng, List<Object[]> excludedLoci) {
        this.rng = rng;
        this.excluded = new ArrayList<>();
        this.excludedChrom = new ArrayList<>();
        for (Object[] l : excludedLoci) {
            excludedChrom.add((String) l[0]);
            excluded.add(new int[] {(Integer) l[1], (Integer) l[2]});
        }
    }

    private boolean allowed(String chrom, int pos) {
        if (!Grch38.sampleable(chrom, pos)) {
            return false;
        }
        for (int i = 0; i < excluded.size(); i++) {
            if (excludedChrom.get(i).equals(chrom) && pos >= excluded.get(i)[0] - EXCLUSION
                    && pos <= excluded.get(i)[1] + EXCLUSION) {
                return false;
            }
        }
        return true;
    }

    /**
     * Plans the sites.
     *
     * @param islands     number of genome-wide islands
     * @param genes       genes that get an island of their own
     * @param includeChrY whether chrY is sampled (male samples present)
     * @param chrM        number of chrM calls
     */
    List<Site> plan(int islands, List<TranscriptModel> genes, boolean includeChrY, int chrM) {
        List<Site> out = new ArrayList<>();
        List<Grch38.Contig> contigs = new ArrayList<>();
        long total = 0;
        for (Grch38.Contig c : Grch38.CONTIGS) {
            if (c.name().equals("chrM") || (c.name().equals("chrY") && !includeChrY)) {
                continue;
            }
            contigs.add(c);
            total += c.name().equals("chrY") ? c.length() / 4 : c.length();
        }
        // at least one island per contig, the rest in proportion to length
        for (Grch38.Contig c : contigs) {
            island(out, c.name(), randomPosition(c.name()), 6 + rng.nextInt(8));
        }
        for (int i = contigs.size(); i < islands; i++) {
            long x = (long) (rng.nextDouble() * total);
            Grch38.Contig pick = contigs.get(contigs.size() - 1);
            for (Grch38.Contig c : contigs) {
                long w = c.name().equals("chrY") ? c.length() / 4 : c.length();
                if (x < w) {
                    pick = c;
                    break;
                }
                x -= w;
            }
            island(out, pick.name(), randomPosition(pick.name()), 6 + rng.nextInt(14));
        }
        for (TranscriptModel m : genes) {
            int span = m.end() - m.start();
            int start = m.start() + rng.nextInt(Math.max(1, span - 5000));
            island(out, m.gene().chrom(), start, 6 + rng.nextInt(8));
        }
        if (chrM > 0) {
            int[] picks = new int[chrM];
            for (int i = 0; i < chrM; i++) {
                picks[i] = 300 + rng.nextInt(16_000);
            }
            java.util.Arrays.sort(picks);
            int last = -10;
            for (int p : picks) {
                if (p > last + 5) {
                    out.add(new Site("chrM", p, Site.SNV));
                    last = p;
                }
            }
        }
        out.sort(Comparator.comparingInt((Site s) -> Grch38.contig(s.chrom()).index()).thenComparingInt(Site::pos));
        List<Site> dedup = new ArrayList<>();
        for (Site s : out) {
            Site prev = dedup.isEmpty() ? null : dedup.get(dedup.size() - 1);
            if (prev != null && prev.chrom().equals(s.chrom()) && s.pos() <= prev.pos() + 6) {
                continue;
            }
            dedup.add(s);
        }
        return dedup;
    }

    private int randomPosition(String chrom) {
        int len = Grch38.contig(chrom).length();
        for (int tries = 0; tries < 10_000; tries++) {
            int p = 1 + rng.nextInt(len);
            if (allowed(chrom, p)) {
                return p;
            }
        }
        throw new IllegalStateException("no sampleable position on " + chrom);
    }

    private void island(List<Site> out, String chrom, int start, int n) {
        int pos = start;
        for (int i = 0; i < n; i++) {
            pos += 30 + (int) (-700 * Math.log(1 - rng.nextDouble()));
            if (!allowed(chrom, pos)) {
                continue;
            }
            double u = rng.nextDouble();
            char type = u < 0.86 ? Site.SNV : u < 0.93 ? Site.DELETION : u < 0.98 ? Site.INSERTION : Site.MULTI;
            out.add(new Site(chrom, pos, type));
        }
    }
}
