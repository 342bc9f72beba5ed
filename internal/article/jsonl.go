package article

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// ReadJSONL reads one document a line: `id` (a string, or a number), `text`,
// and optionally `date` (YYYY-MM-DD, or RFC 3339, normalised to its day),
// `title`, `url`, `source` and `language`; other fields are ignored. A line
// without an id gets NewID(url, text). Blank lines are skipped.
//
// A bad line (broken JSON, not an object, a missing or empty text, a bad
// date, a line over opt.MaxBytes) goes to onProblem with its line number and
// is skipped; a line too long is skipped without being held in memory.
// Bytes that are not UTF-8 are replaced with U+FFFD, reported, and the line
// is still read. A file without any document is reported as empty.
// ReadJSONL returns an error only when ctx is done or fn returns one.
func ReadJSONL(ctx context.Context, r io.Reader, name string, opt Options, fn func(Article) error, onProblem func(Problem)) error {
	report := func(line int, skipped bool, err error) {
		if onProblem != nil {
			onProblem(Problem{File: name, Line: line, Err: err, Skipped: skipped})
		}
	}
	br := bufio.NewReaderSize(r, 64<<10)
	limit := opt.maxBytes()
	var buf []byte
	lineNo, docs := 0, 0
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		line, tooLong, readErr := readLine(br, limit, buf)
		buf = line[:0]
		if len(line) == 0 && !tooLong && readErr != nil {
			if readErr != io.EOF {
				report(lineNo+1, true, fmt.Errorf("read: %w", readErr))
			}
			break
		}
		lineNo++
		if tooLong {
			docs++
			report(lineNo, true, fmt.Errorf("%w: line over %d bytes, skipped", ErrTooLarge, limit))
		} else {
			seen, err := readJSONLine(line, lineNo, name, report, fn)
			if err != nil {
				return err
			}
			if seen {
				docs++
			}
		}
		if readErr != nil {
			if readErr != io.EOF {
				report(lineNo+1, true, fmt.Errorf("read: %w", readErr))
			}
			break
		}
	}
	if docs == 0 {
		report(0, true, ErrEmpty)
	}
	return nil
}

// readJSONLine decodes one line and hands its article to fn. It says
// whether the line was more than blank, and returns only fn's error.
func readJSONLine(line []byte, lineNo int, name string, report func(int, bool, error), fn func(Article) error) (bool, error) {
	line = bytes.TrimRight(line, "\r\n")
	if lineNo == 1 {
		line = trimBOM(line)
	}
	if len(bytes.TrimSpace(line)) == 0 {
		return false, nil
	}
	if !utf8.Valid(line) {
		report(lineNo, false, ErrInvalidUTF8)
		line = bytes.ToValidUTF8(line, []byte("\uFFFD"))
	}
	a, err := decodeDoc(line)
	if err != nil {
		report(lineNo, true, err)
		return true, nil
	}
	a.Origin = fmt.Sprintf("%s:%d", name, lineNo)
	return true, fn(a)
}

// readLine reads one line into buf (reused), up to limit bytes of content.
// A longer line is read to its end and dropped, with tooLong set.
func readLine(br *bufio.Reader, limit int64, buf []byte) (line []byte, tooLong bool, err error) {
	line = buf[:0]
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(line)+len(chunk)) > limit+2 { // room for "\r\n"
				tooLong, line = true, line[:0]
			} else {
				if len(line)+len(chunk) > cap(line) {
					// Double, rather than append's 1.25 for large slices:
					// fewer copies of a long line.
					grown := make([]byte, len(line), min(max(2*cap(line), len(line)+len(chunk)), int(limit+2)))
					copy(grown, line)
					line = grown
				}
				line = append(line, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if !tooLong && int64(len(bytes.TrimRight(line, "\r\n"))) > limit {
			tooLong, line = true, line[:0]
		}
		return line, tooLong, err
	}
}

// jsonDoc is one document of a JSONL file.
type jsonDoc struct {
	ID       json.RawMessage `json:"id"`
	Text     *string         `json:"text"`
	Date     string          `json:"date"`
	Title    string          `json:"title"`
	URL      string          `json:"url"`
	Source   string          `json:"source"`
	Language string          `json:"language"`
}

// decodeDoc reads one JSON document into an Article.
func decodeDoc(b []byte) (Article, error) {
	t := bytes.TrimLeft(b, " \t\r\n")
	if len(t) == 0 || t[0] != '{' {
		return Article{}, errors.New("not a JSON object, skipped")
	}
	var d jsonDoc
	if !decodeDocFast(t, &d) {
		d = jsonDoc{}
		if err := json.Unmarshal(t, &d); err != nil {
			return Article{}, jsonError(err)
		}
	}
	return d.article()
}

