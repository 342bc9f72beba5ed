package coder

import (
	"strings"

	"github.com/accord-hub/accord/internal/event"
)

// continentNames are names of continents and world regions that the
// gazetteer also knows as small places of one country ("Asia" in the
// Philippines, "Gulf" in Papua New Guinea): in news they name the region,
// never that country ("a package for Central Asia", "Gulf leaders").
var continentNames = map[string]bool{
	"asia": true, "africa": true, "europe": true, "gulf": true, "america": true, "oceania": true,
	"eurasia": true, "caucasus": true, "balkans": true, "arctic": true, "antarctica": true,
	"levant": true, "maghreb": true, "sahel": true, "pacific": true, "atlantic": true,
}

// withoutContinents wraps a place→country lookup so that continent and
// region names give no country.
func withoutContinents(countryOf func(string) string) func(string) string {
	return func(name string) string {
		if continentNames[strings.ToLower(strings.TrimSpace(name))] {
			return ""
		}
		return countryOf(name)
	}
}

// ownedByPronoun reports whether an agent mention follows a possessive
// pronoun ("pull their troops back", "urged its citizens"): it belongs to
// whoever the pronoun means, not to the place the sentence names ("in
// Samarkand"). After "of" ("the detention of its citizens in Kazakhstan")
// the place still tells where what befell them happened.
func (x *sentence) ownedByPronoun(m *mention) bool {
	if m.start == 0 || m.start >= 2 && x.toks[m.start-2].Lower == "of" {
		return false
	}
	switch x.toks[m.start-1].Lower {
	case "their", "its", "his", "her", "our":
		return true
	}
	return false
}

// visitCode reports whether code is making or hosting a visit (042, 043):
// done by one side to the other, never by a compound subject to each other
// ("Erdogan and Aliyev flew into Samarkand").
func visitCode(code string) bool {
	return strings.HasPrefix(code, "042") || strings.HasPrefix(code, "043")
}

// leaderOf returns the code of whoever leads a delegation of no country
// named by the "led by" or "headed by" phrase right after it ("a delegation
// led by Kazakh Senate Speaker Maulen Ashimbayev visited Dushanbe"): the
// delegation acts as its head. It returns "" when there is none.
func (x *sentence) leaderOf(m *mention) string {
	if x.c.dict.Compat || len(m.codes) != 1 || !isAgentOnly(m.codes[0]) || m.end+2 >= len(x.toks) {
		return ""
	}
	switch x.toks[m.end-1].Lower {
	case "delegation", "delegations", "mission", "team":
	default:
		return ""
	}
	if w := x.toks[m.end].Lower; w != "led" && w != "headed" || x.toks[m.end+1].Lower != "by" {
		return ""
	}
	o := x.mentionStartingAt(m.end + 2)
	if o == nil || len(o.codes) != 1 || len(o.codes[0]) < 3 || o.codes[0][0] == '?' || isAgentOnly(o.codes[0]) {
		return ""
	}
	return o.codes[0]
}

// joinsExisting reports whether a signing verb joins a treaty others made
// ("Dushanbe and Ashgabat would accede to the treaty"): each joins on its
// own, not with the other.
func joinsExisting(lemma string) bool {
	switch lemma {
	case "accede", "join", "ratify", "adhere":
		return true
	}
	return false
}

// courtesyCode returns the code of a courtesy one calls someone to pay, from
// the infinitive group cg: congratulations and thanks are praise (051),
// condolences and sympathy an empathetic comment (016); "" for anything else.
func (x *sentence) courtesyCode(cg *vgroup) string {
	switch firstLemma(cg) {
	case "congratulate", "thank":
		return "051"
	case "express", "offer", "convey", "extend", "pass":
	default:
		return ""
	}
	for k := cg.head + 1; k < len(x.toks) && k < cg.end+4; k++ {
		switch x.toks[k].Lower {
		case "condolences", "condolence", "sympathy", "sympathies":
			return "016"
		case "congratulations", "gratitude", "thanks", "appreciation":
			return "051"
		}
	}
	return ""
}

