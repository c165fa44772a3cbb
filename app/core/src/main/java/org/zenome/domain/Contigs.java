package org.zenome.domain;

import java.util.Locale;

/** Chromosome naming: accepts {@code 1} and {@code chr1} alike and shows {@code chr1}. */
public final class Contigs {
    private Contigs() {
    }

    /** Display name: chr1..chr22, chrX, chrY, chrM; other contigs keep their name. */
    public static String normalise(String contig) {
        String c = contig.trim();
        String bare = c.regionMatches(true, 0, "chr", 0, 3) ? c.substring(3) : c;
        String upper = bare.toUpperCase(Locale.ROOT);
        if (upper.equals("M") || upper.equals("MT")) {
            return "chrM";
        }
        if (upper.equals("X") || upper.equals("Y")) {
            return "chr" + upper;
        }
        if (isAutosomeNumber(bare)) {
            return "chr" + Integer.parseInt(bare);
        }
        return c;
    }

    /** Sort order: autosomes 1-22, then X 23, Y 24, M 25, then others (1000 + their order in the file). */
    public static int order(String normalised, int fileOrder) {
        if (normalised.startsWith("chr")) {
            String b = normalised.substring(3);
            if (isAutosomeNumber(b)) {
                return Integer.parseInt(b);
            }
            switch (b) {
                case "X":
                    return 23;
                case "Y":
                    return 24;
                case "M":
                    return 25;
                default:
                    break;
            }
        }
        return 1000 + fileOrder;
    }

    private static boolean isAutosomeNumber(String s) {
        if (s.isEmpty() || s.length() > 2) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        int n = Integer.parseInt(s);
        return n >= 1 && n <= 22;
    }
}
