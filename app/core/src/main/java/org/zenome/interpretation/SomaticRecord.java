package org.zenome.interpretation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.zenome.classification.somatic.AmpTier;
import org.zenome.classification.somatic.JapaneseEvidenceLevel;
import org.zenome.classification.somatic.Oncogenicity;
import org.zenome.classification.somatic.OncogenicityClass;
import org.zenome.classification.somatic.Therapy;

/**
 * What the oncologist records for one somatic finding of a cancer case.
 *
 * @param tier          AMP/ASCO/CAP 2017 tier and level, null while not assessed
 * @param oncogenicity  ClinGen/CGC/VICC oncogenicity criteria (may be empty)
 * @param evidenceLevel JSMO/JSCO/JCA evidence level, null while not assessed
 * @param therapies     therapies the finding supports, with approval in Japan and trials
 * @param note          free note
 */
public record SomaticRecord(long findingId, AmpTier tier, Oncogenicity oncogenicity,
                            JapaneseEvidenceLevel evidenceLevel, List<Therapy> therapies, String note, String user,
                            Instant at) {
    public SomaticRecord {
        oncogenicity = oncogenicity == null ? new Oncogenicity(List.of()) : oncogenicity;
        therapies = therapies == null ? List.of() : List.copyOf(therapies);
        note = note == null ? "" : note;
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(at, "at");
    }

    /** The oncogenicity class, empty when no oncogenicity criterion is applied. */
    public Optional<OncogenicityClass> oncogenicityClass() {
        return oncogenicity.criteria().isEmpty() ? Optional.empty() : Optional.of(oncogenicity.classification());
    }
}
