package nlp

import (
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/tag/aptagmodel"
)

// Tagger assigns Penn Treebank part-of-speech tags with prose's averaged
// perceptron for English (see perceptron.go), giving the same tags as prose's
// own tagger several times faster. It is safe for concurrent use.
type Tagger struct {
	m    *perceptron
	pool sync.Pool
	// classTag maps a class to its tag id.
	classTag []uint16
	// sentinels are the padding words around a sentence.
	sentinels [4]ctxWord
}

// NewTagger loads the embedded English model.
func NewTagger() (*Tagger, error) {
	m, err := loadPerceptron(aptagmodel.English)
	if err != nil {
		return nil, fmt.Errorf("nlp: load tagger: %w", err)
	}
	tg := &Tagger{m: m, classTag: make([]uint16, len(m.classes))}
	for i, c := range m.classes {
		tg.classTag[i] = m.lookupTag(c)
	}
	for w, t := range lexicon {
		e := m.entry(w) // new entries need the link to their suffix
		e.lexicon, e.suffix = t, m.find(suffix3(w))
	}
	m.prepareStarts()
	m.preparePairs()
	m.prepareMerged()
	for i, w := range [4]string{"-START-", "-START2-", "-END-", "-END2-"} {
		tg.sentinels[i] = m.contextWord(HashWord(w), w)
	}
	tg.pool.New = func() any { return new(scratch) }
	return tg, nil
}

// ctxWord is what the model knows about a word of the context: the entry of
// its normalised form and of that form's last three bytes.
type ctxWord struct {
	word, suffix *vocabEntry
}

// contextWord looks up a normalised word whose HashWord is h.
func (p *perceptron) contextWord(h uint64, norm string) ctxWord {
	if e := p.lookup(h, norm); e != nil {
		return ctxWord{word: e, suffix: e.suffix}
	}
	return ctxWord{suffix: p.find(suffix3(norm))}
}

// scratch is the per-call working set, pooled so that tagging allocates
// nothing in steady state.
type scratch struct {
	scores scores
	start  scores // the starting scores of a word not in the vocabulary
	acc    scores // predictFast's sums
	ctx    []ctxWord
	texts  []string
	norms  []string
	// forms tells how each token reads (formSame, formCapital), where
	// Tag knows it without asking modelForms.
	forms []uint8
}

// How Tag reads a token: formSame, a word or mark of lower-case ASCII whose
// text, normalised form and Lower are one string; formCapital, a word of
// letters with capitals, read as written, normalised to its Lower;
// formOther, anything else, which modelForms reads.
const (
	formOther = iota
	formSame
	formCapital
)

// lexicon fixes tags the model gets wrong on news: words that are always
// nouns or verbs in this genre. Lookups try the word as written, then in
// lower case, as prose's lexicon option does.
var lexicon = map[string]string{
	"servicemen": "NNS", "militants": "NNS", "troops": "NNS",
	"ombudsman": "NN", // the model has seen it too rarely: "the ombudsman/MD urged"
}

