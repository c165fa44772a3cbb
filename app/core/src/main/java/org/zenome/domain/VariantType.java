package org.zenome.domain;

/** Kind of a finding, decided from REF/ALT and, for symbolic alleles, SVTYPE. */
public enum VariantType {
    SNV,
    MNV,
    INSERTION,
    DELETION,
    INDEL,
    /** Symbolic or breakend allele: &lt;DEL&gt;, &lt;DUP&gt;, &lt;INV&gt;, &lt;CNV&gt;, BND... */
    STRUCTURAL;

    /** Classifies a simple (non-symbolic) allele pair. */
    public static VariantType of(String ref, String alt) {
        if (alt.startsWith("<") || alt.indexOf('[') >= 0 || alt.indexOf(']') >= 0 || alt.equals("*")) {
            return STRUCTURAL;
        }
        if (ref.length() == alt.length()) {
            return ref.length() == 1 ? SNV : MNV;
        }
        if (ref.length() == 1 && alt.length() > 1 && alt.charAt(0) == ref.charAt(0)) {
            return INSERTION;
        }
        if (alt.length() == 1 && ref.length() > 1 && ref.charAt(0) == alt.charAt(0)) {
            return DELETION;
        }
        return INDEL;
    }
}
