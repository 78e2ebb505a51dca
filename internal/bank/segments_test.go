package bank

import (
	"reflect"
	"testing"
)

func TestSegments(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []Segment
	}{
		{"", nil},
		{"không có chỗ trống", []Segment{{Text: "không có chỗ trống"}}},
		{"Tôi {1} cơm.", []Segment{{Text: "Tôi "}, {Gap: true, N: 1}, {Text: " cơm."}}},
		{"{1}{2}", []Segment{{Gap: true, N: 1}, {Gap: true, N: 2}}},
		{"a {0} b", []Segment{{Text: "a "}, {Gap: true, N: 0}, {Text: " b"}}},
		{"{x} {} { 1}", []Segment{{Text: "{x} {} { 1}"}}},
		{"{99999999999999999999}", []Segment{{Gap: true, N: 0}}},
	} {
		if got := Segments(tc.text); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Segments(%q) = %#v, want %#v", tc.text, got, tc.want)
		}
	}
	if got, want := GapNumbers("{2} và {1}, {3}"), []int{2, 1, 3}; !reflect.DeepEqual(got, want) {
		t.Errorf("GapNumbers = %v, want %v", got, want)
	}
}
