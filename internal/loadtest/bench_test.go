package loadtest_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"

	"hocviet/internal/account"
	"hocviet/internal/bank"
	"hocviet/internal/lang"
	"hocviet/internal/loadtest"
	"hocviet/internal/readiness"
	"hocviet/internal/scoring"
	"hocviet/internal/store"
	"hocviet/internal/web"
	"hocviet/migrations"
	webfiles "hocviet/web"
)

// The figures these give are in docs/performance.md; run them with
//
//	go test -run '^$' -bench . -benchtime 20x ./internal/loadtest/

// BenchmarkReadinessList10k is the board's eligibility list (the JSON API
// and the page) for a province of 10,000 candidates with 4 released
// results each. Target: < 300 ms.
func BenchmarkReadinessList10k(b *testing.B) {
	const people, sittings = 10000, 4
	ctx := context.Background()
	st := openStore(b)
	prov, err := st.People.ProvinceByCode(ctx, "houaphanh")
	if err != nil {
		b.Fatal(err)
	}
	hash, _ := bcrypt.GenerateFromPassword([]byte("board-password"), bcrypt.MinCost)
	board := &account.User{Username: "board", PasswordHash: string(hash), Role: account.RoleBoard, ProvinceID: &prov.ID}
	if err := st.Accounts.CreateUser(ctx, board); err != nil {
		b.Fatal(err)
	}
	year := 2027
	b0 := &account.ImportBatch{File: "bench.csv", By: &board.ID, ProvinceID: &prov.ID}
	positions := []string{"Trưởng phòng", "Phó trưởng phòng", "Chuyên viên chính", "Phó giám đốc sở"}
	for i := 0; i < people; i++ {
		planning := "planned"
		if i%5 == 4 {
			planning = "none"
		}
		b0.Codes = append(b0.Codes, account.Activation{Hash: fmt.Sprint(i), Expires: time.Now().Add(time.Hour)})
		b0.Rows = append(b0.Rows, account.ImportRow{Line: i + 2,
			Username: fmt.Sprintf("c%05d", i), NameLo: fmt.Sprintf("ທົດສອບ %d", i), NameLatin: fmt.Sprintf("Test %05d", i),
			DateOfBirth: fmt.Sprintf("%d-%02d-%02d", 1970+i%30, 1+i%12, 1+i%28), Gender: []string{"male", "female"}[i%2],
			Position: positions[i%len(positions)], Unit: "Sở Nội vụ", District: fmt.Sprintf("District %d", i%10),
			Province: "houaphanh", PlanningStatus: planning, Programme: "tcllct", IntakeYear: &year})
	}
	if err := st.Accounts.InsertCandidates(ctx, b0); err != nil {
		b.Fatal(err)
	}
	ps, err := st.People.ProvincePeople(ctx, prov.ID)
	if err != nil || len(ps) != people {
		b.Fatalf("%d people: %v", len(ps), err)
	}
	for s := 0; s < sittings; s++ {
		var rs []store.ReleasedResult
		for i, p := range ps {
			raw := map[string]float64{}
			for k, sk := range scoring.Skills {
				raw[sk] = float64(1 + (i*7+s*3+k*5)%19/2)
			}
			r, err := scoring.Combine(raw)
			if err != nil {
				b.Fatal(err)
			}
			rs = append(rs, store.ReleasedResult{CandidateID: p.ID, Skills: r.Skills, Average: r.Average, Level: r.Level, NoLevel: r.NoLevel})
		}
		at := time.Now().AddDate(0, -3*(sittings-s), 0)
		if err := st.People.InsertReleasedResults(ctx, fmt.Sprintf("Sitting %d", s+1), at, nil, &board.ID, rs); err != nil {
			b.Fatal(err)
		}
	}
	progs, err := st.People.Programmes(ctx)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := st.People.SaveCriteria(ctx, prov.ID, &board.ID, readiness.Criteria{ProgrammeID: progs[0].ID, MinLevel: 3,
		MinSkill: map[string]float64{"listening": 4, "speaking": 4}, MinAge: 25, MaxAge: 50, PlanningRequired: true,
		ExamMaxMonths: 24, Positions: positions[:3]}); err != nil {
		b.Fatal(err)
	}
	srv := serve(b, st)
	c := loadtest.NewClient(srv.URL, nil, nil)
	if err := c.Login(ctx, "board", "board-password"); err != nil {
		b.Fatalf("login: %v", err)
	}
	for _, tc := range []struct{ name, path string }{
		{"api", "/api/board/eligibility?programme=tcllct&year=2027"},
		{"page", "/board/eligibility?programme=tcllct&year=2027"},
	} {
		b.Run(tc.name, func(b *testing.B) {
			var size int
			for b.Loop() {
				r, err := c.Do(ctx, tc.name, http.MethodGet, tc.path, nil, "")
				if err != nil {
					b.Fatal(err)
				}
				size = len(r.Body)
			}
			b.ReportMetric(float64(size)/1024, "KB/op")
		})
	}
}

