package coder

import (
	"strings"

	"github.com/accord-hub/accord/internal/cameo"
	"github.com/accord-hub/accord/internal/dict"
	"github.com/accord-hub/accord/internal/event"
	"github.com/accord-hub/accord/internal/nlp"
)

// vgroup is a verb group: auxiliaries, negation and the head verb, or an
// event noun.
type vgroup struct {
	start, head, end int // tokens [start, end), head the main verb or noun
	lemmas           []string
	neg              bool
	modal            string // "will", "would", "could" …
	passive          bool
	finite           bool
	noun             bool
	frame            string // frame kind when the head is a frame verb
	coded            bool   // the group gave at least one event
	evFrom, evTo     int    // the events it gave, x.events[evFrom:evTo]
}

// sentence is the working state of coding one sentence.
type sentence struct {
	c      *Coder
	st     *docState
	s      *nlp.Sentence
	toks   []nlp.Token
	from   int
	ms     []*mention
	groups []*vgroup
	// skip marks tokens inside parentheses and ", which … ," clauses.
	skip []bool
	// docCountry is the country most named in the document so far.
	docCountry string
	// sentCountry is the one country the sentence names, for agents of a
	// story's first sentence, when the document has named none before.
	sentCountry string
	// attributor is the actor of "according to X", if any.
	attributor *mention
	events     []event.Event
	seen       map[string]bool // made on the first emit
	// slab holds the verb groups, allocated a few at a time (newGroup).
	slab []vgroup
	// groupsDone is set when findGroups has finished: the groups change no
	// more, and cover (groupCovering's index, made on first use) is valid.
	groupsDone bool
	cover      []*vgroup
	// words holds the sentence's words for Pattern.MayMatch, made on
	// first use (wordSet).
	words     dict.WordSet
	wordsDone bool
	s8        s8facts // facts for the rules' gates, made on first use
}

// newGroup returns a pointer to a copy of g; groups are allocated in
// blocks, as a sentence has several.
func (x *sentence) newGroup(g vgroup) *vgroup {
	if len(x.slab) == cap(x.slab) {
		x.slab = make([]vgroup, 0, 8)
	}
	x.slab = append(x.slab, g)
	return &x.slab[len(x.slab)-1]
}

var auxForms = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true, "am": true,
	"has": true, "have": true, "had": true, "having": true, "do": true, "does": true, "did": true,
	"'s": true, "'re": true, "'ve": true, "'d": true, "get": true, "got": true, "gets": true,
}

var modals = map[string]bool{
	"will": true, "would": true, "shall": true, "should": true, "could": true, "can": true,
	"may": true, "might": true, "must": true, "'ll": true, "wo": true, "ca": true,
}

var speechLemmas = map[string]bool{
	"say": true, "tell": true, "state": true, "announce": true, "claim": true, "allege": true,
	"report": true, "add": true, "note": true, "insist": true, "stress": true, "declare": true,
	"confirm": true, "write": true, "quote": true, "believe": true, "think": true, "argue": true,
	"contend": true, "assert": true, "maintain": true, "explain": true, "emphasize": true,
	"emphasise": true, "acknowledge": true, "suggest": true, "indicate": true,
}

func (c *Coder) codeSentence(st *docState, s *nlp.Sentence, first bool) []event.Event {
	toks := s.Tokens
	x := &sentence{c: c, st: st, s: s, toks: toks}
	if first {
		x.from = datelineEnd(toks)
	}
	x.ms = c.findMentions(toks, x.from, st.date)
	if c.placeCountry != nil && !c.dict.Compat {
		x.addPlaces()
	}
	if !c.dict.Compat {
		x.affiliations()
		x.mergeNamedAgents()
		x.pressRSF()
		x.mergeAgentNames()
		x.basedIn()
		x.agentsInPlaces()
		x.dropHelpModifiers()
		x.dropJointBodies()
	}
	x.resolveReferences()
	if !c.dict.Compat {
		x.bareCountRefs()
	}
	if first && !c.dict.Compat {
		x.datelineAgents()
	}
	if !c.dict.Compat {
		x.visitedHosts() // ca19
	}
	x.inferCountries()
	if !c.dict.Compat {
		x.theirOfCompound()
		x.visitedOfficials()
		x.counterpartAgents()
		x.headsOf()
		x.localOfficials()
		x.definiteBodies() // g4
	}
	if !x.discarded() {
		x.markSkips()
		x.skipSubjectGerunds()
		x.findGroups()
		x.joinAcrossRelative()
		if x.c.dict.Compat {
			x.phraseActors()
		}
		x.findAttribution()
		if x.attributor != nil && !x.attributor.pronoun && len(x.attributor.codes) > 0 && x.attributor.codes[0] != "" && x.attributor.codes[0][0] != '?' {
			defer func(m *mention) { st.speaker = m }(x.attributor)
		}
		for _, g := range x.groups {
			before := len(x.events)
			x.codeGroup(g)
			if len(x.events) > before {
				g.coded = true
				g.evFrom, g.evTo = before, len(x.events)
			}
		}
		x.coordinatedDemands()
		x.metWithThreats()
		x.greetingsToHost()
		x.priceThreats()
		if !c.dict.Compat {
			x.saidThreats()
		}
		x.optionsThreats()
		x.verdictStatements()
		x.openWarnings()
		x.openFrames()
		x.negatedIntentRefusals()
		if !c.dict.Compat {
			x.negatedPermissions()
		}
		if !c.dict.Compat {
			x.openAdvice()
			x.failedDuties()
			x.letActs()
			x.hostedMeetings()
			x.proposedThat()
			x.electionVerdicts()
			x.troopsLeaving()
			x.mutualViolence()
			x.phoneCalls()
			x.dropPlainConsults()
			x.courtesyCalls()
			x.expectedVisits()
			x.mediators()
			x.guestVisits()
			x.bareCalls()
			x.helpedActs()
			x.legalWarnings()
			x.judgedRemarks()
			x.mutualIntents()
			x.agreedWithPartner()
			x.mutualOverTroops()
			x.rejectedProposals()
			x.dropSinceClauses()
			x.dropNoneObjects()
			x.territoryAssurances()
			x.summaryReactions()
			x.summaryVerdicts()
			x.reactionTargets()
			x.mediatedBy()
			x.hopedActs()
			x.lawSigning()
			x.speakerAsVictim()
			x.speakerVictims()
			x.underWhichTargets()
			x.dropTheyTalks()
			x.announcedPunishments()
			x.foreignOrders()
			x.meetingAside()
			x.invitedHosts()
			x.behindAccusations()
			x.includedTargets()
			x.dropBorderTargets()
			x.mutualAfterLostTarget()
			x.harmVictimTargets()
			x.dropJustifications()
			x.dropResults()
			x.dropPraisedWork()
			x.dropConditionedActs()
			x.dropNominalVisits()
			x.compoundMutuals()
			x.answeredIdeas()
			x.answeredActs()    // g5
			x.heldTargets()     // g5
			x.handedOver()      // g5
			x.orderedReleases() // g5
			x.objectRelatives()
			x.agreedTogether()
			x.thingMakers()
			x.coordinatedTargets()
			x.protestOwnTargets() // ca19
			x.dropAccidentKills()
			x.reactionAppositions()
			x.spokenCalls()
			x.attendedGatherings()
			x.domesticObjects()
			x.toldAsRebuke()
			x.dropMeetingPurposes()
		}
		x.accusations()
		x.dropStatements()
		if !c.dict.Compat {
			x.dropEchoes()
			x.dropTargetless()
		}
		x.dropFalseSenses()
	}
	x.remember()
	x.rememberMeeting()
	x.rememberHolder() // g5
	x.rememberActs()   // g5
	return x.events
}

