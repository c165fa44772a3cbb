package org.zenome.report.records;

import org.zenome.report.model.ClinicalRecordSource;
import org.zenome.report.model.ClinicalRecordSourceFactory;
import org.zenome.store.CaseStore;

/** Registers {@link InterpretationRecords} with the reports (ServiceLoader). */
public final class InterpretationRecordsFactory implements ClinicalRecordSourceFactory {
    @Override
    public ClinicalRecordSource create(CaseStore store) {
        return new InterpretationRecords(store);
    }
}
