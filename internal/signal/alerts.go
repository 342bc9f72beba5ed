package signal

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/accord-hub/accord/internal/event"
	"github.com/accord-hub/accord/internal/store"
)

// Kinds of alert.
const (
	// KindEscalation: more material conflict in the window than the
	// subject's own baseline explains.
	KindEscalation = "escalation"
	// KindTrend: the monthly trend of a country, deteriorated or improved.
	KindTrend = "trend"
	// KindNotEnough: too little reporting to judge; never a false calm.
	KindNotEnough = "not_enough_reporting"
)

// Trend statuses, in CrisisWatch's words.
const (
	Deteriorated = "deteriorated"
	Improved     = "improved"
	Unchanged    = "unchanged"
)

// Alert is an early warning about a country or a pair, in the form of
// CONTRACTS.md, with the reasons for it.
type Alert struct {
	// ID is stable: the same subject, kind and date give the same id.
	ID string `json:"id"`
	// Subject is a country ("KGZ") or a pair ("KGZ-TJK").
	Subject string `json:"subject"`
	// Kind is KindEscalation, KindTrend or KindNotEnough.
	Kind string `json:"kind"`
	// Status is, for a trend, Deteriorated, Improved or Unchanged.
	Status string `json:"status,omitempty"`
	// AsOf is the date the alert answers for, YYYY-MM-DD.
	AsOf string `json:"as_of"`
	// Window is the recent period judged, "FROM/TO".
	Window string `json:"window"`
	// Observed and Baseline are the measured value and what the baseline
	// expected: for an escalation, material-conflict events in the window;
	// for a trend, the mean Goldstein weight of this month and the last.
	Observed float64 `json:"observed"`
	Baseline float64 `json:"baseline"`
	// Score is how strong the signal is: −log10 of the p-value for an
	// escalation, the change in thresholds for a trend, 0 otherwise.
	Score float64 `json:"score"`
	// P is the escalation test's p-value.
	P float64 `json:"p,omitempty"`
	// Explanation says in one sentence what changed, by how much, against
	// what.
	Explanation string `json:"explanation"`
	// Evidence are the events that drove the alert, strongest first.
	Evidence []Evidence `json:"evidence"`
}

// Evidence is one event behind an alert, with every sentence that reported
// it.
type Evidence struct {
	Event     string  `json:"event"`
	Date      string  `json:"date"`
	Source    string  `json:"source"`
	Target    string  `json:"target"`
	Code      string  `json:"code"`
	Quad      int     `json:"quad"`
	Goldstein float64 `json:"goldstein"`
	Mentions  int     `json:"mentions"`
	Sources   int     `json:"sources"`
	// Copies counts the mentions that were syndicated copies of a story
	// already counted: Mentions − Copies reports were written apart.
	Copies    int        `json:"copies"`
	Text      string     `json:"text"`
	Sentences []Sentence `json:"sentences"`
}

// Sentence is one report of an evidence event.
type Sentence struct {
	Doc    string `json:"doc"`
	Date   string `json:"date,omitempty"`
	Text   string `json:"text"`
	Outlet string `json:"outlet,omitempty"`
	URL    string `json:"url,omitempty"`
}

// Alerts computes the alerts of every country and pair as of asOf (a date;
// the time of day is ignored), from what the store holds dated on or
// before it, with their evidence.
func Alerts(ctx context.Context, st Store, asOf time.Time, cfg Config) ([]Alert, error) {
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("signal: %w", err)
	}
	asOf = dayOf(asOf)
	span := max(cfg.Window+cfg.Baseline, 2*cfg.TrendDays)
	tl, err := Load(ctx, st, asOf.AddDate(0, 0, -(span-1)), asOf)
	if err != nil {
		return nil, err
	}
	as := Evaluate(tl, asOf, cfg)
	for i := range as {
		if err := addEvidence(ctx, st, &as[i], cfg); err != nil {
			return nil, err
		}
	}
	return as, nil
}

// Evaluate computes the alerts as of asOf from a loaded timeline, without
// evidence: escalations strongest first, then deteriorated and improved
// trends, then the subjects with not enough reporting.
func Evaluate(tl *Timeline, asOf time.Time, cfg Config) []Alert {
	end := tl.day(dayOf(asOf))
	var esc, trends, thin []Alert
	for _, name := range tl.Subjects() {
		s := tl.subjects[name]
		a, ok := escalation(tl, s, end, cfg)
		if !ok {
			continue
		}
		switch a.Kind {
		case KindEscalation:
			esc = append(esc, a)
		case KindNotEnough:
			thin = append(thin, a)
		}
		if !strings.Contains(name, "-") {
			if t, ok := trend(tl, s, end, cfg); ok && t.Status != Unchanged {
				trends = append(trends, t)
			}
		}
	}
	slices.SortStableFunc(esc, func(a, b Alert) int { return cmp.Compare(b.Score, a.Score) })
	slices.SortStableFunc(trends, func(a, b Alert) int { return cmp.Compare(b.Score, a.Score) })
	return append(append(esc, trends...), thin...)
}

