package store

import (
	"errors"
	"testing"
)

func TestValidate(t *testing.T) {
	good := []Filter{
		{}, {Country: "KGZ"}, {Country: "IGO"}, {Pair: "KGZ-TJK"}, {From: "2024-02-29", To: "2024-02-29"},
		{Code: "19"}, {Code: "0411"}, {Root: "20"}, {Quad: 4}, {Query: "border talks*"}, {Limit: 10},
		{Cursor: EncodeCursor(Cursor{Date: "2024-01-01", ID: "abc"}, false)},
		{Cursor: EncodeCursor(Cursor{Date: "", ID: "abc"}, true), Newest: true},
	}
	for _, f := range good {
		if err := f.Validate(); err != nil {
			t.Errorf("Validate(%+v) = %v, want nil", f, err)
		}
	}
	bad := []Filter{
		{Country: "kgz"}, {Country: "KGZS"}, {Pair: "KGZ-"}, {Pair: "KGZTJK"}, {From: "2023-02-29"},
		{To: "2024-1-1"}, {From: "2024-03-01", To: "2024-02-01"}, {Code: "1"}, {Code: "12345"}, {Code: "1a"},
		{Root: "190"}, {Quad: 5}, {Limit: -1}, {Query: "?!"}, {Cursor: "%%%"},
		{Cursor: EncodeCursor(Cursor{Date: "2024-01-01", ID: "abc"}, false), Newest: true},
	}
	for _, f := range bad {
		if err := f.Validate(); !errors.Is(err, ErrBadFilter) {
			t.Errorf("Validate(%+v) = %v, want ErrBadFilter", f, err)
		}
	}
}

func FuzzDecodeCursor(f *testing.F) {
	f.Add(EncodeCursor(Cursor{Date: "2024-01-01", ID: "abc"}, false), false)
	f.Add(EncodeCursor(Cursor{Date: "2024-01-01", ID: "abc"}, true), true)
	f.Add("", false)
	f.Add("YzEAYQ", true)
	f.Fuzz(func(t *testing.T, s string, newest bool) {
		c, err := DecodeCursor(s, newest)
		if err != nil {
			if !errors.Is(err, ErrBadFilter) {
				t.Fatalf("DecodeCursor(%q) error %v is not ErrBadFilter", s, err)
			}
			return
		}
		if c.ID == "" {
			t.Fatalf("DecodeCursor(%q) accepted a cursor with no id", s)
		}
		// What decodes re-encodes to a cursor that decodes the same.
		again, err := DecodeCursor(EncodeCursor(c, newest), newest)
		if err != nil || again != c {
			t.Fatalf("round trip of %+v: %+v, %v", c, again, err)
		}
	})
}
