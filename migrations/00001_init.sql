-- +goose Up
-- Reference data (provinces, programmes) is part of the schema: every install
-- needs the same codes, and board accounts are bound to a province row.
CREATE TABLE provinces (
    id      INTEGER PRIMARY KEY,
    code    TEXT NOT NULL UNIQUE,
    name_lo TEXT NOT NULL,
    name_vi TEXT NOT NULL,
    name_en TEXT NOT NULL
);

INSERT INTO provinces (code, name_lo, name_vi, name_en) VALUES
 ('vientiane-capital', 'ນະຄອນຫຼວງວຽງຈັນ', 'Thủ đô Viêng Chăn', 'Vientiane Capital'),
 ('phongsaly', 'ຜົ້ງສາລີ', 'Phông Xa Lỳ', 'Phongsaly'),
 ('luang-namtha', 'ຫຼວງນ້ຳທາ', 'Luông Nặm Thà', 'Luang Namtha'),
 ('oudomxay', 'ອຸດົມໄຊ', 'U Đôm Xay', 'Oudomxay'),
 ('bokeo', 'ບໍ່ແກ້ວ', 'Bò Kẹo', 'Bokeo'),
 ('luang-prabang', 'ຫຼວງພະບາງ', 'Luông Pha Băng', 'Luang Prabang'),
 ('houaphanh', 'ຫົວພັນ', 'Hủa Phăn', 'Houaphanh'),
 ('xayaboury', 'ໄຊຍະບູລີ', 'Xay Nha Bu Ly', 'Xayaboury'),
 ('xiengkhouang', 'ຊຽງຂວາງ', 'Xiêng Khoảng', 'Xiengkhouang'),
 ('vientiane', 'ວຽງຈັນ', 'Viêng Chăn', 'Vientiane Province'),
 ('bolikhamxay', 'ບໍລິຄຳໄຊ', 'Bô Ly Khăm Xay', 'Bolikhamxay'),
 ('khammouane', 'ຄຳມ່ວນ', 'Khăm Muồn', 'Khammouane'),
 ('savannakhet', 'ສະຫວັນນະເຂດ', 'Xa Vẳn Na Khệt', 'Savannakhet'),
 ('salavan', 'ສາລະວັນ', 'Xa La Văn', 'Salavan'),
 ('sekong', 'ເຊກອງ', 'Xê Kông', 'Sekong'),
 ('champasak', 'ຈຳປາສັກ', 'Chăm Pa Xắc', 'Champasak'),
 ('attapeu', 'ອັດຕະປື', 'Át Tạ Pư', 'Attapeu'),
 ('xaisomboun', 'ໄຊສົມບູນ', 'Xay Xổm Bun', 'Xaisomboun');

CREATE TABLE programmes (
    id              INTEGER PRIMARY KEY,
    code            TEXT NOT NULL UNIQUE,
    name_lo         TEXT NOT NULL,
    name_vi         TEXT NOT NULL,
    name_en         TEXT NOT NULL,
    duration_months INTEGER NOT NULL
);

INSERT INTO programmes (code, name_lo, name_vi, name_en, duration_months) VALUES
 ('tcllct', 'ຊັ້ນກາງທິດສະດີການເມືອງ', 'Trung cấp lý luận chính trị', 'Intermediate political theory', 6),
 ('bithu-truongthon', 'ເລຂາໜ່ວຍພັກ ແລະ ນາຍບ້ານ', 'Bồi dưỡng bí thư chi bộ kiêm trưởng thôn', 'Village party-cell secretaries and heads', 1);

CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE COLLATE NOCASE,
    password_hash TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('candidate', 'instructor', 'board', 'admin')),
    province_id   INTEGER REFERENCES provinces(id),
    display_name  TEXT NOT NULL DEFAULT '',
    lang          TEXT NOT NULL DEFAULT '' CHECK (lang IN ('', 'lo', 'vi', 'en')),
    ime_mode      TEXT NOT NULL DEFAULT 'telex' CHECK (ime_mode IN ('off', 'telex', 'vni')),
    disabled      INTEGER NOT NULL DEFAULT 0,
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    -- A board officer sees one province only; the check keeps that invariant in the data.
    CHECK (role <> 'board' OR province_id IS NOT NULL)
);

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    ip         TEXT NOT NULL DEFAULT '',
    user_agent TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sessions_user ON sessions(user_id);

CREATE TABLE login_failures (
    id       INTEGER PRIMARY KEY,
    username TEXT NOT NULL COLLATE NOCASE,
    ip       TEXT NOT NULL,
    at       TEXT NOT NULL
);
CREATE INDEX login_failures_username ON login_failures(username, at);
CREATE INDEX login_failures_ip ON login_failures(ip, at);

CREATE TABLE cohorts (
    id           INTEGER PRIMARY KEY,
    province_id  INTEGER NOT NULL REFERENCES provinces(id),
    programme_id INTEGER NOT NULL REFERENCES programmes(id),
    name         TEXT NOT NULL,
    start_date   TEXT NOT NULL DEFAULT '',
    UNIQUE (province_id, name)
);

CREATE TABLE candidates (
    id              INTEGER PRIMARY KEY,
    user_id         INTEGER UNIQUE REFERENCES users(id) ON DELETE SET NULL,
    province_id     INTEGER NOT NULL REFERENCES provinces(id),
    cohort_id       INTEGER REFERENCES cohorts(id),
    programme_id    INTEGER REFERENCES programmes(id),
    name_lo         TEXT NOT NULL,
    name_latin      TEXT NOT NULL,
    date_of_birth   TEXT NOT NULL,
    gender          TEXT NOT NULL CHECK (gender IN ('male', 'female')),
    position        TEXT NOT NULL DEFAULT '',
    unit            TEXT NOT NULL DEFAULT '',
    district        TEXT NOT NULL DEFAULT '',
    planning_status TEXT NOT NULL DEFAULT 'none' CHECK (planning_status IN ('none', 'planned')),
    intake_year     INTEGER,
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX candidates_province ON candidates(province_id);
CREATE INDEX candidates_cohort ON candidates(cohort_id);

CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    user_id   INTEGER REFERENCES users(id) ON DELETE SET NULL,
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id INTEGER,
    detail    TEXT NOT NULL DEFAULT '',
    at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

-- +goose Down
DROP TABLE audit_log;
DROP TABLE candidates;
DROP TABLE cohorts;
DROP TABLE login_failures;
DROP TABLE sessions;
DROP TABLE users;
DROP TABLE programmes;
DROP TABLE provinces;
