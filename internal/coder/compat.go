package coder

import (
	"strings"

	"github.com/accord-hub/accord/internal/dict"
	"github.com/accord-hub/accord/internal/nlp"
)

// PETRARCH-1/TABARI compatibility: behaviour that applies only when the
// dictionary set is a PETRARCH-format one (dict.Set.Compat).

// compatNoActor is the actor part PETRARCH gives an agent found with no
// actor: "a senior official" is "---GOV".
const compatNoActor = "---"

// splitSlashCodes turns a PETRARCH actor code naming several actors
// ("THE_SHIRE [FRO/BIL/SAM]") into one code each, as a compound mention.
func splitSlashCodes(ms []*mention) {
	for _, m := range ms {
		var codes []string
		var spans [][2]int
		for i, c := range m.codes {
			for _, part := range strings.Split(c, "/") {
				if part != "" {
					codes = append(codes, part)
					spans = append(spans, m.spans[i])
				}
			}
		}
		if len(codes) > len(m.codes) {
			m.codes, m.spans, m.plural = codes, spans, true
		}
	}
}

// isCompatCoordGap is isCoordGap for PETRARCH noun phrases, where
// adjectives and articles may stand before each conjoined actor: "Evil
// Mordor, the awful Fornost, and good Gondor".
func isCompatCoordGap(gap []nlp.Token) bool {
	var kept []nlp.Token
	for _, t := range gap {
		if !strings.HasPrefix(t.Tag, "JJ") && t.Tag != "DT" {
			kept = append(kept, t)
		}
	}
	return len(gap) <= 6 && isCoordGap(kept)
}

// splitPairCode splits a PETRARCH paired code "032:033" into the source's
// code and the code of the target's act back; back is "" for a plain code.
func splitPairCode(code string) (code1, back string) {
	a, b, _ := strings.Cut(code, ":")
	return a, b
}

// lemmasOf returns the lemmas of a verb group in the order their patterns
// are tried. PETRARCH looks a word up as written before by its stem, so in
// compatibility mode a lemma equal to the word ("LEFT") goes before the
// lemma it inflects ("LEAVE").
func (x *sentence) lemmasOf(g *vgroup) []string {
	if !x.c.dict.Compat || len(g.lemmas) < 2 {
		return g.lemmas
	}
	w := x.toks[g.head].Lower
	out := make([]string, 0, len(g.lemmas))
	for _, l := range g.lemmas {
		if l == w {
			out = append(out, l)
		}
	}
	for _, l := range g.lemmas {
		if l != w {
			out = append(out, l)
		}
	}
	return out
}

// verbAfterActor reports whether token k, tagged as a noun, is a verb of
// the dictionary after an adverb or modal ("did not ever clash"), or right
// after an actor and before a preposition or article: the tagger reads
// "Ethiopia departs from Libya" as a noun phrase.
func (x *sentence) verbAfterActor(k int) bool {
	t := x.toks[k]
	if t.Tag != "NN" && t.Tag != "NNS" || k == 0 || k+1 >= len(x.toks) {
		return false
	}
	if len(x.c.dict.Verbs.LemmasOf(t.Lower)) == 0 {
		return false
	}
	if prev := x.toks[k-1].Tag; prev == "RB" || prev == "MD" {
		return true // "did not even ever clash over"
	}
	if x.mentionEndingAt(k-1) == nil {
		return false
	}
	next := x.toks[k+1].Tag
	return next == "IN" || next == "DT" || next == "TO"
}

// compatClauseBreak are subordinators that end a verb's phrase in
// compatibility mode.
var compatClauseBreak = map[string]bool{
	"after": true, "before": true, "since": true, "when": true, "while": true, "because": true,
	"although": true, "though": true, "unless": true, "until": true, "whereas": true,
}

// compatFillerBetween is fillerBetween that also lets coordinated
// adjectives stand inside a PETRARCH noun phrase: "Ithilen's awful and evil
// minister".
func compatFillerBetween(toks []nlp.Token, from, to int) bool {
	if to-from > 5 || to < from {
		return false
	}
	for k := from; k < to; k++ {
		t := toks[k]
		if (t.Lower == "and" || t.Lower == "or") && k > from && k+1 < to && strings.HasPrefix(toks[k-1].Tag, "JJ") && strings.HasPrefix(toks[k+1].Tag, "JJ") {
			continue
		}
		if !fillerBetween(toks, k, k+1) {
			return false
		}
	}
	return true
}

