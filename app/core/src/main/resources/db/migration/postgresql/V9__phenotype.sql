-- PostgreSQL counterpart of db/migration/sqlite/V9__phenotype.sql (porting table in README.md of this folder).
-- Zenome case store, schema version 9: the patient's phenotype as HPO terms and the installed HPO files (issue 11).
-- Portable DDL (also valid on PostgreSQL). See docs/adr/phenotype-ontology.md.

-- The ontology and annotation files the administrator installed (one set at a time; installing replaces it).
CREATE TABLE phenotype_file (
    ordinal         BIGINT NOT NULL PRIMARY KEY,
    kind            TEXT    NOT NULL,
    path            TEXT    NOT NULL,
    name            TEXT    NOT NULL,
    version         TEXT    NOT NULL DEFAULT '',
    sha256          TEXT    NOT NULL,
    size_bytes      BIGINT  NOT NULL,
    installed_by    TEXT    NOT NULL,
    installed_at    TEXT    NOT NULL
);

-- The case's features: present or excluded (negated) HPO terms, with onset.
CREATE TABLE case_phenotype (
    case_pk         BIGINT NOT NULL REFERENCES patient_case (id) ON DELETE CASCADE,
    term_id         TEXT    NOT NULL,
    label           TEXT    NOT NULL,
    negated         BIGINT NOT NULL DEFAULT 0,
    onset_id        TEXT,
    onset_label     TEXT,
    note            TEXT    NOT NULL DEFAULT '',
    added_by        TEXT    NOT NULL,
    added_at        TEXT    NOT NULL,
    PRIMARY KEY (case_pk, term_id)
);

-- The ontology and annotation releases a case's phenotype was recorded and ranked with (for the report).
CREATE TABLE case_phenotype_file (
    case_pk         BIGINT NOT NULL REFERENCES patient_case (id) ON DELETE CASCADE,
    kind            TEXT    NOT NULL,
    name            TEXT    NOT NULL,
    version         TEXT    NOT NULL DEFAULT '',
    sha256          TEXT    NOT NULL,
    recorded_at     TEXT    NOT NULL,
    PRIMARY KEY (case_pk, kind, name)
);
