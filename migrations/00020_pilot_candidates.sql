-- +goose Up
-- Issue 14: the people of a calibration pilot (graduates of earlier courses
-- who sat a form so that its items could be analysed) are recorded as
-- candidates because an attempt needs one, but they are not candidates for
-- sending: the board's lists and counts leave them out.
ALTER TABLE candidates ADD COLUMN pilot_only INTEGER NOT NULL DEFAULT 0 CHECK (pilot_only IN (0, 1));

-- +goose Down
ALTER TABLE candidates DROP COLUMN pilot_only;