// courtesyCalls codes what a call was made for: "Mirziyoyev called Erdogan
// to express condolences" and "held a telephone conversation with Erdogan
// to express condolences" are a phone call (041) and the condolences (016),
// not an appeal.
func (x *sentence) courtesyCalls() {
	for _, g := range x.groups {
		if g.noun || g.neg || g.end >= len(x.toks) {
			continue
		}
		var partner *mention
		switch firstLemma(g) {
		case "call", "phone", "telephone", "ring":
			partner = x.mentionStartingAt(g.end)
		case "hold", "have":
			// "held a telephone conversation with Erdogan"
			for k := g.end; k+1 < len(x.toks) && k < g.end+5; k++ {
				if phoneWords[x.toks[k].Lower] && x.toks[k+1].Lower == "with" {
					partner = x.mentionStartingAt(k + 2)
					break
				}
			}
		}
		if partner == nil || partner.weak || partner.locative {
			continue
		}
		cg := x.infinitiveNear(partner, 5)
		if cg == nil {
			continue
		}
		code := x.courtesyCode(cg)
		if code == "" {
			continue
		}
		subj, l := x.subjectOf(g, 0)
		if subj == nil || l.neg || subj == partner {
			continue
		}
		kept := x.events[:0]
		for _, ev := range x.events {
			if x.verbToken(ev) == cg.head {
				continue // the infinitive coded alone: an appeal, or aimed at victims
			}
			kept = append(kept, ev)
		}
		x.events = kept
		if !x.hasEventFrom(subj, "041") {
			x.emitAll(subj, partner, "041", "", x.span(g.head, g.end), "")
		}
		x.emitAll(subj, partner, code, "", x.span(cg.head, cg.end), "")
		x.recodeAfter(cg)
	}
}

// hasEventFrom reports whether an event of code from the mention's first
// actor is already coded.
func (x *sentence) hasEventFrom(m *mention, code string) bool {
	for _, ev := range x.events {
		if ev.Code == code && len(m.codes) > 0 && ev.Source == x.resolve(m.codes[0], "") {
			return true
		}
	}
	return false
}

// keptStatement reports whether a statement (root 01) is an act of its own
// that stands beside the sentence's other acts: condolences offered in a
// call (016) are not a bare comment on it.
func keptStatement(ev event.Event) bool {
	return ev.Code == "016" && ev.Target != ""
}

// expectedVisits codes "X is expected in Bishkek", "X is due in Astana next
// week": a visit announced, an intent to visit (036) the country of the
// town. It skips subjects that are not actors and negated forms.
func (x *sentence) expectedVisits() {
	toks := x.toks
	for k := x.from + 1; k+2 < len(toks); k++ {
		switch toks[k].Lower {
		case "is", "are", "was", "were":
		default:
			continue
		}
		if w := toks[k+1].Lower; w != "expected" && w != "due" || toks[k+2].Lower != "in" {
			continue
		}
		subj := x.mentionEndingAt(k - 1)
		where := x.mentionStartingAt(k + 3)
		if subj == nil || where == nil || subj.weak || len(subj.codes) != 1 || len(where.codes) != 1 {
			continue
		}
		s, t := x.resolve(subj.codes[0], ""), x.resolve(where.codes[0], "")
		if len(s) < 3 || len(t) < 3 || s[0] == '?' || t[0] == '?' || s[:3] == t[:3] {
			continue
		}
		t = t[:3] // the town stands for its country
		for j := where.end; j+2 < len(toks) && j < where.end+6; j++ {
			if toks[j].Lower == "," || toks[j].Lower == "." {
				break
			}
			// "is expected in Bishkek for talks with Japarov": with him
			if p := x.mentionStartingAt(j + 1); toks[j].Lower == "with" && p != nil && len(p.codes) == 1 && !p.weak {
				if pc := x.resolve(p.codes[0], ""); len(pc) >= 3 && pc[:3] == t {
					t, where = pc, p
				}
				break
			}
		}
		if x.hasEvent(s, t, "03") || x.hasEvent(s, t, "04") {
			continue
		}
		x.emit(s, t, "036", x.span(subj.start, subj.end), x.span(where.start, where.end), x.span(k+1, k+2), subj.text, where.text, "intent")
	}
}

