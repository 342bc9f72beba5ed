package agreement

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strings"
	"time"
)

// Thresholds of Build.
const (
	// minSimilarity is how alike two name keys must be for one agreement.
	minSimilarity = 0.5
	// earlyDays: a mention this long before a registered agreement's date
	// is about something else (an older agreement of the same name).
	earlyDays = 730
	// conflictDays: two different claims about one party this close
	// together are outlets disagreeing, not the party changing its mind.
	conflictDays = 30
	// commonWord: a name word shared by more agreements than this is not
	// used to find candidates for a mention (its other words are).
	commonWord = 64
	// maxEvidence caps the reports printed for one step.
	maxEvidence = 8
)

// cluster is one agreement being assembled.
type cluster struct {
	entry     *Entry
	keys      [][]string
	kind      string
	fixed     map[string]bool // registry parties
	nameParts map[string]bool // parties named in mentions' names
	mentions  []Mention
	docs      map[string]bool // documents that mention it
	order     int             // creation order
	words     map[string]bool // words indexed in byWord
	stamp     int             // last mention that made it a candidate
	// unnamed is, for an agreement the news never named ("signed a
	// protocol"), the codes of the states that signed it.
	unnamed    string
	last       string // date of the newest mention
	registered bool
}

func (c *cluster) similarity(key []string) float64 {
	best := 0.0
	for _, k := range c.keys {
		best = max(best, keySimilarity(k, key))
	}
	return best
}

// accepts reports whether a mention naming countries can be this agreement.
func (c *cluster) accepts(m Mention, countries []string) bool {
	if len(c.fixed) > 0 {
		// Parties named with the agreement decide; else the stances' states.
		if len(m.Parties) > 0 {
			countries = m.Parties
		}
		for _, p := range countries {
			if !c.fixed[p] {
				return false
			}
		}
	} else if len(c.nameParts) > 0 && len(m.Parties) > 0 {
		for _, p := range m.Parties {
			if !c.nameParts[p] {
				return false
			}
		}
	}
	if c.entry != nil && c.entry.Date != "" && daysBetween(m.Evidence.Date, c.entry.Date) > earlyDays {
		return false
	}
	return compatibleKinds(c.kind, m.Kind)
}

// mentionCountries are the countries a mention names: as parties and in
// its stances.
func mentionCountries(m Mention) []string {
	out := append([]string(nil), m.Parties...)
	for _, s := range m.Stances {
		out = appendAll(out, s.Countries...)
		out = appendAll(out, s.Except...)
	}
	return out
}

