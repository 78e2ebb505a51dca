package readiness

// PlanCell is one programme in one intake year of the 3-year plan.
type PlanCell struct {
	Year        int
	ProgrammeID int64
	Quota       int
	HasQuota    bool
	Counts      Counts // of the candidates planned for this programme and year
	// Gap is quota minus eligible: above 0 the province is short of
	// candidates, below 0 it has more than it may send.
	Gap int
	// Reach is what the gap would be if every near-eligible candidate
	// passed and every untested one were tested and passed: how much of the
	// shortfall training and testing could still close.
	Reach int
}

// Outlook sums up a cell in one word for the page.
type Outlook string

const (
	OutlookNoQuota Outlook = "no_quota" // the board has not set a quota
	OutlookMet     Outlook = "met"      // enough eligible candidates
	OutlookWithin  Outlook = "within"   // short, but near and untested candidates could close it
	OutlookShort   Outlook = "short"    // short even if all of them passed
)

// Outlook classifies the cell.
func (c PlanCell) Outlook() Outlook {
	switch {
	case !c.HasQuota:
		return OutlookNoQuota
	case c.Gap <= 0:
		return OutlookMet
	case c.Reach <= 0:
		return OutlookWithin
	}
	return OutlookShort
}

// NewPlanCell does the arithmetic of one cell from its decisions.
func NewPlanCell(year int, programmeID int64, quota *int, ds []Decision) PlanCell {
	c := PlanCell{Year: year, ProgrammeID: programmeID, Counts: Count(ds)}
	if quota != nil {
		c.Quota, c.HasQuota = *quota, true
	}
	c.Gap = c.Quota - c.Counts.Eligible
	c.Reach = c.Gap - c.Counts.Near - c.Counts.Untested
	return c
}

// PlanTotals adds up the cells of one year (or of one programme).
func PlanTotals(cells []PlanCell) PlanCell {
	var t PlanCell
	for _, c := range cells {
		t.Quota += c.Quota
		t.HasQuota = t.HasQuota || c.HasQuota
		t.Counts.Total += c.Counts.Total
		t.Counts.Eligible += c.Counts.Eligible
		t.Counts.NotEligible += c.Counts.NotEligible
		t.Counts.Untested += c.Counts.Untested
		t.Counts.Near += c.Counts.Near
	}
	t.Gap = t.Quota - t.Counts.Eligible
	t.Reach = t.Gap - t.Counts.Near - t.Counts.Untested
	return t
}

// ValidQuota bounds a quota to what a province could send in a year.
func ValidQuota(q int) bool { return q >= 0 && q <= 1000 }
