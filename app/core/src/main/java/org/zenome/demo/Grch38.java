package org.zenome.demo;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The GRCh38 primary assembly as the demo case uses it: UCSC-style names and the true sequence lengths, plus the
 * approximate regions where real variant calls do not occur (assembly gaps, centromeres, acrocentric short arms,
 * heterochromatin), so that synthetic background variants land where a real genome would have them.
 */
final class Grch38 {
    /** A contig of the assembly; {@code index} is its 0-based order (chr1..chr22, chrX, chrY, chrM). */
    record Contig(String name, int length, int index) {
    }

    static final List<Contig> CONTIGS = List.of(
            new Contig("chr1", 248_956_422, 0), new Contig("chr2", 242_193_529, 1),
            new Contig("chr3", 198_295_559, 2), new Contig("chr4", 190_214_555, 3),
            new Contig("chr5", 181_538_259, 4), new Contig("chr6", 170_805_979, 5),
            new Contig("chr7", 159_345_973, 6), new Contig("chr8", 145_138_636, 7),
            new Contig("chr9", 138_394_717, 8), new Contig("chr10", 133_797_422, 9),
            new Contig("chr11", 135_086_622, 10), new Contig("chr12", 133_275_309, 11),
            new Contig("chr13", 114_364_328, 12), new Contig("chr14", 107_043_718, 13),
            new Contig("chr15", 101_991_189, 14), new Contig("chr16", 90_338_345, 15),
            new Contig("chr17", 83_257_441, 16), new Contig("chr18", 80_373_285, 17),
            new Contig("chr19", 58_617_616, 18), new Contig("chr20", 64_444_167, 19),
            new Contig("chr21", 46_709_983, 20), new Contig("chr22", 50_818_468, 21),
            new Contig("chrX", 156_040_895, 22), new Contig("chrY", 57_227_415, 23),
            new Contig("chrM", 16_569, 24));

    private static final Map<String, Contig> BY_NAME =
            CONTIGS.stream().collect(Collectors.toUnmodifiableMap(Contig::name, Function.identity()));

    /** Approximate unsampled intervals in Mb (start, end) per contig: centromere +-1.5 Mb, gaps, p arms. */
    private static final Map<String, double[]> AVOID_MB = Map.ofEntries(
            Map.entry("chr1", new double[] {120.0, 145.0}), Map.entry("chr2", new double[] {91.0, 96.5}),
            Map.entry("chr3", new double[] {89.5, 94.5}), Map.entry("chr4", new double[] {48.5, 52.5}),
            Map.entry("chr5", new double[] {45.5, 51.0}), Map.entry("chr6", new double[] {57.5, 61.0}),
            Map.entry("chr7", new double[] {57.5, 62.0}), Map.entry("chr8", new double[] {43.5, 46.5}),
            Map.entry("chr9", new double[] {38.5, 68.5}), Map.entry("chr10", new double[] {38.5, 42.5}),
            Map.entry("chr11", new double[] {50.5, 55.0}), Map.entry("chr12", new double[] {34.0, 38.0}),
            Map.entry("chr13", new double[] {0.0, 19.5}), Map.entry("chr14", new double[] {0.0, 19.5}),
            Map.entry("chr15", new double[] {0.0, 20.5}), Map.entry("chr16", new double[] {35.5, 47.0}),
            Map.entry("chr17", new double[] {22.0, 27.5}), Map.entry("chr18", new double[] {15.0, 21.5}),
            Map.entry("chr19", new double[] {24.0, 28.0}), Map.entry("chr20", new double[] {25.5, 31.0}),
            Map.entry("chr21", new double[] {0.0, 13.5}), Map.entry("chr22", new double[] {0.0, 16.5}),
            Map.entry("chrX", new double[] {57.5, 62.0}), Map.entry("chrY", new double[] {10.0, 57.3}));

    /** Pseudo-autosomal regions (1-based, inclusive) on chrX and chrY. */
    private static final int PAR1_END = 2_781_479;
    private static final int PAR2_X_START = 155_701_383;
    private static final int PAR2_Y_START = 56_887_903;

    private Grch38() {
    }

    static Contig contig(String name) {
        Contig c = BY_NAME.get(name);
        if (c == null) {
            throw new IllegalArgumentException("not a GRCh38 primary contig: " + name);
        }
        return c;
    }

    /** Whether a position lies in a pseudo-autosomal region (diploid in males). */
    static boolean inPar(String chrom, int pos) {
        if (chrom.equals("chrX")) {
            return pos <= PAR1_END || pos >= PAR2_X_START;
        }
        if (chrom.equals("chrY")) {
            return pos <= PAR1_END || pos >= PAR2_Y_START;
        }
        return false;
    }

    /** Whether synthetic background calls may be placed here (not near an end, a gap or in a PAR). */
    static boolean sampleable(String chrom, int pos) {
        Contig c = contig(chrom);
        if (chrom.equals("chrM")) {
            return pos > 100 && pos < c.length() - 100;
        }
        if (pos < 1_500_000 || pos > c.length() - 1_500_000 || inPar(chrom, pos)) {
            return false;
        }
        double[] avoid = AVOID_MB.get(chrom);
        double mb = pos / 1e6;
        return avoid == null || mb < avoid[0] || mb > avoid[1];
    }

    /** Male ploidy: chrX and chrY outside the PARs and chrM are haploid; chrM is haploid in everybody. */
    static int ploidy(String chrom, int pos, boolean male) {
        if (chrom.equals("chrM")) {
            return 1;
        }
        if (male && (chrom.equals("chrX") || chrom.equals("chrY")) && !inPar(chrom, pos)) {
            return 1;
        }
        return 2;
    }
}
