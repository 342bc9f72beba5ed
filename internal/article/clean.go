package article

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// wrapWidth is the longest line, in characters, of a hard-wrapped paragraph.
// A block with a longer line holds one paragraph a line.
const wrapWidth = 120

// Clean tidies the text of a page or file for coding: it drops web
// boilerplate (breadcrumbs such as "Home » News » …", lines of section names
// and tags, "Share this:", "Read more", "Subscribe to our newsletter",
// copyright and "All rights reserved" lines, "Photo: …" credits, cookie
// notices, a bare "Source:" trailer), normalises spaces, and returns the
// paragraphs separated by one blank line, with hard-wrapped lines inside a
// paragraph joined by a space.
//
// Boilerplate is only dropped where it stands as a line of its own, at the
// start or end of a paragraph, so that real sentences are never cut.
func Clean(text string) string {
	var out []string
	lines := splitLines(text)
	for start := 0; start < len(lines); {
		if lines[start] == "" {
			start++
			continue
		}
		end := start
		width := 0
		for end < len(lines) && lines[end] != "" {
			width = max(width, utf8.RuneCountInString(lines[end]))
			end++
		}
		block := lines[start:end]
		start = end
		if width <= wrapWidth {
			out = appendParagraph(out, block)
			continue
		}
		for i := range block {
			out = appendParagraph(out, block[i:i+1])
		}
	}
	return strings.Join(out, "\n\n")
}

// appendParagraph strips boilerplate lines from both ends of one paragraph's
// lines and appends what is left, joined, to paras.
func appendParagraph(paras []string, lines []string) []string {
	for len(lines) > 0 && isBoilerplate(lines[0]) {
		lines = lines[1:]
	}
	for len(lines) > 0 && isBoilerplate(lines[len(lines)-1]) {
		lines = lines[:len(lines)-1]
	}
	if len(lines) == 0 {
		return paras
	}
	var b strings.Builder
	for i, l := range lines {
		if i > 0 {
			prev := lines[i-1]
			// "inter-" + "national" and "Kyrgyz-" + "Tajik" join without a
			// space.
			if n := len(prev); !(n >= 2 && prev[n-1] == '-' && prev[n-2] != ' ' && prev[n-2] != '-') {
				b.WriteByte(' ')
			}
		}
		b.WriteString(l)
	}
	p := b.String()
	if len(paras) > 0 && paras[len(paras)-1] == p {
		return paras
	}
	return append(paras, p)
}

// splitLines normalises text into trimmed lines: line ends unified, every
// kind of space made a plain space and runs of them collapsed, control and
// zero-width characters removed, blank lines made "".
func splitLines(text string) []string {
	lines := make([]string, 0, strings.Count(text, "\n")+1)
	var b strings.Builder
	b.Grow(256)
	space := false
	flush := func() {
		lines = append(lines, strings.TrimRight(b.String(), " "))
		b.Reset()
		space = false
	}
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == '\n':
				flush()
			case c == '\r':
				if i < len(text) && text[i] == '\n' {
					i++
				}
				flush()
			case c == ' ' || c == '\t' || c == '\v' || c == '\f':
				space = b.Len() > 0
			case c < 0x20 || c == 0x7f:
				// control character: dropped
			default:
				if space {
					b.WriteByte(' ')
					space = false
				}
				b.WriteByte(c)
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		switch {
		case r == '\u2028' || r == '\u2029':
			flush()
		case r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff' || r == '\u00ad':
			// zero-width characters and soft hyphens: dropped
		case unicode.IsSpace(r):
			space = b.Len() > 0
		case r < 0xa0 || unicode.Is(unicode.Cc, r):
			// C1 control characters: dropped
		default:
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteRune(r)
		}
	}
	flush()
	return lines
}

