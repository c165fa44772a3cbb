package org.zenome.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zenome.classification.ConfirmatoryTest;
import org.zenome.classification.CriterionCall;
import org.zenome.classification.ResultReturn;
import org.zenome.interpretation.AnnotationSourceRecord;
import org.zenome.interpretation.FindingAnnotation;
import org.zenome.interpretation.FindingRef;
import org.zenome.interpretation.FindingStatus;
import org.zenome.interpretation.GermlineClassification;
import org.zenome.interpretation.HistoryEntry;
import org.zenome.interpretation.SecondaryFindingConsent;
import org.zenome.interpretation.SomaticRecord;
import org.zenome.interpretation.TmbResult;

/**
 * Clinical interpretation of a case's findings: ACMG/AMP criterion calls with the resulting classes, somatic
 * records, confirmatory testing and return, consent, TMB and annotation sources. Every change is kept with who
 * made it, when and the value before ({@link #history}); each write is one transaction.
 */
public interface InterpretationRepository {

    // --- germline classification

    /**
     * Records one call on one criterion (it becomes the criterion's current call), recomputes the finding's class
     * under both schemes and writes the history: the criterion's old and new call and any class change.
     *
     * @return the finding's class after the call
     */
    default GermlineClassification recordCall(FindingRef finding, CriterionCall call) {
        return recordCall(finding, call, null);
    }

    /**
     * As {@link #recordCall(FindingRef, CriterionCall)}, recording with the call and the class the version of the
     * suggestion thresholds in force ({@link org.zenome.interpretation.ThresholdSet}; null when unknown).
     */
    GermlineClassification recordCall(FindingRef finding, CriterionCall call, Integer thresholdVersion);

    /** Every call on the finding, oldest first. */
    List<CriterionCall> calls(long findingId);

    /** The current call of each criterion (its newest), in guideline order. */
    List<CriterionCall> currentCalls(long findingId);

    Optional<GermlineClassification> classification(long findingId);

    // --- somatic

    /** Stores the somatic record of a finding (replacing the previous one) and the history of what changed. */
    void saveSomatic(FindingRef finding, SomaticRecord record);

    Optional<SomaticRecord> somatic(long findingId);

    // --- confirmatory testing and return

    /**
     * Stores the confirmatory test of a finding.
     *
     * @throws IllegalStateException when the finding was already returned and the test no longer permits it
     */
    ResultReturn saveConfirmation(FindingRef finding, ConfirmatoryTest test, String user, Instant at);

    /**
     * Marks the finding's result as returned to the patient.
     *
     * @throws IllegalStateException while its confirmation is pending or did not confirm it
     */
    ResultReturn markReturned(FindingRef finding, String user, Instant at);

    Optional<ResultReturn> resultReturn(long findingId);

    // --- case level

    void saveConsent(long casePk, SecondaryFindingConsent consent);

    Optional<SecondaryFindingConsent> consent(long casePk);

    void saveTmb(long casePk, TmbResult tmb);

    Optional<TmbResult> tmb(long casePk);

    /**
     * Starts recording an annotation source: the source is stored as incomplete (invisible to readers) and the
     * annotations follow in batches ({@link #addAnnotations}), so a whole genome never sits in memory.
     *
     * @return the source with its id
     */
    AnnotationSourceRecord startAnnotations(AnnotationSourceRecord source);

    /** Adds a batch of annotations of an incomplete source (one transaction). */
    void addAnnotations(long sourceId, List<FindingAnnotation> batch);

    /** Makes the source and its annotations visible, with the final counts, and writes the history. */
    AnnotationSourceRecord completeAnnotations(long sourceId, long lookedUp, long matched);

    /** Removes an incomplete source and whatever annotations it already has (after a failure). */
    void discardAnnotations(long sourceId);

    /** Records a source and all its annotations at once (small sources, tests). */
    default AnnotationSourceRecord recordAnnotations(AnnotationSourceRecord source,
                                                     List<FindingAnnotation> annotations) {
        AnnotationSourceRecord s = startAnnotations(source);
        try {
            addAnnotations(s.id(), annotations);
            return completeAnnotations(s.id(), source.lookedUp(), source.matched());
        } catch (RuntimeException e) {
            discardAnnotations(s.id());
            throw e;
        }
    }

    /** Sources used on the case, oldest first. */
    List<AnnotationSourceRecord> annotationSources(long casePk);

    /** Annotations of one finding from every source used on its case, oldest source first. */
    List<FindingAnnotation> annotations(long findingId);

    // --- history and badges

    /** Changes to one finding, oldest first. */
    List<HistoryEntry> history(long findingId);

    /** Changes to the case and all its findings, oldest first. */
    List<HistoryEntry> caseHistory(long casePk);

    /** Findings of the case with anything recorded (class, somatic record, confirmation), in position order. */
    List<Long> interpretedFindings(long casePk);

    /**
     * Findings of the case whose variant left the case's data at a re-import, with their records kept (read them
     * by {@code ref().findingId()}); oldest first. Writes to them are refused.
     */
    List<org.zenome.interpretation.OrphanedFinding> orphanedFindings(long casePk);

    /** Badges of the given findings (those with nothing recorded are absent). */
    Map<Long, FindingStatus> statuses(Collection<Long> findingIds);
}
