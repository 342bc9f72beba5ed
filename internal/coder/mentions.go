package coder

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/accord-hub/accord/internal/dict"
	"github.com/accord-hub/accord/internal/nlp"
)

// mention is an actor noun phrase in a sentence: one code, or several for a
// compound ("the presidents of Tajikistan and Turkmenistan").
type mention struct {
	start, end int // token span [start, end)
	// head is the token whose words gave the code (for evidence).
	codes []string
	// spans are the token spans that gave each code, parallel to codes.
	spans [][2]int
	// weak mentions (an adjective before a non-agent noun: "Kyrgyz
	// territory") are only used as targets.
	weak bool
	// locative mentions follow "in", "at", "near": a place more than an actor.
	locative bool
	// prep is the preposition directly before the mention, lower case.
	prep string
	// adj is true for a bare demonym ("Kyrgyz" in "Kyrgyz and Tajik guards").
	adj bool
	// person is true when a named person gave the code.
	person bool
	// plural is true for plural or compound phrases (for "they" and "both").
	plural bool
	// place is true for a gazetteer place no dictionary names ("Kharkiv").
	place bool
	// pronoun is true when the mention was resolved from a pronoun.
	pronoun bool
	// capital is true for a capital named alone ("Moscow"): the government,
	// or, after "in" or "at", the city.
	capital bool
	text    string
}

func (m *mention) compound() bool { return len(m.codes) > 1 }

// atom is one dictionary hit: an actor phrase or an agent phrase.
type atom struct {
	start, end int
	code       string // actor code, for actor atoms
	kind       dict.Kind
	agent      string // agent code, for agent atoms
	isActor    bool
}

var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true,
	"our": true, "this": true, "these": true, "those": true, "that": true, "both": true,
	"two": true, "several": true, "some": true, "many": true, "other": true, "all": true,
	"three": true, "four": true, "dozens": true, "hundreds": true, "thousands": true, "of": false,
}

var locatives = map[string]bool{
	"in": true, "at": true, "near": true, "inside": true, "across": true, "throughout": true,
	"outside": true, "around": true, "within": true, "into": true, "toward": true, "towards": true, "through": true,
	"from": false,
}

// findMentions chunks the sentence's tokens into actor mentions.
func (c *Coder) findMentions(toks []nlp.Token, from int, date string) []*mention {
	atoms := c.atoms(toks, from, date)
	out := make([]*mention, 0, len(atoms)) // a mention takes one atom or more
	for i := 0; i < len(atoms); {
		m, next := c.buildNP(toks, atoms, i)
		if m != nil {
			out = append(out, m)
		}
		i = next
	}
	out = coordinate(toks, out, c.dict.Compat)
	if c.dict.Compat {
		splitSlashCodes(out)
	} else {
		out = joinRoles(toks, out)
		out = absorbAgentTail(toks, out)
		out = c.regionGroups(toks, from, out)
		if regionGroupMade(out) {
			out = joinRegionWithBloc(toks, out) // "the five Central Asian states and the EU"
		}
		extendLedGroups(toks, from, out)
	}
	for _, m := range out {
		m.prep = prepBefore(toks, m.start)
		m.locative = locatives[m.prep] && (c.dict.Compat || !calledIn(toks, m.start))
		if (m.capital || m.end-m.start == 1) && m.prep == "of" && m.start >= 2 && waterWords[toks[m.start-2].Lower] && !c.dict.Compat && len(m.codes) == 1 && len(m.codes[0]) >= 3 {
			// "the Gulf of Aden", "the Port of Beirut": a place of that
			// country; "the Sea of Japan" names only waters.
			m.codes[0] = m.codes[0][:3]
			m.place, m.weak = true, true
			if watersOnly[toks[m.start-2].Lower] {
				m.codes = nil
			}
		}
		if m.capital && m.locative && !c.dict.Compat && len(m.codes) == 1 && len(m.codes[0]) > 3 {
			// "stormed a hotel in Mogadishu", "a consulate in Damascus": a
			// city of that country, not its government.
			m.codes[0] = m.codes[0][:3]
			m.place = true
		}
		if m.locative && m.prep == "in" && !c.dict.Compat && mediaMention(toks, m) {
			m.locative = false // ca19: "an article in a Russian newspaper"
		}
		if m.locative && m.prep == "in" && m.start >= 2 && partyNouns[toks[m.start-2].Lower] && !c.dict.Compat {
			// "the warring parties in Libya": Libya's sides, not a place.
			m.locative = false
		}
		var b strings.Builder
		for k := m.start; k < m.end; k++ {
			if k > m.start {
				b.WriteByte(' ')
			}
			b.WriteString(toks[k].Text)
		}
		m.text = b.String()
	}
	if !c.dict.Compat {
		kept := out[:0]
		for _, m := range out {
			if m.codes != nil {
				kept = append(kept, m)
			}
		}
		out = dropBareCounts(toks, from, kept)
	}
	return out
}

