package article

import (
	"testing"
	"time"
)

func TestParseDateline(t *testing.T) {
	tests := []struct {
		text string
		want string // "" for no dated dateline
	}{
		{"BISHKEK, 14 December 2022 - Kyrgyz border guards said …", "2022-12-14"},
		{"BISHKEK, 14 December 2022 – Kyrgyz border guards said …", "2022-12-14"},
		{"BISHKEK, Dec. 14, 2022 (Reuters) — Kyrgyz border guards said …", "2022-12-14"},
		{"BISHKEK, Kyrgyzstan, Dec 14, 2022 /AKIpress/ - The president …", "2022-12-14"},
		{"Dushanbe, 2022-05-18: Tajik authorities announced …", "2022-05-18"},
		{"NEW YORK, May 3 (Reuters) - The U.N. Security Council met …", "2022-05-03"}, // no year; May 2023 is after now
		{"MOSCOW, March 3 (Reuters) - Russia said …", "2023-03-03"},
		{"Almaty, 05.01.2022 — Protesters gathered …", "2022-01-05"},
		{"Published on 14 December 2022\n\nKyrgyz border guards said …", "2022-12-14"},
		{"Posted: Dec 14, 2022 at 10:30\nText.", "2022-12-14"},
		{"Wednesday, 14 December 2022 — Kyrgyz border guards said …", "2022-12-14"},
		{"14 December 2022\n\nKyrgyz border guards said …", "2022-12-14"},
		{"  \n BISHKEK, 14th of December, 2022 - text", "2022-12-14"},
		{"By Bruce Pannier\n\nPRAGUE, Dec 14 (RFE/RL) - Talks began.", "2022-12-14"},
		{"By Staff Reporter | 3 October 2022\n\nTroops withdrew.", "2022-10-03"},
		{"Kyrgyz Troops Withdraw\n\nBISHKEK, 14 December 2022 - text", "2022-12-14"},
		{"The troops withdrew from all the disputed sections of the border on Friday, officials said.\nBISHKEK, 14 December 2022 - text", ""},
		{"ALMATY (AP) — Kazakhstan's president said …", ""},
		{"On 21st July, in Kyrgyzstan, the regional leaders held a conference.", ""},
		{"However, on July 5 the talks resumed.", ""},
		{"The talks resumed on 14 December 2022 in Bishkek.", ""},
		{"BISHKEK, 31 February 2022 - no such day", ""},
		{"", ""},
	}
	for _, tt := range tests {
		got, ok := ParseDateline(tt.text, testNow)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("ParseDateline(%q) = %q, %v; want %q", tt.text, got, ok, tt.want)
		}
	}
}

func TestDocumentDate(t *testing.T) {
	tests := []struct {
		name, text string
		now        time.Time
		want       string
	}{
		{"first date takes the latest year in the text",
			"On 21st\u00a0July, in Kyrgyzstan, leaders met. Since the beginning of 2022 the region has seen unrest, the worst since 1991.",
			testNow, "2022-07-21"},
		{"explicit year", "The talks were held on July 21, 2021 in Cholpon-Ata.", testNow, "2021-07-21"},
		{"years after now are not plausible", "On 3 March, leaders met. The plan runs to 2030.", testNow, "2023-03-03"},
		{"no year anywhere: now's year", "On 3 March, leaders met.", testNow, "2023-03-03"},
		{"no year, date after now: the year before", "On 28 December, leaders met.", testNow, "2022-12-28"},
		{"dateline wins", "BISHKEK, 14 December 2022 - The agreement of 1 May 2021 was signed.", testNow, "2022-12-14"},
		{"a future date is skipped", "The treaty enters into force on 1 January 2030. It was signed on 2 May 2022.", testNow, "2022-05-02"},
		{"the verb may is no month", "Troops may 5 times cross.", testNow, ""},
		{"no date", "Troops withdrew from the border.", testNow, ""},
		{"ISO date", "The decree of 2022-05-18 took effect.", testNow, "2022-05-18"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := DocumentDate(tt.text, tt.now); got != tt.want {
				t.Errorf("DocumentDate(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestDatesIn(t *testing.T) {
	text := "On 21st July and on Dec. 14, 2022, and 2022-05-18, and 05.01.2022, and March 3rd, and in May troops may 5 go."
	want := []struct {
		date, span string
	}{
		{"2022-07-21", "21st July"},
		{"2022-12-14", "Dec. 14, 2022"},
		{"2022-05-18", "2022-05-18"},
		{"2022-01-05", "05.01.2022"},
		{"2022-03-03", "March 3rd"},
	}
	got := DatesIn(text, testNow)
	if len(got) != len(want) {
		t.Fatalf("DatesIn found %d dates, want %d: %+v", len(got), len(want), got)
	}
	for i, d := range got {
		if d.String() != want[i].date || text[d.Start:d.End] != want[i].span {
			t.Errorf("date %d = %s %q, want %s %q", i, d, text[d.Start:d.End], want[i].date, want[i].span)
		}
	}
}

func TestNormalizeDate(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"2022-07-21", "2022-07-21", true},
		{" 2022-07-21 ", "2022-07-21", true},
		{"2022-07-21T10:00:00Z", "2022-07-21", true},
		{"2022-07-21T23:30:00-05:00", "2022-07-21", true}, // the day of its own zone
		{"2022-07-21T10:00:00.123+06:00", "2022-07-21", true},
		{"2022-07-21 10:00:00", "2022-07-21", true},
		{"2022-07-21T10:00", "2022-07-21", true},
		{"2022-02-30", "", false},
		{"21.07.2022", "", false},
		{"July 21, 2022", "", false},
		{"yesterday", "", false},
	}
	for _, tt := range tests {
		got, err := NormalizeDate(tt.in)
		if got != tt.want || (err == nil) != tt.ok {
			t.Errorf("NormalizeDate(%q) = %q, %v; want %q (ok %v)", tt.in, got, err, tt.want, tt.ok)
		}
	}
}
