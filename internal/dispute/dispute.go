package dispute

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/accord-hub/accord/internal/agreement"
	"github.com/accord-hub/accord/internal/cameo"
	"github.com/accord-hub/accord/internal/event"
)

// Type is the kind of a timeline entry.
type Type string

// The kinds of timeline entries, in the order they sort within a day.
const (
	// Incident: fighting, attacks, arrests, threats, force posture (CAMEO 13–20).
	Incident Type = "incident"
	// Accusation: accusations, criticism, rejections (CAMEO 11–12).
	Accusation Type = "accusation"
	// Talks: meetings, consultations, negotiations (CAMEO 04, 036).
	Talks Type = "talks"
	// Mediation: a third party mediating (CAMEO 045, or its words).
	Mediation Type = "mediation"
	// Ceasefire: a ceasefire or truce declared or agreed (CAMEO 0871).
	Ceasefire Type = "ceasefire"
	// PrisonerExchange: prisoners or detainees exchanged or returned (0841).
	PrisonerExchange Type = "prisoner_exchange"
	// Agreement: an agreement signed (CAMEO 057, or the agreement package).
	Agreement Type = "agreement"
	// Deescalation: troops pulled back, blockades eased (CAMEO 08 else).
	Deescalation Type = "de-escalation"
)

var typeOrder = map[Type]int{Incident: 0, Accusation: 1, Talks: 2, Mediation: 3, Ceasefire: 4, PrisonerExchange: 5, Agreement: 6, Deescalation: 7}

// hostile entries are the ones that make a dispute live.
func (t Type) hostile() bool { return t == Incident || t == Accusation }

// Status is where a dispute stands.
type Status string

// The statuses of a dispute.
const (
	// Active: the last entries are incidents or accusations.
	Active Status = "active"
	// Deescalating: a ceasefire, talks, mediation, an exchange or an
	// agreement came after the last incident.
	Deescalating Status = "de-escalating"
	// Dormant: nothing for Options.DormantDays.
	Dormant Status = "dormant"
	// Settled: a final agreement (a treaty, a settlement, a delimitation)
	// and no incident or accusation since.
	Settled Status = "settled"
)

// Evidence is one report behind a timeline entry.
type Evidence struct {
	// Event is the stored event's id; Doc and Sentence where it was read.
	Event    string `json:"event,omitempty"`
	Doc      string `json:"doc"`
	Sentence int    `json:"sentence"`
	Date     string `json:"date"`
	// Source, Target and Code are the event's actors and CAMEO code.
	Source string `json:"source"`
	Target string `json:"target"`
	Code   string `json:"code"`
	// Text is the sentence.
	Text   string `json:"text"`
	Outlet string `json:"outlet,omitempty"`
	URL    string `json:"url,omitempty"`
	// Agreement is the id of the agreement behind an agreement entry
	// found by the agreement package (see Build), with its name.
	Agreement     string `json:"agreement,omitempty"`
	AgreementName string `json:"agreement_name,omitempty"`
}

// Entry is one step of a dispute's timeline: what happened between the
// parties on one day.
type Entry struct {
	Date string `json:"date"`
	Type Type   `json:"type"`
	// Mediators are the third parties that mediated (actor codes).
	Mediators []string `json:"mediators,omitempty"`
	// Reports counts the reports merged into the entry's events.
	Reports int `json:"reports"`
	// Evidence are the events behind the entry.
	Evidence []Evidence `json:"evidence"`
}

// Dispute is a pair of countries and a topic, with its timeline.
type Dispute struct {
	// ID is stable for a pair and topic: "kgz-tjk-border".
	ID string `json:"id"`
	// Parties are the two countries, ISO alpha-3, sorted.
	Parties []string `json:"parties"`
	// Topic is the main subject; Topics every subject the reports name,
	// most named first.
	Topic  string   `json:"topic"`
	Topics []string `json:"topics,omitempty"`
	// Status and why.
	Status Status `json:"status"`
	Reason string `json:"reason"`
	// First and Last are the dates of the first and last entries.
	First string `json:"first"`
	Last  string `json:"last"`
	// Counts counts the timeline entries by type.
	Counts map[Type]int `json:"counts"`
	// Mediators are everyone who mediated, most active first.
	Mediators []string `json:"mediators,omitempty"`
	// Timeline is oldest first.
	Timeline []Entry `json:"timeline"`
}