// atoms finds every dictionary actor and agent phrase, longest first, left
// to right. Hyphenated compounds ("Kyrgyz-Tajik") are looked up by part.
func (c *Coder) atoms(toks []nlp.Token, from int, date string) []atom {
	out := make([]atom, 0, 8) // most sentences have a few
	for i := from; i < len(toks); {
		if e, n := c.dict.Actors.Match(toks, i); n > 0 {
			if e.Caps && !isUpperWord(toks[i].Text) {
				// "who" is not WHO.
			} else if cd, ok := e.CodeOn(date); ok && cd.Code == "" {
				i += n // a phrase that blocks shorter actors: "Latin American"
				if !c.dict.Compat && i < len(toks) {
					// "Central Asian leaders": agents of no one country.
					if ae, an := c.dict.Agents.Match(toks, i); an > 0 && ae.Agent != "" {
						i += an
					}
				}
				continue
			} else if ok && !c.dict.Compat && nationalSecurityCouncil(toks, i, n, out) {
				out = append(out, atom{start: i, end: i + n, agent: "GOV"}) // "Russia's Security Council"
				i += n
				continue
			} else if ok && c.acceptActor(toks, i, n, cd) {
				out = append(out, atom{start: i, end: i + n, code: cd.Code, kind: cd.Kind, isActor: true})
				i += n
				continue
			}
		}
		if e, n := c.dict.Agents.Match(toks, i); n > 0 && e.Agent != "" && c.acceptAgent(toks, i, n) && (c.dict.Compat || !affairsOfState(toks, i, n)) {
			out = append(out, atom{start: i, end: i + n, agent: e.Agent})
			i += n
			continue
		}
		// "Saudi-led forces", "a British-flagged tanker": the first part is
		// an actor adjective (a weak one for "-flagged", "-owned").
		if w := toks[i].Lower; !c.dict.Compat && !toks[i].Plain() && strings.IndexByte(w, '-') > 0 {
			head, tail, _ := strings.Cut(w, "-")
			if heldSuffixes[tail] {
				// "rebel-held areas", "Taliban-controlled districts": places of
				// that actor, as targets.
				if e := c.dict.Actors.Lookup(dict.Phrase{head}); e != nil {
					if cd, ok := e.CodeOn(date); ok && cd.Code != "" && cd.Kind != dict.Person {
						out = append(out, atom{start: i, end: i + 1, code: cd.Code, kind: dict.Adj, isActor: true})
						i++
						continue
					}
				}
				if e := c.dict.Agents.Lookup(dict.Phrase{head}); e != nil && e.Agent != "" {
					out = append(out, atom{start: i, end: i + 1, agent: e.Agent})
					i++
					continue
				}
			}
			if ledSuffixes[tail] && c.ledOrganisation(toks, i+1, date) {
				// "the Russian-led CSTO": the organisation, not its leader.
				i++
				continue
			}
			if ledSuffixes[tail] {
				if e := c.dict.Actors.Lookup(dict.Phrase{head}); e != nil {
					if cd, ok := e.CodeOn(date); ok && cd.Code != "" && cd.Kind != dict.Person {
						kind := dict.Adj
						if tail == "led" {
							kind = dict.Name // the leader's country, not a place
						}
						out = append(out, atom{start: i, end: i + 1, code: cd.Code, kind: kind, isActor: true})
						i++
						continue
					}
				}
			}
		}
		// "Kyrgyz-Tajik": each part an actor adjective.
		if w := toks[i].Lower; !toks[i].Plain() && strings.IndexByte(w, '-') > 0 {
			parts := strings.Split(w, "-")
			var codes []string
			for _, p := range parts {
				e := c.dict.Actors.Lookup(dict.Phrase{p})
				if e == nil {
					codes = nil
					break
				}
				if cd, ok := e.CodeOn(date); ok {
					codes = append(codes, cd.Code)
				}
			}
			if len(codes) >= 2 {
				for _, cd := range codes {
					out = append(out, atom{start: i, end: i + 1, code: cd, kind: dict.Adj, isActor: true})
				}
				i++
				continue
			}
		}
		i++
	}
	return out
}

// acceptActor rejects dictionary hits that are plainly not the actor:
// lower-case words for names that are capitalised ("turkey", "chad"), and
// words inside a longer capitalised name that the dictionary lacks.
func (c *Coder) acceptActor(toks []nlp.Token, i, n int, cd dict.Coding) bool {
	first := toks[i].Text
	r, _ := utf8.DecodeRuneInString(first)
	if unicode.IsLower(r) && !strings.Contains(first, ".") && !strings.HasPrefix(first, "al-") && !strings.HasPrefix(first, "el-") &&
		!(cd.Kind == dict.Person && n > 1 && nameParticles[toks[i].Lower] && !c.dict.Compat) {
		// Names and adjectives of countries and people are capitalised in news.
		switch toks[i].Lower {
		case "the":
		default:
			return false
		}
	}
	if cd.Kind == dict.Name && !c.dict.Compat && i+n < len(toks) && c.nameGoesOn(toks, i+n) {
		// "the Benin Bronzes", "Georgia Tech": a name that begins with a
		// country's is not the country.
		return false
	}
	return true
}

