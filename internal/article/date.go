package article

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Date is one explicit calendar date written in a text, such as "21st July",
// "Dec. 14, 2022" or "2022-05-18".
type Date struct {
	Year, Month, Day int
	// HasYear says the year was written next to the day; when false, Year
	// was inferred (see DatesIn).
	HasYear bool
	// Start and End are the byte offsets of the date in the text.
	Start, End int
}

// String renders the date as YYYY-MM-DD.
func (d Date) String() string {
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

func (d Date) time() time.Time {
	return time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
}

// The date grammar. Month names are matched without regard to case, and
// then required to be capitalised, so that the verb "may" is not a month.
const (
	monthPat = `(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?`
	spPat    = `[\s\x{00A0}\x{202F}]+`
	ordPat   = `(?:st|nd|rd|th)?`
	yearPat  = `(?:,?` + spPat + `(\d{4})\b)?`
	dmyPat   = `\b(\d{1,2})` + ordPat + `(?:` + spPat + `of)?` + spPat + monthPat + yearPat
	mdyPat   = `\b` + monthPat + spPat + `(\d{1,2})` + ordPat + `\b` + yearPat
	isoPat   = `\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})\b`
	dotPat   = `\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b`
)

var (
	// dateRe matches one date at the start of a string; DatesIn runs it
	// only where a date can start, near digits, which is far faster than
	// searching the whole text with it.
	dateRe = regexp.MustCompile(`^(?i:` + dmyPat + `|` + mdyPat + `|` + isoPat + `|` + dotPat + `)`)
	// Group indexes of dateRe: for each branch, where its day, month and
	// year are.
	dateGroups = [4][3]int{{1, 2, 3}, {5, 4, 6}, {9, 8, 7}, {10, 11, 12}}
)

var monthNums = map[string]int{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
	"jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}

func monthNum(s string) int {
	if len(s) < 3 {
		return 0
	}
	return monthNums[strings.ToLower(s[:3])]
}

// DatesIn returns the explicit dates written in text, in order. A date
// written without a year ("On 21st July") takes the latest year from 1800 up
// to now's year that the text mentions anywhere ("since the beginning of
// 2022"); when the text names no year it takes now's year, or the year
// before when that would put the date more than a day after now.
func DatesIn(text string, now time.Time) []Date {
	var out []Date
	textYear := -1 // not looked up yet
	for _, m := range dateMatches(text) {
		d, ok := dateFromMatch(text, m)
		if !ok {
			continue
		}
		if !d.HasYear {
			if textYear < 0 {
				textYear = latestYear(text, now)
			}
			d.Year = inferYear(d.Month, d.Day, textYear, now)
			if !validDay(d.Year, d.Month, d.Day) {
				continue
			}
		}
		out = append(out, d)
	}
	return out
}

// dateMatches finds the dates in text as submatch indexes of dateRe. Every
// date holds a number, so it tries dateRe only at a run of digits, or at
// the word before it when that is a month ("Dec. 14").
func dateMatches(text string) [][]int {
	var out [][]int
	done := 0 // text before it is inside an earlier match
	for i := 0; i < len(text); i++ {
		if !isDigit(text[i]) || (i > 0 && (isDigit(text[i-1]) || isASCIILetter(text[i-1]))) || i < done {
			continue
		}
		starts := [2]int{-1, i}
		if w := monthBefore(text, i); w >= done {
			starts[0] = w
		}
		for _, st := range starts {
			if st < 0 || st == i && !mayStartDate(text, i) {
				continue
			}
			m := matchAt(text, st)
			if m == nil {
				continue
			}
			out = append(out, m)
			done = m[1]
			break
		}
	}
	return out
}

// mayStartDate reports whether dateRe may match at the run of digits at
// text[i]; when it says no, dateRe certainly does not. A date that starts
// with a number has one or two digits and then an ordinal, a space or a
// period ("21st", "21 July", "21.07.2022"), or four and a dash or slash
// ("2022-07-21"); after the spaces comes "of" or a month. Most numbers in
// news ("2022,", "30 people", "1,000") fail these tests at once.
func mayStartDate(text string, i int) bool {
	j := i
	for j < len(text) && isDigit(text[j]) {
		j++
	}
	if j == len(text) {
		return false
	}
	c := text[j]
	switch j - i {
	case 4:
		return c == '-' || c == '/'
	case 1, 2:
		switch {
		case c >= utf8.RuneSelf:
			return true // a no-break space, or a letter that folds to one below
		case c == '.':
			return true
		case c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r':
			for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\n' || text[j] == '\f' || text[j] == '\r') {
				j++
			}
			if j == len(text) {
				return false
			}
			d := text[j]
			return d >= utf8.RuneSelf || strings.IndexByte("jfmasondJFMASOND", d) >= 0
		}
		return strings.IndexByte("snrtSNRT", c) >= 0
	}
	return false
}

// matchAt runs dateRe at text[start:], on a window that ends between words.
func matchAt(text string, start int) []int {
	end := min(len(text), start+64)
	for end < len(text) && (isDigit(text[end]) || isASCIILetter(text[end])) {
		end++
	}
	m := dateRe.FindStringSubmatchIndex(text[start:end])
	if m == nil {
		return nil
	}
	for k := range m {
		if m[k] >= 0 {
			m[k] += start
		}
	}
	return m
}

// monthBefore returns where the word before text[i] starts when it may be
// a month name ("Dec. 14", "July 21"), else -1.
func monthBefore(text string, i int) int {
	j := i
	for j > 0 {
		switch {
		case text[j-1] == ' ' || text[j-1] == '\t' || text[j-1] == '\n' || text[j-1] == '\r' || text[j-1] == '\f':
			j--
			continue
		case j >= 2 && text[j-2:j] == "\u00a0":
			j -= 2
			continue
		case j >= 3 && text[j-3:j] == "\u202f":
			j -= 3
			continue
		}
		break
	}
	if j == i {
		return -1
	}
	if j > 0 && text[j-1] == '.' {
		j--
	}
	end := j
	for j > 0 && isASCIILetter(text[j-1]) {
		j--
	}
	if end-j < 3 || end-j > 9 || monthNum(text[j:end]) == 0 {
		return -1
	}
	// The month must be a word of its own, not the end of "0SEP" or "éJul".
	if r, _ := utf8.DecodeLastRuneInString(text[:j]); j > 0 && (r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r)) {
		return -1
	}
	return j
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// dateFromMatch decodes one match of dateRe; the year is 0 when not written.
func dateFromMatch(text string, m []int) (Date, bool) {
	for b, g := range dateGroups {
		ds, de := m[2*g[0]], m[2*g[0]+1]
		if ds < 0 {
			continue
		}
		ms, me := m[2*g[1]], m[2*g[1]+1]
		d := Date{Start: m[0], End: m[1]}
		d.Day, _ = strconv.Atoi(text[ds:de])
		if b < 2 {
			// A month name: it must be capitalised ("May", "MAY", not "may").
			if text[ms] < 'A' || text[ms] > 'Z' {
				return Date{}, false
			}
			d.Month = monthNum(text[ms:me])
		} else {
			d.Month, _ = strconv.Atoi(text[ms:me])
		}
		if ys := m[2*g[2]]; ys >= 0 {
			y, _ := strconv.Atoi(text[ys:m[2*g[2]+1]])
			if y >= 1800 && y <= 2200 {
				d.Year, d.HasYear = y, true
			} else if b >= 2 {
				return Date{}, false
			}
			// Otherwise, as in "July 21 1500 troops", the number is not a
			// year and the date ends before it.
		}
		if b == 0 && !d.HasYear {
			d.End = me
		}
		if b == 1 && !d.HasYear {
			d.End = de
			// Include an ordinal suffix.
			for d.End < len(text) && isASCIILetter(text[d.End]) {
				d.End++
			}
		}
		if d.Month < 1 || d.Month > 12 || d.Day < 1 {
			return Date{}, false
		}
		if d.HasYear && !validDay(d.Year, d.Month, d.Day) {
			return Date{}, false
		}
		if !d.HasYear && !validDay(2000, d.Month, d.Day) { // 2000 is a leap year
			return Date{}, false
		}
		return d, true
	}
	return Date{}, false
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t.Day() == d
}

// latestYear is the latest year from 1800 to now's year written in text, or
// 0 when there is none.
func latestYear(text string, now time.Time) int {
	best := 0
	for i := 0; i+4 <= len(text); i++ {
		if !isDigit(text[i]) {
			continue
		}
		j := i
		for j < len(text) && isDigit(text[j]) {
			j++
		}
		if j-i == 4 && (i == 0 || !isASCIILetter(text[i-1])) && (j == len(text) || !isASCIILetter(text[j])) {
			y, _ := strconv.Atoi(text[i:j])
			if y >= 1800 && y <= now.Year() && y > best {
				best = y
			}
		}
		i = j
	}
	return best
}

// inferYear picks the year of a date written without one.
func inferYear(month, day, textYear int, now time.Time) int {
	if textYear > 0 {
		return textYear
	}
	y := now.Year()
	if validDay(y, month, day) && time.Date(y, time.Month(month), day, 0, 0, 0, 0, now.Location()).After(now.Add(24*time.Hour)) {
		y--
	}
	return y
}

// Dateline grammar: a place of up to four capitalised words, optionally a
// second place ("BISHKEK, Kyrgyzstan,"), a date, an agency in brackets, and a
// dash or colon.
var (
	placeRe    = regexp.MustCompile(`^\p{Lu}[\p{L}\p{M}'’.\-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.\-]*){0,3}`)
	agencyRe   = regexp.MustCompile(`^,?[ \t]*(?:\([^()\n]{1,40}\)|/[^/\n]{1,30}/)`)
	sepRe      = regexp.MustCompile(`^[ \t]*(?:[-–—:|.]|$)`)
	prefixRe   = regexp.MustCompile(`(?i)^(?:published|posted|updated|last updated|date|dated|released)(?:[ \t]+on)?[ \t]*:?[ \t]*`)
	bylineRe   = regexp.MustCompile(`^By[ \t]+\p{Lu}[^|,·—–\n]{0,60}[|,·—–][ \t]*`)
	weekdayRe  = regexp.MustCompile(`(?i)^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[ \t]+`)
	bareTailRe = regexp.MustCompile(`^(?:[ \t]*$|[ \t]*[-–—|:,/(]|[ \t]+(?:at[ \t]+)?\d{1,2}[:.]\d\d)`)
)

// ParseDateline reads the date from a dateline at the start of text (on
// the first line, or after up to three short lines such as a byline):
// "BISHKEK, 14 December 2022 -", "BISHKEK, Dec. 14, 2022 (Reuters) —",
// "Dushanbe, 2022-05-18:", "MOSCOW, March 3 (Reuters) -", a leading
// "Published on 14 December 2022", a byline "By A. Name | 14 Dec 2022", or
// a line that is only a date. It returns the date as YYYY-MM-DD and true,
// or false when the text has no dated dateline ("ALMATY (AP) — …" has
// none). A date without a year is completed as DatesIn does.
func ParseDateline(text string, now time.Time) (date string, ok bool) {
	// The dateline is on the first line, or after a few short lines such
	// as a byline; a line of more than a dozen words is the story itself.
	rest := text
	for range 4 {
		rest = strings.TrimLeft(rest, " \t\r\n\u00a0\ufeff")
		if rest == "" {
			break
		}
		line := rest
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			line, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		if d, ok := datelineOf(line, text, now); ok {
			return d, true
		}
		if strings.Count(strings.TrimSpace(line), " ") >= 12 {
			break
		}
	}
	return "", false
}

// datelineOf reads a dateline from one line; text is the whole text, for
// the year of a date written without one.
func datelineOf(s, text string, now time.Time) (string, bool) {
	if len(s) > 300 {
		s = s[:300]
	}
	s = strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(s)
	resolve := func(d Date) (string, bool) {
		if !d.HasYear {
			d.Year = inferYear(d.Month, d.Day, latestYear(text, now), now)
			if !validDay(d.Year, d.Month, d.Day) {
				return "", false
			}
		}
		return d.String(), true
	}
	// "Published on 14 December 2022", "By A. Name | 14 December 2022",
	// "Monday, 14 December 2022 - …".
	rest := s
	if m := prefixRe.FindStringIndex(rest); m != nil {
		rest = rest[m[1]:]
	} else if m := bylineRe.FindStringIndex(rest); m != nil {
		rest = rest[m[1]:]
	}
	if m := weekdayRe.FindStringIndex(rest); m != nil {
		rest = rest[m[1]:]
	}
	if d, ok := dateAt(rest); ok && bareTailRe.MatchString(rest[d.End:]) {
		return resolve(d)
	}
	// "PLACE[, REGION], DATE [(Agency)] -".
	m := placeRe.FindStringIndex(s)
	if m == nil {
		return "", false
	}
	rest = s[m[1]:]
	for range 2 {
		if !strings.HasPrefix(rest, ",") {
			return "", false
		}
		rest = strings.TrimLeft(rest[1:], " \t")
		if m := weekdayRe.FindStringIndex(rest); m != nil {
			rest = rest[m[1]:]
		}
		if d, ok := dateAt(rest); ok {
			tail := rest[d.End:]
			if m := agencyRe.FindStringIndex(tail); m != nil {
				tail = tail[m[1]:]
			}
			if !sepRe.MatchString(tail) {
				return "", false
			}
			return resolve(d)
		}
		// A second place: "BISHKEK, Kyrgyzstan, 14 December 2022".
		m := placeRe.FindStringIndex(rest)
		if m == nil {
			return "", false
		}
		rest = rest[m[1]:]
	}
	return "", false
}

// dateAt reads a date at the very start of s.
func dateAt(s string) (Date, bool) {
	m := dateRe.FindStringSubmatchIndex(s)
	if m == nil {
		return Date{}, false
	}
	return dateFromMatch(s, m)
}

// DocumentDate is the publication date of a text as YYYY-MM-DD: the
// dateline's date, else the first explicit date in the text that is not
// after now (see DatesIn), else "".
func DocumentDate(text string, now time.Time) string {
	if d, ok := ParseDateline(text, now); ok {
		return d
	}
	limit := now.Add(24 * time.Hour)
	for _, d := range DatesIn(text, now) {
		if !d.time().After(limit) {
			return d.String()
		}
	}
	return ""
}

// errBadDate says a date field is not in a form NormalizeDate accepts.
var errBadDate = errors.New("not a date (want YYYY-MM-DD or RFC 3339)")

var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
}

