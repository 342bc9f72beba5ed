package coder

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/accord-hub/accord/internal/event"
)

// Case is one sentence of a gold file with the events it must and must not
// give. The text format (testdata/coder/*.txt) is:
//
//	# a comment
//	@date 2022-07-21
//	Kyrgyz President Sadyr Japarov met his Tajik counterpart Emomali Rahmon.
//	=> KGZGOV TJKGOV 04
//	!=> TJKGOV KGZGOV 19
//
// "=> none" says no events at all. A three-letter actor matches any actor of
// that country; "-" is no actor; a code matches itself and its sub-codes,
// and "a|b" gives alternatives.
type Case struct {
	Text   string
	Date   string
	Want   []Expect
	Forbid []Expect
	// None is true for "=> none".
	None bool
	// Origin is "file:line" of the case's first line.
	Origin string
	// Exact compares actor codes whole, as PETRARCH's tests do, instead of
	// three-letter codes matching any actor of that country.
	Exact bool
	// Skip marks records that test error handling, not coding.
	Skip bool
	// Countries scores only the countries (first three letters) and the
	// root, as held-out evaluations of event coders do.
	Countries bool
	// Options are the coder settings the case is coded with (PETRARCH's
	// <Config> elements).
	Options Options
}

// Expect is one expected (or forbidden) event.
type Expect struct {
	Source, Target string
	Codes          []string
}

func (e Expect) String() string {
	return fmt.Sprintf("%s %s %s", dash(e.Source), dash(e.Target), strings.Join(e.Codes, "|"))
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// Matches reports whether an event satisfies the expectation.
func (e Expect) Matches(ev event.Event) bool {
	return actorMatches(e.Source, ev.Source) && actorMatches(e.Target, ev.Target) && codeMatches(e.Codes, ev.Code)
}

// MatchesExactly reports whether an event has exactly the expected actors and code.
func (e Expect) MatchesExactly(ev event.Event) bool {
	return e.Source == ev.Source && e.Target == ev.Target && len(e.Codes) == 1 && e.Codes[0] == ev.Code
}

func (c Case) matches(e Expect, ev event.Event) bool {
	switch {
	case c.Exact:
		return e.MatchesExactly(ev)
	case c.Countries:
		return e.MatchesCountries(ev)
	}
	return e.Matches(ev)
}

// MatchesCountries compares as event-data scoring usually does: the first
// three letters of source and target, and the CAMEO root.
func (e Expect) MatchesCountries(ev event.Event) bool {
	if cut3(e.Source) != cut3(ev.Source) || cut3(e.Target) != cut3(ev.Target) {
		return false
	}
	for _, c := range e.Codes {
		if len(c) >= 2 && len(ev.Code) >= 2 && c[:2] == ev.Code[:2] {
			return true
		}
	}
	return false
}

func cut3(s string) string {
	if len(s) > 3 {
		return s[:3]
	}
	return s
}

func actorMatches(want, got string) bool {
	if want == "" {
		return got == ""
	}
	if len(want) == 3 {
		return len(got) >= 3 && got[:3] == want
	}
	return got == want
}

func codeMatches(codes []string, got string) bool {
	for _, c := range codes {
		if strings.HasPrefix(got, c) {
			return true
		}
	}
	return false
}

// ParseCases reads a gold file in the format above.
func ParseCases(r io.Reader, name string) ([]Case, error) {
	var (
		out  []Case
		cur  *Case
		date string
		text []string
		n    int
	)
	var missing error
	flush := func() {
		if cur != nil {
			if len(cur.Want) == 0 && len(cur.Forbid) == 0 && !cur.None && missing == nil {
				missing = fmt.Errorf("%s: a sentence with no expectation after it (want a line \"=> SOURCE TARGET CODE\", \"=> none\" or \"!=> ...\")", cur.Origin)
			}
			cur.Text = strings.Join(text, " ")
			out = append(out, *cur)
		}
		cur, text = nil, nil
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for sc.Scan() {
		n++
		l := strings.TrimSpace(sc.Text())
		switch {
		case l == "":
			flush()
		case strings.HasPrefix(l, "#"):
		case strings.HasPrefix(l, "@date"):
			date = strings.TrimSpace(strings.TrimPrefix(l, "@date"))
			if i := strings.IndexByte(date, '#'); i >= 0 {
				date = strings.TrimSpace(date[:i])
			}
		case strings.HasPrefix(l, "=>") || strings.HasPrefix(l, "!=>"):
			if cur == nil {
				return nil, fmt.Errorf("%s:%d: an expectation with no sentence before it", name, n)
			}
			forbid := strings.HasPrefix(l, "!")
			body := strings.TrimSpace(l[strings.Index(l, "=>")+2:])
			if i := strings.Index(body, "#"); i >= 0 {
				body = strings.TrimSpace(body[:i])
			}
			if body == "none" {
				cur.None = true
				continue
			}
			f := strings.Fields(body)
			if len(f) != 3 {
				return nil, fmt.Errorf("%s:%d: want SOURCE TARGET CODE, have %q", name, n, body)
			}
			e := Expect{Source: undash(f[0]), Target: undash(f[1]), Codes: strings.Split(f[2], "|")}
			for _, c := range e.Codes {
				if !allDigits(c) {
					return nil, fmt.Errorf("%s:%d: CODE %q is not a CAMEO code or prefix (digits, alternatives split by |)", name, n, f[2])
				}
			}
			if forbid {
				cur.Forbid = append(cur.Forbid, e)
			} else {
				cur.Want = append(cur.Want, e)
			}
		default:
			if cur != nil && (len(cur.Want) > 0 || len(cur.Forbid) > 0 || cur.None) {
				return nil, fmt.Errorf("%s:%d: sentence text after the expectations of the case at %s (cases are separated by a blank line)", name, n, cur.Origin)
			}
			if cur == nil {
				cur = &Case{Date: date, Origin: fmt.Sprintf("%s:%d", name, n)}
			}
			text = append(text, l)
		}
	}
	flush()
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, n+1, err)
	}
	return out, missing
}

