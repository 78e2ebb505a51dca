-- +goose Up
-- Issue 17 point 23: the Lao review of the banks. A reviewed gloss keeps
-- its history here (what it said before, what the reviewer made it, who and
-- when); item explanations need no table, since each review is a new item
-- version with its author and time.
CREATE TABLE bank_vocabulary_reviews (
    id          INTEGER PRIMARY KEY,
    vocab_id    INTEGER NOT NULL REFERENCES bank_vocabulary(id) ON DELETE CASCADE,
    lao_before  TEXT NOT NULL,
    lao         TEXT NOT NULL,
    reviewer    TEXT NOT NULL,
    reviewed_at TEXT NOT NULL
);
CREATE INDEX bank_vocabulary_reviews_vocab ON bank_vocabulary_reviews(vocab_id, id);

-- +goose Down
DROP TABLE bank_vocabulary_reviews;