// isSkipElem reports whether a pattern element is PETRARCH's "^", read by
// dict.ReadPetrarchVerbs as the single word "^".
func isSkipElem(e *dict.Elem) bool {
	return e.Kind == dict.Words && len(e.Alts) == 1 && len(e.Alts[0]) == 1 && len(e.Alts[0][0]) == 1 && e.Alts[0][0][0] == "^"
}

// nextMention returns the first mention starting in [from, to).
func (x *sentence) nextMention(from, to int) *mention {
	for _, m := range x.ms {
		if m.start >= from && m.start < to {
			return m
		}
	}
	return nil
}

// shareActor gives the agents of a compound with no actor of their own the
// actors of the others: "Danish media and government" is DNKMED and DNKGOV,
// "lawmakers and officials in Fornost" FORLEG and FORGOV.
func shareActor(m *mention) {
	var prefixes []string
	seen := map[string]bool{}
	for _, c := range m.codes {
		if strings.HasPrefix(c, compatNoActor) {
			continue
		}
		p := c
		if len(p) > 3 {
			p = p[:len(p)-3] // the actor without its last agent
		}
		if !seen[p] {
			seen[p] = true
			prefixes = append(prefixes, p)
		}
	}
	if len(prefixes) == 0 {
		return
	}
	var codes []string
	var spans [][2]int
	for i, c := range m.codes {
		ag, ok := strings.CutPrefix(c, compatNoActor)
		if !ok || ag == "" {
			codes = append(codes, c)
			spans = append(spans, m.spans[i])
			continue
		}
		for _, p := range prefixes {
			codes = append(codes, p+ag)
			spans = append(spans, m.spans[i])
		}
	}
	m.codes, m.spans = codes, spans
}

// skipPhrase steps over the noun phrase at token k for PETRARCH's "^": an
// actor mention, else a run of articles, adjectives and nouns ("their
// populations"), else everything up to and including the next mention.
func (x *sentence) skipPhrase(k, end int) (int, bool) {
	j := k
	for j < end && (x.toks[j].Tag == "DT" || x.toks[j].Tag == "PRP$" || strings.HasPrefix(x.toks[j].Tag, "JJ")) {
		j++
	}
	if m := x.mentionStartingAt(j); m != nil {
		return m.end, true
	}
	if m := x.mentionStartingAt(k); m != nil {
		return m.end, true
	}
	n := j
	for n < end && (strings.HasPrefix(x.toks[n].Tag, "NN") || x.toks[n].Tag == "CD") {
		n++
	}
	if n > j {
		return n, true
	}
	if m := x.nextMention(k, end); m != nil {
		return m.end, true
	}
	return k, false
}

// closingComma returns the index of the comma that closes a comma clause
// opened before token k, or 0 when the clause runs to the end of the
// sentence or a semicolon.
func (x *sentence) closingComma(k int) int {
	for j := k; j < len(x.toks); j++ {
		switch x.toks[j].Lower {
		case ",":
			return j
		case ";", ".":
			return 0
		}
	}
	return 0
}

// hasFormer reports whether "former" stands in or just before the noun
// phrase [start, end): "former Gondor prosecutors", "Arnor former officials".
func hasFormer(toks []nlp.Token, start, end int) bool {
	from := start - 1
	if from > 0 && toks[from].Tag == "DT" {
		from--
	}
	for k := max(from, 0); k < end && k < len(toks); k++ {
		if toks[k].Lower == "former" {
			return true
		}
	}
	return false
}

// subjectBefore finds the source for a PETRARCH pattern whose target slot
// stands between words before the verb ("NOTED + *"): the subject of the
// verb at token k, else the nearest actor before k.
func (x *sentence) subjectBefore(k int) *mention {
	if og := x.groupCovering(k); og != nil {
		if m, _ := x.subjectOf(og, 1); m != nil {
			return m
		}
	}
	var best *mention
	for _, m := range x.ms {
		if m.end <= k {
			best = m
		}
	}
	return best
}

// bareTimeNouns head PETRARCH's temporal noun phrases ("said today"),
// which the parser marks NP-TMP and which give no "---" target.
var bareTimeNouns = map[string]bool{
	"today": true, "yesterday": true, "tomorrow": true, "tonight": true, "now": true,
}