// Options tune Build. The zero value uses the defaults.
type Options struct {
	// AsOf is the date status is judged at; "" means the newest event date.
	AsOf string
	// DormantDays: a dispute with no entry for this long is dormant
	// (default 180).
	DormantDays int
	// MinHostile: a pair needs this many incident or accusation entries to
	// be a dispute, or one and a sentence that names a dispute (default 2).
	MinHostile int
	// MaxEvidence caps the evidence kept per entry (default 5).
	MaxEvidence int
}

var (
	ceasefireWords = regexp.MustCompile(`(?i)\b(?:cease-?fire|truce|armistice|ceasefire)\b`)
	exchangeWords  = regexp.MustCompile(`(?i)\b(?:exchang\w*|swap\w*|handed\s+over|returned|released)\b[^.]{0,60}\b(?:prisoners?|detainees?|captives?|hostages?|bodies|servicemen|soldiers|border\s+guards|citizens)\b|\b(?:prisoner|detainee|captive|hostage)s?\s+(?:exchange|swap)\b`)
	mediateWords   = regexp.MustCompile(`(?i)\b(?:mediat\w*|brokered|broker|good\s+offices|facilitat\w*)\b`)
	disputeWords   = regexp.MustCompile(`(?i)\b(?:disput\w*|conflict\w*|clash\w*|tensions?|stand-?off|skirmish\w*|hostilit\w*|fighting|war|territorial\s+claims?|contested)\b`)
	// settleWords: an agreement that settles a dispute rather than
	// managing it (a ceasefire protocol, a roadmap).
	settleWords = regexp.MustCompile(`(?i)\b(?:settl\w*|ending|ended|ends|resolv\w*|final\s+(?:agreement|settlement|deal)|peace\s+(?:treaty|agreement|deal|accord)|(?:border|boundary|frontier|delimitation|demarcation|territorial|water|energy|trade)\s+(?:treaty|agreement|deal|accord)|(?:treaty|agreement)\s+on\s+the\s+(?:state\s+)?(?:border|frontier|boundary|delimitation|demarcation))\b`)
)

// topics, in priority order for ties.
var topics = []struct {
	name string
	re   *regexp.Regexp
}{
	{"border", regexp.MustCompile(`(?i)\b(?:borders?|frontiers?|boundar\w+|enclaves?|exclaves?|demarcat\w*|delimit\w*|checkpoints?|territor\w*|land\s+swap)\b`)},
	{"water", regexp.MustCompile(`(?i)\b(?:water\w*|reservoirs?|rivers?|irrigation|canals?|dams?|intakes?)\b`)},
	{"energy", regexp.MustCompile(`(?i)\b(?:energy|gas|electricity|power\s+(?:plant|line|supply|supplies)|oil|pipelines?|fuel|hydropower)\b`)},
	{"trade", regexp.MustCompile(`(?i)\b(?:trade|tariffs?|customs|imports?|exports?|embargo\w*|goods|transit)\b`)},
	{"minorities", regexp.MustCompile(`(?i)\b(?:minorit\w+|ethnic|diaspora|compatriots)\b`)},
}

// textInfo is what the word rules say about one sentence; several events
// share a sentence, so Build works it out once per sentence.
type textInfo struct {
	ceasefire, exchange, mediate, dispute, settle, bilateral, background bool
	topics                                                               []string
}

// analyse is a cache of textInfo by sentence and report year.
type analyse map[string]*textInfo

func (a analyse) of(e event.Event) *textInfo {
	year := ""
	if len(e.Date) >= 4 {
		year = e.Date[:4]
	}
	k := year + "\x00" + e.Text
	if ti, ok := a[k]; ok {
		return ti
	}
	t := e.Text
	ti := &textInfo{
		ceasefire: ceasefireWords.MatchString(t), exchange: exchangeWords.MatchString(t),
		mediate: mediateWords.MatchString(t), dispute: disputeWords.MatchString(t),
		settle: settleWords.MatchString(t), bilateral: bilateral.MatchString(t),
		background: background(e),
	}
	for _, tp := range topics {
		if tp.re.MatchString(t) {
			ti.topics = append(ti.topics, tp.name)
		}
	}
	a[k] = ti
	return ti
}

