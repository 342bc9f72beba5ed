// Package cameo is the CAMEO event ontology as data: every event code with its
// name, Goldstein weight, QuadClass and PLOVER type, and the grammar of CAMEO
// actor codes (country, organisation, agents).
package cameo
