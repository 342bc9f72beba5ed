package agreement

import (
	"regexp"
	"sort"
	"strings"

	"github.com/accord-hub/accord/internal/article"
	"github.com/accord-hub/accord/internal/cameo"
	"github.com/accord-hub/accord/internal/coder"
	"github.com/accord-hub/accord/internal/event"
	"github.com/accord-hub/accord/internal/nlp"
)

// stanceRule is one phrasing of a stance. Rules are tried in order; a
// match claims its words, so that "refused to sign" is never also read as
// "sign".
type stanceRule struct {
	status Status
	re     *regexp.Regexp
	// guard, when set, rejects a match whose preceding words match it
	// ("must be ratified", "will not sign").
	guard *regexp.Regexp
	weak  bool
	// all: with no country in the clause, the claim is about every party.
	all bool
}

const procedures = `(?:(?:the|their|its|all|necessary|relevant)\s+)*(?:national|domestic|internal|state|constitutional|legal)\s+(?:procedures|formalities|requirements|processes)`

var stanceRules = []stanceRule{
	{status: Refused, re: regexp.MustCompile(`\b(?:refused|refuses|refuse|refusing|declined|declines|decline|declining|rejected|rejects|reject|rejecting)\s+(?:to\s+)?(?:sign|join|ratify|accede\s+to|endorse)\b`)},
	{status: Refused, re: regexp.MustCompile(`\brefusal\s+to\s+(?:sign|join|ratify)\b`)},
	{status: Deferred, re: regexp.MustCompile(`\b(?:sign|join|accede\s+to|ratify)\b[^.;]{0,60}?\b(?:after|once|upon|when|following)\s+(?:completing|completion\s+of|the\s+completion\s+of|finishing|they\s+complete|it\s+completes|concluding)\s+` + procedures)},
	{status: Deferred, re: regexp.MustCompile(`\b(?:after|once|upon|following)\s+(?:completing|completion\s+of|the\s+completion\s+of|finishing)\s+` + procedures)},
	{status: Deferred, re: regexp.MustCompile(`\b(?:intend|intends|intended|intending|intention|plan|plans|planned|planning|promised|pledged|expects?|expected|would|will|ready)\s+(?:\w+\s+){0,2}?to\s+(?:sign|join|accede\s+to)\b[^.;]{0,40}?\b(?:later|at\s+a\s+later\s+date|in\s+the\s+future)`)},
	{status: Deferred, re: regexp.MustCompile(`\b(?:will|would)\s+(?:sign|join)\b[^.;]{0,30}?\b(?:later|at\s+a\s+later\s+date|in\s+the\s+future)`)},
	{status: Deferred, re: regexp.MustCompile(`\b(?:has|have|had)\s+not\s+yet\s+(?:signed|joined)\b|\byet\s+to\s+sign\b`), weak: true},
	{status: Refused, re: regexp.MustCompile(`\b(?:did\s+not|didn't|does\s+not|doesn't|do\s+not|don't|has\s+not|hasn't|have\s+not|haven't|had\s+not|hadn't|will\s+not|won't|would\s+not|wouldn't|failed\s+to|never)\s+(?:sign|signed|join|joined|put\s+(?:its|their|his|her)\s+signatures?)\b`), weak: true},
	{status: Refused, re: regexp.MustCompile(`\b(?:stayed|stays|kept|keeps)\s+out\s+of\b|\bwithheld\s+(?:its|their|his|her)\s+signatures?\b|\bboycotted\b`), weak: true},
	{status: Withdrawn, re: regexp.MustCompile(`\b(?:withdrew|withdraws|withdrawn|withdrawing|withdraw|pulled\s+out|pulls\s+out|pull\s+out|pulling\s+out|exited|exits|quit|quits|left|leaves)\s+(?:from\s+|of\s+)?(?:the|its|a|this|that)\b|\b(?:denounced|denounces|renounced|renounces|revoked|revokes|annulled|annuls|scrapped|scraps|terminated|terminates|tore\s+up)\b|\bwithdrawal\s+from\b|\bpulled\s+out\s+of\b`),
		guard: regexp.MustCompile(`(?:\bnot|n't|\bto|\bwill|\bwould|\bthreatened\s+to|\bmay|\bmight|\bcould|\bthreat\s+to)\s+$`)},
	{status: InForce, re: regexp.MustCompile(`\b(?:entered|enters|entering|come|came|comes|coming|went|goes|gone|brought)\s+into\s+(?:force|effect)\b|\btook\s+effect\b|\btakes\s+effect\b|\bbecame\s+effective\b|\bin\s+force\s+since\b|\bis\s+now\s+in\s+force\b|\bhas\s+been\s+in\s+force\b`),
		guard: regexp.MustCompile(`(?:\bbefore|\buntil|\bonce|\bwhen|\bafter|\bwill|\bwould|\byet\s+to|\bnot|n't|\bexpected\s+to|\bdue\s+to|\bmust|\bcan|\bto|\bshould|\bcould|\bmay|\bif|\bshall|\bset\s+to|\bcan\s+not|\bcannot)\s+(?:\w+\s+){0,2}$`), all: true},
	{status: Ratified, re: regexp.MustCompile(`\b(?:parliaments?|lawmakers|legislators|deputies|senate|senators|majlis|mazhilis|oliy\s+majlis|jogorku\s+kenesh|assembly|duma|legislatures?|mps)\b[^.;]{0,40}?\b(?:approved|approves|endorsed|endorses|passed|passes|backed|adopted)\b`)},
	{status: Ratified, re: regexp.MustCompile(`\b(?:voted|votes|decided|moved|agreed)\s+(?:\w+\s+){0,3}?to\s+(?:ratify|approve)\b`)},
	{status: Ratified, re: regexp.MustCompile(`\b(?:ratified|ratifies|ratifying|acceded\s+to|accedes\s+to|completed\s+(?:its|their)\s+ratification|approved\s+the\s+ratification|ratification\s+of|ratification\s+by)\b`),
		guard: regexp.MustCompile(`(?:\bbe|\bbeen\s+sent|\bnot|n't|\bto|\bwill|\bwould|\byet|\bbefore|\bpending|\bawaiting|\bfor|\bneeds?|\bafter|\bstill|\bsubmitted|\bsent|\bsubmit|\bsend|\bawait|\bawaits|\bseek|\bseeks|\bsought|\bstart|\bbegin|\bbegan|\bmust|\bshould|\bcould|\bmay)\s+(?:\w+\s+){0,1}$`)},
	{status: Signed, re: regexp.MustCompile(`\b(?:signed|signs|inked|inks|co-signed|put\s+(?:its|their|his|her)\s+signatures?|affixed\s+(?:its|their|his|her)\s+signatures?|signatories|signatory)\b`),
		guard: regexp.MustCompile(`(?:\bbe|\bnot|n't|\bnever|\bto|\bwill|\bwould|\byet|\bbefore|\bafter|\bpending|\bunless|\bif|\bonce|\bwhen)\s+(?:\w+\s+){0,1}$`)},
}

