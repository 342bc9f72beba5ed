package coder

import (
	"bufio"
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// ReadGold reads a gold file of any kind accord evaluates against, told apart
// by content: PETRARCH's validation XML (<Sentence> records), JSONL (one
// sentence a line: text, date, events [{source, target, code}]), or the
// sentence → events text format of ParseCases.
func ReadGold(r io.Reader, name string) ([]Case, error) {
	br := bufio.NewReader(r)
	head, _ := br.Peek(4096)
	if bytes.IndexByte(head, 0) >= 0 {
		return nil, fmt.Errorf("%s: binary file, not a gold file", name)
	}
	trimmed := strings.TrimSpace(string(head))
	switch {
	case strings.HasPrefix(trimmed, "<"):
		return readPetrarchGold(br, name)
	case strings.HasPrefix(trimmed, "{"):
		return readJSONLGold(br, name)
	}
	return ParseCases(br, name)
}

type xmlSentence struct {
	ID     string `xml:"id,attr"`
	Date   string `xml:"date,attr"`
	Text   string `xml:"Text"`
	Coding []struct {
		Source   string `xml:"sourcecode,attr"`
		Target   string `xml:"targetcode,attr"`
		Code     string `xml:"eventcode,attr"`
		NoEvents string `xml:"noevents,attr"`
		Error    string `xml:"error,attr"`
	} `xml:"EventCoding"`
}

// readPetrarchGold reads PETRARCH's validation records. Their actor codes
// are compared exactly.
func readPetrarchGold(r io.Reader, name string) ([]Case, error) {
	dec := xml.NewDecoder(r)
	dec.Strict = false
	var out []Case
	var opts Options
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			line, _ := dec.InputPos()
			return nil, fmt.Errorf("%s:%d: %w", name, line, err)
		}
		se, ok := tok.(xml.StartElement)
		if ok && se.Name.Local == "Config" {
			petrarchConfig(&opts, se)
			continue
		}
		if !ok || se.Name.Local != "Sentence" {
			continue
		}
		line, _ := dec.InputPos()
		var s xmlSentence
		if err := dec.DecodeElement(&s, &se); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, line, err)
		}
		c := Case{Text: strings.Join(strings.Fields(s.Text), " "), Date: petrarchDate(s.Date), Origin: fmt.Sprintf("%s:%d (%s)", name, line, s.ID), Exact: true, Options: opts}
		for _, ec := range s.Coding {
			if ec.Error != "" {
				c.Skip = true
				continue
			}
			if ec.NoEvents != "" {
				c.None = true
				continue
			}
			c.Want = append(c.Want, Expect{Source: ec.Source, Target: ec.Target, Codes: []string{ec.Code}})
		}
		out = append(out, c)
	}
	return out, nil
}

// petrarchConfig applies a <Config option="…" value="…"> element of
// PETRARCH's validation records to the options of the records after it.
func petrarchConfig(o *Options, se xml.StartElement) {
	var opt, val string
	for _, a := range se.Attr {
		switch a.Name.Local {
		case "option":
			opt = a.Value
		case "value":
			val = a.Value
		}
	}
	switch strings.ToLower(opt) {
	case "require_dyad":
		o.Monads = strings.EqualFold(val, "false")
	case "new_actor_length":
		if n, err := strconv.Atoi(val); err == nil {
			o.NewActorLength = n
		}
	}
}

func petrarchDate(d string) string {
	if len(d) == 8 {
		return d[:4] + "-" + d[4:6] + "-" + d[6:]
	}
	return d
}

type jsonGold struct {
	ID     string `json:"id"`
	Text   string `json:"text"`
	Date   string `json:"date"`
	Events []struct {
		Source string `json:"source"`
		Target string `json:"target"`
		Code   string `json:"code"`
	} `json:"events"`
}

func readJSONLGold(r io.Reader, name string) ([]Case, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 16<<20)
	var out []Case
	n := 0
	for sc.Scan() {
		n++
		l := strings.TrimSpace(sc.Text())
		if l == "" {
			continue
		}
		var g jsonGold
		if err := json.Unmarshal([]byte(l), &g); err != nil {
			return nil, fmt.Errorf("%s:%d: %s", name, n, jsonProblem(err))
		}
		if strings.TrimSpace(g.Text) == "" {
			return nil, fmt.Errorf("%s:%d: no \"text\" field", name, n)
		}
		for _, e := range g.Events {
			if !allDigits(e.Code) {
				return nil, fmt.Errorf("%s:%d: event code %q is not a CAMEO code", name, n, e.Code)
			}
		}
		c := Case{Text: g.Text, Date: g.Date, Origin: fmt.Sprintf("%s:%d", name, n), None: len(g.Events) == 0}
		for _, e := range g.Events {
			c.Want = append(c.Want, Expect{Source: e.Source, Target: e.Target, Codes: []string{e.Code}})
		}
		out = append(out, c)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, n+1, err)
	}
	return out, nil
}

// jsonProblem says what is wrong with a JSON line in a reader's words rather
// than Go's.
func jsonProblem(err error) string {
	var te *json.UnmarshalTypeError
	var se *json.SyntaxError
	switch {
	case errors.As(err, &te) && te.Field != "":
		return fmt.Sprintf("field %q: want %s, got %s", te.Field, te.Type.Kind(), te.Value)
	case errors.As(err, &te):
		return fmt.Sprintf("want a JSON object, got %s", te.Value)
	case errors.As(err, &se):
		return fmt.Sprintf("broken JSON at byte %d: %v", se.Offset, se)
	}
	return "broken JSON: " + err.Error()
}
