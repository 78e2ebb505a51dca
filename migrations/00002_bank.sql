-- +goose Up
-- Question banks live as files under question_banks/; `hocviet bank import`
-- copies them here. An item's content is kept as JSON, one row per version:
-- a version is never edited (an edit is a new version), and a version that an
-- exam attempt used can never be deleted, so a result can always be shown with
-- the exact question, audio and key it was given.

-- Media bytes are stored here, addressed by their SHA-256, rather than read
-- from question_banks/ at run time: the files change in git while old
-- versions must keep their audio, a backup (VACUUM INTO) then carries
-- everything, and the server runs with no bank folder beside it.
CREATE TABLE bank_media (
    sha256     TEXT PRIMARY KEY,
    mime       TEXT NOT NULL,
    size       INTEGER NOT NULL,
    data       BLOB NOT NULL,
    created_at TEXT NOT NULL
);

-- Where each media key ("core/audio/l-ch-01.ogg") points now.
CREATE TABLE bank_media_paths (
    path       TEXT PRIMARY KEY,
    sha256     TEXT NOT NULL REFERENCES bank_media(sha256),
    updated_at TEXT NOT NULL
);

CREATE TABLE bank_groups (
    group_id        TEXT PRIMARY KEY,
    bank            TEXT NOT NULL,
    current_version INTEGER NOT NULL,
    retired         INTEGER NOT NULL DEFAULT 0,
    updated_at      TEXT NOT NULL
);

CREATE TABLE bank_group_versions (
    id           INTEGER PRIMARY KEY,
    group_id     TEXT NOT NULL REFERENCES bank_groups(group_id),
    version      INTEGER NOT NULL,
    skill        TEXT NOT NULL,
    content      TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    UNIQUE (group_id, version)
);

CREATE TABLE bank_items (
    item_id         TEXT PRIMARY KEY,
    bank            TEXT NOT NULL,
    current_version INTEGER NOT NULL,
    -- The item left the files: kept for results, no longer offered.
    retired         INTEGER NOT NULL DEFAULT 0,
    source          TEXT NOT NULL DEFAULT '',
    updated_at      TEXT NOT NULL
);

CREATE TABLE bank_item_versions (
    id               INTEGER PRIMARY KEY,
    item_id          TEXT NOT NULL REFERENCES bank_items(item_id),
    version          INTEGER NOT NULL,
    skill            TEXT NOT NULL CHECK (skill IN ('listening', 'reading', 'writing', 'speaking')),
    level            INTEGER NOT NULL CHECK (level BETWEEN 1 AND 6),
    type             TEXT NOT NULL,
    topics           TEXT NOT NULL DEFAULT '[]', -- JSON array, for json_each in selection
    group_version_id INTEGER REFERENCES bank_group_versions(id),
    content          TEXT NOT NULL,
    content_hash     TEXT NOT NULL,
    author           TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL,
    UNIQUE (item_id, version)
);
CREATE INDEX bank_item_versions_select ON bank_item_versions(skill, type, level);

-- Exam code inserts a row here when an attempt is given a version. The
-- foreign key (no cascade) is what stops a used version being deleted.
CREATE TABLE bank_item_usage (
    version_id INTEGER NOT NULL REFERENCES bank_item_versions(id),
    attempt_id INTEGER NOT NULL,
    used_at    TEXT NOT NULL,
    PRIMARY KEY (version_id, attempt_id)
);
CREATE INDEX bank_item_usage_attempt ON bank_item_usage(attempt_id);

-- Versions are immutable whether used yet or not: a change is a new row.
-- +goose StatementBegin
CREATE TRIGGER bank_item_versions_immutable
BEFORE UPDATE OF item_id, version, skill, level, type, topics, group_version_id, content, content_hash ON bank_item_versions
BEGIN
    SELECT RAISE(ABORT, 'bank item versions are immutable: import a new version');
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER bank_group_versions_immutable
BEFORE UPDATE OF group_id, version, content, content_hash ON bank_group_versions
BEGIN
    SELECT RAISE(ABORT, 'bank group versions are immutable: import a new version');
END;
-- +goose StatementEnd

-- Rubrics and blueprints, versioned like items (a graded essay keeps the
-- rubric it was graded with; an exam keeps its blueprint).
CREATE TABLE bank_documents (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL CHECK (kind IN ('rubric', 'blueprint')),
    doc_id       TEXT NOT NULL,
    version      INTEGER NOT NULL,
    content      TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    UNIQUE (kind, doc_id, version)
);

CREATE TABLE bank_vocabulary (
    id           INTEGER PRIMARY KEY,
    bank         TEXT NOT NULL,
    term         TEXT NOT NULL,
    pos          TEXT NOT NULL,
    lao          TEXT NOT NULL,
    en           TEXT NOT NULL DEFAULT '',
    example      TEXT NOT NULL DEFAULT '',
    level        INTEGER NOT NULL CHECK (level BETWEEN 1 AND 6),
    topic        TEXT NOT NULL,
    audio_sha256 TEXT REFERENCES bank_media(sha256),
    reviewed     INTEGER NOT NULL DEFAULT 0,
    UNIQUE (bank, term, pos)
);

-- +goose Down
DROP TABLE bank_vocabulary;
DROP TABLE bank_documents;
DROP TRIGGER bank_group_versions_immutable;
DROP TRIGGER bank_item_versions_immutable;
DROP TABLE bank_item_usage;
DROP TABLE bank_item_versions;
DROP TABLE bank_items;
DROP TABLE bank_group_versions;
DROP TABLE bank_groups;
DROP TABLE bank_media_paths;
DROP TABLE bank_media;
