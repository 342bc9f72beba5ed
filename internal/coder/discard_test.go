package coder

import (
	"testing"

	"github.com/accord-hub/accord/internal/article"
	"github.com/accord-hub/accord/internal/nlp"
)

func TestIsQuestionAndHistory(t *testing.T) {
	tests := []struct {
		text, date        string
		question, history bool
	}{
		{"Will Russia invade Ukraine?", "2022-02-10", true, false},
		{`"Why did you close the border?" the reporter asked.`, "2022-02-10", false, false},
		{`He asked: "Why did you close the border?"`, "2022-02-10", true, false},
		{"Russia invaded Ukraine.", "2022-02-24", false, false},
		{"In 1979 the Soviet Union invaded Afghanistan.", "2022-02-01", false, true},
		{"In 2022 Russia invaded Ukraine.", "2022-03-01", false, false},
		{"Eighty years ago Germany invaded the Soviet Union.", "2021-06-22", false, true},
		{"On this day in 1492, Columbus reached the Americas.", "2023-10-12", false, true},
		{"Kazakhstan, which became independent in 1991, signed the treaty.", "2023-10-12", false, false},
	}
	for _, tt := range tests {
		toks := nlp.Split(tt.text)[0].Tokens
		if got := isQuestion(toks); got != tt.question {
			t.Errorf("isQuestion(%q) = %v, want %v", tt.text, got, tt.question)
		}
		if got := isHistory(toks, 0, tt.date); got != tt.history {
			t.Errorf("isHistory(%q) = %v, want %v", tt.text, got, tt.history)
		}
	}
}

// TestFalseSenses checks that sport, hazard and figurative senses of
// political verbs code nothing while the literal senses still code.
func TestFalseSenses(t *testing.T) {
	c, err := builtin()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, date string
		want       int // how many events at least; 0 means none at all
	}{
		{"Portugal demolished Bosnia and Herzegovina in Lisbon.", "2023-06-20", 0},
		{"China's Zheng Qinwen beat Croatia's Donna Vekic in Paris.", "2024-08-03", 0},
		{"Iran routed Qatar to extend their unbeaten run.", "2024-10-10", 0},
		{"Cyclone Remal hit Bangladesh and eastern India, flattening thousands of homes.", "2024-05-27", 0},
		{"Uzbekistan is waging a battle against locusts in the south.", "2023-04-11", 0},
		{"Neither China nor India fired a shot during the stand-off.", "2023-03-07", 0},
		{"Hiroshima remembered the day in 1945 when the United States dropped the atomic bomb on the city.", "2023-08-06", 0},
		{"Teachers in Kazakhstan are fighting to keep the Kazakh language alive in cities.", "2024-05-14", 0},
		{"Kyrgyz troops fought to hold the border post.", "2022-09-16", 1},
		{"Azerbaijani forces defeated Armenian troops near Shusha.", "2020-11-08", 1},
		{"Russian forces routed Ukrainian troops in Avdiivka.", "2024-02-17", 1},
		{"Armenian and Azerbaijani troops exchanged fire on the border overnight.", "2022-09-14", 1},
		{"China and India fired at each other during the stand-off.", "2023-03-07", 1},
	}
	for _, tt := range tests {
		evs := c.CodeSentence(tt.text, tt.date)
		if tt.want == 0 && len(evs) > 0 || len(evs) < tt.want {
			t.Errorf("%q: %d events (%v), want %d", tt.text, len(evs), evs, tt.want)
		}
	}
}

// TestQuietStory checks that the lines of a sport story without a word of
// war or politics code nothing, and that a political story is unaffected.
func TestQuietStory(t *testing.T) {
	c, err := builtin()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text string
		events     bool
	}{
		{"sport", "Kyrgyzstan beat Tajikistan 2-1 in the qualifying group on Tuesday. The Kyrgyz side attacked relentlessly. " +
			"Tajikistan's players hit the post twice in the second half. Kyrgyzstan will face Iran in the knockout round.", false},
		{"sport with politics", "Kyrgyzstan beat Tajikistan 2-1 in the qualifying group on Tuesday. The hosts scored twice in the first half. " +
			"Kyrgyz border guards detained two Tajik citizens on the border the same day.", true},
		{"markets and sanctions", "The ruble fell against the dollar on Wednesday. Shares of Russian banks slumped in Moscow. " +
			"Britain froze the assets of several Russian billionaires.", true},
		{"politics", "Kyrgyz President Sadyr Japarov met Tajik President Emomali Rahmon in Cholpon-Ata. " +
			"The presidents signed a treaty on the border.", true},
	}
	for _, tt := range tests {
		res := c.Code(article.Article{ID: tt.name, Text: tt.text, Date: "2024-06-11"})
		if got := len(res.Events) > 0; got != tt.events {
			t.Errorf("%s: events %v, want %v: %v", tt.name, got, tt.events, res.Events)
		}
	}
}
