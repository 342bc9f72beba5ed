package signal

import (
	"errors"
	"fmt"
)

// Config holds the thresholds of the alerts. DefaultConfig documents the
// values used unless a user sets them (accord alerts --window, --baseline,
// --p, --min-events).
type Config struct {
	// Window is how many days, ending on the as-of date, count as recent.
	Window int
	// Baseline is how many days before the window a subject's own past is
	// taken from.
	Baseline int
	// P is the significance level: an escalation alert fires when the
	// chance of seeing at least the observed count, were the baseline still
	// true, is below P.
	P float64
	// MinEvents is the least number of material-conflict events in the
	// window for an escalation alert: a single report is never enough.
	MinEvents int
	// MinBaselineArticles and MinWindowArticles are the least news volume
	// (articles with an event about the subject) needed to judge; below
	// either, the subject is reported as "not enough reporting".
	MinBaselineArticles, MinWindowArticles int
	// MaxEvidence caps the events listed as an alert's evidence.
	MaxEvidence int
	// TrendDays is the length of the "month" of the monthly trend: the
	// TrendDays ending on the as-of date against the TrendDays before.
	TrendDays int
	// TrendMinEvents is the least number of events in each of the two
	// months for a trend.
	TrendMinEvents int
	// TrendGoldstein is the change of the mean Goldstein weight, and
	// TrendShare the change of the share of conflict events (QuadClass 3
	// and 4), that count as deteriorated or improved.
	TrendGoldstein, TrendShare float64
}

// DefaultConfig returns the documented default thresholds.
func DefaultConfig() Config {
	return Config{
		Window:              7,
		Baseline:            90,
		P:                   0.01,
		MinEvents:           3,
		MinBaselineArticles: 20,
		MinWindowArticles:   3,
		MaxEvidence:         5,
		TrendDays:           30,
		TrendMinEvents:      10,
		TrendGoldstein:      1.0,
		TrendShare:          0.10,
	}
}

// Validate reports a threshold that makes no sense.
func (c Config) Validate() error {
	switch {
	case c.Window < 1 || c.Window > 366:
		return fmt.Errorf("window %d: want 1 to 366 days", c.Window)
	case c.Baseline < 7 || c.Baseline > 3660:
		return fmt.Errorf("baseline %d: want 7 to 3660 days", c.Baseline)
	case !(c.P > 0 && c.P < 1):
		return fmt.Errorf("p %v: want a probability between 0 and 1", c.P)
	case c.MinEvents < 1:
		return fmt.Errorf("min-events %d: want at least 1", c.MinEvents)
	case c.MinBaselineArticles < 0 || c.MinWindowArticles < 0:
		return errors.New("minimum article counts must not be negative")
	case c.MaxEvidence < 0:
		return errors.New("max evidence must not be negative")
	case c.TrendDays < 1 || c.TrendMinEvents < 1 || c.TrendGoldstein <= 0 || c.TrendShare <= 0:
		return errors.New("trend thresholds must be positive")
	}
	return nil
}
