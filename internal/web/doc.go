// Package web serves accord's dashboard and JSON API: server-rendered pages
// (html/template, htmx, an offline Leaflet map, uPlot charts) and the /api/
// endpoints of CONTRACTS.md. Every asset is embedded and served from the
// binary; nothing is fetched from the internet.
//
// The store is the only required data source. Alerts, indicators, ratings,
// agreements and disputes come through small optional interfaces declared
// here (AlertSource, IndicatorSource, RatingSource, AgreementSource,
// DisputeSource) with web-local view types, so that the packages computing
// them can be wired in by a few lines of adapter code; when one is absent the
// pages say so and its API endpoint answers [].
//
// Refreshing the vendored browser libraries: see static/vendor/README.md
// and the script static/vendor/refresh.sh.
package web
