package coder

// topicPrepositions before an event noun make it the matter of another
// word, not a report of its own: "referring to the fighting between X and
// Y", "an end to the fighting", "the resumption of direct talks between".
var topicPrepositions = map[string]bool{"to": true, "of": true, "about": true, "over": true}

// topicNoun reports whether the event noun g (with its determiner and
// adjectives) follows a preposition of topic.
func (x *sentence) topicNoun(g *vgroup) bool {
	j := g.start - 1
	for j > x.from && j >= g.start-3 && (isDeterminer(&x.toks[j]) || x.toks[j].Tag == "JJ") {
		j--
	}
	return j >= x.from && topicPrepositions[x.toks[j].Lower]
}
