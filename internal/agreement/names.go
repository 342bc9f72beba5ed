package agreement

import (
	"sort"
	"strings"
	"unicode"
)

// kinds maps the words that name an agreement to its kind.
var kinds = map[string]string{
	"treaty": "treaty", "treaties": "treaty",
	"agreement": "agreement", "agreements": "agreement",
	"accord": "accord", "accords": "accord",
	"convention":  "convention",
	"declaration": "declaration",
	"memorandum":  "memorandum", "mou": "memorandum",
	"protocol": "protocol",
	"pact":     "pact",
	"charter":  "charter",
	"deal":     "deal",
	"compact":  "compact",
	"document": "document",
}

// generic kinds can stand for any other kind ("the deal" for a treaty).
var genericKinds = map[string]bool{"agreement": true, "deal": true, "document": true, "accord": true, "pact": true}

// compatibleKinds reports whether two kind words can name one agreement.
func compatibleKinds(a, b string) bool {
	if a == b || a == "" || b == "" || genericKinds[a] || genericKinds[b] {
		return true
	}
	return (a == "treaty" && b == "convention") || (a == "convention" && b == "treaty")
}

// leftStop are words a name never extends left over.
var leftStop = setOf(`the a an this that these those its their his her our your my any every each both which whose
	what no new
	signed sign signs signing ratified ratify ratifies inked ink put entered came comes withdrew quit left
	refused declined rejected approved adopted reached concluded endorsed backed joined under to of on with by
	and or in at for from as is was were are be been has have had not it they he she we`)

// rightStop are words a name never extends right over.
var rightStop = setOf(`at after before as when while but that which who whose since during by to from under until
	despite because if though although said says say was were is are be been has have had will would could should
	may might must can did does do not including amid among against than into onto over through via after
	yesterday today tomorrow last next this week month year ago earlier later also`)

var weekdays = setOf(`monday tuesday wednesday thursday friday saturday sunday january february march april may june july
	august september october november december`)

// keyStop are words left out of an agreement's key: they do not tell
// agreements apart.
var keyStop = setOf(`the a an of on for in and with between to their its his her our two both other countries country
	nations nation states sides side new historic landmark draft final bilateral regional common sections section
	some several all certain signed historical long term so called called own earlier previous current
	present existing latest first`)

// otherWords mark a name as a different agreement from the one just named
// ("a separate agreement"): it is not a reference back.
var otherWords = setOf(`separate another second third different additional parallel further`)

// organisations: a kind word followed by one of these names a body, not an
// agreement ("Collective Security Treaty Organization").
var organisations = setOf(`organization organisation council commission secretariat alliance body bloc group`)

func setOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// nameSpan is an agreement name found in a sentence.
type nameSpan struct {
	start, end int    // byte offsets of the whole name
	kind       string // kind word
	name       string // the words as written
	key        []string
	parties    []string // countries named inside the name
	formal     bool     // capitalised kind word: a title
	other      bool     // "a separate agreement": not a reference back
}

// findNames returns the agreement names in a sentence.
func findNames(text string, countries []CountryMention) []nameSpan {
	ws := wordSpans(text)
	var out []nameSpan
	for k := 0; k < len(ws); k++ {
		kind, ok := kinds[ws[k].lower]
		if !ok {
			continue
		}
		orig := text[ws[k].start:ws[k].end]
		if ws[k].lower == "mou" && orig != "MoU" && orig != "MOU" {
			continue
		}
		// "(accord)" credits and "in accord with" are not agreements.
		if kind == "accord" && ((ws[k].start > 0 && text[ws[k].start-1] == '(') || (k > 0 && ws[k-1].lower == "in")) {
			continue
		}
		// "deal" as a verb ("deal with"), "document" as a verb ("to document").
		if (kind == "deal" || kind == "document") && (k+1 < len(ws) && (ws[k+1].lower == "with" || ws[k+1].lower == "the") ||
			k > 0 && ws[k-1].lower == "to") {
			continue
		}
		if k+1 < len(ws) && organisations[ws[k+1].lower] {
			continue
		}
		formal := unicode.IsUpper(firstRune(orig)) && k > 0
		// Left modifiers: adjacent words joined by spaces or hyphens only.
		first := k
		for j := k - 1; j >= 0 && k-j <= 4; j-- {
			gap := text[ws[j].end:ws[j+1].start]
			if strings.Trim(gap, " -–") != "" || leftStop[ws[j].lower] || kinds[ws[j].lower] != "" || ws[j].lower == "s" {
				break
			}
			first = j
		}
		// Right complement: "on Friendship, Good-Neighbourliness and …",
		// "with Uzbekistan on sections of their common border".
		last := k
		if k+1 < len(ws) && strings.TrimSpace(text[ws[k].end:ws[k+1].start]) == "" {
			switch ws[k+1].lower {
			case "on", "of", "for", "between", "with", "concerning", "regarding", "establishing", "among":
				last = extendRight(text, ws, k+1, formal)
			}
		}
		// Strip trailing connectors.
		for last > k && keyStop[ws[last].lower] && !isCapital(text, ws[last]) {
			last--
		}
		// "… with the other Central Asian countries": a "with" naming no
		// country is no part of the name.
		for j := k + 1; j <= last; j++ {
			if w := ws[j].lower; w == "with" || w == "among" || w == "between" {
				named := false
				for _, c := range countries {
					if !c.coded && c.Start >= ws[j].end && c.End <= ws[last].end {
						named = true
					}
				}
				if !named && !formal {
					last = j - 1
					for last > k && keyStop[ws[last].lower] {
						last--
					}
				}
				break
			}
		}
		ns := nameSpan{start: ws[first].start, end: ws[last].end, kind: kind, formal: formal}
		ns.name = text[ns.start:ns.end]
		for j := first; j < k; j++ {
			if otherWords[ws[j].lower] {
				ns.other = true
			}
		}
		for _, c := range countries {
			if !c.coded && c.Start >= ns.start && c.End <= ns.end {
				ns.parties = appendUnique(ns.parties, c.Country)
			}
		}
		ns.key = nameKey(ns.name)
		out = append(out, ns)
		k = last
	}
	return out
}

