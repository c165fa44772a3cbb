package org.zenome.domain;

/**
 * Kind of a finding, decided from REF/ALT and, for symbolic alleles, SVTYPE. The ordinals are stored in the
 * case database: new kinds are appended.
 */
public enum VariantType {
    SNV,
    MNV,
    INSERTION,
    DELETION,
    INDEL,
    /** Symbolic or breakend allele: &lt;DEL&gt;, &lt;DUP&gt;, &lt;INV&gt;, &lt;CNV&gt;, mate and single breakends. */
    STRUCTURAL,
    /**
     * The {@code *} allele: the site lies inside a deletion called at an upstream position (VCF 4.2+). Kept as a
     * finding, as {@code bcftools norm -m-} keeps it, so the genotypes of the overlapped site stay visible.
     */
    SPANNING_DELETION;

    /**
     * Classifies an allele pair. Sequence alleles are compared after trimming their common suffix and then their
     * common prefix, so non-minimal representations (from multi-allelic records or callers that pad alleles) are
     * typed by what changes: {@code ACT>AGT} is an SNV, {@code GCACA>GCA} a deletion.
     */
    public static VariantType of(String ref, String alt) {
        if (ref.length() == 1 && alt.length() == 1) {
            // most findings of a genome: one base for one base (or a one-character special allele)
            char c = alt.charAt(0);
            return c == '*' ? SPANNING_DELETION : c == '<' || c == '[' || c == ']' ? STRUCTURAL : SNV;
        }
        if (alt.equals("*")) {
            return SPANNING_DELETION;
        }
        if (alt.startsWith("<") || alt.indexOf('[') >= 0 || alt.indexOf(']') >= 0 || isSingleBreakend(alt)) {
            return STRUCTURAL;
        }
        int r = ref.length();
        int a = alt.length();
        // an anchored insertion or deletion (one allele a single base: most indels) needs no trimming loop
        if (r == 1 && a > 1) {
            char base = ref.charAt(0);
            return same(base, alt.charAt(0)) || same(base, alt.charAt(a - 1)) ? INSERTION : INDEL;
        }
        if (a == 1 && r > 1) {
            char base = alt.charAt(0);
            return same(base, ref.charAt(0)) || same(base, ref.charAt(r - 1)) ? DELETION : INDEL;
        }
        return trimmed(ref, alt, r, a);
    }

    /**
     * The type of a change that is neither a single base nor an anchored indel, by trimming the bases REF and ALT
     * share at either end. A method of its own: its loops' compiled form changes with the alleles it meets, and
     * compiling it again should not mean compiling its callers again.
     */
    private static VariantType trimmed(String ref, String alt, int r, int a) {
        while (r > 0 && a > 0 && same(ref.charAt(r - 1), alt.charAt(a - 1))) {
            r--;
            a--;
        }
        int p = 0;
        while (p < r && p < a && same(ref.charAt(p), alt.charAt(p))) {
            p++;
        }
        int dr = r - p;
        int da = a - p;
        if (dr == 0 && da == 0) {
            // REF equals ALT: not a change; typed by length as written
            return ref.length() == 1 ? SNV : MNV;
        }
        if (dr == 0) {
            return INSERTION;
        }
        if (da == 0) {
            return DELETION;
        }
        if (dr == da) {
            return dr == 1 ? SNV : MNV;
        }
        return INDEL;
    }

    /** A single breakend (VCF 4.2 section 5.4.9): {@code A.} or {@code .A}. */
    private static boolean isSingleBreakend(String alt) {
        return alt.length() > 1 && (alt.charAt(0) == '.' || alt.charAt(alt.length() - 1) == '.');
    }

    private static boolean same(char x, char y) {
        return Character.toUpperCase(x) == Character.toUpperCase(y);
    }
}
