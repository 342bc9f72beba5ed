package nlp

import (
	"strings"
	"testing"
)

// FuzzSplitTag checks on any input that splitting and tagging do not
// panic, that offsets point at the text they claim, that Lower is the
// lower-cased text and the hash its HashWord, that the tokenizer's marks
// of plain and lower-case words are right, and that every token gets a tag.
func FuzzSplitTag(f *testing.F) {
	for _, s := range []string{
		"Kyrgyz President Sadyr Japarov met\nPresident Putin in Moscow. They didn’t sign.",
		"U.S. troops *T*-1 -LRB- 0 :-) xD @user 1,000.5 “quoted” — Straße ÉTAT’s",
		"", " ", "\n\n", "'", "’s", "n't", "a-", "--", "...", "\xff\xfe", "É.", "*-1234",
	} {
		f.Add(s)
	}
	tg, err := NewTagger()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, s := range Split(text) {
			if s.Start < 0 || s.End > len(text) || s.Start > s.End || text[s.Start:s.End] != s.Text {
				t.Fatalf("sentence offsets [%d,%d] wrong for %q", s.Start, s.End, s.Text)
			}
			tg.Tag(s.Tokens)
			for _, tk := range s.Tokens {
				if tk.Start < 0 || tk.End > len(s.Text) || tk.Start >= tk.End || s.Text[tk.Start:tk.End] != tk.Text {
					t.Fatalf("token %q offsets [%d,%d] wrong in %q", tk.Text, tk.Start, tk.End, s.Text)
				}
				if tk.Lower != lower(tk.Text) {
					t.Fatalf("token %q has Lower %q", tk.Text, tk.Lower)
				}
				if tk.hash != HashWord(tk.Lower) {
					t.Fatalf("token %q has hash %x, want %x", tk.Text, tk.hash, HashWord(tk.Lower))
				}
				if tk.lower && tk.Lower != tk.Text || tk.plain && strings.Trim(tk.Text, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_") != "" {
					t.Fatalf("token %q is marked lower %v, plain %v", tk.Text, tk.lower, tk.plain)
				}
				if tk.Tag == "" {
					t.Fatalf("token %q has no tag", tk.Text)
				}
			}
		}
	})
}
