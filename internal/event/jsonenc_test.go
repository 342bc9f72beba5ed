package event

import (
	"bytes"
	"encoding/json"
	"math"
	"testing"
)

// stdJSON is what encoding/json writes for e, as `accord code` used to.
func stdJSON(t testing.TB, e *Event) ([]byte, error) {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	err := enc.Encode(e)
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), err
}

func checkAppendJSON(t testing.TB, e *Event) {
	t.Helper()
	want, werr := stdJSON(t, e)
	got, gerr := AppendJSON([]byte("prefix"), e)
	if (werr != nil) != (gerr != nil) {
		t.Fatalf("error %v, encoding/json's %v", gerr, werr)
	}
	if werr != nil {
		return
	}
	if !bytes.HasPrefix(got, []byte("prefix")) || !bytes.Equal(got[len("prefix"):], want) {
		t.Fatalf("AppendJSON:\n%s\nencoding/json:\n%s", got, want)
	}
}

func TestAppendJSON(t *testing.T) {
	span := func(a, b int) *Span { return &Span{a, b} }
	for _, e := range []Event{
		{},
		{ID: "abc", Doc: "d", Sentence: 3, Date: "2022-01-02", Source: "KGZGOV", Target: "TJKGOV", Code: "0871",
			Root: "08", Quad: 2, Goldstein: 9, Plover: "RETREAT", Text: "Late in the evening.",
			Evidence: Evidence{Source: span(0, 4), Verb: span(5, 9)}, SourceName: "x", Verb: "v", Attribution: "a",
			Modality: "intent", URL: "https://e.org/?a=1&b=<2>", Title: "T", Outlet: "O"},
		{Goldstein: -7.5, Evidence: Evidence{Target: span(-1, 0)}, Mentions: 4, Sources: -2, TargetName: "t"},
		{Goldstein: 1e-7, Location: &Location{Name: "Osh", Country: "KGZ", Lat: 40.5283, Lon: 72.7985, Precision: "place"}},
		{Goldstein: 1e21, Location: &Location{Admin1: "KG.02", GeonameID: 1527534, FIPS: "KG", Feature: "PPLA", Lat: -0.000001, Lon: 1e-300}},
		{Goldstein: -0.0, Text: "quote \" back \\ nl \n cr \r tab \t bs \b ff \f nul \x00 esc \x1b del \x7f"},
		{Text: "bad \xff utf8 \xe2\x82 end \u2028 \u2029 é ✓ 😀 <&>"},
		{Goldstein: 123456789.125, Quad: -1, Sentence: math.MaxInt32},
		{Goldstein: math.NaN()},
		{Location: &Location{Lat: math.Inf(1)}},
	} {
		checkAppendJSON(t, &e)
	}
}

func FuzzAppendJSON(f *testing.F) {
	f.Add("text", "name", 1.5, 42.0)
	f.Add("\x00\u2028\xff\"\\", "", -1e-9, 3e22)
	f.Fuzz(func(t *testing.T, s, name string, g, lat float64) {
		e := Event{Text: s, SourceName: name, Title: s + name, Goldstein: g,
			Location: &Location{Name: name, Lat: lat, Lon: g}}
		checkAppendJSON(t, &e)
	})
}