func isCapital(text string, w span) bool { return unicode.IsUpper(firstRune(text[w.start:w.end])) }

// extendRight returns the index of the last word of a name's complement
// starting at word i.
func extendRight(text string, ws []span, i int, formal bool) int {
	last := i - 1
	for j := i; j < len(ws) && j-i < 25; j++ {
		if j > i {
			gap := strings.TrimSpace(text[ws[j-1].end:ws[j].start])
			switch gap {
			case "", "-", "–":
			case ",":
				// A comma goes on only inside a title: "Friendship, Good-Neighbourliness".
				if !formal || !isCapital(text, ws[j]) {
					return last
				}
			default:
				return last
			}
		}
		w := ws[j].lower
		if rightStop[w] || kinds[w] != "" && j > i {
			return last
		}
		if (w == "on" || w == "in") && j+1 < len(ws) && weekdays[ws[j+1].lower] {
			return last
		}
		if w == "in" && j > i {
			// "… of Central Asia in the 21st Century" goes on; "in Bishkek" ends.
			if !formal {
				return last
			}
			next := j + 1
			if next < len(ws) && ws[next].lower == "the" {
				next++
			}
			if next >= len(ws) || !(isCapital(text, ws[next]) || unicode.IsDigit(firstRune(ws[next].lower))) {
				return last
			}
			if isYear(ws[next].lower) && next == j+1 {
				return last // "in 2022"
			}
		}
		if weekdays[w] {
			return last
		}
		if formal && !isCapital(text, ws[j]) && !keyStop[w] && !unicode.IsDigit(firstRune(w)) {
			// A title ends where its capitalised words end.
			return last
		}
		last = j
	}
	return last
}

// isYear reports whether a word is a four-digit year.
func isYear(s string) bool {
	if len(s) != 4 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// nameKey returns the words that identify an agreement by name: lower case,
// spelling normalised, without kind words, country names and words that do
// not tell agreements apart; sorted and unique.
func nameKey(name string) []string {
	l := countryLexicon()
	ws := words(name)
	skip := make([]bool, len(ws))
	for i := range ws {
		for n := min(l.maxWords, len(ws)-i); n >= 1; n-- {
			if _, ok := l.names[strings.Join(ws[i:i+n], " ")]; ok {
				for k := i; k < i+n; k++ {
					skip[k] = true
				}
				break
			}
		}
	}
	var out []string
	for i, w := range ws {
		if skip[i] || keyStop[w] || otherWords[w] || kinds[w] != "" {
			continue
		}
		if isYear(w) {
			continue
		}
		out = appendUnique(out, normWord(w))
	}
	sort.Strings(out)
	return out
}

// normWord folds British spellings and plurals so that names written either
// way share a key.
func normWord(w string) string {
	if len(w) > 5 {
		w = strings.ReplaceAll(w, "our", "or")
	}
	if strings.HasSuffix(w, "ies") && len(w) > 5 {
		w = strings.TrimSuffix(w, "ies") + "y"
	} else if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 4 {
		w = strings.TrimSuffix(w, "s")
	}
	return w
}

func appendUnique(list []string, v string) []string {
	for _, x := range list {
		if x == v {
			return list
		}
	}
	return append(list, v)
}

// keySimilarity is how well two name keys agree: 1 when one holds the
// other, else their Jaccard index. Empty keys agree with nothing.
func keySimilarity(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	set := map[string]bool{}
	for _, w := range a {
		set[w] = true
	}
	common := 0
	for _, w := range b {
		if set[w] {
			common++
		}
	}
	if common == min(len(a), len(b)) {
		return 1
	}
	return float64(common) / float64(len(a)+len(b)-common)
}
