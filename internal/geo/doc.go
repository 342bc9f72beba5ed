// Package geo places news on the map, offline: it holds the gazetteer that
// ships inside accord (GeoNames populated places, first-level divisions,
// countries and our own supplement of regions, enclaves, border crossings
// and Soviet-era names), finds place names in a document's text, resolves
// each to one gazetteer entry with a confidence, and sets the location of
// each coded event.
package geo
