-- +goose Up
-- bank_revision counts changes to which item versions are current (or
-- retired). The exam start keeps the decoded item pool in memory and draws
-- forms outside the write lock; it reads this one row to know whether its
-- copy is still the bank's, also after an import made by another process
-- (`hocviet bank import` while the server runs). Triggers keep it, so no
-- writer can forget to.
CREATE TABLE bank_revision (
    id  INTEGER PRIMARY KEY CHECK (id = 1),
    rev INTEGER NOT NULL
);
INSERT INTO bank_revision (id, rev) VALUES (1, 0);

-- +goose StatementBegin
CREATE TRIGGER bank_items_rev_insert AFTER INSERT ON bank_items
BEGIN
    UPDATE bank_revision SET rev = rev + 1 WHERE id = 1;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER bank_items_rev_update AFTER UPDATE OF current_version, retired, bank ON bank_items
WHEN OLD.current_version IS NOT NEW.current_version OR OLD.retired IS NOT NEW.retired OR OLD.bank IS NOT NEW.bank
BEGIN
    UPDATE bank_revision SET rev = rev + 1 WHERE id = 1;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER bank_items_rev_delete AFTER DELETE ON bank_items
BEGIN
    UPDATE bank_revision SET rev = rev + 1 WHERE id = 1;
END;
-- +goose StatementEnd

-- exam_predraws holds forms drawn before the bell for candidates invited to
-- a session (the server draws them in the background for sessions open or
-- about to open), so that pressing "start" copies rows inside SQLite
-- instead of drawing: with 2,000 candidates in the same second the draw,
-- not the write, is what takes the time. A predraw is used only if the
-- bank revision and the candidate's number of attempts are still those it
-- was drawn with (else the start draws afresh); its seed becomes the
-- attempt's, so the form stays reproducible.
CREATE TABLE exam_predraws (
    session_id   INTEGER NOT NULL REFERENCES exam_sessions(id) ON DELETE CASCADE,
    candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
    seed         INTEGER NOT NULL,
    bank_rev     INTEGER NOT NULL,
    prior        INTEGER NOT NULL,
    sections     TEXT NOT NULL, -- JSON: [{"skill", "minutes", "max_plays", "max_takes"}]
    drawn_at     INTEGER NOT NULL,
    PRIMARY KEY (session_id, candidate_id)
);

CREATE TABLE exam_predraw_items (
    session_id   INTEGER NOT NULL,
    candidate_id INTEGER NOT NULL,
    pos          INTEGER NOT NULL,
    section_idx  INTEGER NOT NULL,
    part_id      TEXT NOT NULL,
    item_id      TEXT NOT NULL,
    version_id   INTEGER NOT NULL,
    points       REAL NOT NULL,
    manual       INTEGER NOT NULL,
    layout       TEXT NOT NULL,
    PRIMARY KEY (session_id, candidate_id, pos),
    FOREIGN KEY (session_id, candidate_id) REFERENCES exam_predraws(session_id, candidate_id) ON DELETE CASCADE
);

-- +goose Down
DROP TABLE exam_predraw_items;
DROP TABLE exam_predraws;
DROP TRIGGER bank_items_rev_delete;
DROP TRIGGER bank_items_rev_update;
DROP TRIGGER bank_items_rev_insert;
DROP TABLE bank_revision;
