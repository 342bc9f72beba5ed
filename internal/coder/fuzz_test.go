package coder

import (
	"github.com/accord-hub/accord/internal/article"
	"strings"
	"testing"
)

// FuzzCode checks that no text makes the coder panic or give evidence
// offsets outside the sentence.
func FuzzCode(f *testing.F) {
	for _, s := range []string{
		"The presidents of Tajikistan and Turkmenistan refused to sign the treaty.",
		"Kyrgyz-Tajik border clashes, Kyrgyz and Tajik border guards, , and and ,",
		"BISHKEK, 14 December 2022 - They accused each other. He said she would.",
		"((( ))) ’s 's n't — according to , who which that",
		"Russia's attack on Ukraine by Russian troops was condemned by the UN and the EU.",
	} {
		f.Add(s)
	}
	c, err := builtin()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		res := c.Code(articleOf(text))
		if len(res.Failed) > 0 {
			t.Fatalf("coder failed on %q: %v", text, res.Failed)
		}
		for _, ev := range res.Events {
			for _, sp := range []*[2]int{(*[2]int)(ev.Evidence.Source), (*[2]int)(ev.Evidence.Target), (*[2]int)(ev.Evidence.Verb)} {
				if sp != nil && (sp[0] < 0 || sp[1] > len(ev.Text) || sp[0] > sp[1]) {
					t.Fatalf("evidence %v outside %q", *sp, ev.Text)
				}
			}
			if !strings.Contains(text, ev.Text) {
				t.Fatalf("event text %q not in the input", ev.Text)
			}
		}
	})
}

func articleOf(text string) article.Article {
	return article.Article{ID: "fuzz", Text: text, Date: "2022-07-21"}
}
