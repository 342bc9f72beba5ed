package agreement

import (
	"reflect"
	"strings"
	"testing"

	"github.com/accord-hub/accord/internal/article"
	"github.com/accord-hub/accord/internal/coder"
)

// stancesOf extracts from text without coded events and returns, per
// agreement key, the stance claims "status:COUNTRIES" in order.
func stancesOf(t *testing.T, text string) []string {
	t.Helper()
	ms := Extract(article.Article{ID: "t", Date: "2022-07-21", Text: text}, coder.Result{})
	var out []string
	for _, m := range ms {
		for _, s := range m.Stances {
			who := strings.Join(s.Countries, ",")
			if s.AllParties {
				who = "ALL"
				if len(s.Except) > 0 {
					who += "-" + strings.Join(s.Except, ",")
				}
			}
			out = append(out, string(s.Status)+":"+who)
		}
	}
	return out
}

func TestStancePhrases(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"signed active", "The presidents of Kazakhstan, Kyrgyzstan and Uzbekistan signed the Treaty on Friendship on Thursday.",
			[]string{"signed:KAZ,KGZ,UZB"}},
		{"signed passive", "The treaty was signed by the leaders of Kazakhstan, Kyrgyzstan and Uzbekistan.",
			[]string{"signed:KAZ,KGZ,UZB"}},
		{"inked", "Kazakhstan and Uzbekistan inked the friendship treaty in Cholpon-Ata.", []string{"signed:KAZ,UZB"}},
		{"signatures", "The leaders of Kyrgyzstan and Tajikistan put their signatures to the border treaty.", []string{"signed:KGZ,TJK"}},
		{"adjectives", "Kyrgyz President Sadyr Japarov, who hosted the meeting, and Uzbek President Shavkat Mirziyoyev signed the document on cooperation.",
			[]string{"signed:KGZ,UZB"}},
		{"refused compound", "The presidents of Tajikistan and Turkmenistan refused to sign the treaty of cooperation and friendship.",
			[]string{"refused:TJK,TKM"}},
		{"declined", "Turkmenistan declined to sign the declaration on regional security.", []string{"refused:TKM"}},
		{"did not sign", "Tajikistan's president attended the summit but did not sign the treaty on friendship.", []string{"refused:TJK"}},
		{"deferred procedures", "Turkmenistan will sign the friendship treaty after completing its national procedures.", []string{"deferred:TKM"}},
		{"deferred domestic", "Tajikistan said it would join the treaty on friendship once it completes its domestic procedures.", []string{"deferred:TJK"}},
		{"intend later", "Tajikistan intends to sign the friendship treaty later, its foreign minister said.", []string{"deferred:TJK"}},
		{"ratified parliament", "Kyrgyzstan's parliament ratified the border agreement with Uzbekistan.", []string{"ratified:KGZ"}},
		{"voted to ratify", "The parliament of Tajikistan voted on Wednesday to ratify the friendship treaty.", []string{"ratified:TJK"}},
		{"lawmakers approved", "Lawmakers in Kazakhstan approved the friendship treaty in March.", []string{"ratified:KAZ"}},
		{"entered into force", "The friendship treaty entered into force on 1 March.", []string{"in_force:ALL"}},
		{"came into force for", "The friendship treaty came into force for Kazakhstan in May.", []string{"in_force:KAZ"}},
		{"withdrew", "Russia withdrew from the Treaty on Open Skies in 2021.", []string{"withdrawn:RUS"}},
		{"denounced", "Russia denounced the Treaty on Conventional Armed Forces in Europe.", []string{"withdrawn:RUS"}},
		{"all but", "All the Central Asian leaders except Turkmenistan signed the friendship treaty.", []string{"signed:ALL-TKM"}},
		{"two clauses", "Kazakhstan signed the friendship treaty, while Turkmenistan refused to sign it.", []string{"signed:KAZ", "refused:TKM"}},
		{"reported speech", "The Kyrgyz government said Tajikistan and Turkmenistan would sign the friendship treaty after completing their national procedures.",
			[]string{"deferred:TJK,TKM"}},
		// Not stances: a future, a condition, a plan.
		{"must be ratified", "The treaty must now be ratified by the parliaments of both countries before it comes into force.", nil},
		{"expected to sign", "Kyrgyzstan is expected to sign the border agreement next month.", nil},
		{"to be signed", "The border treaty is to be signed in Bishkek.", nil},
		{"will enter into force", "The agreement will enter into force once both parliaments approve it.", nil},
		{"threatened to withdraw", "Russia threatened to withdraw from the treaty on arms control.", nil},
		{"no agreement named", "Kazakhstan signed a law on languages.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := stancesOf(t, tt.text); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("stances of %q = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestReferencesBack(t *testing.T) {
	text := "Tajikistan's President Emomali Rahmon and Turkmenistan's President Serdar Berdimuhamedov attended the meeting but did not sign the Treaty on Friendship, Good-Neighbourliness and Cooperation for the Development of Central Asia in the 21st Century. " +
		"According to the Kyrgyz government, both countries said they would sign it after completing their national procedures. " +
		"Kyrgyz President Sadyr Japarov and Kazakh President Kassym-Jomart Tokayev signed the document."
	ms := Extract(article.Article{ID: "d", Date: "2022-07-21", Text: text}, coder.Result{})
	if len(ms) != 3 {
		t.Fatalf("got %d mentions, want 3: %+v", len(ms), ms)
	}
	for i, m := range ms {
		if !strings.HasPrefix(m.Name, "Treaty on Friendship") {
			t.Errorf("mention %d name %q, want the treaty's name", i, m.Name)
		}
	}
	want := []string{"refused:TJK,TKM", "deferred:TJK,TKM", "signed:KAZ,KGZ"}
	if got := stancesOf(t, text); !reflect.DeepEqual(got, want) {
		t.Errorf("stances %q, want %q", got, want)
	}
}

func TestNames(t *testing.T) {
	tests := []struct {
		text, name, kind string
		parties          []string
	}{
		{"They signed the Treaty on Friendship, Good-Neighbourliness and Cooperation for the Development of Central Asia in the 21st Century on Thursday.",
			"Treaty on Friendship, Good-Neighbourliness and Cooperation for the Development of Central Asia in the 21st Century", "treaty", nil},
		{"They signed the border demarcation agreement in Tashkent.", "border demarcation agreement", "agreement", nil},
		{"Parliament ratified an agreement with Uzbekistan on sections of their common border, despite protests.",
			"agreement with Uzbekistan on sections of their common border", "agreement", []string{"UZB"}},
		{"The Kyrgyz-Tajik border treaty was signed.", "Kyrgyz-Tajik border treaty", "treaty", []string{"KGZ", "TJK"}},
		{"Both belong to the Collective Security Treaty Organization.", "", "", nil},
		{"Reported by Kyrgyzstan, May 1, 2021 (accord) - nothing.", "", "", nil},
	}
	for _, tt := range tests {
		ns := findNames(tt.text, FindCountries(tt.text))
		if tt.name == "" {
			if len(ns) != 0 {
				t.Errorf("%q: found %+v, want no agreement", tt.text, ns)
			}
			continue
		}
		if len(ns) != 1 {
			t.Errorf("%q: found %d names, want 1", tt.text, len(ns))
			continue
		}
		if ns[0].name != tt.name || ns[0].kind != tt.kind || !reflect.DeepEqual(sorted(ns[0].parties), tt.parties) {
			t.Errorf("%q: got %q (%s, %v), want %q (%s, %v)", tt.text, ns[0].name, ns[0].kind, ns[0].parties, tt.name, tt.kind, tt.parties)
		}
	}
}

func TestNameKeysMatchAcrossNames(t *testing.T) {
	full := nameKey("Treaty on Friendship, Good-Neighbourliness and Cooperation for the Development of Central Asia in the 21st Century")
	for _, other := range []string{"the treaty of cooperation and friendship", "the friendship treaty", "Treaty on Friendship and Good-Neighborliness"} {
		if s := keySimilarity(full, nameKey(other)); s < minSimilarity {
			t.Errorf("similarity(full name, %q) = %.2f, want >= %.2f", other, s, minSimilarity)
		}
	}
	if s := keySimilarity(nameKey("the friendship treaty"), nameKey("the water-sharing agreement")); s >= minSimilarity {
		t.Errorf("friendship treaty and water-sharing agreement: similarity %.2f, want < %.2f", s, minSimilarity)
	}
}

func TestFindCountries(t *testing.T) {
	text := "North Korea, the Kyrgyz Republic, Tajik troops, the U.S. and us"
	var got []string
	for _, c := range FindCountries(text) {
		got = append(got, c.Country+"="+text[c.Start:c.End])
	}
	want := []string{"PRK=North Korea", "KGZ=Kyrgyz Republic", "TJK=Tajik", "USA=U.S."}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("FindCountries = %q, want %q", got, want)
	}
}
