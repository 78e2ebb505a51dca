package account

// Candidate is a cadre's profile as the board registers it. Names come in Lao
// script (what the board reads) and Latin letters (what Vietnamese staff read).
type Candidate struct {
	ID             int64   `db:"id"`
	UserID         *int64  `db:"user_id"`
	ProvinceID     int64   `db:"province_id"`
	CohortID       *int64  `db:"cohort_id"`
	ProgrammeID    *int64  `db:"programme_id"`
	NameLo         string  `db:"name_lo"`
	NameLatin      string  `db:"name_latin"`
	DateOfBirth    string  `db:"date_of_birth"`
	Gender         string  `db:"gender"`
	Position       string  `db:"position"`
	Unit           string  `db:"unit"`
	District       string  `db:"district"`
	PlanningStatus string  `db:"planning_status"`
	IntakeYear     *int    `db:"intake_year"`
	CreatedAt      string  `db:"created_at"`
	Username       *string `db:"username"`
	CohortName     *string `db:"cohort_name"`
}

// Cohort is a class of candidates sent together, e.g. "Lớp Lào khoá 5".
type Cohort struct {
	ID          int64  `db:"id"`
	ProvinceID  int64  `db:"province_id"`
	ProgrammeID int64  `db:"programme_id"`
	Name        string `db:"name"`
	StartDate   string `db:"start_date"`
	Size        int    `db:"size"`
}
