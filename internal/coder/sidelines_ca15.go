package coder

import "github.com/accord-hub/accord/internal/nlp"

// sidelinesOnly reports whether every discard phrase of a sentence names the
// occasion of a meeting, "met on the sidelines of the Beijing Winter
// Olympics": the leaders' talks are news, the games only their setting.
func (c *Coder) sidelinesOnly(toks []nlp.Token) bool {
	t := c.dict.Discards.Sentence
	if c.dict.Compat || t == nil {
		return false
	}
	found := false
	for i := range toks {
		if _, n := t.Match(toks, i); n > 0 {
			if !sidelinesBefore(toks, i) {
				return false
			}
			found = true
		}
	}
	return found
}

// sidelinesBefore reports whether "sidelines" or "margins" stands within
// eight tokens before k, with no sentence break between.
func sidelinesBefore(toks []nlp.Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		switch toks[j].Lower {
		case "sidelines", "sideline", "margins", "margin":
			return true
		case ".", ";":
			return false
		}
	}
	return false
}
