package org.zenome.report;

import java.util.Set;
import org.zenome.report.model.ClinicalRecordSource;
import org.zenome.report.model.ClinicalRecordSourceFactory;
import org.zenome.store.CaseStore;

/**
 * Registered for the tests (META-INF/services) the way the classification and panel modules will register theirs:
 * the command line finds it with the ServiceLoader. Only the cancer test case is signed off.
 */
public final class TestRecordsFactory implements ClinicalRecordSourceFactory {
    @Override
    public ClinicalRecordSource create(CaseStore store) {
        TestRecords r = new TestRecords(store);
        r.signedOffCases = Set.of(TestCases.CANCER);
        return r;
    }
}