// Build ties mentions into agreements, using the registry entries to name,
// merge and annotate them, and works out each party's stance. Agreements
// the news says nothing about (no stance reported) are left out unless they
// are in the registry.
func Build(mentions []Mention, registry []Entry) []Agreement {
	ms := append([]Mention(nil), mentions...)
	sort.SliceStable(ms, func(i, j int) bool {
		a, b := ms[i].Evidence, ms[j].Evidence
		if a.Date != b.Date {
			return a.Date < b.Date
		}
		if a.Doc != b.Doc {
			return a.Doc < b.Doc
		}
		return a.Sentence < b.Sentence
	})
	var clusters []*cluster
	for i := range registry {
		e := &registry[i]
		c := &cluster{entry: e, kind: e.Kind, fixed: map[string]bool{}, nameParts: map[string]bool{}, docs: map[string]bool{}, words: map[string]bool{}, registered: true, order: i}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if k := nameKey(n); len(k) > 0 {
				c.keys = append(c.keys, k)
			}
		}
		for _, p := range e.Parties {
			c.fixed[p] = true
		}
		clusters = append(clusters, c)
	}
	// byWord indexes clusters by the words of their keys, so that a named
	// mention is compared only with clusters sharing a word with it.
	byWord := map[string][]*cluster{}
	stamp := 0
	index := func(c *cluster, key []string) {
		for _, w := range key {
			if !c.words[w] {
				c.words[w] = true
				byWord[w] = append(byWord[w], c)
			}
		}
	}
	for _, c := range clusters {
		for _, k := range c.keys {
			index(c, k)
		}
	}
	for _, m := range ms {
		key := nameKey(m.Name)
		countries := mentionCountries(m)
		var best *cluster
		bestScore := 0.0
		candidates := clusters
		if len(key) > 0 {
			candidates = candidates[:0:0]
			stamp++
			// Words shared by very many agreements ("cooperation") select
			// nothing; the rarer words of the name do the work.
			rarest, words := "", key[:0:0]
			for _, w := range key {
				if rarest == "" || len(byWord[w]) < len(byWord[rarest]) {
					rarest = w
				}
				if len(byWord[w]) <= commonWord {
					words = append(words, w)
				}
			}
			if len(words) == 0 {
				words = []string{rarest}
			}
			for _, w := range words {
				for _, c := range byWord[w] {
					if c.stamp != stamp {
						c.stamp = stamp
						candidates = append(candidates, c)
					}
				}
			}
			// Keep the order clusters were made in, for stable ties.
			sort.Slice(candidates, func(i, j int) bool { return candidates[i].order < candidates[j].order })
		}
		for _, c := range candidates {
			if c.unnamed != "" {
				// "a protocol" signed by the same states within days.
				if len(key) == 0 && c.kind == m.Kind && c.unnamed == strings.Join(sorted(countries), " ") &&
					daysBetween(c.last, m.Evidence.Date) <= conflictDays {
					best, bestScore = c, 1
				}
				continue
			}
			if !c.accepts(m, countries) {
				continue
			}
			var score float64
			if len(key) > 0 {
				score = c.similarity(key)
				if score < minSimilarity {
					continue
				}
			} else if len(m.Parties) > 0 && len(c.fixed)+len(c.nameParts) > 0 {
				// An unnamed "agreement with Uzbekistan": by parties alone.
				score = minSimilarity
			} else {
				continue
			}
			for _, p := range countries {
				if c.fixed[p] || c.nameParts[p] {
					score += 0.05
				}
			}
			// A document goes on about the agreement it has been naming.
			if c.docs[m.Evidence.Doc] {
				score += 0.3
			}
			if score > bestScore {
				best, bestScore = c, score
			}
		}
		if best == nil {
			unnamed := ""
			if len(key) == 0 {
				// An unnamed agreement is one only when signed by two or
				// more states with a kind of its own ("a protocol").
				if len(countries) < 2 || genericKinds[m.Kind] || len(m.Stances) == 0 {
					continue
				}
				unnamed = strings.Join(sorted(countries), " ")
			}
			best = &cluster{kind: m.Kind, fixed: map[string]bool{}, nameParts: map[string]bool{}, docs: map[string]bool{},
				words: map[string]bool{}, order: len(clusters), unnamed: unnamed}
			clusters = append(clusters, best)
		}
		best.last = max(best.last, m.Evidence.Date)
		if len(key) > 0 && (!best.registered && best.similarity(key) < 1 || len(best.keys) == 0) {
			best.keys = append(best.keys, key)
			index(best, key)
		}
		best.docs[m.Evidence.Doc] = true
		if genericKinds[best.kind] && !genericKinds[m.Kind] && !best.registered {
			best.kind = m.Kind
		}
		for _, p := range m.Parties {
			best.nameParts[p] = true
		}
		best.mentions = append(best.mentions, m)
	}
	var out []Agreement
	for _, c := range clusters {
		a := c.agreement()
		if !c.registered && len(a.Parties) == 0 {
			continue
		}
		if !c.registered {
			reported := false
			for _, p := range a.Parties {
				if len(p.History) > 0 {
					reported = true
				}
			}
			if !reported {
				continue
			}
		}
		out = append(out, a)
	}
	sort.SliceStable(out, func(i, j int) bool {
		// By date, agreements the news has not dated last.
		di, dj := cmp.Or(out[i].Date, out[i].First, "9999"), cmp.Or(out[j].Date, out[j].First, "9999")
		if di != dj {
			return di < dj
		}
		return out[i].ID < out[j].ID
	})
	return out
}

