-- +goose Up
-- Issue 15: login limits per account and address, a known-device cookie
-- that must be signed with a key kept across restarts, and a count of wrong
-- exam access codes per candidate and session.

-- The browser's known-device id when the attempt carried a valid cookie:
-- such a browser is exempt from the account's lock but has its own limit.
ALTER TABLE login_failures ADD COLUMN device TEXT NOT NULL DEFAULT '';
CREATE INDEX login_failures_pair ON login_failures(username, ip, at);
CREATE INDEX login_failures_device ON login_failures(device, at);

-- Keys the server makes once (random) and keeps, so cookies it signed stay
-- valid after a restart on exam day.
CREATE TABLE server_secrets (
    name  TEXT PRIMARY KEY,
    value BLOB NOT NULL
);

CREATE TABLE exam_code_failures (
    id           INTEGER PRIMARY KEY,
    session_id   INTEGER NOT NULL REFERENCES exam_sessions(id) ON DELETE CASCADE,
    candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
    at           INTEGER NOT NULL -- Unix milliseconds, like the exam tables
);
CREATE INDEX exam_code_failures_who ON exam_code_failures(session_id, candidate_id, at);

-- +goose Down
DROP TABLE exam_code_failures;
DROP TABLE server_secrets;
DROP INDEX login_failures_device;
DROP INDEX login_failures_pair;
ALTER TABLE login_failures DROP COLUMN device;
