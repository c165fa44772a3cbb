package org.zenome.plot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The 96 single-base-substitution classes (pyrimidine reference, the base 5' and 3'), in the order of the COSMIC
 * signature tables ({@code A[C>A]A}, {@code A[C>A]C}, ...), and counts of them.
 */
public final class Spectrum {
    public static final String[] SUBSTITUTIONS = {"C>A", "C>G", "C>T", "T>A", "T>C", "T>G"};
    private static final String BASES = "ACGT";
    private static final List<String> CLASSES;

    static {
        List<String> c = new ArrayList<>(96);
        for (String s : SUBSTITUTIONS) {
            for (int a = 0; a < 4; a++) {
                for (int b = 0; b < 4; b++) {
                    c.add(BASES.charAt(a) + "[" + s + "]" + BASES.charAt(b));
                }
            }
        }
        CLASSES = Collections.unmodifiableList(c);
    }

    private final long[] counts = new long[96];
    private long skipped;
    private long refMismatches;

    /** The 96 class names in COSMIC order. */
    public static List<String> classes() {
        return CLASSES;
    }

    /**
     * The class of a substitution with its trinucleotide context ({@code context} is the reference base before,
     * the reference base and the base after, on the forward strand), or -1 when not a plain SNV with A/C/G/T context.
     */
    public static int classOf(String context, char ref, char alt) {
        if (context == null || context.length() != 3) {
            return -1;
        }
        String ctx = context.toUpperCase(Locale.ROOT);
        char r = Character.toUpperCase(ref);
        char a = Character.toUpperCase(alt);
        if (ctx.charAt(1) != r || BASES.indexOf(r) < 0 || BASES.indexOf(a) < 0 || r == a
                || BASES.indexOf(ctx.charAt(0)) < 0 || BASES.indexOf(ctx.charAt(2)) < 0) {
            return -1;
        }
        if (r == 'G' || r == 'A') {
            ctx = new String(new char[] {complement(ctx.charAt(2)), complement(r), complement(ctx.charAt(0))});
            r = complement(r);
            a = complement(a);
        }
        int sub = java.util.Arrays.asList(SUBSTITUTIONS).indexOf(r + ">" + a);
        return sub * 16 + BASES.indexOf(ctx.charAt(0)) * 4 + BASES.indexOf(ctx.charAt(2));
    }

    static char complement(char b) {
        switch (b) {
            case 'A':
                return 'T';
            case 'C':
                return 'G';
            case 'G':
                return 'C';
            case 'T':
                return 'A';
            default:
                return 'N';
        }
    }

    /** Counts one SNV; one whose context is not usable is counted as skipped, a REF unlike the reference apart. */
    public void add(String context, char ref, char alt) {
        if (context != null && context.length() == 3
                && Character.toUpperCase(context.charAt(1)) != Character.toUpperCase(ref)) {
            refMismatches++;
            return;
        }
        int k = classOf(context, ref, alt);
        if (k < 0) {
            skipped++;
        } else {
            counts[k]++;
        }
    }

    public long[] counts() {
        return counts.clone();
    }

    public long total() {
        long t = 0;
        for (long c : counts) {
            t += c;
        }
        return t;
    }

    public long skipped() {
        return skipped;
    }

    /** SNVs whose REF differs from the reference FASTA (a reference of another build or version). */
    public long refMismatches() {
        return refMismatches;
    }
}
