package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// sentenceStarters are words that, capitalised after "U.S." or another
// abbreviation, show that a new sentence has begun.
var sentenceStarters = map[string]bool{
	"the": true, "a": true, "an": true, "he": true, "she": true, "it": true, "they": true,
	"we": true, "i": true, "in": true, "on": true, "at": true, "but": true, "and": true,
	"this": true, "that": true, "these": true, "those": true, "there": true, "his": true,
	"her": true, "their": true, "its": true, "after": true, "before": true, "while": true,
	"however": true, "meanwhile": true, "earlier": true, "later": true, "since": true,
	"according": true, "officials": true, "both": true, "if": true, "when": true,
}

// Split splits a document into sentences and tokenizes each. Paragraph breaks
// (a blank line) always end a sentence; so does a line break after a line
// that ends a sentence or looks like a heading.
func Split(text string) []Sentence {
	toks := Tokenize(text)
	var out []Sentence
	start := 0 // token index where the current sentence starts
	flush := func(end int) {
		if end <= start {
			return
		}
		// The sentence's tokens stay in the document's token array, their
		// offsets made relative to the sentence; the capacity is capped so
		// that appending to one sentence cannot overwrite the next.
		s := toks[start:end:end]
		first, last := s[0].Start, s[len(s)-1].End
		for k := range s {
			s[k].Start -= first
			s[k].End -= first
		}
		out = append(out, Sentence{Index: len(out), Start: first, End: last, Text: text[first:last], Tokens: s})
		start = end
	}
	for i := 0; i < len(toks); i++ {
		// A line break between this token and the next? (Most gaps are
		// one space or nothing, with none.)
		if i+1 < len(toks) {
			if a, b := toks[i].End, toks[i+1].Start; b > a && (b > a+1 || text[a] != ' ') {
				gap := text[a:b]
				if nl := strings.Count(gap, "\n"); nl > 0 {
					if nl >= 2 || breaksAtNewline(text, toks, start, i) {
						flush(i + 1)
						continue
					}
				}
			}
		}
		t := &toks[i]
		if t.Text == "" || !mayEndSentence[t.Text[len(t.Text)-1]] {
			continue // the usual word: neither a terminal nor "U.S."
		}
		if !isTerminal(t.Text) && !abbrevEndsSentence(text, toks, i) {
			continue
		}
		// Take closing quotes and brackets along.
		j := i + 1
		for j < len(toks) && isCloser(toks[j].Text) && toks[j].Start == toks[j-1].End {
			j++
		}
		if j >= len(toks) {
			break
		}
		next := toks[j]
		if next.Start == toks[j-1].End && !isOpener(next.Text) {
			continue // "3.5", "Yahoo!Inc": no space, no break
		}
		if startsSentence(next) {
			flush(j)
			i = j - 1
		}
	}
	flush(len(toks))
	return out
}

// breaksAtNewline decides whether a single line break after token i ends the
// sentence that started at token start.
func breaksAtNewline(text string, toks []Token, start, i int) bool {
	t := toks[i]
	if isTerminal(t.Text) || isCloser(t.Text) && i > 0 && isTerminal(toks[i-1].Text) {
		return true
	}
	next := toks[i+1]
	if !startsSentence(next) {
		return false
	}
	// A heading: a short line with no sentence punctuation, its words capitalised.
	lineStart := strings.LastIndexByte(text[:toks[start].Start], '\n') + 1
	if toks[start].Start < lineStart {
		return false // the sentence began on an earlier line: a hard wrap
	}
	n := i - start + 1
	if n > 16 {
		return false
	}
	for k := start; k <= i; k++ {
		switch toks[k].Text {
		case ",", ";":
			return false
		}
		if isFunctionWord(toks[k].Lower) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(toks[k].Text)
		if unicode.IsLower(r) {
			return false // a heading capitalises its words
		}
	}
	last := toks[i].Lower
	switch last {
	case "the", "a", "an", "of", "and", "or", "to", "in", "on", "with", "for", "by", "at", "from":
		return false
	}
	return true
}

// mayEndSentence marks the last bytes of the tokens isTerminal and
// abbrevEndsSentence accept: ".", "!", "?" and the last byte of "…".
var mayEndSentence = func() (t [256]bool) {
	for _, c := range []byte{'.', '!', '?', "…"[len("…")-1]} {
		t[c] = true
	}
	return t
}()

func isTerminal(s string) bool {
	switch s {
	case ".", "!", "?", "...", "…", "?!", "!?":
		return true
	}
	return false
}

func isCloser(s string) bool {
	switch s {
	case "\"", "'", "”", "’", ")", "]", "»", "''":
		return true
	}
	return false
}

func isOpener(s string) bool {
	switch s {
	case "\"", "“", "‘", "(", "[", "«":
		return true
	}
	return false
}

// startsSentence reports whether a token can begin a sentence: a capital
// letter, a digit, an opening quote or bracket.
func startsSentence(t Token) bool {
	if isOpener(t.Text) || t.Text == "'" || t.Text == "-" || t.Text == "—" || t.Text == "–" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// abbrevEndsSentence reports whether token i is an abbreviation with its
// period ("U.S.") that ends the sentence: the next word is a usual sentence
// starter, or a paragraph follows.
func abbrevEndsSentence(text string, toks []Token, i int) bool {
	t := &toks[i]
	if !strings.HasSuffix(t.Text, ".") || len(t.Text) < 2 {
		return false
	}
	if i+1 >= len(toks) {
		return false
	}
	next := toks[i+1]
	// Titles never end a sentence: "Mr. Japarov".
	switch t.Lower {
	case "mr.", "mrs.", "ms.", "dr.", "prof.", "gen.", "lt.", "col.", "maj.", "capt.", "sgt.",
		"adm.", "gov.", "sen.", "rep.", "rev.", "st.", "pres.", "amb.", "hon.", "no.", "vs.":
		return false
	}
	if len(t.Text) == 2 && isUpper(t.Text[0]) {
		return false // an initial
	}
	return sentenceStarters[next.Lower] && startsSentence(next)
}

func isFunctionWord(w string) bool {
	switch w {
	case "a", "an", "the", "of", "and", "or", "to", "in", "on", "with", "for", "by", "at", "from", "as", "over", "after":
		return true
	}
	return false
}
