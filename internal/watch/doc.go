// Package watch keeps the news coming in: a registry of feeds and pages,
// each polled on its own schedule, whose new items are fetched, extracted
// and handed to the ingest pipeline.
//
// A Watcher polls with conditional requests (ETag, Last-Modified), a timeout
// and a size limit per response, one request at a time per host with a gap
// between them, and backs off exponentially from a failing source. It
// remembers every item it has ingested in the Registry, so that a restart
// resumes where it left off and never ingests an item twice.
package watch
