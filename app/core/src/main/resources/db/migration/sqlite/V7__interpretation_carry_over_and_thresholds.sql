-- Zenome case store, schema version 7 (issue 4): interpretation carried over a re-import of a case's data, and
-- versioned suggestion thresholds. See docs/adr/interpretation-carry-over.md and suggestion-thresholds.md.

-- A finding whose variant is no longer in the case's data after a re-import: its records stay, read-only,
-- under an id outside the case's finding rows (FindingTables.orphanId), with when and why.
ALTER TABLE finding_ref ADD COLUMN orphaned_at TEXT;
ALTER TABLE finding_ref ADD COLUMN orphaned_note TEXT;

-- Thresholds of the criterion suggestions (population frequency per gene and inheritance). A set is never
-- changed: saving makes the next version. gene '*' holds the defaults.
CREATE TABLE threshold_set (
    version         INTEGER PRIMARY KEY,
    note            TEXT    NOT NULL DEFAULT '',
    user_name       TEXT    NOT NULL,
    at              TEXT    NOT NULL
);

CREATE TABLE threshold_value (
    set_version     INTEGER NOT NULL REFERENCES threshold_set (version) ON DELETE CASCADE,
    gene            TEXT    NOT NULL,
    ba1_above       REAL    NOT NULL,
    bs1_above       REAL    NOT NULL,
    pm2_dominant_max  REAL  NOT NULL,
    pm2_recessive_max REAL  NOT NULL,
    PRIMARY KEY (set_version, gene)
);

-- Which threshold set was in force when a criterion was called and a class computed (null: before V7).
ALTER TABLE criterion_call ADD COLUMN threshold_version INTEGER;
ALTER TABLE germline_class ADD COLUMN threshold_version INTEGER;
