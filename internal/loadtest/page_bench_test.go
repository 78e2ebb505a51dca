package loadtest_test

import (
	"context"
	"testing"

	"hocviet/internal/loadtest"
)

// BenchmarkExamPage is one candidate's exam page (the current section of a
// started attempt, full bank) loaded again and again through the HTTP
// handler: after the start storm every candidate loads this page, so its
// CPU is what starves the server at 2,000. "save" is the autosave of one
// answer through the same server.
//
//	go test -run '^$' -bench 'ExamPage' -benchmem -cpuprofile cpu.out ./internal/loadtest/
func BenchmarkExamPage(b *testing.B) {
	ctx := context.Background()
	st, p, _ := prepareStarts(b, "page.db", loadtest.PrepareConfig{Candidates: 1, Predraw: true})
	srv := serve(b, st)
	c := loadtest.NewClient(srv.URL, nil, nil)
	if err := c.Login(ctx, p.Usernames[0], p.Password); err != nil {
		b.Fatalf("login: %v", err)
	}
	if _, err := c.Start(ctx, p.SessionID); err != nil {
		b.Fatalf("start: %v", err)
	}
	// The listening section has players; the reading section, the longest
	// texts. The first page opens section 0.
	pg, err := c.Page(ctx)
	if err != nil {
		b.Fatal(err)
	}
	if len(pg.Items) == 0 {
		b.Fatalf("section %d has no items", pg.Section)
	}
	b.Run("page", func(b *testing.B) {
		b.ReportAllocs()
		var size int
		for b.Loop() {
			r, err := c.Page(ctx)
			if err != nil {
				b.Fatal(err)
			}
			size = r.Bytes
		}
		b.ReportMetric(float64(size)/1024, "KB/op")
		b.ReportMetric(float64(len(pg.Items)), "items")
	})
	it := loadtest.Item{}
	for _, x := range pg.Items {
		if x.Typed() {
			it = x
			break
		}
	}
	if it.Type == "" {
		b.Skipf("section %d has no typed item", pg.Section)
	}
	b.Run("save", func(b *testing.B) {
		b.ReportAllocs()
		rev := int64(0)
		for b.Loop() {
			rev++
			ack, err := c.Save(ctx, loadtest.EPSave, it.Pos, rev, loadtest.Answer(it, rev))
			if err != nil {
				b.Fatal(err)
			}
			if !ack.Applied {
				b.Fatalf("save rev %d not applied", rev)
			}
		}
	})
}