// findGroups finds verb groups and event nouns.
func (x *sentence) findGroups() {
	toks := x.toks
	verbs := x.c.dict.Verbs
	if x.groups == nil {
		x.groups = make([]*vgroup, 0, 8) // most sentences have a few
	}
	for k := x.from; k < len(toks); k++ {
		t := &toks[k]
		isVerb := strings.HasPrefix(t.Tag, "VB")
		if !isVerb && (t.Tag == "NN" || t.Tag == "NNS" || t.Tag == "JJ") && k > 0 && (toks[k-1].Lower == "to" || isModal(&toks[k-1])) && len(verbs.LemmasOfToken(&toks[k])) > 0 {
			isVerb = true // "to sign": a verb the tagger took for a noun
		}
		if !isVerb && !x.c.dict.Compat && (t.Tag == "NN" || t.Tag == "NNS" || t.Tag == "JJ") && x.afterModalAdverbs(k) && len(verbs.LemmasOfToken(&toks[k])) > 0 {
			isVerb = true // "would always firmly/VB support/NN"
		}
		if isVerb && !x.c.dict.Compat && !hasLetter(t.Text) {
			isVerb = false // a closing quotation mark tagged VBP
		}
		if isVerb && !x.c.dict.Compat && (t.Tag == "VBP" || t.Tag == "VB") && x.insideMention(k) {
			isVerb = false // "Turkmen border/VBP guards": a word of the actor's name
		}
		if !isVerb && x.c.dict.Compat && x.verbAfterActor(k) {
			isVerb = true // "Ethiopia departs from Libya"
		}
		if isVerb && !x.c.dict.Compat && x.participleModifier(k) {
			isVerb = false // "the visiting US envoy", "freed jailed journalists"
		}
		if isVerb && t.Tag == "VBG" && k > x.from && k+1 < len(toks) && !x.c.dict.Compat && toks[k-1].Tag == "DT" && toks[k+1].Tag == "NNS" {
			isVerb = false // "the warring parties", "the ruling parties"
		}
		if isVerb && (t.Tag == "VBN" || t.Tag == "VBD") && k > x.from && k+1 < len(toks) && !x.c.dict.Compat &&
			(toks[k-1].Tag == "DT" && !floatingQuantifier(toks, k-1, x.from) || toks[k-1].Tag == "PRP$" || toks[k-1].Tag == "CD" && t.Tag == "VBN") && (strings.HasPrefix(toks[k+1].Tag, "NN") || toks[k+1].Tag == "JJ") {
			isVerb = false // "the ousted president", "their detained relatives"
		}
		if isVerb && !x.c.dict.Compat && x.ofParticiple(k) {
			isVerb = false // "relatives of detained ethnic Kazakhs"
		}
		if isVerb && t.Tag == "VBG" && k > x.from && k+1 < len(toks) && !x.c.dict.Compat && toks[k-1].Tag == "DT" && toks[k+1].Tag == "NN" {
			isVerb = false // "a crushing response", "a growing crisis"
		}
		if isVerb && !x.c.dict.Compat && (x.demonymNoun(k) || adjectiveForm(t.Lower) && len(verbs.LemmasOfToken(&toks[k])) == 0) {
			isVerb = false // "denied Kyrgyz claims", "called the statements provocative"
		}
		if isVerb && !x.c.dict.Compat && (!hasLetter(t.Text) || x.insideName(k) || x.mentionCovers(k) && len(verbs.LemmasOfToken(&toks[k])) == 0) {
			isVerb = false // "the Kyrgyz and Tajik armed forces"
		}
		if isVerb && t.Tag == "VBD" && !x.c.dict.Compat && (x.participleAfterObject(k) || x.objectlessParticiple(k)) {
			toks[k].Tag = "VBN" // "released a Kyrgyz citizen detained for …": a participle
			t = &toks[k]
		}
		if isVerb && x.reducedPassive(k) {
			continue // "migrants detained in Moscow began a hunger strike": no verb of theirs
		}
		if isVerb && x.subjectParticiple(k) {
			continue // "Uighurs held in camps in Xinjiang gathered …": part of the subject
		}
		if isVerb && t.Lower == "warning" && k > x.from && toks[k-1].Lower == "without" && !x.c.dict.Compat {
			isVerb = false // "shoot without warning": an idiom, no warning given
		}
		if isVerb && (t.Lower == "dead" || t.Lower == "alive") && !x.c.dict.Compat {
			isVerb = false // "shot dead": a result, not a verb
		}
		emotionAdj := false
		if !isVerb && t.Tag == "JJ" && !x.c.dict.Compat && strings.HasSuffix(t.Lower, "ed") && k > x.from {
			// "was deeply concerned by": a passive of feeling tagged as an adjective.
			j := k - 1
			for j > x.from && toks[j].Tag == "RB" {
				j--
			}
			if emotionLemma(t.Lower) != "" && auxForms[toks[j].Lower] {
				isVerb, emotionAdj = true, true
			}
		}
		finiteGuess := false
		if !isVerb && !x.c.dict.Compat && (x.mistaggedVerb(k) || x.headlineVerbAt(k)) {
			isVerb, finiteGuess = true, true // "Norway/RB criticised/JJ Russia"
		}
		if !isVerb && !x.c.dict.Compat && x.subjunctiveVerb(k) {
			isVerb, finiteGuess = true, true // "demanded that the Taliban hand/NN over"
		}
		if isVerb {
			// An auxiliary directly followed by another verb is not a head.
			if isAux(t) {
				n := k + 1
				for n < len(toks) && (toks[n].Tag == "RB" || toks[n].Lower == "not" || toks[n].Lower == "n't" || !x.c.dict.Compat && floatingQuantifier(toks, n, x.from)) {
					n++
				}
				if n < len(toks) && strings.HasPrefix(toks[n].Tag, "VB") {
					continue
				}
			}
			g := x.newGroup(vgroup{start: k, head: k, end: k + 1, finite: t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || finiteGuess})
			g.lemmas = verbs.LemmasOfToken(&toks[k])
			if x.c.dict.Compat && len(g.lemmas) == 0 {
				x.joinVerbWord(g) // "wire tap"
				k = g.end - 1
			}
			for _, l := range g.lemmas {
				if f := verbs.Frame(l); f != "" {
					g.frame = f
				}
			}
			// Walk back over auxiliaries, modals, negation and adverbs.
			beSeen := false
			for j := k - 1; j >= x.from; j-- {
				w := &toks[j]
				switch {
				case w.Lower == "not" || w.Lower == "n't" || w.Lower == "never":
					g.neg = true
				case w.Lower == "longer" && j > x.from && toks[j-1].Lower == "no" && !x.c.dict.Compat:
					g.neg = true // "no longer opposed the dam"
					j--
				case isModal(w) || w.Tag == "MD":
					g.modal = w.Lower
					g.finite = true
				case isAux(w):
					if strings.HasPrefix(w.Lower, "b") || w.Lower == "is" || w.Lower == "are" || w.Lower == "was" || w.Lower == "were" || w.Lower == "am" || w.Lower == "get" || w.Lower == "got" {
						beSeen = true
					}
					if w.Tag == "VBD" || w.Tag == "VBZ" || w.Tag == "VBP" {
						g.finite = true
					}
				case floatingQuantifier(toks, j, x.from) && !x.c.dict.Compat:
					// "were each given life terms", "were all detained"
				case (w.Tag == "RB" || lyAdverb(w.Lower) && !x.c.dict.Compat) && j > x.from && (x.c.dict.Compat || x.mentionEndingAt(j) == nil && x.mentionStartingAt(j) == nil):
					// an adverb, unless it is an actor the tagger took for
					// one ("the Sri Lankan navy/RB arrested")
				default:
					j = -1
					continue
				}
				g.start = j
			}
			if beSeen && (t.Tag == "VBN" || emotionAdj) {
				g.passive = true
			}
			if t.Tag == "VBN" && g.start == k && k > x.from && toks[k-1].Lower == "," && k+1 < len(toks) && toks[k+1].Lower == "by" && !x.c.dict.Compat {
				// "The agreement, signed by Kazakhstan and China, covers …":
				// a passive participle whose agent follows.
				g.passive = true
			}
			if k+1 < len(toks) && toks[k+1].Lower == "no" && !x.c.dict.Compat && !speechLemmas[firstLemma(g)] && (k+2 >= len(toks) || toks[k+2].Lower != "longer" && toks[k+2].Lower != "less") {
				// "would accept no conditions", "signed no deal": not done.
				g.neg = true
			}
			if g.start > x.from && toks[g.start-1].Lower == "without" && t.Tag == "VBG" && !x.c.dict.Compat {
				g.neg = true // "ended the meeting without signing a statement"
			}
			// "going to sign" is a future.
			if k >= 2 && toks[k-1].Lower == "to" && toks[k-2].Lower == "going" {
				g.modal = "will"
			}
			x.groups = append(x.groups, g)
			continue
		}
		if strings.HasPrefix(t.Tag, "NN") {
			if ls := verbs.NounLemmasOfToken(&toks[k]); len(ls) > 0 {
				x.groups = append(x.groups, x.newGroup(vgroup{start: k, head: k, end: k + 1, lemmas: ls, noun: true}))
			} else if k+1 < len(toks) {
				// Two-word event nouns: "peace talks", "border clashes" hang on the last.
				if ls := verbs.NounLemmasOfPair(&toks[k], &toks[k+1]); len(ls) > 0 {
					x.groups = append(x.groups, x.newGroup(vgroup{start: k, head: k + 1, end: k + 2, lemmas: ls, noun: true}))
					k++
				}
			}
		}
	}
	x.groupsDone = true
}

