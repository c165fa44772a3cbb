-- PostgreSQL counterpart of db/migration/sqlite/V6__panel_roster_passwords_anchor.sql (porting table in README.md of this folder).
-- Zenome case store, schema version 6 (issue 5, second part): the treating physician of each agenda case and
-- attendance for one case, password changes (reset by the administrator, change at next login), and the audit
-- entry of each sign-off (the hash printed on the report, to check the log against later).
-- See docs/adr/0005-panel-and-audit.md.

-- The patient's treating physician (主治医) for the case on this agenda: a display name, and the Zenome user
-- when the physician has an account.
ALTER TABLE agenda_item ADD COLUMN treating_physician TEXT;
ALTER TABLE agenda_item ADD COLUMN treating_physician_user TEXT;

-- An attendee who attends for given agenda cases only (their treating physician, or a substitute); an attendee
-- without rows here attends for the whole meeting.
CREATE TABLE attendee_case (
    attendee_id     BIGINT NOT NULL REFERENCES attendee (id) ON DELETE CASCADE,
    case_id         TEXT    NOT NULL,
    PRIMARY KEY (attendee_id, case_id)
);

-- 1 after an administrator reset the password: the user sets a new one at the next login.
ALTER TABLE app_user ADD COLUMN must_change_password BIGINT NOT NULL DEFAULT 0;
ALTER TABLE app_user ADD COLUMN password_changed_at TEXT;

-- The audit entry that recorded the sign-off of this version (its sequence number and hash).
ALTER TABLE case_review ADD COLUMN signed_audit_seq BIGINT;
ALTER TABLE case_review ADD COLUMN signed_audit_hash TEXT;
