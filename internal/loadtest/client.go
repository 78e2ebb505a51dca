package loadtest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"hocviet/internal/bank"
)

// Endpoint names, as the report prints them.
const (
	EPLoginPage = "login page"
	EPLogin     = "login"
	EPExamList  = "exam list"
	EPStart     = "exam start"
	EPPage      = "exam page"
	EPSave      = "autosave"
	EPSaveStorm = "autosave (while others start)"
	// EPSaveChange is a save in flight while other candidates are between
	// sections (a finish posted, the next page not yet loaded), or while
	// some begin to be; EPSaveStorm one in flight while some still wait
	// for their start or first page (storms.classify).
	EPSaveChange = "autosave (while others change section)"
	EPBurst      = "autosave (saturated)"
	EPState      = "state"
	EPPlay       = "audio play"
	EPAudio      = "audio bytes"
	EPTake       = "recording take"
	EPUpload     = "recording upload"
	EPFinish     = "finish section"
	EPAsset      = "static asset"
)

// Client is one candidate's browser: its own cookies and, on a loopback
// URL, its own source address (a computer of its own, as in an exam room,
// so per-address limits see one machine each).
type Client struct {
	Base    string
	HTTP    *http.Client
	Token   string
	Rec     Recorder
	Attempt int64
}

// Recorder is told how long each request took and how it ended.
type Recorder interface {
	Record(endpoint string, d time.Duration, bytes int, err error)
}

type nopRecorder struct{}

func (nopRecorder) Record(string, time.Duration, int, error) {}

