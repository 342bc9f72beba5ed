package signal

import (
	"context"
	"fmt"
	"slices"
	"time"
)

// BacktestReport is what a replay of a timeline found: for each subject
// that escalated, how many days before its peak the first alert fired, and
// for every subject, how many alerts fired on calm stretches.
//
// Definitions (README, "Backtest"): a subject's activity on a day is its
// count of material-conflict events in the Window days ending that day
// (what an alert judges). Its peak is the day of most activity in the
// period; it escalated when the peak activity reaches MinEvents and twice
// its median activity over the period. An escalation day is one with
// activity at least halfway from the median to the peak. A day is calm
// when neither it nor any of the Window days after it is an escalation day
// (an alert up to a window ahead of an escalation is an early warning, not
// a false one). Alerts are counted per day: an alert that stands for five
// days is five alert-days.
type BacktestReport struct {
	From, To string `json:"-"`
	// Period is "FROM/TO".
	Period string `json:"period"`
	Days   int    `json:"days"`
	// Subjects are those that escalated or had an alert, escalated ones
	// first.
	Subjects []BacktestSubject `json:"subjects"`
	// Escalations counts subjects that escalated and Detected those with
	// an alert at most 2×Window days before their peak or Window days after.
	Escalations int `json:"escalations"`
	Detected    int `json:"detected"`
	// AlertDays counts escalation alerts over all days and subjects;
	// CalmAlertDays those on calm days, out of CalmDays calm subject-days.
	AlertDays     int `json:"alert_days"`
	CalmAlertDays int `json:"calm_alert_days"`
	CalmDays      int `json:"calm_days"`
}

// BacktestSubject is one subject's result.
type BacktestSubject struct {
	Subject string `json:"subject"`
	// Peak is the last day of the Window days with the most
	// material-conflict events, and PeakEvents how many; "" when the
	// subject never reached MinEvents in a window.
	Peak       string `json:"peak,omitempty"`
	PeakEvents int    `json:"peak_events"`
	// FirstAlert is the first alert of the run-up to the peak; LeadDays how
	// many days before the peak it fired (negative: after). nil when no
	// alert fired around the peak.
	FirstAlert string `json:"first_alert,omitempty"`
	LeadDays   *int   `json:"lead_days,omitempty"`
	// AlertDays counts the days with an alert; CalmAlertDays those on calm
	// days, out of CalmDays.
	AlertDays     int `json:"alert_days"`
	CalmAlertDays int `json:"calm_alert_days"`
	CalmDays      int `json:"calm_days"`
}

// Backtest replays from..to day by day, computing each day's escalation
// alerts as accord alerts --as-of would have, from the events dated up to
// that day, and scores them against what happened.
func Backtest(ctx context.Context, st Rollups, from, to time.Time, cfg Config) (BacktestReport, error) {
	if err := cfg.Validate(); err != nil {
		return BacktestReport{}, fmt.Errorf("signal: %w", err)
	}
	from, to = dayOf(from), dayOf(to)
	if to.Before(from) {
		return BacktestReport{}, fmt.Errorf("signal: backtest: %s is before %s", to.Format(time.DateOnly), from.Format(time.DateOnly))
	}
	lead := cfg.Window + cfg.Baseline
	tl, err := Load(ctx, st, from.AddDate(0, 0, -lead), to)
	if err != nil {
		return BacktestReport{}, err
	}
	r := BacktestReport{From: from.Format(time.DateOnly), To: to.Format(time.DateOnly)}
	r.Period = r.From + "/" + r.To
	first, last := tl.day(from), tl.day(to)
	r.Days = last - first + 1
	var escalated, quiet []BacktestSubject
	for _, name := range tl.Subjects() {
		if err := ctx.Err(); err != nil {
			return BacktestReport{}, err
		}
		s := tl.subjects[name]
		// roll[i] is the material conflict of the window ending on day i.
		roll := make([]float64, tl.Days)
		for i := first; i <= last; i++ {
			roll[i] = sum(s.conflict, i-cfg.Window+1, i+1)
		}
		peak, peakN := -1, 0.0
		for i := first; i <= last; i++ {
			if roll[i] > peakN {
				peak, peakN = i, roll[i]
			}
		}
		hot := make([]bool, tl.Days)
		bs := BacktestSubject{Subject: name}
		typical := median(roll[first : last+1])
		if peakN >= float64(cfg.MinEvents) && peakN >= 2*typical {
			bs.Peak, bs.PeakEvents = tl.date(peak), int(peakN)
			level := typical + (peakN-typical)/2
			for i := first; i <= last; i++ {
				hot[i] = roll[i] >= level
			}
		}
		alerted := make([]bool, tl.Days)
		for d := first; d <= last; d++ {
			calm := true
			for j := d; j <= min(d+cfg.Window, last); j++ {
				if hot[j] {
					calm = false
					break
				}
			}
			if calm {
				bs.CalmDays++
			}
			a, ok := escalation(tl, s, d, cfg)
			if !ok || a.Kind != KindEscalation {
				continue
			}
			alerted[d] = true
			bs.AlertDays++
			if calm {
				bs.CalmAlertDays++
			}
		}
		if peak >= 0 && bs.Peak != "" {
			for d := max(peak-2*cfg.Window, first); d <= min(peak+cfg.Window, last); d++ {
				if alerted[d] {
					n := peak - d
					bs.FirstAlert, bs.LeadDays = tl.date(d), &n
					break
				}
			}
		}
		r.AlertDays += bs.AlertDays
		r.CalmAlertDays += bs.CalmAlertDays
		r.CalmDays += bs.CalmDays
		switch {
		case bs.Peak != "":
			r.Escalations++
			if bs.LeadDays != nil {
				r.Detected++
			}
			escalated = append(escalated, bs)
		case bs.AlertDays > 0:
			quiet = append(quiet, bs)
		}
	}
	r.Subjects = append(escalated, quiet...)
	if r.Subjects == nil {
		r.Subjects = []BacktestSubject{}
	}
	return r, nil
}

// median returns the median of xs (which it does not change), 0 for none.
func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	if n := len(s); n%2 == 1 {
		return s[n/2]
	} else {
		return (s[n/2-1] + s[n/2]) / 2
	}
}
