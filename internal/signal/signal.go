package signal

import (
	"context"
	"strings"

	"github.com/accord-hub/accord/internal/event"
	"github.com/accord-hub/accord/internal/store"
)

// Day is one subject's rollup for one day: the merged events dated that
// day that involve it.
type Day struct {
	// Subject is a country ("KGZ") or a pair of countries ("KGZ-TJK").
	Subject string
	// Date is YYYY-MM-DD.
	Date string
	// Events counts merged events; Mentions the reports merged into them.
	Events, Mentions int
	// Quad counts events by QuadClass: Quad[1] verbal cooperation …
	// Quad[4] material conflict. Quad[0] is unused.
	Quad [5]int
	// Goldstein is the sum of the events' Goldstein weights.
	Goldstein float64
}

// Volume is the news volume of a country on a day: how many articles had an
// event about it.
type Volume struct {
	Country  string
	Date     string
	Articles int
}

// RootCount is the number of a subject's events of one CAMEO root on a day.
type RootCount struct {
	Subject, Date, Root string
	Events              int
	Goldstein           float64
}

// Rollups is what a store keeps for signals: daily rollups and news volume,
// maintained in the transaction that saves the events.
type Rollups interface {
	// Daily returns the rollups dated from..to inclusive, of subject, or of
	// every subject when subject is "".
	Daily(ctx context.Context, subject, from, to string) ([]Day, error)
	// News returns the news volume dated from..to inclusive, of country,
	// or of every country when country is "".
	News(ctx context.Context, country, from, to string) ([]Volume, error)
	// Roots returns subject's events per CAMEO root dated from..to.
	Roots(ctx context.Context, subject, from, to string) ([]RootCount, error)
}

// Events is how signal reads the events behind an alert.
type Events interface {
	Events(ctx context.Context, f store.Filter) (store.Page, error)
	Event(ctx context.Context, id string) (event.Event, []event.Event, error)
}

// Store is a store that signal can compute alerts from.
type Store interface {
	Rollups
	Events
}

// CopyCounter is what a store that recognises syndicated copies offers:
// for event ids, how many of their reports were copies of a story already
// reporting them. A store without it shows no copies.
type CopyCounter interface {
	Copies(ctx context.Context, ids []string) (map[string]int, error)
}

// RatingStore keeps governance ratings.
type RatingStore interface {
	// SaveRatings stores ratings, replacing any with the same country,
	// year, source and indicator, and returns how many it stored.
	SaveRatings(ctx context.Context, rs []Rating) (int, error)
	// Ratings returns the ratings of country, or all when country is "",
	// ordered by country, source, indicator and year.
	Ratings(ctx context.Context, country string) ([]Rating, error)
}

// nonCountries are the first three letters of actor codes tied to no
// country: they get no alerts.
var nonCountries = map[string]bool{"IGO": true, "NGO": true, "MNC": true, "IMG": true}

// isCountry reports whether c looks like an ISO 3166 alpha-3 code.
func isCountry(c string) bool {
	if len(c) != 3 || nonCountries[c] {
		return false
	}
	for i := 0; i < 3; i++ {
		if c[i] < 'A' || c[i] > 'Z' {
			return false
		}
	}
	return true
}

// splitSubject returns the countries of a subject: one for a country, two
// for a pair; ok is false for anything else.
func splitSubject(s string) (a, b string, ok bool) {
	if x, y, pair := strings.Cut(s, "-"); pair {
		return x, y, isCountry(x) && isCountry(y) && x != y
	}
	return s, "", isCountry(s)
}
