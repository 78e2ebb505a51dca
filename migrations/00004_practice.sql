-- +goose Up
-- Practice: sets of items a candidate works through with instant feedback,
-- the answers with their grade, recordings and essays kept for instructors'
-- comments, and the vocabulary trainer's spaced-repetition cards. Every row
-- carries the candidate's user_id so each query is scoped by its owner.

CREATE TABLE practice_sets (
    id          INTEGER PRIMARY KEY,
    user_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    skill       TEXT NOT NULL CHECK (skill IN ('listening', 'reading', 'writing', 'speaking')),
    level       INTEGER NOT NULL CHECK (level BETWEEN 1 AND 6),
    topic       TEXT NOT NULL DEFAULT '', -- '' for any topic
    created_at  TEXT NOT NULL,
    finished_at TEXT
);
CREATE INDEX practice_sets_user ON practice_sets(user_id, created_at);

-- The items of a set, in order. A set keeps the exact version it showed, so
-- feedback given later matches the question answered even after an edit.
CREATE TABLE practice_set_items (
    set_id     INTEGER NOT NULL REFERENCES practice_sets(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL CHECK (position >= 1),
    version_id INTEGER NOT NULL REFERENCES bank_item_versions(id),
    item_id    TEXT NOT NULL,
    PRIMARY KEY (set_id, position)
);
CREATE INDEX practice_set_items_item ON practice_set_items(item_id);

-- One answer per item of a set. Skill, level, type and topics are copied
-- from the version so progress queries need not decode item JSON.
CREATE TABLE practice_answers (
    id          INTEGER PRIMARY KEY,
    user_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    set_id      INTEGER NOT NULL,
    position    INTEGER NOT NULL,
    version_id  INTEGER NOT NULL REFERENCES bank_item_versions(id),
    item_id     TEXT NOT NULL,
    skill       TEXT NOT NULL,
    level       INTEGER NOT NULL,
    type        TEXT NOT NULL,
    topics      TEXT NOT NULL DEFAULT '[]',
    response    TEXT NOT NULL DEFAULT '{}', -- bank.Response as JSON
    points      REAL NOT NULL DEFAULT 0,
    max_points  REAL NOT NULL,
    verdict     TEXT NOT NULL,
    -- 0 while an essay or recording waits for an instructor's score; such
    -- answers do not count towards accuracy or level.
    scored      INTEGER NOT NULL CHECK (scored IN (0, 1)),
    detail      TEXT NOT NULL DEFAULT '[]', -- bank.Detail list as JSON
    answered_at TEXT NOT NULL,
    UNIQUE (set_id, position),
    FOREIGN KEY (set_id, position) REFERENCES practice_set_items(set_id, position) ON DELETE CASCADE
);
CREATE INDEX practice_answers_user ON practice_answers(user_id, answered_at);
CREATE INDEX practice_answers_manual ON practice_answers(type, scored);

-- The candidate's own voice, as recorded in the browser (WAV). Kept in the
-- database like bank media so a backup carries it.
CREATE TABLE practice_recordings (
    id          INTEGER PRIMARY KEY,
    answer_id   INTEGER NOT NULL UNIQUE REFERENCES practice_answers(id) ON DELETE CASCADE,
    user_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    mime        TEXT NOT NULL,
    size        INTEGER NOT NULL,
    duration_ms INTEGER NOT NULL DEFAULT 0,
    data        BLOB NOT NULL,
    tone        TEXT, -- advisory tone analysis (JSON), NULL when there is none
    created_at  TEXT NOT NULL
);

-- Essay drafts, saved as the candidate types so nothing is lost on a weak
-- link; submitting makes the answer.
CREATE TABLE practice_essays (
    set_id     INTEGER NOT NULL,
    position   INTEGER NOT NULL,
    user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    text       TEXT NOT NULL,
    words      INTEGER NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (set_id, position),
    FOREIGN KEY (set_id, position) REFERENCES practice_set_items(set_id, position) ON DELETE CASCADE
);

-- Instructors' comments on essays and recordings, with an optional score
-- (0–10) that makes the answer count in the candidate's progress.
CREATE TABLE practice_comments (
    id            INTEGER PRIMARY KEY,
    answer_id     INTEGER NOT NULL REFERENCES practice_answers(id) ON DELETE CASCADE,
    instructor_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
    body          TEXT NOT NULL,
    score         REAL CHECK (score IS NULL OR score BETWEEN 0 AND 10),
    created_at    TEXT NOT NULL
);
CREATE INDEX practice_comments_answer ON practice_comments(answer_id);

-- FSRS memory state of one word for one candidate. A word has no row until
-- its first review; a word removed from the banks takes its cards with it.
CREATE TABLE vocab_cards (
    user_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    vocab_id    INTEGER NOT NULL REFERENCES bank_vocabulary(id) ON DELETE CASCADE,
    state       TEXT NOT NULL CHECK (state IN ('learning', 'review', 'relearning')),
    stability   REAL NOT NULL,
    difficulty  REAL NOT NULL,
    due         TEXT NOT NULL,
    last_review TEXT NOT NULL,
    reps        INTEGER NOT NULL,
    lapses      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (user_id, vocab_id)
);
CREATE INDEX vocab_cards_due ON vocab_cards(user_id, due);

-- Every review, kept for the record (and for fitting FSRS weights to these
-- learners one day); the term is copied so the log outlives the word.
CREATE TABLE vocab_reviews (
    id           INTEGER PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    vocab_id     INTEGER REFERENCES bank_vocabulary(id) ON DELETE SET NULL,
    term         TEXT NOT NULL,
    direction    TEXT NOT NULL CHECK (direction IN ('vi-lo', 'lo-vi')),
    rating       TEXT NOT NULL CHECK (rating IN ('again', 'hard', 'good', 'easy')),
    state_before TEXT NOT NULL,
    stability    REAL NOT NULL,
    difficulty   REAL NOT NULL,
    due          TEXT NOT NULL,
    reviewed_at  TEXT NOT NULL
);
CREATE INDEX vocab_reviews_user ON vocab_reviews(user_id, reviewed_at);

-- +goose Down
DROP TABLE vocab_reviews;
DROP TABLE vocab_cards;
DROP TABLE practice_comments;
DROP TABLE practice_essays;
DROP TABLE practice_recordings;
DROP TABLE practice_answers;
DROP TABLE practice_set_items;
DROP TABLE practice_sets;
