// Package demo fills a new database with a believable school: one account per
// role, Houaphanh province, and the 46 learners of "Lớp Lào khoá 5". It runs
// only when asked (serve --demo on a database that does not exist yet).
package demo

import (
	"context"
	"fmt"
	"time"

	"hocviet/internal/account"
	"hocviet/internal/store"
	questionbanks "hocviet/question_banks"
)

// Password is the same for every demo account; it is printed on start.
const Password = "hocviet-demo"

// CohortName is the demo class, named as the school names its Lao classes.
const CohortName = "Lớp Lào khoá 5"

// Login is one account to print for the person trying the demo.
type Login struct {
	Role     account.Role
	Username string
}

// Logins are the accounts printed on start: one per role, and a second
// instructor, since every script is marked by two raters and a result can
// only be released once both have rated.
var Logins = []Login{
	{account.RoleCandidate, "k5-01"},
	{account.RoleInstructor, "giangvien"},
	{account.RoleInstructor, "giangvien2"},
	{account.RoleBoard, "houaphanh"},
	{account.RoleAdmin, "admin"},
}

type person struct {
	lo, latin, gender string
}

// Lao given names and family names, in Lao script with the usual
// romanisation used in Lao documents.
var given = []person{
	{"ສົມພອນ", "Somphone", "male"}, {"ບຸນມີ", "Bounmy", "male"}, {"ຄຳພັນ", "Khamphanh", "male"},
	{"ວິໄລ", "Vilay", "female"}, {"ສົມສັກ", "Somsack", "male"}, {"ບົວສອນ", "Bouasone", "male"},
	{"ທອງດີ", "Thongdy", "male"}, {"ຈັນທະລາ", "Chanthala", "female"}, {"ແສງເດືອນ", "Sengdeuane", "female"},
	{"ພອນສະຫວັນ", "Phonesavanh", "male"}, {"ສຸລິຍາ", "Souliya", "female"}, {"ບຸນທອງ", "Bounthong", "male"},
	{"ຄຳແພງ", "Khamphaeng", "male"}, {"ອຸດົມ", "Oudom", "male"}, {"ມະນີວັນ", "Manivanh", "female"},
	{"ວັນນາ", "Vanna", "female"}, {"ດາວເຮືອງ", "Daoheuang", "female"}, {"ບຸນເພັງ", "Bounpheng", "male"},
	{"ສີພອນ", "Siphone", "female"}, {"ຄຳສີ", "Khamsy", "male"}, {"ນິດສະໄໝ", "Nitsamay", "female"},
	{"ສົມບັດ", "Sombath", "male"}, {"ອານຸສອນ", "Anousone", "male"},
}

var family = []person{
	{"ພົມມະວົງ", "Phommavong", ""}, {"ສີສຸລິດ", "Sisoulith", ""}, {"ວົງສາ", "Vongsa", ""},
	{"ແກ້ວມະນີ", "Keomany", ""}, {"ໄຊຍະວົງ", "Xayavong", ""}, {"ພັນທະວົງ", "Phanthavong", ""},
	{"ສີຫາລາດ", "Sihalath", ""}, {"ອິນທະວົງ", "Inthavong", ""}, {"ຈັນທະວົງ", "Chanthavong", ""},
	{"ລາດຊະວົງ", "Latsavong", ""}, {"ບຸບຜາ", "Boupha", ""},
}

var positions = []string{
	"Trưởng phòng", "Phó trưởng phòng", "Chánh văn phòng", "Phó chánh văn phòng",
	"Phó giám đốc sở", "Bí thư huyện đoàn", "Phó trưởng ban", "Chuyên viên chính",
}

var units = []string{
	"Sở Nông nghiệp và Lâm nghiệp tỉnh Hủa Phăn", "Sở Giáo dục và Thể thao tỉnh Hủa Phăn",
	"Ban Tổ chức Tỉnh ủy Hủa Phăn", "Sở Y tế tỉnh Hủa Phăn", "Ủy ban Kiểm tra Tỉnh ủy Hủa Phăn",
	"Huyện ủy Viêng Xay", "Huyện ủy Sầm Tạy", "Sở Tài chính tỉnh Hủa Phăn",
}

