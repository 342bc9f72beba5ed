package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/accord-hub/accord/internal/signal"
	"github.com/accord-hub/accord/internal/web"
)

// Sentences the built-in coder codes as cooperation (calm) and as material
// conflict between Kyrgyzstan and Tajikistan (fighting).
var (
	calmNews = []string{
		"Kyrgyzstan and Tajikistan signed an agreement on water sharing in Bishkek on %s.",
		"The Tajik president welcomed the Kyrgyz delegation in Dushanbe on %s.",
		"The Kazakh foreign minister met his Uzbek counterpart in Tashkent on %s to discuss trade.",
		"Uzbekistan granted Kazakhstan access to its railways on %s.",
		"Russia praised China for its economic cooperation on %s.",
	}
	fightNews = []string{
		"Tajik troops shelled Kyrgyz villages in Batken province on %s.",
		"Kyrgyz forces killed three Tajik soldiers near Vorukh on %s.",
		"Tajik border guards seized two Kyrgyz citizens near Isfara on %s.",
	}
)

// writeTimeline writes a JSONL archive: calm days of cooperation news, then
// fight days in which the Kyrgyz–Tajik news turns to fighting, each story
// carried by two outlets.
func writeTimeline(t *testing.T, dir string, start time.Time, calm, fight int) string {
	t.Helper()
	var b strings.Builder
	for d := 0; d < calm+fight; d++ {
		day := start.AddDate(0, 0, d)
		date := day.Format(time.DateOnly)
		stories := calmNews
		if d >= calm {
			stories = append(append([]string{}, fightNews...), calmNews[2:]...)
		}
		for i, s := range stories {
			for outlet := 0; outlet < 2; outlet++ {
				line, _ := json.Marshal(map[string]string{
					"id": fmt.Sprintf("%s-%d-%d", date, i, outlet), "date": date,
					"url":  fmt.Sprintf("https://news%d.example/%s/%d", outlet, date, i),
					"text": fmt.Sprintf(s, day.Weekday())})
				b.Write(line)
				b.WriteByte('\n')
			}
		}
	}
	path := filepath.Join(dir, "timeline.jsonl")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func decodeAlerts(t *testing.T, out string) []signal.Alert {
	t.Helper()
	var as []signal.Alert
	if err := json.Unmarshal([]byte(out), &as); err != nil {
		t.Fatalf("alerts --format json: %v\n%s", err, out)
	}
	return as
}

// TestAlertsEndToEnd ingests a quarter of calm news and a week of border
// fighting through the real pipeline and asks for alerts as of dates
// before and in the fighting.
func TestAlertsEndToEnd(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "accord.db")
	start := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	src := writeTimeline(t, dir, start, 90, 7)
	if _, errs, code := runMain(t, "", "ingest", "--db", db, src); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errs)
	}

	out, errs, code := runMain(t, "", "alerts", "--db", db, "--as-of", "2025-03-31", "--format", "json")
	if code != 0 {
		t.Fatalf("alerts: exit %d: %s", code, errs)
	}
	for _, a := range decodeAlerts(t, out) {
		if a.Kind == signal.KindEscalation {
			t.Errorf("alert before the fighting: %s", a.Explanation)
		}
	}

	// Default as-of: the newest event, the seventh day of fighting.
	out, errs, code = runMain(t, "", "alerts", "--db", db, "--format", "json")
	if code != 0 {
		t.Fatalf("alerts: exit %d: %s", code, errs)
	}
	var pair *signal.Alert
	as := decodeAlerts(t, out)
	for i, a := range as {
		if a.Kind != signal.KindEscalation {
			continue
		}
		switch a.Subject {
		case "KGZ-TJK":
			pair = &as[i]
		case "KGZ", "TJK":
		default:
			t.Errorf("alert for a calm subject: %+v", a)
		}
	}
	if pair == nil {
		t.Fatalf("no KGZ-TJK alert as of the seventh day of fighting in %s", out)
	}
	if pair.AsOf != "2025-04-07" || pair.Window != "2025-04-01/2025-04-07" || pair.ID == "" {
		t.Errorf("alert as_of %s window %s id %q", pair.AsOf, pair.Window, pair.ID)
	}
	if pair.Observed < 7 || pair.Baseline >= 1 || pair.Score < 2 {
		t.Errorf("observed %v baseline %v score %v: want a clear rise", pair.Observed, pair.Baseline, pair.Score)
	}
	if len(pair.Evidence) == 0 {
		t.Fatal("alert without evidence")
	}
	for _, e := range pair.Evidence {
		// Each day's story is carried by two outlets; a story of the next
		// day merges into the event of the day before.
		if e.Quad != 4 || e.Mentions != 2 && e.Mentions != 4 || len(e.Sentences) != e.Mentions || e.Sources != 2 ||
			!strings.Contains(e.Sentences[0].Text, "Kyrgyz") {
			t.Errorf("evidence %+v: want a fighting event reported by both outlets (on one day or two), with all its sentences", e)
		}
	}

	// The table says the same for a person.
	out, _, code = runMain(t, "", "alerts", "--db", db, "--as-of", "2025-04-03")
	if code != 0 || !strings.Contains(out, "KGZ-TJK") || !strings.Contains(out, "escalation") ||
		!strings.Contains(out, "Material conflict between KGZ and TJK rose to") {
		t.Errorf("alerts table (exit %d):\n%s", code, out)
	}

	// The backtest finds the fighting before or at its peak, without
	// alerts on the calm stretch.
	out, errs, code = runMain(t, "", "backtest", "--db", db, "--from", "2025-03-01", "--format", "json")
	if code != 0 {
		t.Fatalf("backtest: exit %d: %s", code, errs)
	}
	var r signal.BacktestReport
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	if r.Days != 38 || r.CalmAlertDays != 0 || r.Escalations == 0 || r.Detected != r.Escalations {
		t.Errorf("backtest %+v", r)
	}
	out, _, code = runMain(t, "", "backtest", "--db", db, "--from", "2025-03-01")
	if code != 0 || !strings.Contains(out, "DAYS BEFORE PEAK") || !strings.Contains(out, "KGZ-TJK") {
		t.Errorf("backtest table (exit %d):\n%s", code, out)
	}

	// The dashboard's sources answer the same.
	st, err := openExistingStore(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var o web.Options
	signalOptions(&o, st)
	if o.Alerts == nil || o.Indicators == nil || o.Ratings == nil {
		t.Fatalf("signalOptions left sources unset: %+v", o)
	}
	was, err := o.Alerts.Alerts(context.Background(), time.Date(2025, 4, 7, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, a := range was {
		if a.Subject == "KGZ-TJK" && a.Kind == "escalation" && len(a.Evidence) > 0 && a.Evidence[0].Text != "" {
			found = true
		}
	}
	if !found {
		t.Errorf("web alerts %+v: no KGZ-TJK escalation with evidence", was)
	}
	ins, err := o.Indicators.Indicators(context.Background(), "KGZ-TJK")
	if err != nil || len(ins) < 9 || len(ins[0].Points) != 90 || ins[0].Points[89].Date != "2025-04-07" {
		t.Errorf("web indicators: %d series, %v", len(ins), err)
	}
}

// TestFiveCopies: five outlets carrying one story make one event with five
// mentions, and ingesting them again changes nothing, rollups included.
func TestFiveCopies(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "accord.db")
	var b strings.Builder
	for i := 1; i <= 5; i++ {
		line, _ := json.Marshal(map[string]string{"id": fmt.Sprintf("copy%d", i), "date": "2025-04-02",
			"url": fmt.Sprintf("https://outlet%d.example/story", i), "source": fmt.Sprintf("Outlet %d", i),
			"text": "Kyrgyz border guards attacked Tajik troops near the village of Vorukh on Wednesday, officials said."})
		b.Write(line)
		b.WriteByte('\n')
	}
	src := filepath.Join(dir, "copies.jsonl")
	if err := os.WriteFile(src, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	for round := 0; round < 2; round++ {
		if _, errs, code := runMain(t, "", "ingest", "--db", db, src); code != 0 {
			t.Fatalf("ingest: exit %d: %s", code, errs)
		}
		out, _, code := runMain(t, "", "events", "--db", db)
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if code != 0 || len(lines) != 1 {
			t.Fatalf("round %d: %d events (exit %d), want 1:\n%s", round, len(lines), code, out)
		}
		var ev struct{ Mentions, Sources int }
		json.Unmarshal([]byte(lines[0]), &ev)
		if ev.Mentions != 5 {
			t.Errorf("round %d: mentions %d, want 5", round, ev.Mentions)
		}
		out, errs, code := runMain(t, "", "indicators", "--db", db, "--country", "KGZ-TJK", "--format", "json")
		if code != 0 {
			t.Fatalf("indicators: exit %d: %s", code, errs)
		}
		var rep struct {
			Indicators []signal.Series `json:"indicators"`
		}
		if err := json.Unmarshal([]byte(out), &rep); err != nil {
			t.Fatal(err)
		}
		totals := map[string]float64{}
		for _, s := range rep.Indicators {
			for _, p := range s.Points {
				totals[s.Name] += p.Value
			}
		}
		// The pair's news volume is the sum of its countries': 5 + 5.
		if totals["events"] != 1 || totals["material_conflict"] != 1 || totals["articles"] != 10 || totals["root_19"] != 1 {
			t.Errorf("round %d: indicator totals %v", round, totals)
		}
	}
}

func TestIndicatorsImport(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "accord.db")
	shipped := filepath.Join("..", "..", "data", "ratings", "central_asia.csv")
	out, errs, code := runMain(t, "", "indicators", "import", "--db", db, shipped)
	if code != 0 || !strings.Contains(out, "imported 18 ratings") {
		t.Fatalf("import: exit %d: %s%s", code, out, errs)
	}
	out, _, code = runMain(t, "", "indicators", "--db", db, "--country", "TKM", "--format", "json")
	var rep struct {
		Ratings []struct {
			Country, Indicator, Category string
			Year                         int
			Value                        *float64
		}
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil || code != 0 {
		t.Fatalf("indicators: exit %d, %v:\n%s", code, err, out)
	}
	found := false
	for _, r := range rep.Ratings {
		if r.Country != "TKM" {
			t.Errorf("rating of %s in TKM's indicators", r.Country)
		}
		if r.Year == 2024 && strings.Contains(r.Indicator, "total score") && r.Value != nil && *r.Value == 2 {
			found = true
		}
	}
	if len(rep.Ratings) != 6 || !found {
		t.Errorf("TKM ratings %+v", rep.Ratings)
	}
	out, _, _ = runMain(t, "", "indicators", "--db", db, "--country", "KGZ")
	if !strings.Contains(out, "Not Free") || !strings.Contains(out, "Freedom House") {
		t.Errorf("indicators table:\n%s", out)
	}

	bad := []struct{ name, body, want string }{
		{"year.csv", "country,year,source,indicator,value,category\nKGZ,2024,FH,status,,Not Free\nKGZ,20x4,FH,score,27,\n", "year.csv:3: year \"20x4\""},
		{"country.csv", "country,year,source,indicator,value,category\nKyrgyzstan,2024,FH,status,,Not Free\n", "country.csv:2: country \"Kyrgyzstan\""},
		{"value.csv", "country,year,source,indicator,value,category\n# comment\nKGZ,2024,FH,score,high,\n", "value.csv:3: value \"high\""},
		{"empty.csv", "country,year,source,indicator,value,category\nKGZ,2024,FH,score,,\n", "empty.csv:2: both value and category are empty"},
		{"header.csv", "nation,year,source,indicator,value,category\n", "header.csv:1: column 1"},
		{"columns.csv", "country,year,source,indicator,value,category\nKGZ,2024,FH\n", "columns.csv:2: 3 columns"},
		{"dup.csv", "country,year,source,indicator,value,category\nKGZ,2024,FH,score,27,\nKGZ,2024,FH,score,28,\n", "dup.csv:3: KGZ 2024"},
		{"quote.csv", "country,year,source,indicator,value,category\nKGZ,2024,\"FH,score,27,\n", "quote.csv:2"},
	}
	for _, tt := range bad {
		p := filepath.Join(dir, tt.name)
		os.WriteFile(p, []byte(tt.body), 0o644)
		_, errs, code := runMain(t, "", "indicators", "import", "--db", db, p)
		if code != 1 || !strings.Contains(errs, tt.want) || strings.Count(strings.TrimSpace(errs), "\n") > 0 {
			t.Errorf("%s: exit %d, stderr %q, want exit 1 and %q", tt.name, code, errs, tt.want)
		}
	}
}

func TestSignalUsage(t *testing.T) {
	db := filepath.Join(t.TempDir(), "accord.db")
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"alerts", "--help"}, 0, "Usage: accord alerts"},
		{[]string{"indicators", "--help"}, 0, "Usage: accord indicators"},
		{[]string{"backtest", "--help"}, 0, "Usage: accord backtest"},
		{[]string{"alerts", "--as-of", "yesterday", "--db", db}, 2, "--as-of \"yesterday\""},
		{[]string{"alerts", "--format", "xml", "--db", db}, 2, "--format"},
		{[]string{"alerts", "--p", "2", "--db", db}, 2, "p 2"},
		{[]string{"alerts", "--window", "0", "--db", db}, 2, "window 0"},
		{[]string{"alerts", "--db", db}, 1, "no store at"},
		{[]string{"backtest", "--from", "2025-02-01", "--to", "2025-01-01", "--db", db}, 2, "after"},
		{[]string{"indicators", "--country", "Kyrgyzstan", "--db", db}, 2, "--country"},
		{[]string{"indicators", "import", "--db", db}, 2, "name a CSV file"},
		{[]string{"indicators", "import", "--db", db, filepath.Join(t.TempDir(), "none.csv")}, 1, "none.csv"},
	}
	for _, tt := range tests {
		out, errs, code := runMain(t, "", tt.args...)
		if code != tt.code || !strings.Contains(out+errs, tt.want) {
			t.Errorf("%v: exit %d, output %q%q; want exit %d and %q", tt.args, code, out, errs, tt.code, tt.want)
		}
	}
}
