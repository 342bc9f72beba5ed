package article

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"
	"time"
)

func testOptions() Options {
	return Options{Now: func() time.Time { return testNow }}
}

func TestReadTextSeedLike(t *testing.T) {
	f, err := os.Open("testdata/golden/seed-like.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	a, err := ReadText(f, "testdata/golden/seed-like.txt", testOptions())
	if err != nil {
		t.Fatal(err)
	}
	if a.ID != "seed-like.txt" {
		t.Errorf("ID = %q, want the base name", a.ID)
	}
	if want := "Central Asia’s Cooperation Treaty Faces A Lack Of Consensus"; a.Title != want {
		t.Errorf("Title = %q, want %q", a.Title, want)
	}
	if a.Date != "2022-07-21" {
		t.Errorf("Date = %q, want 2022-07-21", a.Date)
	}
	if !strings.HasPrefix(a.Text, "The presidents of Tajikistan") {
		t.Errorf("Text starts %q", a.Text[:min(60, len(a.Text))])
	}
	for _, junk := range []string{"Home »", "Featured Global", "Source :", a.Title} {
		if strings.Contains(a.Text, junk) {
			t.Errorf("Text still holds %q", junk)
		}
	}
}

func TestReadText(t *testing.T) {
	tests := []struct {
		name, in               string
		title, date, textStart string
		err                    error
	}{
		{name: "wire story with dateline and headline",
			in:    "Kyrgyzstan and Tajikistan Agree Ceasefire\n\nBISHKEK, Dec. 14, 2022 (Reuters) — Kyrgyzstan and Tajikistan\nagreed a ceasefire on Wednesday.\n",
			title: "Kyrgyzstan and Tajikistan Agree Ceasefire", date: "2022-12-14",
			textStart: "BISHKEK, Dec. 14, 2022 (Reuters) — Kyrgyzstan and Tajikistan agreed a ceasefire on Wednesday."},
		{name: "agency dateline without a date",
			in:        "ALMATY (AP) — Kazakhstan's president dismissed the government.",
			textStart: "ALMATY (AP) — Kazakhstan's president"},
		{name: "a first line that is a sentence is no title",
			in:        "Troops withdrew from the border on 2 May 2022.\n\nTalks follow.",
			date:      "2022-05-02",
			textStart: "Troops withdrew from the border"},
		{name: "a first line without a blank line after it is no title",
			in:        "Troops Withdraw\nfrom the border, officials said.",
			textStart: "Troops Withdraw from the border"},
		{name: "a dateline line is no title",
			in:        "Dushanbe, 2022-05-18:\n\nTajik authorities announced an operation.",
			date:      "2022-05-18",
			textStart: "Dushanbe, 2022-05-18:"},
		{name: "a question headline",
			in:    "Will the Border Deal Hold?\n\nOfficials met on Monday.",
			title: "Will the Border Deal Hold?", textStart: "Officials met on Monday."},
		{name: "a byline with the date",
			in:    "Talks Resume\n\nBy Staff Reporter | 3 October 2022\n\nKyrgyz and Tajik officials resumed talks.",
			title: "Talks Resume", date: "2022-10-03", textStart: "Kyrgyz and Tajik officials resumed talks."},
		{name: "headline only", in: "Troops Withdraw From Border\n", textStart: "Troops Withdraw From Border"},
		{name: "empty", in: "  \n\n ", err: ErrEmpty},
		{name: "binary", in: "PK\x03\x04\x14\x00\x00\x00\x08\x00", err: ErrBinary},
		{name: "only boilerplate", in: "Share this:\nFacebook\n", err: ErrNoText},
		{name: "CRLF line ends", in: "Headline Here\r\n\r\nBody text.\r\n", title: "Headline Here", textStart: "Body text."},
		{name: "UTF-8 byte order mark", in: "\ufeffHeadline Here\n\nBody text.", title: "Headline Here", textStart: "Body text."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ReadText(strings.NewReader(tt.in), "dir/story.txt", testOptions())
			if tt.err != nil {
				if !errors.Is(err, tt.err) {
					t.Fatalf("err = %v, want %v", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if a.ID != "story.txt" || a.Origin != "dir/story.txt" {
				t.Errorf("ID, Origin = %q, %q", a.ID, a.Origin)
			}
			if a.Title != tt.title || a.Date != tt.date || !strings.HasPrefix(a.Text, tt.textStart) {
				t.Errorf("got title %q date %q text %q\nwant title %q date %q text %q…", a.Title, a.Date, a.Text, tt.title, tt.date, tt.textStart)
			}
		})
	}
}

func TestReadTextEncodings(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		want string
		warn bool
	}{
		{"UTF-8", []byte("Café in Khujand."), "Café in Khujand.", false},
		{"Windows-1252", []byte("The caf\xe9 in Khujand was closed, officials said, \x93for now\x94."), "The café in Khujand was closed, officials said, “for now”.", true},
		{"broken UTF-8 is repaired", []byte("Кыргызстан \xff\xfe and more text.\n"), "Кыргызстан \uFFFD and more text.", true},
		{"UTF-16LE with BOM", utf16le("Troops withdrew."), "Troops withdrew.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, line, warn, err := textArticle(tt.in, "x.txt", "x.txt", testOptions())
			if err != nil {
				t.Fatal(err)
			}
			if a.Text != tt.want {
				t.Errorf("Text = %q, want %q", a.Text, tt.want)
			}
			if (warn != nil) != tt.warn || (warn != nil && line != 1) {
				t.Errorf("warning = %v at line %d, want a warning: %v", warn, line, tt.warn)
			}
		})
	}
}

func utf16le(s string) []byte {
	b := []byte{0xff, 0xfe}
	for _, r := range s {
		b = append(b, byte(r), byte(r>>8))
	}
	return b
}

func BenchmarkReadText(b *testing.B) {
	page, err := os.ReadFile("testdata/golden/seed-like.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ReadText(bytes.NewReader(page), "seed-like.txt", testOptions()); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}