var districts = []string{"Xam Neua", "Viengxay", "Xiengkho", "Viengthong", "Houameuang", "Samtay", "Sopbao", "Et", "Kuan", "Xon"}

// Options change how the demo is made, not what it holds.
type Options struct {
	// BcryptCost hashes the demo accounts' password (0: bcrypt's default,
	// 10). Every login pays the cost stored in the hash, so tests seed at
	// bcrypt.MinCost.
	BcryptCost int
}

// Seed writes the demo data into an empty, migrated database.
func Seed(ctx context.Context, st *store.Store) error { return SeedWith(ctx, st, Options{}) }

// SeedWith is Seed with options.
func SeedWith(ctx context.Context, st *store.Store, o Options) error {
	prov, err := st.People.ProvinceByCode(ctx, "houaphanh")
	if err != nil {
		return err
	}
	// One hash for every demo account: 50 bcrypt rounds would slow the first start.
	hash, err := account.HashPasswordCost(Password, o.BcryptCost)
	if err != nil {
		return err
	}
	staff := []account.User{
		{Username: "admin", Role: account.RoleAdmin, DisplayName: "Quản trị viên"},
		{Username: "giangvien", Role: account.RoleInstructor, DisplayName: "Lê Thị Hương"},
		{Username: "giangvien2", Role: account.RoleInstructor, DisplayName: "Nguyễn Văn Nam"},
		{Username: "houaphanh", Role: account.RoleBoard, DisplayName: "ຄະນະຈັດຕັ້ງແຂວງຫົວພັນ", ProvinceID: &prov.ID},
	}
	for i := range staff {
		staff[i].PasswordHash = hash
		if err := st.Accounts.CreateUser(ctx, &staff[i]); err != nil {
			return fmt.Errorf("demo %s: %w", staff[i].Username, err)
		}
	}
	progs, err := st.People.Programmes(ctx)
	if err != nil {
		return err
	}
	cohortID, err := st.People.CreateCohort(ctx, prov.ID, progs[0].ID, CohortName, "2026-09-05")
	if err != nil {
		return err
	}
	year := 2027
	for i := 0; i < 46; i++ {
		g := given[i%len(given)]
		f := family[(i*7+i/len(given))%len(family)]
		u := account.User{Username: fmt.Sprintf("k5-%02d", i+1), PasswordHash: hash, Role: account.RoleCandidate,
			ProvinceID: &prov.ID, DisplayName: g.latin + " " + f.latin}
		if err := st.Accounts.CreateUser(ctx, &u); err != nil {
			return fmt.Errorf("demo candidate: %w", err)
		}
		planning := "planned"
		if i%5 == 4 {
			planning = "none"
		}
		c := account.Candidate{UserID: &u.ID, ProvinceID: prov.ID, CohortID: &cohortID, ProgrammeID: &progs[0].ID,
			NameLo: g.lo + " " + f.lo, NameLatin: g.latin + " " + f.latin,
			DateOfBirth: fmt.Sprintf("%d-%02d-%02d", 1976+(i*3)%20, 1+(i*5)%12, 1+(i*11)%28),
			Gender:      g.gender, Position: positions[i%len(positions)], Unit: units[(i*3)%len(units)],
			District: districts[i%len(districts)], PlanningStatus: planning, IntakeYear: &year}
		if err := st.People.InsertCandidate(ctx, &c); err != nil {
			return fmt.Errorf("demo candidate %s: %w", u.Username, err)
		}
	}
	if _, err := ImportBanks(ctx, st, questionbanks.FS); err != nil {
		return err
	}
	if err := SeedExam(ctx, st); err != nil {
		return fmt.Errorf("demo exam: %w", err)
	}
	if err := SeedReadiness(ctx, st); err != nil {
		return fmt.Errorf("demo readiness: %w", err)
	}
	if err := SeedPilot(ctx, st, o); err != nil {
		return fmt.Errorf("demo pilot: %w", err)
	}
	if err := SeedPractice(ctx, st, time.Now()); err != nil {
		return fmt.Errorf("demo practice: %w", err)
	}
	return nil
}
