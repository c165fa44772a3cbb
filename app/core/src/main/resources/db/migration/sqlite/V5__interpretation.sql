-- Zenome case store, schema version 5: clinical interpretation (issue 4).
-- Everything here belongs to a case and goes with it (ON DELETE CASCADE). Findings are referred to by their
-- store-wide id (see FindingTables) and, for readers of the history and for re-matching after a re-import,
-- by chrom/pos/ref/alt and gene. Rows of criterion_call and interpretation_history are never updated or
-- deleted: the history is the table. See docs/adr/interpretation-store.md.

CREATE TABLE finding_ref (
    finding_id      INTEGER PRIMARY KEY,
    case_pk         INTEGER NOT NULL REFERENCES patient_case (id) ON DELETE CASCADE,
    chrom           TEXT    NOT NULL,
    pos             INTEGER NOT NULL,
    ref             TEXT    NOT NULL,
    alt             TEXT    NOT NULL,
    gene            TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX finding_ref_case ON finding_ref (case_pk);

-- One row per reviewer decision (or recorded suggestion) on one ACMG/AMP criterion; the current call of a
-- criterion is its newest row.
CREATE TABLE criterion_call (
    id              INTEGER PRIMARY KEY,
    finding_id      INTEGER NOT NULL REFERENCES finding_ref (finding_id) ON DELETE CASCADE,
    criterion       TEXT    NOT NULL,
    strength        TEXT    NOT NULL,
    status          TEXT    NOT NULL,
    note            TEXT    NOT NULL DEFAULT '',
    user_name       TEXT    NOT NULL,
    at              TEXT    NOT NULL
);
CREATE INDEX criterion_call_finding ON criterion_call (finding_id, criterion, id);

-- The current class of a finding under both schemes (kept in step with criterion_call, for the table badges).
CREATE TABLE germline_class (
    finding_id      INTEGER PRIMARY KEY REFERENCES finding_ref (finding_id) ON DELETE CASCADE,
    rules_class     TEXT    NOT NULL,
    points_class    TEXT    NOT NULL,
    points          INTEGER NOT NULL,
    criteria        TEXT    NOT NULL,
    user_name       TEXT    NOT NULL,
    at              TEXT    NOT NULL
);

CREATE TABLE somatic_record (
    finding_id      INTEGER PRIMARY KEY REFERENCES finding_ref (finding_id) ON DELETE CASCADE,
    amp_tier        TEXT,
    oncogenicity    TEXT    NOT NULL DEFAULT '',
    oncogenicity_class TEXT,
    evidence_level  TEXT,
    note            TEXT    NOT NULL DEFAULT '',
    user_name       TEXT    NOT NULL,
    at              TEXT    NOT NULL
);

CREATE TABLE somatic_therapy (
    id              INTEGER PRIMARY KEY,
    finding_id      INTEGER NOT NULL REFERENCES somatic_record (finding_id) ON DELETE CASCADE,
    ordinal         INTEGER NOT NULL,
    drug            TEXT    NOT NULL,
    approval        TEXT    NOT NULL,
    evidence_level  TEXT    NOT NULL,
    reference       TEXT    NOT NULL DEFAULT '',
    trials          TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX somatic_therapy_finding ON somatic_therapy (finding_id, ordinal);

CREATE TABLE confirmation (
    finding_id      INTEGER PRIMARY KEY REFERENCES finding_ref (finding_id) ON DELETE CASCADE,
    required        INTEGER NOT NULL,
    method          TEXT,
    status          TEXT    NOT NULL,
    status_date     TEXT,
    note            TEXT    NOT NULL DEFAULT '',
    returned_by     TEXT,
    returned_at     TEXT,
    user_name       TEXT    NOT NULL,
    at              TEXT    NOT NULL,
    CHECK (returned_at IS NULL OR required = 0 OR status = 'CONFIRMED')
);

CREATE TABLE case_consent (
    case_pk         INTEGER PRIMARY KEY REFERENCES patient_case (id) ON DELETE CASCADE,
    sf_choice       TEXT    NOT NULL,
    sf_categories   TEXT    NOT NULL DEFAULT '',
    sf_list         TEXT    NOT NULL,
    research_use    INTEGER NOT NULL,
    consent_date    TEXT,
    note            TEXT    NOT NULL DEFAULT '',
    user_name       TEXT    NOT NULL,
    at              TEXT    NOT NULL
);

CREATE TABLE case_tmb (
    case_pk         INTEGER PRIMARY KEY REFERENCES patient_case (id) ON DELETE CASCADE,
    mutations       INTEGER NOT NULL,
    callable_mb     REAL    NOT NULL,
    tmb             REAL    NOT NULL,
    settings        TEXT    NOT NULL,
    user_name       TEXT    NOT NULL,
    at              TEXT    NOT NULL
);

-- Every annotation source used on a case (name, version, file checksum): these go on the report.
CREATE TABLE annotation_source (
    id              INTEGER PRIMARY KEY,
    case_pk         INTEGER NOT NULL REFERENCES patient_case (id) ON DELETE CASCADE,
    plugin          TEXT    NOT NULL,
    plugin_version  TEXT    NOT NULL,
    name            TEXT    NOT NULL,
    version         TEXT    NOT NULL,
    path            TEXT    NOT NULL,
    size            INTEGER NOT NULL,
    sha256          TEXT    NOT NULL,
    build           TEXT,
    findings_looked_up INTEGER NOT NULL,
    findings_matched   INTEGER NOT NULL,
    -- 0 while the annotation is being written (in batches); readers see only complete sources
    complete        INTEGER NOT NULL DEFAULT 0,
    user_name       TEXT    NOT NULL,
    at              TEXT    NOT NULL
);
CREATE INDEX annotation_source_case ON annotation_source (case_pk);

-- Keyed by the finding id alone (no finding_ref row needed: a genome can have millions of matches).
CREATE TABLE finding_annotation (
    finding_id      INTEGER NOT NULL,
    source_id       INTEGER NOT NULL REFERENCES annotation_source (id) ON DELETE CASCADE,
    fields          TEXT    NOT NULL,
    PRIMARY KEY (finding_id, source_id)
);
CREATE INDEX finding_annotation_source ON finding_annotation (source_id);

-- Who changed what, when, from what to what (criteria, classes, tiers, confirmation, consent ...).
CREATE TABLE interpretation_history (
    id              INTEGER PRIMARY KEY,
    case_pk         INTEGER NOT NULL REFERENCES patient_case (id) ON DELETE CASCADE,
    finding_id      INTEGER,
    subject         TEXT    NOT NULL,
    old_value       TEXT    NOT NULL DEFAULT '',
    new_value       TEXT    NOT NULL DEFAULT '',
    note            TEXT    NOT NULL DEFAULT '',
    user_name       TEXT    NOT NULL,
    at              TEXT    NOT NULL
);
CREATE INDEX interpretation_history_finding ON interpretation_history (finding_id, id);
CREATE INDEX interpretation_history_case ON interpretation_history (case_pk, id);
