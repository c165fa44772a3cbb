package org.zenome.interpretation;

import java.util.List;

/**
 * What became of a case's interpretation when its data was replaced by a re-import: records of findings whose
 * variant (chrom/pos/ref/alt, normalised) is in the new data moved to the new findings; the others stay on the
 * case as orphaned findings, read-only and visible. Annotation sources are looked up again on the new findings
 * (their annotations belonged to the replaced rows).
 *
 * @param carried          findings whose records moved to a finding of the new data
 * @param orphaned         findings whose variant is no longer in the data (newly orphaned and still orphaned)
 * @param reattached       earlier orphans whose variant is back in the data (counted in {@code carried})
 * @param orphanLabels     the orphaned findings ({@code BRCA1 chr17:43094464 C>T})
 * @param reapplied        annotation sources applied again to the new findings
 * @param notReapplied     annotation sources that could not be applied again, each with the reason
 * @param tmbStale         the case had a TMB, computed on the replaced data
 * @param superseded       the annotation sources of the replaced data (to be applied again)
 */
public record CarryOver(int carried, int orphaned, int reattached, List<String> orphanLabels,
                        List<String> reapplied, List<String> notReapplied, boolean tmbStale,
                        List<AnnotationSourceRecord> superseded) {

    public static final CarryOver NONE = new CarryOver(0, 0, 0, List.of(), List.of(), List.of(), false, List.of());

    public CarryOver {
        superseded = List.copyOf(superseded);
        orphanLabels = List.copyOf(orphanLabels);
        reapplied = List.copyOf(reapplied);
        notReapplied = List.copyOf(notReapplied);
    }

    /** Whether the replaced case had anything to carry. */
    public boolean any() {
        return carried > 0 || orphaned > 0 || !reapplied.isEmpty() || !notReapplied.isEmpty() || tmbStale;
    }

    public CarryOver withAnnotations(List<String> applied, List<String> notApplied) {
        return new CarryOver(carried, orphaned, reattached, orphanLabels, applied, notApplied, tmbStale, superseded);
    }
}
