// Package article is the Article type and its readers: JSONL, plain text with
// datelines, HTML (main text via readability), RSS/Atom/JSON feeds, web pages
// by URL, folders and standard input; and near-duplicate fingerprints.
package article
