package web

import (
	"encoding/json"
	"fmt"
	"html/template"
	"io/fs"
	"net/url"
	"strings"

	"github.com/accord-hub/accord/internal/cameo"
	"github.com/accord-hub/accord/internal/event"
)

// quadNames name the QuadClasses.
var quadNames = [5]string{"", "verbal cooperation", "material cooperation", "verbal conflict", "material conflict"}

func (s *Server) funcs() template.FuncMap {
	return template.FuncMap{
		"quadName": func(q int) string {
			if q < 1 || q > 4 {
				return "unknown"
			}
			return quadNames[q]
		},
		"codeName": func(code string) string {
			if c, ok := cameo.Lookup(code); ok {
				return c.Name
			}
			return ""
		},
		"country":     s.countries.Name,
		"countryOf":   cameo.CountryOf,
		"highlight":   func(e event.Event) []segment { return highlight(e.Text, e.Evidence) },
		"short":       shorten,
		"paragraphs":  paragraphs,
		"join":        strings.Join,
		"signed":      func(f float64) string { return fmt.Sprintf("%+.1f", f) },
		"num":         func(f float64) string { return fmt.Sprintf("%.4g", f) },
		"json":        toJSON,
		"query":       func(v url.Values) string { return v.Encode() },
		"statusClass": func(s string) string { return "st-" + strings.ReplaceAll(s, "_", "-") },
		"actor": func(code string) string {
			if code == "" {
				return "—"
			}
			return code
		},
	}
}

func toJSON(v any) (string, error) {
	b, err := json.Marshal(v)
	return string(b), err
}

func shorten(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && s[cut]&0xC0 == 0x80 {
		cut--
	}
	return s[:cut] + "…"
}

// paragraphs splits an article's text at blank lines.
func paragraphs(text string) []string {
	var out []string
	for _, p := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// pageNames are the page templates; each is parsed with the layout and the
// shared partials.
var pageNames = []string{"overview", "country", "pair", "event", "agreements", "disputes", "search", "error"}

func (s *Server) parseTemplates() error {
	s.pages = map[string]*template.Template{}
	tfs, err := fs.Sub(embedded, "templates")
	if err != nil {
		return err
	}
	for _, name := range pageNames {
		t, err := template.New(name).Funcs(s.funcs()).ParseFS(tfs, "layout.html", "partials.html", "subject.html", name+".html")
		if err != nil {
			return fmt.Errorf("template %s: %w", name, err)
		}
		s.pages[name] = t
	}
	return nil
}
