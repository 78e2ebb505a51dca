-- +goose Up
-- Issue 16: the board's eligibility list reads one programme's candidates
-- of one intake year in a province (store.People.IntakeList); with 10,000
-- candidates the province index alone made SQLite check every one of them.
CREATE INDEX candidates_intake ON candidates(province_id, programme_id, intake_year);

-- +goose Down
DROP INDEX candidates_intake;
