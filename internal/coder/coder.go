package coder

import (
	"fmt"
	"strings"
	"time"

	"github.com/accord-hub/accord/internal/article"
	"github.com/accord-hub/accord/internal/cameo"
	"github.com/accord-hub/accord/internal/dict"
	"github.com/accord-hub/accord/internal/event"
	"github.com/accord-hub/accord/internal/nlp"
)

// Coder turns sentences into CAMEO events with a dictionary set. It is safe
// for concurrent use.
type Coder struct {
	dict   *dict.Set
	tagger *nlp.Tagger
	// placeCountry gives the country of a place name, for agents with no
	// country of their own ("police in Nukus"); nil leaves them to context.
	placeCountry func(name string) string
	// first speeds up pattern matching (firstwords.go).
	first *firstWords
	// opts are PETRARCH's run-time settings (compatibility mode only).
	opts Options
}

// Options are PETRARCH's run-time settings, which its validation records
// change with <Config> elements. The zero value is PETRARCH's default. They
// matter only with a PETRARCH-format dictionary set (dict.Set.Compat).
type Options struct {
	// Monads codes events that lack a target, with "---" for the target
	// (PETRARCH's require_dyad = false).
	Monads bool
	// NewActorLength, when above 0, makes a subject or object noun phrase
	// of at most this many words that names no dictionary actor an actor
	// of its own, coded by its words in quotes (PETRARCH's new_actor_length).
	NewActorLength int
}

// With returns a coder that shares c's dictionaries and tagger and codes
// with the options o.
func (c *Coder) With(o Options) *Coder {
	return &Coder{dict: c.dict, tagger: c.tagger, placeCountry: c.placeCountry, first: c.first, opts: o}
}

// New returns a coder using the dictionaries in d.
func New(d *dict.Set) (*Coder, error) {
	tg, err := nlp.NewTagger()
	if err != nil {
		return nil, fmt.Errorf("coder: %w", err)
	}
	return &Coder{dict: d, tagger: tg, first: &firstWords{}}, nil
}

// WithPlaces makes the coder look up place names (with a gazetteer) to give
// agents with no country of their own the country they act in. Call it
// before the coder is used.
func (c *Coder) WithPlaces(countryOf func(name string) string) *Coder {
	c.placeCountry = withoutContinents(countryOf)
	return c
}

// Result is what coding one document gives.
type Result struct {
	Sentences []nlp.Sentence
	Events    []event.Event
	// Discarded is the discard phrase that dropped the whole document, if any.
	Discarded string
	// Failed lists sentences the coder could not code because of an
	// internal error; the rest of the document is coded.
	Failed []string
}

// docState carries what one sentence tells the next: the actors seen, for
// pronouns and "both states".
type docState struct {
	date string
	// last actors mentioned, newest last.
	recent []*mention
	// countries counts how often each country was named, for agents with
	// no country of their own ("police", "protesters").
	countries map[string]int
	// speaker is the last actor reported as saying something ("Human
	// Rights Watch said …"), for "the report", "the allegations" later.
	speaker *mention
	// subject is the last sentence's subject, for "He" opening the next.
	subject *mention
	// proposer is who proposed, offered or asked something in the last
	// sentence, for "supported the idea", "rejected the request" in the next.
	proposer *mention
	// met is the pair of countries of the last sentence whose events were
	// a meeting or call, for "They agreed …" after it.
	met []string
	// holder is the source code and name and the target code and name of
	// the last sentence's detention, for "demanded his release" in the
	// next (g5).
	holder []string
	// lastActs maps each root to the source codes and names of the last
	// sentence's events of that root, the last first, for "rejected the
	// request" in the next (g5).
	lastActs map[string][][2]string
	// s8words holds the words of sentence s8for, for the rules' gates.
	s8words gateSet
	s8for   *nlp.Sentence
	// dropped marks the sentences a discard phrase or a match score drops
	// (see quietStory), by index.
	dropped []bool
}

