-- PostgreSQL counterpart of db/migration/sqlite/V12__circulation_eligibility.sql (porting table in README.md of this folder).
-- Zenome case store, schema version 12 (issue 5): the eligibility of a case for discussion by circulation
-- (持ち回り協議), as last checked against the circulation rule of the meeting's disease area.
-- See docs/adr/0005-panel-and-audit.md (addendum "Circulation").

-- The rules file version and the rule id used, whether every condition was met (1/0), the result per
-- condition (JSON: [{"condition": ..., "met": ..., "items": [...]}]) and when it was checked; null while the
-- case was never checked (a meeting that is not by circulation).
ALTER TABLE agenda_item ADD COLUMN circulation_rules_version TEXT;
ALTER TABLE agenda_item ADD COLUMN circulation_rule TEXT;
ALTER TABLE agenda_item ADD COLUMN circulation_eligible BIGINT;
ALTER TABLE agenda_item ADD COLUMN circulation_result TEXT;
ALTER TABLE agenda_item ADD COLUMN circulation_checked_at TEXT;