// nameGoesOn reports whether the capitalised word at k continues a proper
// name: not an actor or agent of its own, not a day or month, and not in a
// title-case headline where every word is capitalised.
func (c *Coder) nameGoesOn(toks []nlp.Token, k int) bool {
	t := &toks[k]
	if t.Tag != "NNP" && t.Tag != "NNPS" || !isCapitalised(t.Text) || calendarWords[t.Lower] || institutionWords[t.Lower] ||
		strings.Contains(toks[k-1].Text, ".") || isUpperWord(toks[k-1].Text) {
		return false // "U.S. Treasury", "UK Foreign Office"
	}
	if _, n := c.dict.Agents.Match(toks, k); n > 0 {
		return false
	}
	if _, n := c.dict.Actors.Match(toks, k); n > 0 {
		return false
	}
	lower, words := 0, 0
	for _, u := range toks {
		if r, _ := utf8.DecodeRuneInString(u.Text); unicode.IsLetter(r) {
			words++
			if unicode.IsLower(r) {
				lower++
			}
		}
	}
	return lower*3 >= words // a title-case headline capitalises verbs too
}

// institutionWords begin the name of a state body after a country's name.
var institutionWords = map[string]bool{
	"treasury": true, "congress": true, "senate": true, "house": true, "department": true, "state": true,
	"federal": true, "supreme": true, "constitutional": true, "central": true, "national": true,
	"foreign": true, "defense": true, "defence": true, "interior": true, "justice": true, "navy": true,
	"army": true, "air": true, "coast": true, "border": true, "security": true, "special": true,
	"prime": true, "president": true, "embassy": true, "mission": true, "consulate": true,
}

var calendarWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true,
}

// acceptAgent rejects agent words used as verbs or adjectives ("state" in
// "officials state that", "forces" in "it forces").
func (c *Coder) acceptAgent(toks []nlp.Token, i, n int) bool {
	tag := toks[i+n-1].Tag
	if strings.HasPrefix(tag, "VB") && tag != "VBN" && tag != "VBG" {
		// A mis-tag is common for "forces", "guards"; trust nouns after determiners/adjectives.
		if i > 0 && (determiners[toks[i-1].Lower] || strings.HasPrefix(toks[i-1].Tag, "JJ") || strings.HasPrefix(toks[i-1].Tag, "NNP")) {
			return true
		}
		return !c.dict.Compat && nounOnlyAgent(toks, i, n)
	}
	if !c.dict.Compat && countBeforeOf(toks, i, n) {
		return false // "hundreds of migrants": the migrants are the actor
	}
	if !c.dict.Compat && n == 1 && toks[i].Lower == "force" && i > 0 && violenceWords[toks[i-1].Lower] {
		return false // "threatened to use force", "excessive force": violence, not an army
	}
	if !c.dict.Compat && n == 1 && toks[i].Lower == "media" && i > 0 && toks[i-1].Lower == "social" {
		return false // "complained on social media": a platform, not the press
	}
	if !c.dict.Compat && n == 1 && toks[i].Lower == "state" && i+2 < len(toks) && toks[i+1].Lower == "of" {
		switch toks[i+2].Lower {
		case "emergency", "siege", "war", "alert", "mourning", "readiness", "affairs", "play", "health", "the":
			return false // "a state of emergency" is no government
		}
	}
	if !c.dict.Compat && i > 0 && isCapitalised(toks[i].Text) && toks[i-1].Tag == "NNP" && isCapitalised(toks[i-1].Text) &&
		!nameModifiers[toks[i-1].Lower] && c.dict.Actors.Lookup(dict.Phrase{toks[i-1].Lower}) == nil {
		// "the West Bank", "Foreign Policy": a word of a longer name, not an
		// agent; but "the Export-Import Bank of China" is China's bank.
		if e, _ := c.dict.Agents.Match(toks, i-1); e == nil && !c.ofCountry(toks, i+n) {
			return false
		}
	}
	return true
}

// nameModifiers may stand before a capitalised agent word without making it
// part of another name: "Acting President", "National Bank".
var nameModifiers = map[string]bool{
	"acting": true, "deputy": true, "former": true, "interim": true, "first": true, "vice": true, "chief": true,
	"senior": true, "national": true, "state": true, "federal": true, "central": true, "supreme": true,
	"constitutional": true, "general": true, "special": true, "new": true, "then": true, "top": true,
	"regional": true, "provincial": true, "municipal": true, "city": true, "presidential": true, "royal": true,
}