// talkPartner reports whether m is whom a call or talks were with ("in a
// call with Putin", "during talks with Xi"): the partner of the talk, not
// the one criticised in it.
func (x *sentence) talkPartner(m *mention) bool {
	return m.prep == "with" && m.start >= 2 && phoneWords[x.toks[m.start-2].Lower]
}

// mediatedThings are the talks and deals news says someone mediated.
var mediatedThings = map[string]bool{
	"talks": true, "negotiations": true, "deal": true, "agreement": true, "ceasefire": true, "truce": true,
	"meeting": true, "accord": true, "dialogue": true,
}

// mediators adds the mediators of talks "mediated by" someone between the
// sentence's parties: "Pakistan and Afghanistan agreed
// to a ceasefire after talks in Doha mediated by Qatar and Turkey" is
// Qatar's and Turkey's mediation with each party (045). The parties are the
// sentence's first compound actor that no preposition governs.
func (x *sentence) mediators() {
	toks := x.toks
	for k := x.from + 1; k+2 < len(toks); k++ {
		if toks[k].Lower != "mediated" || toks[k+1].Lower != "by" {
			continue
		}
		thing := false
		for j := k - 1; j >= x.from && j >= k-4; j-- {
			if mediatedThings[toks[j].Lower] {
				thing = true
				break
			}
		}
		if !thing {
			continue
		}
		var by, parties *mention
		for _, m := range x.ms {
			if m.start >= k+2 && m.start <= k+4 && !m.weak {
				by = m
				break
			}
		}
		for _, m := range x.ms {
			if m.start >= x.from && m.start < k && !prepositionWords[m.prep] && !m.weak && !m.locative && m.compound() {
				parties = m
				break
			}
		}
		if by == nil || parties == nil {
			continue
		}
		for _, bc := range by.codes {
			b := x.resolve(bc, "")
			for _, pc := range parties.codes {
				p := x.resolve(pc, b)
				if len(b) < 3 || len(p) < 3 || b[0] == '?' || p[0] == '?' || b[:3] == p[:3] || x.hasEvent(b, p, "045") {
					continue
				}
				x.emit(b, p, "045", x.span(by.start, by.end), x.span(parties.start, parties.end), x.span(k, k+1), by.text, parties.text, "")
			}
		}
	}
}

// guestVisits adds the guest's visit to a host who welcomed or received
// them "at the start of a state visit", "on an official visit": the guest
// visits the host's country (042).
func (x *sentence) guestVisits() {
	n := len(x.events)
	for i := 0; i < n; i++ {
		ev := x.events[i]
		if ev.Code != "043" || len(ev.Source) < 3 || len(ev.Target) < 3 || ev.Source[:3] == ev.Target[:3] {
			continue
		}
		k := x.verbToken(ev)
		if k < 0 || !x.visitNounAfter(k) {
			continue
		}
		host := ev.Source[:3]
		if x.hasEvent(ev.Target, host, "042") || x.hasEvent(ev.Target, ev.Source, "042") {
			continue
		}
		x.emit(ev.Target, host, "042", nil, nil, ev.Evidence.Verb, ev.TargetName, ev.SourceName, "")
	}
}

// visitNounAfter reports whether "visit" or "trip" follows token k in its
// clause, as the noun of "a state visit", "a two-day visit".
func (x *sentence) visitNounAfter(k int) bool {
	for j := k + 1; j < len(x.toks) && j < k+25; j++ {
		switch x.toks[j].Lower {
		case ";", "but", "while", "whereas":
			return false
		case "visit", "trip":
			if p := x.toks[j-1].Lower; p == "state" || p == "official" || p == "working" || strings.HasSuffix(p, "-day") || p == "first" {
				return true
			}
		}
	}
	return false
}

