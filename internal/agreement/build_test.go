package agreement

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/accord-hub/accord/internal/article"
	"github.com/accord-hub/accord/internal/coder"
	"github.com/accord-hub/accord/internal/dict"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func rep(status Status, date, outlet, doc string) Report {
	return Report{Status: status, Evidence: Evidence{Doc: doc, Date: date, Outlet: outlet, Text: string(status)}}
}

func weak(r Report) Report { r.Weak = true; return r }

func TestDecideTransitions(t *testing.T) {
	tests := []struct {
		name        string
		reports     []Report
		status      Status
		since       string
		history     []Status
		conflict    bool
		conflicting int
	}{
		{"none", nil, Unknown, "", nil, false, 0},
		{"signed", []Report{rep(Signed, "2022-07-21", "A", "a1")}, Signed, "2022-07-21", []Status{Signed}, false, 0},
		{"signed then ratified then in force",
			[]Report{rep(Signed, "2022-07-21", "A", "a1"), rep(Ratified, "2023-02-15", "B", "b1"), rep(InForce, "2023-06-01", "A", "a2")},
			InForce, "2023-06-01", []Status{Signed, Ratified, InForce}, false, 0},
		{"ratified soon after signing is no conflict",
			[]Report{rep(Signed, "2022-07-21", "A", "a1"), rep(Ratified, "2022-07-30", "B", "b1")},
			Ratified, "2022-07-30", []Status{Signed, Ratified}, false, 0},
		{"deferred then signed later",
			[]Report{rep(Deferred, "2022-07-21", "A", "a1"), rep(Signed, "2024-05-10", "A", "a2")},
			Signed, "2024-05-10", []Status{Deferred, Signed}, false, 0},
		{"refused then deferred later",
			[]Report{rep(Refused, "2022-07-21", "A", "a1"), rep(Deferred, "2022-10-01", "B", "b1")},
			Deferred, "2022-10-01", []Status{Refused, Deferred}, false, 0},
		{"deferred explains did not sign in one document",
			[]Report{weak(rep(Refused, "2022-07-21", "A", "a1")), rep(Deferred, "2022-07-21", "A", "a1")},
			Deferred, "2022-07-21", []Status{Deferred}, false, 0},
		{"in force then withdrawn",
			[]Report{rep(Signed, "2010-01-01", "A", "a1"), rep(InForce, "2011-01-01", "A", "a2"), rep(Withdrawn, "2023-11-07", "B", "b1")},
			Withdrawn, "2023-11-07", []Status{Signed, InForce, Withdrawn}, false, 0},
		{"a later retelling of the signing does not undo ratification",
			[]Report{rep(Signed, "2022-07-21", "A", "a1"), rep(Ratified, "2023-02-15", "A", "a2"), rep(Signed, "2024-01-01", "B", "b1")},
			Ratified, "2023-02-15", []Status{Signed, Ratified}, false, 0},
		{"one outlet says signed, two say deferred: deferred holds",
			[]Report{rep(Deferred, "2022-07-21", "A", "a1"), rep(Signed, "2022-07-22", "C", "c1"), rep(Deferred, "2022-07-22", "B", "b1")},
			Deferred, "2022-07-21", []Status{Deferred}, true, 1},
		{"two outlets say refused after one said signed: newest well-sourced wins",
			[]Report{rep(Signed, "2022-07-21", "A", "a1"), rep(Refused, "2022-07-25", "B", "b1"), rep(Refused, "2022-07-26", "C", "c1")},
			Refused, "2022-07-25", []Status{Signed, Refused}, true, 1},
		{"a tie goes to the newer report",
			[]Report{rep(Signed, "2022-07-21", "A", "a1"), rep(Deferred, "2022-07-23", "B", "b1")},
			Deferred, "2022-07-23", []Status{Signed, Deferred}, true, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := decide("TJK", tt.reports)
			var hist []Status
			for _, s := range p.History {
				hist = append(hist, s.Status)
			}
			if p.Status != tt.status || p.Since != tt.since || !reflect.DeepEqual(hist, tt.history) ||
				p.Conflict != tt.conflict || len(p.Conflicting) != tt.conflicting {
				t.Errorf("got %s since %q, history %v, conflict %v with %d conflicting;\nwant %s since %q, history %v, conflict %v with %d",
					p.Status, p.Since, hist, p.Conflict, len(p.Conflicting), tt.status, tt.since, tt.history, tt.conflict, tt.conflicting)
			}
			if p.Status != Unknown && len(p.Evidence) == 0 {
				t.Errorf("status %s has no evidence", p.Status)
			}
		})
	}
}