// buildNP combines atoms starting at atoms[i] into one mention and returns
// the index of the first atom not used.
func (c *Coder) buildNP(toks []nlp.Token, atoms []atom, i int) (*mention, int) {
	filler := fillerBetween
	if c.dict.Compat {
		filler = compatFillerBetween
	}
	var (
		country     string // from a name or adjective
		countrySpan [2]int
		countryKind dict.Kind
		agents      []string
		person      string
		personSpan  [2]int
		start       = atoms[i].start
		end         = atoms[i].start
		plural      bool
		j           = i
	)
	for j < len(atoms) {
		a := atoms[j]
		if a.start != end && (!filler(toks, end, a.start) || c.headlineVerbBetween(toks, end, a.start)) {
			break
		}
		if a.isActor {
			switch {
			case a.kind == dict.Person:
				if person != "" {
					goto done
				}
				person, personSpan = a.code, [2]int{a.start, a.end}
			default:
				if c.dict.Compat && person == "" {
					// PETRARCH: the actor and agents of one noun phrase
					// combine in any order ("MSF Arnor", "Bree Prime
					// Minister Romendacil"); the first actor wins
					// ("Ithilen's minister Calimehtar" is Ithilen's).
					if country == "" {
						country, countrySpan, countryKind = a.code, [2]int{a.start, a.end}, a.kind
					}
					break
				}
				if country != "" || person != "" || len(agents) > 0 && a.kind != dict.Adj {
					// "the Kyrgyz and Tajik": a new mention; "the Tajik president Kyrgyz": no.
					goto done
				}
				country, countrySpan, countryKind = a.code, [2]int{a.start, a.end}, a.kind
				// A possessive ends the modifier: "Tajikistan's foreign minister".
			}
		} else {
			if person != "" {
				goto done
			}
			agents = append(agents, a.agent)
			if strings.HasSuffix(toks[a.end-1].Lower, "s") || toks[a.end-1].Tag == "NNS" {
				plural = true
			}
		}
		end = a.end
		j++
		if end < len(toks) && isPossessive(toks[end].Lower) {
			if end+1 < len(toks) && teamNouns[toks[end+1].Lower] && !c.dict.Compat {
				// "Kyrgyzstan's team", "Iran's national squad": sport, not state.
				return nil, j
			}
			end++
			// After a possessive the NP goes on only with agents: "Tajikistan's foreign minister".
			if j < len(atoms) && atoms[j].start == end && !atoms[j].isActor {
				continue
			}
			if j < len(atoms) && filler(toks, end, atoms[j].start) && !atoms[j].isActor {
				continue
			}
			// "Afghanistan's Taliban government": an actor of the same country
			// after the possessive is the head.
			if j < len(atoms) && atoms[j].start == end && atoms[j].isActor && atoms[j].kind != dict.Person &&
				country != "" && len(atoms[j].code) >= 3 && atoms[j].code[:3] == country[:min(3, len(country))] {
				country, countrySpan, countryKind = atoms[j].code, [2]int{atoms[j].start, atoms[j].end}, atoms[j].kind
				end = atoms[j].end
				j++
				continue
			}
			if c.samePersonAfterPossessive(toks, atoms, j, end, country, person) {
				// "Kyrgyzstan's Japarov", "Russia's Putin": the person of that
				// country is the head.
				person, personSpan = atoms[j].code, [2]int{atoms[j].start, atoms[j].end}
				end = atoms[j].end
				j++
			}
			break
		}
	}
done:
	if j == i {
		j = i + 1
	}
	// A title followed by an unknown name: "President Sadyr Japarov" where the
	// dictionary lacks him; swallow the capitalised words.
	if person == "" && len(agents) > 0 {
		k := end
		for k < len(toks) && toks[k].Tag == "NNP" && isCapitalised(toks[k].Text) {
			k++
		}
		if k > end {
			end = k
		}
	}
	if c.dict.Compat && person == "" && hasFormer(toks, start, end) {
		// PETRARCH's "former" conversion: a former official is an elite.
		agents = []string{"ELI"}
	}
	m := &mention{start: start, end: end, plural: plural}
	switch {
	case person != "":
		m.person = true
		code := person
		if country != "" && !strings.HasPrefix(code, country[:3]) && len(code) >= 3 && isAgentOnly(code) {
			code = country[:3] + code
		}
		m.codes = []string{code}
		m.spans = [][2]int{{start, end}}
		_ = personSpan
	case country != "" && len(agents) > 0:
		code := country
		if countryKind == dict.Capital && !c.dict.Compat && len(code) > 3 {
			// "a Bishkek court", "Moscow police": the city's, not the
			// government's.
			code = code[:3]
		}
		for _, ag := range agents {
			code = addAgent(code, ag)
		}
		m.codes = []string{code}
		m.spans = [][2]int{{start, end}}
	case country != "":
		m.codes = []string{country}
		m.spans = [][2]int{countrySpan}
		m.capital = countryKind == dict.Capital && end == countrySpan[1]
		if countryKind == dict.Adj {
			m.adj = end == start+1 || start == countrySpan[0] && end == countrySpan[1] && !c.dict.Compat // "North Korean"
			// "Kyrgyz territory": a country only as a target, unless a people noun.
			m.weak = true
			if end < len(toks) && isPeopleNoun(toks[end].Lower) {
				m.weak = false
				m.codes[0] = addAgent(country, "CVL")
				m.end = end + 1
				m.plural = true
			}
			if end < len(toks) && isSideNoun(toks[end].Lower) {
				m.weak = false
				m.end = end + 1
			}
			if m.weak && end == start+1 && (end == len(toks) || strings.HasPrefix(toks[end].Tag, "VB") || toks[end].Lower == "," || toks[end].Lower == ".") {
				// "the Kyrgyz" used as a noun.
				m.weak = false
			}
		}
	case len(agents) > 0 && !c.dict.Compat && end < len(toks) && (toks[end].Tag == "NN" || toks[end].Tag == "NNS") && !isCapitalised(toks[end].Text) && !isPossessive(toks[end-1].Lower) &&
		(end+1 >= len(toks) || toks[end+1].Lower != "of") && !(j < len(atoms) && atoms[j].start == end) && !c.thatClauseVerb(toks, start, end):
		// An agent word used as an adjective: "military aid", "bank records";
		// but "a police station", "the government building" stand for
		// their agents as targets.
		if personNouns[toks[end].Lower] && !c.dict.Compat && toks[end].Tag == "NNS" {
			// "gang members", "opposition supporters": the agent's people.
			code := ""
			for _, ag := range agents {
				code = addAgent(code, ag)
			}
			return &mention{start: start, end: end + 1, codes: []string{code}, spans: [][2]int{{start, end + 1}}, plural: true}, j
		}
		if facilityNouns[toks[end].Lower] && !c.dict.Compat {
			code := ""
			for _, ag := range agents {
				code = addAgent(code, ag)
			}
			return &mention{start: start, end: end + 1, codes: []string{code}, spans: [][2]int{{start, end + 1}}, weak: true}, j
		}
		return nil, j
	case len(agents) > 0 && !c.dict.Compat && end+2 < len(toks) && (toks[end].Lower == "and" || toks[end].Lower == "or") &&
		(toks[end+1].Tag == "NN" || toks[end+1].Tag == "JJ") && (toks[end+2].Tag == "NN" || toks[end+2].Tag == "NNS") && !(j < len(atoms) && atoms[j].start == end+1):
		// "passenger and freight traffic": agent words as adjectives.
		return nil, j
	case len(agents) > 0 && !c.dict.Compat && start > 0 && toks[start-1].Lower == "foreign" && !(end < len(toks) && (toks[end].Lower == "of" || toks[end].Lower == "from")):
		// "denied visas to foreign journalists": people of no country the
		// sentence names, and not of the country it is about.
		return nil, j
	case len(agents) > 0:
		// An agent with no country yet: "the president of Tajikistan", or
		// the country from context later.
		code := ""
		if c.dict.Compat {
			code = compatNoActor
		}
		for _, ag := range agents {
			code = addAgent(code, ag)
		}
		m.codes = []string{code}
		m.spans = [][2]int{{start, end}}
		// "of/from Tajikistan (and Turkmenistan)".
		ownedFrom := !c.dict.Compat && end < len(toks) && toks[end].Lower == "from" && start > 0 && ownerPronouns[toks[start-1].Lower]
		if j < len(atoms) && end < len(toks) && !ownedFrom && (toks[end].Lower == "of" || toks[end].Lower == "from" && (c.dict.Compat || !weaponHeads[toks[end-1].Lower]) || c.dict.Compat && toks[end].Lower == "in") {
			// ("drones from Turkey" are Turkey's sale, not its army's act.)
			k := end + 1
			for k < len(toks) && (determiners[toks[k].Lower] || (compassAdjectives[toks[k].Lower] || nearbyAdjectives[toks[k].Lower]) && !c.dict.Compat) {
				k++ // "residents of southern Kazakhstan", "of neighbouring Kyrgyz and Tajik villages"
			}
			var countries []atom
			last := k
			jj := j
			for jj < len(atoms) && atoms[jj].isActor && atoms[jj].kind != dict.Person && atoms[jj].start == last {
				countries = append(countries, atoms[jj])
				last = atoms[jj].end
				jj++
				if !c.dict.Compat && !roleNouns[toks[end-1].Lower] {
					// "the family of a Kazakh activist": the head noun is
					// the agent; the activist only gives the country (but
					// "a representative of the Iraqi army" speaks for the
					// army: see joinRoles).
					for jj < len(atoms) && !atoms[jj].isActor && atoms[jj].start == last {
						last = atoms[jj].end
						jj++
					}
				}
				if last < len(toks) && (toks[last].Lower == "and" || toks[last].Lower == ",") {
					n := last + 1
					for n < len(toks) && (determiners[toks[n].Lower] || toks[n].Lower == "and") {
						n++
					}
					if jj < len(atoms) && atoms[jj].start == n && atoms[jj].isActor {
						last = n
						continue
					}
				}
				break
			}
			if len(countries) > 0 {
				m.codes = m.codes[:0]
				m.spans = m.spans[:0]
				for _, cn := range countries {
					cc := cn.code
					if cn.kind == dict.Capital && !c.dict.Compat && len(cc) > 3 {
						cc = cc[:3] // "residents of Tashkent": the city's people, not its government's
					}
					for _, ag := range agents {
						cc = addAgent(cc, ag)
					}
					m.codes = append(m.codes, cc)
					m.spans = append(m.spans, [2]int{start, cn.end})
				}
				m.end = countries[len(countries)-1].end
				m.plural = m.plural || len(countries) > 1
				if !c.dict.Compat && m.end+1 < len(toks) && isPossessive(toks[m.end].Lower) && jj < len(atoms) && !atoms[jj].isActor && atoms[jj].start == m.end+1 {
					// "the lower house of Tajikistan's parliament": one body.
					m.end = atoms[jj].end
					for i := range m.spans {
						m.spans[i][1] = m.end
					}
					jj++
				}
				j = jj
				if !c.dict.Compat && !roleNouns[toks[end-1].Lower] && len(countries) == 1 && countries[0].kind == dict.Adj && jj < len(atoms) && atoms[jj].start == m.end && !atoms[jj].isActor {
					// "the spokesman of the Russian Foreign Ministry": the
					// whole body, not a stray "Foreign Ministry".
					m.end = atoms[jj].end
					j = jj + 1
				}
			}
		}
	default:
		return nil, j
	}
	return m, j
}

