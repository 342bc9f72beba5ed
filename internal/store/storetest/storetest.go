package storetest

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode"

	"github.com/accord-hub/accord/internal/article"
	"github.com/accord-hub/accord/internal/event"
	"github.com/accord-hub/accord/internal/store"
)

// Run runs the shared suite. open must return a fresh, empty store for each
// call and arrange (with t.Cleanup) for it to be closed; Run closes nothing.
func Run(t *testing.T, open func(t *testing.T) store.Store) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s store.Store)
	}{
		{"SaveAndRead", testSaveAndRead},
		{"Idempotent", testIdempotent},
		{"MergeCounting", testMergeCounting},
		{"MergeAcrossSaves", testMergeAcrossSaves},
		{"MergeNextDay", testMergeNextDay},
		{"MergeNextDayOrder", testMergeNextDayOrder},
		{"Filters", testFilters},
		{"Paging", testPaging},
		{"PagingWhileSaving", testPagingWhileSaving},
		{"NotFound", testNotFound},
		{"BadFilter", testBadFilter},
		{"ConcurrentSave", testConcurrentSave},
		{"Cancel", testCancel},
		{"BadDocument", testBadDocument},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.fn(t, open(t))
		})
	}
}

// report makes a report of sentence s of document doc.
func report(doc string, s int, date, src, tgt, code, text string, loc *event.Location) event.Event {
	e := event.Event{
		Doc: doc, Sentence: s, Date: date, Source: src, Target: tgt, Code: code, Root: code[:2],
		Quad: 1, Goldstein: 1.5, Plover: "CONSULT", Text: text, Location: loc,
	}
	e.ID = event.ReportID(doc, s, src, tgt, code)
	return e
}

func doc(id, outlet, date string, evs ...event.Event) store.Document {
	var text []string
	for _, e := range evs {
		text = append(text, e.Text)
	}
	return store.Document{
		Article: article.Article{ID: id, Source: outlet, Date: date, Text: strings.Join(text, " "), Language: "en"},
		Events:  evs,
	}
}

func save(t *testing.T, s store.Store, docs ...store.Document) store.SaveStats {
	t.Helper()
	st, err := s.Save(context.Background(), docs)
	if err != nil {
		t.Fatalf("Save: %v", err)
	}
	return st
}

// all reads every event matching f, page by page with the given limit.
func all(t *testing.T, s store.Store, f store.Filter) []event.Event {
	t.Helper()
	var out []event.Event
	seen := map[string]bool{}
	for pages := 0; ; pages++ {
		p, err := s.Events(context.Background(), f)
		if err != nil {
			t.Fatalf("Events(%+v): %v", f, err)
		}
		if f.Limit > 0 && len(p.Events) > f.Limit {
			t.Fatalf("Events(%+v): page of %d events, over the limit", f, len(p.Events))
		}
		for _, e := range p.Events {
			if seen[e.ID] {
				t.Fatalf("Events(%+v): event %s returned twice", f, e.ID)
			}
			seen[e.ID] = true
		}
		out = append(out, p.Events...)
		if p.NextCursor == "" {
			return out
		}
		if len(p.Events) == 0 {
			t.Fatalf("Events(%+v): empty page with a next cursor", f)
		}
		if pages > 100000 {
			t.Fatalf("Events(%+v): paging does not end", f)
		}
		f.Cursor = p.NextCursor
	}
}

func ids(evs []event.Event) []string {
	out := make([]string, len(evs))
	for i, e := range evs {
		out[i] = e.ID
	}
	return out
}

var bishkek = &event.Location{Name: "Bishkek", Country: "KGZ", Admin1: "KG.01", Lat: 42.87, Lon: 74.59,
	GeonameID: 1528675, Precision: "place", FIPS: "KG", Feature: "PPLC"}

