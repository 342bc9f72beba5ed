// Package agreement follows treaties and other agreements through the news:
// it finds the sentences that name an agreement and say where a state stands
// on it (signed, ratified, in force, deferred, refused, withdrawn), ties the
// mentions of one agreement together across documents by name, parties and
// time, and runs each party's stance through a small state machine in which
// every step keeps the reports that drove it. Conflicting reports are kept
// and flagged; the newest well-sourced one decides.
//
// A registry file (see ParseRegistry) names, merges and annotates
// agreements; without one everything still works from the news alone.
package agreement