// byPattern: the words after a stance that say who did it in a passive
// ("was signed by the leaders of …").
var byPattern = regexp.MustCompile(`^\s+(?:\w+\s+){0,2}?by\b`)

// forPattern: the words after "entered into force" that say for whom.
var forPattern = regexp.MustCompile(`^\s+(?:for|in\s+respect\s+of)\b`)

var (
	reportVerb  = regexp.MustCompile(`\b(?:said|says|say|stated|states|declared|declares|announced|announces|told|added|confirmed|confirms|noted|insisted|reported|reports|according\s+to)\b`)
	accordingTo = regexp.MustCompile(`(?i)\baccording\s+to\b[^,]*,?`)
	groupWords  = regexp.MustCompile(`(?i)\b(?:both|the\s+two|they|them|the\s+pair|the\s+two\s+sides|each)\b`)
	allBut      = regexp.MustCompile(`(?i)\b(?:all|every|everyone|everybody|each)\b[^.;]*?\b(?:except|but|apart\s+from|other\s+than|save\s+for|save)\b`)
	pronounObj  = regexp.MustCompile(`^\s*(?:it|them|the\s+(?:text|document|deal))?\s*(?:\W|$)`)
)

// binding phrases: whether an agreement creates obligations.
var (
	notBinding = regexp.MustCompile(`(?i)\b(?:not\s+(?:legally\s+)?binding|non-binding|nonbinding|no\s+binding\s+force|not\s+have\s+any\s+binding\s+force|declaratory|binds\s+no\s+one|no\s+legal\s+force|not\s+legally\s+enforceable)\b`)
	isBinding  = regexp.MustCompile(`(?i)\blegally\s+binding\b`)
)

