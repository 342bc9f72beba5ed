package signal

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
)

// Rating is a governance rating of a country for a year: a value (Freedom
// House's total score, the EIU Democracy Index), a category (Freedom
// House's status "Not Free", the EIU's "Authoritarian regime"), or both.
type Rating struct {
	// Country is the ISO 3166 alpha-3 code.
	Country string `json:"country"`
	// Year is the year the source gives the rating for (for Freedom in the
	// World, the edition year).
	Year int `json:"year"`
	// Source names who rated ("Freedom House"); Indicator what ("Freedom
	// in the World total score").
	Source    string `json:"source"`
	Indicator string `json:"indicator"`
	// Value is the number, meaningful only when HasValue.
	Value    float64 `json:"value,omitempty"`
	HasValue bool    `json:"-"`
	// Category is the rating's class, "" when the source gives none.
	Category string `json:"category,omitempty"`
}

// ratingColumns are the header of a ratings CSV file, in order.
var ratingColumns = []string{"country", "year", "source", "indicator", "value", "category"}

// ReadRatings reads a ratings CSV file: a header line "country, year,
// source, indicator, value, category" and one rating a line. value or
// category may be empty, not both. Lines starting with # are comments.
// name is the file's name for error messages, which give the line.
func ReadRatings(r io.Reader, name string) ([]Rating, error) {
	cr := csv.NewReader(r)
	cr.Comment = '#'
	cr.FieldsPerRecord = -1
	cr.TrimLeadingSpace = true
	header, err := cr.Read()
	if errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("signal: %s: empty file: want a header line %q", name, strings.Join(ratingColumns, ","))
	}
	if err != nil {
		return nil, fmt.Errorf("signal: %s: %w", name, err)
	}
	if len(header) > 0 {
		header[0] = strings.TrimPrefix(header[0], "\ufeff")
	}
	if len(header) != len(ratingColumns) {
		return nil, fmt.Errorf("signal: %s:1: header has %d columns, want %q", name, len(header), strings.Join(ratingColumns, ","))
	}
	for i, h := range header {
		if strings.ToLower(strings.TrimSpace(h)) != ratingColumns[i] {
			return nil, fmt.Errorf("signal: %s:1: column %d is %q, want %q (header %q)", name, i+1, h, ratingColumns[i], strings.Join(ratingColumns, ","))
		}
	}
	var out []Rating
	seen := map[string]int{}
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return nil, fmt.Errorf("signal: %s:%d: %v", name, pe.Line, pe.Err)
			}
			return nil, fmt.Errorf("signal: %s: %w", name, err)
		}
		line, _ := cr.FieldPos(0)
		rt, err := parseRating(rec)
		if err != nil {
			return nil, fmt.Errorf("signal: %s:%d: %w", name, line, err)
		}
		key := fmt.Sprintf("%s|%d|%s|%s", rt.Country, rt.Year, rt.Source, rt.Indicator)
		if prev, dup := seen[key]; dup {
			return nil, fmt.Errorf("signal: %s:%d: %s %d %q %q is already given on line %d", name, line, rt.Country, rt.Year, rt.Source, rt.Indicator, prev)
		}
		seen[key] = line
		out = append(out, rt)
	}
	return out, nil
}

// parseRating checks and converts one CSV record.
func parseRating(rec []string) (Rating, error) {
	if len(rec) != len(ratingColumns) {
		return Rating{}, fmt.Errorf("%d columns, want %d (%s)", len(rec), len(ratingColumns), strings.Join(ratingColumns, ","))
	}
	for i := range rec {
		rec[i] = strings.TrimSpace(rec[i])
	}
	var r Rating
	r.Country = strings.ToUpper(rec[0])
	if !isCountry(r.Country) {
		return Rating{}, fmt.Errorf("country %q: want an ISO 3166 alpha-3 code such as KGZ", rec[0])
	}
	y, err := strconv.Atoi(rec[1])
	if err != nil || y < 1900 || y > 2200 {
		return Rating{}, fmt.Errorf("year %q: want a year such as 2024", rec[1])
	}
	r.Year = y
	if r.Source = rec[2]; r.Source == "" {
		return Rating{}, errors.New("source is empty: name who gives the rating (Freedom House)")
	}
	if r.Indicator = rec[3]; r.Indicator == "" {
		return Rating{}, errors.New("indicator is empty: name what is rated (total score, status)")
	}
	if rec[4] != "" {
		v, err := strconv.ParseFloat(rec[4], 64)
		if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
			return Rating{}, fmt.Errorf("value %q is not a number", rec[4])
		}
		r.Value, r.HasValue = v, true
	}
	r.Category = rec[5]
	if !r.HasValue && r.Category == "" {
		return Rating{}, errors.New("both value and category are empty: give at least one")
	}
	return r, nil
}
