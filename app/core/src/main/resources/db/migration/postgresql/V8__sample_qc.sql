-- PostgreSQL counterpart of db/migration/sqlite/V8__sample_qc.sql (porting table in README.md of this folder).
-- Zenome case store, schema version 8: sample QC and identity checks, copy-number segments (issue 11).
-- Everything belongs to a case and goes with it (ON DELETE CASCADE). The latest QC result of a case is kept as
-- JSON (what `zenome qc` printed, with the thresholds used); each problem of it stays a warning on the case and on
-- its draft report until a reviewer acknowledges it with a note (one row per case and problem key).

CREATE TABLE qc_result (
    case_pk         BIGINT NOT NULL PRIMARY KEY REFERENCES patient_case (id) ON DELETE CASCADE,
    computed_at     TEXT    NOT NULL,
    computed_by     TEXT    NOT NULL,
    identity_failed BIGINT NOT NULL,
    result          TEXT    NOT NULL
);

CREATE TABLE qc_acknowledgement (
    case_pk         BIGINT NOT NULL REFERENCES patient_case (id) ON DELETE CASCADE,
    problem_key     TEXT    NOT NULL,
    acknowledged_by TEXT    NOT NULL,
    acknowledged_at TEXT    NOT NULL,
    note            TEXT    NOT NULL,
    PRIMARY KEY (case_pk, problem_key)
);

-- Copy-number segments imported for a case (.seg or CNVkit .cns), drawn as the genome-wide copy-number plot.
CREATE TABLE cn_segment (
    case_pk         BIGINT NOT NULL REFERENCES patient_case (id) ON DELETE CASCADE,
    sample          TEXT    NOT NULL,
    chrom           TEXT    NOT NULL,
    start_pos       BIGINT  NOT NULL,
    end_pos         BIGINT  NOT NULL,
    markers         BIGINT,
    log2_ratio      DOUBLE PRECISION    NOT NULL,
    copy_number     DOUBLE PRECISION,
    source          TEXT    NOT NULL
);
CREATE INDEX cn_segment_case ON cn_segment (case_pk);
