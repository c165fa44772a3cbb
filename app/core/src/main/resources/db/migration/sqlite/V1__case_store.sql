-- Zenome case store, schema version 1.
-- Per-case finding tables (f_<case pk>) are created by the store at import time from the template in
-- org.zenome.store.sqlite.FindingTables; see docs/adr/0002-case-store.md.

CREATE TABLE patient_case (
    id              INTEGER PRIMARY KEY,
    case_id         TEXT    NOT NULL UNIQUE,
    disease_area    TEXT    NOT NULL,
    diagnosis       TEXT    NOT NULL DEFAULT '',
    status          TEXT    NOT NULL,
    genome_build    TEXT,
    received_date   TEXT,
    imported_at     TEXT,
    finding_count   INTEGER NOT NULL DEFAULT 0,
    finding_table   INTEGER NOT NULL DEFAULT 0,
    version         INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL
);

CREATE TABLE sample (
    id              INTEGER PRIMARY KEY,
    case_pk         INTEGER NOT NULL REFERENCES patient_case (id) ON DELETE CASCADE,
    name            TEXT    NOT NULL,
    role            TEXT    NOT NULL,
    sex             TEXT    NOT NULL,
    affected        INTEGER NOT NULL,
    column_index    INTEGER NOT NULL,
    father          TEXT,
    mother          TEXT,
    UNIQUE (case_pk, name)
);

CREATE TABLE source_file (
    id               INTEGER PRIMARY KEY,
    case_pk          INTEGER NOT NULL REFERENCES patient_case (id) ON DELETE CASCADE,
    kind             TEXT    NOT NULL,
    path             TEXT    NOT NULL,
    size             INTEGER NOT NULL,
    sha256           TEXT    NOT NULL,
    sample_name      TEXT,
    header_source    TEXT,
    header_reference TEXT,
    header_text      TEXT,
    imported_at      TEXT    NOT NULL,
    tool_version     TEXT    NOT NULL,
    records          INTEGER NOT NULL DEFAULT 0,
    findings         INTEGER NOT NULL DEFAULT 0,
    skipped_blocks   INTEGER NOT NULL DEFAULT 0,
    warnings         TEXT    NOT NULL DEFAULT ''
);

CREATE INDEX source_file_case ON source_file (case_pk);