// markSkips marks parenthetical and non-restrictive relative clauses, which
// subject and object searches step over.
func (x *sentence) markSkips() {
	toks := x.toks
	x.skip = make([]bool, len(toks))
	for k := 0; k < len(toks); k++ {
		switch {
		case toks[k].Text == "(":
			j := k + 1
			for j < len(toks) && toks[j].Text != ")" {
				j++
			}
			for n := k; n < j && n < len(toks); n++ {
				x.skip[n] = true
			}
			if j < len(toks) {
				x.skip[j] = true
			}
			k = j
		case x.c.dict.Compat && toks[k].Lower == "," && k+1 < len(toks) && toks[k+1].Tag == "IN" && x.closingComma(k+1) > 0:
			// ", in remarks published on Monday,": PETRARCH's comma clause.
			j := x.closingComma(k + 1)
			for n := k + 1; n < j; n++ {
				x.skip[n] = true
			}
			k = j - 1
		case !x.c.dict.Compat && toks[k].Lower == "," && k+2 < len(toks) && (toks[k+1].Lower == "according" || toks[k+1].Lower == "for" && toks[k+2].Lower == "its"):
			// "The Tajik side, according to Bishkek, opened fire": an aside.
			j := k + 1
			for j < len(toks) && j < k+10 && toks[j].Lower != "," && toks[j].Lower != ";" && toks[j].Lower != "." {
				j++
			}
			if j < len(toks) && toks[j].Lower == "," {
				for n := k + 1; n < j; n++ {
					x.skip[n] = true
				}
				k = j - 1
			}
		case !x.c.dict.Compat && toks[k].Lower == "," && k+1 < len(toks) && (toks[k+1].Lower == "including" || toks[k+1].Lower == "such"):
			// "sent 40 lorries of aid, including flour, rice and medicines,
			// to Afghanistan": a list aside, closed by its last comma.
			if c := x.listAsideEnd(k + 1); c > 0 {
				for n := k + 1; n < c; n++ {
					x.skip[n] = true
				}
				k = c - 1
			}
		case !x.c.dict.Compat && toks[k].Lower == "," && k > x.from && k+2 < len(toks) && (toks[k+1].Tag == "VBG" || toks[k+1].Tag == "IN" && toks[k+1].Lower != "that") &&
			x.mentionEndingAt(k-1) != nil:
			// "Uzbekistan's border service, speaking to reporters in Termez,
			// accused …", "the ministry, in a statement on Tuesday,
			// condemned …": an aside between the subject and its verb.
			if j := x.asideEnd(k); j > 0 {
				for n := k + 1; n < j; n++ {
					x.skip[n] = true
				}
				k = j - 1
			}
		case !x.c.dict.Compat && toks[k].Lower == "," && k > x.from && k+2 < len(toks) && (toks[k+1].Tag == "DT" || toks[k+1].Tag == "PRP$" || toks[k+1].Tag == "NNP" && toks[k+2].Lower == "'s") &&
			x.personEndingAt(k-1) && x.appositionEnd(k) > 0:
			// "Tokayev, Putin's closest ally in the region, met Xi": an
			// apposition about the person before it, not the subject.
			j := x.appositionEnd(k)
			for n := k + 1; n < j; n++ {
				x.skip[n] = true
			}
			k = j - 1
		case toks[k].Lower == "," && k+1 < len(toks) && (toks[k+1].Lower == "which" || toks[k+1].Lower == "who" || toks[k+1].Lower == "whose" || toks[k+1].Lower == "where"):
			j := k + 1
			for j < len(toks) && toks[j].Lower != "," && toks[j].Lower != ";" && toks[j].Lower != "." {
				j++
			}
			for n := k + 1; n < j; n++ {
				x.skip[n] = true
			}
			k = j - 1
		}
	}
}

// asideEnd returns the closing comma of an aside opened by the comma at k
// when a finite verb follows it, or 0.
func (x *sentence) asideEnd(k int) int {
	toks := x.toks
	for j := k + 1; j < len(toks) && j < k+14; j++ {
		switch toks[j].Lower {
		case ";", ".", "and", "but", "who", "which", "said", "says":
			return 0
		case ",":
			n := j + 1
			for n < len(toks) && toks[n].Tag == "RB" {
				n++
			}
			if n < len(toks) && (toks[n].Tag == "VBD" || toks[n].Tag == "VBZ" || toks[n].Tag == "VBP" || toks[n].Tag == "MD") {
				return j
			}
			return 0
		}
	}
	return 0
}

// personEndingAt reports whether a person's mention ends at token k.
func (x *sentence) personEndingAt(k int) bool {
	m := x.mentionEndingAt(k)
	return m != nil && m.person && !m.compound()
}

// appositionEnd returns the comma that closes a verbless noun phrase
// opened at the comma k and followed by a finite verb, or 0.
func (x *sentence) appositionEnd(k int) int {
	j := x.asideEnd(k)
	if j == 0 {
		return 0
	}
	for n := k + 1; n < j; n++ {
		if t := x.toks[n].Tag; strings.HasPrefix(t, "VB") || t == "MD" || t == "IN" && x.toks[n].Lower == "that" {
			return 0
		}
	}
	return j
}

// mentionEndingAt returns the mention whose last token is k.
func (x *sentence) mentionEndingAt(k int) *mention {
	for _, m := range x.ms {
		if m.end-1 == k {
			return m
		}
	}
	return nil
}

func (x *sentence) mentionStartingAt(k int) *mention {
	for _, m := range x.ms {
		if m.start == k {
			return m
		}
	}
	return nil
}

func (x *sentence) groupCovering(k int) *vgroup {
	if x.groupsDone {
		if x.cover == nil {
			x.cover = make([]*vgroup, len(x.toks))
			for _, g := range x.groups {
				if g.noun {
					continue
				}
				for j := max(g.start, 0); j < g.end && j < len(x.cover); j++ {
					if x.cover[j] == nil {
						x.cover[j] = g
					}
				}
			}
		}
		if k < 0 || k >= len(x.cover) {
			return nil
		}
		return x.cover[k]
	}
	for _, g := range x.groups {
		if !g.noun && k >= g.start && k < g.end {
			return g
		}
	}
	return nil
}

// subjectPreps are prepositions whose object is never the subject.
var subjectPreps = map[string]bool{
	"of": true, "with": true, "to": true, "for": true, "by": true, "against": true, "on": true,
	"about": true, "from": true, "over": true, "between": true, "among": true, "than": true,
	"in": true, "at": true, "near": true, "into": true, "across": true, "inside": true, "toward": true,
	"towards": true, "under": true, "after": true, "before": true, "during": true, "like": true,
	"including": true, "despite": true, "amid": true, "through": true, "throughout": true, "via": true,
	"as": true, "upon": true, "within": true, "without": true, "outside": true, "around": true,
}

// quantityNouns head phrases whose real subject follows "of": "thousands
// of protesters", "supporters of the former president".
var quantityNouns = map[string]bool{
	"thousands": true, "hundreds": true, "dozens": true, "tens": true, "millions": true, "scores": true,
	"crowds": true, "groups": true, "group": true, "members": true, "supporters": true, "residents": true,
	"relatives": true, "families": true, "units": true, "troops": false, "number": true, "lot": true,
	"some": true, "many": true, "most": true, "several": true, "all": true, "each": true, "one": true,
	"two": true, "three": true, "four": true, "five": true, "delegation": true, "members'": false,
}

// mainSubjectAfter returns the subject of the main clause after a phrase
// that opens the sentence and holds g: the actor right after its comma,
// followed by a finite verb.
func (x *sentence) mainSubjectAfter(g *vgroup) *mention {
	if x.c.dict.Compat || g.start > x.from+2 {
		return nil
	}
	for k := g.end; k < len(x.toks) && k < g.end+12; k++ {
		if x.toks[k].Lower != "," {
			continue
		}
		n := k + 1
		for n < len(x.toks) && determiners[x.toks[n].Lower] {
			n++
		}
		if m := x.mentionStartingAt(n); m != nil && !m.weak && x.subjectOfClause(m) {
			return m
		}
		return nil
	}
	return nil
}

// quantityOf reports whether a mention after "of" is the real head of a
// quantity or group phrase: "thousands of protesters", "one of the Tajik
// suspects", "members of the opposition party".
func (x *sentence) quantityOf(m *mention) bool {
	if m.start >= 2 && quantityNouns[x.toks[m.start-2].Lower] {
		return true
	}
	// With a determiner between, only a count: "one of the suspects" is a
	// suspect, "supporters of the former president" are not the president.
	k := m.start - 1
	for k > x.from && x.toks[k].Lower != "of" && (determiners[x.toks[k].Lower] || x.toks[k].Tag == "PRP$") {
		k--
	}
	return k >= 1 && k < m.start-1 && x.toks[k].Lower == "of" && (countNouns[x.toks[k-1].Lower] || x.toks[k-1].Tag == "CD")
}

// countNouns are the quantity words of quantityNouns that count their
// of-phrase's members rather than name a group of their own.
var countNouns = map[string]bool{
	"thousands": true, "hundreds": true, "dozens": true, "tens": true, "millions": true, "scores": true,
	"number": true, "some": true, "many": true, "most": true, "several": true, "all": true, "each": true,
	"one": true, "two": true, "three": true, "four": true, "five": true, "none": true,
}

// relativeAntecedent returns the actor a restrictive relative clause whose
// verb is og hangs on: "soldiers" in "soldiers who fled across the river".
func (x *sentence) relativeAntecedent(og *vgroup) *mention {
	r := og.start - 1
	if r <= x.from {
		return nil
	}
	switch w := x.toks[r]; {
	case w.Lower == "who", w.Lower == "which", w.Lower == "that" && w.Tag == "WDT":
	default:
		return nil
	}
	m := x.mentionEndingAt(r - 1)
	if m == nil || m.start > x.from && x.mentionEndingAt(m.start-1) != nil {
		return nil // a phrase split in two: which part the clause hangs on is unclear
	}
	return m
}

// relativeObjectOf returns the antecedent of the relative clause whose verb
// has m as its object ("activists who criticised the government"), or nil.
func (x *sentence) relativeObjectOf(m *mention) *mention {
	k := m.start - 1
	for k > x.from && (determiners[x.toks[k].Lower] || x.toks[k].Tag == "JJ" || x.toks[k].Tag == "CD") {
		k--
	}
	og := x.groupCovering(k)
	if og == nil || og.end != k+1 {
		return nil
	}
	return x.relativeAntecedent(og)
}