// hasObjectPhrase reports whether a noun phrase other than a bare time
// expression follows a verb in [from, to): with require_dyad off PETRARCH
// codes a verb with no actor object against "---" only when it has such a
// phrase ("said on Saturday", "burned down its embassy"), not for "said today".
func (x *sentence) hasObjectPhrase(from, to int) bool {
	for k := from; k < to && k < len(x.toks); k++ {
		t := x.toks[k]
		if t.Lower == "," || t.Lower == ";" || t.Lower == "." {
			return false
		}
		if !strings.HasPrefix(t.Tag, "NN") && t.Tag != "CD" && t.Tag != "PRP" {
			continue
		}
		if bareTimeNouns[t.Lower] {
			continue
		}
		if k > 0 && (x.toks[k-1].Lower == "last" || x.toks[k-1].Lower == "this" || x.toks[k-1].Lower == "next") {
			continue // "last week": a temporal phrase too
		}
		return true
	}
	return false
}

// uncodedGovernor reports whether the verbs before the adverbial clause
// opened before mention m ("after crowds burned …") gave no event.
// PETRARCH codes such a clause only then: "… restore ties after crowds
// burned its embassy" is the restoring, "… improve ties after crowds burned
// its embassy" the burning.
func (x *sentence) uncodedGovernor(m *mention) bool {
	for _, g := range x.groups {
		if !g.noun && g.end <= m.start && g.coded {
			return false
		}
	}
	return true
}

// npWord reports whether token k may stand inside a PETRARCH noun phrase
// before its head: determiners, adjectives, nouns, numbers, possessives.
func (x *sentence) npWord(k int) bool {
	t := x.toks[k].Tag
	return t == "DT" || t == "PRP$" || t == "CD" || t == "POS" || strings.HasPrefix(t, "JJ") || strings.HasPrefix(t, "NN")
}

// npAfter returns the end of the noun phrase starting at token k, with an
// "of" phrase attached ("the Ministry of Magic"), or k when none starts
// there. The phrase must hold a noun.
func (x *sentence) npAfter(k, end int) int {
	run := func(j int) int {
		noun := false
		n := j
		for n < end && x.npWord(n) {
			noun = noun || strings.HasPrefix(x.toks[n].Tag, "NN")
			n++
		}
		if !noun {
			return j
		}
		return n
	}
	n := run(k)
	if n > k && n+1 < end && x.toks[n].Lower == "of" {
		if m := run(n + 1); m > n+1 {
			n = m
		}
	}
	return n
}

// npBefore returns the start of the noun phrase that ends just before token
// k, or k when none does.
func (x *sentence) npBefore(k int) int {
	j := k
	for j > x.from && x.npWord(j-1) {
		j--
	}
	for j < k && !strings.HasPrefix(x.toks[j].Tag, "NN") && x.toks[j].Tag != "DT" && x.toks[j].Tag != "PRP$" && !strings.HasPrefix(x.toks[j].Tag, "JJ") {
		j++
	}
	if x.npAfter(j, k) != k {
		return k
	}
	return j
}

// newActorCode is PETRARCH's code for a noun phrase the dictionaries lack:
// its words, possessives left out, in capitals and quotes. ok is false when
// the phrase has more than n words.
func newActorCode(toks []nlp.Token, from, to, n int) (string, bool) {
	var words []string
	for k := from; k < to; k++ {
		if toks[k].Tag != "POS" && !isPossessive(toks[k].Lower) {
			words = append(words, strings.ToUpper(toks[k].Text))
		}
	}
	if len(words) == 0 || len(words) > n {
		return "", false
	}
	return `"` + strings.Join(words, " ") + `"`, true
}

