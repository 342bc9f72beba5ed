package coder

import (
	"testing"

	"github.com/accord-hub/accord/internal/nlp"
)

func TestEventDate(t *testing.T) {
	const doc = "2022-09-17" // a Saturday
	tests := []struct {
		text, want string
	}{
		{"Tajik forces shelled Kyrgyz villages on Friday.", "2022-09-16"},
		{"Tajik forces shelled Kyrgyz villages on Saturday.", "2022-09-17"},
		{"Tajik forces shelled Kyrgyz villages last Saturday.", "2022-09-10"},
		{"The two leaders will meet next Friday.", ""},
		{"Kyrgyzstan said Tajik troops attacked yesterday.", "2022-09-16"},
		{"The leaders met in Cholpon-Ata on 21st July.", "2022-07-21"},
		{"The treaty was signed on July 21, 2022.", "2022-07-21"},
		{"Clashes in April 2021 killed dozens.", ""},
		{"The talks will be held on 1 October 2022.", ""},
		{"Officials met to discuss the border.", ""},
	}
	for _, tt := range tests {
		s := nlp.Split(tt.text)[0]
		if got := eventDate(&s, 0, doc); got != tt.want {
			t.Errorf("eventDate(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
	// A dateline's own date is the document's, not a separate event date.
	s := nlp.Split("BISHKEK, 16 September 2022 - Tajik forces shelled Kyrgyz villages.")[0]
	if got := eventDate(&s, datelineEnd(s.Tokens), "2022-09-16"); got != "" {
		t.Errorf("dateline date taken as the event's: %q", got)
	}
}