// article validates a decoded document.
func (d jsonDoc) article() (Article, error) {
	if d.Text == nil {
		return Article{}, errors.New(`no "text" field, skipped`)
	}
	a := Article{
		Text:     strings.TrimSpace(*d.Text),
		Title:    strings.TrimSpace(d.Title),
		URL:      strings.TrimSpace(d.URL),
		Source:   strings.TrimSpace(d.Source),
		Language: strings.TrimSpace(d.Language),
	}
	if a.Text == "" {
		return Article{}, errors.New(`empty "text", skipped`)
	}
	id := bytes.TrimSpace(d.ID)
	switch {
	case len(id) == 0 || string(id) == "null":
	case id[0] == '"':
		if err := json.Unmarshal(id, &a.ID); err != nil {
			return Article{}, fmt.Errorf(`field "id": %w, skipped`, err)
		}
		a.ID = strings.TrimSpace(a.ID)
	case id[0] == '-' || (id[0] >= '0' && id[0] <= '9'):
		a.ID = string(id)
	default:
		return Article{}, errors.New(`field "id": want a string or a number, skipped`)
	}
	if a.ID == "" {
		a.ID = NewID(a.URL, a.Text)
	}
	if d.Date != "" {
		date, err := NormalizeDate(d.Date)
		if err != nil {
			return Article{}, fmt.Errorf(`field "date": %w, skipped`, err)
		}
		a.Date = date
	}
	return a, nil
}

// jsonError says in plain words what is wrong with a document's JSON.
func jsonError(err error) error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return fmt.Errorf("broken JSON at byte %d: %v, skipped", se.Offset, se)
	case errors.As(err, &te):
		return fmt.Errorf("field %q: want a %s, got %s, skipped", te.Field, te.Type, te.Value)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return errors.New("broken JSON: unexpected end of line, skipped")
	}
	return fmt.Errorf("broken JSON: %v, skipped", err)
}

// readJSONValues reads a .json file that is not a feed: one document
// object, an array of them, or several objects one after another.
func readJSONValues(ctx context.Context, b []byte, name string, fn func(Article) error, onProblem func(Problem)) error {
	report := func(off int64, err error) {
		if onProblem != nil {
			onProblem(Problem{File: name, Line: bytes.Count(b[:min(int(off), len(b))], []byte("\n")) + 1, Err: err, Skipped: true})
		}
	}
	if !utf8.Valid(b) {
		i := 0
		for i < len(b) {
			r, size := utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && size == 1 {
				break
			}
			i += size
		}
		if onProblem != nil {
			onProblem(Problem{File: name, Line: bytes.Count(b[:i], []byte("\n")) + 1, Err: ErrInvalidUTF8})
		}
		b = bytes.ToValidUTF8(b, []byte("\uFFFD"))
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	n := 0
	emit := func(raw json.RawMessage, off int64) error {
		n++
		a, err := decodeDoc(raw)
		if err != nil {
			report(off, err)
			return nil
		}
		line := bytes.Count(b[:off], []byte("\n")) + 1
		a.Origin = fmt.Sprintf("%s:%d", name, line)
		return fn(a)
	}
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		off := skipSpace(b, dec.InputOffset())
		if off < int64(len(b)) && b[off] == '[' {
			if _, err := dec.Token(); err != nil {
				report(off, jsonError(err))
				return nil
			}
			for dec.More() {
				if err := ctx.Err(); err != nil {
					return err
				}
				off := skipSpace(b, dec.InputOffset())
				var raw json.RawMessage
				if err := dec.Decode(&raw); err != nil {
					report(off, jsonError(err))
					return nil
				}
				if err := emit(raw, off); err != nil {
					return err
				}
			}
			if _, err := dec.Token(); err != nil {
				report(dec.InputOffset(), jsonError(err))
				return nil
			}
			continue
		}
		var raw json.RawMessage
		err := dec.Decode(&raw)
		if err == io.EOF {
			break
		}
		if err != nil {
			report(off, jsonError(err))
			return nil
		}
		if err := emit(raw, off); err != nil {
			return err
		}
	}
	if n == 0 {
		report(0, ErrEmpty)
	}
	return nil
}

func skipSpace(b []byte, off int64) int64 {
	for off < int64(len(b)) && (b[off] == ' ' || b[off] == '\n' || b[off] == '\r' || b[off] == '\t' || b[off] == ',') {
		off++
	}
	return off
}