// NewClient makes a browser. local, if not nil, is the source address.
func NewClient(base string, local net.IP, rec Recorder) *Client {
	jar, _ := cookiejar.New(nil)
	d := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}
	if local != nil {
		d.LocalAddr = &net.TCPAddr{IP: local}
	}
	// Like a browser it asks for gzip, which the server then spends CPU
	// on; bodies are counted as they are once unpacked.
	tr := &http.Transport{DialContext: d.DialContext, MaxIdleConnsPerHost: 2, IdleConnTimeout: 90 * time.Second}
	if rec == nil {
		rec = nopRecorder{}
	}
	return &Client{Base: strings.TrimRight(base, "/"), Rec: rec, HTTP: &http.Client{Jar: jar, Transport: tr, Timeout: 60 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
}

// Close drops the client's idle connections.
func (c *Client) Close() { c.HTTP.CloseIdleConnections() }

// StatusError is an answer with an unexpected status.
type StatusError struct {
	Method, Path string
	Status       int
	Body         string
}

func (e *StatusError) Error() string {
	b := e.Body
	if len(b) > 200 {
		b = b[:200] + "…"
	}
	return fmt.Sprintf("%s %s: %d %s", e.Method, e.Path, e.Status, strings.TrimSpace(b))
}

// Response is what came back.
type Response struct {
	Status int
	Header http.Header
	Body   []byte
}

// Do sends one request, reads the whole answer and records it under
// endpoint. want lists acceptable statuses (none: 200).
func (c *Client) Do(ctx context.Context, endpoint, method, path string, body []byte, contentType string, want ...int) (*Response, error) {
	return c.doAs(ctx, named(endpoint), method, path, body, contentType, want...)
}

// named is an endpoint known before the request is sent.
func named(endpoint string) func() string { return func() string { return endpoint } }

// doAs is Do with the endpoint named once the answer is in: what else went
// on while a request was in flight can decide the line it is counted on.
func (c *Client) doAs(ctx context.Context, endpointOf func() string, method, path string, body []byte, contentType string, want ...int) (*Response, error) {
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.Base+path, rd)
	if err != nil {
		return nil, err
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	if c.Token != "" && method != http.MethodGet {
		req.Header.Set("X-CSRF-Token", c.Token)
	}
	req.Header.Set("Accept-Language", "lo")
	t0 := time.Now()
	r, err := c.HTTP.Do(req)
	if err != nil {
		c.Rec.Record(endpointOf(), time.Since(t0), 0, err)
		return nil, err
	}
	b, err := io.ReadAll(r.Body)
	r.Body.Close()
	d := time.Since(t0)
	if err != nil {
		c.Rec.Record(endpointOf(), d, len(b), err)
		return nil, err
	}
	if len(want) == 0 {
		want = []int{http.StatusOK}
	}
	out := &Response{Status: r.StatusCode, Header: r.Header, Body: b}
	for _, w := range want {
		if r.StatusCode == w {
			c.Rec.Record(endpointOf(), d, len(b), nil)
			return out, nil
		}
	}
	err = &StatusError{Method: method, Path: path, Status: r.StatusCode, Body: string(b)}
	c.Rec.Record(endpointOf(), d, len(b), err)
	return out, err
}

var (
	csrfMeta  = regexp.MustCompile(`name="csrf-token" content="([^"]+)"`)
	startForm = regexp.MustCompile(`action="/candidate/exams/(\d+)/start"`)
	itemRe    = regexp.MustCompile(`class="exam-item" id="item-(\d+)" data-pos="\d+" data-type="([a-z_]+)"`)
	audioRe   = regexp.MustCompile(`class="exam-audio" data-pos="(\d+)" data-left="(\d+)"`)
	recRe     = regexp.MustCompile(`class="exam-rec" data-pos="(\d+)"[^>]*data-max="(\d+)"[^>]*data-takes-left="(\d+)"`)
	sectionRe = regexp.MustCompile(`id="exam" class="exam" data-attempt="(\d+)" data-section="(\d+)" data-deadline="(\d+)"\s+data-now="(\d+)"`)
	assetRe   = regexp.MustCompile(`(?:src|href)="(/static/[^"]+)"`)
)

func (c *Client) takeToken(body []byte) {
	if m := csrfMeta.FindSubmatch(body); m != nil {
		c.Token = string(m[1])
	}
}

// Login signs in through the real form (the login page first, for the CSRF
// cookie). A 429 from the per-address limit is waited out, up to ctx.
func (c *Client) Login(ctx context.Context, username, password string) error {
	for {
		r, err := c.Do(ctx, EPLoginPage, http.MethodGet, "/login", nil, "")
		if err != nil {
			return err
		}
		c.takeToken(r.Body)
		form := url.Values{"username": {username}, "password": {password}, "csrf": {c.Token}}
		r, err = c.Do(ctx, EPLogin, http.MethodPost, "/login", []byte(form.Encode()), "application/x-www-form-urlencoded",
			http.StatusSeeOther, http.StatusTooManyRequests)
		if err != nil {
			return err
		}
		if r.Status == http.StatusSeeOther {
			return nil // a wrong password gets the form again, with 401
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(time.Second):
		}
	}
}

// ExamList opens the candidate's exam list and returns the sessions open to
// start, newest last.
func (c *Client) ExamList(ctx context.Context) ([]int64, error) {
	r, err := c.Do(ctx, EPExamList, http.MethodGet, "/candidate/exams", nil, "")
	if err != nil {
		return nil, err
	}
	c.takeToken(r.Body)
	var ids []int64
	for _, m := range startForm.FindAllSubmatch(r.Body, -1) {
		id, _ := strconv.ParseInt(string(m[1]), 10, 64)
		ids = append(ids, id)
	}
	return ids, nil
}

// Start starts (or resumes) the session and returns the attempt id.
func (c *Client) Start(ctx context.Context, session int64) (int64, error) {
	form := url.Values{"csrf": {c.Token}}
	path := fmt.Sprintf("/candidate/exams/%d/start", session)
	r, err := c.Do(ctx, EPStart, http.MethodPost, path, []byte(form.Encode()), "application/x-www-form-urlencoded", http.StatusSeeOther)
	if err != nil {
		return 0, err
	}
	loc := r.Header.Get("Location")
	id, err := strconv.ParseInt(strings.TrimPrefix(loc, "/candidate/exams/attempts/"), 10, 64)
	if err != nil {
		return 0, fmt.Errorf("start: sent to %q", loc)
	}
	c.Attempt = id
	return id, nil
}

// Item is one question on the exam page.
type Item struct {
	Pos  int
	Type string
}

// Page is what the simulated candidate reads from the exam page.
type Page struct {
	Section  int // -1: the exam is over (done page)
	Deadline time.Time
	Now      time.Time
	Items    []Item
	Audio    []int // positions with a player (item or passage)
	Spoken   []Spoken
	Bytes    int
	Body     []byte
}

// Spoken is a recording slot.
type Spoken struct {
	Pos, MaxSeconds, TakesLeft int
}

// Page fetches the attempt's page (the current section).
func (c *Client) Page(ctx context.Context) (*Page, error) {
	r, err := c.Do(ctx, EPPage, http.MethodGet, fmt.Sprintf("/candidate/exams/attempts/%d", c.Attempt), nil, "")
	if err != nil {
		return nil, err
	}
	c.takeToken(r.Body)
	return ParsePage(r.Body)
}

// ParsePage reads an exam page.
func ParsePage(b []byte) (*Page, error) {
	p := &Page{Section: -1, Bytes: len(b), Body: b}
	m := sectionRe.FindSubmatch(b)
	if m == nil {
		if bytes.Contains(b, []byte(`id="exam-done"`)) {
			return p, nil
		}
		return nil, fmt.Errorf("not an exam page (%d bytes)", len(b))
	}
	p.Section, _ = strconv.Atoi(string(m[2]))
	dl, _ := strconv.ParseInt(string(m[3]), 10, 64)
	now, _ := strconv.ParseInt(string(m[4]), 10, 64)
	p.Deadline, p.Now = time.UnixMilli(dl), time.UnixMilli(now)
	for _, m := range itemRe.FindAllSubmatch(b, -1) {
		pos, _ := strconv.Atoi(string(m[1]))
		p.Items = append(p.Items, Item{Pos: pos, Type: string(m[2])})
	}
	for _, m := range audioRe.FindAllSubmatch(b, -1) {
		pos, _ := strconv.Atoi(string(m[1]))
		if left, _ := strconv.Atoi(string(m[2])); left > 0 {
			p.Audio = append(p.Audio, pos)
		}
	}
	for _, m := range recRe.FindAllSubmatch(b, -1) {
		var s Spoken
		s.Pos, _ = strconv.Atoi(string(m[1]))
		s.MaxSeconds, _ = strconv.Atoi(string(m[2]))
		s.TakesLeft, _ = strconv.Atoi(string(m[3]))
		p.Spoken = append(p.Spoken, s)
	}
	return p, nil
}

// Assets lists the static files a page links to.
func Assets(b []byte) []string {
	var out []string
	for _, m := range assetRe.FindAllSubmatch(b, -1) {
		out = append(out, string(m[1]))
	}
	return out
}

// Typed reports whether an item takes a saved (not recorded) answer.
func (it Item) Typed() bool { return it.Type != bank.TypeReadAloud && it.Type != bank.TypeRespond }

// SaveAck is the server's acknowledgement of a save.
type SaveAck struct {
	Applied bool  `json:"applied"`
	Rev     int64 `json:"rev"`
}

// Save autosaves a response at a revision.
func (c *Client) Save(ctx context.Context, endpoint string, pos int, rev int64, resp bank.Response) (SaveAck, error) {
	return c.SaveAs(ctx, named(endpoint), pos, rev, resp)
}

// SaveAs is Save counted under the endpoint endpointOf names once the
// acknowledgement is in.
func (c *Client) SaveAs(ctx context.Context, endpointOf func() string, pos int, rev int64, resp bank.Response) (SaveAck, error) {
	body, _ := json.Marshal(map[string]any{"pos": pos, "rev": rev, "response": resp})
	var ack SaveAck
	r, err := c.doAs(ctx, endpointOf, http.MethodPost, fmt.Sprintf("/api/exam/attempts/%d/answers", c.Attempt), body, "application/json")
	if err != nil {
		return ack, err
	}
	if err := json.Unmarshal(r.Body, &ack); err != nil {
		return ack, fmt.Errorf("save ack: %w", err)
	}
	return ack, nil
}

// State polls the clock, as the page does every 30 s.
func (c *Client) State(ctx context.Context) (map[string]any, error) {
	r, err := c.Do(ctx, EPState, http.MethodGet, fmt.Sprintf("/api/exam/attempts/%d/state", c.Attempt), nil, "")
	if err != nil {
		return nil, err
	}
	var out map[string]any
	if err := json.Unmarshal(r.Body, &out); err != nil {
		return nil, fmt.Errorf("state: %w", err)
	}
	return out, nil
}

// Play spends a play of pos's audio and downloads its bytes.
func (c *Client) Play(ctx context.Context, pos int) (int, error) {
	r, err := c.Do(ctx, EPPlay, http.MethodPost, fmt.Sprintf("/api/exam/attempts/%d/audio/%d/play", c.Attempt, pos), nil, "")
	if err != nil {
		return 0, err
	}
	var p struct {
		URL string `json:"url"`
	}
	if err := json.Unmarshal(r.Body, &p); err != nil || p.URL == "" {
		return 0, fmt.Errorf("play answer %q", r.Body)
	}
	a, err := c.Do(ctx, EPAudio, http.MethodGet, p.URL, nil, "")
	if err != nil {
		return 0, err
	}
	return len(a.Body), nil
}

// Record begins a take of pos and uploads wav as it.
func (c *Client) Record(ctx context.Context, pos int, wav []byte) (int, error) {
	r, err := c.Do(ctx, EPTake, http.MethodPost, fmt.Sprintf("/api/exam/attempts/%d/recordings/%d/takes", c.Attempt, pos), nil, "")
	if err != nil {
		return 0, err
	}
	var t struct {
		Take int `json:"take"`
	}
	if err := json.Unmarshal(r.Body, &t); err != nil || t.Take == 0 {
		return 0, fmt.Errorf("take answer %q", r.Body)
	}
	_, err = c.Do(ctx, EPUpload, http.MethodPut, fmt.Sprintf("/api/exam/attempts/%d/recordings/%d/%d", c.Attempt, pos, t.Take), wav, "audio/wav")
	return t.Take, err
}

// Finish ends a section early (the last one submits).
func (c *Client) Finish(ctx context.Context, section int) error {
	_, err := c.Do(ctx, EPFinish, http.MethodPost, fmt.Sprintf("/api/exam/attempts/%d/sections/%d/finish", c.Attempt, section), nil, "")
	return err
}

// Answer makes a plausible response of the item's type; n varies it so
// successive saves differ.
func Answer(it Item, n int64) bank.Response {
	tag := fmt.Sprintf("lần %d", n)
	switch it.Type {
	case bank.TypeChoice:
		return bank.Response{Choices: []string{string(rune('a' + n%4))}}
	case bank.TypeTrueFalse:
		return bank.Response{Choices: []string{[]string{"true", "false"}[n%2]}}
	case bank.TypeTonePick:
		return bank.Response{Choices: []string{bank.AllTones[n%6]}}
	case bank.TypeCloze, bank.TypeGapFill:
		return bank.Response{Gaps: []string{"học", tag}}
	case bank.TypeMatch:
		return bank.Response{Pairs: map[string]string{"x": tag}}
	case bank.TypeOrderWords:
		return bank.Response{Words: []string{"tôi", "học", tag}}
	case bank.TypeEssay:
		return bank.Response{Text: strings.Repeat("Tôi là cán bộ tỉnh Hủa Phăn. ", 20) + tag}
	}
	return bank.Response{Text: "xin chào các đồng chí " + tag}
}