func mention(name, kind, date, outlet string, stances ...Stance) Mention {
	return Mention{Name: name, Kind: kind, Stances: stances,
		Evidence: Evidence{Doc: outlet + date, Date: date, Outlet: outlet, Text: name}}
}

func TestBuildMergesNames(t *testing.T) {
	ms := []Mention{
		mention("Treaty on Friendship, Good-Neighbourliness and Cooperation for the Development of Central Asia in the 21st Century", "treaty", "2022-07-21", "A",
			Stance{Status: Signed, Countries: []string{"KAZ", "KGZ", "UZB"}}),
		mention("the treaty of cooperation and friendship", "treaty", "2022-07-22", "B",
			Stance{Status: Refused, Countries: []string{"TJK", "TKM"}}),
		mention("the friendship treaty", "treaty", "2023-02-15", "A", Stance{Status: Ratified, Countries: []string{"KGZ"}}),
		mention("the water-sharing agreement", "agreement", "2023-03-01", "A", Stance{Status: Signed, Countries: []string{"KAZ", "UZB"}}),
	}
	as := Build(ms, nil)
	if len(as) != 2 {
		t.Fatalf("got %d agreements, want 2: %+v", len(as), as)
	}
	a := as[0]
	if !strings.HasPrefix(a.Name, "Treaty on Friendship") || a.Mentions != 3 || a.Date != "2022-07-21" {
		t.Errorf("agreement %q with %d mentions dated %s, want the full name, 3 mentions, 2022-07-21", a.Name, a.Mentions, a.Date)
	}
	if want := []string{"treaty of cooperation and friendship", "friendship treaty"}; !reflect.DeepEqual(a.Aliases, want) {
		t.Errorf("aliases %q, want %q", a.Aliases, want)
	}
	got := map[string]Status{}
	for _, p := range a.Parties {
		got[p.Country] = p.Status
	}
	want := map[string]Status{"KAZ": Signed, "KGZ": Ratified, "UZB": Signed, "TJK": Refused, "TKM": Refused}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("parties %v, want %v", got, want)
	}
	if as[1].Name != "water-sharing agreement" {
		t.Errorf("second agreement %q, want the water-sharing agreement", as[1].Name)
	}
}

func TestBuildRegistryNamesAndSeparates(t *testing.T) {
	reg, err := ParseRegistry(strings.NewReader(`
[kgz-uzb]
name: Kyrgyz-Uzbek border agreement
kind: agreement
parties: KGZ UZB
[kgz-tjk]
name: Treaty on the State Border between Kyrgyzstan and Tajikistan
alias: border treaty
kind: treaty
binding: yes
date: 2025-03-13
parties: KGZ TJK
`), "test.txt")
	if err != nil {
		t.Fatal(err)
	}
	ms := []Mention{
		mention("the border treaty", "treaty", "2025-03-13", "A", Stance{Status: Signed, Countries: []string{"KGZ", "TJK"}}),
		mention("their own border treaty", "treaty", "2022-11-03", "B", Stance{Status: Ratified, Countries: []string{"KGZ", "UZB"}}),
		// An unnamed "agreement with Uzbekistan" goes by its parties.
		{Name: "agreement", Kind: "agreement", Parties: []string{"UZB"}, Stances: []Stance{{Status: Ratified, Countries: []string{"UZB"}}},
			Evidence: Evidence{Doc: "c", Date: "2023-01-27", Outlet: "C"}},
	}
	as := Build(ms, reg)
	byID := map[string]Agreement{}
	for _, a := range as {
		byID[a.ID] = a
	}
	if a := byID["kgz-tjk"]; a.Mentions != 1 || a.Binding == nil || !*a.Binding || len(a.Parties) != 2 || a.Parties[0].Status != Signed {
		t.Errorf("kgz-tjk = %+v, want one mention, binding, both parties signed", a)
	}
	if a := byID["kgz-uzb"]; a.Mentions != 2 || len(a.Parties) != 2 || a.Parties[0].Status != Ratified || a.Parties[1].Status != Ratified {
		t.Errorf("kgz-uzb = %+v, want two mentions and both parties ratified", a)
	}
	if len(as) != 2 {
		t.Errorf("got %d agreements, want only the 2 registered", len(as))
	}
}

