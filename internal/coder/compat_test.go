package coder

import (
	"sort"
	"strings"
	"testing"

	"github.com/accord-hub/accord/internal/article"
	"github.com/accord-hub/accord/internal/dict"
)

// Small PETRARCH-format dictionaries of our own, with made-up actors, that
// exercise the compatibility rules.
const (
	compatActors = `VALDORIA [VAL]
+VALDORIAN
KESTRIA [KES]
MORVANE [MRV]
THE_TRIAD [AAA/BBB/CCC]
OSKAR_BRENN [VAL]
PRINCE_OF_ARDEN [ARD]
LENA_HOLT [VAL]
	[VALCVL <20080120]
	[VALGOV 20080120-20121109]
`
	compatAgents = `PRESIDENT [~GOV]
OFFICIAL [~GOV]
LAWMAKER [~LEG]
RELIEF_GROUP [NGO~]
MEDIA {} [~MED]
GOVERNMENT [~GOV]
`
	compatVerbs = `&NEGAUX
+DID N'T
+WILL NOT

--- WELCOME [041] ---
WELCOME

--- CLASH [190] ---
CLASH
- &NEGAUX * OVER EFFORTS [904]

--- CELEBRATE [181] ---
CELEBRATE
- * HOLIDAY AT ^ WITH + [043]

--- CRITICIZE [121] ---
CRITICIZE

--- WARN [160] ---
WARN
- * AT ^ + [162]

--- ARRIVE [032:033] ---
ARRIVE

--- AGREE [081] ---
AGREE
- % * [030:030]

--- SURVEIL [090] ---
WIRE_+TAP {WIRE_+TAPPED WIRE_+TAPPING}
- WILL NOT * [081]

--- PROPOSE [100] ---
PROPOSE

--- SAY [023] ---
SAY

--- EXCLUDE [1721] ---
EXCLUDE
+CORDON_OFF {+CORDONED_OFF}
`
)

