package coder

import (
	"strings"

	"github.com/accord-hub/accord/internal/dict"
	"github.com/accord-hub/accord/internal/event"
	"github.com/accord-hub/accord/internal/nlp"
)

// maxGap is how many tokens may stand between a pattern's words: "signed a
// landmark bilateral border agreement" matches "sign* &agreement", but a word
// half a sentence away does not.
const maxGap = 6

// match is a pattern matched at a verb group, with where its target slot is.
type match struct {
	p *dict.Pattern
	// tFrom and tTo bound where the target stands, when the pattern says.
	tFrom, tTo int
	// sFrom and sTo bound where the source stands, when the pattern says ($).
	sFrom, sTo int
	// tBefore is true when the target slot stands before the verb (the
	// subject): "+ receive* aid from $".
	tBefore bool
	// srcBefore, when above 0, is the first word of a PETRARCH pattern
	// whose source stands before it ("NOTED + *").
	srcBefore int
	end       int // the token after the last matched element
}

// matchPattern checks a pattern against the clause around group g.
func (x *sentence) matchPattern(p *dict.Pattern, g *vgroup, clauseStart, clauseEnd int) (match, bool) {
	toks := x.toks
	m := match{p: p, tFrom: -1, sFrom: -1}
	cur := g.end
	for _, part := range p.Particles {
		// A particle directly after the verb, or after its object pronoun ("burned it down").
		if cur < len(toks) && toks[cur].Lower == part {
			cur++
			continue
		}
		return m, false
	}
	for i, e := range p.After {
		if x.c.dict.Compat && isSkipElem(e) {
			// TABARI's "^": step over the next noun phrase.
			next, ok := x.skipPhrase(cur, clauseEnd)
			if !ok {
				return m, false
			}
			cur = next
			continue
		}
		switch e.Kind {
		case dict.TargetSlot, dict.SourceSlot:
			end := clauseEnd
			if i+1 < len(p.After) {
				if pos, _, ok := findElem(toks, p.After[i+1], x.c.first.of(p.After[i+1]), cur+1, clauseEnd); ok {
					end = pos
				}
			}
			if e.Kind == dict.TargetSlot {
				m.tFrom, m.tTo = cur, end
			} else {
				m.sFrom, m.sTo = cur, end
			}
			continue
		}
		if e.Adjacent {
			if n, ok := matchAlts(toks, e, x.c.first.of(e), cur); ok {
				cur += n
				continue
			}
			return m, false
		}
		limit := clauseEnd
		if cur+maxGap < limit {
			limit = cur + maxGap
		}
		pos, n, ok := findElem(toks, e, x.c.first.of(e), cur, limit)
		if !ok {
			return m, false
		}
		if m.tFrom >= 0 && m.tTo > pos {
			m.tTo = pos
		}
		cur = pos + n
	}
	m.end = cur
	back := g.start - 1
	if x.c.dict.Compat {
		// PETRARCH patterns name auxiliaries and negation themselves:
		// "&NEGATVAUXVRB * OVER EFFORTS".
		back = g.head - 1
	}
	pendingT := -1 // compat: where a "+" between words ends
	for i := len(p.Before) - 1; i >= 0; i-- {
		e := p.Before[i]
		if x.c.dict.Compat && isSkipElem(e) {
			continue
		}
		switch e.Kind {
		case dict.TargetSlot:
			m.tFrom, m.tTo = clauseStart, back+1
			m.tBefore = true
			if x.c.dict.Compat && i > 0 {
				pendingT = back + 1
			}
			continue
		case dict.SourceSlot:
			m.sFrom, m.sTo = clauseStart, back+1
			continue
		}
		found := false
		first := x.c.first.of(e)
		for k := back; k >= clauseStart; k-- {
			if n, ok := matchAlts(toks, e, first, k); ok && k+n <= back+1 {
				if e.Adjacent && x.c.dict.Compat && k+n != back+1 {
					// PETRARCH "A_B *": A directly before what follows it.
					continue
				}
				if pendingT >= 0 {
					// PETRARCH "NOTED + *": the target stands between the
					// words, the source before them.
					m.tFrom, m.tTo, m.tBefore = k+n, pendingT, false
					m.srcBefore = k
					pendingT = -1
				}
				back = k - 1
				found = true
				break
			}
		}
		if !found {
			return m, false
		}
	}
	return m, true
}

