package article

import (
	"encoding/json"
	"reflect"
	"testing"
)

// fastDocCases are documents for the fast decoder: the ones it takes must
// decode as json.Unmarshal decodes them; the rest it must hand over.
var fastDocCases = []struct {
	doc  string
	fast bool
}{
	{`{"id":"a","text":"t","date":"2022-01-02"}`, true},
	{` { "id" : 17 , "text" : "line\nnext \"q\" \\ \/ \t\r\b\f" , "title":"T"} `, true},
	{`{"id":-0.5e+3,"text":"t","extra":[1,2]}`, false},
	{`{"id":1e400,"text":"t"}`, true},
	{`{"text":"t","unknown":true,"u2":false,"u3":null,"u4":-12.5E-3,"u5":"x"}`, true},
	{`{"text":"t","Text":"u"}`, false},
	{`{"TEXT":"t"}`, false},
	{`{"text":"caf\u00e9 \u2014 \u0026"}`, true},
	{`{"text":"\ud83d\ude00 \uD83D\uDE00"}`, true},
	{`{"text":"\ud800x \udc00 \ud800\u0041 \ud800\ud800 \ud800\n"}`, true},
	{`{"te\u0078t":"t","\u0054ext":"u"}`, false},
	{`{"text":"\u00zz"}`, false},
	{`{"text":"\u00"}`, false},
	{`{"text":"\u00e9\xff"}`, false},
	{`{"text":null,"id":null}`, false},
	{`{"text":"t","id":{"a":1}}`, false},
	{`{"text":"t","date":5}`, false},
	{`{"text":5}`, false},
	{`{"text":"t"} x`, false},
	{`{"text":"t",}`, false},
	{`{"text":"t"`, false},
	{`{"text":"t` + "\x01" + `"}`, false},
	{`{"text":"\xff"}`, false},
	{`{"text":"Ünïcödé ✓ текст"}`, true},
	{`{"text":"t","id":01}`, false},
	{`{"text":"t","id":-}`, false},
	{`{"text":"t","id":1.}`, false},
	{`{"text":"t","id":"x","id":"y","text":"u"}`, true},
	{`{}`, true},
	{`[]`, false},
	{`{"te\nxt":"t"}`, true},
	{`{"text":"a\qb"}`, false},
	{`{"text":"t","n":tru}`, false},
}

func TestDecodeDocFast(t *testing.T) {
	for _, c := range fastDocCases {
		var fast jsonDoc
		ok := decodeDocFast([]byte(c.doc), &fast)
		if ok != c.fast {
			t.Errorf("%s: fast %v, want %v", c.doc, ok, c.fast)
		}
		checkFastDoc(t, []byte(c.doc))
	}
}

// checkFastDoc checks that the fast decoder, when it takes a document,
// gives what json.Unmarshal gives.
func checkFastDoc(t *testing.T, b []byte) {
	t.Helper()
	var fast, slow jsonDoc
	if !decodeDocFast(b, &fast) {
		return
	}
	if err := json.Unmarshal(b, &slow); err != nil {
		t.Fatalf("%q: fast decoder took a document json.Unmarshal rejects: %v", b, err)
	}
	if !reflect.DeepEqual(fast, slow) {
		t.Fatalf("%q: fast %+v, json.Unmarshal %+v", b, fast, slow)
	}
}

func FuzzDecodeDocFast(f *testing.F) {
	for _, c := range fastDocCases {
		f.Add([]byte(c.doc))
	}
	f.Fuzz(func(t *testing.T, b []byte) { checkFastDoc(t, b) })
}
