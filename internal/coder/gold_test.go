package coder

import (
	"strings"
	"testing"
)

func TestReadPetrarchGoldConfig(t *testing.T) {
	const records = `<Validation><Sentences>
<Sentence date="19950101" id="A-1"><EventCoding sourcecode="VAL" targetcode="KES" eventcode="041"></EventCoding>
<Text>Valdoria welcomed Kestria.</Text></Sentence>
<Config option="require_dyad" value="FALSE"></Config>
<Config option="new_actor_length" value="4"></Config>
<Sentence date="19950102" id="A-2"><EventCoding noevents="True"></EventCoding><Text>Nothing
happened.</Text></Sentence>
<Config option="require_dyad" value="True"></Config>
<Sentence date="19950103" id="A-3"><EventCoding error="True"></EventCoding><Text>x</Text></Sentence>
</Sentences></Validation>`
	cases, err := ReadGold(strings.NewReader(records), "r.xml")
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		text, date string
		opts       Options
		none, skip bool
		nwant      int
	}{
		{"Valdoria welcomed Kestria.", "1995-01-01", Options{}, false, false, 1},
		{"Nothing happened.", "1995-01-02", Options{Monads: true, NewActorLength: 4}, true, false, 0},
		{"x", "1995-01-03", Options{NewActorLength: 4}, false, true, 0},
	}
	if len(cases) != len(want) {
		t.Fatalf("got %d cases, want %d", len(cases), len(want))
	}
	for i, w := range want {
		c := cases[i]
		if c.Text != w.text || c.Date != w.date || c.Options != w.opts || c.None != w.none || c.Skip != w.skip || len(c.Want) != w.nwant || !c.Exact {
			t.Errorf("case %d: got %+v, want %+v", i, c, w)
		}
	}
}

func TestParseCasesBadCode(t *testing.T) {
	_, err := ParseCases(strings.NewReader("@date 2024-01-01\nKyrgyzstan attacked Tajikistan.\n=> KGZ TJK 19x\n"), "g.txt")
	if err == nil || !strings.Contains(err.Error(), "g.txt:3:") {
		t.Fatalf("want an error naming g.txt:3, got %v", err)
	}
}