// findElem finds the first position in [from, to) where e matches; first
// is e's first-word index (firstWords.of), or nil.
func findElem(toks []nlp.Token, e dict.Elem, first *dict.WordFilter, from, to int) (pos, n int, ok bool) {
	for k := from; k < to && k < len(toks); k++ {
		if n, ok := matchAlts(toks, e, first, k); ok {
			return k, n, true
		}
	}
	return 0, 0, false
}

// matchAlts matches e at token k and returns the number of tokens matched;
// first is e's first-word filter (firstWords.of), or nil.
func matchAlts(toks []nlp.Token, e dict.Elem, first *dict.WordFilter, k int) (int, bool) {
	if first != nil {
		if k < 0 || k >= len(toks) {
			return 0, false
		}
		if !first.MayHave(toks[k].LowerHash()) {
			return 0, false
		}
	}
	for _, alt := range e.Alts {
		if k+len(alt) > len(toks) {
			continue
		}
		ok := true
		for j, forms := range alt {
			if !hasForm(forms, toks[k+j].Lower) {
				ok = false
				break
			}
		}
		if ok {
			return len(alt), true
		}
	}
	return 0, false
}

// hasForm is forms.Has(w), comparing first bytes before whole strings: it
// is the innermost loop of pattern matching.
func hasForm(forms dict.Forms, w string) bool {
	if w == "" {
		return forms.Has(w)
	}
	c := w[0]
	for _, f := range forms {
		if len(f) == len(w) && f[0] == c && f == w {
			return true
		}
	}
	return false
}