// phraseActors builds PETRARCH's noun-phrase actors around verbs. A
// subject of conjoined noun phrases is a compound of the actor each names:
// "Ithilen's sheep and goats of Gondor warned" is Ithilen and Gondor. With
// its new_actor_length option set, a subject or object phrase that names no
// dictionary actor is an actor of its own: "Gryffindor's head Minerva
// McGonagall left for the Ministry of Magic" is "GRYFFINDOR HEAD MINERVA
// MCGONAGALL" leaving for "THE MINISTRY OF MAGIC", and "Eriador's death and
// injury toll" is Eriador and "INJURY TOLL".
func (x *sentence) phraseActors() {
	n := x.c.opts.NewActorLength
	var added []*mention
	taken := func(from, to int) bool {
		for _, m := range append(x.ms, added...) {
			if m.start < to && from < m.end {
				return true
			}
		}
		return false
	}
	for _, g := range x.groups {
		if g.noun || !x.hasVerbEntry(g) {
			continue
		}
		// The subject: conjoined noun phrases right before the verb.
		var parts [][2]int
		end := g.start
		for {
			start := x.npBefore(end)
			if start == end {
				break
			}
			if start-1 > x.from && x.toks[start-1].Lower == "of" {
				// "goats of Gondor"
				if s := x.npBefore(start - 1); s < start-1 {
					start = s
				}
			}
			parts = append([][2]int{{start, end}}, parts...)
			if start-1 <= x.from || x.toks[start-1].Lower != "and" {
				break
			}
			end = start - 1
		}
		if len(parts) > 0 && parts[0][0] > x.from && x.mentionEndingAt(parts[0][0]-1) == nil && x.toks[parts[0][0]-1].Tag == "IN" {
			parts = nil // "for meetings": not a subject
		}
		if m := x.phraseMention(parts, n); m != nil {
			added = append(added, m)
		}
		if n <= 0 {
			continue
		}
		// The object: a noun phrase right after the verb or its preposition.
		k := g.end
		for k < len(x.toks) && x.toks[k].Tag == "RP" {
			k++
		}
		if k < len(x.toks) && x.toks[k].Tag == "IN" {
			k++
		}
		e := x.npAfter(k, len(x.toks))
		if e < len(x.toks) && x.toks[e].Tag == "IN" && x.toks[e].Lower != "of" {
			// "the dispute with Osgiliath": the phrase holds an actor.
			if pe := x.npAfter(e+1, len(x.toks)); pe > e+1 && taken(e+1, pe) {
				continue
			}
		}
		if e > k && !taken(k, e) {
			if m := x.phraseMention([][2]int{{k, e}}, n); m != nil {
				added = append(added, m)
			}
		}
	}
	if len(added) == 0 {
		return
	}
	var kept []*mention
	for _, m := range x.ms {
		inside := false
		for _, a := range added {
			if m.start >= a.start && m.end <= a.end {
				inside = true
			}
		}
		if !inside {
			kept = append(kept, m)
		}
	}
	x.ms = append(kept, added...)
	sortMentions(x.ms)
}

// phraseMention makes one mention of conjoined noun phrases, each coded by
// the actor mentioned in it or else, when n is above 0, as a new actor of
// at most n words. It is nil when that gives nothing new: one phrase with
// its actor, a phrase with no actor, an actor running past the phrase.
func (x *sentence) phraseMention(parts [][2]int, n int) *mention {
	if len(parts) == 0 {
		return nil
	}
	m := &mention{start: parts[0][0], end: parts[len(parts)-1][1], plural: len(parts) > 1}
	fresh := false
	var ins []*mention
	for _, p := range parts {
		var in *mention
		for _, o := range x.ms {
			if o.start >= p[0] && o.start < p[1] {
				in = o
				break
			}
		}
		if in != nil {
			if in.end > m.end {
				return nil
			}
			if len(ins) > 0 && ins[len(ins)-1] == in {
				continue // "Arnor and Gondor", already one mention
			}
			ins = append(ins, in)
			m.codes = append(m.codes, in.codes...)
			for range in.codes {
				m.spans = append(m.spans, [2]int{in.start, in.end})
			}
			continue
		}
		if n <= 0 {
			return nil
		}
		code, ok := newActorCode(x.toks, p[0], p[1], n)
		if !ok {
			return nil
		}
		fresh = true
		m.codes = append(m.codes, code)
		m.spans = append(m.spans, p)
	}
	if !fresh && len(ins) < 2 {
		return nil
	}
	m.prep = prepBefore(x.toks, m.start)
	m.locative = locatives[m.prep]
	m.text = joinText(x.toks[m.start:m.end])
	return m
}

// hasVerbEntry reports whether the dictionary has an entry for a lemma of g.
func (x *sentence) hasVerbEntry(g *vgroup) bool {
	for _, l := range g.lemmas {
		if len(x.c.dict.Verbs.Patterns(l)) > 0 {
			return true
		}
	}
	return false
}

