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
	var dropLed []int        // "Russian-led" in "the Russian-led bloc"
	inMention := x.covered() // the loop adds to added, not to x.ms
	for k := x.from; k < len(toks); k++ {
		if inMention[k] {
			continue
		}
		w := toks[k].Lower
		if !refWord(w) {
			continue // s8: every case below needs one of these words
		}
		if end, ref := x.pairRef(k); ref != nil {
			// "…met Y. They agreed": the two who met.
			added = append(added, x.refTo(k, end, ref.codes, false, true))
			k = end - 1
			continue
		}
		switch {
		case (w == "both" || w == "the" && k+1 < len(toks) && isCountWord(&toks[k+1])) && k+1 < len(toks):
			n := k + 1
			if w == "the" {
				n = k + 2
			}
			want := 2
			if w == "the" {
				want = countWords[toks[k+1].Lower]
			}
			if n < len(toks) && groupWords[toks[n].Lower] && want > 2 {
				// "the three countries": the last compound of three.
				if ref := x.lastWhere(k, func(m *mention) bool { return len(m.codes) == want }); ref != nil {
					added = append(added, x.refTo(k, n+1, ref.codes, false, true))
					k = n
				}
			} else if n < len(toks) && groupWords[toks[n].Lower] {
				if ref := x.lastCompound(k); ref != nil || x.lastPair(k) != nil {
					if ref == nil {
						ref = x.lastPair(k)
					}
					added = append(added, x.refTo(k, n+1, ref.codes, false, true))
					k = n
				}
			} else if x.bareTwo(k, n) {
				// "… met the director of the FSB, and the two agreed": the pair.
				if ref := x.lastCompound(k); ref != nil || x.lastPair(k) != nil {
					if ref == nil {
						ref = x.lastPair(k)
					}
					added = append(added, x.refTo(k, n, ref.codes, false, true))
					k = n - 1
				}
			}
		case w == "the" && k == x.from && k+1 < len(toks) && (toks[k+1].Lower == "sides" || toks[k+1].Lower == "parties" || x.pairNounAlone(k+1)) && !x.c.dict.Compat:
			// "The sides discussed …" opening a sentence: the two who met
			// in the sentences before.
			if ref := x.lastPair(k); ref != nil {
				added = append(added, x.refTo(k, k+2, ref.codes, false, true))
				k++
			}
		case toks[k].Tag == "PRP" && (w == "he" || w == "she") && k == x.from && x.st.subject != nil && !x.c.dict.Compat &&
			(x.st.subject.person || !x.st.subject.plural && len(x.st.subject.codes) == 1 && strings.Contains(x.st.subject.codes[0][min(3, len(x.st.subject.codes[0])):], "GOV")):
			// "He urged …" opening a sentence: the last sentence's subject.
			ref := x.st.subject
			added = append(added, x.refTo(k, k+1, ref.codes[:1], true, false))
		case toks[k].Tag == "PRP" && (w == "he" || w == "she") && !x.c.dict.Compat:
			// PETRARCH leaves "he" and "she" uncoded.
			// A named person first; else an official ("the president").
			ref := x.lastWhere(k, func(m *mention) bool { return m.person && !m.pronoun })
			if ref == nil {
				ref = x.lastWhere(k, func(m *mention) bool {
					return !m.plural && !m.capital && len(m.codes) == 1 && !subjectPreps[m.prep] && strings.Contains(m.codes[0][min(3, len(m.codes[0])):], "GOV")
				})
			}
			if ref != nil {
				added = append(added, x.refTo(k, k+1, ref.codes[:1], true, false))
			}
		case w == "it" && k == x.from && k+1 < len(toks) && (auxForms[toks[k+1].Lower] || toks[k+1].Lower == "seems" || toks[k+1].Lower == "appears"):
			// "It is necessary to …": no one.
		case w == "it" && k > x.from && toks[k-1].Lower == "," && k+1 < len(toks) && (toks[k+1].Lower == "seems" || toks[k+1].Lower == "appears"):
			// "…, it seems, …": an aside.
		case toks[k].Tag == "PRP" && w == "it" && k+1 < len(toks) && strings.HasPrefix(toks[k+1].Tag, "VB") || toks[k].Tag == "PRP" && w == "it" && k+2 < len(toks) && toks[k+1].Tag == "MD":
			// "Iran said it would free the crew": it is the country or body named before.
			ref := x.openingIt(k)
			if ref == nil {
				ref = x.speakerBefore(k)
			}
			if ref == nil {
				ref = x.subjectWhere(k, func(m *mention) bool { return !m.person && !m.plural && len(m.codes) == 1 })
			}
			if ref != nil {
				added = append(added, x.refTo(k, k+1, ref.codes[:1], false, false))
			}
		case w == "the" && k+2 < len(toks) && !x.c.dict.Compat && ledBloc(toks, k+1):
			// "accusing the Russian-led bloc of failing to defend Armenia":
			// the organisation named before, not Russia.
			if ref := x.lastBloc(k); ref != nil {
				added = append(added, x.refTo(k, k+3, ref.codes[:1], false, false))
				dropLed = append(dropLed, k+1)
				k += 2
			}
		case w == "the" && k+1 < len(toks) && !x.c.dict.Compat && isBlocOrCountryWord(&toks[k+1]) &&
			(k+2 >= len(toks) || !strings.HasPrefix(toks[k+2].Tag, "NN") && toks[k+2].Lower != "of" && (!isPossessive(toks[k+2].Lower) || x.possessedThing(k+3))):
			// "the bloc" is the organisation named before, "the country" the
			// country.
			bloc := blocWords[toks[k+1].Lower]
			if ref := x.lastWhere(k, func(m *mention) bool {
				if m.weak || m.compound() || len(m.codes[0]) < 3 || m.codes[0][0] == '?' {
					return false
				}
				igo := strings.HasPrefix(m.codes[0], "IGO")
				return bloc == igo && (bloc || !strings.HasPrefix(m.codes[0], "NGO"))
			}); ref != nil {
				code := ref.codes[0]
				if !bloc {
					code = code[:3]
				}
				added = append(added, x.refTo(k, k+2, []string{code}, false, false))
				k++
			}
		case w == "the" && x.answeredMaker(k) != nil:
			// "The Kremlin rejected the accusation": the accuser of the
			// sentence before.
			added = append(added, x.refTo(k, k+2, x.answeredMaker(k), false, false))
			k++
		case w == "the" && k+1 < len(toks) && isReportNoun(&toks[k+1]) && x.st.speaker != nil && !x.c.dict.Compat &&
			(k+2 >= len(toks) || toks[k+2].Lower != "of" && toks[k+2].Lower != "by" && toks[k+2].Lower != "from"):
			// "The Tajik government dismissed the report": the report of
			// whoever was last reported speaking.
			sp := x.st.speaker
			added = append(added, x.refTo(k, k+2, sp.codes[:1], false, false))
			k++
		case (w == "his" || w == "her" || w == "its" || w == "their") && k+1 < len(toks) && !x.c.dict.Compat && (toks[k+1].Lower == "country" || toks[k+1].Lower == "nation") &&
			(k+2 >= len(toks) || !strings.HasPrefix(toks[k+2].Tag, "NN") && toks[k+2].Lower != "of" && !isPossessive(toks[k+2].Lower)):
			// "the minister said his country would …": the country of the
			// one named before.
			if ref := x.lastWhere(k, func(m *mention) bool {
				return !m.weak && !m.locative && !m.compound() && len(m.codes[0]) >= 3 && m.codes[0][0] != '?' && !isAgentOnly(m.codes[0]) &&
					!strings.HasPrefix(m.codes[0], "IGO") && !strings.HasPrefix(m.codes[0], "NGO") && !strings.HasPrefix(m.codes[0], "IMG") && !strings.HasPrefix(m.codes[0], "MNC")
			}); ref != nil {
				added = append(added, x.refTo(k, k+2, []string{ref.codes[0][:3]}, false, false))
				k++
			}
		case (w == "its" || w == "their") && k+1 < len(toks) && !x.c.dict.Compat && memberNouns[toks[k+1].Lower] &&
			(k+2 >= len(toks) || toks[k+2].Lower != "of" && !strings.HasPrefix(toks[k+2].Tag, "NN")):
			// "the CSTO said its members would send troops": the bloc.
			if ref := x.lastWhere(k, func(m *mention) bool {
				return !m.weak && !m.compound() && strings.HasPrefix(m.codes[0], "IGO")
			}); ref != nil {
				added = append(added, x.refTo(k, k+2, ref.codes[:1], false, true))
				k++
			}
		case (w == "we" || w == "our") && !x.c.dict.Compat:
			// "\"We condemn the attack,\" the ministry said": the speaker.
			if sp := x.quoteSpeaker(k); sp != nil {
				added = append(added, x.refTo(k, k+1, sp.codes[:1], false, false))
			}
		case w == "it" && !x.c.dict.Compat && k >= x.from+2 && toks[k-1].Tag == "VBG" && toks[k-2].Lower == ",":
			// "imposed sanctions on Kyrgyzstan's Keremet Bank, accusing it
			// of …": what the main verb acted on, not its subject.
			var subj *mention
			for _, m := range x.ms {
				if m.start >= x.from && m.start < k && !m.weak && !m.locative {
					if !subjectPreps[m.prep] {
						subj = m
					}
					break
				}
			}
			if ref := x.lastWhere(k, func(m *mention) bool {
				return m != subj && !m.weak && !m.locative && !m.person && !m.plural && len(m.codes) == 1 &&
					!(subj != nil && len(subj.codes) > 0 && m.codes[0] == subj.codes[0])
			}); ref != nil && subj != nil {
				added = append(added, x.refTo(k, k+1, ref.codes[:1], false, false))
			}
		case w == "it" && !x.c.dict.Compat && x.objectIt(k):
			// "thanked Kazakhstan and asked it to join": the country named
			// before, not the verb's own subject.
			if ref := x.objectItRef(k); ref != nil {
				added = append(added, x.refTo(k, k+1, ref.codes[:1], false, false))
			}
		case toks[k].Tag == "PRP" && (w == "him" || w == "her" || w == "them") && !x.c.dict.Compat:
			// "Tokayev greeted him": the person named before, not the
			// verb's own subject.
			subj := x.verbSubjectBefore(k)
			if subj == nil && k >= x.from+2 && toks[k-1].Tag == "VBG" && toks[k-2].Lower == "," {
				// "police detained …, accusing them of": the participle's
				// subject is the sentence's.
				for _, m := range x.ms {
					if m.start >= x.from && m.start < k && !m.weak && !m.locative {
						if !subjectPreps[m.prep] {
							subj = m
						}
						break
					}
				}
			}
			plural := w == "them"
			notSubj := func(m *mention) bool {
				return m != subj && !m.weak && !(subj != nil && len(m.codes) > 0 && len(subj.codes) > 0 && m.codes[0] == subj.codes[0] &&
					!(x.personHead(m) && !x.personHead(subj))) // "a court sentenced the lawyer": JUD both
			}
			ref := x.lastWhere(k, func(m *mention) bool {
				if !notSubj(m) {
					return false
				}
				if plural {
					return m.plural
				}
				return m.person || !m.plural && !m.capital && len(m.codes) == 1 && (strings.Contains(m.codes[0][min(3, len(m.codes[0])):], "GOV") || personAgentCode(m.codes[0]) || x.personHead(m))
			})
			if ref == nil && plural && subj != nil {
				// "detained employees of Temirov Live, accusing them": the
				// organisation whose people they are.
				ref = x.lastWhere(k, func(m *mention) bool {
					return notSubj(m) && !m.locative && !m.person && !m.pronoun && len(m.codes) == 1 && subj.end <= m.start
				})
			}
			if ref != nil {
				n := len(ref.codes)
				if !plural {
					n = 1
				}
				codes := ref.codes[:n]
				if subj != nil && len(subj.codes) > 0 && n == 1 && codes[0] == subj.codes[0] && isAgentOnly(codes[0]) {
					// "a court later sentenced him", him a lawyer: a private
					// person, not the subject's own kind.
					codes = []string{"CVL"}
				}
				added = append(added, x.refTo(k, k+1, codes, !plural, plural))
			}
		case (w == "his" || w == "her" || w == "their") && k+1 < len(toks) && ownedNouns[toks[k+1].Lower] && !x.c.dict.Compat:
			// "detained the journalist and searched his home": the home's
			// owner is the one named before, not the searcher.
			subj := x.verbSubjectBefore(k)
			plural := w == "their"
			if ref := x.lastWhere(k, func(m *mention) bool {
				if m == subj || m.weak || m.pronoun || len(m.codes) == 0 {
					return false
				}
				return m.plural == plural || m.person && !plural
			}); ref != nil {
				n := len(ref.codes)
				if !plural {
					n = 1
				}
				added = append(added, x.refTo(k, k+2, ref.codes[:n], !plural, plural))
				k++
			}
		case (w == "its" || w == "their") && !x.c.dict.Compat && x.ownForcesOfSpeaker(k):
			// "Pakistan said its troops had attacked": the speaker's troops.
		case toks[k].Tag == "PRP" && w == "they" && !x.c.dict.Compat && x.saidBy(k) != nil:
			// "The Taliban said they had captured 25 posts".
			added = append(added, x.refTo(k, k+1, x.saidBy(k).codes[:1], false, true))
		case toks[k].Tag == "PRP" && w == "they" && !x.c.dict.Compat && x.toldPressBy(k) != nil:
			// "Residents told reporters they would not rebuild": the tellers.
			added = append(added, x.refTo(k, k+1, x.toldPressBy(k).codes, false, true))
		case toks[k].Tag == "PRP" && w == "they":
			if ref := x.lastWhere(k, func(m *mention) bool { return m.plural || !x.c.dict.Compat && pluralName(m) }); ref != nil {
				added = append(added, x.refTo(k, k+1, ref.codes, false, true))
			} else if pair := x.openingTheyPair(k); pair != nil {
				added = append(added, x.refTo(k, k+1, pair, false, true)) // "X met Y. They signed …"
			}
		}
	}
	if len(added) == 0 {
		return
	}
	if len(dropLed) > 0 {
		x.ms = dropStartingAt(x.ms, dropLed)
	}
	x.ms = append(x.ms, added...)
	sortMentions(x.ms)
	for _, m := range added {
		m.prep = prepBefore(toks, m.start)
		m.locative = locatives[m.prep]
	}
	if !x.c.dict.Compat {
		x.joinPronounPairs()
	}
}