// codeGroup codes one verb group: pattern, subject, object, frames.
func (x *sentence) codeGroup(g *vgroup) {
	if g.frame != "" && !g.noun {
		// A frame verb is coded through its complement; "refused the offer"
		// with no infinitive falls to its own patterns below.
		if x.hasInfinitiveAfter(g) {
			return
		}
		if (g.frame == dict.FrameDemand || g.frame == dict.FrameAppeal) && g.end < len(x.toks) && x.toks[g.end].Lower == "that" {
			return // "demanded that Israel agree …": coded with the clause
		}
	}
	if g.noun {
		x.codeNoun(g)
		return
	}
	if t := x.toks[g.head]; t.Tag == "VBN" && !g.passive && !g.finite && g.start == g.head && g.start > x.from &&
		(strings.HasPrefix(x.toks[g.start-1].Tag, "NN") || x.mentionEndingAt(g.start-1) != nil) && x.finiteVerbBefore(g) && !x.c.dict.Compat {
		// "people suspected of links", "a journalist detained last week":
		// a participle that describes a noun, not an act the sentence reports.
		return
	}
	if x.toks[g.head].Tag == "VBG" && g.start > x.from {
		switch x.toks[g.start-1].Lower {
		case "of", "for", "with", "over", "about", "against", "from":
			// "accused Y of attacking", "arrested for protesting": the
			// allegation or reason, not an act the sentence reports.
			return
		}
	}
	clauseEnd := x.clauseEnd(g)
	var best match
	found := false
	for _, lemma := range x.lemmasOf(g) {
		for _, p := range x.c.dict.Verbs.Patterns(lemma) {
			if p.Noun {
				continue
			}
			if mm, ok := x.matchPattern(p, g, x.from, clauseEnd); ok {
				if !found || p.Weight > best.p.Weight {
					best, found = mm, true
				}
				break
			}
		}
	}
	if !found || best.p.Code == "" {
		return
	}
	subj, l := x.subjectOf(g, 0)
	if l.via != nil && l.via.coded && l.frame == "" && !x.c.dict.Compat {
		// "marched to demand reforms", "signed a deal to build a road": the
		// purpose of an act already coded, not another event.
		return
	}
	if fg, fsubj := x.thatFrame(g, subj); fg != nil {
		if fg.frame == dict.FrameDeny {
			return // "denied that it had closed the border": no closing
		}
		// "X demanded that Y withdraw": X demands of Y.
		l = link{frame: fg.frame, target: subj, neg: fg.neg}
		subj = fsubj
	}
	if subj != nil && x.hypothetical(subj.start) {
		return // "whether China would defend …": not an event
	}
	code, back := splitPairCode(best.p.Code)
	modality := ""
	// meetingIntent: "X and Y agreed to resume talks" intend to meet each other.
	meetingIntent := false
	compat := x.c.dict.Compat
	// Negation: "did not sign" is no signing; a negated frame likewise.
	// PETRARCH dictionaries say negation through their patterns.
	if !compat && g.neg && strings.HasPrefix(code, "010") && l.frame == "" {
		code = "011" // "would not comment": declined to comment
	} else if !compat && (g.neg || l.neg && l.frame != dict.FrameRefuse) {
		return
	}
	frame := l.frame
	if compat {
		frame = ""
	}
	if !compat && frame == "" && (g.modal == "will" || g.modal == "would" || g.modal == "shall" || g.modal == "'ll" || l.modal == "will" || l.modal == "would") {
		frame = dict.FrameIntent
	}
	if !compat && (g.modal == "could" || g.modal == "may" || g.modal == "might") {
		return // speculation, not an event
	}
	if frame != "" {
		act := code
		code = reframe(frame, code)
		meetingIntent = frame == dict.FrameIntent && strings.HasPrefix(act, "04")
		if code == "" {
			return
		}
		modality = frame
	}
	var src, tgt *mention
	passive := g.passive && best.sFrom < 0
	if passive && x.c.dict.Compat && subj != nil && subj.end == g.start && x.byAgent(g.end, clauseEnd) == nil {
		// PETRARCH codes a passive with no "by" phrase like an active
		// verb: "X was criticized over its dispute with Y".
		passive = false
	}
	if passive {
		tgt = subj
		src = x.byAgent(g.end, clauseEnd)
	} else {
		src = subj
		if best.sFrom >= 0 {
			src = x.firstMention(best.sFrom, best.sTo, false)
		} else if best.srcBefore > 0 {
			src = x.subjectBefore(best.srcBefore)
		}
		if l.target != nil && (frame == dict.FrameAppeal || frame == dict.FrameDemand) {
			tgt = l.target
		} else if best.tFrom >= 0 {
			if best.tBefore {
				tgt = subj
			} else {
				tgt = x.firstMention(best.tFrom, best.tTo, true)
			}
		} else {
			tgt = x.objectOf(g.end, clauseEnd, true)
			if tgt != nil && tgt.locative && !allowsLocative(code) && !compat {
				tgt = nil
			}
		}
	}
	if src == nil {
		return
	}
	if tgt == nil && l.partner != nil && l.partner != src && (symmetric(code) || strings.HasPrefix(code, "03")) {
		tgt = l.partner
	}
	if tgt == nil && subj != nil {
		// "warned Belarus that it would impose sanctions", "told Kyiv that
		// it would send aid": the act is aimed at whom the speaker addressed.
		if addressee := x.addressee(subj); addressee != nil && addressee != src {
			tgt = addressee
		}
	}
	if tgt != nil && isReciprocal(x.toks, g.end, clauseEnd) && src.compound() {
		x.emitReciprocal(src, g, code, modality)
		return
	}
	exchange := firstLemma(g) == "exchange" || firstLemma(g) == "swap" || firstLemma(g) == "trade"
	if src.compound() && (tgt == nil || exchange) && (symmetric(code) && modality == "" || meetingIntent || exchange || isReciprocal(x.toks, g.end, clauseEnd)) {
		// "X and Y signed a protocol", "X and Y clashed": each with the other.
		x.emitReciprocal(src, g, code, modality)
		return
	}
	verb := x.span(g.head, max(g.end, g.head+1))
	for i, sc := range src.codes {
		ss := x.span(src.spans[i][0], src.spans[i][1])
		if tgt == nil {
			x.emit(sc, "", code, ss, nil, verb, src.text, "", modality)
			continue
		}
		for j, tc := range tgt.codes {
			ts := x.span(tgt.spans[j][0], tgt.spans[j][1])
			x.emit(sc, tc, code, ss, ts, verb, src.text, tgt.text, modality)
			if back != "" {
				// A PETRARCH "[032:033]" code: the target's act back.
				x.emit(tc, sc, back, ts, ss, verb, tgt.text, src.text, modality)
			}
		}
	}
}

