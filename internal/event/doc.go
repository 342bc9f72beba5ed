// Package event is the Event type that every stage after the coder hands on,
// its stable ids, and the merging of many reports of one event into one.
package event
