-- +goose Up
-- The password lifecycle: a new or reset account gets a one-time activation
-- code instead of a printed password. Only the code's SHA-256 is kept: a
-- random 80-bit code needs no slow hash, which keeps a 10,000-row import fast.
-- One code per account: a reset replaces it.
CREATE TABLE activation_codes (
    user_id    INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    code_hash  TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    created_by INTEGER REFERENCES users(id) ON DELETE SET NULL
);

-- Generated usernames for imported candidates are the province's prefix and
-- a number (hp-0001): short to read out and to type on a shared computer.
ALTER TABLE provinces ADD COLUMN username_prefix TEXT NOT NULL DEFAULT '';
UPDATE provinces SET username_prefix = CASE code
    WHEN 'vientiane-capital' THEN 'vc'
    WHEN 'phongsaly' THEN 'ps'
    WHEN 'luang-namtha' THEN 'ln'
    WHEN 'oudomxay' THEN 'ox'
    WHEN 'bokeo' THEN 'bk'
    WHEN 'luang-prabang' THEN 'lp'
    WHEN 'houaphanh' THEN 'hp'
    WHEN 'xayaboury' THEN 'xb'
    WHEN 'xiengkhouang' THEN 'xk'
    WHEN 'vientiane' THEN 'vt'
    WHEN 'bolikhamxay' THEN 'bx'
    WHEN 'khammouane' THEN 'km'
    WHEN 'savannakhet' THEN 'sv'
    WHEN 'salavan' THEN 'sl'
    WHEN 'sekong' THEN 'sk'
    WHEN 'champasak' THEN 'cp'
    WHEN 'attapeu' THEN 'at'
    WHEN 'xaisomboun' THEN 'xs'
    ELSE code END;

-- The admin page shows the last backup; backups are audited.
CREATE INDEX audit_log_action ON audit_log(action, at);

-- +goose Down
DROP INDEX audit_log_action;
ALTER TABLE provinces DROP COLUMN username_prefix;
DROP TABLE activation_codes;