func testSaveAndRead(t *testing.T, s store.Store) {
	full := report("d1", 0, "2024-05-01", "KGZGOV", "TJKGOV", "042", "Kyrgyz officials visited Dushanbe.", bishkek)
	full.Evidence = event.Evidence{Source: &event.Span{0, 6}, Verb: &event.Span{17, 24}}
	full.SourceName, full.TargetName, full.Verb = "Kyrgyz officials", "Tajikistan", "visited"
	full.Attribution, full.Modality = "AKIpress", "intent"
	full.URL, full.Title, full.Outlet = "https://akipress.example/1", "Visit", "AKIpress"
	bare := report("d1", 1, "2024-05-02", "IGOUNO", "", "010", "The United Nations made a statement.", nil)
	d := doc("d1", "AKIpress", "2024-05-01", full, bare)
	d.Article.URL, d.Article.Title = "https://akipress.example/1", "Visit"

	st := save(t, s, d)
	if want := (store.SaveStats{Articles: 1, Reports: 2, Events: 2}); st != want {
		t.Errorf("Save stats = %+v, want %+v", st, want)
	}
	ok, err := s.HasArticle(context.Background(), "d1")
	if err != nil || !ok {
		t.Fatalf("HasArticle(d1) = %v, %v; want true", ok, err)
	}
	a, err := s.Article(context.Background(), "d1")
	if err != nil {
		t.Fatalf("Article: %v", err)
	}
	if !reflect.DeepEqual(a, d.Article) {
		t.Errorf("Article = %+v\nwant %+v", a, d.Article)
	}

	evs := all(t, s, store.Filter{})
	if len(evs) != 2 {
		t.Fatalf("Events = %d events, want 2", len(evs))
	}
	// The report fields that a store fills in from the article.
	wantBare := bare
	wantBare.URL, wantBare.Title, wantBare.Outlet = d.Article.URL, d.Article.Title, "AKIpress"
	for i, want := range []event.Event{full, wantBare} {
		got := evs[i]
		if got.Mentions != 1 || got.Sources != 1 {
			t.Errorf("event %d: mentions %d, sources %d; want 1, 1", i, got.Mentions, got.Sources)
		}
		wantID := event.MergedID(want.Date, want.Source, want.Target, want.Code[:3], placeKeyOf(want.Location))
		if got.ID != wantID {
			t.Errorf("event %d: id %s, want MergedID %s", i, got.ID, wantID)
		}
		merged := want
		merged.ID, merged.Mentions, merged.Sources = got.ID, 1, 1
		if !reflect.DeepEqual(got, merged) {
			t.Errorf("event %d =\n%+v\nwant\n%+v", i, got, merged)
		}
		one, reports, err := s.Event(context.Background(), got.ID)
		if err != nil {
			t.Fatalf("Event(%s): %v", got.ID, err)
		}
		if !reflect.DeepEqual(one, got) {
			t.Errorf("Event(%s) = %+v, want %+v", got.ID, one, got)
		}
		if len(reports) != 1 || !reflect.DeepEqual(reports[0], want) {
			t.Errorf("Event(%s) reports = %+v\nwant [%+v]", got.ID, reports, want)
		}
	}
}

func placeKeyOf(l *event.Location) string {
	switch {
	case l == nil:
		return ""
	case l.GeonameID != 0:
		return fmt.Sprint(l.GeonameID)
	default:
		return l.Name
	}
}

func testIdempotent(t *testing.T, s store.Store) {
	docs := Synthetic(7, 0, 20, 4)
	first := save(t, s, docs...)
	if first.Articles != 20 || first.Duplicates != 0 || first.Reports != 80 || first.Events+first.Merged != 80 {
		t.Fatalf("first Save = %+v, want 20 articles, 80 reports", first)
	}
	before := all(t, s, store.Filter{})
	again := save(t, s, docs...)
	if want := (store.SaveStats{Duplicates: 20}); again != want {
		t.Errorf("second Save = %+v, want %+v", again, want)
	}
	// One at a time, and the same document twice in one batch.
	for _, d := range docs[:3] {
		if st := save(t, s, d, d); st != (store.SaveStats{Duplicates: 2}) {
			t.Errorf("Save(%s twice) = %+v, want 2 duplicates", d.Article.ID, st)
		}
	}
	after := all(t, s, store.Filter{})
	if !reflect.DeepEqual(before, after) {
		t.Errorf("saving again changed the events: %d before, %d after", len(before), len(after))
	}
	// A new document given twice in one batch counts once.
	d := doc("twice", "X", "2024-01-01", report("twice", 0, "2024-01-01", "KGZ", "TJK", "036", "Kyrgyzstan wants to meet Tajikistan.", nil))
	if st := save(t, s, d, d); st != (store.SaveStats{Articles: 1, Duplicates: 1, Reports: 1, Events: 1}) {
		t.Errorf("Save(new doc twice) = %+v", st)
	}
}

