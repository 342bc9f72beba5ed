package coder

import (
	"strings"

	"github.com/accord-hub/accord/internal/nlp"
)

// relativeSubjectBefore returns last when token k lies in a relative
// clause ", who …" hung on it, with no clause break between: "received
// the Uzbek minister, who invited him", "Raisi, who congratulated him on
// his election and invited him". The pronoun is then someone else.
func (x *sentence) relativeSubjectBefore(last *mention, k int) *mention {
	if x.c.dict.Compat || last.end+2 >= k || x.toks[last.end].Lower != "," || x.toks[last.end+1].Lower != "who" {
		return nil
	}
	for j := last.end + 2; j < k; j++ {
		switch x.toks[j].Lower {
		case ",", ";", ":", "that", "which", "who", "whom", "while", "after", "before", "as", "but", "when", "said", "says":
			return nil
		}
	}
	return last
}

// sameSkip reports whether verb groups a and b lie in one skipped ", who
// …" clause: "Raisi, who congratulated him and invited him to visit
// Tehran" has one subject for both verbs.
func (x *sentence) sameSkip(a, b *vgroup) bool {
	if x.c.dict.Compat || x.skip == nil || a.head >= b.head {
		return false
	}
	for k := a.head; k <= b.head; k++ {
		if !x.skip[k] {
			return false
		}
	}
	return true
}

// joinAcrossRelative makes one compound subject of two actors that a
// ", who …," clause parts: "Vladimir Putin, who arrived in Astana on
// Wednesday, and Kassym-Jomart Tokayev signed a declaration" is signed by
// both. The second mention takes both codes; the first stays for the
// clause's own verbs.
func (x *sentence) joinAcrossRelative() {
	if x.c.dict.Compat || x.skip == nil {
		return
	}
	toks := x.toks
	for i, n := range x.ms {
		if n.weak || n.locative || n.pronoun || n.compound() {
			continue
		}
		k := n.start - 1
		for k > x.from && (determiners[toks[k].Lower] || toks[k].Tag == "PRP$") {
			k--
		}
		if k < x.from+4 || toks[k].Lower != "and" || toks[k-1].Lower != "," || !x.skip[k-2] {
			continue
		}
		r := k - 2
		for r > x.from && x.skip[r-1] {
			r--
		}
		if w := toks[r].Lower; r < x.from+2 || toks[r-1].Lower != "," || w != "who" && w != "whose" {
			continue
		}
		m := x.mentionEndingAt(r - 2)
		if m == nil || m.weak || m.locative || m.pronoun || subjectPreps[m.prep] || len(x.groupsBetween(x.from-1, m.start)) > 0 {
			continue
		}
		v := afterAdverbs(toks, n.end)
		if v+1 < len(toks) && toks[v].Lower == "," && x.skip[v+1] {
			// "…, and Tokayev, who hosted the talks, signed"
			e := v + 1
			for e < len(toks) && x.skip[e] {
				e++
			}
			if e < len(toks) && toks[e].Lower == "," {
				v = afterAdverbs(toks, e+1)
			}
		}
		if v >= len(toks) || toks[v].Tag != "VBD" && toks[v].Tag != "VBZ" && toks[v].Tag != "VBP" && toks[v].Tag != "MD" {
			continue
		}
		dup := false
		for _, c := range m.codes {
			dup = dup || c == n.codes[0]
		}
		if dup {
			continue
		}
		joined := *n
		joined.codes = append(append([]string{}, m.codes...), n.codes...)
		joined.spans = append(append([][2]int{}, m.spans...), n.spans...)
		joined.plural, joined.person = true, m.person && n.person
		x.ms[i] = &joined
	}
}

// meetWords are the words of meeting and calling after which "they", "the
// two" and "the sides" are the two who met: "Tokayev held talks with
// Mirziyoyev, and the two agreed …".
var meetWords = map[string]bool{
	"met": true, "meets": true, "meeting": true, "talks": true, "hosted": true, "hosts": true,
	"received": true, "receives": true, "welcomed": true, "spoke": true, "telephoned": true,
	"phoned": true, "conversation": true, "call": true,
}