// fillerBetween reports whether the tokens between two atoms may sit inside
// one noun phrase: determiners, adjectives, titles, hyphens.
func fillerBetween(toks []nlp.Token, from, to int) bool {
	if to-from > 3 || to < from {
		return false
	}
	for k := from; k < to; k++ {
		t := &toks[k]
		switch {
		case determiners[t.Lower] && k == from && false:
		case t.Tag == "JJ" || t.Tag == "JJS" || t.Tag == "JJR" || t.Tag == "VBN" && k > from:
		case t.Lower == "-" || t.Lower == "former" || t.Lower == "senior" || t.Lower == "top" || t.Lower == "deputy" ||
			t.Lower == "acting" || t.Lower == "then" || t.Lower == "new" || t.Lower == "chief" || t.Lower == "interim":
		case t.Tag == "NNP" && isCapitalised(t.Text) && !isPossessive(t.Lower):
			// Part of a title or name: "Foreign Minister", "Deputy".
		case t.Tag == "NN" || t.Tag == "NNS":
			// "border guards", "security forces": noun modifiers.
		default:
			return false
		}
	}
	return true
}

func isPossessive(w string) bool { return w == "'s" || w == "'" || w == "’s" || w == "’" }

func isCapitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isAgentOnly reports whether a code has no country part (it starts with an agent).
func isAgentOnly(code string) bool {
	switch code[:3] {
	case "GOV", "MIL", "COP", "OPP", "REB", "JUD", "LEG", "MED", "CVL", "BUS", "HRI", "LAB", "REF", "EDU", "REL", "SPY", "ELI", "CRM", "HLH", "AGR", "UAF", "INS", "SEP":
		return true
	}
	return false
}