// Tag fills in Tag on every token of the sentence.
func (tg *Tagger) Tag(tokens []Token) {
	if len(tokens) == 0 {
		return
	}
	m := tg.m
	s := tg.pool.Get().(*scratch)
	defer tg.pool.Put(s)
	n := len(tokens)
	if cap(s.ctx) < n+4 {
		s.ctx = make([]ctxWord, n+4)
		s.texts = make([]string, n)
		s.norms = make([]string, n)
		s.forms = make([]uint8, n)
	}
	ctx, texts, norms, forms := s.ctx[:n+4], s.texts[:n], s.norms[:n], s.forms[:n]
	ctx[0], ctx[1], ctx[n+2], ctx[n+3] = tg.sentinels[0], tg.sentinels[1], tg.sentinels[2], tg.sentinels[3]
	for i := range tokens {
		t := &tokens[i]
		if t.lower && !isDigit(t.Text[0]) {
			// The usual word or punctuation mark, read as written (see
			// modelForms: ASCII, no capitals, no inner hyphen, no
			// number), looked up here rather than through contextWord.
			w := t.Text
			texts[i], norms[i], forms[i] = w, w, formSame
			if e := m.lookup(t.LowerHash(), w); e != nil {
				ctx[i+2] = ctxWord{word: e, suffix: e.suffix}
			} else {
				ctx[i+2] = ctxWord{suffix: m.find(suffix3(w))}
			}
			continue
		}
		if t.plain && !isDigit(t.Text[0]) {
			// A word of letters with capitals: read as written, its
			// normalised form its Lower (see modelForms).
			w := t.Lower
			texts[i], norms[i], forms[i] = t.Text, w, formCapital
			if e := m.lookup(t.LowerHash(), w); e != nil {
				ctx[i+2] = ctxWord{word: e, suffix: e.suffix}
			} else {
				ctx[i+2] = ctxWord{suffix: m.find(suffix3(w))}
			}
			continue
		}
		forms[i] = formOther
		text, norm := modelForms(t)
		texts[i], norms[i] = text, norm
		var h uint64
		if norm == t.Lower {
			h = t.LowerHash()
		} else {
			h = HashWord(norm)
		}
		ctx[i+2] = m.contextWord(h, norm)
	}
	p1, p2 := m.start, m.start2
	for i := range tokens {
		t := &tokens[i]
		text, norm := texts[i], norms[i]
		var textE *vocabEntry // the entry of the word as written
		var tag string
		var tagID uint16
		fixed := false
		if forms[i] == formSame && !specialFirst[text[0]] {
			// What fixedTag does for such a word: no special token, and
			// its entry is the one of its normalised form.
			textE = ctx[i+2].word
			if textE != nil && textE.lexicon != "" {
				tag, tagID, fixed = textE.lexicon, m.lookupTag(textE.lexicon), true
			} else if textE != nil && textE.fixed > 0 {
				c := textE.fixed - 1
				tag, tagID, fixed = m.classes[c], tg.classTag[c], true
			}
		} else {
			if forms[i] == formSame || forms[i] == formOther && text == norm {
				textE = ctx[i+2].word
			} else if forms[i] == formCapital {
				textE = m.find(text) // neither its norm nor its Lower
			} else if text == t.Lower {
				textE = m.lookup(t.LowerHash(), text)
			} else {
				textE = m.find(text)
			}
			tag, tagID, fixed = tg.fixedTag(t, text, norm, textE, ctx[i+2].word)
		}
		if fixed {
			t.Tag = tag
		} else {
			sc := &s.scores
			nc := len(m.classes)
			var start []float32
			var suf *vocabEntry // for a word not in the vocabulary
			if textE != nil {
				start = m.starts[textE.start : int(textE.start)+nc]
			} else {
				if forms[i] == formSame || forms[i] == formOther && text == norm {
					suf = ctx[i+2].suffix
				} else {
					suf = m.find(suffix3(text))
				}
				start = m.biasPref(text)
			}
			c, ok := tg.predictFast(&s.acc, start, suf, ctx[i:i+5], p1, p2)
			if !ok {
				if textE == nil {
					m.startScores(&s.start, text, suf)
					start = s.start[:nc]
				}
				copy(sc[:nc], start)
				c = tg.predict(sc, ctx[i:i+5], p1, p2)
			}
			t.Tag, tagID = m.classes[c], tg.classTag[c]
		}
		p2, p1 = p1, tagID
	}
	clear(texts)
	clear(norms)
}

// modelForms returns the token as the model reads it (Treebank punctuation)
// and its normalised form, as prose computes them.
func modelForms(t *Token) (text, norm string) {
	if t.plain {
		// Letters and digits: no Treebank form, no hyphen, ASCII.
		text = t.Text
		if c := text[0]; c >= '0' && c <= '9' {
			if len(text) == 4 && isYear(text) {
				return text, "!YEAR"
			}
			return text, "!DIGITS"
		}
		return text, t.Lower
	}
	text = ptbText(t.Text)
	if text == "" {
		return text, text
	}
	first := text[0]
	switch {
	case first != '-' && strings.IndexByte(text, '-') >= 0:
		return text, "!HYPHEN"
	case len(text) == 4 && isYear(text):
		return text, "!YEAR"
	case first >= '0' && first <= '9':
		return text, "!DIGITS"
	}
	return text, modelLower(t, text)
}