// restateWords after "They" opening a sentence restate the meeting before
// it ("They discussed trade"), which is no new event.
var restateWords = map[string]bool{
	"discussed": true, "exchanged": true, "talked": true, "reviewed": true, "considered": true,
	"focused": true, "touched": true, "spoke": true,
}

// pairRef returns the end of a reference to the two who met at token k
// ("they", "the two", "the two leaders", "both sides", "the sides") and
// those two, when it opens the sentence after one whose event was a
// meeting, or follows "and" after a meeting in the same sentence.
func (x *sentence) pairRef(k int) (int, *mention) {
	if x.c.dict.Compat {
		return 0, nil
	}
	toks := x.toks
	end := 0
	switch w := toks[k].Lower; {
	case w == "they" && toks[k].Tag == "PRP":
		end = k + 1
	case (w == "the" || w == "both") && k+1 < len(toks):
		n := k + 1
		if w == "the" && toks[n].Lower == "two" {
			n++
		} else if w == "the" && toks[n].Lower != "sides" && toks[n].Lower != "parties" {
			return 0, nil
		}
		switch {
		case n < len(toks) && groupWords[toks[n].Lower]:
			end = n + 1
		case w == "the" && n == k+2:
			end = n // "the two agreed"
		default:
			return 0, nil
		}
	default:
		return 0, nil
	}
	if end < len(toks) && (toks[end].Lower == "of" || isPossessive(toks[end].Lower) || strings.HasPrefix(toks[end].Tag, "NN")) {
		return 0, nil // "the two sides of the border", "their", "the two countries' leaders"
	}
	for _, m := range x.ms {
		if m.start < k && m.end > k || m.start >= x.from && m.end <= k && m.plural && !m.weak && !m.pronoun {
			return 0, nil // inside a mention, or a plural actor named before it
		}
	}
	if k == x.from || x.openingPhraseBefore(k) {
		if len(x.st.met) != 2 || end < len(toks) && restateWords[toks[end].Lower] {
			return 0, nil
		}
		return end, &mention{codes: x.st.met, spans: [][2]int{{0, 0}, {0, 0}}, plural: true}
	}
	if k < x.from+3 || toks[k-1].Lower != "and" {
		return 0, nil
	}
	if p := x.meetingBefore(k - 1); p != nil {
		return end, p
	}
	return 0, nil
}

// meetingBefore returns the two parties of a meeting or call before token
// k: the subject before the meeting word and the first actor of another
// country after it.
func (x *sentence) meetingBefore(k int) *mention {
	t := -1
	for j := x.from; j < k; j++ {
		if meetWords[x.toks[j].Lower] && !x.inMention(j) {
			t = j
			break
		}
	}
	if t < 0 {
		return nil
	}
	var subj, obj *mention
	for i, m := range x.ms {
		if m.weak || m.locative || m.compound() || m.end > k || len(m.codes[0]) < 3 || m.codes[0][0] == '?' {
			continue
		}
		if m.end <= t {
			if subj == nil && (!subjectPreps[m.prep] || m.prep == "of" && x.officeOf(m)) {
				subj = m
			}
			continue
		}
		if subj == nil || m.codes[0][:3] == subj.codes[0][:3] {
			continue
		}
		obj = m
		// "a delegation of the Turkish Grand National Assembly": the
		// head right after it says more.
		if i+1 < len(x.ms) {
			if n := x.ms[i+1]; n.start == m.end && n.end <= k && !n.weak && !n.locative && !n.compound() && strings.HasPrefix(n.codes[0], m.codes[0][:3]) {
				obj = n
			}
		}
		break
	}
	if subj == nil || obj == nil {
		return nil
	}
	return &mention{codes: []string{subj.codes[0], obj.codes[0]}, spans: [][2]int{subj.spans[0], obj.spans[0]}, plural: true}
}

