-- +goose Up
-- An exam start used to write, inside its transaction, one bank_item_usage
-- row per item of the form (62 with the full bank) on top of copying the
-- form: half the time of a start at the bell. The start now writes one row
-- here, and the marks are written soon after, many attempts to a short
-- transaction, off the start's path (store/examusage.go). A row left here
-- by a crash is marked by the next round (the server's predraw job runs
-- every minute). The form items themselves reference their versions, so a
-- version given to an attempt cannot be deleted in between either.
CREATE TABLE exam_usage_pending (
    attempt_id INTEGER PRIMARY KEY REFERENCES exam_attempts(id) ON DELETE CASCADE
);

-- +goose Down
DROP TABLE exam_usage_pending;