// meetLemmas are verbs of meeting and calling, whose partner is the one a
// coordinated cooperative act is done to.
var meetLemmas = map[string]bool{
	"meet": true, "speak": true, "talk": true, "telephone": true, "phone": true, "call": true,
	"host": true, "receive": true, "welcome": true, "visit": true, "greet": true,
}

// envoyNouns take "to" before the country they are sent to: "Kazakhstan's
// ambassador to Kyrgyzstan was summoned".
var envoyNouns = map[string]bool{
	"ambassador": true, "ambassadors": true, "envoy": true, "envoys": true, "representative": true,
	"representatives": true, "delegation": true, "mission": true, "emissary": true, "consul": true,
	"delegate": true, "delegates": true,
}

// link says how a verb group reached the group whose subject it took.
type link struct {
	frame  string   // the frame kind passed through, if any
	target *mention // the object of an appeal or demand frame ("urged Y to")
	neg    bool     // the frame verb was negated
	modal  string
	via    *vgroup
	// partner is the object of the verb ours is coordinated with: "met Xi
	// and signed an agreement" signs with Xi.
	partner *mention
	// partnerMet is set when that verb was a meeting or call: "spoke with
	// Putin and offered condolences" offers them to Putin.
	partnerMet bool
	// partnerBlamed is set when that verb was an accusation or criticism:
	// "accused Washington of theft and demanded the funds back" demands
	// them of Washington.
	partnerBlamed bool
}

// subjectOf finds the subject of a verb group, following infinitives and
// coordination to the verb that has one.
func (x *sentence) subjectOf(g *vgroup, depth int) (*mention, link) {
	var l link
	if depth > 4 {
		return nil, l
	}
	toks := x.toks
	if m := x.judgedActor(g); m != nil {
		return m, l // "criticised Iran for deporting Afghans"
	}
	if m := x.includingSubject(g); m != nil && !x.c.dict.Compat {
		return m, l // "Critics, including the ombudsman, denounced"
	}
	// "by burning", "after signing": the subject of the main verb.
	if g.start > x.from && toks[g.head].Tag == "VBG" {
		switch toks[g.start-1].Lower {
		case "by", "after", "before", "while", "without", "when", "through", "despite":
			if prev := x.prevGroup(g.start - 1); prev != nil {
				m, pl := x.subjectOf(prev, depth+1)
				return m, pl
			}
			if m := x.mainSubjectAfter(g); m != nil {
				// "After meeting Putin in Moscow, Tokayev said …".
				return m, l
			}
		}
	}
	// "closed its border, accusing Moscow of …": a participle after a comma
	// shares the subject of the finite verb before it.
	if g.start > x.from+1 && toks[g.head].Tag == "VBG" && g.start == g.head && toks[g.start-1].Lower == "," && !x.c.dict.Compat {
		if prev := x.prevGroup(g.start - 1); prev != nil && !prev.noun && prev.finite && (x.skip == nil || !x.skip[prev.head]) && x.relativeHost(prev) == nil {
			return x.subjectOf(prev, depth+1)
		}
		fg := x.finiteBeforeInfinitive(g)
		if fg == nil {
			// "asked the CSTO to investigate Tajikistan's actions, calling
			// them aggression": the asker calls them so.
			fg = x.finiteAboveInfinitive(g)
		}
		if fg != nil {
			return x.subjectOf(fg, depth+1)
		}
	}
	// "adopted a statement condemning Tajik aggression": what the document
	// does, its author does.
	if m, ok := x.documentAuthor(g, depth); ok {
		return m, l
	}
	if m, sl, ok := x.seriesSubject(g, depth); ok {
		return m, sl // "met in Dushanbe, signed a statement and opened …"
	}
	// "met Y and signed": a verb right after "and" shares the subject of the
	// verb before it.
	j := g.start - 1
	for j > x.from && (toks[j].Tag == "RB" || toks[j].Lower == "then" || toks[j].Lower == "later") {
		j--
	}
	if j > x.from && (toks[j].Lower == "and" || toks[j].Lower == "but" || toks[j].Lower == "or") && !g.noun {
		prev := x.prevGroup(j)
		if prev != nil && g.finite && !prev.finite && toks[prev.head].Tag == "VBG" && !x.c.dict.Compat {
			// "flew to Dushanbe since sending troops …, and held talks": the
			// finite verb before the gerund's phrase.
			for _, og := range x.groups {
				if !og.noun && og.finite && og.end <= prev.start {
					prev = og
				}
			}
		}
		if prev != nil && !x.c.dict.Compat {
			prev = x.coordinateOf(prev, g)
			prev = x.pastSkipped(prev, g)
			if mg := x.mainOverRelative(prev, g); mg != nil {
				prev = mg // "detained X who had strayed … and later returned them"
			}
			prev = x.mainOverSubordinate(prev, g, j)
			prev = x.mainOverCommaRelative(prev, g, j)
		}
		if prev != nil && !prev.noun && (x.skip == nil || !x.skip[prev.head] || x.sameSkip(prev, g)) {
			if (toks[j-1].Lower == "," || x.speechAct(g)) && !x.c.dict.Compat {
				// "X said Kyrgyz soldiers had attacked, and accused Bishkek":
				// after a comma the verb goes with the speaker.
				if sg := x.reportingOver(prev, g, depth+1); sg != nil {
					m, pl := x.subjectOf(sg, depth+1)
					return m, link{modal: pl.modal, frame: pl.frame, target: pl.target}
				}
			}
			if !x.c.dict.Compat && x.speakerResumes(prev, g) {
				// "told Putin that terrorists had no nationality and offered
				// condolences": the teller offered them.
				if sg := x.speechGroupBefore(prev); sg != nil {
					m, pl := x.subjectOf(sg, depth+1)
					// whom it told is whom it goes on to address
					return m, link{modal: pl.modal, frame: pl.frame, target: pl.target, partner: x.toldPartner(m, sg.end, prev.start), partnerMet: true}
				}
			}
			if !x.c.dict.Compat && (x.pluperfectReport(prev, g) || x.shiftedReport(prev, g)) {
				// "said a Tajik patrol had detained two shepherds and
				// demanded their release": the tense tells the speaker's
				// act from the one reported.
				if sg := x.speechGroupBefore(prev); sg != nil {
					m, pl := x.subjectOf(sg, depth+1)
					return m, link{modal: pl.modal, frame: pl.frame, target: pl.target, partner: x.toldPartner(m, sg.end, prev.start), partnerMet: true, partnerBlamed: tellingLemmas[firstLemma(sg)]}
				}
			}
			m, pl := x.subjectOf(prev, depth+1)
			if m != nil && !x.c.dict.Compat && x.objectIsSubject(g, m) {
				// "said Tajik troops were occupying a hill and gave them 24
				// hours to leave": not the troops giving themselves a deadline.
				if sg := x.speechGroupBefore(prev); sg != nil {
					if sm, spl := x.subjectOf(sg, depth+1); sm != nil {
						return sm, link{modal: spl.modal, frame: spl.frame, target: spl.target}
					}
				}
			}
			if m == nil && !x.c.dict.Compat && (prev.passive || x.speakerGoesOn(g)) && g.modal == "" && (toks[g.head].Tag == "VBD" || toks[g.head].Tag == "VBZ" || toks[g.head].Tag == "VBN" && !prev.passive && g.start == g.head) {
				// "Aliyev said the plane had been hit … and demanded": no
				// actor did the reported act, so the speaker goes on.
				if sg := x.speechGroupBefore(prev); sg != nil {
					m, pl = x.subjectOf(sg, depth+1)
					return m, link{modal: pl.modal, frame: pl.frame, target: pl.target}
				}
			}
			return m, link{modal: x.sharedModal(pl.modal, prev, g), frame: pl.frame, target: pl.target, partner: x.objectOf(prev.end, j, false), partnerMet: meetLemmas[firstLemma(prev)], partnerBlamed: blameLemmas[firstLemma(prev)]}
		}
	}
	sawTo := false
	var between []*mention
	// A verb inside a skipped ", where …" or ", who …" clause reads its
	// own clause: "…, where the three countries signed".
	region := -1
	if x.skip != nil && g.start < len(x.skip) && x.skip[g.start] && !x.c.dict.Compat {
		region = g.start
		for region > 0 && x.skip[region-1] {
			region--
		}
	}
	for k := g.start - 1; k >= x.from; k-- {
		if x.skip != nil && x.skip[k] && (region < 0 || k < region) {
			continue
		}
		t := toks[k]
		switch t.Lower {
		case ";", ":":
			return nil, l
		case "that", "whether", "if", "because", "although", "though", "unless", "since":
			if t.Lower == "that" && k > 0 {
				if m := x.mentionEndingAt(k - 1); m != nil && t.Tag == "WDT" {
					if m.locative && !x.c.dict.Compat {
						return nil, l // "a drone strike in Kabul that killed ten civilians"
					}
					return m, l
				}
			}
			return nil, l
		case "where", "whereby":
			// "the capital, where leaders gathered": the place is no subject.
			return nil, l
		case "who", "which":
			// A relative clause: the subject is the mention before the pronoun.
			j := k - 1
			if j >= 0 && toks[j].Lower == "," {
				j--
			}
			if j >= 0 {
				if m := x.mentionEndingAt(j); m != nil {
					if m.locative && m.place && !x.c.dict.Compat {
						return nil, l // "a market in Kabul which was shelled"
					}
					return m, l
				}
			}
			return nil, l
		case "to":
			// "Kazakhstan's ambassador to Kyrgyzstan was summoned": a
			// preposition before the actor just passed, not an infinitive.
			sawTo = x.c.dict.Compat || len(between) == 0 || between[len(between)-1].prep != "to" || between[len(between)-1].start > k+3 || !envoyNouns[toks[max(k-1, 0)].Lower]
			// "are due to sign", "is expected to visit": a plan, not the act.
			if f, ok := frameWords[toks[max(k-1, 0)].Lower]; ok && k > x.from && l.frame == "" && !x.c.dict.Compat {
				if og := x.groupCovering(k - 1); og == nil || og.head == k-1 {
					l.frame = f
				}
			}
		case "according":
			return nil, l
		}
		if x.c.dict.Compat && t.Tag == "PRP" && x.mentionEndingAt(k) == nil {
			return nil, l // PETRARCH: "he said" has a subject, with no code
		}
		if m := x.mentionEndingAt(k); m != nil && !m.weak {
			p := m.prep
			if p == "of" && x.quantityOf(m) {
				// "Thousands of Serbs demanded": the Serbs are the subject.
				p = ""
			}
			if p == "of" && !x.c.dict.Compat && x.officeOf(m) {
				p = "" // "the heads of the Kyrgyz and Tajik security services agreed"
			}
			if p == "of" && x.c.dict.Compat && x.ofPhraseSubject(m) {
				p = "" // "the information ministry of Gondor said"
			}
			if x.c.dict.Compat && compatClauseBreak[p] && len(x.groupsBetween(m.end-1, g.start)) == 0 {
				// "after Calenardhon crowds burned": the subject of an
				// adverbial clause, coded only when its verb's was not.
				if !x.uncodedGovernor(m) {
					return nil, l
				}
				p = ""
			}
			if subordinators[p] && m.end == g.start && !x.c.dict.Compat {
				// "after Mirziyoyev met Trump": a clause, not a phrase.
				return m, l
			}
			if subjectPreps[p] && p != "" {
				between = append(between, m)
				k = m.start
				continue
			}
			if ant := x.relativeObjectOf(m); ant != nil && !x.c.dict.Compat && g.finite {
				// "activists who criticised the government were detained":
				// the relative clause's object is not the main verb's subject.
				if !subjectPreps[ant.prep] || x.quantityOf(ant) {
					return ant, l
				}
				between = append(between, m, ant)
				k = ant.start
				continue
			}
			if sawTo && !x.c.dict.Compat && m.end < len(toks) && toks[m.end].Lower == "to" && m.end+1 == g.start &&
				len(x.groupsBetween(x.from, m.start)) == 0 && x.headlineStart(m.start) {
				// A headline's future: "Mirziyoyev to visit Kazakhstan".
				l.frame = dict.FrameIntent
				return m, l
			}
			if sawTo || len(x.groupsBetween(k, g.start)) > 0 {
				// An object of an earlier verb ("urged Tajikistan to").
				between = append(between, m)
				k = m.start
				continue
			}
			if a := x.clauseObjectHead(m); a != nil {
				return a, l
			}
			return m, l
		}
		if og := x.groupCovering(k); og != nil && og != g && !x.c.dict.Compat && x.describingParticiple(og) {
			// "activists opposed to the deal staged": past the participle
			// to the noun it describes.
			if m := x.mentionEndingAt(og.start - 1); m != nil && !m.weak && !m.locative {
				return m, l
			}
			k, sawTo = og.start, false
			continue
		}
		if og := x.groupCovering(k); og != nil && og != g {
			if !x.c.dict.Compat && !og.finite && !og.noun && og.start == og.head && toks[og.head].Tag == "VBN" &&
				og.end < len(toks) && toks[og.end].Lower == "by" && x.mentionEndingAt(og.start-1) != nil {
				// "a Kazakh delegation led by the deputy prime minister
				// visited Baku": the delegation visited.
				if m := x.mentionEndingAt(og.start - 1); !m.weak && m.prep == "" && !sawTo && len(x.groupsBetween(og.end, g.start)) == 0 {
					return m, l
				}
			}
			// Another verb: follow it when ours hangs on it by "to" or "and".
			connector := x.connector(og, g)
			if connector == "to" && x.coordinatedInfinitive(og, g) {
				// "urged them to resist pressure and to settle disputes":
				// both infinitives hang on "urged".
				k = og.start
				continue
			}
			switch connector {
			case "to":
				if m := x.causedSubject(og, between); m != nil {
					return m, l // "prompting UNAMA to condemn the ban"
				}
				l.frame = og.frame
				if l.frame == "" {
					l.frame = x.frameWordBetween(og.end, g.start)
				}
				l.neg = og.neg
				l.modal = og.modal
				l.via = og
				if len(between) > 0 && (l.frame == dict.FrameAppeal || l.frame == dict.FrameDemand) {
					l.target = between[len(between)-1]
				}
				if len(between) > 0 && l.frame == dict.FrameRefuse && !x.c.dict.Compat {
					// "rejected Kenya's offer to mediate": Kenya is refused.
					if b := between[len(between)-1]; b.end > b.start && isPossessive(toks[b.end-1].Lower) {
						l.target = b
					}
				}
				m, pl := x.subjectOf(og, depth+1)
				if l.partner == nil && !x.c.dict.Compat {
					l.partner = pl.partner // "welcomed X and offered to host talks"
				}
				if l.frame == "" && pl.frame != "" {
					l.frame, l.target, l.neg = pl.frame, pl.target, pl.neg
				}
				if l.modal == "" {
					l.modal = pl.modal
				}
				if og.passive && m != nil && l.frame == "" {
					// "X is believed to have committed": X is ours.
					return m, l
				}
				return m, l
			case "and":
				m, pl := x.subjectOf(og, depth+1)
				return m, link{modal: pl.modal, neg: false, frame: pl.frame}
			}
			if ant := x.relativeAntecedent(og); ant != nil && !x.c.dict.Compat && g.finite && !og.noun {
				// "soldiers who fled across the river were detained"; but
				// "the family of a migrant who died … filed" is the family's.
				if !subjectPreps[ant.prep] || x.quantityOf(ant) {
					return ant, l
				}
				between = append(between, ant)
				k = ant.start
				continue
			}
			return nil, l
		}
	}
	if x.c.dict.Compat {
		return x.phraseSubject(g.start), l
	}
	return nil, l
}

