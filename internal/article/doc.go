// Package article is the Article type and its readers: the one place where
// news enters accord.
//
// Walk reads any mix of inputs (files, directories, http(s) URLs of feeds
// or pages, standard input) and hands every article to a callback, reporting
// bad parts of the input as Problems without stopping. The per-format
// readers it uses are exported too: ReadJSONL, ReadText (plain text with
// headlines and datelines), ReadHTML (main text by readability), ReadFeed
// (RSS, Atom, JSON Feed) and Fetch (a URL). Clean strips web boilerplate
// from text; ParseDateline, DatesIn and DocumentDate find dates; Fingerprint
// and Near recognise syndicated copies of one story.
package article
