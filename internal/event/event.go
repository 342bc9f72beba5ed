package event

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
)

// Span is a [start, end) pair of byte offsets into an event's sentence text.
type Span [2]int

// Empty reports whether the span covers nothing.
func (s Span) Empty() bool { return s[1] <= s[0] }

// Evidence holds the byte offsets, in the event's Text, of the words that
// gave its source, target and verb. A role with no words is omitted.
type Evidence struct {
	Source *Span `json:"source,omitempty"`
	Target *Span `json:"target,omitempty"`
	Verb   *Span `json:"verb,omitempty"`
}

// Location is where an event happened.
type Location struct {
	// Name is the place as written, or the gazetteer's name.
	Name string `json:"name"`
	// Country is the ISO 3166 alpha-3 code.
	Country string `json:"country"`
	// Admin1 is the first-level division code (GeoNames "KG.02"), when known.
	Admin1 string `json:"admin1,omitempty"`
	// Lat and Lon are WGS84 degrees.
	Lat float64 `json:"lat"`
	Lon float64 `json:"lon"`
	// GeonameID is the GeoNames id, 0 for places from our own supplement.
	GeonameID int64 `json:"geonameid,omitempty"`
	// Precision is "place", "admin1" or "country": how finely the place is known.
	Precision string `json:"precision"`
	// FIPS is the FIPS 10-4 country code for GDELT-style export.
	FIPS string `json:"fips,omitempty"`
	// Feature is the GeoNames feature code (PPLC, ADM1, PCLI …).
	Feature string `json:"feature,omitempty"`
}

// Event is one coded event: who did what to whom, where and when, with the
// sentence and words that say so. The JSON form is the one in CONTRACTS.md.
type Event struct {
	// ID is stable: ReportID of the document, sentence, actors and code for
	// a coded event; MergedID for a stored, merged event.
	ID string `json:"id"`
	// Doc is the id of the document the event came from (the first report,
	// for merged events).
	Doc string `json:"doc"`
	// Sentence is the index of the sentence in the document, from 0.
	Sentence int `json:"sentence"`
	// Date is the event's date, YYYY-MM-DD.
	Date string `json:"date"`
	// Source and Target are CAMEO actor codes, "" where unknown.
	Source string `json:"source"`
	Target string `json:"target"`
	// Code is the CAMEO event code and Root its two-digit root.
	Code string `json:"code"`
	Root string `json:"root"`
	// Quad is the QuadClass, 1 to 4; Goldstein the code's weight.
	Quad      int     `json:"quad"`
	Goldstein float64 `json:"goldstein"`
	// Plover is the PLOVER event type.
	Plover string `json:"plover"`
	// Text is the sentence the event was coded from.
	Text string `json:"text"`
	// Evidence points at the words in Text that gave the event.
	Evidence Evidence `json:"evidence"`
	// Location is where the event happened, when known.
	Location *Location `json:"location,omitempty"`
	// Mentions is, for stored events, how many reports were merged into it.
	Mentions int `json:"mentions,omitempty"`
	// Sources is, for stored events, how many distinct outlets reported it.
	Sources int `json:"sources,omitempty"`

	// SourceName and TargetName are the actors as written in the text.
	SourceName string `json:"source_name,omitempty"`
	TargetName string `json:"target_name,omitempty"`
	// Verb is the verb phrase as written.
	Verb string `json:"verb,omitempty"`
	// Attribution names who reported the event, for reported speech
	// ("according to Human Rights Watch"): a CAMEO actor code or the words.
	Attribution string `json:"attribution,omitempty"`
	// Modality is "" for an event reported as done; the coder turns
	// intentions, refusals and threats into their own codes, and notes here
	// the frame that did it ("intent", "refusal", "appeal", "threat", "demand").
	Modality string `json:"modality,omitempty"`
	// URL, Title and Outlet describe the document, when known.
	URL    string `json:"url,omitempty"`
	Title  string `json:"title,omitempty"`
	Outlet string `json:"outlet,omitempty"`
}

// ReportID is the stable id of an event coded from one sentence of one
// document: the same document always gives the same ids.
func ReportID(doc string, sentence int, source, target, code string) string {
	return hashOf("report", doc, strconv.Itoa(sentence), source, target, code)
}

// MergedID is the id of a merged event: one per first date, dyad, code family
// (the first three digits of the CAMEO code) and place.
func MergedID(date, source, target, code, place string) string {
	return hashOf("event", date, source, target, code, place)
}

// hashOf returns the first 20 hex digits of the SHA-256 of the parts, each
// followed by a zero byte.
func hashOf(parts ...string) string {
	var buf [256]byte
	b := buf[:0]
	for _, p := range parts {
		b = append(b, p...)
		b = append(b, 0)
	}
	sum := sha256.Sum256(b)
	var out [20]byte
	hex.Encode(out[:], sum[:10])
	return string(out[:])
}