// Exact lines (lower-cased, trailing ":" and arrows removed) that are page
// furniture, never news.
var furniture = map[string]bool{
	"share": true, "share this": true, "share this article": true, "share this story": true,
	"share this post": true, "share on facebook": true, "share on twitter": true, "share article": true,
	"tweet": true, "print": true, "email": true, "e-mail": true, "copy link": true,
	"read more": true, "continue reading": true, "read the full story": true, "read full article": true,
	"advertisement": true, "advertisements": true, "sponsored": true, "sponsored content": true,
	"related": true, "related articles": true, "related posts": true, "related stories": true,
	"related news": true, "more stories": true, "more news": true, "you may also like": true,
	"recommended": true, "recommended for you": true, "most read": true, "popular": true,
	"comments": true, "comment": true, "leave a comment": true, "leave a reply": true,
	"loading": true, "loading...": true, "loading…": true, "like this": true, "like": true,
	"skip to content": true, "skip to main content": true, "listen to this article": true,
	"back to top": true, "menu": true, "search": true, "home": true, "close": true,
	"facebook": true, "twitter": true, "x": true, "whatsapp": true, "telegram": true,
	"linkedin": true, "reddit": true, "pinterest": true, "vk": true, "vkontakte": true,
	"odnoklassniki": true, "instagram": true, "youtube": true, "tiktok": true, "threads": true,
	"source": true, "sources": true, "photo": true, "photos": true, "video": true, "tags": true,
}

var (
	// Lines that start like furniture; they are dropped when short.
	furniturePrefixRe = regexp.MustCompile(`^(?:read more|read also|also read|see also|related|more|subscribe\b|sign up\b|follow us\b|join us on\b|click here\b|tap here\b|tags?|topics?|filed under|categor(?:y|ies)|posted in|you are here|download (?:our|the) app|this story has been updated)\b`)
	// Photo and picture credits: "Photo: Reuters", "Image by AFP".
	creditRe = regexp.MustCompile(`^(?:photos?|photograph|images?|pictures?|pic|file photo|cover photo|main photo|top photo|photo credit|credits?|illustration|video|screenshot)\b\s*(?::|by\b|credit\b|courtesy\b|©)`)
	// Wire-service trailers: "(Reporting by …; Editing by …)".
	wireRe = regexp.MustCompile(`^\(?(?:reporting|writing|editing|additional reporting|compiled) by\b`)
	// Cookie banners, told apart from news about cookies.
	cookieRe  = regexp.MustCompile(`\b(?:we|this (?:web)?site|our (?:web)?site|websites?) (?:use|uses|are using) cookies\b|\baccept (?:all )?cookies\b|\bcookie (?:policy|settings|preferences|consent)\b|\bby (?:continuing|using) (?:to (?:use|browse)|this (?:web)?site|our (?:web)?site)`)
	sourceRe  = regexp.MustCompile(`^sources?\s*:`)
	crumbSeps = []string{" » ", " › ", " > ", " → ", " / ", " | ", "»", "›"}
)

// newsWords start "More" and "Related" links, and sentences too.
var newsWords = map[string]bool{"more": true, "related": true}

// boilerStarts are the first words of lines that the furniture patterns
// above may match; other lines skip those patterns.
var boilerStarts = map[string]bool{
	"read": true, "also": true, "see": true, "related": true, "more": true, "subscribe": true,
	"sign": true, "follow": true, "join": true, "click": true, "tap": true, "tag": true, "tags": true,
	"topic": true, "topics": true, "filed": true, "category": true, "categories": true, "posted": true,
	"you": true, "download": true, "this": true, "photo": true, "photos": true, "photograph": true,
	"image": true, "images": true, "picture": true, "pictures": true, "pic": true, "file": true,
	"cover": true, "main": true, "top": true, "credit": true, "credits": true, "illustration": true,
	"video": true, "screenshot": true, "reporting": true, "writing": true, "editing": true,
	"additional": true, "compiled": true, "source": true, "sources": true,
}