// hypothetical reports whether the clause starting at token k is a
// condition or an open question: "if X attacks", "whether X would".
func (x *sentence) hypothetical(k int) bool {
	for j := k - 1; j >= x.from && j >= k-2; j-- {
		switch x.toks[j].Lower {
		case "whether", "if", "unless":
			return true
		}
		if !determiners[x.toks[j].Lower] {
			break
		}
	}
	return false
}

// addressee returns the object of the verb whose that-clause starts at the
// subject m ("warned Belarus that it …"), or nil.
func (x *sentence) addressee(m *mention) *mention {
	k := m.start - 1
	if k < x.from+1 || x.toks[k].Lower != "that" {
		return nil
	}
	o := x.mentionEndingAt(k - 1)
	if o == nil || o.locative || o.weak || o.prep != "" && o.prep != "," {
		return nil
	}
	// The mention must be the object of a verb right before it.
	if g := x.groupCovering(o.start - 1); g == nil || g.noun {
		return nil
	}
	return o
}

// thatFrame finds a demand or appeal verb whose that-clause holds g: "Egypt
// demanded that Israel agree to a ceasefire". It returns the frame verb and
// its subject.
func (x *sentence) thatFrame(g *vgroup, subj *mention) (*vgroup, *mention) {
	k := g.start - 1
	if subj != nil && subj.end <= g.start {
		k = subj.start - 1
	}
	if k < x.from+1 || x.toks[k].Lower != "that" {
		return nil, nil
	}
	fg := x.groupCovering(k - 1)
	if fg == nil || fg.noun || (fg.frame != dict.FrameDemand && fg.frame != dict.FrameAppeal && fg.frame != dict.FrameDeny) {
		return nil, nil
	}
	fs, _ := x.subjectOf(fg, 1)
	if fs == nil {
		return nil, nil
	}
	return fg, fs
}

// emitReciprocal codes "X and Y accused each other" both ways.
func (x *sentence) emitReciprocal(src *mention, g *vgroup, code, modality string) {
	verb := x.span(g.head, g.end)
	for i, a := range src.codes {
		for j, b := range src.codes {
			if i != j {
				x.emit(a, b, code, x.span(src.spans[i][0], src.spans[i][1]), x.span(src.spans[j][0], src.spans[j][1]), verb, src.text, src.text, modality)
			}
		}
	}
}

func isReciprocal(toks []nlp.Token, from, to int) bool {
	for k := from; k+1 < to && k+1 < len(toks); k++ {
		if toks[k].Lower == "each" && toks[k+1].Lower == "other" || toks[k].Lower == "one" && toks[k+1].Lower == "another" {
			return true
		}
	}
	return false
}

// allowsLocative reports whether a place after "in" may stand for the
// target when no actor is named: aid delivered in Libya, shelling in Batken.
func allowsLocative(code string) bool {
	switch code[:2] {
	case "07", "13", "15", "17", "18", "19", "20":
		return true
	}
	return false
}

// allowsWeak reports whether a bare adjective place ("Kyrgyz villages") may
// be the target: for force and coercion, where the target is often a place.
func allowsWeak(code string) bool {
	switch code[:2] {
	case "15", "17", "18", "19", "20", "13":
		return true
	}
	return false
}

func (x *sentence) hasInfinitiveAfter(g *vgroup) bool {
	for _, og := range x.groups {
		if og.noun || og.head <= g.head {
			continue
		}
		if og.head-g.end > 6 {
			return false
		}
		if x.connector(g, og) == "to" {
			return true
		}
	}
	return false
}

