package cli

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/accord-hub/accord/internal/article"
)

func TestPartEnd(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		max        int
		want       string // the first part
	}{
		{"short", "Ten words.", 40, "Ten words."},
		{"line break", "aaaa aaaa\nbbbb. cccc", 16, "aaaa aaaa\n"},
		{"sentence end", "aaaaaaa. bbbb cccc", 14, "aaaaaaa. "},
		{"sentence end too early", "aa. bbbb cccc dddd", 14, "aa. bbbb cccc "},
		{"latest sentence end", "aa. bb? cc! dd ee ff", 16, "aa. bb? cc! "},
		{"space", "aaaa bbbb cccc dddd", 12, "aaaa bbbb "},
		{"no space, rune boundary", "ééééé", 5, "éé"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.text[:partEnd(tc.text, tc.max)]; got != tc.want {
				t.Errorf("first part of %q (max %d) = %q, want %q", tc.text, tc.max, got, tc.want)
			}
		})
	}
}

func TestSplitLongKeepsAllText(t *testing.T) {
	text := strings.Repeat("Kazakh police detained ten activists in Almaty. ", 500) + strings.Repeat("é", 300)
	a := article.Article{ID: "d", Date: "2024-01-02", Text: text}
	parts := splitLong(a, 1000)
	if len(parts) < 20 {
		t.Fatalf("%d parts, want at least 20", len(parts))
	}
	var b strings.Builder
	for _, p := range parts {
		if len(p.Text) > 1000 || !utf8.ValidString(p.Text) || p.ID != "d" || p.Date != "2024-01-02" {
			t.Fatalf("bad part: %d bytes, valid %v, id %q, date %q", len(p.Text), utf8.ValidString(p.Text), p.ID, p.Date)
		}
		b.WriteString(p.Text)
	}
	if b.String() != text {
		t.Error("the parts do not add up to the text")
	}
}

// TestCodeLongDocument: a runaway document is coded part by part and its
// events are numbered as the whole document's: every sentence once, in
// order, every id distinct.
func TestCodeLongDocument(t *testing.T) {
	const n = 6000 // about 300 KB: two parts
	text := strings.Repeat("Kyrgyz border guards clashed with Tajik troops near Batken. ", n)
	line, _ := json.Marshal(map[string]string{"id": "long", "date": "2022-09-16", "text": text})
	out, errs, code := runMain(t, string(line)+"\n", "code", "--stats", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(errs, "1 documents, 6000 sentences") {
		t.Errorf("stats: %s", errs)
	}
	ids := map[string]bool{}
	next := 0
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var ev struct {
			ID       string `json:"id"`
			Sentence int    `json:"sentence"`
		}
		if err := json.Unmarshal([]byte(l), &ev); err != nil {
			t.Fatal(err)
		}
		if ev.Sentence < next {
			t.Fatalf("sentence %d after %d", ev.Sentence, next)
		}
		next = ev.Sentence
		if ids[ev.ID] {
			t.Fatalf("id %s twice", ev.ID)
		}
		ids[ev.ID] = true
	}
	if next != n-1 {
		t.Errorf("last event from sentence %d, want %d", next, n-1)
	}
	if len(ids) < n {
		t.Errorf("%d events from %d sentences", len(ids), n)
	}
}