// isBoilerplate says whether one normalised line is page furniture.
func isBoilerplate(line string) bool {
	words := strings.Count(line, " ") + 1
	if words > 80 {
		return false
	}
	if words > 30 {
		// Only a cookie banner is this long.
		return strings.Contains(line, "ookie") && cookieRe.MatchString(strings.ToLower(line))
	}
	l := strings.ToLower(line)
	key := strings.TrimRight(l, " :»›→>|-–—.…")
	if furniture[key] {
		return true
	}
	if (words <= 12 && strings.Contains(l, "all rights reserved")) || strings.HasPrefix(l, "©") ||
		strings.HasPrefix(l, "copyright ") || strings.HasPrefix(l, "(c) ") {
		return true
	}
	if isShareLine(l) || isByline(line, words) {
		return true
	}
	first := strings.TrimLeft(l, "(")
	if i := strings.IndexFunc(first, func(r rune) bool { return r < 'a' || r > 'z' }); i >= 0 {
		first = first[:i]
	}
	// "More than 100 people protested." and "More troops arrived in Osh."
	// are news, not "More" links: a sentence of four words or more that
	// starts with a bare "More" or "Related" (no colon) and ends like one.
	if boilerStarts[first] && !strings.HasPrefix(l, "more than ") && !(newsWords[first] && words >= 4 && strings.HasPrefix(l[len(first):], " ") && endsSentence(l)) {
		switch {
		case (words <= 8 || (words <= 20 && !endsSentence(l))) && furniturePrefixRe.MatchString(l):
			return true
		case words <= 25 && creditRe.MatchString(l):
			return true
		case wireRe.MatchString(l):
			return true
		case words <= 6 && sourceRe.MatchString(l):
			return true
		}
	}
	if strings.Contains(l, "cookie") && cookieRe.MatchString(l) {
		return true
	}
	return isBreadcrumb(l) || isCategoryLine(line)
}

// endsSentence says whether a line ends with a full stop, question or
// exclamation mark, perhaps inside quotes.
func endsSentence(l string) bool {
	l = strings.TrimRight(l, "\"'”’») ")
	return strings.HasSuffix(l, ".") || strings.HasSuffix(l, "?") || strings.HasSuffix(l, "!")
}

// shareWords are the words of a row of share buttons.
var shareWords = map[string]bool{
	"share": true, "this": true, "on": true, "via": true, "follow": true, "us": true, "email": true,
	"e-mail": true, "print": true, "copy": true, "link": true, "like": true, "tweet": true,
	"facebook": true, "twitter": true, "x": true, "whatsapp": true, "telegram": true, "linkedin": true,
	"reddit": true, "pinterest": true, "vk": true, "vkontakte": true, "odnoklassniki": true,
	"instagram": true, "youtube": true, "tiktok": true, "threads": true, "messenger": true,
	"viber": true, "mastodon": true, "bluesky": true, "flipboard": true, "pocket": true,
}

// isShareLine recognises "Share this: Facebook Twitter Telegram".
func isShareLine(l string) bool {
	first, _, _ := strings.Cut(l, " ")
	if !shareWords[strings.TrimRight(first, ":|,")] {
		return false
	}
	n := 0
	for _, w := range strings.FieldsFunc(l, func(r rune) bool { return r == ' ' || r == ':' || r == '|' || r == ',' || r == '•' || r == '·' }) {
		if !shareWords[w] {
			return false
		}
		n++
	}
	return n >= 2 && n <= 15
}

// isByline recognises "By Staff Reporter" and "By Bruce Pannier | 3 October
// 2022": "By" and capitalised names, perhaps a date, no sentence.
func isByline(line string, words int) bool {
	if words > 12 || words < 2 || !strings.HasPrefix(line, "By ") || endsSentence(line) {
		return false
	}
	names := line[3:]
	if i := strings.IndexAny(names, "|,·—–"); i >= 0 {
		names = names[:i]
	}
	fields := strings.Fields(names)
	if len(fields) == 0 || len(fields) > 5 {
		return false
	}
	for _, f := range fields {
		r, _ := utf8.DecodeRuneInString(f)
		if !unicode.IsUpper(r) && f != "and" && f != "de" && f != "van" && f != "von" {
			return false
		}
	}
	return true
}

