package event

import (
	"bufio"
	"crypto/sha256"
	"encoding/binary"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/accord-hub/accord/internal/cameo"
)

// Writer writes events one at a time in one output format, so that a long
// listing never has to sit in memory. Flush must be called at the end: it
// writes what is buffered (and, for formats with a header, the header when
// there were no events).
type Writer interface {
	Write(e Event) error
	Flush() error
}

// The output formats that NewWriter knows.
const (
	FormatJSONL = "jsonl"
	FormatCSV   = "csv"
	FormatGDELT = "gdelt"
	FormatTable = "table"
)

// Formats lists the output format names, for flag help and validation.
var Formats = []string{FormatJSONL, FormatCSV, FormatGDELT, FormatTable}

// NewWriter returns a Writer of the named format writing to w.
func NewWriter(format string, w io.Writer) (Writer, error) {
	switch format {
	case FormatJSONL:
		return NewJSONLWriter(w), nil
	case FormatCSV:
		return NewCSVWriter(w), nil
	case FormatGDELT:
		return NewGDELTWriter(w), nil
	case FormatTable:
		return NewTableWriter(w), nil
	}
	return nil, fmt.Errorf("event: unknown format %q (want one of %s)", format, strings.Join(Formats, ", "))
}

// WriteJSONL writes events to w, one JSON object a line, in the form
// CONTRACTS.md gives.
func WriteJSONL(w io.Writer, events []Event) error {
	jw := NewJSONLWriter(w)
	for _, e := range events {
		if err := jw.Write(e); err != nil {
			return err
		}
	}
	return jw.Flush()
}

// JSONLWriter writes one JSON object a line.
type JSONLWriter struct {
	bw  *bufio.Writer
	buf []byte
}

// NewJSONLWriter returns a JSONLWriter writing to w.
func NewJSONLWriter(w io.Writer) *JSONLWriter {
	return &JSONLWriter{bw: bufio.NewWriter(w)}
}

// Write writes e as one line.
func (j *JSONLWriter) Write(e Event) error {
	b, err := AppendJSON(j.buf[:0], &e)
	if err != nil {
		return fmt.Errorf("event: write jsonl: %w", err)
	}
	j.buf = append(b, '\n')
	if _, err := j.bw.Write(j.buf); err != nil {
		return fmt.Errorf("event: write jsonl: %w", err)
	}
	return nil
}

// Flush writes out what is buffered.
func (j *JSONLWriter) Flush() error {
	if err := j.bw.Flush(); err != nil {
		return fmt.Errorf("event: write jsonl: %w", err)
	}
	return nil
}

// CSVColumns are the columns of the CSV format, in order.
var CSVColumns = []string{
	"id", "date", "source", "target", "code", "root", "quad", "goldstein", "plover",
	"mentions", "sources", "doc", "sentence",
	"location_name", "location_country", "location_lat", "location_lon", "location_precision",
	"text",
}

// CSVWriter writes a header line, then one CSV row per event (RFC 4180).
type CSVWriter struct {
	w      *csv.Writer
	header bool
}

// NewCSVWriter returns a CSVWriter writing to w.
func NewCSVWriter(w io.Writer) *CSVWriter { return &CSVWriter{w: csv.NewWriter(w)} }

func (c *CSVWriter) writeHeader() error {
	if c.header {
		return nil
	}
	c.header = true
	return c.w.Write(CSVColumns)
}

// Write writes e as one row, after the header if it is the first.
func (c *CSVWriter) Write(e Event) error {
	if err := c.writeHeader(); err != nil {
		return fmt.Errorf("event: write csv: %w", err)
	}
	var name, country, lat, lon, precision string
	if l := e.Location; l != nil {
		name, country, precision = l.Name, l.Country, l.Precision
		lat, lon = formatFloat(l.Lat), formatFloat(l.Lon)
	}
	row := []string{
		e.ID, e.Date, e.Source, e.Target, e.Code, e.Root, strconv.Itoa(e.Quad), formatFloat(e.Goldstein), e.Plover,
		strconv.Itoa(e.Mentions), strconv.Itoa(e.Sources), e.Doc, strconv.Itoa(e.Sentence),
		name, country, lat, lon, precision,
		e.Text,
	}
	if err := c.w.Write(row); err != nil {
		return fmt.Errorf("event: write csv: %w", err)
	}
	return nil
}

// Flush writes the header if no event was written, and what is buffered.
func (c *CSVWriter) Flush() error {
	if err := c.writeHeader(); err != nil {
		return fmt.Errorf("event: write csv: %w", err)
	}
	c.w.Flush()
	if err := c.w.Error(); err != nil {
		return fmt.Errorf("event: write csv: %w", err)
	}
	return nil
}

