package web

import (
	"context"
	"strings"
	"testing"

	"github.com/accord-hub/accord/internal/event"
)

// FuzzParseArticles checks that any request body gives either articles with
// text or an error, never a panic.
func FuzzParseArticles(f *testing.F) {
	for _, s := range []string{
		`{"id":"a","text":"Kyrgyzstan met Tajikistan."}`,
		"{\"id\":\"a\",\n \"text\":\"x\"}",
		`{"id":"a","text":"x"}` + "\n" + `{"id":"b","text":"y","date":"2022-01-01"}`,
		`{"id":"a"}`, `[1,2]`, "\xff\xfe", "", "{",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		arts, err := parseArticles(context.Background(), body)
		if err != nil {
			return
		}
		if len(arts) == 0 {
			t.Fatal("no error and no article")
		}
		for _, a := range arts {
			if strings.TrimSpace(a.Text) == "" {
				t.Fatalf("article %q without text", a.ID)
			}
		}
	})
}

// FuzzHighlight checks that highlighting never loses, adds or reorders
// text, whatever the offsets.
func FuzzHighlight(f *testing.F) {
	f.Add("Kyrgyz troops shelled Tajik posts.", 0, 13, 14, 21, 22, 33)
	f.Add("Бишкек said", 0, 3, 5, 1, -1, 99)
	f.Fuzz(func(t *testing.T, text string, a, b, c, d, e, g int) {
		ev := event.Evidence{Source: &event.Span{a, b}, Verb: &event.Span{c, d}, Target: &event.Span{e, g}}
		var sb strings.Builder
		for _, s := range highlight(text, ev) {
			if s.Text == "" {
				t.Fatal("empty segment")
			}
			sb.WriteString(s.Text)
		}
		if sb.String() != text {
			t.Fatalf("segments give %q, want %q", sb.String(), text)
		}
	})
}