// objectOf finds the first actor after a verb in its clause.
func (x *sentence) objectOf(from, to int, weakOK bool) *mention {
	var fallback *mention
	for _, m := range x.ms {
		if m.start < from || m.start >= to {
			continue
		}
		if x.skip != nil && x.skip[m.start] {
			continue
		}
		if m.prep == "by" && !x.c.dict.Compat || m.prep == "according" {
			continue
		}
		if x.subjectOfClause(m) && !x.c.dict.Compat {
			// "said Tajik troops had burned…": the subject of a new clause.
			break
		}
		if x.verbBetween(from, m.start) && !x.c.dict.Compat {
			// "signed a protocol on pulling troops back": the object of
			// another verb.
			break
		}
		if ownAgent(x.toks, m) {
			continue // "pulled their troops back": the subject's own forces
		}
		if (m.locative || m.weak) && !x.c.dict.Compat {
			if weakOK && fallback == nil {
				fallback = m
			}
			continue
		}
		return m
	}
	return fallback
}

// finiteVerbBefore reports whether a finite verb comes before g in the
// sentence: in "police detained people suspected of links", "suspected"
// follows the object of "detained" and describes it.
func (x *sentence) finiteVerbBefore(g *vgroup) bool {
	for _, o := range x.groups {
		if o != g && !o.noun && o.finite && o.end <= g.start && (x.skip == nil || !x.skip[o.head]) {
			return true
		}
	}
	return false
}

// verbBetween reports whether a verb group starts in [from, to).
func (x *sentence) verbBetween(from, to int) bool {
	for _, g := range x.groups {
		if !g.noun && g.start >= from && g.start < to && (x.skip == nil || !x.skip[g.head]) {
			return true
		}
	}
	return false
}

// ownAgent reports whether a mention is an agent with no country of its own
// after a possessive pronoun: "their troops", "its forces".
func ownAgent(toks []nlp.Token, m *mention) bool {
	if m.start == 0 || len(m.codes) != 1 || !strings.HasPrefix(m.codes[0], "?") {
		return false
	}
	switch toks[m.start-1].Lower {
	case "their", "its", "his", "her", "our":
		return true
	}
	return false
}

// subjectOfClause reports whether a mention is directly followed by a finite
// verb, which makes it the subject of a clause of its own.
func (x *sentence) subjectOfClause(m *mention) bool {
	k := m.end
	for k < len(x.toks) && (x.toks[k].Tag == "RB" || x.toks[k].Lower == "," && false) {
		k++
	}
	if k >= len(x.toks) {
		return false
	}
	g := x.groupCovering(k)
	return g != nil && g.start == k && g.finite
}

// firstMention returns the first actor mention starting in [from, to) that
// a pattern's slot may take: not the subject of a clause of its own.
func (x *sentence) firstMention(from, to int, weakOK bool) *mention {
	for _, m := range x.ms {
		if m.start < from || m.start >= to {
			continue
		}
		if x.subjectOfClause(m) && !x.c.dict.Compat {
			return nil
		}
		if !m.weak || weakOK {
			return m
		}
	}
	return nil
}

// byAgent finds "by X" after a passive verb.
func (x *sentence) byAgent(from, to int) *mention {
	for _, m := range x.ms {
		if m.start >= from && m.start < to && m.prep == "by" && !m.weak {
			return m
		}
	}
	return nil
}