// copies returns n articles that each report the same event (same date,
// dyad, code and place) in their own words, from the given outlets in turn.
func copies(n int, outlets ...string) []store.Document {
	var docs []store.Document
	for i := 0; i < n; i++ {
		id := fmt.Sprintf("copy%d", i)
		e := report(id, i%2, "2022-09-14", "KGZMIL", "TJKMIL", "190",
			fmt.Sprintf("Version %d: Kyrgyz troops fought Tajik troops near the border.", i), bishkek)
		docs = append(docs, doc(id, outlets[i%len(outlets)], "2022-09-14", e))
	}
	return docs
}

func checkMerged(t *testing.T, s store.Store, mentions, sources, reports int) event.Event {
	t.Helper()
	evs := all(t, s, store.Filter{Code: "190"})
	if len(evs) != 1 {
		t.Fatalf("Events(code 190) = %d events, want 1 merged event", len(evs))
	}
	e := evs[0]
	if e.Mentions != mentions || e.Sources != sources {
		t.Errorf("merged event: mentions %d, sources %d; want %d, %d", e.Mentions, e.Sources, mentions, sources)
	}
	if want := event.MergedID("2022-09-14", "KGZMIL", "TJKMIL", "190", "1528675"); e.ID != want {
		t.Errorf("merged event id %s, want %s", e.ID, want)
	}
	_, reps, err := s.Event(context.Background(), e.ID)
	if err != nil {
		t.Fatalf("Event: %v", err)
	}
	if len(reps) != reports {
		t.Errorf("Event has %d reports, want %d", len(reps), reports)
	}
	return e
}

func testMergeCounting(t *testing.T, s store.Store) {
	docs := copies(5, "AKIpress", "Asia-Plus", "AKIpress", "Reuters", "Asia-Plus")
	st := save(t, s, docs...)
	if want := (store.SaveStats{Articles: 5, Reports: 5, Events: 1, Merged: 4}); st != want {
		t.Errorf("Save = %+v, want %+v", st, want)
	}
	e := checkMerged(t, s, 5, 3, 5)
	if e.Doc != "copy0" || !strings.HasPrefix(e.Text, "Version 0:") {
		t.Errorf("merged event takes its fields from %s %q, want the first report (copy0)", e.Doc, e.Text)
	}
	// Re-ingesting never double counts.
	save(t, s, docs...)
	checkMerged(t, s, 5, 3, 5)

	// A different place, a date two days later, another actor or another
	// code family is a different event.
	other := []store.Document{
		doc("o1", "X", "2022-09-14", report("o1", 0, "2022-09-14", "KGZMIL", "TJKMIL", "190", "Fighting in Batken.",
			&event.Location{Name: "Batken", Country: "KGZ", GeonameID: 1528249, Precision: "place"})),
		doc("o2", "X", "2022-09-16", report("o2", 0, "2022-09-16", "KGZMIL", "TJKMIL", "190", "Fighting again.", bishkek)),
		doc("o3", "X", "2022-09-14", report("o3", 0, "2022-09-14", "TJKMIL", "KGZMIL", "190", "Tajik troops fought back.", bishkek)),
		doc("o4", "X", "2022-09-14", report("o4", 0, "2022-09-14", "KGZMIL", "TJKMIL", "193", "Small arms fire.", bishkek)),
	}
	if st := save(t, s, other...); st.Events != 4 || st.Merged != 0 {
		t.Errorf("Save(distinct events) = %+v, want 4 new events", st)
	}
	if evs := all(t, s, store.Filter{Root: "19"}); len(evs) != 5 {
		t.Errorf("Events(root 19) = %d events, want 5", len(evs))
	}
}

