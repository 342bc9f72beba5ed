package coder

import (
	"strconv"
	"strings"

	"github.com/accord-hub/accord/internal/event"
	"github.com/accord-hub/accord/internal/nlp"
)

// Discards beyond the dictionary's phrase list: sentences and events that
// look political by their words but are not news of a political act. Each
// rule is about the shape of the sentence, never about particular stories.
// They do not apply in PETRARCH compatibility mode, where the discards are
// the ones the user's dictionaries give.

// quietStory reports whether a document is a sport, weather or market story:
// at least two of its sentences are discarded by a phrase or a match score,
// and they are its first sentence or at least a third of the document. In
// such a story only sentences with a word of war or politics are coded
// (see political), so that "the Kyrgyz side attacked down both flanks" a
// few lines below the score codes nothing.
func (c *Coder) quietStory(st *docState, sents []nlp.Sentence) bool {
	st.dropped = make([]bool, len(sents))
	n, first := 0, false
	for i := range sents {
		toks := sents[i].Tokens
		if _, ok := c.dict.Discards.Sentence.MatchAny(toks); ok && !c.sidelinesOnly(toks) || isSportScore(toks) {
			st.dropped[i] = true
			if anyOf(toks, marketWords) {
				// Market reports lead political stories (sanctions,
				// tariffs) too often to quiet the rest.
				continue
			}
			n++
			if i == 0 {
				first = true
			}
		}
	}
	if c.dict.Compat {
		return false
	}
	return n >= 2 && (first || 3*n >= len(sents))
}

// political reports whether a sentence has a word of war or politics, which
// keeps it coded inside a quiet story.
func political(toks []nlp.Token) bool { return anyOfFiltered(toks, militaryFilter, militaryWords) }

func anyOf(toks []nlp.Token, words map[string]bool) bool {
	for i := range toks {
		if words[toks[i].Lower] {
			return true
		}
	}
	return false
}

// discarded reports whether a whole sentence is not coded: a discard phrase,
// a match score, a direct question, or an act recalled as history.
func (x *sentence) discarded() bool {
	toks := x.toks
	if i := x.s.Index; i < len(x.st.dropped) {
		if x.st.dropped[i] {
			return true
		}
	} else if _, ok := x.c.dict.Discards.Sentence.MatchAny(toks); ok && !x.c.sidelinesOnly(toks) || isSportScore(toks) {
		return true
	}
	if x.c.dict.Compat {
		return false
	}
	return isQuestion(toks) || isHistory(toks, x.from, x.st.date)
}

// isQuestion spots a direct question ("Will Russia invade Ukraine?"): it
// asks about an act, it does not report one.
func isQuestion(toks []nlp.Token) bool {
	for k := len(toks) - 1; k >= 0; k-- {
		switch toks[k].Text {
		case "\"", "'", "”", "’", ")":
			continue
		case "?":
			return true
		}
		return false
	}
	return false
}

// isHistory spots a sentence about the past recalled on an anniversary: "In
// 1979 the Soviet Union invaded Afghanistan", "Eighty years ago Germany
// invaded the Soviet Union", "On this day in 1492 ...". A year is history
// when it is more than a year before the document's date (any year before
// 1990 when the date is unknown).
func isHistory(toks []nlp.Token, from int, date string) bool {
	if from < len(toks)-1 && (toks[from].Lower == "in" || toks[from].Lower == "by") && oldYear(toks[from+1].Text, date) {
		return true
	}
	for k := from; k+1 < len(toks); k++ {
		w, next := toks[k].Lower, toks[k+1].Lower
		if next == "ago" && (w == "years" || w == "decades" || w == "centuries") {
			return true
		}
		if w == "this" && next == "day" && k+3 < len(toks) && toks[k+2].Lower == "in" && oldYear(toks[k+3].Text, date) {
			return true
		}
	}
	return false
}

// oldYear reports whether w is a four-digit year more than a year before
// the document's date.
func oldYear(w, date string) bool {
	if len(w) != 4 || !allDigits(w) {
		return false
	}
	y, _ := strconv.Atoi(w)
	now := 1991
	if len(date) >= 4 {
		if d, err := strconv.Atoi(date[:4]); err == nil {
			now = d
		}
	}
	return y >= 1000 && y < now-1
}