// Trends returns the monthly trend of every country with enough events,
// unchanged ones included, as of asOf.
func Trends(tl *Timeline, asOf time.Time, cfg Config) []Alert {
	end := tl.day(dayOf(asOf))
	var out []Alert
	for _, name := range tl.Subjects() {
		if strings.Contains(name, "-") {
			continue
		}
		if t, ok := trend(tl, tl.subjects[name], end, cfg); ok {
			out = append(out, t)
		}
	}
	return out
}

// test is the escalation test of one subject at one day.
type test struct {
	// observed material-conflict events in the window, and the count the
	// baseline expects (mu) at the window's news volume.
	observed int
	mu       float64
	p        float64
	// baseline and window news volume, baseline conflict events.
	xb, xw, yb float64
	// Goldstein sums of the window and of an average baseline week.
	gw, gb float64
	// thin is why the subject cannot be judged, "" when it can.
	thin string
}

// run tests subject s at day end (an index into its series).
//
// The model: each day's count of material-conflict events is negative
// binomial with mean r·f(weekday)·articles, where r is the subject's rate
// of conflict events per article over the baseline (with half an event of
// prior, so that a calm baseline still expects a little), f are weekday
// factors shrunk towards 1, and the over-dispersion α is fitted by the
// method of moments on the baseline days. The window total is compared
// with a negative binomial of the same mean and of variance that adds the
// days' over-dispersion and the uncertainty of r (a gamma with the
// baseline's count as shape, which makes the predictive negative binomial
// even for a Poisson day).
func run(s *series, end int, cfg Config) test {
	ws, bs := end-cfg.Window+1, end-cfg.Window-cfg.Baseline+1
	var t test
	t.observed = int(sum(s.conflict, ws, end+1))
	t.xw = sum(s.articles, ws, end+1)
	t.xb = sum(s.articles, bs, ws)
	t.yb = sum(s.conflict, bs, ws)
	t.gw = sum(s.goldstein, ws, end+1)
	t.gb = sum(s.goldstein, bs, ws) * 7 / float64(cfg.Baseline)
	switch {
	case t.xb < float64(cfg.MinBaselineArticles):
		t.thin = fmt.Sprintf("%s articles in the %d-day baseline (at least %d needed)", fmtNum(t.xb), cfg.Baseline, cfg.MinBaselineArticles)
		return t
	case t.xw < float64(cfg.MinWindowArticles):
		t.thin = fmt.Sprintf("%s articles in the last %d days (at least %d needed)", fmtNum(t.xw), cfg.Window, cfg.MinWindowArticles)
		return t
	}
	const prior = 0.5
	r := (t.yb + prior) / t.xb
	// Weekday factors: observed over expected per weekday, each shrunk
	// towards 1 by k expected events, then scaled to keep the total rate.
	const k = 3.0
	var yw, xw [7]float64
	for i := max(bs, 0); i < ws && i < len(s.articles); i++ {
		w := i % 7
		yw[w] += s.conflict[i]
		xw[w] += s.articles[i]
	}
	var f [7]float64
	norm := 0.0
	for w := range f {
		f[w] = (yw[w] + k) / (r*xw[w] + k)
		norm += f[w] * xw[w]
	}
	for w := range f {
		f[w] *= t.xb / norm
	}
	var y, m []float64
	for i := max(bs, 0); i < ws && i < len(s.articles); i++ {
		y = append(y, s.conflict[i])
		m = append(m, r*f[i%7]*s.articles[i])
	}
	alpha := momentDispersion(y, m)
	v := 0.0
	for i := max(ws, 0); i <= end && i < len(s.articles); i++ {
		md := r * f[i%7] * s.articles[i]
		t.mu += md
		v += md + alpha*md*md
	}
	v += t.mu * t.mu / (t.yb + prior)
	size := math.Inf(1)
	if v > t.mu {
		size = t.mu * t.mu / (v - t.mu)
	}
	t.p = nbUpperTail(t.observed, t.mu, size)
	return t
}