// typeOf classifies an event for a timeline; ok is false for events that
// tell nothing about a dispute.
func typeOf(e event.Event, ti *textInfo) (Type, bool) {
	code, root := e.Code, e.Root
	if root == "" {
		root = cameo.RootOf(code)
	}
	switch {
	case strings.HasPrefix(code, "0871"):
		return Ceasefire, true
	case code == "0841" || ti.exchange && (root == "08" || root == "05" || root == "04" || root == "03"):
		return PrisonerExchange, true
	case strings.HasPrefix(code, "045"):
		return Mediation, true
	case strings.HasPrefix(code, "057"):
		if ti.ceasefire {
			return Ceasefire, true
		}
		return Agreement, true
	case root == "08":
		if ti.ceasefire {
			return Ceasefire, true
		}
		return Deescalation, true
	case root == "04" || strings.HasPrefix(code, "036") || strings.HasPrefix(code, "046"):
		if ti.ceasefire && strings.Contains(strings.ToLower(e.Verb+" "+e.Text), "agree") {
			return Ceasefire, true
		}
		return Talks, true
	case root == "11" || root == "12":
		return Accusation, true
	case root >= "13" && root <= "20":
		return Incident, true
	}
	return "", false
}

// pairOf returns the two countries an event is between, and the third
// party mediating when the event is one's dealing with a party about the
// other ("Russia mediated between Kyrgyzstan and Tajikistan"). docPair is
// the pair the event's document is mostly about, for events the coder
// could tie to one country only ("each government blamed the other").
func pairOf(e event.Event, t Type, ti *textInfo, docPair [2]string) (pair [2]string, mediator string, ok bool) {
	if p, med, ok := dyadOf(e, t, ti); ok {
		return p, med, ok
	}
	// One side known: the one other country the sentence names, else the
	// document's pair when the known side is in it.
	own := ""
	for _, c := range []string{cameo.CountryOf(e.Source), cameo.CountryOf(e.Target)} {
		if agreement.IsCountry(c) {
			own = c
			break
		}
	}
	if own == "" {
		return pair, "", false
	}
	var others []string
	for _, c := range agreement.FindCountries(e.Text) {
		if c.Country != own && !contains(others, c.Country) {
			others = append(others, c.Country)
		}
	}
	if len(others) == 1 {
		return sortedPair(own, others[0]), "", true
	}
	if len(others) == 0 && docPair[0] != "" && (docPair[0] == own || docPair[1] == own) && ti.bilateral {
		return docPair, "", true
	}
	return pair, "", false
}

func sortedPair(a, b string) [2]string {
	if a > b {
		a, b = b, a
	}
	return [2]string{a, b}
}

// dyadOf returns the pair an event's own actors give.
func dyadOf(e event.Event, t Type, ti *textInfo) (pair [2]string, mediator string, ok bool) {
	s, g := cameo.CountryOf(e.Source), cameo.CountryOf(e.Target)
	if agreement.IsCountry(s) && agreement.IsCountry(g) && s != g {
		if s > g {
			s, g = g, s
		}
		// A third party meeting a party "to mediate" is mediation, not talks.
		if !t.hostile() && ti.mediate {
			if p, ok := otherPair(e, e.Source); ok && (p[0] == s || p[1] == s) != (p[0] == g || p[1] == g) {
				return p, e.Source, true
			}
		}
		return [2]string{s, g}, "", true
	}
	if t.hostile() {
		return pair, "", false
	}
	// An international organisation's dealings with the parties.
	if e.Source != "" && !agreement.IsCountry(s) && (t == Mediation || ti.mediate || t == Ceasefire || t == Talks) {
		if p, ok := otherPair(e, e.Source); ok {
			return p, e.Source, true
		}
	}
	return pair, "", false
}

// otherPair returns the two countries other than the mediator's that the
// sentence names, when there are exactly two.
func otherPair(e event.Event, mediator string) ([2]string, bool) {
	med := cameo.CountryOf(mediator)
	var cs []string
	for _, c := range agreement.FindCountries(e.Text) {
		if c.Country != med && !contains(cs, c.Country) {
			cs = append(cs, c.Country)
		}
	}
	if len(cs) != 2 {
		return [2]string{}, false
	}
	sort.Strings(cs)
	return [2]string{cs[0], cs[1]}, true
}