// ofPhraseSubject reports whether mention m, after "of", completes a noun
// phrase that is itself a subject: in PETRARCH "the information ministry of
// Gondor" is coded by the actor in it. The phrase before "of" must not
// follow a preposition or another actor.
func (x *sentence) ofPhraseSubject(m *mention) bool {
	of := m.start - 1
	for of > x.from && x.toks[of].Lower != "of" {
		of-- // over "the" in "of the Nasgul"
	}
	if of <= x.from || x.toks[of].Lower != "of" || !strings.HasPrefix(x.toks[of-1].Tag, "NN") {
		return false
	}
	start := x.npBefore(of)
	if start == of {
		return false
	}
	if start > x.from {
		prev := x.toks[start-1]
		if prev.Tag == "IN" || prev.Tag == "TO" || x.mentionEndingAt(start-1) != nil || strings.HasPrefix(prev.Tag, "VB") {
			return false
		}
	}
	return true
}

// joinVerbWord moves the head of a verb group g that the dictionary does
// not know onto the next word when that word is a dictionary verb the
// tagger did not read as one: in "will not wire tap the links" the verb of
// PETRARCH's "WIRE_+TAP" is "tap", tagged as a preposition.
func (x *sentence) joinVerbWord(g *vgroup) {
	k := g.head + 1
	if k >= len(x.toks) || strings.HasPrefix(x.toks[k].Tag, "VB") {
		return
	}
	w := x.toks[g.head].Lower
	for _, l := range x.c.dict.Verbs.LemmasOf(x.toks[k].Lower) {
		for _, p := range x.c.dict.Verbs.Patterns(l) {
			if n := len(p.Before); n > 0 && p.Before[n-1].Adjacent && p.Before[n-1].Kind == dict.Words && hasForm(p.Before[n-1].Alts[0][0], w) {
				g.head, g.end, g.lemmas = k, k+1, x.c.dict.Verbs.LemmasOf(x.toks[k].Lower)
				return
			}
		}
	}
}

// infinitiveBetween reports whether the verb phrase starting at token from
// is an infinitive with a verb of its own ("proposed to take up the issue
// with the World Bank") whose phrase holds token to: PETRARCH finds no
// target for the first verb there. An infinitive after an object ("signed
// an accord to supply Gondor") does not count.
func (x *sentence) infinitiveBetween(from, to int) bool {
	if from+1 >= len(x.toks) || x.toks[from].Lower != "to" {
		return false
	}
	for _, g := range x.groups {
		if !g.noun && g.start == from+1 && g.start < to && !auxForms[x.toks[g.head].Lower] {
			return true // not "said to be about to restore ties with Gondor"
		}
	}
	return false
}

// phraseSubject returns the first actor in a noun phrase with prepositional
// phrases that opens the sentence and runs up to the verb at token k:
// PETRARCH codes "Resumption of ties between Arnor and Gondor may spur …"
// by the actors in it. It is nil when the words before k are anything else.
func (x *sentence) phraseSubject(k int) *mention {
	if k <= x.from || x.toks[x.from].Tag == "IN" {
		return nil
	}
	var first *mention
	for j := x.from; j < k; j++ {
		if m := x.mentionStartingAt(j); m != nil && m.end <= k {
			if first == nil {
				first = m
			}
			j = m.end - 1
			continue
		}
		t := x.toks[j]
		if !x.npWord(j) && t.Tag != "IN" && t.Tag != "CC" {
			return nil
		}
	}
	return first
}

// closedPair reports whether compound mention m is a pair joined by a bare
// conjunction ("Calenardhon and Gondor") and gap, after it, holds a comma
// and a conjunction: ", and Gondor and Dagolath" starts a new phrase, where
// "A, B, and C" is one list.
func closedPair(toks []nlp.Token, m *mention, gap []nlp.Token) bool {
	if !m.compound() || !hasConj(gap) {
		return false
	}
	comma := false
	for _, t := range gap {
		comma = comma || t.Lower == ","
	}
	if !comma {
		return false
	}
	for k := m.start; k < m.end; k++ {
		if toks[k].Lower == "," {
			return false // a list already
		}
	}
	return true
}
