package dict

import (
	"strings"
	"testing"

	"github.com/accord-hub/accord/internal/nlp"
)

func TestReadPetrarchAgentsPrefix(t *testing.T) {
	tr := NewTrie()
	src := "PRESIDENT [~GOV]\nRELIEF_GROUP [NGO~]\n"
	if err := ReadPetrarchAgents(strings.NewReader(src), "agents.txt", tr); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		phrase Phrase
		want   string
	}{
		{Phrase{"president"}, "GOV"},
		{Phrase{"relief", "group"}, "NGO~"},
	} {
		e := tr.Lookup(tt.phrase)
		if e == nil || e.Agent != tt.want {
			t.Errorf("%v: got %+v, want agent %q", tt.phrase, e, tt.want)
		}
	}
}

func TestReadPetrarchVerbsSkip(t *testing.T) {
	v := NewVerbs()
	src := "--- CELEBRATE [181] ---\nCELEBRATE\n- * HOLIDAY AT ^ WITH + [043]\n"
	if err := ReadPetrarchVerbs(strings.NewReader(src), "verbs.txt", v); err != nil {
		t.Fatal(err)
	}
	var p *Pattern
	for _, q := range v.Patterns("celebrate") {
		if q.Code == "043" {
			p = q
		}
	}
	if p == nil {
		t.Fatal("pattern 043 not read")
	}
	// HOLIDAY, AT, the skip, WITH and the target.
	if len(p.After) != 5 || p.After[4].Kind != TargetSlot {
		t.Fatalf("got %d elements after the verb: %+v", len(p.After), p.After)
	}
	if skip := p.After[2]; skip.Kind != Words || len(skip.Alts) != 1 || !skip.Alts[0][0].Has("^") {
		t.Errorf("\"^\" read as %+v", skip)
	}
	if p.After[1].Alts[0][0].Has("^") || !p.After[3].Alts[0][0].Has("with") {
		t.Errorf("words around the skip: %+v", p.After)
	}
}

// FuzzReadPetrarch feeds arbitrary text to the four PETRARCH readers: each
// reads it or returns an error, and never panics.
func FuzzReadPetrarch(f *testing.F) {
	for _, s := range []string{
		"GONDOR [GON]\n+MINAS_TIRITH\n\t[GONGOV 950101-991231]\n",
		"PRESIDENT [~GOV]\nMSF {} [NGO~]\n!P! = MAN, MEN\nCONGRESS!P! [~LEG]\n",
		"&SYN\n+A_B\n--- VERB [010:011] ---\nVERB {VERBED}\nWIRE_+TAP\n- $ SAID_+ * &SYN ^ % [012]\n- * X [+++]\n",
		"+STORY_DISCARD\nSENTENCE DISCARD\n",
		"X []\n[\n--- [\n- [\n&\n+\n{}\n!A! =\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		_ = ReadPetrarchActors(strings.NewReader(s), "a", NewTrie())
		_ = ReadPetrarchAgents(strings.NewReader(s), "g", NewTrie())
		_ = ReadPetrarchVerbs(strings.NewReader(s), "v", NewVerbs())
		_ = ReadPetrarchDiscards(strings.NewReader(s), "d", &Discards{Sentence: NewTrie(), Story: NewTrie()})
	})
}

