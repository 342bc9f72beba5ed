package nlp

import (
	"bufio"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/accord-hub/accord/data"
	"github.com/jdkato/prose/v3/tag"
	"github.com/jdkato/prose/v3/tag/aptagmodel"
)

// agreementTexts returns the example articles, the gold sentences of the
// coder and a few odd tokens prose treats specially.
func agreementTexts(t testing.TB) []string {
	t.Helper()
	var texts []string
	names, err := fs.Glob(data.FS, "examples/*.txt")
	if err != nil || len(names) == 0 {
		t.Fatalf("no example articles: %v", err)
	}
	for _, n := range names {
		raw, err := data.FS.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(raw))
	}
	gold, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "coder", "*.txt"))
	if len(gold) == 0 {
		t.Fatal("no gold sentence files in testdata/coder")
	}
	for _, g := range gold {
		f, err := os.Open(g)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			line := strings.TrimSpace(sc.Text())
			if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "=>") || strings.HasPrefix(line, "!=>") || strings.HasPrefix(line, "@") {
				continue
			}
			texts = append(texts, line)
		}
		f.Close()
	}
	texts = append(texts,
		"The index fell 0 points , * -LRB- *T*-2 *-1 *?* see -RRB- on 1999 and -5 .",
		"Fans wrote xD and :-) and 8D to @accord_hub about the well-known STRASSE Straße in ÉTAT’s “case” — so…",
		"SERVICEMEN , Militants and TROOPS fired ; the U.S. didn’t say .",
	)
	return texts
}

// TestTagAgreesWithProse checks that the re-indexed model gives prose's
// own tags, which is what makes it a drop-in speed-up and not a new tagger.
func TestTagAgreesWithProse(t *testing.T) {
	tg, err := NewTagger()
	if err != nil {
		t.Fatal(err)
	}
	lex := tag.Lexicon{}
	for w, tt := range lexicon {
		lex[w] = tt
	}
	ref, err := tag.New(tag.WithLexicon(lex))
	if err != nil {
		t.Fatal(err)
	}
	total, same := 0, 0
	for _, text := range agreementTexts(t) {
		for _, s := range Split(text) {
			tg.Tag(s.Tokens)
			want := make([]tag.Token, len(s.Tokens))
			for i, tk := range s.Tokens {
				want[i].Text = ptbText(tk.Text)
			}
			ref.TagTokens(want)
			for i, tk := range s.Tokens {
				total++
				if tk.Tag == want[i].Tag {
					same++
				} else if total-same <= 20 {
					t.Logf("%q in %q: got %s, prose %s", tk.Text, s.Text, tk.Tag, want[i].Tag)
				}
			}
		}
	}
	// Tokens prose treats specially, which our tokenizer splits apart.
	special := strings.Fields("0 * *-1 *T*-2 *?* -LRB- -RRB- :-) xD 8D o_O @user - -- 1999 -5 well-known ’s n’t » « Straße ÉTAT TROOPS Militants")
	toks := make([]Token, len(special))
	want := make([]tag.Token, len(special))
	for i, w := range special {
		toks[i] = Token{Text: w, Lower: lower(w)}
		want[i].Text = ptbText(w)
	}
	tg.Tag(toks)
	ref.TagTokens(want)
	for i := range toks {
		total++
		if toks[i].Tag == want[i].Tag {
			same++
		} else {
			t.Errorf("special token %q: got %s, prose %s", toks[i].Text, toks[i].Tag, want[i].Tag)
		}
	}
	rate := float64(same) / float64(total)
	t.Logf("%d of %d tokens tagged as prose tags them (%.4f)", same, total, rate)
	if total < 10000 {
		t.Errorf("only %d tokens compared; the sample is too small", total)
	}
	if rate < 0.995 {
		t.Errorf("agreement with prose %.4f, want at least 0.995", rate)
	}
}

func TestIsTrace(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"0", true}, {"*", true}, {"*-1", true}, {"*-123", true}, {"*-1234", false},
		{"*T*-2", true}, {"*EXP*-12", true}, {"*U*", true}, {"*?*", true}, {"*-", false},
		{"**", false}, {"***", false}, {"*T*", true}, {"*TT*", false}, {"*t*-1", false},
		{"00", false}, {"-1", false}, {"*T*-", false}, {"*T-1", false},
	}
	for _, tt := range tests {
		if got := isTrace(tt.in); got != tt.want {
			t.Errorf("isTrace(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestLoadPerceptronRejectsBadModels checks that a damaged model is an
// error at load, not a panic while tagging.
func TestLoadPerceptronRejectsBadModels(t *testing.T) {
	good := aptagmodel.English
	if _, err := loadPerceptron(good); err != nil {
		t.Fatalf("embedded model: %v", err)
	}
	bad := map[string][]byte{
		"empty":     nil,
		"not magic": []byte("NOTAMODEL123"),
		"version":   append([]byte("PROSETAG"), 9, 0, 0, 0),
	}
	for _, n := range []int{12, 100, 1000, len(good) / 2, len(good) - 1} {
		bad[fmt.Sprintf("truncated at %d", n)] = good[:n]
	}
	for name, data := range bad {
		if _, err := loadPerceptron(data); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

// TestTagConcurrent tags the same sentences from several goroutines, which
// share the model and the scratch pool, and expects the tags of one.
func TestTagConcurrent(t *testing.T) {
	tg, err := NewTagger()
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	var sents []Sentence
	for _, text := range agreementTexts(t)[:5] {
		for _, s := range Split(text) {
			tg.Tag(s.Tokens)
			for _, tk := range s.Tokens {
				want = append(want, tk.Tag)
			}
			sents = append(sents, s)
		}
	}
	errs := make(chan string, 4)
	for g := 0; g < 4; g++ {
		go func() {
			k, bad := 0, ""
			for _, s := range sents {
				toks := append([]Token(nil), s.Tokens...)
				tg.Tag(toks)
				for _, tk := range toks {
					if tk.Tag != want[k] && bad == "" {
						bad = tk.Text + ": " + tk.Tag + " vs " + want[k]
					}
					k++
				}
			}
			errs <- bad
		}()
	}
	for g := 0; g < 4; g++ {
		if bad := <-errs; bad != "" {
			t.Error("concurrent tagging differs:", bad)
		}
	}
}
