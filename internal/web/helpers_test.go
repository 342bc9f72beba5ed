package web

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/accord-hub/accord/internal/article"
	"github.com/accord-hub/accord/internal/event"
	"github.com/accord-hub/accord/internal/store"
	"github.com/accord-hub/accord/internal/store/sqlite"
	"github.com/accord-hub/accord/internal/store/storetest"
)

// scriptText is a sentence that tries to run a script in the dashboard.
const scriptText = `Kyrgyzstan accused Tajikistan of <script>alert(1)</script> shelling near Vorukh.`

// specialDocs are hand-made documents the tests look for: one whose text
// carries a script tag, and three events with a word found nowhere else.
func specialDocs() []store.Document {
	loc := &event.Location{Name: "Vorukh", Country: "TJK", Lat: 39.85, Lon: 70.58, Precision: "place"}
	ev := event.Event{
		Doc: "xss-doc", Sentence: 0, Date: "2021-04-29", Source: "KGZGOV", Target: "TJK",
		Code: "112", Root: "11", Quad: 3, Goldstein: -2, Plover: "ACCUSE", Text: scriptText,
		Evidence: event.Evidence{Source: &event.Span{0, 10}, Verb: &event.Span{11, 18}, Target: &event.Span{19, 29}},
		Location: loc, SourceName: "Kyrgyzstan", TargetName: "Tajikistan", Verb: "accused",
	}
	ev.ID = event.ReportID(ev.Doc, 0, ev.Source, ev.Target, ev.Code)
	docs := []store.Document{{
		Article: article.Article{ID: "xss-doc", Date: "2021-04-29", Title: "A <b>bold</b> headline",
			Source: "Test Wire", Text: scriptText + "\n\nSecond paragraph <img src=x onerror=alert(2)>."},
		Events: []event.Event{ev},
	}}
	for i, code := range []string{"190", "0411", "036"} {
		e := event.Event{
			Doc: "zq-doc", Sentence: i, Date: []string{"2022-09-14", "2022-09-15", "2022-09-16"}[i], Source: "KGZMIL", Target: "TJKMIL",
			Code: code, Root: code[:2], Quad: []int{4, 1, 1}[i], Text: "Troops met near the zqxborder post " + code + ".",
			Location: loc,
		}
		e.ID = event.ReportID(e.Doc, i, e.Source, e.Target, e.Code)
		docs = append(docs, store.Document{Article: article.Article{ID: "zq-doc-" + code, Date: e.Date, Text: e.Text}, Events: []event.Event{withDoc(e, "zq-doc-"+code)}})
	}
	return docs
}

func withDoc(e event.Event, doc string) event.Event {
	e.Doc = doc
	e.ID = event.ReportID(doc, e.Sentence, e.Source, e.Target, e.Code)
	return e
}

// testStore returns a SQLite store with synthetic news and specialDocs.
func testStore(t testing.TB, articles int) *sqlite.DB {
	t.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "web.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if _, err := db.Save(ctx, storetest.Synthetic(7, 0, articles, 4)); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Save(ctx, specialDocs()); err != nil {
		t.Fatal(err)
	}
	return db
}

func newServer(t testing.TB, opt Options) *Server {
	t.Helper()
	s, err := New(opt)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// get runs a GET through the handler and returns status, headers and body.
func get(t testing.TB, h http.Handler, target string, header ...string) (int, http.Header, string) {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, target, nil)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	b, _ := io.ReadAll(rec.Result().Body)
	return rec.Code, rec.Result().Header, string(b)
}

func post(t testing.TB, h http.Handler, target, body string, header ...string) (int, string) {
	t.Helper()
	req := httptest.NewRequest(http.MethodPost, target, strings.NewReader(body))
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Code, rec.Body.String()
}
