-- +goose Up
-- Exam delivery (issue 15.12-15.14, 17.2): each soft limit of the exam
-- page made firm, and the candidate's "review later" flags.

-- The highest play of a recording whose bytes went out in full: each play
-- the candidate was granted delivers the audio once (a dropped download may
-- be fetched again, a finished one may not).
ALTER TABLE exam_audio_plays ADD COLUMN delivered INTEGER NOT NULL DEFAULT 0;

-- How often a take begun but never uploaded (a reload or a crash during the
-- countdown or the recording) was given back to the candidate.
ALTER TABLE exam_recordings ADD COLUMN resumes INTEGER NOT NULL DEFAULT 0;

-- What the page still had on its way when the candidate finished a section
-- early, as JSON {"answers": {pos: rev}, "takes": {pos: take}}: after an
-- early finish only these saves count, nothing typed later.
ALTER TABLE exam_sections ADD COLUMN pending TEXT NOT NULL DEFAULT '';

-- Questions the candidate flagged "review later" (the navigator).
CREATE TABLE exam_flags (
    attempt_id INTEGER NOT NULL REFERENCES exam_attempts(id) ON DELETE CASCADE,
    pos        INTEGER NOT NULL,
    flagged_at INTEGER NOT NULL,
    PRIMARY KEY (attempt_id, pos)
);

-- +goose Down
DROP TABLE exam_flags;
ALTER TABLE exam_sections DROP COLUMN pending;
ALTER TABLE exam_recordings DROP COLUMN resumes;
ALTER TABLE exam_audio_plays DROP COLUMN delivered;
