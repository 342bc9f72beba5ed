package web

import (
	"context"
	"time"
)

// Evidence is one piece of support for a status, an alert or a timeline
// entry: an event or a report, with the sentence that says so.
type Evidence struct {
	// Event is the id of a stored event, when there is one.
	Event string `json:"event,omitempty"`
	// Doc is the id of the article.
	Doc string `json:"doc,omitempty"`
	// Date is YYYY-MM-DD.
	Date string `json:"date,omitempty"`
	// Text is the sentence.
	Text string `json:"text,omitempty"`
	// Source names the outlet; URL is where the article is.
	Source string `json:"source,omitempty"`
	URL    string `json:"url,omitempty"`
}

// Alert is an early warning, in the form of CONTRACTS.md.
type Alert struct {
	ID string `json:"id"`
	// Subject is a country ("KGZ") or a pair ("KGZ-TJK").
	Subject  string  `json:"subject"`
	Kind     string  `json:"kind"`
	AsOf     string  `json:"as_of"`
	Window   string  `json:"window"`
	Observed float64 `json:"observed"`
	Baseline float64 `json:"baseline"`
	Score    float64 `json:"score"`
	// Explanation is a sentence a person can read.
	Explanation string     `json:"explanation"`
	Evidence    []Evidence `json:"evidence"`
}

// AlertSource computes alerts as of a date.
type AlertSource interface {
	Alerts(ctx context.Context, asOf time.Time) ([]Alert, error)
}

// Party is one country's stance towards an agreement.
type Party struct {
	Country string `json:"country"`
	// Status is signed, ratified, in_force, deferred, refused, withdrawn or unknown.
	Status   string     `json:"status"`
	Since    string     `json:"since,omitempty"`
	Evidence []Evidence `json:"evidence"`
}

// Agreement is a treaty, agreement, declaration or memorandum and where each
// party stands, in the form of CONTRACTS.md.
type Agreement struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Aliases []string `json:"aliases,omitempty"`
	Kind    string   `json:"kind"`
	// Binding is nil where unknown.
	Binding *bool   `json:"binding,omitempty"`
	Date    string  `json:"date,omitempty"`
	Parties []Party `json:"parties"`
}

// BindingText says whether the agreement binds its parties, for display:
// ", binding", ", not binding", or "" when unknown.
func (a Agreement) BindingText() string {
	switch {
	case a.Binding == nil:
		return ""
	case *a.Binding:
		return ", binding"
	}
	return ", not binding"
}

// AgreementSource lists the known agreements.
type AgreementSource interface {
	Agreements(ctx context.Context) ([]Agreement, error)
}

// TimelineEntry is one dated step of a dispute: an incident, talks, a
// ceasefire, mediation or an agreement.
type TimelineEntry struct {
	Date     string     `json:"date"`
	Kind     string     `json:"kind"`
	Summary  string     `json:"summary,omitempty"`
	Evidence []Evidence `json:"evidence"`
}

// Dispute is a dispute between parties and its timeline, in the form of
// CONTRACTS.md.
type Dispute struct {
	ID       string          `json:"id"`
	Parties  []string        `json:"parties"`
	Topic    string          `json:"topic"`
	Status   string          `json:"status"`
	First    string          `json:"first"`
	Last     string          `json:"last"`
	Timeline []TimelineEntry `json:"timeline"`
}

// DisputeSource lists the known disputes.
type DisputeSource interface {
	Disputes(ctx context.Context) ([]Dispute, error)
}

// Point is one value of a time series.
type Point struct {
	Date  string  `json:"date"`
	Value float64 `json:"value"`
}

// Indicator is a named daily (or coarser) series about a subject.
type Indicator struct {
	// Subject is a country ("KGZ") or a pair ("KGZ-TJK").
	Subject     string  `json:"subject"`
	Name        string  `json:"name"`
	Description string  `json:"description,omitempty"`
	Points      []Point `json:"points"`
}

// IndicatorSource gives the indicator series of a country or a pair.
type IndicatorSource interface {
	Indicators(ctx context.Context, subject string) ([]Indicator, error)
}

// Rating is a governance rating of a country (an index value for a year).
type Rating struct {
	Country string  `json:"country"`
	Name    string  `json:"name"`
	Year    int     `json:"year"`
	Value   float64 `json:"value"`
	// Scale says how to read Value ("0–100, higher is freer").
	Scale  string `json:"scale,omitempty"`
	Source string `json:"source,omitempty"`
}

// RatingSource gives the governance ratings of a country.
type RatingSource interface {
	Ratings(ctx context.Context, country string) ([]Rating, error)
}
