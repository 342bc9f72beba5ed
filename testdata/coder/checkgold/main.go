// Command checkgold checks the coder's gold sentence files and the example
// articles for format mistakes, and prints how the gold cases spread over the
// CAMEO roots. It is a development aid, not part of accord: run it from the
// repository root with
//
//	go run ./testdata/coder/checkgold testdata/coder/*.txt
//	go run ./testdata/coder/checkgold -examples data/examples
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"
)

func main() {
	codesPath := flag.String("codes", "data/cameo/codes.tsv", "the CAMEO code table")
	examples := flag.String("examples", "", "check the example articles in this directory instead")
	flag.Parse()
	if *examples != "" {
		if n := checkExamples(*examples); n > 0 {
			fmt.Fprintf(os.Stderr, "%d problems\n", n)
			os.Exit(1)
		}
		return
	}
	codes, err := readCodes(*codesPath)
	if err != nil {
		fmt.Fprintln(os.Stderr, "checkgold:", err)
		os.Exit(1)
	}
	bad := 0
	seen := map[string]string{}
	for _, path := range flag.Args() {
		bad += checkGold(path, codes, seen)
	}
	if bad > 0 {
		fmt.Fprintf(os.Stderr, "%d problems\n", bad)
		os.Exit(1)
	}
}

func readCodes(path string) (map[string]bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	codes := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		code, _, _ := strings.Cut(line, "\t")
		codes[code] = true
	}
	return codes, sc.Err()
}

var (
	actorRE = regexp.MustCompile(`^(-|([A-Z]{3})+)$`)
	dateRE  = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
)

type gcase struct {
	line     int
	text     string
	date     string
	pos, neg []string
	none     bool
}

func checkGold(path string, codes map[string]bool, seen map[string]string) int {
	data, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	bad := 0
	problem := func(line int, format string, args ...any) {
		fmt.Fprintf(os.Stderr, "%s:%d: %s\n", path, line, fmt.Sprintf(format, args...))
		bad++
	}
	var cases []gcase
	var cur *gcase
	date := ""
	flush := func() {
		if cur != nil {
			cases = append(cases, *cur)
			cur = nil
		}
	}
	for i, line := range strings.Split(string(data), "\n") {
		n := i + 1
		t := strings.TrimSpace(line)
		switch {
		case t == "":
			flush()
		case strings.HasPrefix(t, "#"):
		case strings.HasPrefix(t, "@date"):
			if cur != nil {
				problem(n, "@date inside a case")
			}
			d := strings.TrimSpace(strings.TrimPrefix(t, "@date"))
			if _, err := time.Parse("2006-01-02", d); err != nil || !dateRE.MatchString(d) {
				problem(n, "bad @date %q", d)
			}
			date = d
		case strings.HasPrefix(t, "=>") || strings.HasPrefix(t, "!=>"):
			if cur == nil || cur.text == "" {
				problem(n, "expectation without a sentence")
				continue
			}
			neg := strings.HasPrefix(t, "!")
			f := strings.Fields(strings.TrimPrefix(strings.TrimPrefix(t, "!"), "=>"))
			if len(f) == 1 && f[0] == "none" && !neg {
				cur.none = true
				continue
			}
			if len(f) != 3 {
				problem(n, "want SOURCE TARGET CODE, got %q", t)
				continue
			}
			for _, a := range f[:2] {
				if !actorRE.MatchString(a) {
					problem(n, "bad actor %q", a)
				}
			}
			for _, c := range strings.Split(f[2], "|") {
				if !codes[c] {
					problem(n, "unknown CAMEO code %q", c)
				}
			}
			if neg {
				cur.neg = append(cur.neg, strings.Join(f, " "))
			} else {
				cur.pos = append(cur.pos, strings.Join(f, " "))
			}
		default:
			if cur == nil {
				cur = &gcase{line: n, date: date}
			} else if len(cur.pos)+len(cur.neg) > 0 || cur.none {
				problem(n, "sentence text after expectations (missing blank line?)")
			}
			cur.text = strings.TrimSpace(cur.text + " " + t)
		}
	}
	flush()
	roots := map[string]int{}
	var none, negs, events int
	for _, c := range cases {
		if len(c.pos)+len(c.neg) == 0 && !c.none {
			problem(c.line, "case without expectations")
		}
		if c.none && len(c.pos) > 0 {
			problem(c.line, "=> none together with events")
		}
		dup := map[string]bool{}
		for _, e := range c.pos {
			if dup[e] {
				problem(c.line, "event listed twice: %s", e)
			}
			dup[e] = true
			code := strings.Fields(e)[2]
			rs := map[string]bool{}
			for _, alt := range strings.Split(code, "|") {
				rs[alt[:2]] = true
			}
			for r := range rs {
				roots[r]++
			}
		}
		events += len(c.pos)
		negs += len(c.neg)
		if c.none {
			none++
		}
		key := strings.ToLower(c.text)
		if where, ok := seen[key]; ok {
			problem(c.line, "sentence also at %s", where)
		}
		seen[key] = fmt.Sprintf("%s:%d", path, c.line)
	}
	var rk []string
	for r := range roots {
		rk = append(rk, r)
	}
	sort.Strings(rk)
	fmt.Printf("%s: %d cases, %d events, %d must-not, %d none\n  roots:", filepath.Base(path), len(cases), events, negs, none)
	for _, r := range rk {
		fmt.Printf(" %s:%d", r, roots[r])
	}
	fmt.Println()
	return bad
}

