package org.zenome.importer;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.zenome.domain.DiseaseArea;
import org.zenome.domain.GenomeBuild;
import org.zenome.domain.SampleRole;

/**
 * What to import.
 *
 * @param caseId      pseudonymous case ID (new, or an existing case when {@code replace} is set)
 * @param diseaseArea cancer or rare disease; null: decided from the sample roles (tumour → cancer)
 * @param diagnosis   free text, may be empty
 * @param vcf         the VCF (plain or bgzipped)
 * @param ped         optional PED file (roles and sexes for a family)
 * @param roles       sample name → role; overrides the PED and the defaults
 * @param build       the genome build; null: detected from the header, refused when not detectable
 * @param replace     replace the findings of an existing case instead of refusing
 * @param alignments  sample name → its reads (BAM or CRAM with the index beside it), for the genome browser;
 *                    referenced in place, not copied
 * @param reference   a reference FASTA of the case's own (indexed), used by the genome browser instead of the
 *                    build's configured one: the synthetic demo reference; null normally
 * @param referenceAnnotation the genes that go with {@code reference} (GFF3, GTF, BED), or null
 */
public record ImportRequest(String caseId, DiseaseArea diseaseArea, String diagnosis, Path vcf, Path ped,
                            Map<String, SampleRole> roles, GenomeBuild build, boolean replace,
                            Map<String, Path> alignments, Path reference, Path referenceAnnotation) {
    public ImportRequest {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(vcf, "vcf");
        roles = roles == null ? Map.of() : Map.copyOf(roles);
        diagnosis = diagnosis == null ? "" : diagnosis;
        alignments = alignments == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(alignments));
        if (referenceAnnotation != null && reference == null) {
            throw new IllegalArgumentException("an annotation of the case's own reference needs that reference");
        }
    }

    public ImportRequest(String caseId, DiseaseArea diseaseArea, String diagnosis, Path vcf, Path ped,
                         Map<String, SampleRole> roles, GenomeBuild build, boolean replace) {
        this(caseId, diseaseArea, diagnosis, vcf, ped, roles, build, replace, Map.of(), null, null);
    }

    /** The same request with reads per sample. */
    public ImportRequest withAlignments(Map<String, Path> reads) {
        return new ImportRequest(caseId, diseaseArea, diagnosis, vcf, ped, roles, build, replace, reads, reference,
                referenceAnnotation);
    }

    /** The same request with a reference of the case's own (and its genes, may be null). */
    public ImportRequest withReference(Path fasta, Path annotation) {
        return new ImportRequest(caseId, diseaseArea, diagnosis, vcf, ped, roles, build, replace, alignments, fasta,
                annotation);
    }
}