// coordinateOf returns the verb a past-tense verb after "and" is coordinated
// with: not the gerund or participle that completes the verb before it, but
// that verb ("accused Tajikistan of interfering … and warned Dushanbe",
// "criticised the trial as deeply flawed and urged Uzbekistan").
func (x *sentence) coordinateOf(prev, g *vgroup) *vgroup {
	if t := x.toks[g.head].Tag; t != "VBD" && t != "VBZ" && (t != "VBN" || g.start != g.head) {
		return prev
	}
	for n := 0; n < 3 && prev != nil && x.complementGroup(prev); n++ {
		prev = x.prevGroup(prev.start)
	}
	return x.aboveInfinitive(prev, g)
}

// pastSkipped steps back over verbs of a skipped ", who …," clause to the
// verb a finite verb after "and" goes with: "received Wang Yi, who is in
// Kyrgyzstan on a working visit, and asked him to …" is the receiver asking.
func (x *sentence) pastSkipped(prev, g *vgroup) *vgroup {
	if x.skip == nil || x.skip[g.head] || !g.finite {
		return prev
	}
	for n := 0; n < 4 && prev != nil && x.skip[prev.head]; n++ {
		prev = x.prevGroup(prev.start)
	}
	return prev
}

// aboveInfinitive skips a bare infinitive that a past-tense verb after
// "and" cannot share a form with: in "agreed to raise trade to $80 billion
// and signed 58 agreements" the signing goes with "agreed", not "raise", so
// it is done, not intended.
func (x *sentence) aboveInfinitive(prev, g *vgroup) *vgroup {
	if prev == nil || x.c.dict.Compat || x.toks[g.head].Tag != "VBD" || prev.finite || x.toks[prev.head].Tag != "VB" {
		return prev
	}
	if up := x.prevGroup(prev.start); up != nil && up.finite && x.connector(up, prev) == "to" {
		return up
	}
	return prev
}

// complementGroup reports whether a non-finite verb group completes a verb
// before it: a gerund after a preposition ("of interfering"), a participle
// after "as" ("as deeply flawed").
func (x *sentence) complementGroup(p *vgroup) bool {
	start := p.start
	for start < p.head && (x.toks[start].Tag == "RB" || strings.HasSuffix(x.toks[start].Lower, "ly")) {
		start++ // "as deeply flawed": the group may hold its adverb
	}
	if p.noun || p.finite || start != p.head || p.start <= x.from+1 {
		return false
	}
	toks := x.toks
	switch toks[p.head].Tag {
	case "VBG":
		switch toks[p.start-1].Lower {
		case "of", "for", "with", "over", "about", "against", "from", "on", "in":
			return true
		}
	case "VBN":
		k := p.start - 1
		if toks[k].Tag == "RB" || strings.HasSuffix(toks[k].Lower, "ly") {
			k--
		}
		return k > x.from && toks[k].Lower == "as"
	}
	return false
}

