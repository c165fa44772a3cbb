package org.zenome.browser;

import java.util.Objects;
import org.zenome.domain.Finding;
import org.zenome.domain.Region;
import org.zenome.domain.VariantType;

/**
 * The region the browser shows around a variant, with the variant centred:
 * <ul>
 *   <li>SNV: {@value #SNV_FLANK} bp either side (101 bp, single bases and reads readable);</li>
 *   <li>MNV: the same flank around the changed bases;</li>
 *   <li>insertions, deletions and complex indels: {@value #SNV_FLANK} bp plus the longer allele's length
 *       either side, so the reads that span the event, and those clipped by it, are in view;</li>
 *   <li>structural variants with an END: the whole event plus {@value #SV_MARGIN_PERCENT}% of its length
 *       (at least {@value #SV_MIN_MARGIN} bp) either side; a breakend or an SV without END:
 *       {@value #BREAKEND_FLANK} bp either side of the breakpoint.</li>
 * </ul>
 */
public final class VariantWindow {
    public static final int SNV_FLANK = 50;
    public static final int SV_MARGIN_PERCENT = 15;
    public static final int SV_MIN_MARGIN = 100;
    public static final int BREAKEND_FLANK = 250;

    private VariantWindow() {
    }

    /** The window around a finding of the case (uses its END for structural variants). */
    public static Region around(Finding f) {
        return around(f.chrom(), f.pos(), f.ref(), f.alt(), f.end());
    }

    /**
     * @param chrom contig as the browser's genome names it (igv.js also accepts {@code 17} for {@code chr17})
     * @param pos   1-based VCF POS
     * @param svEnd 1-based END of a structural variant, or anything &lt;= pos when unknown
     */
    public static Region around(String chrom, int pos, String ref, String alt, int svEnd) {
        Objects.requireNonNull(chrom, "chrom");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(alt, "alt");
        if (pos < 1) {
            throw new IllegalArgumentException("pos " + pos);
        }
        VariantType type = VariantType.of(ref, alt);
        long first;
        long last;
        switch (type) {
            case SNV, MNV, SPANNING_DELETION -> {
                first = (long) pos - SNV_FLANK;
                last = (long) pos + ref.length() - 1 + SNV_FLANK;
            }
            case INSERTION, DELETION, INDEL -> {
                long flank = SNV_FLANK + (long) Math.max(ref.length(), alt.length());
                first = pos - flank;
                last = (long) pos + ref.length() - 1 + flank;
            }
            case STRUCTURAL -> {
                if (svEnd > pos) {
                    long length = (long) svEnd - pos + 1;
                    long margin = Math.max(SV_MIN_MARGIN, (length * SV_MARGIN_PERCENT + 99) / 100);
                    first = pos - margin;
                    last = svEnd + margin;
                } else {
                    first = (long) pos - BREAKEND_FLANK;
                    last = (long) pos + BREAKEND_FLANK;
                }
            }
            default -> throw new IllegalStateException("unknown type " + type);
        }
        int start = (int) Math.max(1, first);
        int end = (int) Math.min(Integer.MAX_VALUE - 1, last);
        return new Region(chrom, start, end);
    }

    /** {@code chrom:start-end}, the form igv.js searches for. */
    public static String locus(Region r) {
        return r.chrom() + ":" + r.start() + "-" + r.end();
    }
}
