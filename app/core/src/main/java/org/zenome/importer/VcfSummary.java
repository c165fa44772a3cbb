package org.zenome.importer;

import java.util.List;
import java.util.Optional;
import org.zenome.domain.GenomeBuild;

/**
 * What the header of a VCF says, for the import dialog and the build check.
 *
 * @param samples       sample column names
 * @param build         the build detected from the header, if any
 * @param buildEvidence the header evidence for the build (e.g. {@code ##reference=GRCh38}, contig lengths)
 * @param vep           has a VEP CSQ INFO definition
 * @param snpEff        has a SnpEff ANN INFO definition
 * @param fileFormat    VCFv4.x
 */
public record VcfSummary(List<String> samples, Optional<GenomeBuild> build, String buildEvidence, boolean vep,
                         boolean snpEff, String fileFormat) {
}