// clauseObjectHead is the head a relative clause hangs on when m is that
// clause's object: in "Izzat Amon, an activist who helped migrants, was
// detained", the one detained is the activist, not the migrants.
func (x *sentence) clauseObjectHead(m *mention) *mention {
	toks := x.toks
	if x.c.dict.Compat || m.end >= len(toks) || toks[m.end].Lower != "," {
		return nil
	}
	j := m.start - 1
	for j > x.from && determiners[toks[j].Lower] {
		j--
	}
	og := x.groupCovering(j)
	if og == nil || og.noun || og.start < x.from+2 {
		return nil
	}
	switch toks[og.start-1].Lower {
	case "who", "which", "that":
	default:
		return nil
	}
	return x.mentionEndingAt(og.start - 2)
}

// connector says how group b hangs on the earlier group a: "to" for an
// infinitive (with objects or a frame noun between), "and" for coordination,
// "" otherwise.
func (x *sentence) connector(a, b *vgroup) string {
	toks := x.toks
	if a.noun {
		return ""
	}
	// Infinitive: "to" right before b's group.
	if b.start > 0 && toks[b.start-1].Lower == "to" || toks[b.start].Lower == "to" {
		return "to"
	}
	if x.frameGerund(b) {
		return "to" // "has no intention of handing over"
	}
	// "began importing", "continued shelling": an aspect verb right before a
	// gerund shares its subject, like an infinitive.
	if b.start == a.end && toks[b.head].Tag == "VBG" && aspectVerbs[firstLemma(a)] {
		return "to"
	}
	hasTo := false
	for k := a.end; k < b.start; k++ {
		if toks[k].Lower == "to" && k == b.start-1 {
			hasTo = true
		}
	}
	if hasTo {
		return "to"
	}
	// Coordination: "met Y and signed".
	j := b.start - 1
	for j > a.end && toks[j].Tag == "RB" {
		j--
	}
	if j >= a.end && (toks[j].Lower == "and" || toks[j].Lower == "or" || toks[j].Lower == "but") {
		if !b.finite || b.modal == "" {
			return "and"
		}
		return "and"
	}
	return ""
}

// aspectVerbs take a gerund whose act is the event: "began importing gas".
var aspectVerbs = map[string]bool{
	"begin": true, "start": true, "continue": true, "keep": true, "resume": true,
	"commence": true, "finish": true, "complete": true,
}

// frameWords are nouns and adjectives that make the infinitive after them an
// intention, a refusal and so on: "declared their intention to sign".
var frameWords = map[string]string{
	"intention": dict.FrameIntent, "intent": dict.FrameIntent, "plan": dict.FrameIntent, "plans": dict.FrameIntent,
	"readiness": dict.FrameIntent, "willingness": dict.FrameIntent, "desire": dict.FrameIntent,
	"commitment": dict.FrameIntent, "determination": dict.FrameIntent, "pledge": dict.FrameIntent,
	"promise": dict.FrameIntent, "ready": dict.FrameIntent, "willing": dict.FrameIntent,
	"prepared": dict.FrameIntent, "eager": dict.FrameIntent, "determined": dict.FrameIntent,
	"intentions": dict.FrameIntent, "set": dict.FrameIntent, "poised": dict.FrameIntent,
	"due": dict.FrameIntent, "expected": dict.FrameIntent, "scheduled": dict.FrameIntent,
	"slated": dict.FrameIntent, "going": dict.FrameIntent, "likely": dict.FrameIntent,
	"refusal": dict.FrameRefuse, "reluctance": dict.FrameRefuse, "unwilling": dict.FrameRefuse,
	"unwillingness": dict.FrameRefuse, "reluctant": dict.FrameRefuse,
	"threat": dict.FrameThreaten, "threats": dict.FrameThreaten,
	"call": dict.FrameAppeal, "calls": dict.FrameAppeal, "appeal": dict.FrameAppeal,
	"demand": dict.FrameDemand, "demands": dict.FrameDemand, "ultimatum": dict.FrameDemand,
	"failure": dict.FrameNegate, "unable": dict.FrameNegate,
	"yet": dict.FrameNegate, // "has yet to sign": not signed
}

func (x *sentence) frameWordBetween(from, to int) string {
	for k := from; k < to && k < len(x.toks); k++ {
		if f, ok := frameWords[x.toks[k].Lower]; ok {
			if k > 0 && (x.toks[k-1].Lower == "no" || x.toks[k-1].Lower == "without") {
				if noIntentRefuses(x.toks[k-1].Lower, f) && !x.leavingAt(to) && !x.hostileAt(to) {
					return dict.FrameRefuse // "has no plans to recognise the Taliban"
				}
				return dict.FrameNegate // "without the intention to leave"
			}
			return f
		}
	}
	return ""
}

func (x *sentence) groupsBetween(from, to int) []*vgroup {
	var out []*vgroup
	for _, g := range x.groups {
		if !g.noun && g.head > from && g.head < to && (x.skip == nil || !x.skip[g.head]) {
			out = append(out, g)
		}
	}
	return out
}

// prevGroup returns the last verb group that ends at or before token k.
func (x *sentence) prevGroup(k int) *vgroup {
	var best *vgroup
	for _, g := range x.groups {
		if !g.noun && g.end <= k {
			best = g
		}
	}
	return best
}

// clauseEnd returns where the clause of a verb group ends: at a semicolon,
// a relative pronoun, ", and"/", but", or the next finite verb.
func (x *sentence) clauseEnd(g *vgroup) int {
	toks := x.toks
	for k := g.end; k < len(toks); k++ {
		switch toks[k].Lower {
		case ";", "who", "which", "whose":
			return k
		case "since", "because", "whereas", "although", "though":
			// "met … since the invasion of Ukraine": another clause's actors.
			if !x.c.dict.Compat {
				return k
			}
		case ",":
			if k+1 < len(toks) {
				switch toks[k+1].Lower {
				case "and", "but", "while", "as", "whereas", "although", "though", "who", "which", "saying", "adding", "according":
					return k
				}
			}
		case "that":
			if !x.c.dict.Compat && (toks[k].Tag == "WDT" || toks[k].Tag == "IN" && k > g.end) {
				return k
			}
		}
		if x.c.dict.Compat {
			// PETRARCH reads a verb's whole phrase, complement clauses
			// too, but not an adverbial clause: "… after crowds burned".
			if k > g.end && compatClauseBreak[toks[k].Lower] {
				return k
			}
			continue
		}
		if og := x.groupCovering(k); og != nil && og != g && og.finite && !og.noun && og.start >= g.end {
			return og.start
		}
	}
	return len(toks)
}

// span turns a token span into byte offsets in the sentence text.
func (x *sentence) span(from, to int) *event.Span {
	if from >= to || to > len(x.toks) {
		return nil
	}
	return &event.Span{x.toks[from].Start, x.toks[to-1].End}
}

// frameRoots are the roots whose verbs frame another verb ("urged them to
// take measures to stabilise", "pledged to help restore"): a chain of them
// is one event.
var frameRoots = map[string]bool{"02": true, "03": true, "10": true, "12": true, "13": true}

