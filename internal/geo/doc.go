// Package geo places news on the map, offline: it holds the gazetteer that
// ships inside accord (GeoNames populated places, first-level divisions,
// US counties, countries and our own supplement of regions, enclaves,
// border crossings and Soviet-era names), finds place names in a
// document's text, resolves each to one gazetteer entry with a
// confidence, and sets the location of each coded event.
//
// The geoparser works in three steps.
//
// Find: the text is cut into words and sentences; every run of up to
// eight capitalised words (with "of", "al-" and the like inside) is looked
// up, longest first, by Key. A generic word after a name ("province",
// "city", "valley") joins it and says what kind of place is meant; a
// natural feature or an institution after it ("River", "University",
// "Agreement") means the words are not the place.
//
// Weigh the words: around each name the geoparser reads what says "place"
// (a locative before it, "residents of", a qualifier as in "Paris, Texas",
// "Springfield, Mo.") and what says "person" or "something else" (a title,
// a given name before or after it, a surname seen elsewhere in the
// document, a verb of speech, an ordinary English word at the start of a
// sentence or after "the"). Demonyms ("Kyrgyz", "Texan") are never places
// but vote for their country.
//
// Resolve: each entry a name may mean is scored by its kind (country,
// capital, division, town), population and whether the name is its own or
// one of many alternates; then by the document: the countries and
// divisions the other names point to, how near it is to the other places,
// and qualifiers. A town beats the division named after it ("Osh", not
// Osh province, unless the text says "province"). The same words mean the
// same place throughout a document. Names that are neither well known nor
// backed by the rest of the document (a hamlet, an alternate name, a
// common word) are dropped. Confidence is the margin between the best
// entry and the runner-up.
//
// Locate then gives each event the finest place named in its clause, else
// in its sentence, else the document's main place (a dateline counts
// double), else the country of its actors.
package geo