// nonState reports whether a code starts with an international or
// non-governmental organisation, an armed group or a company rather than a
// country: such actors lend no country to the people around them.
func nonState(code string) bool {
	if len(code) < 3 {
		return false
	}
	switch code[:3] {
	case "IGO", "NGO", "IMG", "MNC":
		return true
	}
	return false
}

// addAgent appends an agent part to a code unless it is there already.
func addAgent(code, agent string) string {
	if pre, ok := strings.CutSuffix(agent, "~"); ok {
		// A PETRARCH prefix agent: "MSF [NGO~]" goes before the actor.
		if strings.HasPrefix(code, pre) {
			return code
		}
		return pre + strings.TrimPrefix(code, compatNoActor)
	}
	for i := 0; i+3 <= len(code); i += 3 {
		if code[i:i+3] == agent {
			return code
		}
	}
	if len(agent) > 3 && strings.HasSuffix(code, agent) {
		return code // "government newspaper" (GOVMED) on a GOVMED actor
	}
	// An elite person with a government title stays as coded.
	return code + agent
}

func isPeopleNoun(w string) bool {
	if personNouns[w] {
		return true // "a Palestinian teenager", "Afghan men"
	}
	switch w {
	case "people", "citizens", "nationals", "residents", "villagers", "civilians", "population", "migrants", "workers", "students", "protesters", "demonstrators":
		return true
	}
	return false
}

func isSideNoun(w string) bool {
	switch w {
	case "side", "sides", "delegation", "counterpart", "counterparts":
		return true
	}
	return false
}

// coordinate joins "A and B" and "A, B and C" mentions into one compound
// mention when both sides are actors of the same sort.
// twoRoles reports whether two agent nouns joined by "and" are the titles of
// one named person: "the journalist and activist Aigerim Tleuzhan".
func twoRoles(toks []nlp.Token, m, n *mention, gap []nlp.Token) bool {
	if len(gap) != 1 || gap[0].Lower != "and" || len(m.codes) != 1 || len(n.codes) != 1 {
		return false
	}
	if !isAgentOnly(m.codes[0]) || m.end-m.start != 1 || m.start == 0 || !determiners[toks[m.start-1].Lower] {
		return false
	}
	last := toks[n.end-1]
	return last.Tag == "NNP" && isCapitalised(last.Text) && n.end-n.start >= 2
}

