package org.zenome.plugin;

import java.util.Locale;
import java.util.Objects;

/**
 * A variant as chromosome, position, REF and ALT. {@link #normalised()} makes keys from different files
 * comparable: the contig without {@code chr} ({@code M} as {@code MT}), bases upper-case, and REF and ALT trimmed
 * of their common suffix and then their common prefix (keeping one base), moving the position accordingly.
 * No left-alignment: that needs the reference sequence; both files are expected to be left-aligned (as VEP,
 * ClinVar and gnomAD are).
 */
public record VariantKey(String chrom, int pos, String ref, String alt) {

    public VariantKey {
        Objects.requireNonNull(chrom, "chrom");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(alt, "alt");
    }

    /** The contig name without {@code chr}; {@code M} and {@code chrM} become {@code MT}. */
    public static String contig(String chrom) {
        String c = chrom.trim();
        if (c.regionMatches(true, 0, "chr", 0, 3)) {
            c = c.substring(3);
        }
        if (c.equalsIgnoreCase("M")) {
            return "MT";
        }
        return c.toUpperCase(Locale.ROOT).equals("MT") ? "MT" : c;
    }

    public VariantKey normalised() {
        String r = ref.toUpperCase(Locale.ROOT);
        String a = alt.toUpperCase(Locale.ROOT);
        int p = pos;
        if (a.startsWith("<") || a.contains("[") || a.contains("]") || a.equals("*")) {
            return new VariantKey(contig(chrom), p, r, a);
        }
        while (r.length() > 1 && a.length() > 1 && r.charAt(r.length() - 1) == a.charAt(a.length() - 1)) {
            r = r.substring(0, r.length() - 1);
            a = a.substring(0, a.length() - 1);
        }
        while (r.length() > 1 && a.length() > 1 && r.charAt(0) == a.charAt(0)) {
            r = r.substring(1);
            a = a.substring(1);
            p++;
        }
        return new VariantKey(contig(chrom), p, r, a);
    }

    @Override
    public String toString() {
        return chrom + ":" + pos + " " + ref + ">" + alt;
    }
}
