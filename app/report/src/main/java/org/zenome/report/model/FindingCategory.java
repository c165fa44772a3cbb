package org.zenome.report.model;

/** Where a finding goes in a report. */
public enum FindingCategory {
    /** A finding that answers the clinical question (somatic alteration or causative germline variant). */
    PRIMARY,
    /** A presumed germline pathogenic variant found in a cancer case (生殖細胞系列由来が疑われる病的バリアント). */
    PRESUMED_GERMLINE,
    /** A secondary finding (二次的所見); reported only when the patient consented to learn of them. */
    SECONDARY
}