// BenchmarkBankLintImport10k is `hocviet bank lint` then `hocviet bank
// import` of 10,000 items into a new database, the files read and checked
// once (bank.LintLoad). Target: < 2 s.
func BenchmarkBankLintImport10k(b *testing.B) {
	ctx := context.Background()
	dir := b.TempDir()
	n, err := loadtest.GenerateBank(dir, 10000)
	if err != nil {
		b.Fatal(err)
	}
	root := filepath.Join(dir, "gen")
	b.ReportMetric(float64(n), "items")
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		st := openStore(b)
		b.StartTimer()
		bk, ps := bank.LintLoad(root)
		if hasErrors(ps) {
			b.Fatalf("lint: %v", ps)
		}
		res, err := st.Bank.ImportBank(ctx, bk, "bench", nil)
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		if i == 0 {
			b.Logf("%d items: %+v", n, res)
		}
		st.Close()
		b.StartTimer()
	}
}

// BenchmarkExamStart is one candidate starting the screening exam (drawing
// the form) with nobody else about, with every shipped bank imported (the
// pool an exam day draws from): the floor under the exam-start latency of
// the load run.
func BenchmarkExamStart(b *testing.B) {
	ctx := context.Background()
	st, p, users := prepareStarts(b, "start.db", loadtest.PrepareConfig{Candidates: max(b.N, 1)})
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := st.Attempts.StartAttempt(ctx, p.SessionID, users[i], "", time.Now()); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExamStartStorm is 200 candidates pressing "start" in the same
// instant, every shipped bank imported: one op is the whole storm; the
// slowest start's wait is reported as max-ms (the exam-start p99 of the
// load run comes from the same queue, plus HTTP). "draw" draws each form at
// the start; "predrawn" has the forms drawn ahead (store.PredrawSession, as
// the server does before a session opens). Each op opens a new session to
// the same candidates, so later ops also avoid seen items.
func BenchmarkExamStartStorm(b *testing.B) {
	const n = 200
	ctx := context.Background()
	st, p, users := prepareStarts(b, "storm.db", loadtest.PrepareConfig{Candidates: n})
	for _, predraw := range []bool{false, true} {
		name := "draw"
		if predraw {
			name = "predrawn"
		}
		b.Run(name, func(b *testing.B) {
			var worst time.Duration
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				session, err := st.Exams.CreateExamSession(ctx, store.NewExamSession{Title: fmt.Sprintf("storm %s %d", name, i), BlueprintID: loadtest.Blueprint,
					CohortID: &p.CohortID, Opens: time.Now().Add(-time.Hour), Closes: time.Now().Add(time.Hour)}, time.Now())
				if err != nil {
					b.Fatal(err)
				}
				if predraw {
					if _, err := st.Exams.PredrawSession(ctx, session, time.Now()); err != nil {
						b.Fatal(err)
					}
				}
				gate := make(chan struct{})
				errs := make(chan error, n)
				waits := make(chan time.Duration, n)
				for _, u := range users {
					go func() {
						<-gate
						t := time.Now()
						_, err := st.Attempts.StartAttempt(ctx, session, u, "", time.Now())
						waits <- time.Since(t)
						errs <- err
					}()
				}
				b.StartTimer()
				close(gate)
				for range users {
					if err := <-errs; err != nil {
						b.Fatal(err)
					}
					worst = max(worst, <-waits)
				}
			}
			b.ReportMetric(float64(worst.Milliseconds()), "max-ms")
		})
	}
}

