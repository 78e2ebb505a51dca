package loadtest

import (
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Stats collects request timings per endpoint. It is safe for concurrent use.
type Stats struct {
	mu  sync.Mutex
	eps map[string]*endpointStats
}

type endpointStats struct {
	durs        []time.Duration
	errors      int
	bytes       int64
	first, last time.Time
	samples     []string
}

// NewStats makes an empty collector.
func NewStats() *Stats { return &Stats{eps: map[string]*endpointStats{}} }

// Record implements Recorder.
func (s *Stats) Record(ep string, d time.Duration, n int, err error) {
	now := time.Now()
	s.mu.Lock()
	defer s.mu.Unlock()
	e := s.eps[ep]
	if e == nil {
		e = &endpointStats{first: now.Add(-d)}
		s.eps[ep] = e
	}
	e.durs = append(e.durs, d)
	e.bytes += int64(n)
	e.last = now
	if err != nil {
		e.errors++
		if len(e.samples) < 5 {
			e.samples = append(e.samples, err.Error())
		}
	}
}

// Line is one endpoint's figures.
type Line struct {
	Endpoint      string
	Count, Errors int
	Bytes         int64
	PerSecond     float64 // count over the span from its first to its last request
	P50, P95, P99 time.Duration
	Max           time.Duration
	Samples       []string
}

// Lines returns the figures per endpoint, in a fixed order.
func (s *Stats) Lines() []Line {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Line
	for name, e := range s.eps {
		ds := slices.Clone(e.durs)
		slices.Sort(ds)
		l := Line{Endpoint: name, Count: len(ds), Errors: e.errors, Bytes: e.bytes, Samples: e.samples,
			P50: pct(ds, 50), P95: pct(ds, 95), P99: pct(ds, 99), Max: ds[len(ds)-1]}
		if span := e.last.Sub(e.first).Seconds(); span > 0 {
			l.PerSecond = float64(len(ds)) / span
		}
		out = append(out, l)
	}
	sort.Slice(out, func(i, j int) bool { return order(out[i].Endpoint) < order(out[j].Endpoint) })
	return out
}

var endpointOrder = []string{EPLoginPage, EPLogin, EPExamList, EPStart, EPPage, EPAsset, EPSaveStorm, EPSaveChange, EPSave, EPBurst, EPState, EPPlay, EPAudio, EPTake, EPUpload, EPFinish}

func order(ep string) int {
	if i := slices.Index(endpointOrder, ep); i >= 0 {
		return i
	}
	return len(endpointOrder)
}

// pct is the nearest-rank percentile of sorted durations.
func pct(ds []time.Duration, p float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	i := int(math.Ceil(p/100*float64(len(ds)))) - 1
	return ds[max(0, min(i, len(ds)-1))]
}

func ms(d time.Duration) string {
	return strconv.FormatFloat(float64(d.Microseconds())/1000, 'f', 1, 64)
}

// WriteTable prints the lines as a Markdown table.
func WriteTable(w io.Writer, lines []Line) {
	fmt.Fprintln(w, "| endpoint | requests | errors | req/s | p50 ms | p95 ms | p99 ms | max ms | KB |")
	fmt.Fprintln(w, "|---|---:|---:|---:|---:|---:|---:|---:|---:|")
	for _, l := range lines {
		fmt.Fprintf(w, "| %s | %d | %d | %.1f | %s | %s | %s | %s | %d |\n", l.Endpoint, l.Count, l.Errors, l.PerSecond,
			ms(l.P50), ms(l.P95), ms(l.P99), ms(l.Max), l.Bytes/1024)
	}
	for _, l := range lines {
		for _, s := range l.Samples {
			fmt.Fprintf(w, "  error (%s): %s\n", l.Endpoint, s)
		}
	}
}

// Memory is a process's resident memory from /proc/PID/status, in KiB.
type Memory struct {
	RSS, HWM int64
}

// ReadMemory reads VmRSS and VmHWM (the peak) of a local process.
func ReadMemory(pid int) (Memory, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return Memory{}, err
	}
	var m Memory
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		if len(f) < 2 {
			continue
		}
		v, _ := strconv.ParseInt(f[1], 10, 64)
		switch f[0] {
		case "VmRSS:":
			m.RSS = v
		case "VmHWM:":
			m.HWM = v
		}
	}
	return m, nil
}

// WAV makes a 16 kHz mono 16-bit recording of a quiet tone, the format the
// exam's recorder uploads.
func WAV(seconds float64) []byte {
	n := int(seconds * 16000)
	b := make([]byte, 44+2*n)
	copy(b, "RIFF")
	binary.LittleEndian.PutUint32(b[4:], uint32(36+2*n))
	copy(b[8:], "WAVEfmt ")
	binary.LittleEndian.PutUint32(b[16:], 16)
	binary.LittleEndian.PutUint16(b[20:], 1)
	binary.LittleEndian.PutUint16(b[22:], 1)
	binary.LittleEndian.PutUint32(b[24:], 16000)
	binary.LittleEndian.PutUint32(b[28:], 32000)
	binary.LittleEndian.PutUint16(b[32:], 2)
	binary.LittleEndian.PutUint16(b[34:], 16)
	copy(b[36:], "data")
	binary.LittleEndian.PutUint32(b[40:], uint32(2*n))
	for i := 0; i < n; i++ {
		v := int16(2000 * math.Sin(2*math.Pi*180*float64(i)/16000))
		binary.LittleEndian.PutUint16(b[44+2*i:], uint16(v))
	}
	return b
}
