package cameo

import "testing"

func TestTable(t *testing.T) {
	all := All()
	if len(all) < 280 {
		t.Fatalf("only %d codes", len(all))
	}
	if len(Roots()) != 20 {
		t.Errorf("%d roots, want 20", len(Roots()))
	}
	for _, tc := range []struct {
		code   string
		quad   int
		g      float64
		plover string
	}{
		{"057", 1, 8.0, "SUPPORT"}, {"036", 1, 4.0, "AGREE"}, {"0871", 2, 9.0, "RETREAT"},
		{"112", 3, -2.0, "ACCUSE"}, {"120", 3, -4.0, "REJECT"}, {"1712", 4, -9.2, "ASSAULT"},
		{"190", 4, -10.0, "ASSAULT"}, {"173", 4, -5.0, "COERCE"}, {"141", 4, -6.5, "PROTEST"},
	} {
		c, ok := Lookup(tc.code)
		if !ok || c.Quad != tc.quad || c.Goldstein != tc.g || c.Plover != tc.plover {
			t.Errorf("Lookup(%s) = %+v, want quad %d goldstein %v plover %s", tc.code, c, tc.quad, tc.g, tc.plover)
		}
	}
	// Every code's root exists, every code is 2–4 digits.
	for _, c := range all {
		if _, ok := Lookup(c.Root()); !ok {
			t.Errorf("%s has no root entry", c.Code)
		}
		if len(c.Code) < 2 || len(c.Code) > 4 {
			t.Errorf("bad code %q", c.Code)
		}
	}
	if c, ok := Lookup("0874x"); ok || c.Code != "0874" {
		t.Errorf("fallback lookup: %+v %v", c, ok)
	}
}

func TestParseActor(t *testing.T) {
	a, err := ParseActor("KGZGOV")
	if err != nil || a.Country != "KGZ" || a.Sector != "state" || len(a.Parts) != 1 || a.Parts[0] != "GOV" {
		t.Errorf("KGZGOV: %+v %v", a, err)
	}
	a, err = ParseActor("IGOUNO")
	if err != nil || a.Country != "" || a.Sector != "IGO" {
		t.Errorf("IGOUNO: %+v %v", a, err)
	}
	if a.Describe() != "intergovernmental organisation United Nations" {
		t.Errorf("Describe: %q", a.Describe())
	}
	for _, bad := range []string{"", "KG", "kgzgov", "KGZG"} {
		if _, err := ParseActor(bad); err == nil {
			t.Errorf("ParseActor(%q) accepted", bad)
		}
	}
}