func hasErrors(ps []bank.Problem) bool {
	for _, p := range ps {
		if p.Severity == bank.SevError {
			return true
		}
	}
	return false
}

func openStore(tb testing.TB) *store.Store {
	tb.Helper()
	st, err := store.Open(filepath.Join(tb.TempDir(), "bench.db"), migrations.FS)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { st.Close() })
	if _, err := st.Migrate(context.Background()); err != nil {
		tb.Fatal(err)
	}
	return st
}

func serve(tb testing.TB, st *store.Store) *httptest.Server {
	tb.Helper()
	cat, err := lang.Load(webfiles.FS, "i18n")
	if err != nil {
		tb.Fatal(err)
	}
	h, err := web.New(web.Deps{Store: st, Catalog: cat, Files: webfiles.FS, Version: "bench",
		Log: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		tb.Fatal(err)
	}
	srv := httptest.NewServer(h)
	tb.Cleanup(srv.Close)
	return srv
}

// prepareStarts prepares a database named name as the load run does (every
// shipped bank, cheap hashes), opens it for the benchmark's lifetime and
// gives the candidates' user ids in order.
func prepareStarts(b *testing.B, name string, cfg loadtest.PrepareConfig) (*store.Store, *loadtest.Prepared, []int64) {
	b.Helper()
	ctx := context.Background()
	cfg.DBPath, cfg.HashCost, cfg.Banks = filepath.Join(b.TempDir(), name), 4, loadtest.BanksAll
	p, err := loadtest.Prepare(ctx, cfg)
	if err != nil {
		b.Fatal(err)
	}
	st, err := store.Open(cfg.DBPath, migrations.FS)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	var users []int64
	for _, u := range p.Usernames {
		acc, err := st.Accounts.UserByUsername(ctx, u)
		if err != nil {
			b.Fatal(err)
		}
		users = append(users, acc.ID)
	}
	return st, p, users
}

// BenchmarkExamFinishStorm is 200 candidates (-storm N) ending a section in
// the same instant, as they do at each section's bell, then the last
// section, which submits and grades the attempt. One op is one sitting:
// a new session, every candidate started on a predrawn form, answering
// each item before its section's storm. finish-max-ms is the slowest wait
// of the section storms, submit-max-ms that of the submission storm, and
// ms/finish the storms' time per candidate (the write queue's pace).
// Meanwhile 8 other candidates, still in their first section, autosave
// one after another without pause: save-p99-ms and save-max-ms are their
// waits during the storms.
func BenchmarkExamFinishStorm(b *testing.B) {
	n := *stormN
	ctx := context.Background()
	const savers = 8
	st, p, all := prepareStarts(b, "finish.db", loadtest.PrepareConfig{Candidates: n + savers})
	users, saving := all[:n], all[n:]
	recorded := func(e store.FormEntry) bool { return slices.Contains(bank.Types[bank.Speaking], e.Item.Type) } // uploaded, not saved
	var finishWorst, submitWorst, stormTime time.Duration
	var saveWaits []time.Duration
	storms := 0
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		at := time.Now()
		session, err := st.Exams.CreateExamSession(ctx, store.NewExamSession{Title: fmt.Sprintf("finish storm %d", i), BlueprintID: loadtest.Blueprint,
			CohortID: &p.CohortID, Opens: at.Add(-time.Hour), Closes: at.Add(time.Hour)}, at)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := st.Exams.PredrawSession(ctx, session, at); err != nil {
			b.Fatal(err)
		}
		attempts := make([]int64, n)
		for k, u := range users {
			if attempts[k], err = st.Attempts.StartAttempt(ctx, session, u, "", at); err != nil {
				b.Fatal(err)
			}
		}
		type saver struct {
			attempt, user int64
			pos           int
			rev           int64
		}
		var svs []*saver
		for _, u := range saving {
			a, err := st.Attempts.StartAttempt(ctx, session, u, "", at)
			if err != nil {
				b.Fatal(err)
			}
			v, err := st.Attempts.CandidateAttempt(ctx, a, u, at)
			if err != nil {
				b.Fatal(err)
			}
			for _, e := range v.Entries {
				if !recorded(e) {
					svs = append(svs, &saver{attempt: a, user: u, pos: e.Pos})
					break
				}
			}
		}
		for sec := 0; ; sec++ {
			b.StopTimer()
			last := false
			for k, u := range users {
				v, err := st.Attempts.CandidateAttempt(ctx, attempts[k], u, time.Now())
				if err != nil {
					b.Fatal(err)
				}
				last = v.Current == len(v.Sections)-1
				for _, e := range v.Entries {
					if recorded(e) {
						continue
					}
					if _, err := st.Attempts.SaveAnswer(ctx, attempts[k], u, e.Pos, 1, bank.Response{Text: "xin chào", Choices: []string{"a"}}, time.Now()); err != nil {
						b.Fatal(err)
					}
				}
			}
			gate := make(chan struct{})
			errs := make(chan error, n)
			waits := make(chan time.Duration, n)
			for k, u := range users {
				go func() {
					<-gate
					t := time.Now()
					err := st.Attempts.FinishSection(ctx, attempts[k], u, sec, time.Now())
					waits <- time.Since(t)
					errs <- err
				}()
			}
			stop := make(chan struct{})
			var saved sync.WaitGroup
			var savesMu sync.Mutex
			for _, sv := range svs {
				saved.Go(func() {
					for {
						select {
						case <-stop:
							return
						default:
						}
						sv.rev++
						t := time.Now()
						_, err := st.Attempts.SaveAnswer(ctx, sv.attempt, sv.user, sv.pos, sv.rev, bank.Response{Text: fmt.Sprint(sv.rev)}, time.Now())
						w := time.Since(t)
						if err != nil {
							b.Error(err)
							return
						}
						savesMu.Lock()
						saveWaits = append(saveWaits, w)
						savesMu.Unlock()
					}
				})
			}
			t0 := time.Now()
			b.StartTimer()
			close(gate)
			for range users {
				if err := <-errs; err != nil {
					b.Fatal(err)
				}
				w := <-waits
				if last {
					submitWorst = max(submitWorst, w)
				} else {
					finishWorst = max(finishWorst, w)
				}
			}
			b.StopTimer()
			stormTime += time.Since(t0)
			close(stop)
			saved.Wait()
			storms++
			if last {
				break
			}
		}
	}
	b.ReportMetric(float64(finishWorst.Milliseconds()), "finish-max-ms")
	b.ReportMetric(float64(submitWorst.Milliseconds()), "submit-max-ms")
	b.ReportMetric(float64(stormTime.Microseconds())/float64(storms*n)/1000, "ms/finish")
	slices.Sort(saveWaits)
	if len(saveWaits) > 0 {
		b.ReportMetric(float64(saveWaits[len(saveWaits)*99/100].Microseconds())/1000, "save-p99-ms")
		b.ReportMetric(float64(saveWaits[len(saveWaits)-1].Microseconds())/1000, "save-max-ms")
		b.ReportMetric(float64(len(saveWaits)), "saves")
	}
}
