package dict

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/accord-hub/accord/internal/nlp"
)

// tokenPhrase is phraseOf without its quick path: the tokenizer's words.
func tokenPhrase(s string) Phrase {
	p := Phrase{}
	for _, t := range nlp.Tokenize(s) {
		p = append(p, t.Lower)
	}
	return p
}

// TestPlainPhrase holds phraseOf's quick path to the tokenizer, on
// dictionary-like phrases and on random strings of the bytes that matter.
func TestPlainPhrase(t *testing.T) {
	cases := []string{
		"", " ", "kyrgyzstan", "Kyrgyzstan", "prime minister", "  Prime   Minister ", "G7", "1st army",
		"U.S.", "don't", "al-Qaeda", "Jalal-Abad", "O'Brien", "Côte d'Ivoire", "AT&T", "3.5", "St. Louis",
		"people's republic", "x\ty", "$5", "#tag", "-5", "states' rights", "Mr. Smith", "a.m.",
	}
	r := rand.New(rand.NewPCG(1, 2))
	const alphabet = "aZ09 .-'&$#,_\tÉ"
	for range 20000 {
		b := make([]byte, r.IntN(12))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		cases = append(cases, string(b))
	}
	for _, s := range cases {
		if got, want := phraseOf(s), tokenPhrase(strings.ReplaceAll(s, "_", " ")); !slices.Equal(got, want) {
			t.Errorf("phraseOf(%q) = %q, the tokenizer gives %q", s, got, want)
		}
		if got, ok := plainPhrase(s); ok && !slices.Equal(got, tokenPhrase(s)) {
			t.Errorf("plainPhrase(%q) = %q, the tokenizer gives %q", s, got, tokenPhrase(s))
		}
	}
}
