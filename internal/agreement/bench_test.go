package agreement

import (
	"fmt"
	"testing"

	"github.com/accord-hub/accord/internal/coder"
)

// BenchmarkExtract measures the extractor alone on the test news, already
// coded: go test ./internal/agreement -bench Extract -run XXX
func BenchmarkExtract(b *testing.B) {
	c := newCoder(b)
	arts := news(b)
	res := make([]coder.Result, len(arts))
	for i, a := range arts {
		res[i] = c.Code(a)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for k, a := range arts {
			Extract(a, res[k])
		}
	}
	b.ReportMetric(float64(b.N*len(arts))/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkBuild measures tying 20,000 mentions of 1,000 agreements.
func BenchmarkBuild(b *testing.B) {
	countries := []string{"KAZ", "KGZ", "TJK", "TKM", "UZB", "RUS", "CHN", "USA", "DEU", "FRA", "IND", "TUR"}
	topics := []string{"water", "energy", "trade", "border", "transport", "customs", "visa", "education", "health", "culture",
		"investment", "security", "migration", "fisheries", "aviation", "railways", "telecoms", "tourism", "science", "space"}
	reg, _ := Builtin()
	var ms []Mention
	for i := 0; i < 20000; i++ {
		a := i % 1000
		name := fmt.Sprintf("agreement on %s and %s cooperation number%d", topics[a%20], topics[(a/20)%20], a)
		p1, p2 := countries[a%12], countries[(a/12+1+a)%12]
		ms = append(ms, Mention{Name: name, Kind: "agreement", Parties: []string{p1},
			Stances:  []Stance{{Status: Signed, Countries: []string{p1, p2}}},
			Evidence: Evidence{Doc: fmt.Sprint("d", i), Date: fmt.Sprintf("20%02d-%02d-01", 10+i%15, 1+i%12), Outlet: fmt.Sprint("o", i%7)}})
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if as := Build(ms, reg); len(as) < 500 {
			b.Fatalf("got %d agreements, want about 1000", len(as))
		}
	}
	b.ReportMetric(float64(b.N*len(ms))/b.Elapsed().Seconds(), "mentions/s")
}