// seriesSubject finds the subject of a verb in a comma series of past acts,
// "Rahmon and Mirziyoyev met in Dushanbe, signed a joint statement and
// opened a crossing": the verb right after the comma shares the subject of
// the finite verb before it when an "and" with a past verb closes the
// series later. ok is false when g is not such a verb.
func (x *sentence) seriesSubject(g *vgroup, depth int) (m *mention, l link, ok bool) {
	toks := x.toks
	if x.c.dict.Compat || g.noun || g.start != g.head || g.start <= x.from+1 || toks[g.start-1].Lower != "," || toks[g.head].Tag != "VBD" {
		return nil, l, false
	}
	prev := x.prevGroup(g.start - 1)
	if prev == nil || prev.noun || !prev.finite || toks[prev.head].Tag != "VBD" || (x.skip != nil && x.skip[prev.head]) {
		return nil, l, false
	}
	closed := false
	for k := g.end; k+1 < len(toks); k++ {
		if toks[k].Lower == ";" || toks[k].Lower == ":" || toks[k].Lower == "\"" {
			break
		}
		if toks[k].Lower == "and" {
			if ng := x.groupCovering(k + 1); ng != nil && !ng.noun && ng.start == k+1 && toks[ng.head].Tag == "VBD" {
				closed = true
			}
			break
		}
	}
	if !closed {
		return nil, l, false
	}
	m, pl := x.subjectOf(prev, depth+1)
	if m == nil {
		return nil, l, false
	}
	return m, link{modal: pl.modal, frame: pl.frame, target: pl.target, partner: x.objectOf(prev.end, g.start-1, false), partnerMet: meetLemmas[firstLemma(prev)]}, true
}

// partiesTroops reports whether unowned troops follow a compound subject of
// states ("Kyrgyz and Tajik leaders agreed in Samarkand to withdraw
// troops"): the parties' own troops, not those of the town named.
func (x *sentence) partiesTroops(m *mention) bool {
	if x.c.dict.Compat {
		return false
	}
	for _, s := range x.ms {
		if s.start >= m.start {
			break
		}
		if s.start >= x.from && !prepositionWords[s.prep] && !s.weak && s.compound() {
			return true
		}
	}
	return false
}

// unnamedCounterparts reports whether m is "his counterparts", "their
// counterparts": the leaders of other countries, unnamed, so never of the
// speaker's own country.
func (x *sentence) unnamedCounterparts(m *mention) bool {
	if x.c.dict.Compat || len(m.codes) != 1 || !isAgentOnly(m.codes[0]) || m.end-m.start != 1 || m.start == 0 {
		return false
	}
	if w := x.toks[m.start].Lower; w != "counterparts" && w != "counterpart" && w != "colleagues" && w != "partners" {
		return false
	}
	return x.ownedByPronoun(m)
}

// prepositionWords are the prepositions that make a mention an adjunct, not
// a subject (a mention's prep is whatever word stands before it).
var prepositionWords = map[string]bool{
	"in": true, "at": true, "of": true, "for": true, "with": true, "to": true, "from": true, "by": true,
	"on": true, "near": true, "against": true, "over": true, "about": true, "into": true, "between": true,
	"without": true, "after": true, "before": true, "during": true, "among": true, "through": true,
	"via": true, "across": true, "toward": true, "towards": true, "including": true, "like": true,
}

// ofPlaces returns the countries of the towns or regions named right after
// an agent and "of" ("the governor of Batken", "the regional governors of
// Batken and Fergana"): each official is of his own place's country. It
// returns nil when no place follows.
func (x *sentence) ofPlaces(m *mention) []string {
	toks := x.toks
	if x.c.dict.Compat || len(m.codes) != 1 || !isAgentOnly(m.codes[0]) || m.end+1 >= len(toks) || toks[m.end].Lower != "of" {
		return nil
	}
	var out []string
	k := m.end + 1
	for len(out) < 4 {
		p := x.mentionStartingAt(k)
		if p == nil || !p.place && !p.capital || len(p.codes) != 1 || len(p.codes[0]) < 3 || p.codes[0][0] == '?' {
			break
		}
		out = append(out, p.codes[0][:3])
		if p.end+1 < len(toks) && (toks[p.end].Lower == "and" || toks[p.end].Lower == ",") {
			k = p.end + 1
			continue
		}
		break
	}
	return out
}
