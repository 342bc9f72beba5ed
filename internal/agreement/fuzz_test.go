package agreement

import (
	"strings"
	"testing"

	"github.com/accord-hub/accord/internal/article"
	"github.com/accord-hub/accord/internal/coder"
)

func FuzzParseRegistry(f *testing.F) {
	f.Add(builtinRegistry)
	f.Add("[a]\nname: A\nparties: KAZ\n")
	f.Add("[\n")
	f.Fuzz(func(t *testing.T, text string) {
		es, err := ParseRegistry(strings.NewReader(text), "fuzz")
		if err != nil {
			return
		}
		for _, e := range es {
			if e.Name == "" || e.ID == "" {
				t.Fatalf("entry without id or name accepted: %+v", e)
			}
		}
	})
}

func FuzzExtract(f *testing.F) {
	f.Add("The presidents of Tajikistan and Turkmenistan refused to sign the treaty. Both said they would sign it after completing their national procedures.")
	f.Add("All but Turkmenistan signed the Treaty on Friendship, Good-Neighbourliness and Cooperation for the Development of Central Asia in the 21st Century.")
	f.Add("U.S. treaty. (accord) deal with it")
	f.Fuzz(func(t *testing.T, text string) {
		ms := Extract(article.Article{ID: "f", Date: "2022-07-21", Text: text}, coder.Result{})
		for _, m := range ms {
			for _, s := range m.Stances {
				if s.Status.rank() == 0 {
					t.Fatalf("stance with status %q", s.Status)
				}
			}
		}
		Build(ms, nil)
	})
}
