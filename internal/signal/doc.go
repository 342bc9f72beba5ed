// Package signal turns stored events into early warnings that explain
// themselves: daily rollups per country and pair, indicator series,
// governance ratings, alerts that test recent activity against each
// subject's own baseline, monthly trends in CrisisWatch's words, and a
// backtest that replays a timeline day by day.
//
// # Subjects and rollups
//
// A subject is a country ("KGZ") or a pair of countries ("KGZ-TJK"). The
// store keeps, per day and subject, the merged events by QuadClass and
// CAMEO root, their mentions and Goldstein sum, and per day and country the
// news volume: articles with at least one event about the country (as
// source, target or place). A pair's news volume is the sum of its two
// countries'. The store updates these in the transaction that saves the
// events (Rollups), so alerts never re-read the events table.
//
// # Escalation alerts
//
// For each subject, the material-conflict events (QuadClass 4) of the last
// Config.Window days (default 7) are compared with what the
// Config.Baseline days before (default 90) predict at the window's news
// volume. Each day's count is modelled as negative binomial with mean
// r·f(weekday)·articles: r is the baseline's conflict events per article
// (with half an event of prior, so a calm baseline still expects a little),
// f are day-of-week factors shrunk towards 1, and the over-dispersion is
// fitted by the method of moments on the baseline days. The window total's
// variance adds that over-dispersion and the uncertainty of r; its upper
// tail probability is the p-value. An alert fires when p < Config.P
// (default 0.01) and the window has at least Config.MinEvents (default 3)
// such events. Its score is −log10 p.
//
// A subject with fewer than Config.MinBaselineArticles (default 20)
// articles in the baseline, or Config.MinWindowArticles (default 3) in the
// window, is reported as "not enough reporting": silence is never calm.
//
// # Monthly trends
//
// Per country, the Config.TrendDays (default 30) ending on the as-of date
// against the TrendDays before: "deteriorated" when the mean Goldstein
// weight fell by at least Config.TrendGoldstein (default 1.0) or the share
// of conflict events (QuadClass 3 and 4) rose by at least Config.TrendShare
// (default 10 points), and nothing moved the other way past a threshold;
// "improved" for the mirror image; "unchanged" otherwise. Both months need
// Config.TrendMinEvents (default 10) events.
//
// # As of a date
//
// Alerts as of a date read only events dated on or before it, so a
// backtest sees what a user would have seen, except for reports of past
// days that arrived late. Backtest replays a period day by day; see
// BacktestReport for how lead times and calm stretches are defined.
package signal
