package coder

import "strings"

// speakingDocs are texts that speak for whoever issues them.
var speakingDocs = map[string]bool{
	"statement": true, "resolution": true, "declaration": true, "letter": true, "communique": true,
	"communiqué": true, "message": true, "note": true, "appeal": true, "decree": true, "motion": true,
}

// documentAuthor finds the subject of "X issued a statement condemning Y":
// a participle right after a document noun that is the object of a verb
// shares that verb's subject.
func (x *sentence) documentAuthor(g *vgroup, depth int) (*mention, bool) {
	toks := x.toks
	if x.c.dict.Compat || g.noun || toks[g.head].Tag != "VBG" || g.start != g.head || g.start-1 <= x.from {
		return nil, false
	}
	k := g.start - 1
	if toks[k].Lower == `"` || toks[k].Lower == "," {
		k--
	}
	if k <= x.from || !speakingDocs[toks[k].Lower] && !orderDocs[toks[k].Lower] {
		return nil, false
	}
	for k > x.from && (determiners[toks[k-1].Lower] || toks[k-1].Tag == "JJ") {
		k--
	}
	if m := x.mentionEndingAt(k - 1); m != nil && m.start > x.from {
		k = m.start // "handed Kyrgyzstan a note demanding …"
	}
	prev := x.groupCovering(k - 1)
	if prev == nil || prev.noun || prev.end != k {
		return nil, false
	}
	m, _ := x.subjectOf(prev, depth+1)
	return m, m != nil
}

// listAsideEnd returns the comma that closes a list aside starting at k
// (", including A, B and C, to …"), or 0 when a verb or the end of the
// sentence comes first.
func (x *sentence) listAsideEnd(k int) int {
	toks := x.toks
	sawAnd := false
	for j := k + 1; j < len(toks) && j < k+20; j++ {
		w := toks[j].Lower
		switch {
		case w == "." || w == ";" || w == ":" || strings.HasPrefix(toks[j].Tag, "VB") && toks[j].Tag != "VBG" && toks[j].Tag != "VBN":
			return 0
		case w == "and" || w == "or":
			sawAnd = true
		case w == "," && sawAnd:
			return j // the comma after the list's last item
		}
	}
	return 0
}

// headlineStart reports whether token k begins the sentence, after a
// dateline or determiners at most: "Mirziyoyev to visit Kazakhstan".
func (x *sentence) headlineStart(k int) bool {
	j := k - 1
	for j >= x.from && determiners[x.toks[j].Lower] {
		j--
	}
	return j < x.from
}

// placeTail reports whether tokens [from, to) are a place phrase after an
// actor: "in Russia", "living in Moscow", "abroad".
func (x *sentence) placeTail(from, to int) bool {
	if x.c.dict.Compat || from >= to {
		return false
	}
	toks := x.toks
	k := from
	if toks[k].Lower == "abroad" && k+1 == to {
		return true
	}
	if toks[k].Lower == "living" || toks[k].Lower == "working" {
		k++
	}
	if k >= to || toks[k].Lower != "in" && toks[k].Lower != "at" {
		return false
	}
	k++
	for k < to && determiners[toks[k].Lower] {
		k++
	}
	m := x.mentionStartingAt(k)
	return m != nil && m.end == to
}
