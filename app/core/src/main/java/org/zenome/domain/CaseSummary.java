package org.zenome.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case as listed in the case list.
 *
 * @param caseId        the pseudonymous case / patient identifier
 * @param findingCount  findings (ALT alleles) imported
 * @param version       optimistic-lock version of the case record
 */
public record CaseSummary(long id, String caseId, DiseaseArea diseaseArea, String diagnosis, CaseStatus status,
                          GenomeBuild build, LocalDate received, Instant imported, long findingCount,
                          List<Sample> samples, int version) {
}
