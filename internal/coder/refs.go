package coder

import (
	"sort"
	"strings"

	"github.com/accord-hub/accord/internal/nlp"
)

// groupWords are nouns that, after "both" or "the two", refer back to a
// compound actor: "both states", "the two leaders".
var groupWords = map[string]bool{
	"states": true, "countries": true, "sides": true, "leaders": true, "presidents": true,
	"governments": true, "nations": true, "neighbours": true, "neighbors": true, "parties": true,
	"republics": true, "capitals": true, "ministers": true,
}

// resolveReferences turns pronouns and "both states" into mentions of the
// actors they refer to, from this sentence or earlier ones.
func (x *sentence) resolveReferences() {
	toks := x.toks
	var added []*mention
	for k := x.from; k < len(toks); k++ {
		if x.inMention(k) {
			continue
		}
		w := toks[k].Lower
		switch {
		case (w == "both" || w == "the" && k+1 < len(toks) && toks[k+1].Lower == "two") && k+1 < len(toks):
			n := k + 1
			if w == "the" {
				n = k + 2
			}
			if n < len(toks) && groupWords[toks[n].Lower] {
				if ref := x.lastCompound(k); ref != nil || x.lastPair(k) != nil {
					if ref == nil {
						ref = x.lastPair(k)
					}
					added = append(added, &mention{start: k, end: n + 1, codes: ref.codes, spans: spansOf(k, n+1, len(ref.codes)), plural: true, pronoun: true, text: joinText(toks[k : n+1])})
					k = n
				}
			}
		case toks[k].Tag == "PRP" && (w == "he" || w == "she") && !x.c.dict.Compat:
			// PETRARCH leaves "he" and "she" uncoded.
			if ref := x.lastWhere(k, func(m *mention) bool {
				return m.person || !m.plural && len(m.codes) == 1 && strings.Contains(m.codes[0][min(3, len(m.codes[0])):], "GOV")
			}); ref != nil {
				added = append(added, &mention{start: k, end: k + 1, codes: ref.codes[:1], spans: spansOf(k, k+1, 1), person: true, pronoun: true, text: toks[k].Text})
			}
		case w == "it" && k == x.from && k+1 < len(toks) && (auxForms[toks[k+1].Lower] || toks[k+1].Lower == "seems" || toks[k+1].Lower == "appears"):
			// "It is necessary to …": no one.
		case w == "it" && k > x.from && toks[k-1].Lower == "," && k+1 < len(toks) && (toks[k+1].Lower == "seems" || toks[k+1].Lower == "appears"):
			// "…, it seems, …": an aside.
		case toks[k].Tag == "PRP" && w == "it" && k+1 < len(toks) && strings.HasPrefix(toks[k+1].Tag, "VB") || toks[k].Tag == "PRP" && w == "it" && k+2 < len(toks) && toks[k+1].Tag == "MD":
			// "Iran said it would free the crew": it is the country or body named before.
			if ref := x.subjectWhere(k, func(m *mention) bool { return !m.person && !m.plural && len(m.codes) == 1 }); ref != nil {
				added = append(added, &mention{start: k, end: k + 1, codes: ref.codes[:1], spans: spansOf(k, k+1, 1), pronoun: true, text: toks[k].Text})
			}
		case toks[k].Tag == "PRP" && w == "they":
			if ref := x.lastWhere(k, func(m *mention) bool { return m.plural }); ref != nil {
				added = append(added, &mention{start: k, end: k + 1, codes: ref.codes, spans: spansOf(k, k+1, len(ref.codes)), plural: true, pronoun: true, text: toks[k].Text})
			}
		}
	}
	if len(added) == 0 {
		return
	}
	x.ms = append(x.ms, added...)
	sortMentions(x.ms)
	for _, m := range added {
		m.prep = prepBefore(toks, m.start)
		m.locative = locatives[m.prep]
	}
}

func spansOf(from, to, n int) [][2]int {
	out := make([][2]int, n)
	for i := range out {
		out[i] = [2]int{from, to}
	}
	return out
}

func joinText(toks []nlp.Token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.Text)
	}
	return b.String()
}

func (x *sentence) inMention(k int) bool {
	for _, m := range x.ms {
		if k >= m.start && k < m.end {
			return true
		}
	}
	return false
}

// lastPair makes a compound of the last two different actors named before
// token k ("Japarov met Mirziyoyev, and the two leaders signed"), or nil.
func (x *sentence) lastPair(k int) *mention {
	var codes []string
	add := func(m *mention) {
		if m.locative || m.weak || m.compound() || len(m.codes) != 1 || len(codes) == 2 {
			return
		}
		for _, c := range codes {
			if c == m.codes[0] {
				return
			}
		}
		codes = append(codes, m.codes[0])
	}
	for i := len(x.ms) - 1; i >= 0; i-- {
		if x.ms[i].end <= k {
			add(x.ms[i])
		}
	}
	for i := len(x.st.recent) - 1; i >= 0 && len(codes) < 2; i-- {
		add(x.st.recent[i])
	}
	if len(codes) != 2 {
		return nil
	}
	return &mention{codes: codes, spans: [][2]int{{0, 0}, {0, 0}}, plural: true}
}

// lastCompound finds the nearest compound actor before token k, in this
// sentence or the document so far.
func (x *sentence) lastCompound(k int) *mention {
	return x.lastWhere(k, func(m *mention) bool { return m.compound() && !m.weak })
}

