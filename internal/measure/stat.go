package measure

import (
	"math"

	"gonum.org/v1/gonum/stat"
)

// Correlation is Pearson's r, NaN when either side has no variance.
func Correlation(x, y []float64) float64 {
	if len(x) < 2 || len(x) != len(y) {
		return math.NaN()
	}
	r := stat.Correlation(x, y, nil)
	return r
}