// match is a stance phrase found in a sentence.
type match struct {
	rule       *stanceRule
	start, end int
}

// findStances returns the stance phrases in a sentence, in order.
func findStances(text string) []match {
	low := lower(text)
	var out []match
	claimed := func(s, e int) bool {
		for _, m := range out {
			if s < m.end && m.start < e {
				return true
			}
		}
		return false
	}
	for i := range stanceRules {
		r := &stanceRules[i]
		for _, loc := range r.re.FindAllStringIndex(low, -1) {
			if claimed(loc[0], loc[1]) {
				continue
			}
			if r.guard != nil {
				from := max(0, loc[0]-40)
				if r.guard.MatchString(low[from:loc[0]]) {
					continue
				}
			}
			out = append(out, match{r, loc[0], loc[1]})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

// Extract finds the agreement mentions and stance claims in one coded
// article. res is what the coder returned for it; its sentences and events
// are used when present (the sentences are split again otherwise).
func Extract(a article.Article, res coder.Result) []Mention {
	sents := res.Sentences
	if len(sents) == 0 {
		sents = nlp.Split(a.Text)
	}
	bySentence := map[int][]event.Event{}
	for _, e := range res.Events {
		bySentence[e.Sentence] = append(bySentence[e.Sentence], e)
	}
	var (
		out []Mention
		// lastNamed is the newest mention with a name key, for references
		// back; lastSubjects the countries of the newest stance.
		lastNamed    *nameSpan
		lastNamedAt  = -100
		lastSubjects []string
	)
	for _, s := range sents {
		text := s.Text
		// Most sentences name no agreement and follow none.
		if (lastNamed == nil || s.Index-lastNamedAt > 3) && !MayMention(text) {
			continue
		}
		events := bySentence[s.Index]
		countries := FindCountries(text)
		countries = addEventCountries(countries, events)
		names := findNames(text, countries)
		stances := findStances(text)
		ev := Evidence{Doc: a.ID, Sentence: s.Index, Date: a.Date, Outlet: a.Source, URL: a.URL, Text: strings.TrimSpace(text)}
		if len(names) == 0 {
			// A stance with no agreement named ("both said they would sign
			// it later") refers back to the agreement just named.
			if len(stances) == 0 || lastNamed == nil || s.Index-lastNamedAt > 3 {
				continue
			}
			var kept []match
			for _, m := range stances {
				if pronounObj.MatchString(text[m.end:]) || m.rule.status == Deferred || m.rule.status == InForce {
					kept = append(kept, m)
				}
			}
			if len(kept) == 0 {
				continue
			}
			ref := *lastNamed
			ref.start, ref.end, ref.parties = -1, -1, nil
			names = []nameSpan{ref}
			stances = kept
		}
		// A name with no words of its own ("the treaty", "the document")
		// refers to the agreement named last in the document.
		prev := lastNamed
		for i := range names {
			if len(names[i].key) == 0 && !names[i].other && prev != nil && compatibleKinds(names[i].kind, prev.kind) {
				names[i].name, names[i].key = prev.name, prev.key
				if names[i].kind == "document" || genericKinds[names[i].kind] {
					names[i].kind = prev.kind
				}
				names[i].parties = appendAll(names[i].parties, prev.parties...)
			}
			if len(names[i].key) > 0 {
				prev = &names[i]
			}
		}
		claims := stanceClaims(text, lower(text), stances, names, countries, events, lastSubjects)
		for _, c := range claims {
			if len(c.Countries) > 0 {
				lastSubjects = c.Countries
			}
		}
		// The stances go with the name nearest before them (or the first).
		seen := map[string]int{}
		for i, n := range names {
			if len(n.key) > 0 {
				k := strings.Join(n.key, " ")
				if j, ok := seen[k]; ok {
					// The same agreement twice in a sentence: one mention.
					for _, c := range claims {
						if owner(names, c.pos) == i {
							out[j].Stances = append(out[j].Stances, c.Stance)
						}
					}
					continue
				}
				seen[k] = len(out)
			}
			m := Mention{Name: strings.TrimSpace(n.name), Kind: n.kind, Parties: sorted(n.parties), Evidence: ev}
			for _, c := range claims {
				if owner(names, c.pos) == i {
					m.Stances = append(m.Stances, c.Stance)
				}
			}
			if notBinding.MatchString(text) {
				m.Binding = new(bool)
			} else if isBinding.MatchString(text) {
				t := true
				m.Binding = &t
			}
			out = append(out, m)
			if len(n.key) > 0 && n.start >= 0 {
				nn := n
				lastNamed, lastNamedAt = &nn, s.Index
			} else if len(n.key) > 0 {
				lastNamedAt = s.Index
			}
		}
	}
	return out
}

// lower lower-cases the ASCII letters of s only, so that byte offsets in
// the result are offsets in s (strings.ToLower may change the length).
func lower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// owner returns the index of the name a stance at pos belongs to: the last
// name starting before it, else the first.
func owner(names []nameSpan, pos int) int {
	best := 0
	for i, n := range names {
		if n.start >= 0 && n.start <= pos {
			best = i
		}
	}
	return best
}

// addEventCountries adds the countries the coder found for its events'
// sources and targets ("Rahmon", "both states") where no name was seen.
func addEventCountries(cs []CountryMention, events []event.Event) []CountryMention {
	for _, e := range events {
		for _, side := range []struct {
			code string
			sp   *event.Span
		}{{e.Source, e.Evidence.Source}, {e.Target, e.Evidence.Target}} {
			c := cameo.CountryOf(side.code)
			if side.sp == nil || !IsCountry(c) {
				continue
			}
			dup := false
			for _, m := range cs {
				if m.Country == c && m.Start < side.sp[1] && side.sp[0] < m.End {
					dup = true
					break
				}
			}
			if !dup {
				cs = append(cs, CountryMention{c, side.sp[0], side.sp[1], true})
			}
		}
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].Start < cs[j].Start })
	return cs
}

// stanceClaims works out who each stance phrase is about.
func stanceClaims(text, low string, stances []match, names []nameSpan, cs []CountryMention, events []event.Event, memory []string) []claim {
	inName := func(c CountryMention) bool {
		for _, n := range names {
			if n.start >= 0 && c.Start >= n.start && c.End <= n.end {
				return true
			}
		}
		return false
	}
	// between returns the countries named from from to to; those only the
	// coder saw count when no name does and no "both" points elsewhere.
	between := func(from, to int) []string {
		var named, coded []string
		for _, c := range cs {
			if c.Start >= from && c.End <= to && !inName(c) {
				if c.coded {
					coded = appendUnique(coded, c.Country)
				} else {
					named = appendUnique(named, c.Country)
				}
			}
		}
		if len(named) > 0 {
			return named
		}
		if groupWords.MatchString(low[from:to]) {
			if g := group(names, memory); len(g) > 0 {
				return g
			}
		}
		return coded
	}
	var out []claim
	clause := 0
	for _, m := range stances {
		st := Stance{Status: m.rule.status, Phrase: text[m.start:m.end], Weak: m.rule.weak}
		var who []string
		// Passive: "was signed by the leaders of Kazakhstan, …".
		if loc := byPattern.FindStringIndex(low[m.end:]); loc != nil && (m.rule.status == Signed || m.rule.status == Ratified) {
			end := len(text)
			if k := strings.IndexAny(text[m.end+loc[1]:], ";"); k >= 0 {
				end = m.end + loc[1] + k
			}
			who = between(m.end+loc[1], end)
		}
		// "came into force for Kazakhstan".
		if loc := forPattern.FindStringIndex(low[m.end:]); loc != nil && m.rule.status == InForce {
			end := len(text)
			if k := strings.IndexAny(text[m.end+loc[1]:], ",;"); k >= 0 {
				end = m.end + loc[1] + k
			}
			who = between(m.end+loc[1], end)
		}
		if len(who) == 0 {
			from, to := clause, m.start
			region := low[from:to]
			// "According to the Kyrgyz government, …" names who said it.
			if loc := accordingTo.FindStringIndex(region); loc != nil {
				if loc[0] == 0 || strings.TrimSpace(region[:loc[0]]) == "" {
					from += loc[1]
				}
			}
			region = low[from:to]
			if locs := reportVerb.FindAllStringIndex(region, -1); len(locs) > 0 {
				rv := locs[len(locs)-1]
				// "X said Y would sign": Y; "Y said it would sign": Y.
				if after := between(from+rv[1], to); len(after) > 0 {
					who = after
				} else {
					start := from
					if k := strings.LastIndexAny(low[from:from+rv[0]], ",;"); k >= 0 {
						start = from + k + 1
					}
					who = between(start, from+rv[0])
					if len(who) == 0 && groupWords.MatchString(low[start:from+rv[0]]) {
						who = group(names, memory)
					}
				}
			} else {
				who = between(from, to)
				if loc := allBut.FindStringIndex(region); loc != nil {
					st.AllParties = true
					st.Except = between(from+loc[1], to)
					who = nil
				} else if len(who) == 0 && groupWords.MatchString(region) {
					who = group(names, memory)
				}
			}
		}
		// "Lawmakers in both countries approved": the subject is in the phrase.
		if len(who) == 0 && !st.AllParties {
			who = between(m.start, m.end)
		}
		// A coded event over the same words confirms the claim.
		for _, e := range events {
			if e.Evidence.Verb != nil && e.Evidence.Verb[0] < m.end && m.start < e.Evidence.Verb[1] {
				st.Event = e.ID
				if len(who) == 0 && !st.AllParties {
					if c := cameo.CountryOf(e.Source); IsCountry(c) {
						who = appendUnique(who, c)
					}
				}
			}
		}
		st.Countries = sorted(who)
		if len(st.Countries) == 0 && !st.AllParties {
			if !m.rule.all {
				clause = m.end
				continue
			}
			st.AllParties = true
		}
		out = append(out, claim{st, m.start})
		clause = m.end
	}
	return out
}

// group resolves "both", "the two", "they": the two parties the
// agreement's name gives, else the parties of the last stance.
func group(names []nameSpan, memory []string) []string {
	for _, n := range names {
		if len(n.parties) == 2 {
			return n.parties
		}
	}
	return memory
}

// claim is a stance and where its phrase starts in the sentence.
type claim struct {
	Stance
	pos int
}

func sorted(list []string) []string {
	if len(list) == 0 {
		return nil
	}
	out := append([]string(nil), list...)
	sort.Strings(out)
	return out
}

func appendAll(list []string, vs ...string) []string {
	for _, v := range vs {
		list = appendUnique(list, v)
	}
	return list
}