// codeNoun codes an event noun: "clashes between Kyrgyz and Tajik border
// guards", "Kyrgyz-Tajik talks", "Russia's attack on Ukraine", "protests in
// Almaty".
func (x *sentence) codeNoun(g *vgroup) {
	toks := x.toks
	var p *dict.Pattern
	for _, l := range g.lemmas {
		for _, cand := range x.c.dict.Verbs.Patterns(l) {
			if cand.Noun {
				if _, ok := x.matchPattern(cand, g, x.from, x.clauseEnd(g)); ok {
					p = cand
					break
				}
			}
		}
		if p != nil {
			break
		}
	}
	if p == nil || p.Code == "" {
		return
	}
	// A noun that is the object of a coded verb ("held talks") is coded there.
	if prev := x.prevGroup(g.start); prev != nil && !prev.noun && g.start-prev.end <= 3 && len(x.c.dict.Verbs.Patterns(firstLemma(prev))) > 0 {
		return
	}
	if g.start > 0 {
		if _, ok := frameWords[toks[g.start-1].Lower]; ok {
			return
		}
		switch toks[g.start-1].Lower {
		case "a", "an", "any", "another", "no", "possible", "potential", "future", "new":
			// "a war between X and Y would be a disaster": not a reported event.
			return
		}
	}
	verb := x.span(g.start, g.end)
	// "between X and Y", or a hyphenated pair "Kyrgyz-Tajik" before the noun.
	var pair *mention
	if g.end < len(toks) && (toks[g.end].Lower == "between" || toks[g.end].Lower == "among") {
		pair = x.mentionStartingAt(g.end + 1)
		if pair == nil && g.end+2 < len(toks) {
			pair = x.mentionStartingAt(g.end + 2)
		}
	}
	if pair == nil {
		for _, m := range x.ms {
			if m.end == g.start && m.compound() {
				pair = m
			}
		}
	}
	if pair != nil && pair.compound() {
		x.emitReciprocal(pair, g, p.Code, "")
		return
	}
	// "X's attack on Y", "an attack by X on Y".
	var src, tgt *mention
	for _, m := range x.ms {
		if m.end == g.start-1 && isPossessive(toks[m.end].Lower) || m.end == g.start && !m.weak && !m.locative {
			src = m
		}
	}
	end := x.clauseEnd(g)
	for _, m := range x.ms {
		if m.start < g.end || m.start >= end {
			continue
		}
		switch m.prep {
		case "by":
			if src == nil {
				src = m
			}
		case "on", "against", "with", "to", "at":
			if tgt == nil && !m.weak {
				tgt = m
			}
		}
	}
	// Protest and unrest with a place but no actor, when the noun is the
	// subject of a verb ("protests in Nukus turned violent"): the people of
	// that country.
	if src == nil && strings.HasPrefix(p.Code, "14") && x.nounIsSubject(g) {
		for _, m := range x.ms {
			if m.start >= g.end && m.start < end && (m.locative || m.weak) && len(m.codes[0]) >= 3 {
				src = &mention{start: m.start, end: m.end, codes: []string{m.codes[0][:3] + "CVL"}, spans: m.spans, text: m.text}
				break
			}
		}
		if src == nil {
			for _, m := range x.ms {
				if m.end == g.start && m.weak {
					src = &mention{start: m.start, end: m.end, codes: []string{m.codes[0][:3] + "CVL"}, spans: m.spans, text: m.text}
				}
			}
		}
	}
	if src == nil || tgt == nil && !strings.HasPrefix(p.Code, "14") {
		return
	}
	for i, sc := range src.codes {
		if tgt == nil {
			x.emit(sc, "", p.Code, x.span(src.spans[i][0], src.spans[i][1]), nil, verb, src.text, "", "")
			continue
		}
		for j, tc := range tgt.codes {
			x.emit(sc, tc, p.Code, x.span(src.spans[i][0], src.spans[i][1]), x.span(tgt.spans[j][0], tgt.spans[j][1]), verb, src.text, tgt.text, "")
		}
	}
}

// nounIsSubject reports whether an event noun, with its "in X" phrase, is
// followed by a finite verb.
func (x *sentence) nounIsSubject(g *vgroup) bool {
	k := g.end
	for _, m := range x.ms {
		if m.start == k+1 && m.locative {
			k = m.end
		}
	}
	if k >= len(x.toks) {
		return false
	}
	og := x.groupCovering(k)
	return og != nil && og.start == k && og.finite
}

func firstLemma(g *vgroup) string {
	if len(g.lemmas) == 0 {
		return ""
	}
	return g.lemmas[0]
}