func coordinate(toks []nlp.Token, ms []*mention, compat bool) []*mention {
	coordGap := isCoordGap
	if compat {
		coordGap = isCompatCoordGap
	}
	var out []*mention
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		for i+1 < len(ms) {
			n := ms[i+1]
			if m.weak != n.weak && !(m.adj && !n.weak) && !(m.adj && n.adj && !compat) {
				break
			}
			if n.start < m.end {
				// Parts of one hyphenated word: "Kyrgyz-Tajik".
				joined := &mention{start: m.start, end: max(m.end, n.end), weak: m.weak && n.weak, adj: m.adj && n.adj, plural: true}
				joined.codes = append(append([]string{}, m.codes...), n.codes...)
				joined.spans = append(append([][2]int{}, m.spans...), n.spans...)
				m = joined
				i++
				continue
			}
			gap := toks[m.end:n.start]
			if !compat && twoRoles(toks, m, n, gap) {
				// "the journalist and activist Aigerim Tleuzhan": one person.
				m = &mention{start: m.start, end: n.end, codes: n.codes, spans: n.spans, person: n.person, text: n.text}
				i++
				continue
			}
			if !coordGap(gap) {
				break
			}
			if e := afterAdverbs(toks, n.end); !compat && !m.compound() && len(gap) >= 2 && gap[0].Lower == "," && finiteBefore(toks, m.start) && hasConj(gap) && e < len(toks) &&
				(toks[e].Tag == "VBD" || toks[e].Tag == "VBZ" || toks[e].Tag == "MD") {
				break // "summoned Azerbaijan's ambassador, and Azerbaijan said …": a new clause
			}
			if compat && closedPair(toks, m, gap) {
				break // "A and B, and C and D": two pairs
			}
			if !compat && newClauseSubject(toks, m, n, gap) {
				break // "… into Ukraine, and Zelensky declared martial law"
			}
			if !compat && !hasConj(gap) && m.start >= 2 && toks[m.start-1].Lower == "to" && toks[m.start-2].Lower == "according" ||
				!compat && !hasConj(gap) && m.start >= 3 && toks[m.start-2].Lower == "to" && toks[m.start-3].Lower == "according" ||
				!compat && !hasConj(gap) && withinAccordingTo(toks, m.start) {
				break // "According to the Kremlin, Putin and Mirziyoyev discussed …"
			}
			if !compat && !hasConj(gap) && (introPlace(toks, m) || introPhrase(toks, m)) {
				break // "In Dushanbe, Xi and Rahmon signed …"
			}
			if !hasConj(gap) {
				// "A, B and C": a comma joins only inside a list that ends with "and".
				if !compat && headlinePair(toks, m, n, gap) {
					// A headline's "Kazakhstan, Uzbekistan sign water deal".
				} else if !listEndsWithConj(toks, ms, i+1, coordGap) {
					break
				}
			}
			joined := &mention{start: m.start, end: n.end, weak: m.weak && n.weak, person: m.person && n.person, plural: true}
			if !compat {
				joined.adj = m.adj && n.adj // "Russian, Tajik and Uzbek troops"
			}
			joined.codes = append(append([]string{}, m.codes...), n.codes...)
			joined.spans = append(append([][2]int{}, m.spans...), n.spans...)
			// "Kyrgyz and Tajik border guards": the agent of the last applies to all.
			if m.adj && !n.weak && len(n.codes) == 1 && len(n.codes[0]) > 3 {
				for k := range m.codes {
					joined.codes[k] = m.codes[k] + n.codes[0][3:]
				}
				joined.weak = false
			}
			m = joined
			i++
		}
		if compat && m.compound() {
			shareActor(m)
		}
		out = append(out, m)
	}
	return out
}

// afterAdverbs returns the first token from k on that is no adverb: "a
// court later sentenced him" reaches "sentenced".
func afterAdverbs(toks []nlp.Token, k int) int {
	for k < len(toks) && toks[k].Tag == "RB" {
		k++
	}
	return k
}

// listEndsWithConj reports whether the mentions from ms[i] on form a list
// "B, C … and D" that a conjunction closes: "Mordor, Rohan, Fornost and Bree".
func listEndsWithConj(toks []nlp.Token, ms []*mention, i int, coordGap func([]nlp.Token) bool) bool {
	for k := i; k+1 < len(ms) && k < i+8; k++ {
		if ms[k+1].start < ms[k].end {
			return false
		}
		gap := toks[ms[k].end:ms[k+1].start]
		if !coordGap(gap) {
			return false
		}
		if hasConj(gap) {
			return true
		}
	}
	return false
}

func isCoordGap(gap []nlp.Token) bool {
	if len(gap) == 0 || len(gap) > 3 {
		return false
	}
	hasConj := false
	for _, t := range gap {
		switch t.Lower {
		case "and", "or", "&", "nor":
			hasConj = true
		case ",", "the", "its", "their", "his", "her", "a", "an":
		default:
			if countWords[t.Lower] == 0 && !isFigure(t.Lower) {
				return false // "a Kazakh company and two Kyrgyz firms", "50 Tajik and 30 Uzbek migrants"
			}
		}
	}
	return hasConj || len(gap) == 1 && gap[0].Lower == "," || listArticleGap(gap)
}

// ledOrganisation reports whether an organisation's name starts at k, after
// "Russian-led": the organisation is the actor.
func (c *Coder) ledOrganisation(toks []nlp.Token, k int, date string) bool {
	if c.dict.Compat || k >= len(toks) {
		return false
	}
	e, n := c.dict.Actors.Match(toks, k)
	if n == 0 {
		return false
	}
	cd, ok := e.CodeOn(date)
	return ok && cd.Kind == dict.Name && strings.HasPrefix(cd.Code, "IGO")
}

