package org.zenome.plugin;

import java.util.Locale;
import java.util.Objects;

/**
 * A variant as chromosome, position, REF and ALT. {@link #normalised()} makes keys from different files
 * comparable: the contig without {@code chr} ({@code M} as {@code MT}), bases upper-case, and REF and ALT trimmed
 * of their common suffix and then their common prefix (keeping one base), moving the position accordingly.
 * {@link #leftAligned(ReferenceBases)} also shifts an indel in a repeat to its left-most position, as
 * {@code bcftools norm -f} and {@code vt normalize} do (Tan et al. 2015, Bioinformatics 31:2202); that needs the
 * reference sequence. Without it, both files must already be left-aligned (as VEP, ClinVar and gnomAD are).
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

    /** Most positions an indel is shifted by before giving up (a run longer than this is left as it is). */
    static final int MAX_SHIFT = 10_000;

    /** Whether REF and ALT differ in length (an insertion, a deletion or a complex indel); symbolic alleles are not. */
    public boolean isIndel() {
        return ref.length() != alt.length() && !symbolic(alt);
    }

    private static boolean symbolic(String a) {
        return a.startsWith("<") || a.contains("[") || a.contains("]") || a.equals("*") || a.equals(".");
    }

    /**
     * The {@linkplain #normalised() normalised} key with an indel moved to the left-most position of the repeat it
     * lies in (the vt / bcftools norm algorithm: while both alleles end with the same base, drop it, and when an
     * allele becomes empty, prepend the reference base before it; then trim the common leading bases keeping one).
     * SNVs, MNVs and symbolic alleles are only normalised (no reference read). The normalised key is returned as it
     * is when {@code reference} is null, lacks the contig, or its bases differ from REF (the VCF is of another
     * reference).
     */
    public VariantKey leftAligned(ReferenceBases reference) {
        VariantKey k = normalised();
        if (reference == null || !k.isIndel()) {
            return k;
        }
        String onReference = reference.bases(k.chrom, k.pos, (long) k.pos + k.ref.length() - 1);
        if (onReference == null || !onReference.equals(k.ref)) {
            return k;
        }
        StringBuilder r = new StringBuilder(k.ref);
        StringBuilder a = new StringBuilder(k.alt);
        int p = k.pos;
        for (int shifts = 0; ; ) {
            boolean changed = false;
            if (r.length() > 0 && a.length() > 0 && r.charAt(r.length() - 1) == a.charAt(a.length() - 1)) {
                r.setLength(r.length() - 1);
                a.setLength(a.length() - 1);
                changed = true;
            }
            if (r.length() == 0 || a.length() == 0) {
                char before = p > 1 ? reference.base(k.chrom, p - 1L) : 0;
                if (before == 0 || before == 'N' || ++shifts > MAX_SHIFT) {
                    return k;
                }
                r.insert(0, before);
                a.insert(0, before);
                p--;
                changed = true;
            }
            if (!changed) {
                break;
            }
        }
        while (r.length() > 1 && a.length() > 1 && r.charAt(0) == a.charAt(0)) {
            r.deleteCharAt(0);
            a.deleteCharAt(0);
            p++;
        }
        return new VariantKey(k.chrom, p, r.toString(), a.toString());
    }

    /**
     * The right-most position (of the base before the indel) at which this left-aligned insertion or deletion could
     * be written with the same meaning, i.e. how far to the right a record of another file that was not
     * left-aligned may start; {@link #pos()} for anything else.
     */
    public int rightmostPosition(ReferenceBases reference) {
        if (reference == null || !isIndel() || ref.isEmpty() || alt.isEmpty() || ref.charAt(0) != alt.charAt(0)
                || (ref.length() > 1 && alt.length() > 1)) {
            return pos;
        }
        int p = pos;
        if (ref.length() > 1) { // deletion of ref[1..]: moves right while the next base equals the first deleted
            int len = ref.length() - 1;
            for (int i = 0; i < MAX_SHIFT; i++) {
                char first = reference.base(chrom, p + 1L);
                if (first == 0 || first != reference.base(chrom, (long) p + 1 + len)) {
                    break;
                }
                p++;
            }
        } else { // insertion of alt[1..] after p: moves right while the next base equals its first base (rotating)
            StringBuilder s = new StringBuilder(alt.substring(1));
            for (int i = 0; i < MAX_SHIFT; i++) {
                char next = reference.base(chrom, p + 1L);
                if (next == 0 || next != s.charAt(0)) {
                    break;
                }
                s.append(s.charAt(0)).deleteCharAt(0);
                p++;
            }
        }
        return p;
    }

    @Override
    public String toString() {
        return chrom + ":" + pos + " " + ref + ">" + alt;
    }
}
