package article

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// ReadHTML reads one web page: the main text (found by readability, then
// Clean), the title, the publication date (from the page's metadata:
// article:published_time and similar meta tags, JSON-LD datePublished,
// <time datetime>; else a dateline in the text), the canonical URL, the
// site name and the language. pageURL is where the page came from, "" for a
// local file; it resolves relative links. The id is NewID of the canonical
// URL and text.
func ReadHTML(r io.Reader, name, pageURL string, opt Options) (Article, error) {
	b, err := readLimited(r, opt.maxBytes())
	if err != nil {
		return Article{}, err
	}
	return readHTMLBytes(b, name, pageURL, "", opt)
}

// readHTMLBytes is ReadHTML on a body in memory; contentType is the HTTP
// Content-Type header, if any, for the character set.
func readHTMLBytes(b []byte, name, pageURL, contentType string, opt Options) (Article, error) {
	if len(bytes.TrimSpace(b)) == 0 {
		return Article{}, ErrEmpty
	}
	if isBinary(b[:min(len(b), sniffLen)]) {
		return Article{}, ErrBinary
	}
	var src io.Reader = bytes.NewReader(b)
	if enc, encName, certain := charset.DetermineEncoding(b, contentType); encName != "utf-8" && (certain || !utf8.Valid(b)) {
		src = enc.NewDecoder().Reader(src)
	}
	doc, err := html.Parse(src)
	if err != nil {
		return Article{}, fmt.Errorf("parse HTML: %w", err)
	}
	base, _ := url.Parse(pageURL)
	if base != nil && base.Scheme != "http" && base.Scheme != "https" {
		base = nil
	}
	m := pageMeta(doc, base)

	p := readability.NewParser()
	ra, err := p.ParseAndMutate(doc, base)
	if err != nil {
		return Article{}, fmt.Errorf("extract main text: %w", err)
	}
	var text string
	if ra.Node != nil {
		text = Clean(render.InnerText(ra.Node))
	}
	if text == "" {
		text = Clean(m.description)
	}
	if text == "" {
		return Article{}, ErrNoText
	}

	now := opt.now()
	a := Article{Origin: name}
	a.Title = trimSiteName(firstNonEmpty(oneLine(ra.Title()), m.title), firstNonEmpty(m.siteName, ra.SiteName()), m.h1)
	a.Text = dropLeadingTitle(text, a.Title)
	a.Date = m.date(now)
	if a.Date == "" {
		if t, err := ra.PublishedTime(); err == nil {
			a.Date = t.Format("2006-01-02")
		}
	}
	if a.Date == "" {
		a.Date = DocumentDate(a.Text, now)
	}
	a.URL = firstNonEmpty(m.canonical, m.ogURL)
	if a.URL == "" && base != nil {
		a.URL = base.String()
	}
	a.Source = firstNonEmpty(m.siteName, oneLine(ra.SiteName()), m.publisher)
	if a.Source == "" && a.URL != "" {
		if u, err := url.Parse(a.URL); err == nil {
			a.Source = strings.TrimPrefix(u.Hostname(), "www.")
		}
	}
	a.Language = firstNonEmpty(m.lang, ra.Language())
	a.Language = strings.ReplaceAll(strings.TrimSpace(a.Language), "_", "-")
	a.ID = NewID(a.URL, a.Text)
	return a, nil
}

// titleSeps separate a page title from the site's name.
var titleSeps = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " » "}

// trimSiteName drops the site's name from a page title: "Border talks
// resume | Steppe Wire" is "Border talks resume" when the site is called
// so, or when the page's h1 is the part before the separator.
func trimSiteName(title, site, h1 string) string {
	site, h1 = oneLine(site), oneLine(h1)
	for _, sep := range titleSeps {
		if site != "" {
			if len(title) > len(sep)+len(site) && strings.EqualFold(title[len(title)-len(site):], site) && strings.HasSuffix(title[:len(title)-len(site)], sep) {
				return strings.TrimSpace(title[:len(title)-len(site)-len(sep)])
			}
			if len(title) > len(sep)+len(site) && strings.EqualFold(title[:len(site)], site) && strings.HasPrefix(title[len(site):], sep) {
				return strings.TrimSpace(title[len(site)+len(sep):])
			}
		}
		if h1 != "" && strings.HasPrefix(title, h1+sep) {
			return h1
		}
	}
	return title
}