// modelLower lower-cases text as strings.ToLower does, reusing the token's
// Lower when that is the same thing (plain ASCII).
func modelLower(t *Token, text string) string {
	if t.ascii && text == t.Text {
		return t.Lower
	}
	for k := 0; k < len(text); k++ {
		if text[k] >= utf8.RuneSelf {
			return strings.ToLower(text)
		}
	}
	if text == t.Text {
		return t.Lower
	}
	return strings.ToLower(text)
}

// isYear reports whether s (four bytes) is an optionally signed run of digits.
func isYear(s string) bool {
	i := 0
	if s[0] == '+' || s[0] == '-' {
		i = 1
	}
	for ; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// fixedTag returns the tag and tag id of a token the model does not score:
// prose's special tokens, our lexicon, and the words the model lists as
// unambiguous. textE and normE are the vocabulary entries of the word as
// written and normalised.
func (tg *Tagger) fixedTag(t *Token, text, norm string, textE, normE *vocabEntry) (string, uint16, bool) {
	if tag, ok := specialTag(text); ok {
		return tag, tg.m.lookupTag(tag), true
	}
	if textE != nil && textE.lexicon != "" {
		return textE.lexicon, tg.m.lookupTag(textE.lexicon), true
	}
	lower := norm
	if len(norm) > 0 && norm[0] == '!' {
		lower = modelLower(t, text) // a hyphenated word or a number
		normE = tg.m.find(lower)
	}
	if lower != text && normE != nil && normE.lexicon != "" {
		return normE.lexicon, tg.m.lookupTag(normE.lexicon), true
	}
	if textE != nil && textE.fixed > 0 {
		c := textE.fixed - 1
		return tg.m.classes[c], tg.classTag[c], true
	}
	return "", 0, false
}

// specialTag gives the tags prose fixes for tokens its model never saw.
func specialTag(text string) (string, bool) {
	if text != "" && !specialFirst[text[0]] {
		return "", false // most words: none of the cases below
	}
	switch {
	case text == "-":
		return "-", true
	case isEmoticon(text):
		return "SYM", true
	case strings.HasPrefix(text, "@"):
		return "NN", true
	case isTrace(text):
		return "-NONE-", true
	case isBracketCode(text):
		return text, true
	}
	return "", false
}

// predict scores one word from its starting scores in sc (startScores);
// ctx holds the two words before it, the word and the two after. The
// features are added in prose's order so the float sums are the same.
func (tg *Tagger) predict(sc *scores, ctx []ctxWord, p1, p2 uint16) int {
	m := tg.m
	m.add(m.prevTag[p1], sc)
	m.add(m.prev2Tag[p2], sc)
	m.add(m.tagPair[int(p1)*len(m.prevTag)+int(p2)], sc)
	m.addContext(sc, ctx, p1)
	return m.best(sc)
}

// addContext adds the features of the word and its neighbours in ctx (the
// two words before it, the word and the two after; p1 the tag before), in
// prose's order.
func (m *perceptron) addContext(sc *scores, ctx []ctxWord, p1 uint16) {
	if e := ctx[2].word; e != nil {
		m.add(e.feats[slotWord], sc)
		for _, tf := range e.afterTg {
			if tf.tag == p1 {
				m.add(tf.feat, sc)
				break
			}
		}
	}
	if e := ctx[1].word; e != nil {
		m.add(e.feats[slotPrevWord], sc)
	}
	if e := ctx[1].suffix; e != nil {
		m.add(e.feats[slotPrevSuf], sc)
	}
	if e := ctx[0].word; e != nil {
		m.add(e.feats[slotPrev2Word], sc)
	}
	if e := ctx[3].word; e != nil {
		m.add(e.feats[slotNextWord], sc)
	}
	if e := ctx[3].suffix; e != nil {
		m.add(e.feats[slotNextSuf], sc)
	}
	if e := ctx[4].word; e != nil {
		m.add(e.feats[slotNext2Word], sc)
	}
}

// suffix3 returns the last three bytes of w, or all of w if shorter.
func suffix3(w string) string {
	if len(w) <= 3 {
		return w
	}
	return w[len(w)-3:]
}

// isTrace reports whether w is a Treebank trace or elision ("0", "*",
// "*-1", "*T*-2", "*?*"), which prose tags -NONE-.
func isTrace(w string) bool {
	if w == "0" || w == "*" {
		return true
	}
	if len(w) < 2 || w[0] != '*' {
		return false
	}
	if len(w) == 3 && w[2] == '*' && (isWordByte(w[1]) || w[1] == '?') {
		return true
	}
	rest := w[1:]
	if rest[0] != '-' {
		// "*" [A-Z]+ "*-" digits
		k := 0
		for k < len(rest) && isUpper(rest[k]) {
			k++
		}
		if k == 0 || k+1 >= len(rest) || rest[k] != '*' {
			return false
		}
		rest = rest[k+1:]
	}
	// "-" and one to three digits
	if len(rest) < 2 || len(rest) > 4 || rest[0] != '-' {
		return false
	}
	for k := 1; k < len(rest); k++ {
		if !isDigit(rest[k]) {
			return false
		}
	}
	return true
}

// isBracketCode reports whether w is a Treebank bracket code like "-LRB-",
// which prose passes through as its own tag.
func isBracketCode(w string) bool {
	return len(w) == 5 && w[0] == '-' && w[4] == '-' && isUpper(w[1]) && isUpper(w[2]) && isUpper(w[3])
}

// emoticons are the emoticons prose tags SYM (from prose's emoticon list,
// MIT licence).
var emoticons = map[string]bool{}

func init() {
	for _, e := range [...]string{
		"(-8", "(-;", "(-_-)", "(._.)", "(:", "(=", "(o:", "(¬_¬)", "(ಠ_ಠ)",
		"(╯°□°）╯︵┻━┻", "-__-", "8-)", "8-D", "8D", ":(", ":((", ":(((", ":()", ":)))",
		":-)", ":-))", ":-)))", ":-*", ":-/", ":-X", ":-]", ":-o", ":-p", ":-x", ":-|", ":-}", ":0", ":3",
		":P", ":]", ":`(", ":`)", ":`-(", ":o", ":o)", "=(", "=)", "=D", "=|", "@_@", "O.o", "O_o", "V_V",
		"XDD", "[-:", "^___^", "o_0", "o_O", "o_o", "v_v", "xD", "xDD", "¯\\(ツ)/¯",
	} {
		emoticons[e] = true
		emoticonFirst[e[0]] = true
		emoticonMax = max(emoticonMax, len(e))
	}
}

// emoticonFirst and emoticonMax let most words skip the emoticon lookup.
var (
	emoticonFirst [256]bool
	emoticonMax   int
)

// specialFirst marks the first bytes of the tokens specialTag tags: "-",
// bracket codes, "@user", traces ("0", "*T*-1") and emoticons.
var specialFirst = func() (t [256]bool) {
	for _, c := range "-@0*" {
		t[c] = true
	}
	return t
}()

func init() {
	for c, ok := range emoticonFirst {
		if ok {
			specialFirst[c] = true
		}
	}
}

func isEmoticon(w string) bool {
	return len(w) > 0 && len(w) <= emoticonMax && emoticonFirst[w[0]] && emoticons[w]
}

// ptbText maps typographic punctuation to the Treebank forms the model was
// trained on.
func ptbText(s string) string {
	if s == "" || s[0] < utf8.RuneSelf && s[0] != 'n' {
		return s // every case below starts with a multi-byte rune or "n"
	}
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
