package signal

import (
	"math"
	"testing"
)

func TestNBUpperTail(t *testing.T) {
	poissonTail := func(k int, mu float64) float64 {
		s, term := 0.0, math.Exp(-mu)
		for y := 0; y < k; y++ {
			s += term
			term *= mu / float64(y+1)
		}
		return 1 - s
	}
	tests := []struct {
		name string
		k    int
		mu   float64
		size float64
		want float64
	}{
		{"zero count", 0, 3, 2, 1},
		{"poisson centre", 3, 3, 0, poissonTail(3, 3)},
		{"poisson tail", 12, 3, 0, poissonTail(12, 3)},
		{"huge size is poisson", 9, 2.5, 1e9, poissonTail(9, 2.5)},
		// Geometric (size 1): P(Y>=k) = (mu/(1+mu))^k.
		{"geometric", 5, 2, 1, math.Pow(2.0/3, 5)},
		{"geometric centre", 1, 2, 1, 2.0 / 3},
		{"no mean", 2, 0, 1, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := nbUpperTail(tt.k, tt.mu, tt.size)
			if math.Abs(got-tt.want) > 1e-9*math.Max(1, tt.want) && math.Abs(got-tt.want)/tt.want > 1e-6 {
				t.Errorf("nbUpperTail(%d, %v, %v) = %v, want %v", tt.k, tt.mu, tt.size, got, tt.want)
			}
		})
	}
	// Over-dispersion fattens the tail.
	if p, q := nbUpperTail(10, 2, 0), nbUpperTail(10, 2, 0.5); !(q > 10*p) {
		t.Errorf("NB tail %v not much fatter than Poisson tail %v", q, p)
	}
	// Tiny tails stay positive and ordered.
	if a, b := nbUpperTail(60, 1, 0), nbUpperTail(80, 1, 0); !(a > b && b > 0) {
		t.Errorf("tails %v, %v: want 0 < b < a", a, b)
	}
}

func TestMomentDispersion(t *testing.T) {
	m := []float64{2, 2, 2, 2, 2, 2}
	if a := momentDispersion([]float64{2, 2, 2, 2, 2, 2}, m); a != 0 {
		t.Errorf("under-dispersed counts: α = %v, want 0", a)
	}
	if a := momentDispersion([]float64{0, 0, 0, 0, 0, 12}, m); a <= 1 {
		t.Errorf("bursty counts: α = %v, want > 1", a)
	}
	if a := momentDispersion([]float64{1, 0}, []float64{0, 0}); a != 0 {
		t.Errorf("no expectation: α = %v, want 0", a)
	}
}
