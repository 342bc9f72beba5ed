package coder

import (
	"strings"
	"time"

	"github.com/accord-hub/accord/internal/article"
	"github.com/accord-hub/accord/internal/nlp"
)

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

// eventDate returns the date a sentence gives its events when it differs
// from the document's: an explicit date ("on 21 July", "on September 16,
// 2022"), a weekday ("on Thursday": the last such day on or before the
// document's date), "yesterday". It returns "" when the sentence says
// nothing or only repeats the document's date. from is where the sentence's
// text starts after a dateline.
func eventDate(s *nlp.Sentence, from int, docDate string) string {
	doc, err := time.Parse("2006-01-02", docDate)
	if err != nil {
		return ""
	}
	return eventDateAt(s, from, doc)
}

// eventDateAt is eventDate with the document's date parsed.
func eventDateAt(s *nlp.Sentence, from int, doc time.Time) string {
	text := s.Text
	offset := 0
	if from > 0 && from < len(s.Tokens) {
		offset = s.Tokens[from].Start
		text = text[offset:]
	}
	// An explicit date, within a year before the document and not after it.
	for _, d := range article.DatesIn(text, doc) {
		t := time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
		if t.After(doc.AddDate(0, 0, 1)) || t.Before(doc.AddDate(-1, 0, 0)) {
			continue
		}
		return t.Format("2006-01-02")
	}
	toks := s.Tokens
	for k := from; k < len(toks); k++ {
		w := toks[k].Lower
		switch w {
		case "yesterday":
			return doc.AddDate(0, 0, -1).Format("2006-01-02")
		}
		if k == 0 || !strings.HasSuffix(w, "day") {
			continue // every weekday ends in "day": most words skip the lookup
		}
		wd, ok := weekdays[w]
		if !ok {
			continue
		}
		// "on Thursday", "last Thursday", "Thursday's talks": a past weekday;
		// "next Thursday" is a plan, not the event's date.
		prev := toks[k-1].Lower
		if prev == "next" || prev == "coming" || prev == "this" && strings.HasPrefix(toks[min(k+1, len(toks)-1)].Lower, "week") {
			continue
		}
		if prev != "on" && prev != "last" && prev != "late" && prev != "early" && !(k+1 < len(toks) && isPossessive(toks[k+1].Lower)) {
			continue
		}
		back := (int(doc.Weekday()) - int(wd) + 7) % 7
		if prev == "last" && back == 0 {
			back = 7
		}
		return doc.AddDate(0, 0, -back).Format("2006-01-02")
	}
	return ""
}
