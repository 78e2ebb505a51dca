-- +goose Up
-- Readiness and eligibility: what the board keeps beyond the registration
-- file, the criteria it sets per programme, the decisions it records, its
-- intake plan and the follow-up of graduates. Every table carries the
-- province it belongs to, so each query can be scoped by the province of the
-- board account that asks.

-- The post a cadre is planned for (chức danh quy hoạch), beside the post held.
ALTER TABLE candidates ADD COLUMN planned_position TEXT NOT NULL DEFAULT '';

-- One row per version: a saved change is a new row, never an update, so a
-- recorded decision can always be explained by the criteria it used.
CREATE TABLE readiness_criteria (
    id                INTEGER PRIMARY KEY,
    province_id       INTEGER NOT NULL REFERENCES provinces(id),
    programme_id      INTEGER NOT NULL REFERENCES programmes(id),
    version           INTEGER NOT NULL CHECK (version > 0),
    min_level         INTEGER NOT NULL DEFAULT 0 CHECK (min_level BETWEEN 0 AND 6),
    min_listening     REAL NOT NULL DEFAULT 0 CHECK (min_listening BETWEEN 0 AND 10),
    min_reading       REAL NOT NULL DEFAULT 0 CHECK (min_reading BETWEEN 0 AND 10),
    min_writing       REAL NOT NULL DEFAULT 0 CHECK (min_writing BETWEEN 0 AND 10),
    min_speaking      REAL NOT NULL DEFAULT 0 CHECK (min_speaking BETWEEN 0 AND 10),
    min_age           INTEGER NOT NULL DEFAULT 0,
    max_age           INTEGER NOT NULL DEFAULT 0,
    planning_required INTEGER NOT NULL DEFAULT 0,
    positions         TEXT NOT NULL DEFAULT '[]', -- JSON array; empty accepts any position
    exam_max_months   INTEGER NOT NULL DEFAULT 0,
    note              TEXT NOT NULL DEFAULT '',
    created_by        INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at        TEXT NOT NULL,
    UNIQUE (province_id, programme_id, version)
);

-- Decisions the board chose to record (a list "as of" a day), each with the
-- criteria version it used and its reasons (JSON), so the record stays true
-- after criteria, profiles or results change.
CREATE TABLE readiness_decisions (
    id           INTEGER PRIMARY KEY,
    province_id  INTEGER NOT NULL REFERENCES provinces(id),
    candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
    criteria_id  INTEGER NOT NULL REFERENCES readiness_criteria(id),
    intake_year  INTEGER NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('eligible', 'not_eligible', 'untested')),
    near         INTEGER NOT NULL DEFAULT 0,
    reasons      TEXT NOT NULL DEFAULT '[]',
    attempt_id   INTEGER,
    decided_by   INTEGER REFERENCES users(id) ON DELETE SET NULL,
    decided_at   TEXT NOT NULL
);
CREATE INDEX readiness_decisions_candidate ON readiness_decisions(candidate_id, decided_at);

CREATE TABLE readiness_quotas (
    province_id  INTEGER NOT NULL REFERENCES provinces(id),
    programme_id INTEGER NOT NULL REFERENCES programmes(id),
    year         INTEGER NOT NULL,
    quota        INTEGER NOT NULL CHECK (quota >= 0),
    updated_by   INTEGER REFERENCES users(id) ON DELETE SET NULL,
    updated_at   TEXT NOT NULL,
    PRIMARY KEY (province_id, programme_id, year)
);

-- Graduates of courses 1–4 were never registered here, so a graduate is a
-- record of its own, linked to a candidate only when there is one.
CREATE TABLE readiness_graduates (
    id              INTEGER PRIMARY KEY,
    province_id     INTEGER NOT NULL REFERENCES provinces(id),
    candidate_id    INTEGER REFERENCES candidates(id) ON DELETE SET NULL,
    name_lo         TEXT NOT NULL,
    name_latin      TEXT NOT NULL,
    programme_id    INTEGER NOT NULL REFERENCES programmes(id),
    course          TEXT NOT NULL,
    graduation_year INTEGER NOT NULL,
    result          TEXT NOT NULL CHECK (result IN ('xuat_sac', 'gioi', 'kha', 'trung_binh', 'unknown')),
    position_before TEXT NOT NULL DEFAULT '',
    position_after  TEXT NOT NULL DEFAULT '',
    use             TEXT NOT NULL CHECK (use IN ('promoted', 'same_post', 'rotated', 'planned', 'left', 'unknown')),
    notes           TEXT NOT NULL DEFAULT '',
    updated_by      INTEGER REFERENCES users(id) ON DELETE SET NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX readiness_graduates_province ON readiness_graduates(province_id, graduation_year);

-- +goose Down
DROP TABLE readiness_graduates;
DROP TABLE readiness_quotas;
DROP TABLE readiness_decisions;
DROP TABLE readiness_criteria;
ALTER TABLE candidates DROP COLUMN planned_position;
