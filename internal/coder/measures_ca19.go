package coder

import (
	"strings"

	"github.com/accord-hub/accord/internal/dict"
	"github.com/accord-hub/accord/internal/nlp"
)

// measureUnits are the words of an amount: "2 billion cubic metres of gas",
// "1.5 billion kWh of electricity", "100,000 tonnes of wheat".
var measureUnits = map[string]bool{
	"million": true, "billion": true, "trillion": true, "thousand": true, "cubic": true, "metres": true,
	"meters": true, "tonnes": true, "tons": true, "kwh": true, "kilowatt-hours": true, "megawatt-hours": true,
	"barrels": true, "megawatts": true, "gigawatts": true, "mw": true, "gw": true, "bcm": true, "litres": true,
	"liters": true, "hectares": true, "kilometres": true, "kilometers": true, "km": true, "mln": true, "bln": true,
	"up": true, "additional": true, "extra": true, "more": true, "than": true, "some": true, "about": true,
}

// measureWords counts the words of amounts in toks[from:to] (at most five):
// in a pattern's gap an amount counts as one word, as an actor list does.
func (x *sentence) measureWords(from, to int) int {
	if to > len(x.toks) {
		to = len(x.toks)
	}
	if !x.numberWithin(from, to) {
		return 0 // s8
	}
	number := false
	for k := from; k < to; k++ {
		if x.toks[k].Tag == "CD" {
			number = true
			break
		}
	}
	if !number {
		return 0 // the common case: no amount, no map lookups
	}
	n := 0
	seenNumber := false
	for k := from; k < to && k < len(x.toks) && n < 5; k++ {
		t := &x.toks[k]
		switch {
		case t.Tag == "CD":
			seenNumber = true
			n++
		case hasWord(t, measureUnitFilter, measureUnits), t.Lower == "to" && k > from && x.toks[k-1].Lower == "up":
			n++
		}
	}
	if !seenNumber {
		return 0
	}
	return n
}

// sameFormPasts are verbs whose past is their base form, which the tagger
// reads as nouns after a country's name: "Uzbekistan/JJ cut/NN electricity
// supplies to Afghanistan".
var sameFormPasts = map[string]bool{"cut": true, "shut": true, "hit": true, "set": true, "put": true, "quit": true}

// retagNameCut mends a same-form past after a state's name at the start of
// a clause: the name is the subject and the word its verb. A demonym before
// it ("Russian cut") stays a noun phrase.
func (c *Coder) retagNameCut(toks []nlp.Token) {
	for k := 1; k+1 < len(toks); k++ {
		t := &toks[k]
		if !sameFormPasts[t.Lower] || strings.HasPrefix(t.Tag, "VB") || !isCapitalised(toks[k-1].Text) {
			continue
		}
		if k >= 2 {
			switch toks[k-2].Tag {
			case "DT", "POS", "PRP$", "JJ", "NNP", "NN":
				continue
			}
		}
		switch toks[k+1].Tag {
		case "NN", "NNS", "DT", "PRP$", "RP", "JJ", "CD":
		default:
			if toks[k+1].Lower != "off" {
				continue
			}
		}
		e := c.dict.Actors.Lookup(dict.Phrase{toks[k-1].Lower})
		if e == nil {
			continue
		}
		name := false
		for _, cd := range e.Codings {
			if cd.Kind == dict.Capital || cd.Kind == dict.Name && len(cd.Code) == 3 {
				name = true
			}
		}
		if name {
			toks[k-1].Tag = "NNP"
			t.Tag = "VBD"
		}
	}
}