// agreement assembles a cluster's output.
func (c *cluster) agreement() Agreement {
	a := Agreement{Kind: c.kind, Mentions: len(c.mentions), Registered: c.registered, Aliases: []string{}}
	if e := c.entry; e != nil {
		a.ID, a.Name, a.Binding, a.Date, a.EntryIntoForce, a.Note = e.ID, e.Name, e.Binding, e.Date, e.EntryIntoForce, e.Note
		a.Aliases = append(a.Aliases, e.Aliases...)
	}
	// Names: the registry's, else the fullest title the news used.
	counts := map[string]int{}
	var names []string
	for _, m := range c.mentions {
		n := cleanName(m.Name)
		if n == "" {
			continue
		}
		if counts[strings.ToLower(n)] == 0 {
			names = append(names, n)
		}
		counts[strings.ToLower(n)]++
	}
	if c.unnamed != "" {
		var who []string
		for _, code := range strings.Fields(c.unnamed) {
			who = append(who, CountryName(code))
		}
		first := ""
		if len(c.mentions) > 0 {
			first = c.mentions[0].Evidence.Date
		}
		a.Name = c.kind + " between " + joinNames(who) + " of " + first
		names = nil
	}
	if a.Name == "" && len(names) > 0 {
		best := names[0]
		for _, n := range names[1:] {
			if isTitle(n) && (!isTitle(best) || len(n) > len(best)) || !isTitle(best) && counts[strings.ToLower(n)] > counts[strings.ToLower(best)] {
				best = n
			}
		}
		a.Name = best
	}
	if a.Kind == "" || a.Kind == "document" {
		a.Kind = "agreement"
	}
	seen := map[string]bool{strings.ToLower(a.Name): true}
	for _, al := range a.Aliases {
		seen[strings.ToLower(al)] = true
	}
	for _, n := range names {
		if !seen[strings.ToLower(n)] && len(a.Aliases) < 12 {
			seen[strings.ToLower(n)] = true
			a.Aliases = append(a.Aliases, n)
		}
	}
	if a.ID == "" {
		h := sha256.Sum256([]byte(a.Kind + "\x00" + strings.Join(nameKey(a.Name), " ")))
		a.ID = "agr-" + hex.EncodeToString(h[:])[:12]
	}
	// Binding: the registry's word, else what the news says when it agrees.
	if a.Binding == nil {
		var yes, no int
		for _, m := range c.mentions {
			if m.Binding != nil {
				if *m.Binding {
					yes++
				} else {
					no++
				}
			}
		}
		if no > 0 && yes == 0 {
			a.Binding = new(bool)
		} else if yes > 0 && no == 0 {
			t := true
			a.Binding = &t
		}
	}
	for _, m := range c.mentions {
		if a.First == "" || m.Evidence.Date < a.First {
			a.First = m.Evidence.Date
		}
		if m.Evidence.Date > a.Last {
			a.Last = m.Evidence.Date
		}
	}
	a.Parties = c.parties()
	for _, p := range a.Parties {
		if p.Conflict {
			a.Conflicts = true
		}
		if a.Date == "" {
			for _, s := range p.History {
				if s.Status == Signed && (a.Date == "" || s.Since < a.Date) {
					a.Date = s.Since
				}
			}
		}
	}
	return a
}

// joinNames joins names as a person would: "A, B and C".
func joinNames(ns []string) string {
	if len(ns) <= 1 {
		return strings.Join(ns, "")
	}
	return strings.Join(ns[:len(ns)-1], ", ") + " and " + ns[len(ns)-1]
}

func cleanName(n string) string {
	n = strings.TrimSpace(n)
	for _, p := range []string{"the ", "The ", "a ", "A ", "an ", "An "} {
		n = strings.TrimPrefix(n, p)
	}
	return n
}

// isTitle reports whether a name is written as a title ("Treaty on …").
func isTitle(n string) bool {
	w := wordSpans(n)
	caps := 0
	for _, s := range w {
		if isCapital(n, s) {
			caps++
		}
	}
	return len(w) > 0 && caps*2 >= len(w)
}

// parties runs each party's reports through the stance machine.
func (c *cluster) parties() []Party {
	reports := map[string][]Report{}
	known := map[string]bool{}
	for p := range c.fixed {
		known[p] = true
	}
	for p := range c.nameParts {
		known[p] = true
	}
	for _, m := range c.mentions {
		for _, s := range m.Stances {
			ev := m.Evidence
			ev.Phrase, ev.Event = s.Phrase, s.Event
			who := s.Countries
			if s.AllParties {
				except := map[string]bool{}
				for _, x := range s.Except {
					except[x] = true
					known[x] = true
				}
				who = nil
				for p := range known {
					if !except[p] {
						who = append(who, p)
					}
				}
				sort.Strings(who)
			}
			for _, p := range who {
				if len(c.fixed) > 0 && !c.fixed[p] {
					continue
				}
				known[p] = true
				reports[p] = append(reports[p], Report{Status: s.Status, Weak: s.Weak, Evidence: ev})
			}
		}
	}
	codes := make([]string, 0, len(known))
	for p := range known {
		codes = append(codes, p)
	}
	sort.Strings(codes)
	out := make([]Party, 0, len(codes))
	for _, p := range codes {
		out = append(out, decide(p, reports[p]))
	}
	return out
}

