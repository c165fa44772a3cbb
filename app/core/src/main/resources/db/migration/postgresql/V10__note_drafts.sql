-- Discussion notes as they are typed (issue 9: no text lost on a crash): one draft per user, case and finding,
-- saved on every change and removed when the note is added.
CREATE TABLE note_draft (
    username    TEXT    NOT NULL,
    case_id     TEXT    NOT NULL,
    finding_ref TEXT    NOT NULL,
    text        TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    PRIMARY KEY (username, case_id, finding_ref)
);
