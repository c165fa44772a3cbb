package org.zenome.interpretation;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.zenome.classification.AcmgCriterion;
import org.zenome.classification.CallStatus;
import org.zenome.classification.CriterionCall;
import org.zenome.classification.Strength;
import org.zenome.domain.Finding;
import org.zenome.domain.VariantFilter;
import org.zenome.store.sqlite.SqliteCaseStore;

/**
 * A reviewer's edits as a separate JVM, for the kill test: records criterion calls on the case's findings one
 * after another and prints {@code committed N} once call N is stored.
 */
public final class ClassificationEditsChild {
    private static final AcmgCriterion[] CRITERIA = {AcmgCriterion.PM2, AcmgCriterion.PP3, AcmgCriterion.PS3,
        AcmgCriterion.BP4, AcmgCriterion.PM1};

    private ClassificationEditsChild() {
    }

    public static void main(String[] args) {
        Path db = Path.of(args[0]);
        String caseId = args[1];
        int first = Integer.parseInt(args[2]);
        try (SqliteCaseStore store = SqliteCaseStore.open(db)) {
            long pk = store.cases().find(caseId).orElseThrow().id();
            List<Finding> findings = store.findings().query(pk, VariantFilter.all(), 0, 100);
            for (int i = first; i < first + 100_000; i++) {
                Finding f = findings.get(i % findings.size());
                AcmgCriterion c = CRITERIA[i % CRITERIA.length];
                store.interpretation().recordCall(FindingRef.of(pk, f), new CriterionCall(c,
                        i % 3 == 0 && c.direction() == org.zenome.classification.Direction.PATHOGENIC
                                ? Strength.MODERATE : c.defaultStrength(),
                        i % 4 == 3 ? CallStatus.REJECTED : CallStatus.ACCEPTED, "edit-" + i, "reviewer",
                        Instant.now()));
                System.out.println("committed " + i);
                System.out.flush();
            }
        }
    }
}
