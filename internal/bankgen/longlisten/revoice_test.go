package longlisten

import (
	"bufio"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

func TestVoicedRec(t *testing.T) {
	cases := []struct {
		name, tr string
		level    int
		voices   []string // one per speaker, in order
		kind     string
	}{
		{"dialogue", "Cô Hằng: Chào các đồng chí.\nKhăm Phòn: Chào cô.\nCô Hằng: Mời ngồi.", 3,
			[]string{"vi+f2", "vi+m3"}, Dialogue},
		{"meeting", "Bí thư: Bắt đầu.\nĐồng chí Tâm: Vâng.\nChị Vàn: Tôi đồng ý.", 4,
			[]string{"vi+m3", "vi+m1", "vi+f2"}, Dialogue},
		{"one speaker", "Xin chào. Tôi tên là Bun Mi.", 1, nil, Lecture},
		{"labelled monologue", "Thông báo: Ngày mai nghỉ học.", 2, nil, Lecture},
	}
	for _, c := range cases {
		r := VoicedRec("x-"+c.name, c.tr, c.level)
		if r.Kind != c.kind {
			t.Errorf("%s: kind %s, want %s", c.name, r.Kind, c.kind)
		}
		if c.voices != nil {
			var got []string
			for _, s := range r.Speakers {
				got = append(got, s.Voice)
			}
			if strings.Join(got, ",") != strings.Join(c.voices, ",") {
				t.Errorf("%s: voices %v, want %v", c.name, got, c.voices)
			}
		}
		ls, err := r.Lines()
		if err != nil || len(ls) == 0 {
			t.Errorf("%s: lines %v, %v", c.name, ls, err)
		}
		if c.kind == Lecture && strings.Contains(r.Text, "Thông báo:") {
			t.Errorf("%s: the label is read aloud: %q", c.name, r.Text)
		}
		if r.Rate(r.Speakers[0]) != LevelRate[c.level] {
			t.Errorf("%s: rate %d, want the Bậc %d rate %d", c.name, r.Rate(r.Speakers[0]), c.level, LevelRate[c.level])
		}
	}
}

// The short listening items (question_banks/nghe) are recorded at the rate
// of their level, not one speed, and dialogues with one voice per speaker.
func TestShortListeningIsRevoiced(t *testing.T) {
	f, err := os.Open(filepath.Join("..", "..", "..", "question_banks", "nghe", "audio", "voices.tsv"))
	if err != nil {
		t.Fatalf("%v (run go run ./internal/bankgen/cmd/genlonglisten -revoice question_banks/nghe)", err)
	}
	defer f.Close()
	rates := map[int]map[int]bool{}
	voices := map[string]bool{}
	multi := 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		c := strings.Split(sc.Text(), "\t")
		if len(c) != 4 || strings.HasPrefix(c[0], "#") {
			continue
		}
		lv, _ := strconv.Atoi(c[1])
		rate, _ := strconv.Atoi(c[2])
		if rates[lv] == nil {
			rates[lv] = map[int]bool{}
		}
		rates[lv][rate] = true
		vs := strings.Split(c[3], ",")
		if len(vs) > 1 {
			multi++
		}
		for _, v := range vs {
			voices[v] = true
		}
	}
	for lv := 1; lv <= 5; lv++ {
		if len(rates[lv]) != 1 || !rates[lv][LevelRate[lv]] {
			t.Errorf("Bậc %d recorded at rates %v, want %d", lv, rates[lv], LevelRate[lv])
		}
	}
	if multi == 0 || len(voices) < 6 {
		t.Errorf("%d recordings with several voices, %d voices in all", multi, len(voices))
	}
}
