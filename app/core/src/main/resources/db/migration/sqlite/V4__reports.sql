-- Issued patient-return reports (issue 6): every issued PDF is kept with its SHA-256; a correction is a new
-- version with a reason and the list of what changed, and the earlier versions stay readable (superseded).
-- Rows refer to the case by its ID (not its row), so the history survives a re-import of the case data.

CREATE TABLE report_version (
    id              INTEGER PRIMARY KEY,
    case_id         TEXT    NOT NULL,
    report_id       TEXT    NOT NULL,
    template        TEXT    NOT NULL,
    language        TEXT    NOT NULL,
    version         INTEGER NOT NULL,
    sha256          TEXT    NOT NULL,
    size            INTEGER NOT NULL,
    pdf             BLOB    NOT NULL,
    issued_by       TEXT    NOT NULL,
    issued_at       TEXT    NOT NULL,
    reason          TEXT    NOT NULL DEFAULT '',
    changes         TEXT    NOT NULL DEFAULT '',
    superseded_at   TEXT,
    UNIQUE (report_id, language, version)
);

CREATE INDEX report_version_case ON report_version (case_id);
