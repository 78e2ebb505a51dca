-- +goose Up
-- Issue 16: a start at 2,000 candidates in one second must be one short
-- write. A form drawn before the bell used to sit in exam_predraws and
-- exam_predraw_items, and a start copied its ~80 rows into exam_form_items
-- under the write lock (1 ms a start, so 2 s for 2,000 one after another).
-- Now the predraw writes the attempt itself, with its sections and form
-- items, in a "drawn" state: drawn_rev is the bank revision it was drawn
-- from and drawn_prior the candidate's number of begun attempts then, both
-- NULL once begun. A start is one UPDATE that clears them.
--
-- Every query reads attempts through the view exam_attempts, which shows
-- only begun ones, so a drawn form counts nowhere (not as an attempt, not
-- as items seen, not in any list) until its candidate presses "start".
-- The rename rewrites the tables that reference the attempt to reference
-- exam_attempt_rows, so drawn forms keep their children and their
-- children go with them (ON DELETE CASCADE) when a stale draw is replaced.
ALTER TABLE exam_attempts RENAME TO exam_attempt_rows;
ALTER TABLE exam_attempt_rows ADD COLUMN drawn_rev INTEGER;
ALTER TABLE exam_attempt_rows ADD COLUMN drawn_prior INTEGER;
CREATE VIEW exam_attempts AS
    SELECT id, session_id, candidate_id, code, seed, status, started_at, submitted_at, last_save_at, saves,
           released_at, released_by
    FROM exam_attempt_rows WHERE drawn_rev IS NULL;

-- The old predraws are drawn again by the server's next round.
DROP TABLE exam_predraw_items;
DROP TABLE exam_predraws;

-- +goose Down
DROP VIEW exam_attempts;
DELETE FROM exam_attempt_rows WHERE drawn_rev IS NOT NULL;
ALTER TABLE exam_attempt_rows DROP COLUMN drawn_prior;
ALTER TABLE exam_attempt_rows DROP COLUMN drawn_rev;
ALTER TABLE exam_attempt_rows RENAME TO exam_attempts;
CREATE TABLE exam_predraws (
    session_id   INTEGER NOT NULL REFERENCES exam_sessions(id) ON DELETE CASCADE,
    candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
    seed         INTEGER NOT NULL,
    bank_rev     INTEGER NOT NULL,
    prior        INTEGER NOT NULL,
    sections     TEXT NOT NULL,
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
