// Package dispute finds disputes between states in the coded news and
// tells each one's story: a dispute is a pair of countries and a topic
// (border, water, energy, trade, minorities …), found from the conflict
// events between them and the words that name a dispute; its timeline
// gathers incidents, accusations, talks, mediation (and who mediated),
// ceasefires, prisoner exchanges and agreements, each with its evidence;
// its status (active, de-escalating, dormant, settled) follows from them.
package dispute