// dropFalseSenses removes events whose words have a non-political sense in
// this sentence: a sport result between two countries ("Portugal demolished
// Bosnia", "China's Zheng beat Croatia's Vekic"), a natural hazard as the
// subject ("Cyclone Remal hit Bangladesh, flattening homes"), a fight
// against a thing rather than an actor ("battling drought", "declared war on
// plastic bags"), and an act dated in an "in 1945, when ..." clause.
func (x *sentence) dropFalseSenses() {
	if x.c.dict.Compat || len(x.events) == 0 {
		return
	}
	military := political(x.toks[x.from:])
	hazard := x.hazardSubject()
	past := x.historyClause()
	neither := x.neitherNor()
	kept := x.events[:0]
	for _, ev := range x.events {
		v := x.verbToken(ev)
		switch {
		case v >= 0 && !military && x.sportSense(v) && countryOnly(ev.Source) && countryOnly(ev.Target) && ev.Source != ev.Target:
			continue
		case hazard >= 0 && v > hazard && materialConflict(ev.Root):
			continue
		case fightRoot(ev.Root) && (ev.Target == "" && v >= 0 && (x.thingEnemy(v) || unarmed(ev.Source) && x.struggleTo(v)) || strings.HasSuffix(ev.Source, "BUS")):
			continue
		case past >= 0 && v > past:
			continue
		case x.datedHistory(v):
			continue
		case ev.Root == "14" && ev.Target == "" && x.commemoration():
			continue // "marched through Almaty as Kazakhstan marked Victory Day"
		case neither >= 0 && v == neither:
			continue
		}
		kept = append(kept, ev)
	}
	x.events = kept
}

// verbToken returns the index of the token that gave an event's verb, -1
// when the event has none.
func (x *sentence) verbToken(ev event.Event) int {
	if ev.Evidence.Verb == nil {
		return -1
	}
	start := ev.Evidence.Verb[0]
	for k := range x.toks {
		if x.toks[k].Start == start {
			return k
		}
	}
	return -1
}

// sportSense reports whether the verb at k is one that sport reports use for
// a result ("beat", "crushed", "edged", "stunned").
func (x *sentence) sportSense(k int) bool {
	w := x.toks[k].Lower
	if sportVerbs[w] || k+1 < len(x.toks) && x.toks[k+1].Lower == "past" {
		return true // "battled past Ghana", "edged past Oman"
	}
	for _, l := range x.c.dict.Verbs.LemmasOf(w) {
		if sportVerbs[l] {
			return true
		}
	}
	return false
}

// countryOnly reports whether an actor code is a bare country, with no
// agent: what a national team or a sportsperson named with a country gets.
func countryOnly(code string) bool {
	if len(code) != 3 {
		return false
	}
	switch code {
	case "IGO", "NGO", "MNC", "IMG":
		return false
	}
	return true
}

// materialConflict reports whether a root is a coercive or violent act,
// the kind a storm or a metaphor can seem to commit.
func materialConflict(root string) bool {
	switch root {
	case "14", "15", "16", "17", "18", "19", "20":
		return true
	}
	return false
}

// fightRoot reports whether a root is an assault, a fight or mass
// violence: what "a battle against locusts" or a firm's "assault on a
// market" would wrongly give.
func fightRoot(root string) bool {
	return root == "18" || root == "19" || root == "20"
}

// hazardSubject returns the index of the first verb when the words before
// it name a natural hazard and no actor ("An earthquake struck southern
// Turkey", "Floods battered Pakistan"); -1 otherwise.
func (x *sentence) hazardSubject() int {
	seen := false
	for k := x.from; k < len(x.toks); k++ {
		t := &x.toks[k]
		if strings.HasPrefix(t.Tag, "VB") && !isAux(t) {
			if !seen {
				return -1
			}
			for _, m := range x.ms {
				if m.start < k && !m.pronoun {
					return -1
				}
			}
			return k
		}
		if hazardFilter.MayHave(t.LowerHash()) && hazardWords[t.Lower] {
			seen = true
			if k+1 < len(x.toks) && hazardVerbs[x.toks[k+1].Lower] {
				// "An earthquake shook …" with "shook" tagged as a noun.
				for _, m := range x.ms {
					if m.start < k && !m.pronoun {
						return -1
					}
				}
				return k + 1
			}
		}
	}
	return -1
}

