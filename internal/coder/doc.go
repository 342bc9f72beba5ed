// Package coder turns sentences into CAMEO events: who (source) did what
// (a verb pattern's code) to whom (target), with compound actors, passives,
// negation, intentions and other frames, reported speech and pronouns, and
// the words that gave each event.
package coder