func contains(list []string, v string) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

// bilateral words say a sentence is about both sides of a pair.
var bilateral = regexp.MustCompile(`(?i)\b(?:each\s+other|the\s+other|both\s+sides|each\s+side|both\s+countries|the\s+two\s+(?:countries|sides|governments|neighbou?rs|states)|neighbou?rs?|bilateral)\b`)

var yearPattern = regexp.MustCompile(`\b(?:19|20)\d\d\b`)

// background reports whether an event's sentence tells of the past ("the
// clashes of April 2021 killed …" in a 2025 report): every year it names
// is before the year of the report, so it is no new entry.
func background(e event.Event) bool {
	if len(e.Date) < 4 {
		return false
	}
	years := yearPattern.FindAllString(e.Text, -1)
	if len(years) == 0 {
		return false
	}
	for _, y := range years {
		if y >= e.Date[:4] {
			return false
		}
	}
	return true
}

// item is one classified event.
type item struct {
	e        event.Event
	t        Type
	mediator string
	topics   []string
	clear    bool // the coder's own actors give the pair
	dispute  bool // the sentence names a dispute
	// agreement and agreementName: an entry from the agreement package.
	agreement, agreementName string
}

// Build finds the disputes among events (stored, merged events: any order)
// and builds their timelines. Agreements, when given, add an agreement
// entry to the dispute of any two of their parties on the day both had
// signed (the news often reports a signing the coder cannot code).
func Build(events []event.Event, agreements []agreement.Agreement, opt Options) []Dispute {
	if opt.DormantDays <= 0 {
		opt.DormantDays = 180
	}
	if opt.MinHostile <= 0 {
		opt.MinHostile = 2
	}
	if opt.MaxEvidence <= 0 {
		opt.MaxEvidence = 5
	}
	asOf := opt.AsOf
	// The pair each document is mostly about, from its clear dyads.
	docCounts := map[string]map[[2]string]int{}
	texts := analyse{}
	for _, e := range events {
		ti := texts.of(e)
		t, ok := typeOf(e, ti)
		if !ok {
			continue
		}
		if p, _, ok := dyadOf(e, t, ti); ok {
			if docCounts[e.Doc] == nil {
				docCounts[e.Doc] = map[[2]string]int{}
			}
			docCounts[e.Doc][p]++
		}
	}
	docPair := map[string][2]string{}
	for doc, counts := range docCounts {
		var best [2]string
		for p, n := range counts {
			if n > counts[best] || n == counts[best] && (best[0] == "" || p[0]+p[1] < best[0]+best[1]) {
				best = p
			}
		}
		docPair[doc] = best
	}
	byPair := map[[2]string][]item{}
	for _, e := range events {
		if opt.AsOf == "" && e.Date > asOf {
			asOf = e.Date
		}
		if opt.AsOf != "" && e.Date > opt.AsOf {
			continue
		}
		ti := texts.of(e)
		t, ok := typeOf(e, ti)
		if !ok || ti.background {
			continue
		}
		p, med, ok := pairOf(e, t, ti, docPair[e.Doc])
		if !ok {
			continue
		}
		if med != "" && t != Incident && t != Accusation {
			t = Mediation
		}
		_, _, clear := dyadOf(e, t, ti)
		it := item{e: e, t: t, mediator: med, clear: clear, topics: ti.topics, dispute: ti.dispute}
		byPair[p] = append(byPair[p], it)
	}
	var out []Dispute
	for p, items := range byPair {
		// Hostile sentences, each counted once, and at least one between
		// the pair's own actors.
		sentences := map[string]bool{}
		named, clear := false, false
		for _, it := range items {
			if it.t.hostile() {
				sentences[it.e.Doc+"\x00"+itoa(it.e.Sentence)] = true
				named = named || it.dispute
				clear = clear || it.clear
			}
		}
		hostile := len(sentences)
		if !clear || hostile < opt.MinHostile && !(hostile > 0 && named) {
			continue
		}
		pairTopics := map[string]bool{}
		for _, it := range items {
			for _, t := range it.topics {
				pairTopics[t] = true
			}
		}
		items = append(items, agreementItems(p, agreements, opt.AsOf, pairTopics)...)
		out = append(out, build(p, items, asOf, opt))
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Last != out[j].Last {
			return out[i].Last > out[j].Last
		}
		return out[i].ID < out[j].ID
	})
	return out
}