// isBreadcrumb recognises "Home » Blog » Title" and "News > Asia > Kyrgyzstan".
func isBreadcrumb(lower string) bool {
	lower = strings.TrimPrefix(lower, "you are here: ")
	for _, sep := range crumbSeps {
		if !strings.Contains(lower, sep) {
			continue
		}
		parts := strings.Split(lower, sep)
		first := strings.TrimSpace(parts[0])
		switch first {
		case "home", "homepage", "home page", "main", "main page", "start", "index", "news", "главная":
			return true
		}
		// Without a "Home", only the arrow-like separators and three or more
		// short parts make a breadcrumb.
		if len(parts) < 3 || sep == " / " || sep == " | " {
			continue
		}
		short := true
		for _, p := range parts {
			p = strings.TrimSpace(p)
			if p == "" || strings.Count(p, " ") >= 12 {
				short = false
				break
			}
		}
		if short {
			return true
		}
	}
	return false
}

// Words common in the section and tag lines of news sites.
var sectionWords = map[string]bool{
	"news": true, "world": true, "politics": true, "political": true, "economy": true, "business": true,
	"featured": true, "feature": true, "features": true, "global": true, "national": true,
	"international": true, "local": true, "regional": true, "region": true, "regions": true,
	"security": true, "asia": true, "europe": true, "africa": true, "americas": true, "america": true,
	"middle": true, "east": true, "west": true, "north": true, "south": true, "central": true,
	"eurasia": true, "pacific": true, "opinion": true, "opinions": true, "analysis": true, "society": true,
	"culture": true, "sport": true, "sports": true, "tech": true, "technology": true, "science": true,
	"health": true, "environment": true, "climate": true, "blog": true, "blogs": true, "home": true,
	"latest": true, "top": true, "stories": true, "story": true, "breaking": true, "video": true,
	"videos": true, "photos": true, "gallery": true, "media": true, "editorial": true,
	"editorials": true, "commentary": true, "interviews": true, "interview": true, "press": true,
	"releases": true, "lifestyle": true, "entertainment": true, "travel": true, "education": true,
	"energy": true, "defense": true, "defence": true, "military": true, "conflict": true,
	"diplomacy": true, "law": true, "justice": true, "crime": true, "markets": true, "finance": true,
	"trade": true, "agriculture": true, "migration": true, "human": true, "rights": true,
	"general": true, "misc": true, "uncategorized": true, "updates": true, "headlines": true,
	"daily": true, "weekly": true, "reports": true, "report": true, "investigations": true,
	"special": true, "policy": true, "foreign": true, "affairs": true, "domestic": true,
	"china": true, "russia": true, "usa": true, "us": true, "uk": true, "eu": true,
}

// Words that show a line is a phrase or a sentence, not a list of sections.
var phraseWords = map[string]bool{
	"of": true, "the": true, "a": true, "an": true, "in": true, "on": true, "at": true, "to": true,
	"for": true, "with": true, "by": true, "from": true, "or": true, "but": true, "is": true,
	"are": true, "was": true, "were": true, "be": true, "been": true, "has": true, "have": true,
	"had": true, "will": true, "would": true, "says": true, "said": true, "as": true, "into": true,
	"over": true, "after": true, "before": true, "against": true, "not": true, "its": true,
}

// isCategoryLine recognises a line of section or tag names: several
// capitalised words without sentence punctuation or function words, most of
// them words that name sections ("Asia China Economy Featured Global News").
func isCategoryLine(line string) bool {
	if strings.ContainsAny(line, ".;:!?\"“”()'’") {
		return false
	}
	words, known, separated := 0, 0, false
	for _, w := range strings.FieldsFunc(line, func(r rune) bool {
		return r == ' ' || r == ',' || r == '|' || r == '/' || r == '•' || r == '·'
	}) {
		lw := strings.ToLower(w)
		if lw == "and" || lw == "&" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || phraseWords[lw] {
			return false
		}
		words++
		if sectionWords[lw] {
			known++
		}
	}
	separated = strings.ContainsAny(line, "|•·")
	return words >= 3 && (2*known >= words || (separated && words >= 4))
}
