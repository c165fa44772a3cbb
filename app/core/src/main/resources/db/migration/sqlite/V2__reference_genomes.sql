-- Zenome case store, schema version 2: the genome browser's files (issue 3).
-- reference_genome: one local reference per genome build (zenome reference set, the preferences page); the
-- case's build picks it. A case's reads (BAM/CRAM, per sample) and a reference of its own (the synthetic demo
-- reference) are rows of source_file (kind BAM, CRAM, REFERENCE, ANNOTATION; sample_name for reads).
-- case_snapshot: genome browser pictures saved with a case (SVG or PNG), for the report.

CREATE TABLE reference_genome (
    build           TEXT    PRIMARY KEY,
    fasta           TEXT    NOT NULL,
    annotation      TEXT,
    cytoband        TEXT,
    updated_at      TEXT    NOT NULL
);

CREATE TABLE case_snapshot (
    id              INTEGER PRIMARY KEY,
    case_pk         INTEGER NOT NULL REFERENCES patient_case (id) ON DELETE CASCADE,
    locus           TEXT    NOT NULL,
    format          TEXT    NOT NULL,
    width           INTEGER NOT NULL,
    height          INTEGER NOT NULL,
    created_at      TEXT    NOT NULL,
    content         BLOB    NOT NULL
);

CREATE INDEX case_snapshot_case ON case_snapshot (case_pk);