// testMergeNextDay: reports of the day after or the day before an event,
// of the same dyad, code family and place, join it; the event keeps the
// date and id of its first report; re-ingesting counts nothing twice.
func testMergeNextDay(t *testing.T, s store.Store) {
	batken := &event.Location{Name: "Batken", Country: "KGZ", GeonameID: 1528249, Precision: "place"}
	first := doc("n0", "AKIpress", "2022-09-14", report("n0", 0, "2022-09-14", "KGZMIL", "TJKMIL", "190", "Troops fought.", bishkek))
	if st := save(t, s, first); st.Events != 1 {
		t.Fatalf("Save(first) = %+v, want 1 new event", st)
	}
	joining := []store.Document{
		// The next day, another outlet, a finer code of the same family.
		doc("n1", "Reuters", "2022-09-15", report("n1", 0, "2022-09-15", "KGZMIL", "TJKMIL", "1902", "Fighting went on.", bishkek)),
		// The day before.
		doc("n2", "AKIpress", "2022-09-13", report("n2", 0, "2022-09-13", "KGZMIL", "TJKMIL", "190", "Shots were fired.", bishkek)),
	}
	if st := save(t, s, joining...); st != (store.SaveStats{Articles: 2, Reports: 2, Merged: 2}) {
		t.Errorf("Save(next day, day before) = %+v, want 2 merged reports", st)
	}
	apart := []store.Document{
		// Two days later.
		doc("a1", "X", "2022-09-16", report("a1", 0, "2022-09-16", "KGZMIL", "TJKMIL", "190", "New clash.", bishkek)),
		// The next day, another code family.
		doc("a2", "X", "2022-09-15", report("a2", 0, "2022-09-15", "KGZMIL", "TJKMIL", "193", "Small arms fire.", bishkek)),
		// The next day, another place.
		doc("a3", "X", "2022-09-15", report("a3", 0, "2022-09-15", "KGZMIL", "TJKMIL", "190", "Clash in Batken.", batken)),
		// The next day, the other way round.
		doc("a4", "X", "2022-09-15", report("a4", 0, "2022-09-15", "TJKMIL", "KGZMIL", "190", "Tajik troops fought back.", bishkek)),
	}
	if st := save(t, s, apart...); st != (store.SaveStats{Articles: 4, Reports: 4, Events: 4}) {
		t.Errorf("Save(distinct events) = %+v, want 4 new events", st)
	}
	want := event.MergedID("2022-09-14", "KGZMIL", "TJKMIL", "190", "1528675")
	check := func(when string) {
		t.Helper()
		e, reps, err := s.Event(context.Background(), want)
		if err != nil {
			t.Fatalf("%s: Event(%s): %v", when, want, err)
		}
		if e.Date != "2022-09-14" || e.Code != "190" || e.Doc != "n0" || e.Mentions != 3 || e.Sources != 2 || len(reps) != 3 {
			t.Errorf("%s: merged event %s %s doc %s: mentions %d, sources %d, %d reports; want 2022-09-14 190 n0: 3, 2, 3",
				when, e.Date, e.Code, e.Doc, e.Mentions, e.Sources, len(reps))
		}
		var dates []string
		for _, r := range reps {
			dates = append(dates, r.Date)
		}
		slices.Sort(dates)
		if !slices.Equal(dates, []string{"2022-09-13", "2022-09-14", "2022-09-15"}) {
			t.Errorf("%s: the merged event's reports are dated %v, want each its own day", when, dates)
		}
		if evs := all(t, s, store.Filter{}); len(evs) != 5 {
			t.Errorf("%s: %d events, want 5", when, len(evs))
		}
	}
	check("after saving")
	// Re-ingesting, all at once or one by one, never double counts.
	docs := append(append([]store.Document{first}, joining...), apart...)
	if st := save(t, s, docs...); st != (store.SaveStats{Duplicates: len(docs)}) {
		t.Errorf("Save(again) = %+v, want %d duplicates", st, len(docs))
	}
	for _, d := range docs {
		save(t, s, d)
	}
	check("after saving again")
}

