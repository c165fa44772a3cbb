package org.zenome.report.records;

import org.zenome.report.model.ClinicalRecordSource;
import org.zenome.report.model.ClinicalRecordSourceFactory;
import org.zenome.store.CaseStore;

/** Registers {@link StoreClinicalRecords} (META-INF/services). */
public final class StoreClinicalRecordsFactory implements ClinicalRecordSourceFactory {
    @Override
    public ClinicalRecordSource create(CaseStore store) {
        return new StoreClinicalRecords(store);
    }
}
