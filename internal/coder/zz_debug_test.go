package coder

import (
	"fmt"
	"os"
	"testing"

	"github.com/accord-hub/accord/internal/dict"
	"github.com/accord-hub/accord/internal/nlp"
)

func TestDebugSentence(t *testing.T) {
	dir := os.Getenv("DICT")
	if dir == "" {
		t.Skip("DICT not set")
	}
	d, err := dict.LoadFS(os.DirFS(dir), ".")
	if err != nil {
		t.Fatal(err)
	}
	c, _ := New(d)
	s := nlp.Split(os.Getenv("TEXT"))[0]
	c.tagger.Tag(s.Tokens)
	st := &docState{date: "2022-07-21", countries: map[string]int{}}
	x := &sentence{c: c, st: st, s: &s, toks: s.Tokens, seen: map[string]bool{}}
	x.ms = c.findMentions(s.Tokens, 0, st.date)
	x.resolveReferences()
	x.inferCountries()
	for _, m := range x.ms {
		fmt.Printf("mention %q %v weak=%v loc=%v prep=%q\n", m.text, m.codes, m.weak, m.locative, m.prep)
	}
	x.markSkips()
	x.findGroups()
	x.findAttribution()
	for _, g := range x.groups {
		subj, l := x.subjectOf(g, 0)
		sc := []string{}
		if subj != nil {
			sc = subj.codes
		}
		fmt.Printf("group %q lemmas=%v noun=%v frame=%q pass=%v neg=%v subj=%v link=%+v\n", s.Tokens[g.head].Text, g.lemmas, g.noun, g.frame, g.passive, g.neg, sc, l)
		x.codeGroup(g)
	}
	for _, e := range x.events {
		fmt.Println("EVENT", e.Source, e.Target, e.Code, e.Modality)
	}
}