// dropLeadingTitle removes a first paragraph that repeats the title.
func dropLeadingTitle(text, title string) string {
	if title == "" {
		return text
	}
	first, rest, ok := strings.Cut(text, "\n\n")
	if ok && strings.EqualFold(strings.TrimSpace(first), title) {
		return rest
	}
	return text
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// oneLine collapses the spaces and line breaks of a short field.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// meta is what a page says about itself in its head.
type meta struct {
	title, description  string
	h1                  string
	canonical, ogURL    string
	siteName, publisher string
	lang                string
	// Publication date candidates, from the strongest to the weakest.
	metaDate, jsonLDDate, itempropDate string
	dates                              []string
	timeDate                           string
}

// date is the first candidate publication date that parses.
func (m meta) date(now time.Time) string {
	for _, s := range []string{m.metaDate, m.jsonLDDate, m.itempropDate} {
		if d := looseDate(s, now); d != "" {
			return d
		}
	}
	for _, s := range m.dates {
		if d := looseDate(s, now); d != "" {
			return d
		}
	}
	return looseDate(m.timeDate, now)
}

// Meta names and properties that carry a publication date: the first group
// outranks JSON-LD, the second comes after it.
var (
	primaryDateMeta = map[string]bool{
		"article:published_time": true, "og:article:published_time": true,
		"og:published_time": true, "article:published": true,
	}
	otherDateMeta = map[string]bool{
		"date": true, "pubdate": true, "publishdate": true, "publish-date": true, "publish_date": true,
		"publication_date": true, "dc.date": true, "dc.date.issued": true, "dc.date.created": true,
		"dcterms.date": true, "dcterms.created": true, "dcterms.issued": true, "sailthru.date": true,
		"parsely-pub-date": true, "article.published": true, "datepublished": true,
		"originalpublicationdate": true, "og:updated_time": true, "article:modified_time": true,
	}
)

// pageMeta gathers title, dates, canonical URL, site name and language.
func pageMeta(doc *html.Node, base *url.URL) meta {
	var m meta
	var h1 string
	var walk func(n *html.Node, inBody bool)
	walk = func(n *html.Node, inBody bool) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "html":
				m.lang = attr(n, "lang")
			case "body":
				inBody = true
			case "title":
				if m.title == "" && !inBody {
					m.title = oneLine(nodeText(n))
				}
			case "h1":
				if h1 == "" {
					h1 = oneLine(nodeText(n))
				}
			case "meta":
				key := strings.ToLower(firstNonEmpty(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
				content := attr(n, "content")
				switch {
				case content == "":
				case primaryDateMeta[key]:
					if m.metaDate == "" {
						m.metaDate = content
					}
				case key == "datepublished" && attr(n, "itemprop") != "":
					if m.itempropDate == "" {
						m.itempropDate = content
					}
				case otherDateMeta[key]:
					m.dates = append(m.dates, content)
				case key == "og:title" || key == "twitter:title":
					if m.title == "" || key == "og:title" {
						m.title = oneLine(content)
					}
				case key == "og:url":
					m.ogURL = absURL(content, base)
				case key == "og:site_name":
					m.siteName = oneLine(content)
				case key == "og:description" || key == "description":
					if m.description == "" {
						m.description = content
					}
				case key == "og:locale":
					if m.lang == "" {
						m.lang = content
					}
				}
				if strings.EqualFold(attr(n, "http-equiv"), "content-language") && m.lang == "" {
					m.lang = content
				}
			case "link":
				if strings.EqualFold(attr(n, "rel"), "canonical") && m.canonical == "" {
					m.canonical = absURL(attr(n, "href"), base)
				}
			case "script":
				if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") {
					d, pub := jsonLDDate(nodeText(n))
					if m.jsonLDDate == "" {
						m.jsonLDDate = d
					}
					if m.publisher == "" {
						m.publisher = pub
					}
				}
				return
			case "time":
				if dt := attr(n, "datetime"); dt != "" && (m.timeDate == "" || hasAttr(n, "pubdate")) {
					m.timeDate = dt
				}
			case "style", "noscript", "template", "svg":
				return
			}
			if n.Data != "meta" && m.itempropDate == "" && strings.EqualFold(attr(n, "itemprop"), "datePublished") {
				m.itempropDate = firstNonEmpty(attr(n, "datetime"), attr(n, "content"), oneLine(nodeText(n)))
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inBody)
		}
	}
	walk(doc, false)
	m.h1 = h1
	if m.title == "" {
		m.title = h1
	}
	if m.canonical != "" && !strings.HasPrefix(m.canonical, "http") {
		m.canonical = ""
	}
	if m.ogURL != "" && !strings.HasPrefix(m.ogURL, "http") {
		m.ogURL = ""
	}
	return m
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return strings.TrimSpace(a.Val)
		}
	}
	return ""
}

// nodeText is the text inside a node, without any layout.
func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

func absURL(href string, base *url.URL) string {
	href = strings.TrimSpace(href)
	if href == "" {
		return ""
	}
	u, err := url.Parse(href)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	return u.String()
}

// jsonLDDate finds datePublished (or dateCreated) and the publisher's name in
// a JSON-LD block, preferring an article's own object.
func jsonLDDate(src string) (date, publisher string) {
	var v any
	if err := json.Unmarshal([]byte(strings.TrimSpace(src)), &v); err != nil {
		return "", ""
	}
	var best, anyDate string
	var walk func(v any, depth int)
	walk = func(v any, depth int) {
		if depth > 8 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				walk(e, depth+1)
			}
		case map[string]any:
			d, _ := x["datePublished"].(string)
			if d == "" {
				d, _ = x["dateCreated"].(string)
			}
			if d != "" {
				typ := fmt.Sprint(x["@type"])
				if best == "" && (strings.Contains(typ, "Article") || strings.Contains(typ, "Posting") || strings.Contains(typ, "Report")) {
					best = d
				}
				if anyDate == "" {
					anyDate = d
				}
			}
			if p, ok := x["publisher"].(map[string]any); ok && publisher == "" {
				publisher, _ = p["name"].(string)
			}
			for k, e := range x {
				if k != "publisher" && k != "author" {
					walk(e, depth+1)
				}
			}
		}
	}
	walk(v, 0)
	return firstNonEmpty(best, anyDate), oneLine(publisher)
}

// htmlToText turns an HTML fragment, such as a feed item's content, into
// plain text with a blank line between blocks. Text without markup is only
// unescaped. The result is not yet Cleaned.
func htmlToText(s string) string {
	if !strings.ContainsRune(s, '<') {
		return html.UnescapeString(s)
	}
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return html.UnescapeString(s)
	}
	return render.InnerText(doc)
}