// joinPronounPairs makes "he and Japarov", "Rahmon and he" one compound
// actor, as coordinate does for named ones.
func (x *sentence) joinPronounPairs() {
	toks := x.toks
	out := x.ms[:0]
	for i := 0; i < len(x.ms); i++ {
		m := x.ms[i]
		if i+1 < len(x.ms) {
			n := x.ms[i+1]
			if (m.pronoun || n.pronoun) && (n.start == m.end+1 || pairedOwn(toks, m, n)) && toks[m.end].Lower == "and" &&
				!m.weak && !n.weak && !m.locative && !n.locative && m.codes[0] != n.codes[0] {
				joined := &mention{start: m.start, end: n.end, plural: true, prep: m.prep, text: joinText(toks[m.start:n.end])}
				joined.codes = append(append([]string{}, m.codes...), n.codes...)
				joined.spans = append(append([][2]int{}, m.spans...), n.spans...)
				out = append(out, joined)
				i++
				continue
			}
		}
		out = append(out, m)
	}
	x.ms = out
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
	for i := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(toks[i].Text)
	}
	return b.String()
}

// covered marks the tokens inside a mention: inMention for every token at
// once, for loops over the sentence that do not change the mentions.
func (x *sentence) covered() []bool {
	c := make([]bool, len(x.toks))
	for _, m := range x.ms {
		for k := max(m.start, 0); k < m.end && k < len(c); k++ {
			c[k] = true
		}
	}
	return c
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
		if subjectPreps[m.prep] && m.prep != "with" && m.prep != "to" && !(m.prep == "of" && m.person) && !x.c.dict.Compat {
			return // "ahead of a summit of the CIS": not one of the two
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
	if m := x.lastWhere(k, func(m *mention) bool { return m.compound() && !m.weak }); m != nil {
		return m
	}
	if x.c.dict.Compat {
		return nil
	}
	// "the fighting on the Kyrgyz-Tajik border … called on both sides".
	for i := len(x.ms) - 1; i >= 0; i-- {
		if m := x.ms[i]; m.end <= k && m.compound() && m.weak {
			return m
		}
	}
	return nil
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
	// The place: a country or town after "in", "at", "near" first ("outside
	// the Chinese embassy in Bishkek" is in Kyrgyzstan), else a country
	// adjective ("Kyrgyz villages").
	local, localFrom := x.agentPlace() // and the place mention it was taken from
	for pass := 0; pass < 2 && local == ""; pass++ {
		for _, m := range x.ms {
			if len(m.codes) != 1 || len(m.codes[0]) < 3 || isAgentOnly(m.codes[0]) || m.codes[0][0] == '?' {
				continue
			}
			if !x.c.dict.Compat && missionNouns[toks[m.end-1].Lower] {
				continue // "outside the Russian embassy": in the host country
			}
			if !x.c.dict.Compat && m.adj && m.weak && m.end < len(toks) && (wareNouns[toks[m.end].Lower] || conductNouns[toks[m.end].Lower]) {
				// "let Chinese goods through": made there, not here;
				// "rejected Tajik claims": the state's conduct, not its people.
				continue
			}
			if pass == 0 && m.locative && (len(m.codes[0]) == 3 || m.place || !x.c.dict.Compat && (x.locatedCapital(m) || m.prep == "in" && !m.person && isCapitalised(toks[m.start].Text))) || pass == 1 && (m.locative || m.weak) {
				local, localFrom = m.codes[0][:3], m
				break
			}
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
		if owner := x.speaksFor(m); owner != "" {
			// "a spokesman for the Kyrgyz Foreign Ministry": its country.
			if len(owner) > 3 {
				m.codes[0] = owner
			} else {
				m.codes[0] = owner + m.codes[0]
			}
			continue
		}
		if c := x.definiteAntecedent(m); c != "" {
			m.codes[0] = c // "accused Centerra … demanded that the company pay"
			continue
		}
		if owner := x.missionOwner(m); owner != "" {
			// "Ecuadorian police stormed its embassy": Mexico's.
			m.codes[0] = owner + m.codes[0]
			continue
		}
		if cs := x.ofPlaces(m); len(cs) > 0 {
			// "the governors of Batken and Fergana": each of his own place
			agent := m.codes[0]
			m.codes, m.spans = nil, nil
			for _, c := range cs {
				m.codes = append(m.codes, c+agent)
				m.spans = append(m.spans, [2]int{m.start, m.end})
			}
			continue
		}
		if x.unnamedCounterparts(m) {
			m.codes = nil // "thanked his counterparts": of no country we know
			continue
		}
		if head := x.leaderOf(m); head != "" {
			m.codes[0] = head // "a delegation led by the speaker": the speaker's
			continue
		}
		if owner := x.possessor(m); owner != "" {
			// "Mladic's forces", "Putin's spokesman": the owner's country.
			m.codes[0] = owner + m.codes[0]
			continue
		}
		if x.stranger(m) {
			m.codes = nil // "rounded up 200 migrants": of no country named
			continue
		}
		if x.ownPeople(m) {
			m.codes[0] = "?" + m.codes[0] // "advised its citizens": the source's own
			continue
		}
		for i, c := range m.codes {
			if c != "" && isAgentOnly(c) {
				if local != "" && !(isWeapon(toks, m) && !x.c.dict.Compat) && !x.placeOfOtherClause(m, localFrom, local) && !(x.ownedByPronoun(m) && !x.c.dict.Compat) && !(c == "MIL" && x.partiesTroops(m)) {
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
	if country == "" && !x.c.dict.Compat {
		// The first sentence of a story: an unmarked agent in a sentence
		// about one country takes that country ("Kyrgyz officers detained
		// activists who had criticised the government").
		x.sentCountry = x.soleCountry()
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

// possessor returns the country of the person or body whose agent a
// mention is ("Mladic's forces", "the lower house of Tajikistan's
// parliament"), or "" when the mention is no bare agent after a possessive.
func (x *sentence) possessor(m *mention) string {
	if x.c.dict.Compat || len(m.codes) != 1 || !isAgentOnly(m.codes[0]) || m.start == 0 || !isPossessive(x.toks[m.start-1].Lower) {
		return ""
	}
	o := x.mentionEndingAt(m.start - 1)
	if o == nil && m.start >= 2 {
		o = x.mentionEndingAt(m.start - 2) // the owner's phrase stops before "'s"
	}
	if o == nil || len(o.codes) != 1 || len(o.codes[0]) < 3 || o.codes[0][0] == '?' || isAgentOnly(o.codes[0]) {
		return ""
	}
	c := o.codes[0][:3]
	if nonState(c) {
		return ""
	}
	return c
}

// personAgentCode reports whether a code ends in an agent that is one person
// in news: "the journalist", "an exiled Uzbek imam", "the activist".
func personAgentCode(code string) bool {
	if len(code) < 3 {
		return false
	}
	switch code[len(code)-3:] {
	case "MED", "OPP", "REL", "HRI", "ELI":
		return true
	}
	return false
}

// speaksFor returns the country of the body a spokesperson or official
// speaks for ("a spokesman for the Kyrgyz Foreign Ministry"), or the
// body's whole code when it is an international one; "" otherwise.
func (x *sentence) speaksFor(m *mention) string {
	if x.c.dict.Compat || len(m.codes) != 1 || !isAgentOnly(m.codes[0]) || m.end+1 >= len(x.toks) || x.toks[m.end].Lower != "for" && x.toks[m.end].Lower != "of" && x.toks[m.end].Lower != "at" {
		return ""
	}
	n := m.end + 1
	for n < len(x.toks) && determiners[x.toks[n].Lower] {
		n++
	}
	o := x.mentionStartingAt(n)
	if o == nil || o.weak || len(o.codes) != 1 || len(o.codes[0]) < 3 || o.codes[0][0] == '?' || isAgentOnly(o.codes[0]) {
		return ""
	}
	if nonState(o.codes[0]) {
		return o.codes[0]
	}
	return o.codes[0][:3]
}

// stateless are agents that the one country a sentence names does not make
// its own: rights groups and hackers act across borders, refugees come from
// elsewhere.
var stateless = map[string]bool{"HRI": true, "CRM": true, "REF": true, "NGO": true, "IGO": true, "MNC": true}

// soleCountry returns the one country the sentence's actors name, or "" when
// they name none or several.
func (x *sentence) soleCountry() string {
	one := ""
	for _, m := range x.ms {
		for _, c := range m.codes {
			if len(c) < 3 || c[0] == '?' || isAgentOnly(c) {
				continue
			}
			if nonState(c) {
				continue
			}
			if one != "" && one != c[:3] {
				return ""
			}
			one = c[:3]
		}
	}
	return one
}

// ownedNouns are the things a search, raid or seizure is done to on their
// owner's account: "searched his home".
var ownedNouns = map[string]bool{
	"home": true, "homes": true, "house": true, "houses": true, "flat": true, "apartment": true, "apartments": true,
	"office": true, "offices": true, "car": true, "cars": true, "property": true, "computer": true, "computers": true,
	"phone": true, "phones": true, "laptop": true, "belongings": true, "premises": true, "passport": true, "passports": true,
	// and the pleas turned down on their maker's account: "rejected his appeal".
	"appeal": true, "appeals": true, "complaint": true, "complaints": true, "petition": true, "lawsuit": true,
}

// agentPlace is the country of a place right after an agent with no country
// of its own: "police in Bishkek dispersed a rally against the war in
// Ukraine" are Kyrgyz police. It returns the place mention too.
func (x *sentence) agentPlace() (string, *mention) {
	if x.c.dict.Compat {
		return "", nil
	}
	for i, m := range x.ms {
		if len(m.codes) != 1 || !isAgentOnly(m.codes[0]) || i+1 >= len(x.ms) {
			continue
		}
		n := x.ms[i+1]
		if n.start == m.end+1 && n.locative && (n.prep == "in" || n.prep == "from") && len(n.codes) == 1 && len(n.codes[0]) >= 3 && n.codes[0][0] != '?' && !isAgentOnly(n.codes[0]) {
			return n.codes[0][:3], n
		}
	}
	return "", nil
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
		if c == "" && other != "" && !x.c.dict.Compat {
			// "The UN rapporteur visited Uzbekistan and praised the
			// government": a body of no country acts on the one country
			// the sentence names.
			c = x.soleCountry()
		}
	}
	if c == "" && x.sentCountry != "" && !stateless[code[1:]] {
		c = x.sentCountry
	}
	if c == "" && code[1:] == "HRI" && !x.c.dict.Compat {
		c = "NGO" // "rights groups" of no named country
	}
	if c == "" {
		return ""
	}
	return c + code[1:]
}

// remember keeps this sentence's actors for the next sentences.
func (x *sentence) remember() {
	x.st.subject = nil
	for _, m := range x.ms {
		if !m.weak && !m.locative && !subjectPreps[m.prep] && len(m.codes) > 0 && m.codes[0] != "" && m.codes[0][0] != '?' {
			x.st.subject = m // the sentence's first actor, its subject as a rule
		}
		break
	}
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

// verbSubjectBefore returns the mention that is the subject of the verb
// right before token k ("Tokayev greeted him": Tokayev), or nil.
func (x *sentence) verbSubjectBefore(k int) *mention {
	var last *mention
	for _, m := range x.ms {
		if m.end <= k && !m.locative {
			last = m
		}
	}
	if last == nil || last.end == k {
		return nil
	}
	strict := true
	for j := last.end; j < k; j++ {
		t := x.toks[j].Tag
		if !strings.HasPrefix(t, "VB") && t != "RB" && t != "MD" {
			strict = false
			break
		}
	}
	if strict {
		return last
	}
	if rel := x.relativeSubjectBefore(last, k); rel != nil {
		return rel // "Raisi, who congratulated him": Raisi
	}
	if x.c.dict.Compat || !strings.HasPrefix(x.toks[last.end].Tag, "VB") {
		return nil
	}
	// "police fired tear gas at them", "used force to disperse them": the
	// verb's subject is still the one before, within one clause.
	for j := last.end; j < k; j++ {
		switch x.toks[j].Lower {
		case "and", "or":
			// "fired stun grenades and tear gas at them": nouns joined.
			if j+1 < k && strings.HasPrefix(x.toks[j-1].Tag, "NN") && (strings.HasPrefix(x.toks[j+1].Tag, "NN") || strings.HasPrefix(x.toks[j+1].Tag, "JJ") ||
				j+2 < k && strings.HasPrefix(x.toks[j+2].Tag, "NN")) {
				continue
			}
			return nil
		case ",", ";", ":", "but", "who", "which", "that", "while", "after", "before", "as":
			return nil
		}
	}
	return last
}

// addPlaces adds the gazetteer's places that no dictionary names ("shelled
// Kharkiv", "raided the Jenin refugee camp") as weak mentions of their
// country: targets of force and coercion, never sources.
func (x *sentence) addPlaces() {
	toks := x.toks
	var added []*mention
	var inMention []bool // made at the first proper noun; the loop adds to added, not to x.ms
	for k := x.from; k < len(toks); k++ {
		if toks[k].Tag != "NNP" || !isCapitalised(toks[k].Text) {
			continue
		}
		if inMention == nil {
			inMention = x.covered()
		}
		if inMention[k] {
			continue
		}
		if watersOnly[toks[k].Lower] && k+2 < len(toks) && toks[k+1].Lower == "of" {
			k += 2 // "the Gulf of Aden", "the Sea of Japan": waters, no actor
			continue
		}
		j := k + 1
		for j < len(toks) && j < k+4 && toks[j].Tag == "NNP" && isCapitalised(toks[j].Text) && !inMention[j] {
			j++
		}
		if j < len(toks) && toks[j].Tag == "NNP" && isCapitalised(toks[j].Text) {
			k = j
			continue // a longer name, or one running into an actor
		}
		if j == k+1 && compassWords[toks[k].Lower] {
			continue // "the West", "the North": no region of one country
		}
		name := joinText(toks[k:j])
		if c := x.c.placeCountry(name); c != "" {
			added = append(added, &mention{start: k, end: j, codes: []string{c}, spans: [][2]int{{k, j}}, weak: true, place: true, text: name})
		}
		k = j - 1
	}
	if len(added) == 0 {
		return
	}
	for _, m := range added {
		m.prep = prepBefore(toks, m.start)
		m.locative = locatives[m.prep]
	}
	x.ms = append(x.ms, added...)
	sortMentions(x.ms)
}

// compassWords alone name no place in news ("warned the West"), though
// some countries have regions so called.
var compassWords = map[string]bool{"west": true, "east": true, "north": true, "south": true, "centre": true, "center": true}

// blocWords after "the" refer back to an organisation; countryWords to a
// country.
var (
	blocWords    = map[string]bool{"bloc": true, "alliance": true, "organisation": true, "organization": true, "body": true, "grouping": true, "union": true}
	countryWords = map[string]bool{"country": true, "kingdom": true, "republic": true}
)

// memberNouns after "its" stand for the bloc named before.
var memberNouns = map[string]bool{"members": true, "member": true, "allies": true}

// reportNouns after "the" stand for whoever last made a report or claim.
var reportNouns = map[string]bool{
	"report": true, "allegations": true, "accusations": true, "claims": true, "criticism": true,
	"findings": true, "accusation": true, "allegation": true, "claim": true, "remarks": true,
}

// countWords after "the" count the actors a group word refers back to.
var countWords = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}

// quoteSpeaker finds who says a quotation holding token k: the actor next
// to a speech verb after the quote ("…," the ministry said) or before it
// (Tokayev said: "…").
func (x *sentence) quoteSpeaker(k int) *mention {
	toks := x.toks
	speech := func(w string) bool {
		switch w {
		case "said", "says", "added", "told", "stated", "declared", "insisted", "stressed", "warned", "wrote":
			return true
		}
		return false
	}
	pick := func(j int) *mention {
		for _, m := range x.ms {
			if m.pronoun || m.weak || m.locative || len(m.codes) == 0 || m.codes[0] == "" || m.codes[0][0] == '?' {
				continue
			}
			if m.end == j || m.start == j+1 || m.start == j+2 && determiners[toks[j+1].Lower] {
				return m
			}
		}
		return nil
	}
	for j := k + 1; j < len(toks); j++ {
		if speech(toks[j].Lower) && j > 0 && (toks[j-1].Lower == "''" || toks[j-1].Text == "\"" || toks[j-1].Text == "”" || x.mentionEndingAt(j-1) != nil) {
			if m := pick(j); m != nil {
				return m
			}
		}
	}
	for j := k - 1; j > x.from; j-- {
		if speech(toks[j].Lower) && (toks[j+1].Lower == ":" || toks[j+1].Lower == ",") {
			if m := pick(j); m != nil && m.end <= j {
				return m
			}
		}
	}
	return nil
}

// refTo makes the mention that tokens [from, to) refer back with: a
// pronoun, "the two leaders", "the bloc".
func (x *sentence) refTo(from, to int, codes []string, person, plural bool) *mention {
	return &mention{start: from, end: to, codes: codes, spans: spansOf(from, to, len(codes)), person: person, plural: plural, pronoun: true, text: joinText(x.toks[from:to])}
}

// speakerBefore returns the body that "said" right before token k: in
// "…, and Azerbaijan said it had detained …", "it" is Azerbaijan.
func (x *sentence) speakerBefore(k int) *mention {
	if x.c.dict.Compat || k < x.from+2 {
		return nil
	}
	switch x.toks[k-1].Lower {
	case "said", "says", "announced", "confirmed", "stated", "added", "insisted", "claimed", "declared":
	default:
		return nil
	}
	m := x.mentionEndingAt(k - 2)
	if m == nil || m.person || m.plural || len(m.codes) != 1 || m.weak || m.locative || m.pronoun {
		return nil
	}
	return m
}
