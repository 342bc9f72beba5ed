package signal_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/accord-hub/accord/internal/article"
	"github.com/accord-hub/accord/internal/cameo"
	"github.com/accord-hub/accord/internal/event"
	"github.com/accord-hub/accord/internal/signal"
	"github.com/accord-hub/accord/internal/store"
	"github.com/accord-hub/accord/internal/store/sqlite"
)

var (
	coopCodes     = []string{"036", "042", "043", "051", "057", "061", "071", "081", "0311", "046"}
	verbalConflct = []string{"111", "112", "130"}
	fightCodes    = []string{"190", "193", "194", "195", "180", "183", "186", "173", "175", "200"}
	agents        = []string{"GOV", "MIL", "BGP", "COP", "CVL", ""}
)

// pairSpec is one pair of the synthetic timeline.
type pairSpec struct{ a, b string }

var calmPairs = []pairSpec{{"KGZ", "TJK"}, {"KAZ", "UZB"}, {"RUS", "CHN"}, {"TKM", "AFG"}, {"IND", "PAK"}}

// mkEvent returns a report of code between a and b, with a sentence that
// names them.
func mkEvent(t testing.TB, a, b, code string, rng *rand.Rand) event.Event {
	c, ok := cameo.Lookup(code)
	if !ok {
		t.Fatalf("unknown CAMEO code %s", code)
	}
	src, tgt := a+agents[rng.IntN(len(agents))], b+agents[rng.IntN(len(agents))]
	return event.Event{Source: src, Target: tgt, Code: code, Root: cameo.RootOf(code), Quad: c.Quad,
		Goldstein: c.Goldstein, Plover: c.Plover,
		Text: fmt.Sprintf("%s forces and %s officials: %s (report %d).", src, tgt, c.Name, rng.IntN(1e9))}
}

// timeline generates calm days from start for calm days, then fight days
// of Kyrgyz–Tajik fighting, in which the calm pairs stay calm.
func timeline(t testing.TB, start time.Time, calm, fight int, seed uint64) []store.Document {
	rng := rand.New(rand.NewPCG(seed, 7))
	var docs []store.Document
	n := 0
	add := func(day time.Time, outlet string, evs []event.Event) {
		n++
		date := day.Format(time.DateOnly)
		for i := range evs {
			evs[i].Date = date
			evs[i].Sentence = i
		}
		docs = append(docs, store.Document{
			Article: article.Article{ID: fmt.Sprintf("art-%06d", n), Date: date, Source: outlet,
				Title: "report", Text: evs[0].Text},
			Events: evs})
	}
	for d := 0; d < calm+fight; d++ {
		day := start.AddDate(0, 0, d)
		for _, p := range calmPairs {
			fighting := d >= calm && p.a == "KGZ"
			for k := 0; k < 2+rng.IntN(3); k++ {
				var evs []event.Event
				code := coopCodes[rng.IntN(len(coopCodes))]
				if rng.Float64() < 0.08 {
					code = verbalConflct[rng.IntN(len(verbalConflct))]
				}
				evs = append(evs, mkEvent(t, p.a, p.b, code, rng))
				add(day, fmt.Sprintf("outlet%d", rng.IntN(6)), evs)
			}
			if fighting {
				for k := 0; k < 6+rng.IntN(4); k++ {
					e := mkEvent(t, p.a, p.b, fightCodes[rng.IntN(len(fightCodes))], rng)
					if rng.IntN(2) == 0 {
						e.Source, e.Target = e.Target, e.Source
					}
					add(day, fmt.Sprintf("outlet%d", rng.IntN(6)), []event.Event{e})
				}
			}
		}
	}
	return docs
}

func openStore(t testing.TB) *sqlite.DB {
	t.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "accord.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func save(t testing.TB, db *sqlite.DB, docs []store.Document) {
	t.Helper()
	for len(docs) > 0 {
		n := min(500, len(docs))
		if _, err := db.Save(context.Background(), docs[:n]); err != nil {
			t.Fatal(err)
		}
		docs = docs[n:]
	}
}

func byKind(as []signal.Alert, kind string) map[string]signal.Alert {
	out := map[string]signal.Alert{}
	for _, a := range as {
		if a.Kind == kind {
			out[a.Subject] = a
		}
	}
	return out
}

var start = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)

