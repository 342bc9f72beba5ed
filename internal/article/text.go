package article

import (
	"bytes"
	"io"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ReadText reads one plain-text document. Its id is the file's base name
// ("stdin" for "-"); the text is Cleaned; a first line that looks like a
// headline (no sentence-final full stop, a blank line after it) becomes the
// title; the date comes from a dateline, else from the first explicit date
// in the text (see DocumentDate), else is "". Bytes that are not UTF-8 are
// repaired (see Walk for the warning it reports).
func ReadText(r io.Reader, name string, opt Options) (Article, error) {
	b, err := readLimited(r, opt.maxBytes())
	if err != nil {
		return Article{}, err
	}
	a, _, _, err := textArticle(b, textID(name), name, opt)
	return a, err
}

// textID is the id of a text document read from name.
func textID(name string) string {
	if name == "-" || name == "" {
		return "stdin"
	}
	return filepath.Base(name)
}

// textArticle builds the article of a text file's bytes. A repair of the
// encoding is returned as warn, with the first line it concerns.
func textArticle(b []byte, id, origin string, opt Options) (a Article, warnLine int, warn error, err error) {
	if len(bytes.TrimSpace(trimBOM(b))) == 0 {
		return Article{}, 0, nil, ErrEmpty
	}
	if isBinary(b[:min(len(b), sniffLen)]) {
		return Article{}, 0, nil, ErrBinary
	}
	raw, warnLine, warn := decodeText(b)
	a = fromText(raw, opt)
	if a.Text == "" {
		return Article{}, warnLine, warn, ErrNoText
	}
	a.ID, a.Origin = id, origin
	return a, warnLine, warn, nil
}

// fromText fills Text, Title and Date from a plain text.
func fromText(raw string, opt Options) Article {
	text := Clean(raw)
	title, body := splitTitle(text, opt)
	now := opt.now()
	date, ok := ParseDateline(body, now)
	if !ok {
		// A dateline in a byline that Clean dropped: "By A. Name | 3 Oct 2022".
		date, ok = ParseDateline(strings.Join(splitLines(raw), "\n"), now)
	}
	if !ok {
		date = DocumentDate(body, now)
	}
	return Article{Title: title, Text: body, Date: date}
}

// splitTitle takes the first paragraph off text when it looks like a
// headline.
func splitTitle(text string, opt Options) (title, body string) {
	first, rest, ok := strings.Cut(text, "\n\n")
	if !ok || !looksLikeHeadline(first) {
		return "", text
	}
	if _, isDateline := ParseDateline(first, opt.now()); isDateline {
		return "", text
	}
	if d, ok := dateAt(first); ok && d.End >= len(first)-1 {
		return "", text
	}
	return first, rest
}

// looksLikeHeadline says whether a paragraph reads as a headline: one short
// line starting with a capital or a digit and not ending like a sentence.
func looksLikeHeadline(p string) bool {
	if len(p) > 250 || strings.Count(p, " ") >= 30 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(p)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) && r != '"' && r != '“' && r != '‘' && r != '\'' {
		return false
	}
	end := strings.TrimRight(p, "\"'”’»)] ")
	if end == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(end)
	switch last {
	case '.', ',', ';', ':', '…', '-', '–', '—':
		return false
	}
	return strings.IndexFunc(p, unicode.IsLetter) >= 0
}