// testMergeNextDayOrder: the events a stream of reports makes do not depend
// on how it is cut into Saves, since reports merge one after the other in
// both cases; a report of the day in between joins the earlier event.
func testMergeNextDayOrder(t *testing.T, s store.Store) {
	stream := func(prefix, target string) []store.Document {
		var docs []store.Document
		for i, date := range []string{"2023-03-10", "2023-03-12", "2023-03-11", "2023-03-11", "2023-03-13", "2023-03-15"} {
			id := fmt.Sprintf("%s%d", prefix, i)
			docs = append(docs, doc(id, fmt.Sprint("outlet", i%3), date,
				report(id, 0, date, "UZBGOV", target, "036", fmt.Sprintf("Talk %d.", i), nil)))
		}
		return docs
	}
	// 10 starts an event, 12 another (two days on), 11 joins 10's (the day
	// before is preferred to the day after), 11 again joins it, 13 joins
	// 12's, 15 is alone.
	want := map[string]int{"2023-03-10": 3, "2023-03-12": 2, "2023-03-15": 1}
	st := save(t, s, stream("s", "TJKGOV")...)
	if want := (store.SaveStats{Articles: 6, Reports: 6, Events: 3, Merged: 3}); st != want {
		t.Errorf("Save = %+v, want %+v", st, want)
	}
	// The same stream, one Save per article.
	for _, d := range stream("t", "KAZGOV") {
		save(t, s, d)
	}
	for _, target := range []string{"TJK", "KAZ"} {
		got := map[string]int{}
		for _, e := range all(t, s, store.Filter{Country: target}) {
			got[e.Date] = e.Mentions
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("events with %s by date: mentions %v, want %v", target, got, want)
		}
	}
}

func testMergeAcrossSaves(t *testing.T, s store.Store) {
	for i, d := range copies(5, "A", "B", "C", "D", "E") {
		st := save(t, s, d)
		want := store.SaveStats{Articles: 1, Reports: 1, Merged: 1}
		if i == 0 {
			want = store.SaveStats{Articles: 1, Reports: 1, Events: 1}
		}
		if st != want {
			t.Errorf("Save(copy %d) = %+v, want %+v", i, st, want)
		}
	}
	checkMerged(t, s, 5, 5, 5)
}