// rememberMeeting keeps the two countries of this sentence's meeting or
// call (its 04 events), for "They agreed …" opening the next sentence; a
// sentence with other events forgets them.
func (x *sentence) rememberMeeting() {
	if x.c.dict.Compat {
		return
	}
	if len(x.events) == 0 {
		for _, m := range x.ms {
			if m.plural && !m.weak && !m.locative && !m.pronoun {
				x.st.met = nil // "Protesters gathered outside." : "they" may be them
			}
		}
		return
	}
	var pair []string
	for _, ev := range x.events {
		if !strings.HasPrefix(ev.Code, "04") || len(ev.Source) < 3 || len(ev.Target) < 3 || ev.Source[:3] == ev.Target[:3] {
			continue
		}
		for _, c := range []string{ev.Source, ev.Target} {
			found := false
			for i, p := range pair {
				if p[:3] == c[:3] {
					found = true
					if len(c) > len(p) {
						pair[i] = c
					}
				}
			}
			if !found {
				pair = append(pair, c)
			}
		}
	}
	if len(pair) != 2 {
		pair = nil
	}
	x.st.met = pair
}

// pairedOwn reports whether "and his" parts a pronoun from the mention
// after it: "He and his Turkmen counterpart discussed gas".
func pairedOwn(toks []nlp.Token, m, n *mention) bool {
	return m.pronoun && n.start == m.end+2 && (toks[m.end+1].Lower == "his" || toks[m.end+1].Lower == "her")
}

// talkTopic reports whether the target of a compound subject's talks is
// only in their topic, after a preposition: "Tokayev and Mirziyoyev
// discussed gas transit to China" talked with each other.
func (x *sentence) talkTopic(g *vgroup, src, tgt *mention, code, modality string) bool {
	if !src.compound() || !strings.HasPrefix(code, "04") || modality != "" || !talkLemmas[firstLemma(g)] {
		return false
	}
	if firstLemma(g) == "discuss" && !tgt.person && !tgt.compound() && tgt.start >= g.end && prepBefore(x.toks, tgt.start) == x.toks[g.end-1].Lower {
		return true // "the envoys of the US and Russia discussed Syria": the topic
	}
	if !subjectPreps[tgt.prep] || tgt.start <= g.end+1 {
		return false
	}
	k := tgt.start - 1
	for k > g.end && x.toks[k].Lower != tgt.prep {
		k--
	}
	// The preposition hangs on a noun of the topic: "gas transit to",
	// "relations with"; not "discussed with China".
	return k > g.end && strings.HasPrefix(x.toks[k-1].Tag, "NN")
}

// alongPreps put a weak demonym in the place of a compound's joint act, not
// its target: "along the Afghan border", "on the Tajik side".
var alongPreps = map[string]bool{"along": true, "on": true, "at": true, "near": true, "across": true, "in": true}

// introPrepositions open a phrase put before the subject.
var introPrepositions = map[string]bool{"in": true, "during": true, "after": true, "following": true, "at": true, "amid": true}

// introPhrase reports whether m ends a prepositional phrase that opens the
// sentence and its comma: "In a phone call initiated by the Russian side,
// Putin and Japarov exchanged views" — the side is no third party.
func introPhrase(toks []nlp.Token, m *mention) bool {
	if m.end >= len(toks) || toks[m.end].Text != "," || m.start < 2 {
		return false
	}
	for k := m.start - 1; k >= 0; k-- {
		t := toks[k]
		switch t.Text {
		case ",", ";", ":":
			return false
		case "-", "—", "–", "--", ")":
			return k+1 < m.start && introPrepositions[toks[k+1].Lower]
		}
		if t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD" {
			return false
		}
		if k == 0 {
			return introPrepositions[t.Lower]
		}
	}
	return false
}