func TestBuildUnnamed(t *testing.T) {
	ms := []Mention{
		mention("protocol", "protocol", "2022-09-19", "A", Stance{Status: Signed, Countries: []string{"KGZ", "TJK"}}),
		mention("the protocol", "protocol", "2022-09-20", "B", Stance{Status: Signed, Countries: []string{"KGZ", "TJK"}}),
		// Another pair, and a year later: other protocols.
		mention("a protocol", "protocol", "2022-09-19", "A", Stance{Status: Signed, Countries: []string{"KGZ", "UZB"}}),
		mention("protocol", "protocol", "2023-09-19", "A", Stance{Status: Signed, Countries: []string{"KGZ", "TJK"}}),
		// One state alone, or a "deal", says too little.
		mention("protocol", "protocol", "2022-09-19", "A", Stance{Status: Signed, Countries: []string{"KGZ"}}),
		mention("deal", "deal", "2022-09-19", "A", Stance{Status: Signed, Countries: []string{"KGZ", "TJK"}}),
	}
	var names []string
	for _, a := range Build(ms, nil) {
		names = append(names, fmt.Sprintf("%s/%d", a.Name, a.Mentions))
	}
	want := []string{"protocol between Kyrgyzstan and Tajikistan of 2022-09-19/2", "protocol between Kyrgyzstan and Uzbekistan of 2022-09-19/1",
		"protocol between Kyrgyzstan and Tajikistan of 2023-09-19/1"}
	if !reflect.DeepEqual(names, want) {
		t.Errorf("unnamed agreements %q, want %q", names, want)
	}
}

func TestParseRegistryErrors(t *testing.T) {
	tests := []struct{ text, want string }{
		{"name: x\n", "f.txt:1: \"name: x\" comes before any [id] line"},
		{"[a]\nname: A\nkind: treaty\nbinding: perhaps\n", "f.txt:4: binding: want yes, no or unknown"},
		{"[a]\nname: A\ndate: 21 July\n", "f.txt:3: date: want YYYY-MM-DD"},
		{"[a]\nname: A\nparties: KAZ Kyrgyzstan\n", "f.txt:3: parties: \"KYRGYZSTAN\" is not an ISO 3166 alpha-3 code"},
		{"[a]\nname: A\ncolour: blue\n", "f.txt:3: unknown key \"colour\""},
		{"[a]\nname: A\n[a]\nname: B\n", "f.txt:3: id \"a\" already used on line 1"},
		{"[a]\nkind: treaty\n", "f.txt: entry [a] has no name"},
		{"[Bad Id]\n", "f.txt:1: bad id"},
		{"[a]\njust words\n", "f.txt:2: want key: value"},
	}
	for _, tt := range tests {
		_, err := ParseRegistry(strings.NewReader(tt.text), "f.txt")
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ParseRegistry(%q) error %v, want one containing %q", tt.text, err, tt.want)
		}
	}
}