// Code codes every sentence of an article.
func (c *Coder) Code(a article.Article) Result {
	text := a.Text
	if c.dict.Compat {
		// PETRARCH texts join names with "_" ("Dol_Amroth"); the same
		// length keeps every offset.
		text = strings.ReplaceAll(text, "_", " ")
	}
	sents := nlp.Split(text)
	res := Result{Sentences: sents}
	st := &docState{date: a.Date, countries: map[string]int{}}
	// A story-level discard drops the whole document.
	for i := range sents {
		if p, ok := c.dict.Discards.Story.MatchAny(sents[i].Tokens); ok {
			res.Discarded = strings.Join(p, " ")
			return res
		}
	}
	quiet := c.quietStory(st, sents)
	// The document's date, parsed when a sentence first gives events.
	var doc time.Time
	docParsed, docOK := false, false
	for i := range sents {
		s := &sents[i]
		if !c.mayHaveActor(s.Tokens) && !(c.dict.Compat && c.opts.NewActorLength > 0) {
			continue // no actor, no pronoun: nothing to code, no need to tag
		}
		if quiet && !political(s.Tokens) {
			continue // a line of a sport, weather or market story
		}
		c.tagger.Tag(s.Tokens)
		if !c.dict.Compat {
			ws := st.wordsFor(s) // s8: the retags' gates
			c.retagPast(s.Tokens)
			retagAttributive(s.Tokens)
			retagAttributiveIng(s.Tokens)
			retagNounCompounds(s.Tokens)
			if setHasAny(ws, onGate) {
				c.retagAfterDay(s.Tokens)
			}
			retagComplement(s.Tokens)
			if setHasAny(ws, approxWordGate) {
				retagQuantity(s.Tokens)
			}
			retagQuotedModifier(s.Tokens)
			if setHasAny(ws, objectPronounGate) {
				retagObjectPronoun(s.Tokens)
			}
			c.retagPlacedVerb(s.Tokens)
			retagGerundNoun(s.Tokens)
			if setHasAny(ws, sameFormPastGate) {
				c.retagNameCut(s.Tokens)
			} // ca19
			c.retagPastAfterApposition(s.Tokens)
			if setHasAny(ws, nounOnlyAgentGate) {
				c.retagNounOnlyAgents(s.Tokens)
			}
			if setHasAny(ws, spokeGate) {
				retagSpoke(s.Tokens)
			}
			if setHasAny(ws, andGate) {
				retagAndVerb(s.Tokens)
				retagSpeakerPast(s.Tokens) // g4: only a verb after "and"
			}
		}
		evs := c.safeCodeSentence(st, s, i == 0, &res)
		if !c.dict.Compat {
			ownReleaseHolder(evs)
		}
		when := ""
		if len(evs) > 0 {
			from := 0
			if i == 0 {
				from = datelineEnd(s.Tokens)
			}
			if !docParsed {
				var err error
				doc, err = time.Parse("2006-01-02", a.Date)
				docParsed, docOK = true, err == nil
			}
			if docOK {
				when = eventDateAt(s, from, doc)
			}
		}
		for _, ev := range evs {
			if when != "" {
				ev.Date = when
			}
			ev.Doc = a.ID
			ev.Sentence = s.Index
			if ev.Date == "" {
				ev.Date = a.Date
			}
			ev.URL, ev.Title, ev.Outlet = a.URL, a.Title, a.Source
			if !c.dict.Compat {
				if bareWorkWith(&ev) {
					continue
				}
				acceptedInvitation(&ev, res.Events)
			}
			ev.ID = event.ReportID(a.ID, s.Index, ev.Source, ev.Target, ev.Code)
			res.Events = append(res.Events, ev)
		}
	}
	return res
}

// safeCodeSentence codes a sentence; a bug that panics on some odd sentence
// loses that sentence, not the document or the process.
func (c *Coder) safeCodeSentence(st *docState, s *nlp.Sentence, first bool, res *Result) (evs []event.Event) {
	defer func() {
		if r := recover(); r != nil {
			res.Failed = append(res.Failed, fmt.Sprintf("sentence %d: %v", s.Index, r))
			evs = nil
		}
	}()
	return c.codeSentence(st, s, first)
}

// CodeSentence codes one sentence on its own (for evaluation and tests).
func (c *Coder) CodeSentence(text, date string) []event.Event {
	return c.Code(article.Article{ID: "s", Text: text, Date: date}).Events
}

// fill sets the code-derived fields of an event.
func fill(ev *event.Event, code string) {
	info, _ := cameo.Lookup(code)
	ev.Code = code
	ev.Root = cameo.RootOf(code)
	ev.Quad = info.Quad
	ev.Goldstein = info.Goldstein
	ev.Plover = info.Plover
}

// datelineEnd returns the index of the first token after a dateline
// ("BISHKEK, 14 December 2022 -", "ALMATY (Reuters) —"), or 0.
func datelineEnd(toks []nlp.Token) int {
	if len(toks) < 3 {
		return 0
	}
	first := toks[0].Text
	if len(first) < 3 || strings.ToUpper(first) != first || !isCapitalised(first) {
		return 0
	}
	for k := 1; k < len(toks) && k < 16; k++ {
		switch toks[k].Text {
		case "-", "—", "–", "--", ":":
			return k + 1
		}
	}
	return 0
}

// mayHaveActor reports whether any token could start an actor: a dictionary
// actor or agent phrase, a pronoun or "both"/"two", a hyphenated compound.
// Sentences without one cannot give events and skip tagging, the costliest step.
func (c *Coder) mayHaveActor(toks []nlp.Token) bool {
	for i := range toks {
		switch toks[i].Lower {
		case "he", "she", "they", "it", "both", "two":
			return true
		}
		if _, n := c.dict.Actors.Match(toks, i); n > 0 {
			return true
		}
		if _, n := c.dict.Agents.Match(toks, i); n > 0 {
			return true
		}
		if strings.IndexByte(toks[i].Lower, '-') > 0 {
			return true
		}
	}
	return false
}
