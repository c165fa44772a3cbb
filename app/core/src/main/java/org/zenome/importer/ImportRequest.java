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
 */
public record ImportRequest(String caseId, DiseaseArea diseaseArea, String diagnosis, Path vcf, Path ped,
                            Map<String, SampleRole> roles, GenomeBuild build, boolean replace) {
    public ImportRequest {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(vcf, "vcf");
        roles = roles == null ? Map.of() : Map.copyOf(roles);
        diagnosis = diagnosis == null ? "" : diagnosis;
    }
}
