package cli

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/accord-hub/accord/internal/agreement"
	"github.com/accord-hub/accord/internal/article"
	"github.com/accord-hub/accord/internal/dispute"
	"github.com/accord-hub/accord/internal/store/sqlite"
)

// agreementsStore fills a temporary store with the test news through the
// ingest pipeline and returns its path.
func agreementsStore(t *testing.T) string {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "accord.db")
	st, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	p, err := newPipeline(&dictFlags{}, st)
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile("testdata/agreements/news.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	in := make(chan article.Article)
	go func() {
		defer close(in)
		sc := bufio.NewScanner(bytes.NewReader(b))
		for sc.Scan() {
			var a article.Article
			if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
				t.Error(err)
				return
			}
			in <- a
		}
	}()
	if _, err := p.Run(ctx, in); err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

func agreementsCLI(args ...string) (string, string, error) {
	var out, errb bytes.Buffer
	err := Run(context.Background(), args, strings.NewReader(""), &out, &errb)
	return out.String(), errb.String(), err
}

func TestAgreementsCommand(t *testing.T) {
	db := agreementsStore(t)
	out, _, err := agreementsCLI("agreements", "--db", db, "--format", "json")
	if err != nil {
		t.Fatal(err)
	}
	var as []agreement.Agreement
	if err := json.Unmarshal([]byte(out), &as); err != nil {
		t.Fatalf("agreements --format json: %v\n%s", err, out)
	}
	var found bool
	for _, a := range as {
		if a.ID != "ca-friendship-2022" {
			continue
		}
		found = true
		got := map[string]agreement.Status{}
		for _, p := range a.Parties {
			got[p.Country] = p.Status
			if p.Status != agreement.Unknown && (p.Since == "" || len(p.Evidence) == 0) {
				t.Errorf("%s %s has no date or evidence", p.Country, p.Status)
			}
		}
		want := map[string]agreement.Status{"KAZ": "signed", "KGZ": "ratified", "UZB": "signed", "TJK": "signed", "TKM": "deferred"}
		for c, s := range want {
			if got[c] != s {
				t.Errorf("%s: %s, want %s", c, got[c], s)
			}
		}
		if !a.Conflicts || a.Binding == nil || *a.Binding || len(a.Aliases) < 2 {
			t.Errorf("friendship treaty: conflicts %v, binding %v, aliases %q", a.Conflicts, a.Binding, a.Aliases)
		}
	}
	if !found {
		t.Fatalf("no ca-friendship-2022 in %s", out)
	}
	// Running again reads nothing new and gives the same answer.
	again, _, err := agreementsCLI("agreements", "--db", db, "--format", "json")
	if err != nil || again != out {
		t.Errorf("second run differs (err %v)", err)
	}
	table, _, err := agreementsCLI("agreements", "--db", db)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"ca-friendship-2022", "TKM  deferred", "KGZ  ratified", "CONFLICTING REPORTS", "not binding"} {
		if !strings.Contains(table, want) {
			t.Errorf("table lacks %q:\n%s", want, table)
		}
	}
	// A user registry renames and annotates.
	reg := filepath.Join(t.TempDir(), "reg.txt")
	os.WriteFile(reg, []byte("[ca-friendship-2022]\nname: Central Asian Friendship Treaty\nalias: friendship treaty\nalias: treaty of cooperation and friendship\nkind: treaty\nparties: KAZ KGZ TJK TKM UZB\nnote: renamed\n"), 0o644)
	out, _, err = agreementsCLI("agreements", "--db", db, "--registry", reg)
	if err != nil || !strings.Contains(out, "Central Asian Friendship Treaty") || !strings.Contains(out, "TKM  deferred") {
		t.Errorf("with --registry: %v\n%s", err, out)
	}
}

func TestDisputesCommand(t *testing.T) {
	db := agreementsStore(t)
	out, _, err := agreementsCLI("disputes", "--db", db, "--format", "json")
	if err != nil {
		t.Fatal(err)
	}
	var ds []dispute.Dispute
	if err := json.Unmarshal([]byte(out), &ds); err != nil {
		t.Fatalf("disputes --format json: %v\n%s", err, out)
	}
	var d *dispute.Dispute
	for i := range ds {
		if ds[i].ID == "kgz-tjk-border" {
			d = &ds[i]
		}
	}
	if d == nil {
		t.Fatalf("no kgz-tjk-border dispute in %s", out)
	}
	var types []string
	prev := ""
	for _, en := range d.Timeline {
		if en.Date < prev {
			t.Errorf("timeline out of order at %s", en.Date)
		}
		prev = en.Date
		types = append(types, en.Date+" "+string(en.Type))
	}
	for _, want := range []string{"2021-04-29 incident", "2021-04-29 accusation", "2021-04-29 ceasefire", "2022-09-16 incident", "2022-09-25 mediation", "2025-03-13 agreement"} {
		if !strings.Contains(strings.Join(types, "\n"), want) {
			t.Errorf("timeline lacks %q: %q", want, types)
		}
	}
	if d.Status != dispute.Settled || d.First != "2021-04-29" {
		t.Errorf("status %s (%s), first %s", d.Status, d.Reason, d.First)
	}
	out, _, err = agreementsCLI("disputes", "--db", db, "--as-of", "2022-09-20")
	if err != nil || !strings.Contains(out, "kgz-tjk-border") || !strings.Contains(out, "active") {
		t.Errorf("disputes --as-of 2022-09-20: %v\n%s", err, out)
	}
}

func TestAgreementsUsage(t *testing.T) {
	db := agreementsStore(t)
	var ue UsageError
	for _, args := range [][]string{
		{"agreements", "--db", db, "--format", "xml"},
		{"agreements", "--db", db, "extra"},
		{"disputes", "--db", db, "--format", "csv"},
		{"disputes", "--db", db, "--as-of", "yesterday"},
		{"disputes", "--db", db, "--dormant-days", "0"},
	} {
		if _, _, err := agreementsCLI(args...); !errors.As(err, &ue) {
			t.Errorf("%q: error %v, want a usage error", args, err)
		}
	}
	missing := filepath.Join(t.TempDir(), "none.db")
	for _, cmd := range []string{"agreements", "disputes"} {
		if _, _, err := agreementsCLI(cmd, "--db", missing); err == nil || !strings.Contains(err.Error(), "no store at") {
			t.Errorf("%s on a missing store: %v", cmd, err)
		}
	}
	bad := filepath.Join(t.TempDir(), "bad.txt")
	os.WriteFile(bad, []byte("[x]\nname: X\nbinding: maybe\n"), 0o644)
	if _, _, err := agreementsCLI("agreements", "--db", db, "--registry", bad); err == nil || !strings.Contains(err.Error(), "bad.txt:3") {
		t.Errorf("bad registry: %v, want an error naming bad.txt:3", err)
	}
	if out, _, err := agreementsCLI("agreements", "--help"); err == nil || !strings.Contains(out, "--registry") {
		t.Errorf("agreements --help: %v\n%s", err, out)
	}
}
