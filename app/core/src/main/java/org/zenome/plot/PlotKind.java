package org.zenome.plot;

import java.util.Locale;
import java.util.Optional;

/** The genome-wide pictures of a case ({@code zenome plot --kind}). */
public enum PlotKind {
    /** Sample QC metrics and relatedness of the latest QC. */
    QC,
    /** Allele fraction (B-allele fraction) and tumour/normal depth ratio along the genome. */
    VAF,
    /** Imported copy-number segments along the genome. */
    CN,
    /** Structural variants as arcs over the genome. */
    SV,
    /** The 96-class SNV spectrum, with the signature fit when a matrix is given. */
    SPECTRUM;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PlotKind> parse(String s) {
        for (PlotKind k : values()) {
            if (k.id().equalsIgnoreCase(s == null ? "" : s.trim())) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