// emit records an event unless it repeats one already coded.
func (x *sentence) emit(src, tgt string, code string, srcSpan, tgtSpan, verbSpan *event.Span, srcText, tgtText, modality string) {
	if !x.c.dict.Compat && strings.HasPrefix(src, "?") && x.resolve(src, "") == "" {
		// "relatives of the jailed activists appealed to Japarov": people
		// addressing a state's institution are its own people.
		if t := x.resolve(tgt, ""); len(t) > 3 && stateAgent(t) && popularAgent(src[1:]) && !strings.HasPrefix(src[1:], "HRI") {
			src = t[:3] + src[1:]
		}
	}
	bySentence := strings.HasPrefix(src, "?") && x.docCountry == "" && x.sentCountry != ""
	src = x.resolve(src, "")
	tgt = x.resolve(tgt, src)
	if src == "" && tgt == "" || code == "" {
		return
	}
	if code[:2] == "20" && len(tgt) == 3 && len(src) >= 3 && src[:3] == tgt && !x.c.dict.Compat {
		// "Myanmar's military carried out the ethnic cleansing of the
		// Rohingya": mass violence at home is against the country's people.
		tgt += "CVL"
	}
	if bySentence && len(src) >= 3 && (tgt == "" || tgt == src[:3]) {
		// A source placed only by the one country its sentence names needs
		// a target of its own to be worth coding: "Kyrgyz police detained
		// activists who had criticised the government", not "a spokesman
		// criticised Kazakhstan".
		return
	}
	if src == tgt && !x.selfSanction(src, code, srcSpan, tgtSpan, tgtText) && !x.courtOnLawyer(src, code, srcSpan, tgtSpan, tgtText) && !x.policeOnTrial(src, code, srcSpan, tgtSpan, tgtText) && !x.selfArrest(src, code, srcSpan, tgtSpan, tgtText) {
		return
	}
	if len(src) >= 3 && len(tgt) >= 3 && src[:3] == tgt[:3] && (len(src) == 3 || len(tgt) == 3) && !strings.HasPrefix(src, "IGO") && !strings.HasPrefix(src, "NGO") && !x.c.dict.Compat {
		// A country acting on itself, with no agent to tell them apart;
		// but "Cuba freed political prisoners" is the state and its people.
		statePeople := len(src) == 3 && len(tgt) > 3 && popularAgent(tgt[3:])
		rebelsState := len(tgt) == 3 && len(src) > 3 && popularAgent(src[3:]) // "al-Shabaab attacked a base in Somalia"
		if len(src) == 3 && stateAgent(tgt) && code[:2] >= "10" && code[:2] <= "14" {
			statePeople = true // "Chileans protested against the government"
		}
		if !((statePeople || rebelsState) && (code[:2] == "08" || code[:2] >= "10")) {
			if code[:2] >= "18" {
				return
			}
			// "North Korea staged a parade in Pyongyang": an act with no
			// one else as its target.
			tgt, tgtSpan, tgtText = "", nil, ""
		}
	}
	if x.c.dict.Compat && tgt == "" && x.c.opts.Monads {
		tgt = compatNoActor // PETRARCH's require_dyad = false
	}
	if !targetOptional(code) && tgt == "" && !x.untargetedTradeBan(src, code, verbSpan) && !(x.regionPeerObject(verbSpan) && peerCode(code)) || x.c.dict.Compat && tgt == "" {
		return
	}
	if strings.HasPrefix(code, "143") && !x.c.dict.Compat && (len(src) == 3 || stateAgent(src)) && !x.boycott(verbSpan) {
		// "Turkey launched strikes on Syria": a state's strikes are military.
		code = "190"
	}
	if strings.HasPrefix(code, "14") && !x.c.dict.Compat && (stateAgent(src) && tgt != "" && verbSpan != nil &&
		strings.HasPrefix(strings.ToLower(x.s.Text[verbSpan[0]:verbSpan[1]]), "protest") ||
		strings.HasPrefix(code, "141") && len(src) == 3 && x.verbWord(verbSpan, "protest") && x.directObjectAfter(verbSpan) ||
		strings.HasPrefix(code, "14") && x.stateNameProtest(src, srcSpan, verbSpan)) {
		// "the foreign ministry protested against the EU's decision",
		// "Russia protested the detention of its citizens": a state's
		// protest is an official complaint, not a rally.
		code = "114"
	}
	if strings.HasPrefix(code, "14") && stateAgent(src) && !x.c.dict.Compat {
		// Popular protest (14x) is not what governments and armies do: "the
		// leaders gathered in Astana" is no rally.
		return
	}
	if src == "" {
		return
	}
	code0 := code
	if code[:2] == "19" && (civilianAgent(src) || streetAgent(src)) && !x.c.dict.Compat {
		// Military force is what armed forces use: workers or villagers
		// attacking someone commit an assault, and blocking a road or a
		// crossing is a protest (144).
		code = "180"
		if strings.HasPrefix(code0, "191") {
			code = "144"
		}
	}
	if strings.HasPrefix(code, "175") && (civilianAgent(src) || streetAgent(src)) && !x.c.dict.Compat {
		code = "180" // "students were attacked by mobs": repression is a state's; a mob assaults
	}
	key := src + "|" + tgt + "|" + code
	root := cameo.RootOf(code)
	byRoot := !x.c.dict.Compat && frameRoots[root]
	if byRoot {
		// "urged them to take measures to stabilise": one appeal, not two;
		// but "flew to Dushanbe and held talks" is a visit and a meeting.
		key = src + "|" + tgt + "|" + root
	}
	if byRoot {
		// One event of a framing root per pair; a later, more specific code
		// replaces a bare one ("agreed" 030 and "to raise trade" 0311 are one
		// 0311). Compared with the events kept, not all ever emitted, so an
		// event a later pass dropped can be coded again.
		for i := range x.events {
			if e := &x.events[i]; e.Source == src && e.Target == tgt && e.Root == root {
				if len(e.Code) == 3 && strings.HasSuffix(e.Code, "0") && code != e.Code {
					fill(e, code)
					e.Evidence.Verb = verbSpan
					if verbSpan != nil {
						e.Verb = x.s.Text[verbSpan[0]:verbSpan[1]]
					}
				}
				return
			}
		}
	} else if x.seen[key] {
		return
	}
	if x.seen == nil {
		x.seen = map[string]bool{}
	}
	x.seen[key] = true
	ev := event.Event{Source: src, Target: tgt, Text: x.s.Text, SourceName: srcText, TargetName: tgtText, Modality: modality}
	fill(&ev, code)
	ev.Evidence = event.Evidence{Source: srcSpan, Target: tgtSpan, Verb: verbSpan}
	if verbSpan != nil {
		ev.Verb = x.s.Text[verbSpan[0]:verbSpan[1]]
	}
	if x.attributor != nil && len(x.attributor.codes) > 0 {
		ev.Attribution = x.attributor.codes[0]
	}
	x.events = append(x.events, ev)
}

// targetOptional reports whether CAMEO codes an event of this code without
// a target: refusals, intentions, protests, force.
func targetOptional(code string) bool {
	if strings.HasPrefix(code, "011") || strings.HasPrefix(code, "015") {
		// declining to comment, claiming responsibility:
		// done before no one in particular
		return true
	}
	if strings.HasPrefix(code, "09") {
		return true // "launched an investigation into the oil spill"
	}
	switch cameo.RootOf(code) {
	case "01", "04", "06", "07", "09", "16":
		return false
	case "05":
		return strings.HasPrefix(code, "057")
	}
	return true
}