// betweenThemselves reports whether tokens [from, to) say a compound's act
// lies between its own members: "pledged to remove trade barriers between
// their countries", "between the two nations", "between them".
func (x *sentence) betweenThemselves(from, to int) bool {
	for k := from; k+1 < to && k+1 < len(x.toks); k++ {
		if x.toks[k].Lower != "between" {
			continue
		}
		n := k + 1
		if w := x.toks[n].Lower; w == "them" || w == "themselves" {
			return true
		}
		if w := x.toks[n].Lower; w == "their" || w == "the" && n+1 < len(x.toks) && x.toks[n+1].Lower == "two" {
			n++
			if w == "the" {
				n++
			}
			return n < len(x.toks) && groupWords[x.toks[n].Lower]
		}
	}
	return false
}

// absorbAgentTail joins a bare agent noun to the compound of demonyms
// right before it that already took its agent from a head before them:
// "Representatives of the Kyrgyz and Tajik governments" is one compound,
// the governments no third actor of unknown country.
func absorbAgentTail(toks []nlp.Token, ms []*mention) []*mention {
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if i+1 < len(ms) {
			n := ms[i+1]
			last := toks[max(m.end-1, 0)]
			if m.compound() && !m.weak && n.start == m.end && len(n.codes) == 1 && isAgentOnly(n.codes[0]) && n.end-n.start == 1 &&
				isCapitalised(last.Text) && (last.Tag == "JJ" || last.Tag == "NNP") && strings.HasPrefix(toks[n.start].Tag, "NNS") {
				j := *m
				j.end = n.end
				out = append(out, &j)
				i++
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// openingPhraseBefore reports whether the tokens before k are a phrase
// that opens the sentence and ends with a comma, with no actor or finite
// verb in it: "During the talks, they agreed …".
func (x *sentence) openingPhraseBefore(k int) bool {
	if k < x.from+3 || x.toks[k-1].Lower != "," || !introPrepositions[x.toks[x.from].Lower] && x.toks[x.from].Lower != "on" {
		return false
	}
	for j := x.from; j < k-1; j++ {
		if x.toks[j].Lower == "," || finiteTag(x.toks[j].Tag) || x.inMention(j) {
			return false
		}
	}
	return true
}

func finiteTag(t string) bool { return t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" }

// recodeAfter codes again the verb groups after cg that gave no event:
// "called Japarov to congratulate him and invited him to visit Moscow" —
// the invitation was taken for a second appeal to the same man while the
// congratulation still counted as one.
func (x *sentence) recodeAfter(cg *vgroup) {
	for _, g := range x.groups {
		if g.start <= cg.end || g.coded || g.noun {
			continue
		}
		before := len(x.events)
		x.codeGroup(g)
		if len(x.events) > before {
			g.coded = true
			g.evFrom, g.evTo = before, len(x.events)
		}
	}
}

// retagSpoke makes "spoke" a verb where the tagger took it for the noun
// before "by telephone", "with", "to": "Kuleba, who has criticised …,
// spoke by telephone with his Kazakh counterpart".
func retagSpoke(toks []nlp.Token) {
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].Lower != "spoke" || !strings.HasPrefix(toks[k].Tag, "NN") {
			continue
		}
		switch toks[k+1].Lower {
		case "by", "with", "to", "on", "over", "via":
			if p := toks[k-1].Tag; p != "DT" && p != "JJ" && p != "PRP$" {
				toks[k].Tag = "VBD"
			}
		}
	}
}

// retagAndVerb makes a past form after "and" a verb where the tagger took
// it for an adjective before a name, once a past-tense verb came before:
// "said Afghanistan should not be left alone and invited/JJ Taliban
// officials to a forum".
func retagAndVerb(toks []nlp.Token) {
	past := false
	for k := 1; k+1 < len(toks); k++ {
		t := &toks[k]
		if t.Tag == "VBD" {
			past = true
			continue
		}
		if !past || t.Tag != "JJ" || !strings.HasSuffix(t.Lower, "ed") || toks[k-1].Lower != "and" || toks[k+1].Tag != "NNP" {
			continue
		}
		if k >= 2 && strings.HasPrefix(toks[k-2].Tag, "JJ") {
			continue // "peaceful and organised Tajik protests"
		}
		t.Tag = "VBD"
	}
}
