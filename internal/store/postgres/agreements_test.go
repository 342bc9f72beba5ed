package postgres

import (
	"context"
	"reflect"
	"testing"

	"github.com/accord-hub/accord/internal/agreement"
	"github.com/accord-hub/accord/internal/article"
	"github.com/accord-hub/accord/internal/store"
	"github.com/accord-hub/accord/internal/store/postgres/pgtest"
)

// TestAgreementMentions is the embedded store's test of the same name: the
// two stores must agree.
func TestAgreementMentions(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t, pgtest.Server(t))
	var _ agreement.Store = db
	docs := []store.Document{
		{Article: article.Article{ID: "a", Date: "2022-07-21", Text: "The friendship treaty was signed by Kazakhstan."}},
		{Article: article.Article{ID: "b", Date: "2022-07-22", Text: "Nothing to see."}},
	}
	if _, err := db.Save(ctx, docs); err != nil {
		t.Fatal(err)
	}
	un, err := db.UnscannedArticles(ctx, 1, 10)
	if err != nil || len(un) != 2 || un[0].ID != "a" || un[0].Text != docs[0].Article.Text || un[0].Date != "2022-07-21" {
		t.Fatalf("UnscannedArticles = %+v, %v; want both articles with their text", un, err)
	}
	m := agreement.Mention{Name: "friendship treaty", Kind: "treaty",
		Stances:  []agreement.Stance{{Status: agreement.Signed, Countries: []string{"KAZ"}, Phrase: "signed"}},
		Evidence: agreement.Evidence{Doc: "a", Sentence: 0, Date: "2022-07-21", Text: "The friendship treaty was signed by Kazakhstan."}}
	if err := db.SaveAgreementMentions(ctx, "a", 1, []agreement.Mention{m, m}); err != nil {
		t.Fatal(err)
	}
	// Saving again replaces: the extractor may run twice over an article.
	if err := db.SaveAgreementMentions(ctx, "a", 1, []agreement.Mention{m}); err != nil {
		t.Fatal(err)
	}
	if err := db.SaveAgreementMentions(ctx, "b", 1, nil); err != nil {
		t.Fatal(err)
	}
	got, err := db.AgreementMentions(ctx)
	if err != nil || len(got) != 1 || !reflect.DeepEqual(got[0], m) {
		t.Errorf("AgreementMentions = %+v, %v; want the one mention back", got, err)
	}
	if un, err := db.UnscannedArticles(ctx, 1, 10); err != nil || len(un) != 0 {
		t.Errorf("after scanning, UnscannedArticles = %d articles, %v", len(un), err)
	}
	if err := db.SaveAgreementMentions(ctx, "", 1, nil); err == nil {
		t.Error("SaveAgreementMentions with no article id: no error")
	}
	// A newer extractor reads everything again.
	if un, err := db.UnscannedArticles(ctx, 2, 10); err != nil || len(un) != 2 {
		t.Errorf("for version 2, UnscannedArticles = %d articles, %v; want 2", len(un), err)
	}
}
