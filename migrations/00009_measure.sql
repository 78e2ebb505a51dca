-- +goose Up
-- Measurement: Rasch / partial credit calibrations of item versions, and the
-- ability estimate behind every released result. Times are INTEGER
-- milliseconds since the Unix epoch, like the exam tables.

-- One row per run of `hocviet exam calibrate` (or of the demo's pilot). A
-- calibration is never changed or deleted: a later run adds rows, and what
-- a decision used can always be shown.
CREATE TABLE measure_calibrations (
    id         INTEGER PRIMARY KEY,
    created_at INTEGER NOT NULL,
    -- e.g. 'jmle-pcm': joint ML, partial credit model, (L-1)/L correction.
    method     TEXT NOT NULL,
    -- The released attempts it used, and how many sessions they came from.
    persons    INTEGER NOT NULL CHECK (persons >= 0),
    sessions   INTEGER NOT NULL DEFAULT 0,
    -- Free notes (JSON): iterations, convergence, bias factor per skill.
    notes      TEXT NOT NULL DEFAULT '{}',
    created_by INTEGER REFERENCES users(id) ON DELETE SET NULL
);

-- A calibrated difficulty belongs to an item version: a new version starts
-- uncalibrated. steps holds the absolute step difficulties (JSON array of
-- logits, one for a 0/1 item) and scores the fraction of the item's points
-- each category stands for (JSON, len(steps)+1), so a new response can be
-- put in its category. difficulty is the mean of the steps. An item whose
-- every response was at its minimum or maximum has no estimate: it is kept
-- with extreme = 'min' / 'max' and NULL difficulty.
CREATE TABLE measure_item_params (
    calibration_id INTEGER NOT NULL REFERENCES measure_calibrations(id),
    version_id     INTEGER NOT NULL REFERENCES bank_item_versions(id),
    item_id        TEXT NOT NULL,
    skill          TEXT NOT NULL CHECK (skill IN ('listening', 'reading', 'writing', 'speaking')),
    difficulty     REAL,
    se             REAL,
    infit          REAL,
    outfit         REAL,
    steps          TEXT NOT NULL DEFAULT '[]',
    scores         TEXT NOT NULL DEFAULT '[]',
    n              INTEGER NOT NULL CHECK (n >= 0),
    extreme        TEXT NOT NULL DEFAULT '' CHECK (extreme IN ('', 'min', 'max', 'none')),
    PRIMARY KEY (calibration_id, version_id)
);
CREATE INDEX measure_item_params_version ON measure_item_params(version_id, calibration_id);

-- The newest calibration with an estimate of each item version; every
-- reader of "the" difficulty goes through this view.
CREATE VIEW measure_item_current AS
SELECT p.*, c.created_at AS calibrated_at
FROM measure_item_params p
JOIN measure_calibrations c ON c.id = p.calibration_id
WHERE p.difficulty IS NOT NULL
  AND p.calibration_id = (
      SELECT max(q.calibration_id) FROM measure_item_params q
      WHERE q.version_id = p.version_id AND q.difficulty IS NOT NULL);

-- Never overwritten.
-- +goose StatementBegin
CREATE TRIGGER measure_item_params_no_update BEFORE UPDATE ON measure_item_params
BEGIN SELECT RAISE(ABORT, 'a calibration is never changed; run a new one'); END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER measure_item_params_no_delete BEFORE DELETE ON measure_item_params
BEGIN SELECT RAISE(ABORT, 'a calibration is never deleted'); END;
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TRIGGER measure_calibrations_no_update BEFORE UPDATE ON measure_calibrations
BEGIN SELECT RAISE(ABORT, 'a calibration is never changed; run a new one'); END;
-- +goose StatementEnd

-- Per released result and skill: the 0–10 score, the ability estimate (WLE,
-- logits) with its standard error, and the session's standard error of
-- measurement on the 0–10 scale, which the board's "near" mark uses.
-- skill 'average' holds the average's score and SEM (theta/se NULL).
-- theta is NULL when none of the skill's items has a difficulty yet.
CREATE TABLE measure_result_skills (
    attempt_id     INTEGER NOT NULL REFERENCES exam_attempts(id) ON DELETE CASCADE,
    skill          TEXT NOT NULL CHECK (skill IN ('listening', 'reading', 'writing', 'speaking', 'average')),
    score          REAL NOT NULL CHECK (score BETWEEN 0 AND 10),
    theta          REAL,
    se             REAL,
    sem            REAL,
    -- The calibration whose difficulties gave theta (NULL: provisional
    -- difficulties from the Bậc mapping).
    calibration_id INTEGER REFERENCES measure_calibrations(id),
    provisional    INTEGER NOT NULL DEFAULT 0,
    computed_at    INTEGER NOT NULL,
    PRIMARY KEY (attempt_id, skill)
);

-- +goose Down
DROP TABLE measure_result_skills;
DROP TRIGGER measure_calibrations_no_update;
DROP TRIGGER measure_item_params_no_delete;
DROP TRIGGER measure_item_params_no_update;
DROP VIEW measure_item_current;
DROP TABLE measure_item_params;
DROP TABLE measure_calibrations;