func compatCoder(t testing.TB) *Coder {
	t.Helper()
	d := &dict.Set{Compat: true, Actors: dict.NewTrie(), Agents: dict.NewTrie(), Verbs: dict.NewVerbs(),
		Discards: &dict.Discards{Sentence: dict.NewTrie(), Story: dict.NewTrie()}}
	if err := dict.ReadPetrarchActors(strings.NewReader(compatActors), "actors", d.Actors); err != nil {
		t.Fatal(err)
	}
	if err := dict.ReadPetrarchAgents(strings.NewReader(compatAgents), "agents", d.Agents); err != nil {
		t.Fatal(err)
	}
	if err := dict.ReadPetrarchVerbs(strings.NewReader(compatVerbs), "verbs", d.Verbs); err != nil {
		t.Fatal(err)
	}
	c, err := New(d)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestCompat(t *testing.T) {
	c := compatCoder(t)
	tests := []struct {
		name, text, date string
		want             []string // "SRC TGT CODE", sorted
	}{
		{"list of four", "Valdoria, Kestria, Morvane and the Triad welcomed the talks with Lorvia and Kestria.", "",
			[]string{"AAA KES 041", "BBB KES 041", "CCC KES 041", "MRV KES 041", "VAL KES 041"}},
		{"slash code", "The Triad welcomed Valdoria.", "", []string{"AAA VAL 041", "BBB VAL 041", "CCC VAL 041"}},
		{"prefix agent", "The Valdoria relief group welcomed Kestria.", "", []string{"NGOVAL KES 041"}},
		{"agent and name in one phrase", "Valdoria President Oskar Brenn criticized Kestria.", "", []string{"VALGOV KES 121"}},
		{"agent without actor", "A senior official criticized Kestria.", "", []string{"---GOV KES 121"}},
		{"agent in a country", "Lawmakers in Valdoria criticized Kestria.", "", []string{"VALLEG KES 121"}},
		{"no target, no event", "Valdoria criticized the plan.", "", nil},
		{"negation through the pattern", "Valdoria didn't clash over the efforts of Kestria.", "", []string{"VAL KES 904"}},
		{"skip marker", "Valdoria celebrated the holiday at Morvane with Kestria.", "", []string{"VAL KES 043"}},
		{"complement clause", "Valdoria criticized that Kestria had left.", "", []string{"VAL KES 121"}},
		{"dated code before", "Lena Holt criticized Kestria.", "2001-05-01", []string{"VALCVL KES 121"}},
		{"dated code during", "Lena Holt criticized Kestria.", "2010-05-01", []string{"VALGOV KES 121"}},
		{"skip a noun phrase", "Valdorian media warned at the Kestria of the Prince of Arden.", "", []string{"VALMED ARD 162"}},
		{"agents share the actor", "Valdorian media and government warned at the Kestria of the Prince of Arden.", "",
			[]string{"VALGOV ARD 162", "VALMED ARD 162"}},
		{"paired code", "Oskar Brenn arrived in Kestria.", "", []string{"KES VAL 033", "VAL KES 032"}},
		{"verb with particle", "Valdoria cordoned off the roads into Morvane.", "", []string{"VAL MRV 1721"}},
		{"an of phrase as the subject", "The trade ministry of Valdoria and the Triad criticized Kestria.", "",
			[]string{"AAA KES 121", "BBB KES 121", "CCC KES 121", "VAL KES 121"}},
		{"an of phrase after a verb is no subject", "Officials met the allies of Valdoria and criticized Kestria.", "", []string{"---GOV KES 121"}},
		{"compound subject pattern", "Valdoria and Kestria agree that the dispute should end.", "", []string{"KES VAL 030", "VAL KES 030"}},
		{"compound subject pattern needs a compound", "Valdoria agreed with Kestria.", "", []string{"VAL KES 081"}},
		{"two-word verb", "Valdoria will not wire tap the lines into Kestria.", "", []string{"VAL KES 081"}},
		{"conjoined noun phrases", "Valdoria's herds and the allies of Kestria criticized Morvane.", "", []string{"KES MRV 121", "VAL MRV 121"}},
		{"a pronoun subject has no code", "Valdoria and Kestria held talks, and he criticized Morvane.", "", nil},
		{"no target inside an infinitive", "The president proposed to take up the issue with Kestria.", "", nil},
		{"an object of the proposal", "The president proposed talks with Kestria.", "", []string{"---GOV KES 100"}},
		{"the infinitive of a coded verb", "Valdoria welcomed Kestria's efforts to cordon off Morvane.", "", []string{"VAL KES 041"}},
		{"a subject phrase holding actors", "The resumption of talks between Valdoria and Kestria warned Morvane.", "", []string{"KES MRV 160", "VAL MRV 160"}},
		{"two pairs are not one list", "Valdoria warned Kestria and Morvane, and the Triad and Lorvia said nothing.", "", []string{"VAL KES 160", "VAL MRV 160"}},
		{"an aside", "Valdoria criticized, it seems, Kestria.", "", []string{"VAL KES 121"}},
		{"the verb phrase of a coded verb", "Valdoria is said to be about to criticize Kestria after Morvane crowds cordoned off its embassy.", "",
			[]string{"VAL KES 023"}},
		{"underscore in the text", "Valdoria warned at the Kestria of the Prince of_Arden.", "", []string{"VAL ARD 162"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, ev := range c.CodeSentence(tt.text, tt.date) {
				got = append(got, ev.Source+" "+ev.Target+" "+ev.Code)
			}
			sort.Strings(got)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("%s\n got  %q\n want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestCompatOptions(t *testing.T) {
	c := compatCoder(t)
	monads := Options{Monads: true}
	tests := []struct {
		name, text string
		opts       Options
		want       []string // "SRC TGT CODE", sorted
	}{
		{"dyad required", "A senior official said on Saturday.", Options{}, nil},
		{"monad with an object phrase", "A senior official said on Saturday.", monads, []string{"---GOV --- 023"}},
		{"monad with a bare time", "A senior official said today.", monads, nil},
		{"monad under a noun phrase", "The official news agency of the region said on Friday.", monads, []string{"---GOV --- 023"}},
		{"adverbial clause of an uncoded verb", "Valdoria praised the talks after Kestria crowds cordoned off its embassy.", monads,
			[]string{"KES --- 1721"}},
		{"adverbial clause of a coded verb", "Valdoria criticized Morvane after Kestria crowds cordoned off its embassy.", monads,
			[]string{"VAL MRV 121"}},
		{"the next clause's subject is no object", "Valdoria criticized Morvane, the Valdoria president said on Friday.", monads,
			[]string{"VAL MRV 121", "VALGOV --- 023"}},
		{"new actors", "The chief envoy arrived in the Grand Hall.", Options{NewActorLength: 4},
			[]string{`"THE CHIEF ENVOY" "THE GRAND HALL" 032`, `"THE GRAND HALL" "THE CHIEF ENVOY" 033`}},
		{"new actors too long", "The chief envoy arrived in the Grand Hall.", Options{NewActorLength: 2}, nil},
		{"new actor beside an actor", "Valdoria's army and the border guards arrived in Kestria.", Options{NewActorLength: 4},
			[]string{`"THE BORDER GUARDS" KES 032`, `KES "THE BORDER GUARDS" 033`, "KES VAL 033", "VAL KES 032"}},
		{"an object phrase holding an actor", "The chief envoy arrived in the capital of Kestria.", Options{NewActorLength: 4},
			[]string{`"THE CHIEF ENVOY" KES 032`, `KES "THE CHIEF ENVOY" 033`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, ev := range c.With(tt.opts).CodeSentence(tt.text, "") {
				got = append(got, ev.Source+" "+ev.Target+" "+ev.Code)
			}
			sort.Strings(got)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("%s\n got  %q\n want %q", tt.text, got, tt.want)
			}
		})
	}
}

// FuzzCompat codes arbitrary text with PETRARCH-format dictionaries: the
// compatibility rules never panic or lose a sentence to an internal error.
func FuzzCompat(f *testing.F) {
	f.Add("Valdoria, Kestria and the Triad welcomed the talks with Morvane.")
	f.Add("Valdorian media and government warned at the Kestria of the Prince of_Arden, a senior official said.")
	f.Add("Oskar Brenn most certainly didn't clash over the efforts of Kestria , in remarks , ^ & [ ]")
	f.Add("former officials in Valdoria celebrated the holiday at Morvane with Kestria after crowds cordoned off")
	c := compatCoder(f)
	withOpts := c.With(Options{Monads: true, NewActorLength: 4})
	f.Fuzz(func(t *testing.T, text string) {
		for _, c := range []*Coder{c, withOpts} {
			res := c.Code(article.Article{ID: "f", Text: text, Date: "2010-01-01"})
			if len(res.Failed) > 0 {
				t.Fatalf("%q: %v", text, res.Failed)
			}
		}
	})
}
