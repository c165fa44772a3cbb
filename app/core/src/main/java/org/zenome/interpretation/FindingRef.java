package org.zenome.interpretation;

import java.util.Objects;
import org.zenome.domain.Finding;

/**
 * The finding an interpretation record belongs to: its store-wide id and, so that the history stays readable
 * on its own, where it is.
 */
public record FindingRef(long casePk, long findingId, String chrom, int pos, String ref, String alt, String gene) {

    public FindingRef {
        Objects.requireNonNull(chrom, "chrom");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(alt, "alt");
        gene = gene == null ? "" : gene;
    }

    public static FindingRef of(long casePk, Finding f) {
        return new FindingRef(casePk, f.id(), f.chrom(), f.pos(), f.ref(), f.alt(), f.gene());
    }

    /** {@code BRCA1 chr17:43094464 C>T} */
    public String label() {
        return (gene.isEmpty() ? "" : gene + " ") + chrom + ":" + pos + " " + ref + ">" + alt;
    }
}