func formatFloat(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// GDELTColumns names the 61 columns of the GDELT 2.0 event table, in the
// order of its codebook; the GDELT format writes them without a header.
var GDELTColumns = []string{
	"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
	"Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
	"Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
	"Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
	"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
	"NumMentions", "NumSources", "NumArticles", "AvgTone",
	"Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
	"Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
	"Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
	"Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
	"ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
	"ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
	"DATEADDED", "SOURCEURL",
}

// GDELTWriter writes rows of the GDELT 2.0 event table: tab-separated, no
// header, so that tools built for GDELT files read ours.
//
// Where our events know less than GDELT's: AvgTone is 0; the actors' own
// places are left empty (type 0) and only the action's place is given;
// NumArticles is the number of reports; FeatureID is the GeoNames id rather
// than a GNS id; IsRootEvent is 1 for events of a document's first sentence.
type GDELTWriter struct {
	bw *bufio.Writer
	// DateAdded, when set, fills DATEADDED; else the event's date at
	// midnight, so that the same events always give the same file.
	DateAdded time.Time
}

// NewGDELTWriter returns a GDELTWriter writing to w.
func NewGDELTWriter(w io.Writer) *GDELTWriter { return &GDELTWriter{bw: bufio.NewWriter(w)} }

// Write writes e as one row.
func (g *GDELTWriter) Write(e Event) error {
	row := GDELTRow(e, g.DateAdded)
	for i, f := range row {
		if i > 0 {
			g.bw.WriteByte('\t')
		}
		g.bw.WriteString(f)
	}
	if err := g.bw.WriteByte('\n'); err != nil {
		return fmt.Errorf("event: write gdelt: %w", err)
	}
	return nil
}

// Flush writes out what is buffered.
func (g *GDELTWriter) Flush() error {
	if err := g.bw.Flush(); err != nil {
		return fmt.Errorf("event: write gdelt: %w", err)
	}
	return nil
}

// GlobalEventID is the stable integer that stands for an event id in GDELT
// output: the first 52 bits of its SHA-256, small enough for a float64.
func GlobalEventID(id string) int64 {
	sum := sha256.Sum256([]byte(id))
	return int64(binary.BigEndian.Uint64(sum[:8]) >> 12)
}

// GDELTRow returns the GDELT 2.0 columns of e (see GDELTColumns). added
// fills DATEADDED; when zero, the event's date at midnight is used.
func GDELTRow(e Event, added time.Time) []string {
	row := make([]string, 0, len(GDELTColumns))
	row = append(row, strconv.FormatInt(GlobalEventID(e.ID), 10))
	day, err := time.Parse(time.DateOnly, e.Date)
	if err == nil {
		// GDELT approximates the day of the year by 30-day months.
		frac := float64(day.Year()) + float64((int(day.Month())-1)*30+day.Day())/365
		row = append(row, day.Format("20060102"), day.Format("200601"), day.Format("2006"), strconv.FormatFloat(frac, 'f', 4, 64))
	} else {
		row = append(row, "", "", "", "")
	}
	row = append(row, gdeltActor(e.Source, e.SourceName)...)
	row = append(row, gdeltActor(e.Target, e.TargetName)...)
	isRoot := "0"
	if e.Sentence == 0 {
		isRoot = "1"
	}
	base := e.Code
	if len(base) > 3 {
		base = base[:3]
	}
	mentions := max(e.Mentions, 1)
	row = append(row, isRoot, e.Code, base, e.Root, strconv.Itoa(e.Quad), formatFloat(e.Goldstein),
		strconv.Itoa(mentions), strconv.Itoa(max(e.Sources, 1)), strconv.Itoa(mentions), "0")
	row = append(row, gdeltGeo(nil)...)
	row = append(row, gdeltGeo(nil)...)
	row = append(row, gdeltGeo(e.Location)...)
	switch {
	case !added.IsZero():
		row = append(row, added.UTC().Format("20060102150405"))
	case err == nil:
		row = append(row, day.Format("20060102")+"000000")
	default:
		row = append(row, "")
	}
	url := e.URL
	if url == "" {
		url = e.Doc
	}
	row = append(row, url)
	for i, f := range row {
		row[i] = oneLine(f)
	}
	return row
}

// gdeltReligions are the CAMEO agent parts that GDELT puts in its religion
// columns rather than its type columns.
var gdeltReligions = map[string]bool{"MUS": true, "MOS": true, "CHR": true, "BUD": true, "JEW": true, "HIN": true, "ATH": true}

// gdeltActor returns the ten GDELT columns of one actor: code, name,
// country, known group, ethnic, two religions and three types.
func gdeltActor(code, name string) []string {
	out := make([]string, 10)
	out[0], out[1] = code, strings.ToUpper(name)
	a, err := cameo.ParseActor(code)
	if err != nil {
		return out
	}
	out[2] = a.Country
	var types, religions []string
	if a.Sector != "state" {
		types = append(types, a.Sector)
	}
	for _, p := range a.Parts {
		_, agent := cameo.Agents[p]
		switch {
		case gdeltReligions[p]:
			religions = append(religions, p)
		case agent && p != "UNO":
			types = append(types, p)
		case out[3] == "":
			out[3] = p // a named organisation: UNO, SCO, EUR …
		}
	}
	for i := 0; i < len(religions) && i < 2; i++ {
		out[5+i] = religions[i]
	}
	for i := 0; i < len(types) && i < 3; i++ {
		out[7+i] = types[i]
	}
	return out
}

// gdeltGeo returns the eight GDELT columns of a place: type, full name,
// FIPS country, ADM1, ADM2, lat, long, feature id. Types: 1 country,
// 2 US state, 3 US city, 4 world city, 5 world state (ADM1); 0 for none.
func gdeltGeo(l *Location) []string {
	if l == nil {
		return []string{"0", "", "", "", "", "", "", ""}
	}
	us := l.Country == "USA"
	typ := 4
	switch {
	case l.Precision == "country":
		typ = 1
	case l.Precision == "admin1" && us:
		typ = 2
	case l.Precision == "admin1":
		typ = 5
	case us:
		typ = 3
	}
	adm1 := l.FIPS
	if typ != 1 && l.FIPS != "" && l.Admin1 != "" {
		// GeoNames "KG.02" → GDELT "KG02": country code, then division.
		_, div, ok := strings.Cut(l.Admin1, ".")
		if !ok {
			div = l.Admin1
		}
		adm1 = l.FIPS + div
	}
	feature := ""
	switch typ {
	case 1:
		feature = l.FIPS
	case 2, 5:
		feature = adm1
	default:
		if l.GeonameID != 0 {
			feature = strconv.FormatInt(l.GeonameID, 10)
		}
	}
	return []string{strconv.Itoa(typ), l.Name, l.FIPS, adm1, "",
		strconv.FormatFloat(l.Lat, 'f', 4, 64), strconv.FormatFloat(l.Lon, 'f', 4, 64), feature}
}

// oneLine replaces the characters that would break a tab-separated row.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\t\r\n") {
		return s
	}
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == '\t' || r == '\r' || r == '\n' }), " ")
}