// hazardVerbs are what a hazard does to a place, whatever their tag.
var hazardVerbs = setOf("shook", "shakes", "jolted", "jolts", "rocked", "rocks", "struck", "strikes", "hit", "hits",
	"swept", "sweeps", "battered", "batters", "lashed", "lashes", "ravaged", "ravages", "engulfed", "flooded")

// thingEnemy reports whether a fight verb at k is aimed at a thing: "waging
// a battle against locusts", "declared war on plastic bags", "an assault on
// the cloud market".
func (x *sentence) thingEnemy(k int) bool {
	end := min(len(x.toks), k+8)
	for j := k; j < end; j++ {
		w := x.toks[j].Lower
		if thingEnemies[w] {
			return true
		}
		if j > k && (w == "." || w == ";" || w == "," && j > k+1) {
			break
		}
	}
	return false
}

// struggleTo reports whether a fight verb at k is followed by "to" and a
// verb: "fighting to keep the language alive" is a struggle, not a fight.
func (x *sentence) struggleTo(k int) bool {
	return k+2 < len(x.toks) && x.toks[k+1].Lower == "to" && strings.HasPrefix(x.toks[k+2].Tag, "VB")
}

// unarmed reports whether an actor code names people who do not fight
// wars: teachers, doctors, firms, farmers ("KAZEDU", "INDBUS").
func unarmed(code string) bool {
	if len(code) < 6 {
		return false
	}
	for _, a := range []string{"MIL", "REB", "COP", "INS", "SPY", "UAF", "IMG", "SEP", "GOV"} {
		if strings.Contains(code[3:], a) {
			return false
		}
	}
	return true
}

// historyClause returns the index of the "when" in "the day in 1945 when
// the United States dropped the bomb": acts after it are history; -1 when
// there is none.
func (x *sentence) historyClause() int {
	for k := x.from; k+2 < len(x.toks); k++ {
		if x.toks[k].Lower == "in" && oldYear(x.toks[k+1].Text, x.st.date) && x.toks[k+2].Lower == "when" {
			return k + 2
		}
	}
	return -1
}

// neitherNor returns the first verb after a "neither X nor Y" subject
// ("Neither China nor India fired a shot"): a negated act; -1 when there is
// none.
func (x *sentence) neitherNor() int {
	nor := false
	for k := x.from; k < len(x.toks); k++ {
		t := &x.toks[k]
		switch {
		case t.Lower == "neither" && k == x.from:
			// the subject starts with "neither"
		case t.Lower == "nor" && k > x.from:
			nor = true
		case strings.HasPrefix(t.Tag, "VB") && !auxForms[t.Lower] && !modals[t.Lower]:
			if nor && x.toks[x.from].Lower == "neither" {
				return k
			}
			return -1
		}
	}
	return -1
}

// sportVerbs are verbs (lemmas and forms) that sport reports use for
// results; between two bare countries and with no word of war in the
// sentence they are a match, not a battle.
var sportVerbs = setOf("beat", "defeat", "crush", "rout", "thrash", "hammer", "demolish", "edge", "down",
	"top", "stun", "upset", "outplay", "outclass", "overpower", "dethrone", "whitewash", "sweep", "trounce",
	"humiliate", "besiege", "thump", "maul", "overwhelm", "eliminate", "outlast", "annihilate", "outscore",
	"blank", "knock", "pip", "draw", "outrun", "outpace", "outfight", "outpoint", "floor", "pin", "throw",
	"choke", "overcome", "play", "tame", "wallop", "drub", "host", "cruise", "breeze", "brush")

