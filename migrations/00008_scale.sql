-- +goose Up
-- bank_revision counts changes to which item versions are current (or
-- retired). The exam start keeps the decoded item pool in memory and draws
-- forms outside the write lock; it reads this one row to know whether its
-- copy is still the bank's, also after an import made by another process
-- (`hocviet bank import` while the server runs). Triggers keep it, so no
-- writer can forget to.
CREATE TABLE bank_revision (
    id  INTEGER PRIMARY KEY CHECK (id = 1),
    rev INTEGER NOT NULL
);
INSERT INTO bank_revision (id, rev) VALUES (1, 0);

-- +goose StatementBegin
CREATE TRIGGER bank_items_rev_insert AFTER INSERT ON bank_items
BEGIN
    UPDATE bank_revision SET rev = rev + 1 WHERE id = 1;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER bank_items_rev_update AFTER UPDATE OF current_version, retired, bank ON bank_items
WHEN OLD.current_version IS NOT NEW.current_version OR OLD.retired IS NOT NEW.retired OR OLD.bank IS NOT NEW.bank
BEGIN
    UPDATE bank_revision SET rev = rev + 1 WHERE id = 1;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER bank_items_rev_delete AFTER DELETE ON bank_items
BEGIN
    UPDATE bank_revision SET rev = rev + 1 WHERE id = 1;
END;
-- +goose StatementEnd

-- +goose Down
DROP TRIGGER bank_items_rev_delete;
DROP TRIGGER bank_items_rev_update;
DROP TRIGGER bank_items_rev_insert;
DROP TABLE bank_revision;
