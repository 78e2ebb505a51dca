package practice

import (
	"slices"
	"time"
	"unicode"
)

// Zone is the time zone of Houaphanh and Thanh Hoá alike (UTC+7, no
// daylight saving): weeks and days start at local midnight there.
func Zone() *time.Location { return time.FixedZone("ICT", 7*3600) }

// Week is one week of one skill's practice.
type Week struct {
	Start    time.Time // Monday 00:00 in Zone
	Answered int
	Scored   int
	Accuracy float64 // mean share of points of the scored answers
}

// WeekStart is the Monday 00:00 (Zone) of t's week.
func WeekStart(t time.Time) time.Time {
	t = t.In(Zone())
	d := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, t.Location())
	back := (int(d.Weekday()) + 6) % 7 // days since Monday
	return d.AddDate(0, 0, -back)
}

// Weekly gives the last weeks weeks (oldest first, the current week last)
// of one skill, or of all skills when skill is "".
func Weekly(answers []Answer, skill string, now time.Time, weeks int) []Week {
	first := WeekStart(now).AddDate(0, 0, -7*(weeks-1))
	out := make([]Week, weeks)
	sums := make([]float64, weeks)
	for i := range out {
		out[i].Start = first.AddDate(0, 0, 7*i)
	}
	for _, a := range answers {
		if skill != "" && a.Skill != skill {
			continue
		}
		ws := WeekStart(a.At)
		if ws.Before(first) {
			continue
		}
		i := int(ws.Sub(first).Hours()/24+0.5) / 7
		if i >= weeks {
			continue
		}
		out[i].Answered++
		if a.Scored {
			out[i].Scored++
			sums[i] += a.Fraction()
		}
	}
	for i := range out {
		if out[i].Scored > 0 {
			out[i].Accuracy = sums[i] / float64(out[i].Scored)
		}
	}
	return out
}

// TopicStat is how one topic is going, over all skills.
type TopicStat struct {
	Topic    string
	Answered int
	Scored   int
	Accuracy float64
}

// ByTopic tallies answers per topic (an item on two topics counts for
// both), most practised first.
func ByTopic(answers []Answer) []TopicStat {
	idx := map[string]int{}
	var out []TopicStat
	var sums []float64
	for _, a := range answers {
		for _, t := range a.Topics {
			i, ok := idx[t]
			if !ok {
				i = len(out)
				idx[t] = i
				out = append(out, TopicStat{Topic: t})
				sums = append(sums, 0)
			}
			out[i].Answered++
			if a.Scored {
				out[i].Scored++
				sums[i] += a.Fraction()
			}
		}
	}
	for i := range out {
		if out[i].Scored > 0 {
			out[i].Accuracy = sums[i] / float64(out[i].Scored)
		}
	}
	slices.SortStableFunc(out, func(a, b TopicStat) int {
		if a.Answered != b.Answered {
			return b.Answered - a.Answered
		}
		if a.Topic < b.Topic {
			return -1
		}
		if a.Topic > b.Topic {
			return 1
		}
		return 0
	})
	return out
}

// WordCount counts the words of an essay as teachers do for a Vietnamese
// text: each written syllable (a run of letters or digits between spaces
// or punctuation) is one word ("chữ").
func WordCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
		if w && !in {
			n++
		}
		in = w
	}
	return n
}