// escalation turns the test of s at end into an alert: an escalation, not
// enough reporting, or nothing (ok false) for a calm subject or one with
// no reporting in the period at all.
func escalation(tl *Timeline, s *series, end int, cfg Config) (Alert, bool) {
	bs := end - cfg.Window - cfg.Baseline + 1
	if sum(s.articles, bs, end+1) == 0 && sum(s.events, bs, end+1) == 0 {
		return Alert{}, false
	}
	t := run(s, end, cfg)
	a := Alert{Subject: s.subject, AsOf: tl.date(end),
		Window:   tl.date(end-cfg.Window+1) + "/" + tl.date(end),
		Observed: float64(t.observed)}
	who := describe(s.subject)
	if t.thin != "" {
		a.Kind = KindNotEnough
		a.Explanation = fmt.Sprintf("Not enough reporting on %s to judge: %s; %d material-conflict events in the last %d days.",
			who, t.thin, t.observed, cfg.Window)
		a.ID = alertID(a)
		return a, true
	}
	a.Baseline, a.P = round(t.mu, 2), t.p
	if !(t.p < cfg.P && t.observed >= cfg.MinEvents) {
		return Alert{}, false
	}
	a.Kind = KindEscalation
	a.Score = round(math.Min(300, -math.Log10(math.Max(t.p, 1e-300))), 2)
	a.Explanation = fmt.Sprintf("Material conflict %s rose to %d events in the %d days to %s, against %s expected from the %d days before at the same news volume (%s per 100 articles then, %s now; p %s); the Goldstein sum was %s against %s in an average week of the baseline.",
		between(s.subject), t.observed, cfg.Window, a.AsOf, fmtNum(t.mu), cfg.Baseline,
		fmtNum(100*t.yb/t.xb), fmtNum(100*float64(t.observed)/t.xw), fmtP(t.p),
		fmtSigned(t.gw), fmtSigned(t.gb))
	a.ID = alertID(a)
	return a, true
}

// trend compares country s's last TrendDays to the TrendDays before; ok is
// false when either has fewer than TrendMinEvents events.
func trend(tl *Timeline, s *series, end int, cfg Config) (Alert, bool) {
	n := cfg.TrendDays
	cs, ps := end-n+1, end-2*n+1
	en, ep := sum(s.events, cs, end+1), sum(s.events, ps, cs)
	if en < float64(cfg.TrendMinEvents) || ep < float64(cfg.TrendMinEvents) {
		return Alert{}, false
	}
	gn, gp := sum(s.goldstein, cs, end+1)/en, sum(s.goldstein, ps, cs)/ep
	sn, sp := sum(s.q34, cs, end+1)/en, sum(s.q34, ps, cs)/ep
	dg, ds := gn-gp, sn-sp
	worse := dg <= -cfg.TrendGoldstein || ds >= cfg.TrendShare
	better := dg >= cfg.TrendGoldstein || ds <= -cfg.TrendShare
	status := Unchanged
	switch {
	case worse && !better:
		status = Deteriorated
	case better && !worse:
		status = Improved
	}
	a := Alert{Subject: s.subject, Kind: KindTrend, Status: status, AsOf: tl.date(end),
		Window:   tl.date(cs) + "/" + tl.date(end),
		Observed: round(gn, 2), Baseline: round(gp, 2),
		Score: round(math.Max(math.Abs(dg)/cfg.TrendGoldstein, math.Abs(ds)/cfg.TrendShare), 2)}
	a.Explanation = fmt.Sprintf("%s %s over the %d days to %s: the mean Goldstein weight went from %s to %s and the share of conflict events from %.0f%% to %.0f%% (%s and %s events; thresholds %s and %.0f points).",
		describe(s.subject), status, n, a.AsOf, fmtSigned(gp), fmtSigned(gn), 100*sp, 100*sn,
		fmtNum(ep), fmtNum(en), fmtNum(cfg.TrendGoldstein), 100*cfg.TrendShare)
	a.ID = alertID(a)
	return a, true
}