// TableWriter writes aligned columns for people: date, source, code, target,
// mentions, place and the start of the sentence. Columns have fixed widths,
// so that rows align without reading every event first; a longer value
// pushes its row out of line rather than being cut, except the place and the
// sentence, which are shortened with "…".
type TableWriter struct {
	bw     *bufio.Writer
	header bool
}

// NewTableWriter returns a TableWriter writing to w.
func NewTableWriter(w io.Writer) *TableWriter { return &TableWriter{bw: bufio.NewWriter(w)} }

// Widths of the table's columns, in runes.
const (
	tableActor    = 12
	tableCode     = 4
	tableMentions = 4
	tablePlace    = 16
	tableSentence = 80
)

func (t *TableWriter) writeHeader() {
	if t.header {
		return
	}
	t.header = true
	t.row("DATE", "SOURCE", "CODE", "TARGET", "MENT", "PLACE", "SENTENCE")
}

func (t *TableWriter) row(date, source, code, target, mentions, place, sentence string) {
	b := t.bw
	b.WriteString(pad(date, 10))
	b.WriteString("  ")
	b.WriteString(pad(source, tableActor))
	b.WriteString("  ")
	b.WriteString(pad(code, tableCode))
	b.WriteString("  ")
	b.WriteString(pad(target, tableActor))
	b.WriteString("  ")
	b.WriteString(strings.Repeat(" ", max(0, tableMentions-utf8.RuneCountInString(mentions))) + mentions)
	b.WriteString("  ")
	b.WriteString(pad(shorten(place, tablePlace), tablePlace))
	b.WriteString("  ")
	b.WriteString(shorten(sentence, tableSentence))
	b.WriteByte('\n')
}

// Write writes e as one row, after the header if it is the first.
func (t *TableWriter) Write(e Event) error {
	t.writeHeader()
	dash := func(s string) string {
		if s == "" {
			return "-"
		}
		return s
	}
	place := "-"
	if e.Location != nil && e.Location.Name != "" {
		place = e.Location.Name
	}
	t.row(dash(e.Date), dash(e.Source), dash(e.Code), dash(e.Target), strconv.Itoa(max(e.Mentions, 1)),
		oneLine(place), oneLine(e.Text))
	return nil
}

// Flush writes the header if no event was written, and what is buffered.
func (t *TableWriter) Flush() error {
	t.writeHeader()
	if err := t.bw.Flush(); err != nil {
		return fmt.Errorf("event: write table: %w", err)
	}
	return nil
}

// pad fills s with spaces to width runes.
func pad(s string, width int) string {
	if n := utf8.RuneCountInString(s); n < width {
		return s + strings.Repeat(" ", width-n)
	}
	return s
}

// shorten cuts s to at most width runes, ending in "…" when cut.
func shorten(s string, width int) string {
	if utf8.RuneCountInString(s) <= width {
		return s
	}
	r := []rune(s)
	return strings.TrimRight(string(r[:width-1]), " ") + "…"
}
