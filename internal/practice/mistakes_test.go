package practice

import (
	"reflect"
	"testing"
)

func TestMistakesRanking(t *testing.T) {
	cases := []struct {
		name string
		p    Profile
		want []Mistake
	}{
		{name: "empty", p: Profile{}, want: nil},
		{name: "most frequent first, whatever the kind",
			p: Profile{Confusions: []Confusion{{Expected: "sac", Given: "ngang", Count: 2}},
				Marks:  []Confusion{{Expected: "ư", Given: "u", Count: 5}},
				Sounds: []Confusion{{Part: "coda", Expected: "nh", Given: "n", Count: 9}}},
			want: []Mistake{{Kind: "sound", Part: "coda", Expected: "nh", Given: "n", Count: 9},
				{Kind: "mark", Expected: "ư", Given: "u", Count: 5}, {Kind: "tone", Expected: "sac", Given: "ngang", Count: 2}}},
		{name: "at equal counts tones, then marks, then sounds",
			p: Profile{Sounds: []Confusion{{Part: "onset", Expected: "r", Given: "l", Count: 3}},
				Marks:      []Confusion{{Expected: "ơ", Given: "o", Count: 3}},
				Confusions: []Confusion{{Expected: "nga", Given: "hoi", Count: 3}}},
			want: []Mistake{{Kind: "tone", Expected: "nga", Given: "hoi", Count: 3},
				{Kind: "mark", Expected: "ơ", Given: "o", Count: 3}, {Kind: "sound", Part: "onset", Expected: "r", Given: "l", Count: 3}}},
		{name: "then by the letters",
			p:    Profile{Confusions: []Confusion{{Expected: "sac", Given: "huyen", Count: 1}, {Expected: "nga", Given: "hoi", Count: 1}}},
			want: []Mistake{{Kind: "tone", Expected: "nga", Given: "hoi", Count: 1}, {Kind: "tone", Expected: "sac", Given: "huyen", Count: 1}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.p.Mistakes(); !reflect.DeepEqual(got, tc.want) {
				t.Fatalf("got %+v\nwant %+v", got, tc.want)
			}
		})
	}
}