var datelineRE = regexp.MustCompile(`^[A-Z][A-Z' .-]+(, [A-Z][A-Za-z .-]+)?, ([0-9]{1,2} [A-Z][a-z]+ [0-9]{4}|[A-Z][a-z]+\.? [0-9]{1,2}, [0-9]{4})( \(accord\))? (-|—) `)

func checkExamples(dir string) int {
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	bad := 0
	nameRE := regexp.MustCompile(`^(\d{4}-\d{2}-\d{2})-[a-z0-9-]+\.txt$`)
	for _, f := range files {
		problem := func(format string, args ...any) {
			fmt.Fprintf(os.Stderr, "%s: %s\n", f, fmt.Sprintf(format, args...))
			bad++
		}
		m := nameRE.FindStringSubmatch(filepath.Base(f))
		if m == nil {
			problem("file name is not YYYY-MM-DD-slug.txt")
			continue
		}
		data, _ := os.ReadFile(f)
		lines := strings.Split(string(data), "\n")
		if len(lines) < 3 || lines[0] == "" || lines[1] != "" {
			problem("want a headline, then a blank line")
			continue
		}
		if strings.HasSuffix(lines[0], ".") {
			problem("headline ends with a full stop")
		}
		dl := datelineRE.FindStringSubmatch(lines[2])
		if dl == nil {
			problem("no dateline at the start of the body: %.60q", lines[2])
		} else {
			d := strings.Replace(dl[2], "Sept.", "Sep", 1)
			var parsed time.Time
			var err error
			for _, layout := range []string{"2 January 2006", "January 2, 2006", "Jan 2, 2006", "Jan. 2, 2006"} {
				if parsed, err = time.Parse(layout, d); err == nil {
					break
				}
			}
			if err != nil {
				problem("dateline date %q does not parse", dl[2])
			} else if parsed.Format("2006-01-02") != m[1] {
				problem("dateline date %s differs from the file name's %s", parsed.Format("2006-01-02"), m[1])
			}
		}
		words := len(strings.Fields(strings.Join(lines[2:], " ")))
		if words < 150 || words > 400 {
			problem("body has %d words, want 150-400", words)
		}
		fmt.Printf("%-60s %3d words\n", filepath.Base(f), words)
	}
	return bad
}