func TestBuiltinRegistry(t *testing.T) {
	reg, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]Entry{}
	for _, e := range reg {
		ids[e.ID] = e
	}
	f := ids["ca-friendship-2022"]
	if f.Kind != "treaty" || f.Binding == nil || *f.Binding || len(f.Parties) != 5 || f.Date != "2022-07-21" {
		t.Errorf("friendship treaty entry %+v, want a non-binding treaty of 5 parties signed 2022-07-21", f)
	}
	for _, id := range []string{"kgz-uzb-border-2022", "kgz-tjk-border-2025"} {
		if _, ok := ids[id]; !ok {
			t.Errorf("built-in registry lacks %s", id)
		}
	}
	// A user file replaces an entry by id and adds new ones.
	dir := t.TempDir()
	path := filepath.Join(dir, "reg.txt")
	os.WriteFile(path, []byte("[ca-friendship-2022]\nname: Central Asian Friendship Treaty\n[new-one]\nname: Water Accord\n"), 0o644)
	all, err := LoadRegistry(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != len(reg)+1 || all[0].Name != "Central Asian Friendship Treaty" {
		t.Errorf("LoadRegistry gave %d entries, first %q", len(all), all[0].Name)
	}
	if _, err := LoadRegistry(filepath.Join(dir, "missing.txt")); err == nil {
		t.Error("LoadRegistry of a missing file: no error")
	}
}

// news reads the test articles, one JSON object a line.
func news(t testing.TB) []article.Article {
	t.Helper()
	b, err := os.ReadFile("testdata/news.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	var out []article.Article
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var a article.Article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatal(err)
		}
		out = append(out, a)
	}
	return out
}

func newCoder(t testing.TB) *coder.Coder {
	t.Helper()
	d, err := dict.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	c, err := coder.New(d)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// scenario extracts the mentions of the test articles dated up to until.
func scenario(t testing.TB, until string) []Agreement {
	c := newCoder(t)
	var ms []Mention
	for _, a := range news(t) {
		if a.Date <= until {
			ms = append(ms, Extract(a, c.Code(a))...)
		}
	}
	reg, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	return Build(ms, reg)
}

func stances(as []Agreement, id string) map[string]Status {
	out := map[string]Status{}
	for _, a := range as {
		if a.ID == id {
			for _, p := range a.Parties {
				out[p.Country] = p.Status
			}
		}
	}
	return out
}

func TestSeedScenario(t *testing.T) {
	// After the July 2022 meeting report and the founding article.
	got := stances(scenario(t, "2022-07-21"), "ca-friendship-2022")
	want := map[string]Status{"KAZ": Signed, "KGZ": Signed, "UZB": Signed, "TJK": Deferred, "TKM": Deferred}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("after the meeting: %v, want %v", got, want)
	}
	as := scenario(t, "2022-07-22")
	if got := stances(as, "ca-friendship-2022"); !reflect.DeepEqual(got, want) {
		t.Errorf("after the seed article and a dissenting outlet: %v, want %v", got, want)
	}
	for _, a := range as {
		if a.ID != "ca-friendship-2022" {
			continue
		}
		if a.Binding == nil || *a.Binding {
			t.Errorf("friendship treaty binding = %v, want false", a.Binding)
		}
		for _, p := range a.Parties {
			if p.Country == "TJK" {
				if !p.Conflict || len(p.Conflicting) != 1 || p.Conflicting[0].Evidence.Outlet != "Daily C" || p.Conflicting[0].Status != Signed {
					t.Errorf("TJK: conflict %v, conflicting %+v; want Daily C's 'signed' kept as conflicting", p.Conflict, p.Conflicting)
				}
				if len(p.Evidence) < 2 {
					t.Errorf("TJK deferred with %d reports, want both outlets'", len(p.Evidence))
				}
			}
		}
	}
	// Later reports move the states on.
	want["KGZ"], want["TJK"] = Ratified, Signed
	if got := stances(scenario(t, "9999"), "ca-friendship-2022"); !reflect.DeepEqual(got, want) {
		t.Errorf("after the later reports: %v, want %v", got, want)
	}
}

func TestGolden(t *testing.T) {
	as := scenario(t, "9999")
	got, err := json.MarshalIndent(as, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	path := "testdata/agreements.golden.json"
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		gl, wl := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
		for i := 0; i < len(gl) || i < len(wl); i++ {
			var g, w string
			if i < len(gl) {
				g = gl[i]
			}
			if i < len(wl) {
				w = wl[i]
			}
			if g != w {
				t.Errorf("agreements differ from %s at line %d (go test -update rewrites it after a deliberate change):\ngot:  %s\nwant: %s", path, i+1, g, w)
				break
			}
		}
	}
}
