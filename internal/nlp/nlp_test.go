package nlp

import (
	"strings"
	"testing"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"Tajikistan's foreign minister", "Tajikistan|'s|foreign|minister"},
		{"the Kyrgyz government’s statement", "the|Kyrgyz|government|’s|statement"},
		{"They don't sign.", "They|do|n't|sign|."},
		{"the U.S. and the U.N. said", "the|U.S.|and|the|U.N.|said"},
		{"Mr. Japarov met Gen. Smith", "Mr.|Japarov|met|Gen.|Smith"},
		{"Kazakhstan beat Uzbekistan 2-1 on Sunday", "Kazakhstan|beat|Uzbekistan|2-1|on|Sunday"},
		{"Kyrgyz-Tajik border, Gorno-Badakhshan", "Kyrgyz-Tajik|border|,|Gorno-Badakhshan"},
		{"“after completing the national procedures”.", "“|after|completing|the|national|procedures|”|."},
		{"1,000 troops and $5.5 billion", "1,000|troops|and|$|5.5|billion"},
		{"BISHKEK, 14 December 2022 - Kyrgyz", "BISHKEK|,|14|December|2022|-|Kyrgyz"},
		{"states' rights", "states|'|rights"},
		{"Home » Blog", "Home|»|Blog"},
	}
	for _, tt := range tests {
		toks := Tokenize(tt.in)
		var got []string
		for _, tk := range toks {
			if tt.in[tk.Start:tk.End] != tk.Text {
				t.Errorf("%q: token %q at [%d,%d] does not match text %q", tt.in, tk.Text, tk.Start, tk.End, tt.in[tk.Start:tk.End])
			}
			got = append(got, tk.Text)
		}
		if g := strings.Join(got, "|"); g != tt.want {
			t.Errorf("Tokenize(%q)\n got %s\nwant %s", tt.in, g, tt.want)
		}
	}
}

func TestSplit(t *testing.T) {
	text := "The presidents of Tajikistan and Turkmenistan refused to sign the treaty. On 21st July, in Kyrgyzstan, the leaders met in the U.S. capital. The U.S. President spoke.\n\nTreaty Talks Stall In Bishkek\nNext line here."
	got := Split(text)
	want := []string{
		"The presidents of Tajikistan and Turkmenistan refused to sign the treaty.",
		"On 21st July, in Kyrgyzstan, the leaders met in the U.S. capital.",
		"The U.S. President spoke.",
		"Treaty Talks Stall In Bishkek",
		"Next line here.",
	}
	if len(got) != len(want) {
		for _, s := range got {
			t.Logf("%q", s.Text)
		}
		t.Fatalf("got %d sentences, want %d", len(got), len(want))
	}
	for i, s := range got {
		if s.Text != want[i] {
			t.Errorf("sentence %d = %q, want %q", i, s.Text, want[i])
		}
		if text[s.Start:s.End] != s.Text {
			t.Errorf("sentence %d offsets wrong", i)
		}
		if s.Index != i {
			t.Errorf("sentence %d has index %d", i, s.Index)
		}
		for _, tk := range s.Tokens {
			if s.Text[tk.Start:tk.End] != tk.Text {
				t.Errorf("token offsets wrong in sentence %d: %q", i, tk.Text)
			}
		}
	}
}

func TestSplitHardWrap(t *testing.T) {
	text := "Kyrgyz President Sadyr Japarov met\nPresident Putin in Moscow on Monday. They talked."
	got := Split(text)
	if len(got) != 2 {
		t.Fatalf("got %d sentences: %+v", len(got), got)
	}
}

func TestTag(t *testing.T) {
	tg, err := NewTagger()
	if err != nil {
		t.Fatal(err)
	}
	s := Split("Tajik servicemen burned down civilian property in Kyrgyz territory.")[0]
	tg.Tag(s.Tokens)
	tags := map[string]string{}
	for _, tk := range s.Tokens {
		tags[tk.Text] = tk.Tag
	}
	if tags["burned"] != "VBD" {
		t.Errorf("burned tagged %q, want VBD", tags["burned"])
	}
	if tags["servicemen"] != "NNS" {
		t.Errorf("servicemen tagged %q", tags["servicemen"])
	}
}

// TestLowerAndOffsets checks, over the example articles and gold sentences,
// that every token's Lower is its lower-cased text and its offsets point at
// it, and that appending to one sentence's tokens leaves the next alone.
func TestLowerAndOffsets(t *testing.T) {
	for _, text := range agreementTexts(t) {
		sents := Split(text)
		for i, s := range sents {
			if text[s.Start:s.End] != s.Text {
				t.Fatalf("sentence %d offsets wrong: %q", i, s.Text)
			}
			for _, tk := range s.Tokens {
				if s.Text[tk.Start:tk.End] != tk.Text {
					t.Fatalf("token %q offsets [%d,%d] wrong in %q", tk.Text, tk.Start, tk.End, s.Text)
				}
				if want := lower(tk.Text); tk.Lower != want {
					t.Fatalf("token %q has Lower %q, want %q", tk.Text, tk.Lower, want)
				}
			}
		}
		if len(sents) > 1 {
			first := sents[1].Tokens[0]
			_ = append(sents[0].Tokens, Token{Text: "x"})
			if sents[1].Tokens[0] != first {
				t.Fatal("appending to a sentence's tokens changed the next sentence")
			}
		}
	}
}
