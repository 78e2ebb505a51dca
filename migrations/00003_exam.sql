-- +goose Up
-- The screening exam. Times the exam clock depends on (deadlines, saves,
-- plays, claims) are INTEGER milliseconds since the Unix epoch: a deadline
-- is compared to the millisecond, and integer comparison in SQL cannot be
-- fooled by two spellings of one instant.

-- A scheduled sitting of a blueprint. The blueprint is copied in as it was
-- when the session was scheduled, so editing the file later changes no
-- session already planned.
CREATE TABLE exam_sessions (
    id                INTEGER PRIMARY KEY,
    title             TEXT NOT NULL,
    blueprint_id      TEXT NOT NULL,
    blueprint_version INTEGER NOT NULL,
    blueprint         TEXT NOT NULL,
    -- Every candidate of the cohort may sit, including ones added later.
    cohort_id         INTEGER REFERENCES cohorts(id),
    opens_at          INTEGER NOT NULL,
    closes_at         INTEGER NOT NULL,
    access_code       TEXT NOT NULL DEFAULT '',
    -- How far two raters may differ before a third adjudicates.
    gap               REAL NOT NULL DEFAULT 1.5 CHECK (gap > 0),
    grace_ms          INTEGER NOT NULL DEFAULT 10000 CHECK (grace_ms >= 0),
    created_by        INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at        INTEGER NOT NULL,
    CHECK (closes_at > opens_at)
);

-- Candidates named one by one, besides (or instead of) a cohort.
CREATE TABLE exam_session_candidates (
    session_id   INTEGER NOT NULL REFERENCES exam_sessions(id) ON DELETE CASCADE,
    candidate_id INTEGER NOT NULL REFERENCES candidates(id),
    PRIMARY KEY (session_id, candidate_id)
);

CREATE TABLE exam_attempts (
    id           INTEGER PRIMARY KEY,
    session_id   INTEGER NOT NULL REFERENCES exam_sessions(id),
    candidate_id INTEGER NOT NULL REFERENCES candidates(id),
    -- What graders see instead of a name.
    code         TEXT NOT NULL UNIQUE,
    -- The draw's seed (uint64 bits), so the form can be drawn again to check it.
    seed         INTEGER NOT NULL,
    status       TEXT NOT NULL DEFAULT 'in_progress' CHECK (status IN ('in_progress', 'submitted', 'scored')),
    started_at   INTEGER NOT NULL,
    submitted_at INTEGER,
    last_save_at INTEGER,
    saves        INTEGER NOT NULL DEFAULT 0,
    released_at  INTEGER,
    released_by  INTEGER REFERENCES users(id) ON DELETE SET NULL,
    UNIQUE (session_id, candidate_id)
);
CREATE INDEX exam_attempts_candidate ON exam_attempts(candidate_id);