// agreementItems are the agreement entries of a pair: one for each
// agreement both have signed (or ratified, or brought into force), dated
// the day the second of them signed. An agreement of more than three
// parties counts only when it is about a subject of the dispute (a
// regional water treaty, not a summit declaration).
func agreementItems(p [2]string, as []agreement.Agreement, asOf string, pairTopics map[string]bool) []item {
	var out []item
	for _, a := range as {
		if len(a.Parties) > 3 {
			about := false
			for _, tp := range topics {
				if pairTopics[tp.name] && tp.re.MatchString(a.Name) {
					about = true
				}
			}
			if !about {
				continue
			}
		}
		var steps [2]*agreement.Step
		for _, party := range a.Parties {
			for i, c := range p {
				if party.Country != c {
					continue
				}
				for k := range party.History {
					st := &party.History[k]
					if st.Status == agreement.Signed || st.Status == agreement.Ratified || st.Status == agreement.InForce {
						steps[i] = st
						break
					}
				}
			}
		}
		if steps[0] == nil || steps[1] == nil || len(steps[0].Evidence) == 0 || len(steps[1].Evidence) == 0 {
			continue
		}
		later := steps[0]
		if steps[1].Since > later.Since {
			later = steps[1]
		}
		if asOf != "" && later.Since > asOf {
			continue
		}
		ev := later.Evidence[0]
		e := event.Event{ID: "", Doc: ev.Doc, Sentence: ev.Sentence, Date: later.Since, Source: p[0], Target: p[1],
			Code: "057", Root: "05", Text: ev.Text, Outlet: ev.Outlet, URL: ev.URL}
		t := Agreement
		if ceasefireWords.MatchString(a.Name + " " + ev.Text) {
			t = Ceasefire
		}
		it := item{e: e, t: t, clear: true, agreement: a.ID, agreementName: a.Name}
		for _, tp := range topics {
			if tp.re.MatchString(a.Name + " " + ev.Text) {
				it.topics = append(it.topics, tp.name)
			}
		}
		out = append(out, it)
	}
	return out
}

