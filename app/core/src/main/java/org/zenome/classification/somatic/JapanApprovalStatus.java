package org.zenome.classification.somatic;

import java.util.Locale;
import org.zenome.classification.ClassificationText;

/** Where a drug stands in Japan for the patient's cancer, as the expert panel records it. */
public enum JapanApprovalStatus {
    /** Approved in Japan for this biomarker in this cancer type (保険診療). */
    APPROVED_SAME_CANCER,
    /** Approved in Japan for the biomarker in another cancer type only. */
    APPROVED_OTHER_CANCER,
    /** Off-label use of a drug approved in Japan (適応外使用). */
    OFF_LABEL,
    /** Available in a clinical trial (治験・臨床試験); the therapy names the trials. */
    CLINICAL_TRIAL,
    /** Advanced medical care (先進医療). */
    ADVANCED_MEDICAL_CARE,
    /** Patient-proposed healthcare (患者申出療養). */
    PATIENT_PROPOSED,
    /** Not approved in Japan (国内未承認). */
    NOT_APPROVED;

    public String displayName(Locale locale) {
        return ClassificationText.message(locale, "approval." + name());
    }
}
