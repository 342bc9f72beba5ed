package dict

import (
	"slices"
	"strings"
	"testing"

	"github.com/accord-hub/accord/internal/nlp"
)

func TestReadActorsDated(t *testing.T) {
	src := `# test
KGZ: Kyrgyzstan | Kyrgyz Republic
KGZ adj: Kyrgyz
KGZELI ..2020-10-14 person: Sadyr Japarov | Japarov
KGZGOV 2020-10-14.. person: Sadyr Japarov | Japarov
`
	tr := NewTrie()
	if err := ReadActors(strings.NewReader(src), "a.txt", tr); err != nil {
		t.Fatal(err)
	}
	toks := nlp.Tokenize("President Sadyr Japarov spoke")
	e, n := tr.Match(toks, 1)
	if n != 2 {
		t.Fatalf("match length %d, want 2", n)
	}
	for _, tc := range []struct{ date, want string }{{"2019-05-01", "KGZELI"}, {"2022-07-21", "KGZGOV"}} {
		c, ok := e.CodeOn(tc.date)
		if !ok || c.Code != tc.want {
			t.Errorf("CodeOn(%s) = %v %v, want %s", tc.date, c.Code, ok, tc.want)
		}
	}
	if e := tr.Lookup(Phrase{"kyrgyz"}); e == nil || e.Codings[0].Kind != Adj {
		t.Errorf("adjective not read: %+v", e)
	}
}

func TestReadActorsErrors(t *testing.T) {
	for _, src := range []string{"kgz: Kyrgyzstan", "KGZ 2020-13: x", "KGZ sideways: x", "no colon here"} {
		err := ReadActors(strings.NewReader(src), "bad.txt", NewTrie())
		if err == nil || !strings.HasPrefix(err.Error(), "bad.txt:1:") {
			t.Errorf("%q: error %v, want one naming bad.txt:1", src, err)
		}
	}
}

func TestVerbForms(t *testing.T) {
	v := NewVerbs()
	for _, tc := range []struct{ lemma, form string }{
		{"sign", "signed"}, {"ban", "banned"}, {"visit", "visited"}, {"accuse", "accusing"},
		{"fight", "fought"}, {"deny", "denied"}, {"criticize", "criticised"}, {"hold", "held"},
		{"reach", "reaches"}, {"kidnap", "kidnapped"}, {"commit", "committed"},
	} {
		found := false
		for _, f := range v.VerbForms(tc.lemma) {
			if f == tc.form {
				found = true
			}
		}
		if !found {
			t.Errorf("VerbForms(%q) lacks %q: %v", tc.lemma, tc.form, v.VerbForms(tc.lemma))
		}
	}
}

func TestReadVerbs(t *testing.T) {
	src := `&agreement = agreement | treaty | peace deal
057 sign* &agreement
1712 burn_down*
112 accuse* + of
@intent plan* | intend*
`
	v := NewVerbs()
	if err := ReadVerbs(strings.NewReader(src), "v.txt", v); err != nil {
		t.Fatal(err)
	}
	if got := v.LemmasOf("signing"); len(got) != 1 || got[0] != "sign" {
		t.Errorf("LemmasOf(signing) = %v", got)
	}
	if v.Frame("plan") != FrameIntent {
		t.Errorf("plan is not an intent frame")
	}
	ps := v.Patterns("burn")
	if len(ps) != 1 || len(ps[0].Particles) != 1 || ps[0].Particles[0] != "down" {
		t.Errorf("burn_down* parsed as %+v", ps)
	}
	for _, bad := range []string{"057 sign", "5 sign*", "057 sign* &nosuchset", "@wish hope*"} {
		if err := ReadVerbs(strings.NewReader(bad), "bad.txt", NewVerbs()); err == nil || !strings.Contains(err.Error(), "bad.txt:1") {
			t.Errorf("%q: error %v", bad, err)
		}
	}
}

func TestReadPetrarch(t *testing.T) {
	actors := `ARNOR_ [ARN]
+ARNORIAN_
ELROND_
  [ARNGOV 950101-991231]
  [ARNELI >000101]
`
	tr := NewTrie()
	if err := ReadPetrarchActors(strings.NewReader(actors), "a.txt", tr); err != nil {
		t.Fatal(err)
	}
	if e := tr.Lookup(Phrase{"arnorian"}); e == nil || e.Codings[0].Code != "ARN" {
		t.Errorf("synonym not read: %+v", e)
	}
	e := tr.Lookup(Phrase{"elrond"})
	if e == nil {
		t.Fatal("ELROND missing")
	}
	if c, _ := e.CodeOn("1996-05-05"); c.Code != "ARNGOV" {
		t.Errorf("1996: %v", c.Code)
	}
	if c, _ := e.CodeOn("2003-05-05"); c.Code != "ARNELI" {
		t.Errorf("2003: %v", c.Code)
	}
	verbs := `&TIETYPES
+MILITARY
+ECONOMIC

--- RESTORE  [064]  ---
RESTORE
- * DIPLOMATIC TIES [901]
- * &TIETYPES TIES [902]
`
	v := NewVerbs()
	if err := ReadPetrarchVerbs(strings.NewReader(verbs), "v.txt", v); err != nil {
		t.Fatal(err)
	}
	if n := len(v.Patterns("restore")); n != 3 {
		t.Errorf("restore has %d patterns, want 3", n)
	}
}

// TestAppendFields checks the one-pass field cutter against strings.Fields,
// non-ASCII lines and a non-empty dst included.
func TestAppendFields(t *testing.T) {
	for _, s := range []string{
		"", " ", "a", " a ", "KGZ 1991..2005 name: Kyrgyzstan",
		"0231  $ urge*\t+ to\v(help|aid)\f_from\r&ALLY",
		"@intent  vow | pledge ", "RUS name:\u00a0Russia", "a\u2003b c", "é  à",
	} {
		want := append([]string{"x"}, strings.Fields(s)...)
		got := appendFields([]string{"x"}, s)
		if !slices.Equal(got, want) {
			t.Errorf("appendFields(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestCutComment checks cutComment against cutting at " #" and then at
// "\t#", as the line reader did.
func TestCutComment(t *testing.T) {
	for _, l := range []string{
		"", "#", "a#b", "KGZ: Kyrgyzstan # the country", "a\t# tab", "a # one\t# two",
		"a\t#one # two", "&SET = a#b | c # note", "#lead", " #", "x##y #z",
	} {
		want := l
		if i := strings.Index(want, " #"); i >= 0 {
			want = want[:i]
		}
		if i := strings.Index(want, "\t#"); i >= 0 {
			want = want[:i]
		}
		if got := cutComment(l); got != want {
			t.Errorf("cutComment(%q) = %q, want %q", l, got, want)
		}
	}
}