func undash(s string) string {
	if s == "-" {
		return ""
	}
	return s
}

// Score counts how events compare with expectations.
type Score struct {
	TP, FP, FN int
	// Violations counts forbidden events that were coded.
	Violations int
}

// Add adds o to s.
func (s *Score) Add(o Score) {
	s.TP += o.TP
	s.FP += o.FP
	s.FN += o.FN
	s.Violations += o.Violations
}

// Precision, Recall and F1 of the score.
func (s Score) Precision() float64 { return ratio(s.TP, s.TP+s.FP) }

// Recall is TP / (TP + FN).
func (s Score) Recall() float64 { return ratio(s.TP, s.TP+s.FN) }

// F1 is the harmonic mean of precision and recall.
func (s Score) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Check scores the events coded for a case: each wanted event matched by a
// coded one is a true positive, each unmatched a false negative; each coded
// event matching no wanted one is a false positive (for "=> none" cases and
// cases with wanted events; cases with only forbidden events count just the
// forbidden ones). It returns the score and a line per mismatch.
func Check(c Case, got []event.Event) (Score, []string) {
	var s Score
	var notes []string
	used := make([]bool, len(got))
	for _, w := range c.Want {
		found := false
		for i, ev := range got {
			if !used[i] && c.matches(w, ev) {
				used[i], found = true, true
				break
			}
		}
		if found {
			s.TP++
		} else {
			s.FN++
			notes = append(notes, "missing  "+w.String())
		}
	}
	for i, ev := range got {
		for _, f := range c.Forbid {
			if c.matches(f, ev) {
				s.Violations++
				notes = append(notes, "forbidden "+f.String()+" coded as "+eventString(ev))
			}
		}
		if used[i] {
			continue
		}
		if len(c.Want) > 0 || c.None {
			// Another event of an already matched dyad and root is a duplicate, not an error.
			dup := false
			for j, o := range got {
				if used[j] && o.Source == ev.Source && o.Target == ev.Target && o.Root == ev.Root {
					dup = true
				}
			}
			if !dup {
				s.FP++
				notes = append(notes, "extra    "+eventString(ev))
			}
		}
	}
	return s, notes
}

func eventString(ev event.Event) string {
	return fmt.Sprintf("%s %s %s", dash(ev.Source), dash(ev.Target), ev.Code)
}