// findAttribution finds "according to X" and notes X for the sentence.
func (x *sentence) findAttribution() {
	toks := x.toks
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].Lower == "according" && toks[k+1].Lower == "to" {
			for _, m := range x.ms {
				if m.start >= k+2 && m.start <= k+4 {
					x.attributor = m
					return
				}
			}
		}
	}
	// "as X claims", "as X notes": the speaker before a reporting word.
	for _, m := range x.ms {
		if m.start > 0 && toks[m.start-1].Lower == "as" && m.end < len(toks) {
			switch toks[m.end].Lower {
			case "claims", "claimed", "says", "said", "notes", "noted", "reports", "reported", "argues", "argued", "warns", "warned", "points", "pointed", "alleges", "alleged", "put", "puts":
				x.attributor = m
				return
			}
		}
	}
	// "X said" with an NGO or IGO speaker.
	for _, g := range x.groups {
		if g.noun {
			continue
		}
		for _, l := range g.lemmas {
			if speechLemmas[l] {
				if m, _ := x.subjectOf(g, 0); m != nil {
					x.attributor = m
					return
				}
				// "…, said Emomali Rahmon": the speaker after the verb.
				if m := x.mentionStartingAt(g.end); m != nil {
					x.attributor = m
					return
				}
			}
		}
	}
}

var abuseWords = map[string]string{
	"war crimes": "1124", "war crime": "1124", "crimes against humanity": "1124", "atrocities": "1124",
	"human rights": "1122", "abuses": "1122", "torture": "1122", "repression": "1122",
	"crackdown": "1122", "violations": "1122", "crimes": "1121", "corruption": "1121",
}

// accusations codes what a human-rights group or international body alleges:
// "According to Human Rights Watch, Tajik servicemen committed war crimes"
// is the group accusing the servicemen.
func (x *sentence) accusations() {
	a := x.attributor
	if a == nil || len(a.codes) == 0 {
		return
	}
	who := a.codes[0]
	if !(strings.HasPrefix(who, "NGO") || strings.HasPrefix(who, "IGO") || strings.Contains(who, "HRI")) {
		return
	}
	text := strings.ToLower(x.s.Text)
	code := ""
	for _, w := range []string{"war crimes", "war crime", "crimes against humanity", "atrocities", "human rights", "abuses", "torture", "repression", "crackdown", "violations", "crimes", "corruption"} {
		if strings.Contains(text, w) {
			code = abuseWords[w]
			break
		}
	}
	if code == "" {
		return
	}
	// The accused: the source of the conflict events coded here, else the
	// first other actor in the sentence.
	targets := map[string]*event.Span{}
	var order []string
	for _, ev := range x.events {
		if ev.Source != who && ev.Quad >= 3 {
			if _, ok := targets[ev.Source]; !ok {
				order = append(order, ev.Source)
				targets[ev.Source] = ev.Evidence.Source
			}
		}
	}
	if len(order) == 0 {
		for _, m := range x.ms {
			if m == a || m.locative {
				continue
			}
			for i, c := range m.codes {
				if c != who {
					order = append(order, c)
					targets[c] = x.span(m.spans[i][0], m.spans[i][1])
				}
			}
			if len(order) > 0 {
				break
			}
		}
	}
	aSpan := x.span(a.spans[0][0], a.spans[0][1])
	if len(order) == 0 {
		x.emit(who, "", code, aSpan, nil, nil, a.text, "", "")
		return
	}
	for _, t := range order {
		x.emit(who, t, code, aSpan, targets[t], nil, a.text, "", "")
	}
}

// symmetric reports whether an event between a compound subject and no
// object is one each does with the other: meeting, talks, signing,
// cooperation, a ceasefire, fighting.
func symmetric(code string) bool {
	switch {
	case strings.HasPrefix(code, "04"), strings.HasPrefix(code, "057"), strings.HasPrefix(code, "06"),
		strings.HasPrefix(code, "0871"), strings.HasPrefix(code, "19"), code == "145":
		return true
	}
	return false
}
