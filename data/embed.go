// Package data holds the files that ship inside the accord binary: the CAMEO
// code table, the coding dictionaries, the gazetteer and the example articles.
// Where each file's facts come from, and under which licence, is written in
// data/README.md.
package data

import "embed"

// FS is every data file, read-only, at the paths they have under data/.
//
//go:embed cameo dict examples geo ratings
var FS embed.FS