// militaryWords mark a sentence about war or force, where the verbs of
// sport results keep their literal sense.
var militaryWords = setOf("troops", "troop", "forces", "force", "army", "armies", "military", "soldiers",
	"soldier", "militants", "rebels", "insurgents", "fighters", "militia", "militias", "missile",
	"missiles", "drone", "drones", "rocket", "rockets", "artillery", "shelling", "shells", "airstrike",
	"airstrikes", "strike", "strikes", "bomb", "bombs", "bombing", "bombings", "warplanes", "jets",
	"war", "wars", "offensive", "invasion", "weapons", "tanks", "navy", "naval", "warships", "border",
	"borders", "territory", "ceasefire", "truce", "occupation", "occupied", "killed", "killing",
	"police", "protesters", "demonstrators", "election", "elections", "vote", "votes", "sanctions",
	"parliament", "coup", "regime", "government", "referendum", "plane", "planes", "aircraft", "helicopter",
	"talks", "summit", "negotiations", "civilians", "villages", "city", "cities", "capital", "visit",
	"delegation", "leaders", "meeting", "president", "minister", "ambassador", "base", "bases", "airbase",
	"alliance", "embassy", "refugees", "migrants", "hostages", "prisoners", "sanctioned", "tariff",
	"tariffs", "embargo", "blacklisted", "treaty", "agreement", "authorities", "diplomats", "diplomatic",
	"arrested", "detained", "ministry", "officials", "prime")

// marketWords mark a report of markets or the economy.
var marketWords = setOf("dollar", "dollars", "euro", "ruble", "rouble", "tenge", "som", "sum", "somoni",
	"yuan", "yen", "currency", "shares", "stock", "stocks", "index", "prices", "price", "percent",
	"crude", "oil", "gold", "bond", "bonds", "inflation", "economy", "exports", "imports", "bank", "banks",
	"rate", "rates", "market", "markets", "investors", "traders")

// hazardWords are natural hazards and accidents that news makes the subject
// of violent verbs.
var hazardWords = setOf("earthquake", "earthquakes", "quake", "quakes", "tremor", "tremors", "aftershock",
	"aftershocks", "storm", "storms", "cyclone", "cyclones", "typhoon", "typhoons", "hurricane",
	"hurricanes", "tornado", "tornadoes", "flood", "floods", "floodwaters", "flooding", "rain", "rains",
	"rainfall", "downpour", "downpours", "snow", "snowfall", "snowstorm", "blizzard", "blizzards",
	"avalanche", "avalanches", "landslide", "landslides", "mudslide", "mudslides", "mudflow", "mudflows",
	"wildfire", "wildfires", "bushfire", "bushfires", "fire", "fires", "blaze", "blazes", "heatwave",
	"heatwaves", "drought", "droughts", "frost", "frosts", "tsunami", "eruption", "volcano", "lightning",
	"hail", "hailstorm", "monsoon", "smog", "sandstorm", "sandstorms", "winds", "gale", "gales", "cold",
	"heat", "temperatures", "epidemic", "outbreak", "pandemic", "virus", "disease", "crash", "collision",
	"derailment")

// thingEnemies are things a government or a firm "fights" or "wages war on"
// in a figure of speech, and the things players attack.
var thingEnemies = setOf("drought", "droughts", "locust", "locusts", "inflation", "poverty", "plastic",
	"plastics", "disease", "diseases", "cancer", "pandemic", "virus", "covid", "covid-19", "pests",
	"pest", "wildfire", "wildfires", "unemployment", "deficit", "deficits", "obesity", "smoking", "illiteracy", "waste", "pollution", "climate",
	"heat", "floods", "flood", "desertification", "tuberculosis", "malaria", "measles", "polio", "prices",
	"weeds", "debt", "bureaucracy", "traffic", "litter", "erosion", "hunger", "famine", "rats", "mosquitoes",
	"stereotypes", "boredom", "fatigue", "injury", "injuries", "levels",
	"pothole", "potholes", "dogs", "stray", "corruption", "graft", "crime", "drugs", "fake", "misinformation", "disinformation",
	// sport: "attacked her second serve", "attacking down the flanks"
	"serve", "flanks", "ball", "wicket", "basket", "rebounds")

func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}
