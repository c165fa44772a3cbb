-- Zenome case store, schema version 3: users, expert-panel meetings, discussion, votes, decisions,
-- sign-off and amendments (case review versions), case status history and the hash-chained audit log.
-- See docs/adr/0005-panel-and-audit.md.

CREATE TABLE app_user (
    id              INTEGER PRIMARY KEY,
    username        TEXT    NOT NULL UNIQUE,
    display_name    TEXT    NOT NULL,
    password_hash   TEXT    NOT NULL,
    roles           TEXT    NOT NULL,            -- comma-separated PanelRole names
    active          INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT    NOT NULL,
    created_by      TEXT    NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1
);

-- Append-only: every clinically relevant act, each entry carrying the hash of the one before it.
CREATE TABLE audit_entry (
    seq             INTEGER PRIMARY KEY,
    at              TEXT    NOT NULL,
    actor           TEXT    NOT NULL,
    action          TEXT    NOT NULL,
    entity_type     TEXT    NOT NULL,
    entity_id       TEXT    NOT NULL,
    case_id         TEXT,
    before_state    TEXT,
    after_state     TEXT,
    prev_hash       TEXT    NOT NULL,
    hash            TEXT    NOT NULL
);
CREATE INDEX audit_entry_case ON audit_entry (case_id, seq);

-- The head of the chain (last sequence number and hash): deleting the newest entries is detected too.
CREATE TABLE audit_head (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    seq             INTEGER NOT NULL,
    hash            TEXT    NOT NULL
);

CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TABLE panel_meeting (
    id              INTEGER PRIMARY KEY,
    held_at         TEXT    NOT NULL,            -- local date-time, ISO (yyyy-MM-ddTHH:mm)
    format          TEXT    NOT NULL,            -- IN_PERSON, ONLINE, HYBRID, CIRCULATION
    disease_area    TEXT    NOT NULL,
    title           TEXT    NOT NULL DEFAULT '',
    chair           TEXT    NOT NULL,            -- username of the chair
    in_house_analysis INTEGER NOT NULL DEFAULT 1,
    quorum_rules_version TEXT,
    quorum_met      INTEGER,
    quorum_result   TEXT,                        -- the recorded check, one line per problem
    quorum_checked_at TEXT,
    created_by      TEXT    NOT NULL,
    created_at      TEXT    NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE agenda_item (
    meeting_id      INTEGER NOT NULL REFERENCES panel_meeting (id) ON DELETE CASCADE,
    case_id         TEXT    NOT NULL,
    position        INTEGER NOT NULL,
    paediatric      INTEGER NOT NULL DEFAULT 0,
    history_supplied INTEGER NOT NULL DEFAULT 0,  -- treatment and family history supplied by the treating physician
    PRIMARY KEY (meeting_id, case_id)
);

CREATE TABLE attendee (
    id              INTEGER PRIMARY KEY,
    meeting_id      INTEGER NOT NULL REFERENCES panel_meeting (id) ON DELETE CASCADE,
    name            TEXT    NOT NULL,
    username        TEXT,                        -- when the attendee is a Zenome user
    role            TEXT    NOT NULL,
    remote          INTEGER NOT NULL DEFAULT 0,
    joined_at       TEXT    NOT NULL,
    left_at         TEXT,
    UNIQUE (meeting_id, name, role)
);

-- One row per version of a case's review: version 1 is opened with the first panel record, each amendment
-- opens the next version (with its reason); a signed version is read-only.
CREATE TABLE case_review (
    case_id         TEXT    NOT NULL,
    number          INTEGER NOT NULL,
    conclusion      TEXT    NOT NULL DEFAULT '',
    summary         TEXT    NOT NULL DEFAULT '',
    opened_at       TEXT    NOT NULL,
    opened_by       TEXT    NOT NULL,
    amendment_reason TEXT,
    signed_by       TEXT,
    signed_at       TEXT,
    meeting_id      INTEGER,
    PRIMARY KEY (case_id, number)
);

CREATE TABLE discussion_note (
    id              INTEGER PRIMARY KEY,
    case_id         TEXT    NOT NULL,
    review_version  INTEGER NOT NULL,
    finding_ref     TEXT    NOT NULL,
    meeting_id      INTEGER,
    kind            TEXT    NOT NULL,            -- NOTE, PROPOSAL
    author          TEXT    NOT NULL,
    at              TEXT    NOT NULL,
    text            TEXT    NOT NULL
);
CREATE INDEX discussion_note_case ON discussion_note (case_id, review_version);

CREATE TABLE vote (
    id              INTEGER PRIMARY KEY,
    case_id         TEXT    NOT NULL,
    review_version  INTEGER NOT NULL,
    finding_ref     TEXT    NOT NULL,
    meeting_id      INTEGER NOT NULL,
    attendee_id     INTEGER NOT NULL REFERENCES attendee (id),
    value           TEXT    NOT NULL,            -- AGREE, DISAGREE, ABSTAIN
    recorded_by     TEXT    NOT NULL,
    at              TEXT    NOT NULL,
    UNIQUE (case_id, review_version, finding_ref, attendee_id)
);

CREATE TABLE decision (
    id              INTEGER PRIMARY KEY,
    case_id         TEXT    NOT NULL,
    review_version  INTEGER NOT NULL,
    finding_ref     TEXT    NOT NULL,
    finding_label   TEXT    NOT NULL DEFAULT '',
    classification  TEXT    NOT NULL DEFAULT '',
    evidence        TEXT    NOT NULL DEFAULT '',
    outcome         TEXT    NOT NULL,            -- PRIMARY, PRESUMED_GERMLINE, SECONDARY, NOT_REPORTED
    rationale       TEXT    NOT NULL,
    meeting_id      INTEGER,
    recorded_by     TEXT    NOT NULL,
    at              TEXT    NOT NULL,
    UNIQUE (case_id, review_version, finding_ref)
);

CREATE TABLE recommended_action (
    id              INTEGER PRIMARY KEY,
    decision_id     INTEGER NOT NULL REFERENCES decision (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    kind            TEXT    NOT NULL,            -- TREATMENT, CLINICAL_TRIAL, CONFIRMATORY_TEST, GENETIC_COUNSELLING, CASCADE_TESTING, REANALYSIS
    detail          TEXT    NOT NULL,
    evidence_level  TEXT    NOT NULL DEFAULT ''
);

CREATE TABLE case_status_history (
    id              INTEGER PRIMARY KEY,
    case_id         TEXT    NOT NULL,
    status          TEXT    NOT NULL,
    at              TEXT    NOT NULL,
    by_user         TEXT    NOT NULL
);
CREATE INDEX case_status_history_case ON case_status_history (case_id, id);