// NormalizeDate turns a date field into YYYY-MM-DD. It accepts YYYY-MM-DD
// and RFC 3339 timestamps (with or without a zone, "T" or a space between
// date and time); a timestamp keeps the calendar day of its own zone.
func NormalizeDate(s string) (string, error) {
	s = strings.TrimSpace(s)
	if len(s) == 10 {
		if t, err := time.Parse("2006-01-02", s); err == nil {
			return t.Format("2006-01-02"), nil
		}
	}
	if len(s) > 10 {
		for _, l := range dateLayouts {
			if t, err := time.Parse(l, s); err == nil {
				return t.Format("2006-01-02"), nil
			}
		}
	}
	return "", fmt.Errorf("%q: %w", s, errBadDate)
}

// looseDate reads a date from metadata written in any common form: RFC 3339,
// RFC 1123, "14 December 2022", "Dec 14, 2022 10:00".
func looseDate(s string, now time.Time) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	if d, err := NormalizeDate(s); err == nil {
		return d
	}
	for _, l := range []string{time.RFC1123Z, time.RFC1123, time.RFC822Z, time.RFC822, time.RFC850, time.ANSIC} {
		if t, err := time.Parse(l, s); err == nil {
			return t.Format("2006-01-02")
		}
	}
	if len(s) > 200 {
		return ""
	}
	for _, d := range DatesIn(s, now) {
		if d.HasYear {
			return d.String()
		}
	}
	return ""
}
