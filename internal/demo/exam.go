package demo

import (
	"context"
	"fmt"
	"time"

	"hocviet/internal/store"
)

// ExamTitle names the demo's screening session.
const ExamTitle = "Kiểm tra sàng lọc tiếng Việt — Lớp Lào khoá 5"

// DemoForm is the blueprint the demo session sits: form A of the screening
// exam (question_banks/blueprints/screening-form-a.yaml), the fixed form in
// the national format that every candidate of a sitting gets.
const DemoForm = "screening-form-a"

// SeedExam schedules a screening session of DemoForm for the demo class, open
// from an hour ago for thirty days and without an access code, so a demo
// candidate can sit it at once. It needs the banks imported first.
func SeedExam(ctx context.Context, st *store.Store) error {
	cs, err := st.People.Cohorts(ctx)
	if err != nil {
		return err
	}
	var cohort *int64
	for _, c := range cs {
		if c.Name == CohortName {
			id := c.ID
			cohort = &id
		}
	}
	if cohort == nil {
		return fmt.Errorf("demo exam: no cohort %q", CohortName)
	}
	now := time.Now()
	var by *int64
	if u, err := st.Accounts.UserByUsername(ctx, "giangvien"); err == nil {
		by = &u.ID
	}
	if _, err := st.Exams.CreateExamSession(ctx, store.NewExamSession{Title: ExamTitle, BlueprintID: DemoForm, CohortID: cohort,
		Opens: now.Add(-time.Hour), Closes: now.Add(30 * 24 * time.Hour), By: by}, now); err != nil {
		return fmt.Errorf("demo exam: %w", err)
	}
	return nil
}
