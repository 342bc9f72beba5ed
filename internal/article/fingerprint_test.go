package article

import (
	"strings"
	"testing"
)

const fpStory = `The presidents of Tajikistan and Turkmenistan refused to sign the treaty of cooperation and friendship with other Central Asian countries. In Kyrgyzstan, the regional leaders held a conference to improve and increase the level of regional integration in the spheres of economy, science and politics. According to the Kyrgyz government's statement, both states declared their intention to sign the treaty after completing the national procedures. As regional experts point out, the lack of concordant decisions may stem from disagreement about the conflict resolution section. It sets out that all disputes must be resolved through peaceful means: dialogue and mediation. Considering the persisting border conflict between Kyrgyzstan and Tajikistan, the authorities of the latter may not be willing to opt for a non-combative resolution. The treaty consists of articles written in a declaratory form. It does not have any binding force, and therefore is not capable of imposing any obligations on the state parties.`

const fpOther = `Kazakhstan's central bank raised its base rate to 13.5 percent on Thursday as the tenge weakened against the dollar and inflation climbed to its highest level in six years. The regulator said the decision was meant to protect savings and to curb price growth caused by sanctions against Russia, the country's main trading partner. Analysts had expected a smaller increase. The tenge fell more than ten percent in two weeks, and queues formed outside exchange offices in Almaty and Nur-Sultan. Officials said the banking system remained stable and that reserves were sufficient to cover imports for more than a year. The central bank will review the rate again in April, when it expects inflation to slow as supply chains adjust and the harvest comes in.`

func TestFingerprintNear(t *testing.T) {
	base := Fingerprint(fpStory)
	tests := []struct {
		name string
		text string
		near bool
	}{
		{"identical", fpStory, true},
		{"case and spacing", strings.ToUpper(strings.ReplaceAll(fpStory, " ", "  \n")), true},
		{"typographic apostrophes and punctuation", strings.NewReplacer("'", "’", ",", "", ".", " .").Replace(fpStory), true},
		{"agency credit added", "DUSHANBE (Reuters) - " + fpStory + " Reporting by staff; editing by desk.", true},
		{"one word changed", strings.Replace(fpStory, "conference", "summit", 1), true},
		{"different story", fpOther, false},
		{"first half only", fpStory[:len(fpStory)/2], false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fp := Fingerprint(tt.text)
			if got := Near(base, fp); got != tt.near {
				t.Errorf("Near = %v (distance %d), want %v", got, Distance(base, fp), tt.near)
			}
		})
	}
}

func TestFingerprintStable(t *testing.T) {
	// The value must not change between runs or machines: it may be stored.
	if a, b := Fingerprint(fpStory), Fingerprint(fpStory); a != b || a == 0 {
		t.Fatalf("Fingerprint not stable or zero: %x %x", a, b)
	}
	for _, s := range []string{"", "   ", "...!?", "\n\n"} {
		if fp := Fingerprint(s); fp != 0 {
			t.Errorf("Fingerprint(%q) = %x, want 0", s, fp)
		}
	}
	if Fingerprint("Bishkek") == 0 || Fingerprint("Bishkek") == Fingerprint("Dushanbe") {
		t.Error("short texts should still get distinct non-zero fingerprints")
	}
}

func BenchmarkFingerprint(b *testing.B) {
	b.SetBytes(int64(len(fpStory)))
	for b.Loop() {
		Fingerprint(fpStory)
	}
}

func FuzzFingerprint(f *testing.F) {
	f.Add(fpStory, fpOther)
	f.Add("", "a")
	f.Add("Бишкек ’s  \xff\xfe words", "BISHKEK's words")
	f.Fuzz(func(t *testing.T, a, b string) {
		fa, fb := Fingerprint(a), Fingerprint(b)
		if !Near(fa, fa) || Distance(fa, fb) != Distance(fb, fa) || Distance(fa, fb) > 64 {
			t.Fatalf("inconsistent distances for %q, %q", a, b)
		}
		if Fingerprint(a) != fa {
			t.Fatalf("Fingerprint(%q) not deterministic", a)
		}
		ascii := !strings.ContainsFunc(a, func(r rune) bool { return r >= 0x80 })
		if ascii && Fingerprint(strings.ToUpper(a)) != fa {
			t.Fatalf("case changed the fingerprint of %q", a)
		}
	})
}

func TestNearIndex(t *testing.T) {
	var x NearIndex
	if got := x.Find(Fingerprint(fpStory)); len(got) != 0 {
		t.Fatalf("empty index found %v", got)
	}
	x.Add("story", Fingerprint(fpStory))
	x.Add("other", Fingerprint(fpOther))
	x.Add("copy", Fingerprint("DUSHANBE (Reuters) - "+fpStory))
	if x.Len() != 3 {
		t.Fatalf("Len = %d", x.Len())
	}
	got := x.Find(Fingerprint(strings.ToUpper(fpStory)))
	if strings.Join(got, ",") != "story,copy" {
		t.Errorf("Find = %v, want [story copy]", got)
	}
	if got := x.Find(Fingerprint("An unrelated story about wheat harvests in Kostanay region this autumn.")); len(got) != 0 {
		t.Errorf("Find unrelated = %v", got)
	}
	// Every fingerprint within NearDistance bits is found, whichever bits
	// differ: the banding must not miss any.
	var y NearIndex
	base := uint64(0x0123456789abcdef)
	y.Add("base", base)
	for i := 0; i < 64; i++ {
		for j := i; j < 64; j += 7 {
			for k := j; k < 64; k += 13 {
				q := base ^ 1<<uint(i) ^ 1<<uint(j) ^ 1<<uint(k)
				if got := y.Find(q); len(got) != 1 {
					t.Fatalf("bits %d,%d,%d: Find = %v", i, j, k, got)
				}
			}
		}
	}
	if got := y.Find(base ^ 0xf); len(got) != 0 {
		t.Errorf("4 bits apart found: %v", got)
	}
}
