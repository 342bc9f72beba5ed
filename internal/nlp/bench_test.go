package nlp

import (
	"testing"

	"github.com/jdkato/prose/v3/tag"
)

// BenchmarkTag tags the agreement sample (example articles and gold
// sentences) and reports tokens per second. Run on one core with
//
//	GOMAXPROCS=1 go test -run '^$' -bench Tag ./internal/nlp/
func BenchmarkTag(b *testing.B) {
	tg, err := NewTagger()
	if err != nil {
		b.Fatal(err)
	}
	sents, ntok := benchSentences(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, s := range sents {
			tg.Tag(s.Tokens)
		}
	}
	b.ReportMetric(float64(ntok*b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkTagProse is BenchmarkTag with prose's tagger, for comparison.
func BenchmarkTagProse(b *testing.B) {
	ref, err := tag.New()
	if err != nil {
		b.Fatal(err)
	}
	sents, ntok := benchSentences(b)
	toks := make([][]tag.Token, len(sents))
	for i, s := range sents {
		toks[i] = make([]tag.Token, len(s.Tokens))
		for k, tk := range s.Tokens {
			toks[i][k].Text = ptbText(tk.Text)
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range toks {
			ref.TagTokens(t)
		}
	}
	b.ReportMetric(float64(ntok*b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkSplit tokenises and splits the example articles.
func BenchmarkSplit(b *testing.B) {
	texts := agreementTexts(b)
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	b.SetBytes(int64(n))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			Split(t)
		}
	}
}

func benchSentences(b *testing.B) ([]Sentence, int) {
	var sents []Sentence
	n := 0
	for _, text := range agreementTexts(b) {
		for _, s := range Split(text) {
			sents = append(sents, s)
			n += len(s.Tokens)
		}
	}
	return sents, n
}