// build assembles one pair's dispute.
func build(p [2]string, items []item, asOf string, opt Options) Dispute {
	d := Dispute{Parties: []string{p[0], p[1]}, Counts: map[Type]int{}}
	// Topic: the subject the pair's reports name most.
	count := map[string]int{}
	for _, it := range items {
		for _, t := range it.topics {
			count[t]++
		}
	}
	for _, tp := range topics {
		if count[tp.name] > 0 {
			d.Topics = append(d.Topics, tp.name)
		}
	}
	sort.SliceStable(d.Topics, func(i, j int) bool { return count[d.Topics[i]] > count[d.Topics[j]] })
	d.Topic = "general"
	if len(d.Topics) > 0 {
		d.Topic = d.Topics[0]
	}
	d.ID = strings.ToLower(p[0] + "-" + p[1] + "-" + d.Topic)
	// One entry per day and type.
	type key struct {
		date string
		t    Type
	}
	entries := map[key]*Entry{}
	seen := map[string]bool{}
	medCount := map[string]int{}
	for _, it := range items {
		k := key{it.e.Date, it.t}
		en := entries[k]
		if en == nil {
			en = &Entry{Date: it.e.Date, Type: it.t, Evidence: []Evidence{}}
			entries[k] = en
		}
		if it.mediator != "" && !contains(en.Mediators, it.mediator) {
			en.Mediators = append(en.Mediators, it.mediator)
			medCount[it.mediator]++
		}
		n := it.e.Mentions
		if n <= 0 {
			n = 1
		}
		sk := string(it.t) + "\x00" + it.e.Doc + "\x00" + itoa(it.e.Sentence)
		if it.agreement == "" || !seen[sk] {
			en.Reports += n
		}
		if seen[sk] {
			// The coded event and the agreement of one sentence: one piece
			// of evidence, naming the agreement.
			if it.agreement != "" {
				for i := range en.Evidence {
					if en.Evidence[i].Doc == it.e.Doc && en.Evidence[i].Sentence == it.e.Sentence {
						en.Evidence[i].Agreement, en.Evidence[i].AgreementName = it.agreement, it.agreementName
					}
				}
			}
			continue
		}
		seen[sk] = true
		en.Evidence = append(en.Evidence, Evidence{Event: it.e.ID, Doc: it.e.Doc, Sentence: it.e.Sentence, Date: it.e.Date,
			Source: it.e.Source, Target: it.e.Target, Code: it.e.Code, Text: it.e.Text, Outlet: it.e.Outlet, URL: it.e.URL,
			Agreement: it.agreement, AgreementName: it.agreementName})
	}
	for _, en := range entries {
		sort.SliceStable(en.Evidence, func(i, j int) bool {
			a, b := en.Evidence[i], en.Evidence[j]
			if a.Doc != b.Doc {
				return a.Doc < b.Doc
			}
			return a.Sentence < b.Sentence
		})
		if len(en.Evidence) > opt.MaxEvidence {
			en.Evidence = en.Evidence[:opt.MaxEvidence]
		}
		sort.Strings(en.Mediators)
		d.Timeline = append(d.Timeline, *en)
		d.Counts[en.Type]++
	}
	sort.Slice(d.Timeline, func(i, j int) bool {
		a, b := d.Timeline[i], d.Timeline[j]
		if a.Date != b.Date {
			return a.Date < b.Date
		}
		return typeOrder[a.Type] < typeOrder[b.Type]
	})
	for m := range medCount {
		d.Mediators = append(d.Mediators, m)
	}
	sort.Slice(d.Mediators, func(i, j int) bool {
		if medCount[d.Mediators[i]] != medCount[d.Mediators[j]] {
			return medCount[d.Mediators[i]] > medCount[d.Mediators[j]]
		}
		return d.Mediators[i] < d.Mediators[j]
	})
	d.First, d.Last = d.Timeline[0].Date, d.Timeline[len(d.Timeline)-1].Date
	d.Status, d.Reason = status(d.Timeline, asOf, opt.DormantDays)
	return d
}

// status judges a timeline as of a date:
//
//  1. settled: an agreement entry whose sentence speaks of a treaty, a
//     settlement or a delimitation, with no incident or accusation after it;
//  2. dormant: no entry in the last dormantDays days;
//  3. de-escalating: a ceasefire, talks, mediation, an exchange, an
//     agreement or a de-escalation on or after the day of the last
//     incident or accusation;
//  4. active otherwise.
func status(tl []Entry, asOf string, dormantDays int) (Status, string) {
	lastHostile, lastCalm := "", ""
	var lastCalmType Type
	settledOn := ""
	for _, en := range tl {
		if en.Type.hostile() {
			lastHostile = en.Date
			continue
		}
		lastCalm, lastCalmType = en.Date, en.Type
		if en.Type == Agreement {
			for _, ev := range en.Evidence {
				if settleWords.MatchString(ev.Text) || settleWords.MatchString(ev.AgreementName) {
					settledOn = en.Date
				}
			}
		}
	}
	last := tl[len(tl)-1].Date
	if settledOn != "" && lastHostile <= settledOn {
		return Settled, "settled by the agreement of " + settledOn + "; no incident or accusation since"
	}
	if days := daysBetween(last, asOf); days > dormantDays {
		return Dormant, "nothing reported for " + itoa(days) + " days (dormant after " + itoa(dormantDays) + ")"
	}
	if lastCalm != "" && lastCalm >= lastHostile {
		return Deescalating, string(lastCalmType) + " on " + lastCalm + " after the last incident or accusation on " + lastHostile
	}
	return Active, "last incident or accusation on " + lastHostile
}

func daysBetween(a, b string) int {
	ta, err1 := time.Parse("2006-01-02", a)
	tb, err2 := time.Parse("2006-01-02", b)
	if err1 != nil || err2 != nil {
		return 0
	}
	return int(tb.Sub(ta).Hours() / 24)
}

func itoa(n int) string { return strconv.Itoa(n) }
