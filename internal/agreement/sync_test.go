package agreement

import (
	"context"
	"sort"
	"testing"

	"github.com/accord-hub/accord/internal/article"
)

// memStore is an agreement Store in memory.
type memStore struct {
	articles []article.Article
	scanned  map[string][]Mention
}

func (m *memStore) UnscannedArticles(_ context.Context, _, limit int) ([]article.Article, error) {
	var out []article.Article
	for _, a := range m.articles {
		if _, ok := m.scanned[a.ID]; !ok && len(out) < limit {
			out = append(out, a)
		}
	}
	return out, nil
}

func (m *memStore) SaveAgreementMentions(_ context.Context, id string, _ int, ms []Mention) error {
	if ms == nil {
		ms = []Mention{}
	}
	m.scanned[id] = ms
	return nil
}

func (m *memStore) AgreementMentions(context.Context) ([]Mention, error) {
	var ids []string
	for id := range m.scanned {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var out []Mention
	for _, id := range ids {
		out = append(out, m.scanned[id]...)
	}
	return out, nil
}

func TestSync(t *testing.T) {
	st := &memStore{scanned: map[string][]Mention{}}
	for i := 0; i < 300; i++ {
		st.articles = append(st.articles, article.Article{ID: "plain" + itoa3(i), Date: "2022-01-01", Text: "Prices rose in Almaty."})
	}
	calls := 0
	noCoder := func() (Coder, error) { calls++; return newCoder(t), nil }
	n, err := Sync(context.Background(), st, noCoder)
	if err != nil || n != 300 || calls != 0 {
		t.Fatalf("Sync of articles naming no agreement: %d read, %v, coder made %d times; want 300, nil, 0", n, err, calls)
	}
	st.articles = append(st.articles, news(t)...)
	as, err := Load(context.Background(), st, nil, noCoder)
	if err != nil || calls != 1 {
		t.Fatalf("Load: %v, coder made %d times", err, calls)
	}
	if len(st.scanned) != len(st.articles) {
		t.Errorf("%d of %d articles marked read", len(st.scanned), len(st.articles))
	}
	if got := stances(as, as[0].ID); got["KAZ"] != Signed {
		t.Errorf("first agreement %q: %v, want KAZ signed", as[0].Name, got)
	}
	// Nothing new: nothing coded.
	if n, err := Sync(context.Background(), st, noCoder); n != 0 || err != nil || calls != 1 {
		t.Errorf("second Sync read %d, %v", n, err)
	}
}

func itoa3(i int) string {
	return string(rune('0'+i/100)) + string(rune('0'+i/10%10)) + string(rune('0'+i%10))
}
