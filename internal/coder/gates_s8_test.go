package coder

import (
	"testing"

	"github.com/accord-hub/accord/internal/nlp"
)

func TestWordGates(t *testing.T) {
	toks := nlp.Split("Tajik border guards told reporters that 12 shepherds were detained on 3 May.")[0].Tokens
	var ws gateSet
	ws.fill(toks)
	tests := []struct {
		gate wordGate
		want bool
	}{
		{toldVerbGate, true},
		{gateOf("guards", "nothing"), true},
		{rebukeNounGate, false},
		{phoneGate, false},
		{gateOf("absent", "words", "only"), false},
	}
	for i, tt := range tests {
		if got := setHasAny(&ws, tt.gate); got != tt.want {
			t.Errorf("case %d: setHasAny = %v, want %v", i, got, tt.want)
		}
	}
}

func TestNumberWithin(t *testing.T) {
	toks := make([]nlp.Token, 300)
	for i := range toks {
		toks[i].Tag = "NN"
	}
	toks[5].Tag, toks[70].Tag, toks[280].Tag = "CD", "CD", "CD"
	x := &sentence{toks: toks}
	tests := []struct {
		from, to int
		want     bool
	}{
		{0, 5, false}, {0, 6, true}, {5, 6, true}, {6, 70, false}, {6, 71, true},
		{60, 140, true}, {71, 256, false}, {71, 281, true}, {-1, 2, false},
		{71, 280, true}, // past 256 tokens, a number anywhere there counts
	}
	for _, tt := range tests {
		if got := x.numberWithin(tt.from, tt.to); got != tt.want {
			t.Errorf("numberWithin(%d, %d) = %v, want %v", tt.from, tt.to, got, tt.want)
		}
	}
}
