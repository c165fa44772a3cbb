-- Test-only schema version, later than every real one: SqliteCaseStoreUpgradeTest opens a V1 database with it
-- (an upgrade with a backup) and then with the real migrations only (a downgrade, refused).
CREATE TABLE upgrade_test_marker (
    id   INTEGER PRIMARY KEY,
    note TEXT NOT NULL
);
INSERT INTO upgrade_test_marker (note) SELECT case_id FROM patient_case;
