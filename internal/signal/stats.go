package signal

import "math"

// nbUpperTail returns P(Y >= k) for Y negative-binomial with mean mu and
// size (shape) size, variance mu + mu²/size; size <= 0 or +Inf means
// Poisson. It sums the tail from k upward in log space, so it stays
// accurate for tiny probabilities and large means.
func nbUpperTail(k int, mu, size float64) float64 {
	if k <= 0 {
		return 1
	}
	if mu <= 0 {
		return 0
	}
	poisson := size <= 0 || math.IsInf(size, 1) || size > 1e8
	logPMF := func(y float64) float64 {
		if poisson {
			lg, _ := math.Lgamma(y + 1)
			return y*math.Log(mu) - mu - lg
		}
		a, _ := math.Lgamma(y + size)
		b, _ := math.Lgamma(size)
		c, _ := math.Lgamma(y + 1)
		p := size / (size + mu)
		return a - b - c + size*math.Log(p) + y*math.Log1p(-p)
	}
	if float64(k) <= mu {
		// Near the centre the lower sum is short and well conditioned.
		lower := 0.0
		for y := 0; y < k; y++ {
			lower += math.Exp(logPMF(float64(y)))
		}
		return math.Max(0, math.Min(1, 1-lower))
	}
	lp := logPMF(float64(k))
	sum := 0.0
	// Sum terms relative to the first, which is the largest past the mean.
	for y := k; y < k+100000; y++ {
		t := math.Exp(logPMF(float64(y)) - lp)
		sum += t
		if t < 1e-17*sum {
			break
		}
	}
	return math.Min(1, math.Exp(lp)*sum)
}

// momentDispersion estimates α of the NB2 variance m + α·m² by the method of
// moments from counts y with expected values m: Σ((y−m)² − m) / Σ m²,
// clamped to [0, 10]. Too little signal (Σ m² = 0) gives 0, a Poisson.
func momentDispersion(y, m []float64) float64 {
	num, den := 0.0, 0.0
	for i := range y {
		d := y[i] - m[i]
		num += d*d - m[i]
		den += m[i] * m[i]
	}
	if den <= 0 {
		return 0
	}
	return math.Max(0, math.Min(10, num/den))
}
