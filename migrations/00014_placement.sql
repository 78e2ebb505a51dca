-- +goose Up
-- The adaptive placement test (not the screening exam): per skill, the
-- server picks each next item from the calibrated pool after every answer
-- (internal/measure CATStep), so the client never holds the pool. Times are
-- INTEGER milliseconds since the Unix epoch.
CREATE TABLE placement_tests (
    id          INTEGER PRIMARY KEY,
    user_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    seed        INTEGER NOT NULL,
    started_at  INTEGER NOT NULL,
    finished_at INTEGER
);
CREATE INDEX placement_tests_user ON placement_tests(user_id, started_at);

-- One row per item shown: it is written when the item is chosen (answered_at
-- NULL), so a reload shows the same item, and completed by the answer.
CREATE TABLE placement_items (
    test_id     INTEGER NOT NULL REFERENCES placement_tests(id) ON DELETE CASCADE,
    skill       TEXT NOT NULL CHECK (skill IN ('listening', 'reading', 'writing')),
    pos         INTEGER NOT NULL CHECK (pos >= 1),
    item_id     TEXT NOT NULL,
    version_id  INTEGER NOT NULL REFERENCES bank_item_versions(id),
    shown_at    INTEGER NOT NULL,
    response    TEXT,
    fraction    REAL CHECK (fraction IS NULL OR (fraction >= 0 AND fraction <= 1)),
    category    INTEGER,
    answered_at INTEGER,
    PRIMARY KEY (test_id, skill, pos)
);

-- The estimate per skill when the skill's part ends: ability (logits), its
-- standard error, and the Bậc with the range one standard error either side.
CREATE TABLE placement_results (
    test_id    INTEGER NOT NULL REFERENCES placement_tests(id) ON DELETE CASCADE,
    skill      TEXT NOT NULL,
    theta      REAL NOT NULL,
    se         REAL NOT NULL,
    level      INTEGER NOT NULL CHECK (level BETWEEN 1 AND 6),
    level_lo   INTEGER NOT NULL CHECK (level_lo BETWEEN 1 AND 6),
    level_hi   INTEGER NOT NULL CHECK (level_hi BETWEEN 1 AND 6),
    items      INTEGER NOT NULL,
    reason     TEXT NOT NULL,
    provisional INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (test_id, skill)
);

-- +goose Down
DROP TABLE placement_results;
DROP TABLE placement_items;
DROP TABLE placement_tests;