-- One row per section of an attempt. A section's clock starts when the
-- candidate reaches it; closed_at is set when the candidate finishes it
-- early or when it is found past its deadline.
CREATE TABLE exam_sections (
    attempt_id INTEGER NOT NULL REFERENCES exam_attempts(id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    skill      TEXT NOT NULL CHECK (skill IN ('listening', 'reading', 'writing', 'speaking')),
    minutes    INTEGER NOT NULL,
    max_plays  INTEGER NOT NULL DEFAULT 1,
    max_takes  INTEGER NOT NULL DEFAULT 1,
    started_at INTEGER,
    deadline   INTEGER,
    closed_at  INTEGER,
    PRIMARY KEY (attempt_id, idx)
);

-- The drawn form: which version of which item, where, worth how much, and
-- the order its options were shown in (layout, JSON).
CREATE TABLE exam_form_items (
    attempt_id  INTEGER NOT NULL REFERENCES exam_attempts(id) ON DELETE CASCADE,
    pos         INTEGER NOT NULL,
    section_idx INTEGER NOT NULL,
    part_id     TEXT NOT NULL,
    item_id     TEXT NOT NULL,
    version_id  INTEGER NOT NULL REFERENCES bank_item_versions(id),
    points      REAL NOT NULL CHECK (points > 0),
    manual      INTEGER NOT NULL DEFAULT 0,
    layout      TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (attempt_id, pos)
);
CREATE INDEX exam_form_items_item ON exam_form_items(item_id);

-- The latest answer to each item. rev is the browser's own counter for the
-- item: a save with a rev not above the stored one is a stale retry and
-- changes nothing.
CREATE TABLE exam_answers (
    attempt_id INTEGER NOT NULL REFERENCES exam_attempts(id) ON DELETE CASCADE,
    pos        INTEGER NOT NULL,
    rev        INTEGER NOT NULL CHECK (rev > 0),
    response   TEXT NOT NULL,
    saved_at   INTEGER NOT NULL,
    PRIMARY KEY (attempt_id, pos)
);

-- Plays of each recording, counted when the candidate presses play.
CREATE TABLE exam_audio_plays (
    attempt_id   INTEGER NOT NULL REFERENCES exam_attempts(id) ON DELETE CASCADE,
    media_key    TEXT NOT NULL,
    plays        INTEGER NOT NULL,
    last_play_at INTEGER NOT NULL,
    PRIMARY KEY (attempt_id, media_key)
);

-- Spoken answers, 16 kHz mono 16-bit WAV, kept in the database so a backup
-- carries them. takes counts recordings begun; take is the one stored.
CREATE TABLE exam_recordings (
    attempt_id  INTEGER NOT NULL REFERENCES exam_attempts(id) ON DELETE CASCADE,
    pos         INTEGER NOT NULL,
    takes       INTEGER NOT NULL DEFAULT 0,
    take        INTEGER NOT NULL DEFAULT 0,
    data        BLOB,
    size        INTEGER NOT NULL DEFAULT 0,
    duration_ms INTEGER NOT NULL DEFAULT 0,
    uploaded_at INTEGER,
    PRIMARY KEY (attempt_id, pos)
);

-- Objective items, graded at submission (and again by a regrade).
CREATE TABLE exam_item_scores (
    attempt_id        INTEGER NOT NULL REFERENCES exam_attempts(id) ON DELETE CASCADE,
    pos               INTEGER NOT NULL,
    points            REAL NOT NULL,
    max               REAL NOT NULL,
    verdict           TEXT NOT NULL,
    detail            TEXT NOT NULL DEFAULT '{}',
    graded_version_id INTEGER NOT NULL REFERENCES bank_item_versions(id),
    scored_at         INTEGER NOT NULL,
    PRIMARY KEY (attempt_id, pos)
);

-- A script is one response to a rated item (essay, read aloud, spoken
-- answer). final is on 0–10.
CREATE TABLE exam_scripts (
    id         INTEGER PRIMARY KEY,
    attempt_id INTEGER NOT NULL REFERENCES exam_attempts(id) ON DELETE CASCADE,
    pos        INTEGER NOT NULL,
    skill      TEXT NOT NULL,
    rubric_id  TEXT NOT NULL,
    status     TEXT NOT NULL DEFAULT 'rating' CHECK (status IN ('rating', 'adjudication', 'final')),
    final      REAL,
    UNIQUE (attempt_id, pos)
);
CREATE INDEX exam_scripts_status ON exam_scripts(status);

-- Ratings by slot. UNIQUE (script_id, slot): two raters never hold one slot.
-- UNIQUE (script_id, rater_id): nobody rates a script twice. A claim is a
-- row with no submitted_at; past expires_at another rater may take it over.
CREATE TABLE exam_ratings (
    id           INTEGER PRIMARY KEY,
    script_id    INTEGER NOT NULL REFERENCES exam_scripts(id) ON DELETE CASCADE,
    slot         INTEGER NOT NULL CHECK (slot IN (1, 2, 3)),
    rater_id     INTEGER NOT NULL REFERENCES users(id),
    claimed_at   INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL,
    rubric_version INTEGER NOT NULL DEFAULT 0,
    criteria     TEXT,
    score        REAL,
    submitted_at INTEGER,
    UNIQUE (script_id, slot),
    UNIQUE (script_id, rater_id)
);
CREATE INDEX exam_ratings_rater ON exam_ratings(rater_id);

CREATE TABLE exam_results (
    attempt_id  INTEGER PRIMARY KEY REFERENCES exam_attempts(id) ON DELETE CASCADE,
    listening   REAL NOT NULL,
    reading     REAL NOT NULL,
    writing     REAL NOT NULL,
    speaking    REAL NOT NULL,
    average     REAL NOT NULL,
    level       INTEGER NOT NULL,
    no_level    TEXT NOT NULL DEFAULT '',
    raw         TEXT NOT NULL DEFAULT '{}',
    computed_at INTEGER NOT NULL
);

-- Every change of a score: automatic grading, a rating, a script's final
-- score, a result, a regrade. before/after are JSON (null when new).
CREATE TABLE exam_score_log (
    id         INTEGER PRIMARY KEY,
    attempt_id INTEGER NOT NULL REFERENCES exam_attempts(id) ON DELETE CASCADE,
    pos        INTEGER,
    kind       TEXT NOT NULL CHECK (kind IN ('item', 'rating', 'script', 'result', 'release')),
    before     TEXT,
    after      TEXT,
    reason     TEXT NOT NULL,
    user_id    INTEGER REFERENCES users(id) ON DELETE SET NULL,
    at         INTEGER NOT NULL
);
CREATE INDEX exam_score_log_attempt ON exam_score_log(attempt_id, id);

-- +goose Down
DROP TABLE exam_score_log;
DROP TABLE exam_results;
DROP TABLE exam_ratings;
DROP TABLE exam_scripts;
DROP TABLE exam_item_scores;
DROP TABLE exam_recordings;
DROP TABLE exam_audio_plays;
DROP TABLE exam_answers;
DROP TABLE exam_form_items;
DROP TABLE exam_sections;
DROP TABLE exam_attempts;
DROP TABLE exam_session_candidates;
DROP TABLE exam_sessions;
