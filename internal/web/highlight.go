package web

import (
	"sort"
	"unicode/utf8"

	"github.com/accord-hub/accord/internal/event"
)

// segment is a piece of an event's sentence; Role is "" for plain text, or
// "source", "target" or "verb" for the words that gave that part of the event.
type segment struct {
	Text string
	Role string
}

// highlight cuts text into segments at the evidence offsets. Spans that are
// out of range, not on character boundaries or overlapping an earlier one
// are ignored, so that bad offsets never garble or drop text. The segments
// are rendered by html/template, which escapes each one.
func highlight(text string, ev event.Evidence) []segment {
	type span struct {
		s, e int
		role string
	}
	var spans []span
	for _, c := range []struct {
		sp   *event.Span
		role string
	}{{ev.Source, "source"}, {ev.Target, "target"}, {ev.Verb, "verb"}} {
		if c.sp == nil {
			continue
		}
		s, e := c.sp[0], c.sp[1]
		if s < 0 || e > len(text) || s >= e || !boundary(text, s) || !boundary(text, e) {
			continue
		}
		spans = append(spans, span{s, e, c.role})
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].s < spans[j].s })
	var out []segment
	pos := 0
	for _, sp := range spans {
		if sp.s < pos {
			continue // overlaps the previous span
		}
		if sp.s > pos {
			out = append(out, segment{Text: text[pos:sp.s]})
		}
		out = append(out, segment{Text: text[sp.s:sp.e], Role: sp.role})
		pos = sp.e
	}
	if pos < len(text) {
		out = append(out, segment{Text: text[pos:]})
	}
	return out
}

func boundary(s string, i int) bool {
	return i == len(s) || utf8.RuneStart(s[i])
}
