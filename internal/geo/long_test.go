package geo

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/accord-hub/accord/internal/article"
)

// A long document (a book, a feed dump) takes time in proportion to its
// length, not to the square of its place names.
func TestLongDocument(t *testing.T) {
	gc := geocoder(t)
	b, err := os.ReadFile("testdata/golden.txt")
	if err != nil {
		t.Fatal(err)
	}
	one := strings.ReplaceAll(string(b), "%%", "")
	short := article.Article{Text: strings.Repeat(one, 10)}
	long := article.Article{Text: strings.Repeat(one, 200)}
	t0 := time.Now()
	n1 := len(gc.Mentions(short))
	d1 := time.Since(t0)
	t0 = time.Now()
	n2 := len(gc.Mentions(long))
	d2 := time.Since(t0)
	t.Logf("%d KB: %d mentions in %v; %d KB: %d mentions in %v", len(short.Text)>>10, n1, d1, len(long.Text)>>10, n2, d2)
	if n2 < 15*n1 {
		t.Errorf("the long document gave %d mentions, the short one %d", n2, n1)
	}
	if d2 > 60*d1+time.Second {
		t.Errorf("20 times the text took %v, against %v", d2, d1)
	}
}
