package org.zenome.report.model;

import org.zenome.store.CaseStore;

/**
 * Plug-in point for the modules that hold clinical records (classification, panel): each registers a factory in
 * {@code META-INF/services/org.zenome.report.model.ClinicalRecordSourceFactory}; the report module combines the
 * sources they make (the first non-empty answer wins, in class-name order of the factories).
 */
public interface ClinicalRecordSourceFactory {
    ClinicalRecordSource create(CaseStore store);
}
