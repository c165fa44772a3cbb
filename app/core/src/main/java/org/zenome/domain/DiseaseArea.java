package org.zenome.domain;

/** Disease area of a case: decides which panel rules, classifications and report templates apply. */
public enum DiseaseArea {
    CANCER,
    RARE_DISEASE
}