func hasConj(gap []nlp.Token) bool {
	for _, t := range gap {
		if t.Lower == "and" || t.Lower == "or" || t.Lower == "&" || t.Lower == "nor" {
			return true
		}
	}
	return false
}

func isUpperWord(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// prepBefore returns the word before a mention, skipping determiners and
// adjectives: "in" for "in southern Kyrgyzstan".
func prepBefore(toks []nlp.Token, start int) string {
	k := start - 1
	for k >= 0 && k >= start-3 && (isDeterminer(&toks[k]) || toks[k].Tag == "JJ" || toks[k].Tag == "JJS") {
		k--
	}
	if k < 0 {
		return ""
	}
	return toks[k].Lower
}

// ownerPronouns before an agent make it someone's own: "withdraw his troops
// from Kuwait" are not Kuwait's troops.
var ownerPronouns = map[string]bool{"his": true, "her": true, "its": true, "their": true, "our": true}

// partyNouns before "in" and a country stand for that country's sides.
var partyNouns = map[string]bool{"parties": true, "sides": true, "factions": true, "belligerents": true}

// facilityNouns after an agent word make a place that stands for the agent:
// "police station", "army base", "government building".
var facilityNouns = map[string]bool{
	"building": true, "buildings": true, "station": true, "stations": true, "headquarters": true,
	"office": true, "offices": true, "base": true, "bases": true, "post": true, "posts": true,
	"checkpoint": true, "checkpoints": true, "compound": true, "barracks": true, "convoy": true,
	"convoys": true, "patrol": true, "patrols": true, "vehicle": true, "vehicles": true,
	"positions": true, "outpost": true, "outposts": true, "residence": true, "depot": true,
	"installation": true, "installations": true, "facility": true, "facilities": true,
}

// ledSuffixes follow a country in a hyphenated adjective that stands for it:
// "Saudi-led coalition", "British-flagged tanker", "state-owned".
var ledSuffixes = map[string]bool{"led": true, "flagged": true, "owned": true, "registered": true}

// heldSuffixes make a place of whoever holds it: "rebel-held", "Kurdish-controlled".
var heldSuffixes = map[string]bool{"held": true, "controlled": true, "occupied": true, "run": true}

// teamNouns after a country's possessive make a sports side, not an actor.
var teamNouns = map[string]bool{
	"team": true, "teams": true, "squad": true, "squads": true, "club": true, "players": true,
	"athletes": true, "footballers": true, "under-21": true,
	"wrestlers": true, "boxers": true, "goalkeeper": true, "striker": true, "coach": true,
}

// compassAdjectives name a part of a country: "residents of southern Kazakhstan"
// are Kazakhstan's.
var compassAdjectives = map[string]bool{
	"northern": true, "southern": true, "eastern": true, "western": true, "central": true,
	"north-eastern": true, "north-western": true, "south-eastern": true, "south-western": true,
	"northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true,
}

// headlinePair reports whether "A, B" opens a headline as its subject:
// "Kazakhstan, Uzbekistan sign water deal", "Putin, Tokayev to meet".
func headlinePair(toks []nlp.Token, m, n *mention, gap []nlp.Token) bool {
	if len(gap) != 1 || gap[0].Lower != "," || n.end >= len(toks) {
		return false
	}
	if m.start > 0 && toks[m.start-1].Lower != "-" && toks[m.start-1].Lower != "--" && toks[m.start-1].Lower != "—" {
		return false
	}
	switch toks[n.end].Tag {
	case "VBP", "VBZ", "VBD", "MD":
		return true
	case "NN":
		// "Tajikistan, Kyrgyzstan sign/NN border treaty": a verbless headline.
		return verblessHeadline(toks)
	}
	return toks[n.end].Lower == "to"
}

// finiteBefore reports whether a finite verb stands before token k: a
// mention after one is an object, not the start of a compound subject.
func finiteBefore(toks []nlp.Token, k int) bool {
	for j := 0; j < k && j < len(toks); j++ {
		if t := toks[j].Tag; t == "VBD" || t == "VBZ" || t == "VBP" {
			return true
		}
	}
	return false
}

// ofCountry reports whether "of" and a country's name start at k.
func (c *Coder) ofCountry(toks []nlp.Token, k int) bool {
	if k+1 >= len(toks) || toks[k].Lower != "of" {
		return false
	}
	k++
	if toks[k].Lower == "the" && k+1 < len(toks) {
		k++
	}
	e, n := c.dict.Actors.Match(toks, k)
	return n > 0 && e != nil && isCapitalised(toks[k].Text)
}

// nameParticles begin a person's surname in lower case: "von der Leyen",
// "de Mistura", "van Rompuy".
var nameParticles = map[string]bool{
	"von": true, "van": true, "de": true, "der": true, "den": true, "da": true, "di": true, "du": true,
	"del": true, "della": true, "dos": true, "bin": true, "ibn": true, "al": true, "le": true, "la": true,
}