// addEvidence lists the events behind a: the window's material-conflict
// events for an escalation, its most conflictual (deteriorated) or most
// cooperative (improved) events for a trend; most-reported first.
func addEvidence(ctx context.Context, st Events, a *Alert, cfg Config) error {
	a.Evidence = []Evidence{}
	if a.Kind == KindNotEnough || cfg.MaxEvidence == 0 {
		return nil
	}
	from, to, _ := strings.Cut(a.Window, "/")
	f := store.Filter{From: from, To: to, Limit: 500, Newest: true}
	if strings.Contains(a.Subject, "-") {
		f.Pair = a.Subject
	} else {
		f.Country = a.Subject
	}
	if a.Kind == KindEscalation {
		f.Quad = 4
	}
	page, err := st.Events(ctx, f)
	if err != nil {
		return fmt.Errorf("signal: evidence for %s: %w", a.Subject, err)
	}
	evs := page.Events
	switch {
	case a.Kind == KindTrend && a.Status == Improved:
		evs = slices.DeleteFunc(evs, func(e event.Event) bool { return e.Quad > 2 })
	case a.Kind == KindTrend:
		evs = slices.DeleteFunc(evs, func(e event.Event) bool { return e.Quad < 3 })
	}
	slices.SortStableFunc(evs, func(x, y event.Event) int {
		if c := cmp.Compare(y.Mentions, x.Mentions); c != 0 {
			return c
		}
		if c := cmp.Compare(y.Sources, x.Sources); c != 0 {
			return c
		}
		if a.Status == Improved {
			return cmp.Compare(y.Goldstein, x.Goldstein)
		}
		return cmp.Compare(x.Goldstein, y.Goldstein)
	})
	if len(evs) > cfg.MaxEvidence {
		evs = evs[:cfg.MaxEvidence]
	}
	for _, e := range evs {
		ev := Evidence{Event: e.ID, Date: e.Date, Source: e.Source, Target: e.Target, Code: e.Code,
			Quad: e.Quad, Goldstein: e.Goldstein, Mentions: e.Mentions, Sources: e.Sources, Text: e.Text}
		_, reports, err := st.Event(ctx, e.ID)
		if err != nil {
			return fmt.Errorf("signal: evidence for %s: event %s: %w", a.Subject, e.ID, err)
		}
		seen := map[string]bool{}
		for _, r := range reports {
			key := r.Doc + "\x00" + r.Text
			if seen[key] {
				continue
			}
			seen[key] = true
			ev.Sentences = append(ev.Sentences, Sentence{Doc: r.Doc, Date: r.Date, Text: r.Text, Outlet: r.Outlet, URL: r.URL})
		}
		if len(ev.Sentences) == 0 {
			ev.Sentences = []Sentence{{Doc: e.Doc, Date: e.Date, Text: e.Text, Outlet: e.Outlet, URL: e.URL}}
		}
		a.Evidence = append(a.Evidence, ev)
	}
	if cc, ok := st.(CopyCounter); ok && len(a.Evidence) > 0 {
		ids := make([]string, len(a.Evidence))
		for i, e := range a.Evidence {
			ids[i] = e.Event
		}
		copies, err := cc.Copies(ctx, ids)
		if err != nil {
			return fmt.Errorf("signal: evidence for %s: %w", a.Subject, err)
		}
		for i := range a.Evidence {
			a.Evidence[i].Copies = copies[a.Evidence[i].Event]
		}
	}
	return nil
}

// alertID is a stable id of the subject, kind and as-of date.
func alertID(a Alert) string {
	h := sha256.Sum256([]byte("alert\x00" + a.Subject + "\x00" + a.Kind + "\x00" + a.AsOf))
	return hex.EncodeToString(h[:])[:16]
}

// describe names a subject in a sentence.
func describe(subject string) string {
	if a, b, ok := strings.Cut(subject, "-"); ok {
		return a + "–" + b + " relations"
	}
	return subject
}

// between is "between KGZ and TJK" or "involving KGZ".
func between(subject string) string {
	if a, b, ok := strings.Cut(subject, "-"); ok {
		return "between " + a + " and " + b
	}
	return "involving " + subject
}

func round(x float64, digits int) float64 {
	p := math.Pow(10, float64(digits))
	return math.Round(x*p) / p
}

// fmtNum prints a count or rate briefly: 3, 0.25, 12.4.
func fmtNum(x float64) string {
	switch {
	case x == math.Trunc(x) && math.Abs(x) < 1e9:
		return fmt.Sprintf("%.0f", x)
	case math.Abs(x) < 10:
		return strings.TrimRight(strings.TrimRight(fmt.Sprintf("%.2f", x), "0"), ".")
	default:
		return fmt.Sprintf("%.1f", x)
	}
}

func fmtSigned(x float64) string {
	s := fmtNum(round(x, 2))
	if x > 0 {
		return "+" + s
	}
	return s
}

// fmtP prints a p-value as "= 0.004" or "< 0.0001".
func fmtP(p float64) string {
	if p < 1e-4 {
		return "< 0.0001"
	}
	return fmt.Sprintf("= %.4f", p)
}
