package article

import (
	"os"
	"strings"
	"testing"
	"time"
)

func TestCleanSeedLikePage(t *testing.T) {
	b, err := os.ReadFile("testdata/golden/seed-like.txt")
	if err != nil {
		t.Fatal(err)
	}
	got := Clean(string(b))
	for _, junk := range []string{"Home »", "Blog »", "Featured Global News", "Source :", "\u00a0"} {
		if strings.Contains(got, junk) {
			t.Errorf("Clean left %q in:\n%s", junk, got)
		}
	}
	if !strings.HasPrefix(got, "Central Asia’s Cooperation Treaty Faces A Lack Of Consensus\n\nThe presidents of Tajikistan") {
		t.Errorf("Clean did not keep the title and first paragraph:\n%s", got)
	}
	if !strings.Contains(got, "On 21st July, in Kyrgyzstan") {
		t.Errorf("Clean lost or mangled the no-break space date:\n%s", got)
	}
	if n := strings.Count(got, "\n\n"); n != 3 {
		t.Errorf("want 4 paragraphs, got %d:\n%s", n+1, got)
	}
}

func TestClean(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"hard wrapped lines are joined",
			"Kyrgyz and Tajik officials met\non Friday to discuss the border.\n\nThey agreed to meet again.",
			"Kyrgyz and Tajik officials met on Friday to discuss the border.\n\nThey agreed to meet again."},
		{"hyphen at a line break",
			"The Kyrgyz-\nTajik border commission met.",
			"The Kyrgyz-Tajik border commission met."},
		{"long lines are paragraphs of their own",
			strings.Repeat("Officials of both countries said the talks went well and would continue. ", 2) + "\n" +
				strings.Repeat("A second paragraph follows here, about the border and its villages. ", 2),
			strings.TrimSpace(strings.Repeat("Officials of both countries said the talks went well and would continue. ", 2)) + "\n\n" +
				strings.TrimSpace(strings.Repeat("A second paragraph follows here, about the border and its villages. ", 2))},
		{"breadcrumb with Home",
			"Home > News > Asia\nTroops withdrew from the border.",
			"Troops withdrew from the border."},
		{"breadcrumb without Home",
			"News » Central Asia » Kyrgyzstan\n\nTroops withdrew from the border.",
			"Troops withdrew from the border."},
		{"share and social lines",
			"Troops withdrew.\n\nShare this:\nFacebook\nTwitter\nTelegram\n\nLike this:\nLoading...",
			"Troops withdrew."},
		{"read more and newsletter",
			"Troops withdrew.\n\nRead more: Border talks stall again\n\nSubscribe to our newsletter\n\nAll rights reserved.",
			"Troops withdrew."},
		{"copyright line",
			"Troops withdrew.\n\n© 2022 Example News Agency. All rights reserved.",
			"Troops withdrew."},
		{"photo credit",
			"Photo: Reuters/Vladimir Pirogov\n\nTroops withdrew.",
			"Troops withdrew."},
		{"bare source trailer",
			"Troops withdrew.\n\nSource:",
			"Troops withdrew."},
		{"source trailer with a name",
			"Troops withdrew.\n\nSource: AKIpress",
			"Troops withdrew."},
		{"wire trailer",
			"Troops withdrew.\n\n(Reporting by Olzhas Auyezov; Editing by Mark Heinrich)",
			"Troops withdrew."},
		{"cookie notice",
			"We use cookies to improve your experience. By continuing to browse you agree to our cookie policy.\n\nTroops withdrew.",
			"Troops withdrew."},
		{"tag line with separators",
			"Troops withdrew.\n\nKyrgyzstan | Tajikistan | Border | Conflict",
			"Troops withdrew."},
		{"spaces normalised",
			"Troops\u00a0withdrew \t from\u200b the  border.\r\n\r\nTalks follow.",
			"Troops withdrew from the border.\n\nTalks follow."},
		{"a duplicated paragraph is dropped",
			"Troops withdrew.\n\nTroops withdrew.\n\nTalks follow.",
			"Troops withdrew.\n\nTalks follow."},
		// Things that must stay.
		{"short real paragraphs stay",
			"Two soldiers died.\n\nThe talks failed.\n\nNo one was hurt.",
			"Two soldiers died.\n\nThe talks failed.\n\nNo one was hurt."},
		{"a subheading with function words stays",
			"Troops withdrew.\n\nTalks On The Border Resume\n\nThe talks resumed.",
			"Troops withdrew.\n\nTalks On The Border Resume\n\nThe talks resumed."},
		{"a wrapped line of names inside a paragraph stays",
			"The meeting in Bishkek brought together\nPresident Sadyr Japarov Emomali Rahmon\nand their foreign ministers.",
			"The meeting in Bishkek brought together President Sadyr Japarov Emomali Rahmon and their foreign ministers."},
		{"news about cookies stays",
			"The European Union cookie law requires consent from users.",
			"The European Union cookie law requires consent from users."},
		{"a sentence starting with Source stays",
			"Source: the interior ministry said twelve people were detained after the protest in Nukus.",
			"Source: the interior ministry said twelve people were detained after the protest in Nukus."},
		{"a sentence about photos stays",
			"Photographs published by the ministry showed burned houses.",
			"Photographs published by the ministry showed burned houses."},
		{"share row", "Troops withdrew.\n\nShare this: Facebook Twitter Telegram", "Troops withdrew."},
		{"byline", "By Staff Reporter | 3 October 2022\n\nTroops withdrew.", "Troops withdrew."},
		{"byline with two names", "By Ayzirek Imanaliyeva and Bruce Pannier\n\nTroops withdrew.", "Troops withdrew."},
		{"a sentence starting with By stays", "By Friday the troops had withdrawn.", "By Friday the troops had withdrawn."},
		{"a quote about rights stays",
			`He said: "All rights reserved to the people of Kyrgyzstan is what the constitution says."`,
			`He said: "All rights reserved to the people of Kyrgyzstan is what the constitution says."`},
		{"a long sentence starting with Read more stays",
			"Read more about the treaty in our explainer below, which covers each article of the text in detail and the positions of all five states.",
			"Read more about the treaty in our explainer below, which covers each article of the text in detail and the positions of all five states."},
		{"a short sentence starting with More than stays",
			"More than 100 people protested in Almaty.",
			"More than 100 people protested in Almaty."},
		{"a short sentence starting with More stays",
			"More troops arrived in Osh on Monday.",
			"More troops arrived in Osh on Monday."},
		{"a More link goes", "Troops withdrew.\n\nMore from Central Asia", "Troops withdrew."},
		{"a Related link with a colon goes", "Troops withdrew.\n\nRelated: Kyrgyzstan closes its border.", "Troops withdrew."},
		{"empty", "", ""},
		{"only boilerplate", "Share this:\nFacebook\n\nSource :", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Clean(tt.in); got != tt.want {
				t.Errorf("Clean(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestIsCategoryLine(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Asia China Economy Featured Global News National Security Politics World News", true},
		{"Politics World Asia", true},
		{"Politics, Economy, Society", true},
		{"Central Asia’s Cooperation Treaty Faces A Lack Of Consensus", false},
		{"Tajik Troops Shell Kyrgyz Village", false},
		{"United Nations Security Council", false},
		{"President Sadyr Japarov", false},
		{"World News", false}, // too short to be sure
		{"Troops withdrew from the border", false},
	}
	for _, tt := range tests {
		if got := isCategoryLine(tt.line); got != tt.want {
			t.Errorf("isCategoryLine(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func BenchmarkClean(b *testing.B) {
	page, err := os.ReadFile("testdata/golden/seed-like.txt")
	if err != nil {
		b.Fatal(err)
	}
	// A page of about 10 KB, the size of a long news article.
	text := strings.Repeat(string(page)+"\n\n", 6)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Clean(text)
	}
}

// now is the fixed "current time" of the tests.
var testNow = time.Date(2023, 3, 15, 12, 0, 0, 0, time.UTC)