// TestBorderFighting is the scenario: a quarter of calm cooperation,
// then a week of Kyrgyz–Tajik fighting.
func TestBorderFighting(t *testing.T) {
	db := openStore(t)
	save(t, db, timeline(t, start, 90, 7, 1))
	ctx := context.Background()
	cfg := signal.DefaultConfig()

	// Before the fighting: no escalation anywhere.
	calm, err := signal.Alerts(ctx, db, start.AddDate(0, 0, 89), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if esc := byKind(calm, signal.KindEscalation); len(esc) > 0 {
		t.Errorf("escalations during the calm: %v", esc)
	}

	// Within the week of fighting: KGZ-TJK, with evidence; no calm pair.
	fired := ""
	for d := 90; d < 97; d++ {
		asOf := start.AddDate(0, 0, d)
		as, err := signal.Alerts(ctx, db, asOf, cfg)
		if err != nil {
			t.Fatal(err)
		}
		esc := byKind(as, signal.KindEscalation)
		for _, p := range calmPairs[1:] {
			if a, ok := esc[p.a+"-"+p.b]; ok {
				t.Errorf("%s: alert for the calm pair %s: %s", asOf.Format(time.DateOnly), a.Subject, a.Explanation)
			}
			if a, ok := esc[p.a]; ok {
				t.Errorf("%s: alert for the calm country %s: %s", asOf.Format(time.DateOnly), a.Subject, a.Explanation)
			}
		}
		a, ok := esc["KGZ-TJK"]
		if !ok {
			continue
		}
		if fired == "" {
			fired = asOf.Format(time.DateOnly)
		}
		if a.P >= cfg.P || a.Observed < float64(cfg.MinEvents) || a.Observed <= a.Baseline {
			t.Errorf("alert %+v: want p < %v, observed >= %d and above the baseline", a, cfg.P, cfg.MinEvents)
		}
		if len(a.Evidence) == 0 || len(a.Evidence) > cfg.MaxEvidence {
			t.Fatalf("alert has %d evidence events, want 1..%d", len(a.Evidence), cfg.MaxEvidence)
		}
		for _, ev := range a.Evidence {
			if ev.Quad != 4 || len(ev.Sentences) == 0 || ev.Date < "2025-04-01" {
				t.Errorf("evidence %+v: want a material-conflict event of the fighting with its sentences", ev)
			}
			if !strings.HasPrefix(ev.Source, "KGZ") && !strings.HasPrefix(ev.Source, "TJK") {
				t.Errorf("evidence %+v is not about KGZ-TJK", ev)
			}
		}
		for _, w := range []string{"KGZ and TJK", "expected", "p "} {
			if !strings.Contains(a.Explanation, w) {
				t.Errorf("explanation %q lacks %q", a.Explanation, w)
			}
		}
	}
	if fired == "" {
		t.Fatal("no alert for KGZ-TJK within the week of fighting")
	}
	if fired > "2025-04-03" {
		t.Errorf("KGZ-TJK alert first fired on %s, want within the first three days", fired)
	}
	t.Logf("KGZ-TJK alert first fired on %s (fighting from 2025-04-01)", fired)
}

// TestAsOf checks that an as-of date answers from what was dated up to it:
// adding later events changes nothing for an earlier date.
func TestAsOf(t *testing.T) {
	ctx := context.Background()
	docs := timeline(t, start, 90, 7, 2)
	cut := len(docs)
	for i, d := range docs {
		if d.Article.Date > "2025-04-02" {
			cut = i
			break
		}
	}
	early, full := openStore(t), openStore(t)
	save(t, early, docs[:cut])
	save(t, full, docs)
	asOf := time.Date(2025, 4, 2, 15, 0, 0, 0, time.UTC)
	a, err := signal.Alerts(ctx, early, asOf, signal.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	b, err := signal.Alerts(ctx, full, asOf, signal.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprintf("%+v", a) != fmt.Sprintf("%+v", b) {
		t.Errorf("as of 2025-04-02 the store with later events answers\n%+v\nwant\n%+v", b, a)
	}
	for _, x := range a {
		if x.AsOf != "2025-04-02" || !strings.HasSuffix(x.Window, "/2025-04-02") {
			t.Errorf("alert %s %s: as_of %s window %s, want 2025-04-02", x.Subject, x.Kind, x.AsOf, x.Window)
		}
		for _, e := range x.Evidence {
			if e.Date > "2025-04-02" {
				t.Errorf("evidence from %s in an alert as of 2025-04-02", e.Date)
			}
		}
	}
}

// TestNotEnoughReporting: a pair barely reported, even with fighting, is
// "not enough reporting", never calm and never silent.
func TestNotEnoughReporting(t *testing.T) {
	db := openStore(t)
	rng := rand.New(rand.NewPCG(3, 3))
	var docs []store.Document
	for d := 0; d < 97; d += 10 {
		e := mkEvent(t, "MNG", "BTN", "042", rng)
		e.Date = start.AddDate(0, 0, d).Format(time.DateOnly)
		docs = append(docs, store.Document{Article: article.Article{ID: fmt.Sprintf("a%d", d), Date: e.Date, Text: e.Text}, Events: []event.Event{e}})
	}
	for k := 0; k < 4; k++ {
		e := mkEvent(t, "MNG", "BTN", "190", rng)
		e.Date = "2025-04-06"
		docs = append(docs, store.Document{Article: article.Article{ID: fmt.Sprintf("f%d", k), Date: e.Date, Text: e.Text}, Events: []event.Event{e}})
	}
	save(t, db, docs)
	as, err := signal.Alerts(context.Background(), db, time.Date(2025, 4, 7, 0, 0, 0, 0, time.UTC), signal.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	thin := byKind(as, signal.KindNotEnough)
	for _, s := range []string{"MNG", "BTN", "BTN-MNG"} {
		a, ok := thin[s]
		if !ok {
			t.Errorf("no not-enough-reporting alert for %s in %+v", s, as)
			continue
		}
		if !strings.Contains(a.Explanation, "Not enough reporting") || !strings.Contains(a.Explanation, "baseline") {
			t.Errorf("explanation %q", a.Explanation)
		}
	}
	if esc := byKind(as, signal.KindEscalation); len(esc) > 0 {
		t.Errorf("escalation from too little reporting: %+v", esc)
	}
}

// TestTrend: a month of fighting after a month of cooperation is a
// deteriorated trend for the countries involved, and none for the others.
func TestTrend(t *testing.T) {
	db := openStore(t)
	save(t, db, timeline(t, start, 90, 30, 4))
	cfg := signal.DefaultConfig()
	as, err := signal.Alerts(context.Background(), db, start.AddDate(0, 0, 119), cfg)
	if err != nil {
		t.Fatal(err)
	}
	trends := byKind(as, signal.KindTrend)
	for _, c := range []string{"KGZ", "TJK"} {
		a, ok := trends[c]
		if !ok || a.Status != signal.Deteriorated {
			t.Errorf("%s: trend %+v, want deteriorated", c, a)
			continue
		}
		if a.Observed >= a.Baseline || len(a.Evidence) == 0 || !strings.Contains(a.Explanation, "deteriorated") {
			t.Errorf("%s: trend %+v", c, a)
		}
	}
	for _, c := range []string{"KAZ", "UZB", "RUS", "CHN"} {
		if a, ok := trends[c]; ok {
			t.Errorf("%s: trend %s for a calm country: %s", c, a.Status, a.Explanation)
		}
	}
	tl, err := signal.Load(context.Background(), db, start, start.AddDate(0, 0, 119))
	if err != nil {
		t.Fatal(err)
	}
	all := byKind(signal.Trends(tl, start.AddDate(0, 0, 119), cfg), signal.KindTrend)
	if all["KAZ"].Status != signal.Unchanged {
		t.Errorf("KAZ trend %+v, want unchanged", all["KAZ"])
	}
}

// TestBacktest replays the scenario: the fighting is detected at most a
// few days after it starts, before its peak or on it, and no alert fires
// on a calm stretch.
func TestBacktest(t *testing.T) {
	db := openStore(t)
	save(t, db, timeline(t, start, 120, 7, 5))
	cfg := signal.DefaultConfig()
	r, err := signal.Backtest(context.Background(), db, start.AddDate(0, 0, 97), start.AddDate(0, 0, 126), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if r.Days != 30 || r.Period != "2025-04-08/2025-05-07" {
		t.Errorf("period %s, %d days", r.Period, r.Days)
	}
	got := map[string]signal.BacktestSubject{}
	for _, s := range r.Subjects {
		got[s.Subject] = s
	}
	kt, ok := got["KGZ-TJK"]
	if !ok || kt.Peak < "2025-05-01" || kt.LeadDays == nil {
		t.Fatalf("KGZ-TJK: %+v, want a peak in the fighting and an alert", kt)
	}
	if *kt.LeadDays < 0 || *kt.LeadDays > 6 || kt.FirstAlert < "2025-05-01" {
		t.Errorf("KGZ-TJK first alert %s, %d days before the peak %s", kt.FirstAlert, *kt.LeadDays, kt.Peak)
	}
	if r.CalmAlertDays != 0 {
		t.Errorf("%d alerts on calm stretches: %+v", r.CalmAlertDays, r.Subjects)
	}
	if r.CalmDays < 5*20 || kt.CalmDays < 10 || kt.CalmDays > 23 {
		t.Errorf("calm days: %d in all, %d for KGZ-TJK (%+v)", r.CalmDays, kt.CalmDays, kt)
	}
	if r.Escalations < 3 || r.Detected != r.Escalations {
		t.Errorf("escalations %d, detected %d: want KGZ, TJK and KGZ-TJK detected", r.Escalations, r.Detected)
	}
	for _, p := range calmPairs[1:] {
		if s, ok := got[p.a+"-"+p.b]; ok {
			t.Errorf("calm pair in the backtest: %+v", s)
		}
	}
}