// decide runs one party's reports, oldest first, through the stance
// machine:
//
//   - a report of a later stage (signed → ratified → in force, or withdrawn)
//     moves the party on, except that "signed" from another outlet within
//     conflictDays of "deferred" or "refused" is a conflict, not a signing;
//   - a report of the stance it holds adds to that step's evidence;
//   - refused and deferred replace each other, except that in one document
//     "will sign after its national procedures" explains "did not sign";
//   - a report of an earlier stage after signing, ratifying or entry into
//     force is a retelling when it says "signed" and agrees with the later
//     stage; any other disagreement (deferred after signed, signed when
//     another outlet says deferred the same day) is a conflict: both are
//     kept and flagged, and the better-sourced claim (more independent
//     outlets) holds, the newer winning a tie.
func decide(country string, rs []Report) Party {
	p := Party{Country: country, Status: Unknown, Evidence: []Evidence{}, History: []Step{}}
	if len(rs) == 0 {
		return p
	}
	sort.SliceStable(rs, func(i, j int) bool { return rs[i].Evidence.Date < rs[j].Evidence.Date })
	// In one document, deferred explains a refusal.
	deferredIn := map[string]bool{}
	for _, r := range rs {
		if r.Status == Deferred {
			deferredIn[r.Evidence.Doc] = true
		}
	}
	kept := rs[:0:0]
	for _, r := range rs {
		if r.Status == Refused && deferredIn[r.Evidence.Doc] {
			continue
		}
		kept = append(kept, r)
	}
	rs = kept
	// support is how well a status is sourced around a date: the distinct
	// outlets reporting it within conflictDays, a weak phrasing counting half.
	support := func(st Status, date string) float64 {
		srcs := map[string]float64{}
		for _, r := range rs {
			if r.Status != st {
				continue
			}
			if d := daysBetween(r.Evidence.Date, date); d > conflictDays || d < -conflictDays {
				continue
			}
			w := 1.0
			if r.Weak {
				w = 0.5
			}
			srcs[r.Evidence.source()] = max(srcs[r.Evidence.source()], w)
		}
		total := 0.0
		for _, w := range srcs {
			total += w
		}
		return total
	}
	var cur *Step
	push := func(r Report) {
		p.History = append(p.History, Step{Status: r.Status, Since: r.Evidence.Date, Evidence: []Evidence{r.Evidence}})
		cur = &p.History[len(p.History)-1]
	}
	for _, r := range rs {
		switch {
		case cur == nil:
			push(r)
		case r.Status == cur.Status:
			cur.Evidence = append(cur.Evidence, r.Evidence)
		case r.Status.rank() > cur.Status.rank() && !(cur.Status.rank() == 1 && r.Status != Withdrawn &&
			daysBetween(cur.Since, r.Evidence.Date) <= conflictDays && !sameSource(cur.Evidence, r.Evidence)):
			push(r)
		case r.Status == Signed && cur.Status.rank() > Signed.rank() && cur.Status != Withdrawn:
			// "X, which signed the treaty in 2022, …": a retelling.
		case r.Status == Ratified && cur.Status == InForce:
		case r.Status.rank() == cur.Status.rank() && daysBetween(cur.Since, r.Evidence.Date) > conflictDays:
			// Refused then, deferred now (or the other way): a new stance.
			push(r)
		default:
			// Outlets disagree: the better-sourced claim holds, the newer
			// winning a tie; the other is kept as conflicting.
			p.Conflict = true
			if support(r.Status, r.Evidence.Date) >= support(cur.Status, r.Evidence.Date) {
				for _, e := range cur.Evidence {
					p.Conflicting = append(p.Conflicting, Report{Status: cur.Status, Evidence: e})
				}
				// A step that lost at once was never the party's stance.
				if len(p.History) > 1 && cur.Since == r.Evidence.Date {
					p.History = p.History[:len(p.History)-1]
				}
				push(r)
			} else {
				p.Conflicting = append(p.Conflicting, r)
			}
		}
	}
	p.Status, p.Since = cur.Status, cur.Since
	ev := cur.Evidence
	for i := len(ev) - 1; i >= 0 && len(p.Evidence) < maxEvidence; i-- {
		p.Evidence = append(p.Evidence, ev[i])
	}
	for i := range p.History {
		if len(p.History[i].Evidence) > maxEvidence {
			p.History[i].Evidence = p.History[i].Evidence[:maxEvidence]
		}
	}
	return p
}

// sameSource reports whether e comes from a source of one of evs.
func sameSource(evs []Evidence, e Evidence) bool {
	for _, x := range evs {
		if x.source() == e.source() {
			return true
		}
	}
	return false
}

// daysBetween returns how many days b is after a (negative when before);
// 0 when either is not a date.
func daysBetween(a, b string) int {
	ta, err1 := time.Parse("2006-01-02", a)
	tb, err2 := time.Parse("2006-01-02", b)
	if err1 != nil || err2 != nil {
		return 0
	}
	return int(tb.Sub(ta).Hours() / 24)
}
