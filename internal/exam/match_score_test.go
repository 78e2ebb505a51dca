package exam

import (
	"testing"

	"hocviet/internal/bank"
)

// A matching item is one item: its worth does not grow with its pairs,
// and each pair right earns its share (issue 13.8). Before, four pairs
// made the item worth 4 points against 1 for any other reading item.
func TestMatchItemIsOneItem(t *testing.T) {
	it := &bank.Item{ID: "m", Skill: bank.Reading, Type: bank.TypeMatch, Level: 2, Pairs: []bank.Pair{
		{Left: "to", Right: "nhỏ"}, {Left: "nóng", Right: "lạnh"}, {Left: "cao", Right: "thấp"}, {Left: "nhanh", Right: "chậm"}}}
	cases := []struct {
		name        string
		points      float64 // the item's points: field
		worth       float64 // the part's points (0: the item's own)
		pairs       map[string]string
		want, wantM float64
	}{
		{"all right", 0, 0, map[string]string{"to": "nhỏ", "nóng": "lạnh", "cao": "thấp", "nhanh": "chậm"}, 1, 1},
		{"half right", 0, 0, map[string]string{"to": "nhỏ", "nóng": "lạnh", "cao": "chậm"}, 0.5, 1},
		{"none", 0, 0, map[string]string{"to": "lạnh"}, 0, 1},
		{"item worth 2", 2, 0, map[string]string{"to": "nhỏ", "nóng": "lạnh", "cao": "thấp"}, 1.5, 2},
		{"part worth 3", 0, 3, map[string]string{"to": "nhỏ"}, 0.75, 3},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cp := *it
			cp.Points = c.points
			if got := cp.MaxPoints(); got != max(c.points, 1) {
				t.Errorf("MaxPoints = %v, want %v", got, max(c.points, 1))
			}
			sc := GradeItem(&cp, bank.Response{Pairs: c.pairs}, c.worth)
			if sc.Points != c.want || sc.Max != c.wantM {
				t.Errorf("GradeItem = %v of %v, want %v of %v", sc.Points, sc.Max, c.want, c.wantM)
			}
		})
	}
}