// words splits text as the full-text search does: letters and digits, lower case.
func words(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// matches is the reference meaning of a Filter, for one event.
func matches(f store.Filter, e event.Event) bool {
	country := func(actor string) string {
		if len(actor) < 3 {
			return ""
		}
		return actor[:3]
	}
	sc, tc := country(e.Source), country(e.Target)
	if f.Country != "" && sc != f.Country && tc != f.Country {
		return false
	}
	if f.Pair != "" {
		a, b, _ := strings.Cut(f.Pair, "-")
		if !(sc == a && tc == b || sc == b && tc == a) {
			return false
		}
	}
	if f.From != "" && e.Date < f.From || f.To != "" && e.Date > f.To {
		return false
	}
	if f.Code != "" && !strings.HasPrefix(e.Code, f.Code) || f.Root != "" && e.Root != f.Root {
		return false
	}
	if f.Quad != 0 && e.Quad != f.Quad {
		return false
	}
	if f.Query != "" {
		have := words(e.Text)
		for _, q := range strings.Fields(strings.ToLower(f.Query)) {
			prefix := strings.HasSuffix(q, "*")
			q = strings.TrimSuffix(q, "*")
			if !slices.ContainsFunc(have, func(w string) bool { return w == q || prefix && strings.HasPrefix(w, q) }) {
				return false
			}
		}
	}
	return true
}

func filterCases(evs []event.Event) []store.Filter {
	// Pick values that occur, so that every case selects something.
	mid := evs[len(evs)/2].Date
	late := evs[3*len(evs)/4].Date
	return []store.Filter{
		{},
		{Country: "KGZ"},
		{Country: "IGO"},
		{Country: "ZZZ"},
		{Pair: "KGZ-TJK"},
		{Pair: "TJK-KGZ"},
		{Pair: "USA-RUS", Country: "USA"},
		{Pair: "USA-RUS", Country: "CHN"},
		{From: mid},
		{To: mid},
		{From: mid, To: late},
		{From: mid, To: mid},
		{Code: "19"},
		{Code: "04"},
		{Code: "042"},
		{Root: "04"},
		{Root: "04", Code: "19"},
		{Quad: 4},
		{Quad: 1, Country: "RUS"},
		{Query: "border"},
		{Query: "BORDER talks"},
		{Query: "term00*"},
		{Query: "the", Country: "USA", From: mid},
		{Country: "KGZ", Root: "19"},
		{Country: "KGZ", Quad: 2, To: late},
		{Country: "RUS", Code: "057"},
	}
}

// corpus saves a synthetic corpus and returns all its events.
func corpus(t *testing.T, s store.Store, n int) []event.Event {
	t.Helper()
	save(t, s, Synthetic(11, 0, n, 5)...)
	evs := all(t, s, store.Filter{})
	for i := 1; i < len(evs); i++ {
		a, b := evs[i-1], evs[i]
		if a.Date > b.Date || a.Date == b.Date && a.ID >= b.ID {
			t.Fatalf("Events not in (date, id) order at %d: %s/%s then %s/%s", i, a.Date, a.ID, b.Date, b.ID)
		}
	}
	return evs
}

func testFilters(t *testing.T, s store.Store) {
	evs := corpus(t, s, 120)
	total := 0
	for _, e := range evs {
		total += e.Mentions
	}
	if total != 600 {
		t.Errorf("mentions over all events = %d, want the 600 reports saved", total)
	}
	for _, f := range filterCases(evs) {
		for _, newest := range []bool{false, true} {
			f.Newest = newest
			var want []event.Event
			for _, e := range evs {
				if matches(f, e) {
					want = append(want, e)
				}
			}
			if newest {
				slices.Reverse(want)
			}
			if len(want) == 0 && f.Country != "ZZZ" && f.Country != "CHN" && f.Code != "19" {
				t.Errorf("filter case %+v selects nothing from the corpus; the case tests little", f)
			}
			if len(want) == len(evs) && (f != store.Filter{Newest: f.Newest}) {
				t.Errorf("filter case %+v selects everything from the corpus; the case tests little", f)
			}
			p, err := s.Events(context.Background(), f)
			if err != nil {
				t.Errorf("Events(%+v): %v", f, err)
				continue
			}
			if p.NextCursor != "" {
				t.Errorf("Events(%+v) without a limit gave a next cursor", f)
			}
			if !slices.Equal(ids(p.Events), ids(want)) {
				t.Errorf("Events(%+v) = %d events, want %d\n got %v\nwant %v", f, len(p.Events), len(want), ids(p.Events), ids(want))
			}
		}
	}
	// Limit alone takes the first events.
	p, err := s.Events(context.Background(), store.Filter{Limit: 5})
	if err != nil || !slices.Equal(ids(p.Events), ids(evs[:5])) || p.NextCursor == "" {
		t.Errorf("Events(limit 5) = %v, %q, %v; want the first five and a cursor", ids(p.Events), p.NextCursor, err)
	}
}

func testPaging(t *testing.T, s store.Store) {
	evs := corpus(t, s, 60)
	for _, f := range filterCases(evs) {
		for _, newest := range []bool{false, true} {
			f.Newest = newest
			whole, err := s.Events(context.Background(), f)
			if err != nil {
				t.Fatalf("Events(%+v): %v", f, err)
			}
			limits := []int{3, 7, 1000}
			if f.Country == "KGZ" || f.Query != "" {
				limits = append(limits, 1)
			}
			for _, limit := range limits {
				f.Limit = limit
				got := all(t, s, f)
				if !slices.Equal(ids(got), ids(whole.Events)) {
					t.Errorf("Events(%+v) paged: %d events, want %d", f, len(got), len(whole.Events))
				}
			}
			f.Limit = 0
		}
	}
	// Events sharing one date page by id without loss.
	var docs []store.Document
	for i := 0; i < 9; i++ {
		id := fmt.Sprintf("same%d", i)
		docs = append(docs, doc(id, "X", "2030-01-01",
			report(id, 0, "2030-01-01", "KAZ", "UZB", fmt.Sprintf("%03d", 40+i), "Kazakhstan and Uzbekistan met.", nil)))
	}
	save(t, s, docs...)
	for _, f := range []store.Filter{
		{From: "2030-01-01", Limit: 2},
		{From: "2030-01-01", Limit: 2, Newest: true},
		{Query: "uzbekistan", From: "2030-01-01", Limit: 2},
		{Query: "uzbekistan", To: "2030-01-01", From: "2030-01-01", Limit: 4, Newest: true},
	} {
		if got := all(t, s, f); len(got) != 9 {
			t.Errorf("paging nine events of one date (%+v): %d events", f, len(got))
		}
	}
}

// testPagingWhileSaving pages through the events while other events are
// saved: every event stored before the first page is seen exactly once.
func testPagingWhileSaving(t *testing.T, s store.Store) {
	evs := corpus(t, s, 40)
	f := store.Filter{Limit: 9}
	seen := map[string]int{}
	next := 40
	for {
		p, err := s.Events(context.Background(), f)
		if err != nil {
			t.Fatalf("Events: %v", err)
		}
		for _, e := range p.Events {
			seen[e.ID]++
		}
		// New events land before and after the cursor.
		save(t, s, Synthetic(11, next, 3, 5)...)
		next += 3
		if p.NextCursor == "" {
			break
		}
		f.Cursor = p.NextCursor
	}
	for _, e := range evs {
		if seen[e.ID] != 1 {
			t.Errorf("event %s (%s) seen %d times, want once", e.ID, e.Date, seen[e.ID])
		}
	}
	for id, n := range seen {
		if n > 1 {
			t.Errorf("event %s seen %d times", id, n)
		}
	}
}

func testNotFound(t *testing.T, s store.Store) {
	save(t, s, copies(1, "X")...)
	ctx := context.Background()
	if _, _, err := s.Event(ctx, "no-such-event"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Event(missing) error = %v, want ErrNotFound", err)
	}
	if _, err := s.Article(ctx, "no-such-article"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Article(missing) error = %v, want ErrNotFound", err)
	}
	if ok, err := s.HasArticle(ctx, "no-such-article"); ok || err != nil {
		t.Errorf("HasArticle(missing) = %v, %v; want false, nil", ok, err)
	}
	// A report id is not a merged event id.
	if _, _, err := s.Event(ctx, copies(1, "X")[0].Events[0].ID); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Event(report id) error = %v, want ErrNotFound", err)
	}
}