// isSportScore spots "beat Uzbekistan 2-1" and "a 3-0 win": sport, not war.
func isSportScore(toks []nlp.Token) bool {
	for i := range toks {
		w := toks[i].Text
		if len(w) < 3 || len(w) > 5 {
			continue // no score: the length test first, it is cheaper
		}
		if i := strings.IndexByte(w, '-'); i > 0 && i < len(w)-1 && len(w) <= 5 && allDigits(w[:i]) && allDigits(w[i+1:]) {
			return true
		}
	}
	return false
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// dropStatements drops bare statements (root 01) when the sentence says
// something more specific: "X said Y attacked Z" is the attack.
func (x *sentence) dropStatements() {
	other := false
	for _, ev := range x.events {
		if ev.Root != "01" {
			other = true
		}
	}
	if !other {
		return
	}
	kept := x.events[:0]
	for _, ev := range x.events {
		if ev.Root != "01" || keptStatement(ev) {
			kept = append(kept, ev)
		}
	}
	x.events = kept
}

// stateAgent reports whether an actor code is a state institution: the
// government, the military, police, intelligence or the courts.
func stateAgent(code string) bool {
	for i := 3; i+3 <= len(code); i += 3 {
		switch code[i : i+3] {
		case "GOV", "MIL", "COP", "SPY", "JUD":
			return true
		}
	}
	return false
}

// reportingGroup returns the speech verb whose clause holds g ("said [that]
// Kyrgyz soldiers had attacked"), or nil.
func (x *sentence) reportingGroup(g *vgroup, depth int) *vgroup {
	subj, _ := x.subjectOf(g, depth)
	if subj == nil || subj.end > g.start {
		return nil
	}
	k := subj.start - 1
	if !x.c.dict.Compat {
		k = x.beforeDeterminers(k) // "said the Uzbek authorities used"
	}
	if k >= x.from && x.toks[k].Lower == "that" {
		k--
	}
	sg := x.groupCovering(k)
	if sg == nil || sg.noun || sg.end != k+1 {
		return nil
	}
	for _, l := range sg.lemmas {
		if speechLemmas[l] {
			return sg
		}
	}
	return nil
}

// speechGroupBefore returns the last speech verb before g, or nil.
func (x *sentence) speechGroupBefore(g *vgroup) *vgroup {
	var best *vgroup
	for _, o := range x.groups {
		if o.noun || o.end > g.start {
			continue
		}
		for _, l := range o.lemmas {
			if speechLemmas[l] {
				best = o
			}
		}
	}
	return best
}

// popularAgent reports whether an agent code names people a state acts on:
// civilians, the opposition, the media, rebels.
func popularAgent(agent string) bool {
	if len(agent) < 3 {
		return false
	}
	switch agent[:3] {
	case "CVL", "OPP", "MED", "REB", "INS", "SEP", "REL", "HRI", "EDU", "LAB", "PTY", "ELI":
		return true
	}
	return false
}

// mistaggedVerb reports whether token k is a past or present verb the
// tagger took for an adjective or noun, right after the subject: "Norway
// criticised Russia" comes out "Norway/RB criticised/JJ".
func (x *sentence) mistaggedVerb(k int) bool {
	toks := x.toks
	t := &toks[k]
	if t.Tag != "JJ" && t.Tag != "NN" && t.Tag != "NNS" && t.Tag != "VBN" && (t.Tag != "RB" || x.c.dict.Compat) || k == 0 || k+1 >= len(toks) {
		return false
	}
	if isPossessive(toks[k-1].Lower) || x.c.dict.Verbs.LemmasOfToken(t) == nil {
		return false // no verb form: the test below, made first (the filter is cheap)
	}
	next := &toks[k+1]
	switch {
	case strings.HasSuffix(t.Lower, "ed"):
	case t.Tag == "NN" && x.c.irregularPast(t.Lower):
		// "the Sudanese army withdrew/NN from the city"
	case t.Tag == "RB" && strings.HasSuffix(t.Lower, "ly"):
		return false
	case t.Tag == "RB" && x.mentionEndingAt(k-1) != nil && x.mentionEndingAt(k-1).compound():
		// "Indian and Pakistani troops fought/RB along the border": after a
		// compound subject an irregular past tense is often tagged an adverb.
	case strings.HasSuffix(t.Lower, "s") && t.Tag == "NNS" && (next.Tag == "DT" || x.mentionStartingAt(k+1) != nil):
		// a headline's present tense: "Iran frees British tanker"
	case (t.Tag == "NN" || t.Tag == "NNS") && next.Lower == "to" && k+2 < len(toks) && toks[k+2].Tag == "VB" && x.frameNounAgrees(k):
		// "Uzbekistan and Tajikistan plan/NN to build": a frame verb whose
		// number agrees with the subject before it
	case t.Tag != "VBN" && x.mentionStartingAt(k+1) != nil && !x.mentionStartingAt(k+1).weak && !twoCountries(x.mentionEndingAt(k-1), x.mentionStartingAt(k+1)):
		// between two actors, not two countries that may be teams: "Mali
		// quit/NN ECOWAS"
	default:
		return false
	}
	if m := x.mentionEndingAt(k - 1); m == nil || m.weak || m.locative || subjectPreps[m.prep] || x.mentionStartingAt(k) != nil {
		return false
	}
	if len(x.c.dict.Verbs.LemmasOf(t.Lower)) == 0 {
		return false
	}
	if (next.Tag == "NNS" || next.Tag == "NN") && (strings.HasSuffix(t.Lower, "ed") || t.Tag == "NN" && x.c.irregularPast(t.Lower)) && !x.finiteBefore(k) {
		return true // "Russia imposed/JJ sanctions on Iran": the sentence's first verb
	}
	return next.Tag == "DT" || next.Tag == "NNP" || next.Tag == "IN" || next.Tag == "TO" || next.Tag == "PRP" || next.Tag == "PRP$" || x.mentionStartingAt(k+1) != nil
}

// subjunctiveVerb reports whether token k is the verb of a demand's
// that-clause the tagger took for a noun: "demanded that the Taliban
// hand/NN over bin Laden", "urged that the cabinet ban/NN the sale".
func (x *sentence) subjunctiveVerb(k int) bool {
	t := &x.toks[k]
	if t.Tag != "NN" && t.Tag != "JJ" || k < x.from+3 || len(x.groups) == 0 {
		return false
	}
	if fg := x.groups[len(x.groups)-1]; fg.noun || fg.frame != dict.FrameDemand && fg.frame != dict.FrameAppeal || fg.end+10 < k {
		return false // no demand just before: the common case, decided cheaply
	}
	m := x.mentionEndingAt(k - 1)
	if m == nil || m.weak {
		return false
	}
	// Back over the clause's subject to "that": "that the Taliban", "that
	// the warring parties in Libya".
	j := m.start - 1
	for j > x.from && j > m.start-6 && x.toks[j].Lower != "that" {
		switch tg := x.toks[j].Tag; {
		case tg == "DT", tg == "JJ", tg == "NN", tg == "NNS", tg == "VBG", tg == "CD", x.toks[j].Lower == "in" && !m.locative:
			j--
			continue
		}
		return false
	}
	if x.toks[j].Lower != "that" || j == x.from || m.locative {
		return false
	}
	if x.groups[len(x.groups)-1].end != j {
		return false // "demanded the release … that": not the demand's clause
	}
	return len(x.c.dict.Verbs.LemmasOfToken(&x.toks[k])) > 0
}

// finiteBefore reports whether a finite verb group was found before token k.
func (x *sentence) finiteBefore(k int) bool {
	for _, g := range x.groups {
		if !g.noun && g.finite && g.head < k {
			return true
		}
	}
	return false
}

// civilianAgent reports whether a code's agent is an unarmed one.
func civilianAgent(code string) bool {
	if len(code) < 6 {
		return false
	}
	for i := 3; i+3 <= len(code); i += 3 {
		switch code[i : i+3] {
		case "MIL", "COP", "SPY", "REB", "INS", "SEP", "GOV", "CRM", "RAD", "UAF":
			return false
		}
	}
	switch code[3:6] {
	case "CVL", "LAB", "EDU", "REL", "OPP", "AGR", "MED", "BUS", "REF", "HLH", "PTY", "ELI":
		return true
	}
	return false
}

// subordinators are prepositions that may also open a clause whose subject
// follows: "after Mirziyoyev met Trump".
var subordinators = map[string]bool{
	"after": true, "before": true, "since": true, "until": true, "as": true, "while": true,
	"once": true, "because": true, "though": true, "although": true, "when": true,
}

// dropEchoes keeps one event where a sentence gave the same act between the
// same countries twice with more and less specific actors ("KGZ" and
// "KGZGOV"): the more specific one.
func (x *sentence) dropEchoes() {
	if len(x.events) < 2 {
		return
	}
	drop := make([]bool, len(x.events))
	for i := range x.events {
		a := &x.events[i] // by pointer: an event is large to copy
		for j := range x.events {
			b := &x.events[j]
			if i != j && a.Target == "" && b.Target != "" && a.Source == b.Source && strings.HasPrefix(a.Code, "03") && (a.Code == b.Code || a.Code == b.Code[:2]+"0" && len(b.Code) > 3) {
				// An intent said twice: "announced plans to visit Dushanbe":
				// the visit aimed at no one is the one aimed at Tajikistan; "expressed readiness to
				// expand gas supplies to China": the general intent is the
				// particular one.
				drop[i] = true
				break
			}
			if i != j && strings.HasPrefix(a.Code, "10") && b.Code == "139" && a.Source == b.Source && a.Target == b.Target {
				// "issued an ultimatum to the protesters, ordering them to
				// surrender": the demand is the ultimatum's.
				drop[i] = true
				break
			}
			if i == j || drop[j] || !strings.HasPrefix(a.Code, b.Code) && !strings.HasPrefix(b.Code, a.Code) || cut3(a.Source) != cut3(b.Source) || cut3(a.Target) != cut3(b.Target) {
				continue
			}
			if len(a.Source)+len(a.Target) < len(b.Source)+len(b.Target) || len(a.Source)+len(a.Target) == len(b.Source)+len(b.Target) && len(a.Code) < len(b.Code) {
				drop[i] = true
				break
			}
		}
	}
	x.dropEvents(func(i int) bool { return drop[i] })
}

// dropEvents removes the events for which drop(i) holds, i being the
// event's index before any removal, and keeps the order of the rest.
func (x *sentence) dropEvents(drop func(i int) bool) {
	kept := x.events[:0]
	for i, ev := range x.events {
		if !drop(i) {
			kept = append(kept, ev)
		}
	}
	x.events = kept
}

// twoCountries reports whether both mentions are plain countries (that may
// be sports sides).
func twoCountries(a, b *mention) bool {
	bare := func(m *mention) bool { return m != nil && len(m.codes) == 1 && len(m.codes[0]) == 3 }
	return bare(a) && bare(b)
}

// mutualViolence gives the force used in a sentence by one of exactly two
// sides the other side as its target when none was named: "Kyrgyz border
// guards returned fire after Tajik troops opened fire on a border post".
func (x *sentence) mutualViolence() {
	violent := func(r string) bool { return r == "18" || r == "19" || r == "20" }
	var sides []string
	for _, ev := range x.events {
		if !violent(ev.Root) || len(ev.Source) < 3 || ev.Source[:3] == "IGO" || ev.Source[:3] == "NGO" {
			continue
		}
		seen := false
		for _, sd := range sides {
			if sd[:3] == ev.Source[:3] {
				seen = true
			}
		}
		if !seen {
			sides = append(sides, ev.Source)
		}
	}
	if len(sides) != 2 {
		return
	}
	for i := range x.events {
		ev := &x.events[i]
		if !violent(ev.Root) || ev.Target != "" || len(ev.Source) < 3 {
			continue
		}
		other := sides[0]
		if other[:3] == ev.Source[:3] {
			other = sides[1]
		}
		ev.Target = other
	}
}

// speechAct reports whether g is a verb of saying, demanding, urging or
// accusing: after "X said Y did Z and …" such a verb is the speaker's.
func (x *sentence) speechAct(g *vgroup) bool {
	if g.frame == dict.FrameDemand || g.frame == dict.FrameAppeal {
		return true
	}
	for _, l := range g.lemmas {
		if speechLemmas[l] {
			return true
		}
		switch l {
		case "accuse", "urge", "call", "demand", "warn", "condemn", "criticise", "criticize", "deny", "reject":
			return true
		}
	}
	return false
}

// lyAdverb reports whether w looks like an adverb in -ly ("firmly",
// "strongly"), whatever the tagger made of it.
func lyAdverb(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ly") && w != "apply" && w != "supply" && w != "reply" && w != "rely" && w != "italy"
}

// afterModalAdverbs reports whether token k follows a modal or "to" and
// nothing but adverbs: "would always firmly support".
func (x *sentence) afterModalAdverbs(k int) bool {
	toks := x.toks
	j := k - 1
	n := 0
	for j > x.from && (toks[j].Tag == "RB" || lyAdverb(toks[j].Lower)) && x.mentionEndingAt(j) == nil {
		j--
		n++
	}
	return n > 0 && j >= x.from && (isModal(&toks[j]) || toks[j].Tag == "MD" || toks[j].Lower == "to")
}

// insideMention reports whether token k is inside an actor mention and not
// its last word.
func (x *sentence) insideMention(k int) bool {
	for _, m := range x.ms {
		if m.start <= k && k+1 < m.end && !m.pronoun {
			return true
		}
	}
	return false
}
