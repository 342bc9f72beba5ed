package nlp

import (
	"fmt"
	"sync"

	"github.com/jdkato/prose/v3/tag"
)

// Tagger assigns Penn Treebank part-of-speech tags. It wraps prose's averaged
// perceptron (MIT licence, model embedded in that module) and is safe for
// concurrent use.
type Tagger struct {
	t    *tag.Tagger
	pool sync.Pool
}

// NewTagger loads the embedded English model.
func NewTagger() (*Tagger, error) {
	t, err := tag.New(tag.WithLexicon(lexicon))
	if err != nil {
		return nil, fmt.Errorf("nlp: load tagger: %w", err)
	}
	tg := &Tagger{t: t}
	tg.pool.New = func() any { s := make([]tag.Token, 0, 64); return &s }
	return tg, nil
}

// lexicon fixes tags the model gets wrong on news: words that are always
// nouns or verbs in this genre.
var lexicon = tag.Lexicon{
	"servicemen": "NNS", "militants": "NNS", "troops": "NNS",
}

// Tag fills in Tag on every token of the sentence.
func (tg *Tagger) Tag(tokens []Token) {
	if len(tokens) == 0 {
		return
	}
	p := tg.pool.Get().(*[]tag.Token)
	buf := (*p)[:0]
	for _, t := range tokens {
		buf = append(buf, tag.Token{Text: ptbText(t.Text)})
	}
	tg.t.TagTokens(buf)
	for i := range tokens {
		tokens[i].Tag = buf[i].Tag
	}
	*p = buf
	tg.pool.Put(p)
}

// ptbText maps typographic punctuation to the Treebank forms the model was
// trained on.
func ptbText(s string) string {
	switch s {
	case "“", "«":
		return "``"
	case "”", "»":
		return "''"
	case "’s", "’S":
		return "'s"
	case "’":
		return "'"
	case "—", "–":
		return "--"
	case "n’t":
		return "n't"
	}
	return s
}