func testBadFilter(t *testing.T, s store.Store) {
	bad := []store.Filter{
		{Country: "kgz"}, {Country: "KG"}, {Pair: "KGZ"}, {Pair: "KGZ-TJ"}, {From: "2024-13-01"},
		{To: "yesterday"}, {From: "2024-02-01", To: "2024-01-01"}, {Code: "1a"}, {Root: "1"},
		{Quad: 5}, {Quad: -1}, {Limit: -1}, {Cursor: "garbage!"}, {Query: "!!"},
	}
	save(t, s, Synthetic(2, 0, 2, 2)...)
	p, err := s.Events(context.Background(), store.Filter{Limit: 1})
	if err != nil || p.NextCursor == "" {
		t.Fatalf("Events(limit 1) = %+v, %v; want a next cursor", p, err)
	}
	// A cursor made for one order does not continue the other.
	bad = append(bad, store.Filter{Cursor: p.NextCursor, Newest: true})
	for _, f := range bad {
		if _, err := s.Events(context.Background(), f); !errors.Is(err, store.ErrBadFilter) {
			t.Errorf("Events(%+v) error = %v, want ErrBadFilter", f, err)
		}
	}
}

func testConcurrentSave(t *testing.T, s store.Store) {
	const workers, each = 8, 25
	// Worker w saves documents 10w … 10w+24: neighbours overlap.
	docs := Synthetic(3, 0, 10*(workers-1)+each, 4)
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		total store.SaveStats
		errs  []error
	)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, d := range docs[10*w : 10*w+each] {
				st, err := s.Save(context.Background(), []store.Document{d})
				mu.Lock()
				total.Add(st)
				if err != nil {
					errs = append(errs, err)
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if len(errs) > 0 {
		t.Fatalf("concurrent Save: %v", errs[0])
	}
	if total.Articles != len(docs) || total.Duplicates != workers*each-len(docs) {
		t.Errorf("concurrent Save = %+v, want %d articles and %d duplicates", total, len(docs), workers*each-len(docs))
	}
	if total.Reports != 4*len(docs) || total.Events+total.Merged != total.Reports {
		t.Errorf("concurrent Save = %+v, want %d reports", total, 4*len(docs))
	}
	evs := all(t, s, store.Filter{})
	mentions := 0
	for _, e := range evs {
		mentions += e.Mentions
	}
	if len(evs) != total.Events || mentions != total.Reports {
		t.Errorf("store has %d events with %d mentions; Save counted %d events, %d reports", len(evs), mentions, total.Events, total.Reports)
	}
}

func testCancel(t *testing.T, s store.Store) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	docs := Synthetic(5, 0, 3, 2)
	if _, err := s.Save(ctx, docs); !errors.Is(err, context.Canceled) {
		t.Errorf("Save(cancelled) error = %v, want context.Canceled", err)
	}
	if ok, err := s.HasArticle(context.Background(), docs[0].Article.ID); ok || err != nil {
		t.Errorf("after a cancelled Save, HasArticle = %v, %v; want false", ok, err)
	}
	if _, err := s.Events(ctx, store.Filter{}); !errors.Is(err, context.Canceled) {
		t.Errorf("Events(cancelled) error = %v, want context.Canceled", err)
	}
	// A cancelled Save among working ones changes nothing and harms none.
	var wg sync.WaitGroup
	for i := range docs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c := context.Background()
			if i == 1 {
				c = ctx
			}
			s.Save(c, docs[i:i+1])
		}()
	}
	wg.Wait()
	for i, d := range docs {
		ok, err := s.HasArticle(context.Background(), d.Article.ID)
		if err != nil || ok != (i != 1) {
			t.Errorf("HasArticle(%s) = %v, %v; want %v", d.Article.ID, ok, err, i != 1)
		}
	}
}

// testBadDocument checks that a Save holding an event with a malformed date
// fails whole, naming the article, and stores nothing.
func testBadDocument(t *testing.T, s store.Store) {
	good := copies(1, "X")[0]
	bad := doc("bad-date", "X", "", report("bad-date", 0, "14/09/2022", "KGZ", "TJK", "190", "Fighting.", nil))
	if _, err := s.Save(context.Background(), []store.Document{good, bad}); err == nil || !strings.Contains(err.Error(), "bad-date") {
		t.Errorf("Save(event dated 14/09/2022) error = %v, want one naming the article", err)
	}
	for _, id := range []string{good.Article.ID, "bad-date"} {
		if ok, err := s.HasArticle(context.Background(), id); ok || err != nil {
			t.Errorf("after a refused Save, HasArticle(%s) = %v, %v", id, ok, err)
		}
	}
	// An event with no date at all is kept.
	undated := doc("undated", "X", "", report("undated", 0, "", "KGZ", "TJK", "036", "Kyrgyzstan wants talks.", nil))
	if st := save(t, s, undated); st.Events != 1 {
		t.Errorf("Save(undated event) = %+v, want one new event", st)
	}
}
