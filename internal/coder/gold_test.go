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

// TestReadGoldBadInput: every kind of broken gold file is refused with the
// file and line of the problem, never scored as an empty set.
func TestReadGoldBadInput(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"no expectation", "Kyrgyzstan attacked Tajikistan.\n\nTajikistan replied.\n=> TJK KGZ 0\n", "g.txt:1: a sentence with no expectation"},
		{"text after expectations", "Kyrgyzstan attacked Tajikistan.\n=> KGZ TJK 19\n# next\nTajikistan replied.\n=> TJK KGZ 0\n", "g.txt:4: sentence text after the expectations of the case at g.txt:1"},
		{"binary", "Kyrgyz\x00stan\n=> none\n", "g.txt: binary file"},
		{"jsonl wrong type", "{\"text\": 5}\n", `g.txt:1: field "text": want string, got number`},
		{"jsonl broken", "{\"text\": \"a\",\n", "g.txt:1: broken JSON"},
		{"jsonl no text", "{\"title\": \"a\"}\n", `g.txt:1: no "text" field`},
		{"jsonl bad code", "{\"text\": \"a\", \"events\": [{\"source\": \"KGZ\", \"code\": \"x19\"}]}\n", `g.txt:1: event code "x19"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cases, err := ReadGold(strings.NewReader(tc.in), "g.txt")
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("ReadGold = %d cases, %v; want an error containing %q", len(cases), err, tc.want)
			}
		})
	}
}
