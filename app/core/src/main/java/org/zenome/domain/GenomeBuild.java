package org.zenome.domain;

import java.util.Locale;
import java.util.Optional;

/** The reference genome a case was called against. */
public enum GenomeBuild {
    GRCh37,
    GRCh38;

    /** Parses GRCh37, hg19, b37, GRCh38, hg38 and similar spellings; empty when unknown. */
    public static Optional<GenomeBuild> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.contains("grch38") || t.contains("hg38") || t.contains("b38") || t.contains("hs38")) {
            return Optional.of(GRCh38);
        }
        if (t.contains("grch37") || t.contains("hg19") || t.contains("b37") || t.contains("hs37")
                || t.contains("ncbi37") || t.contains("human_g1k_v37")) {
            return Optional.of(GRCh37);
        }
        return Optional.empty();
    }
}
