package geo

import (
	"math"
	"math/rand/v2"
	"strconv"
	"testing"
)

// TestParseDegrees holds the quick coordinate parser to strconv.ParseFloat.
func TestParseDegrees(t *testing.T) {
	cases := []string{"0", "-0", "0.0000", "-0.0000", "35.0000", "-97.1234", "179.9999", "-180.0000", "42.87",
		"12.34567891", "123456789012.5", "1e5", "", "-", ".5", "5.", "1.2.3", "+5", "abc", "0.1", "0.3", "-33.8688"}
	r := rand.New(rand.NewPCG(3, 4))
	for range 100000 {
		cases = append(cases, strconv.FormatFloat((r.Float64()-0.5)*360, 'f', r.IntN(10), 64))
	}
	for _, s := range cases {
		want, werr := strconv.ParseFloat(s, 64)
		got, err := parseDegrees(s)
		if (err != nil) != (werr != nil) || err == nil && math.Float64bits(got) != math.Float64bits(want) {
			t.Errorf("parseDegrees(%q) = %v, %v; ParseFloat gives %v, %v", s, got, err, want, werr)
		}
	}
}