func TestReadPetrarchWarnings(t *testing.T) {
	actors := "ARNOR [ARN]\nELROND\n\t[ARNGOV 9508223-991231]\n\t[ARNELI >000101]\nGONDOR [GON]\n"
	tr := NewTrie()
	err := ReadPetrarchActors(strings.NewReader(actors), "a.txt", tr)
	w, ok := err.(Warnings)
	if !ok || len(w) != 1 || w[0].Line != 3 || !strings.Contains(err.Error(), "a.txt:3") {
		t.Fatalf("got %v, want one warning for a.txt:3", err)
	}
	if e := tr.Lookup(Phrase{"gondor"}); e == nil {
		t.Error("the lines after the bad one were not read")
	}
	if e := tr.Lookup(Phrase{"elrond"}); e == nil || len(e.Codings) != 1 || e.Codings[0].Code != "ARNELI" {
		t.Errorf("elrond: %+v", e)
	}

	// Synsets may be used before they are defined; an undefined one skips
	// its pattern only.
	verbs := "--- RESTORE [064] ---\nRESTORE\n- * &TIES RELATIONS [901]\n- * &NOSUCH [902]\n\n&TIES\n+MILITARY\n+&KINDS\n&KINDS\n+CULTURAL\n"
	v := NewVerbs()
	err = ReadPetrarchVerbs(strings.NewReader(verbs), "v.txt", v)
	if w, ok := err.(Warnings); !ok || len(w) != 1 || w[0].Line != 4 {
		t.Fatalf("got %v, want one warning for v.txt:4", err)
	}
	var codes []string
	for _, p := range v.Patterns("restore") {
		codes = append(codes, p.Code)
	}
	if strings.Join(codes, " ") != "901 064" {
		t.Errorf("restore patterns %v, want 901 and 064", codes)
	}
	if got := len(v.Sets["ties"]); got != 2 {
		t.Errorf("&TIES has %d entries, want 2 (MILITARY and &KINDS' CULTURAL)", got)
	}
}

func TestStripComment(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"ATHENS  [GRC] #JW   10/17/91", "ATHENS  [GRC] "},
		{"# a comment", ""},
		{"#\t[950601-990815]  incorrect code block", ""},
		{"#CECILIA_MALMSTROM_\t[IGOEUREEC 090701-091231] # moved", ""},
		{"#NASGUL  [###]  # TABARI's discard code", "NASGUL  [###]"},
		{"NASGUL  [###]  # TABARI's discard code", "NASGUL  [###]  "},
		{"PLAIN [ABC]", "PLAIN [ABC]"},
	} {
		if got := stripComment(tt.in); got != tt.want {
			t.Errorf("stripComment(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestPetrarchDisconnectedPhrase(t *testing.T) {
	tr := NewTrie()
	src := "VALDORIA [VAL]\nVALDORIA TELEVISION [VALTV]\nVALDORIA_STATE_RADIO_ [VALRAD]\n"
	if err := ReadPetrarchActors(strings.NewReader(src), "actors.txt", tr); err != nil {
		t.Fatal(err)
	}
	tok := func(words ...string) []nlp.Token {
		var out []nlp.Token
		for _, w := range words {
			f := strings.SplitN(w, "/", 2)
			out = append(out, nlp.Token{Text: f[0], Lower: strings.ToLower(f[0]), Tag: f[1]})
		}
		return out
	}
	for _, tt := range []struct {
		name  string
		toks  []nlp.Token
		code  string
		width int
	}{
		{"adjacent", tok("Valdoria/NNP", "television/NN"), "VALTV", 2},
		{"a modifier between", tok("Valdoria/NNP", "state-run/JJ", "television/NN"), "VALTV", 3},
		{"two modifiers between", tok("Valdoria/NNP", "new/JJ", "state-run/JJ", "television/NN"), "VALTV", 4},
		{"too far apart", tok("Valdoria/NNP", "big/JJ", "new/JJ", "state-run/JJ", "television/NN"), "VAL", 1},
		{"not across a preposition", tok("Valdoria/NNP", "on/IN", "television/NN"), "VAL", 1},
		{"underscores join strictly", tok("Valdoria/NNP", "state/NN", "new/JJ", "radio/NN"), "VAL", 1},
		{"underscores adjacent", tok("Valdoria/NNP", "state/NN", "radio/NN"), "VALRAD", 3},
	} {
		e, n := tr.Match(tt.toks, 0)
		if e == nil || e.Codings[0].Code != tt.code || n != tt.width {
			t.Errorf("%s: got %+v over %d tokens, want %s over %d", tt.name, e, n, tt.code, tt.width)
		}
	}
}
