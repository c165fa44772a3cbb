-- PostgreSQL counterpart of db/migration/sqlite/V7__interpretation_carry_over_and_thresholds.sql (porting table in README.md of this folder).
-- Zenome case store, schema version 7 (issue 4): interpretation carried over a re-import of a case's data, and
-- versioned suggestion thresholds. See docs/adr/interpretation-carry-over.md and suggestion-thresholds.md.

-- A finding whose variant is no longer in the case's data after a re-import: its records stay, read-only,
-- under an id outside the case's finding rows (FindingTables.orphanId), with when and why.
ALTER TABLE finding_ref ADD COLUMN orphaned_at TEXT;
ALTER TABLE finding_ref ADD COLUMN orphaned_note TEXT;

-- Thresholds of the criterion suggestions (population frequency per gene and inheritance). A set is never
-- changed: saving makes the next version. gene '*' holds the defaults.
CREATE TABLE threshold_set (
    version         BIGINT PRIMARY KEY,
    note            TEXT    NOT NULL DEFAULT '',
    user_name       TEXT    NOT NULL,
    at              TEXT    NOT NULL
);

CREATE TABLE threshold_value (
    set_version     BIGINT NOT NULL REFERENCES threshold_set (version) ON DELETE CASCADE,
    gene            TEXT    NOT NULL,
    ba1_above       DOUBLE PRECISION    NOT NULL,
    bs1_above       DOUBLE PRECISION    NOT NULL,
    pm2_dominant_max  DOUBLE PRECISION  NOT NULL,
    pm2_recessive_max DOUBLE PRECISION  NOT NULL,
    PRIMARY KEY (set_version, gene)
);

-- Which threshold set was in force when a criterion was called and a class computed (null: before V7).
ALTER TABLE criterion_call ADD COLUMN threshold_version BIGINT;
ALTER TABLE germline_class ADD COLUMN threshold_version BIGINT;

-- The carry-over moves a finding's records to the new finding's id table by table within one transaction
-- (SqliteInterpretationCarryOver): SQLite defers its foreign-key checks to the commit for that
-- (PRAGMA defer_foreign_keys), PostgreSQL does the same with SET CONSTRAINTS ALL DEFERRED, which needs the foreign
-- keys to finding_ref and somatic_record to be deferrable. They are still checked at every commit.
ALTER TABLE criterion_call ALTER CONSTRAINT criterion_call_finding_id_fkey DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE germline_class ALTER CONSTRAINT germline_class_finding_id_fkey DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE somatic_record ALTER CONSTRAINT somatic_record_finding_id_fkey DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE somatic_therapy ALTER CONSTRAINT somatic_therapy_finding_id_fkey DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE confirmation ALTER CONSTRAINT confirmation_finding_id_fkey DEFERRABLE INITIALLY IMMEDIATE;
