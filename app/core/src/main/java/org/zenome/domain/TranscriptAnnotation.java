package org.zenome.domain;

import java.util.Map;

/**
 * One transcript (or intergenic) annotation of an ALT allele, from VEP CSQ or SnpEff ANN.
 *
 * @param source      {@code VEP} or {@code SnpEff}
 * @param gene        gene symbol (may be empty for intergenic annotations)
 * @param feature     transcript ID
 * @param consequence SO terms joined with {@code &}
 * @param fields      every field of the annotation by its header name, in header order
 */
public record TranscriptAnnotation(String source, String gene, String geneId, String feature, String biotype,
                                   String consequence, Impact impact, String hgvsC, String hgvsP, String exon,
                                   String intron, boolean canonical, String maneSelect, Map<String, String> fields) {

    public boolean isManeSelect() {
        return maneSelect != null && !maneSelect.isEmpty();
    }
}