// subjectWhere resolves a pronoun to the sentence's subject when it fits
// ("the EU warned Belarus that it would impose sanctions": it is the EU),
// else to the nearest fitting actor before it.
func (x *sentence) subjectWhere(k int, ok func(*mention) bool) *mention {
	for _, m := range x.ms {
		if m.end > k {
			break
		}
		if m.pronoun || m.locative || m.weak {
			continue
		}
		if (m.prep == "" || m.prep == ",") && ok(m) {
			return m
		}
		break
	}
	return x.lastWhere(k, ok)
}

func (x *sentence) lastWhere(k int, ok func(*mention) bool) *mention {
	for i := len(x.ms) - 1; i >= 0; i-- {
		m := x.ms[i]
		if m.end <= k && !m.locative && ok(m) {
			return m
		}
	}
	for i := len(x.st.recent) - 1; i >= 0; i-- {
		if m := x.st.recent[i]; ok(m) {
			return m
		}
	}
	return nil
}

// inferCountries gives agents with no country ("police", "protesters") the
// country of a place in the sentence, else the document's most named one.
// distributive words make an agent a reciprocal, not an actor: "each side
// accusing the other".
func distributive(w string) bool {
	return w == "each" || w == "either" || w == "neither" || w == "every" || w == "other" || w == "another"
}

func demonstrative(w string) bool {
	return w == "these" || w == "those" || w == "such" || w == "both" || w == "all"
}

func (x *sentence) inferCountries() {
	toks := x.toks
	var local string
	for _, m := range x.ms {
		if (m.locative || m.weak) && len(m.codes) == 1 && len(m.codes[0]) >= 3 && !isAgentOnly(m.codes[0]) {
			local = m.codes[0][:3]
			break
		}
	}
	if local == "" && x.c.placeCountry != nil && x.hasAgentOnly() {
		local = x.placeCountry()
	}
	country := local
	if country == "" {
		best := 0
		for c, n := range x.st.countries {
			if n > best || n == best && c < country {
				country, best = c, n
			}
		}
	}
	for _, m := range x.ms {
		if m.start > 0 && (demonstrative(toks[m.start-1].Lower) || distributive(toks[m.start-1].Lower)) && len(m.codes) == 1 && isAgentOnly(m.codes[0]) {
			// "these states", "those countries": a reference we cannot resolve.
			m.codes = nil
			continue
		}
		for i, c := range m.codes {
			if c != "" && isAgentOnly(c) {
				if local != "" {
					m.codes[i] = local + c
				} else {
					// Decided when the event is coded: a target takes its
					// source's country ("Kazakh police detained an activist"),
					// a source the document's.
					m.codes[i] = "?" + c
				}
			}
		}
	}
	x.docCountry = country
	kept := x.ms[:0]
	for _, m := range x.ms {
		if len(m.codes) > 0 {
			kept = append(kept, m)
		}
	}
	x.ms = kept
}

// resolve turns an agent whose country is still open ("?COP") into a code:
// with the other actor's country when given, else the document's.
func (x *sentence) resolve(code, other string) string {
	if !strings.HasPrefix(code, "?") {
		return code
	}
	c := ""
	if other != "" && !strings.HasPrefix(other, "?") && len(other) >= 3 && other[:3] != "IGO" && other[:3] != "NGO" && other[:3] != "IMG" && other[:3] != "MNC" {
		c = other[:3]
	} else {
		c = x.docCountry
	}
	if c == "" {
		return ""
	}
	return c + code[1:]
}

// remember keeps this sentence's actors for the next sentences.
func (x *sentence) remember() {
	for _, m := range x.ms {
		if m.pronoun {
			continue
		}
		for _, c := range m.codes {
			if len(c) >= 3 && c[0] != '?' && c[:3] != "IGO" && c[:3] != "NGO" && c[:3] != "IMG" && c[:3] != "MNC" {
				x.st.countries[c[:3]]++
			}
		}
		if m.weak || m.locative {
			continue
		}
		x.st.recent = append(x.st.recent, m)
	}
	if len(x.st.recent) > 12 {
		x.st.recent = x.st.recent[len(x.st.recent)-12:]
	}
}

func sortMentions(ms []*mention) {
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].start < ms[j].start })
}

// hasAgentOnly reports whether some mention is an agent with no country.
func (x *sentence) hasAgentOnly() bool {
	for _, m := range x.ms {
		for _, c := range m.codes {
			if isAgentOnly(c) {
				return true
			}
		}
	}
	return false
}

// placeCountry finds a place named after "in", "at", "near", "of" or "from"
// outside any actor mention ("police in Nukus") and returns its country from
// the gazetteer, or "".
func (x *sentence) placeCountry() string {
	toks := x.toks
	for k := x.from; k+1 < len(toks); k++ {
		switch toks[k].Lower {
		case "in", "at", "near", "of", "from", "outside":
		default:
			continue
		}
		j := k + 1
		for j < len(toks) && j < k+4 && toks[j].Tag == "NNP" && isCapitalised(toks[j].Text) && !x.inMention(j) {
			j++
		}
		if j == k+1 {
			continue
		}
		var b strings.Builder
		for n := k + 1; n < j; n++ {
			if n > k+1 {
				b.WriteByte(' ')
			}
			b.WriteString(toks[n].Text)
		}
		if c := x.c.placeCountry(b.String()); c != "" {
			return c
		}
	}
	return ""
}
