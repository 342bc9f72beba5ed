package coder

// forceWords in what a warning says make it a threat of force.
var forceWords = map[string]bool{
	"war": true, "retaliation": true, "retaliate": true, "strike": true, "strikes": true, "attack": true,
	"attacks": true, "destroy": true, "destroyed": true, "destruction": true, "annihilation": true,
	"annihilate": true, "wipe": true, "wiped": true, "crush": true, "crushed": true, "invasion": true,
	"invade": true, "bomb": true, "bombed": true, "flatten": true, "flattened": true, "rubble": true,
	"military": true, "force": true, "turned": true,
}

// warnsOfForce reports whether the warning g, addressed to tgt, says in its
// that-clause that force or war will follow: "warned Taiwan that
// independence means war", "warned Hezbollah that Beirut would be turned
// into Gaza". Said to no one ("warned that war would hurt growth") it stays
// a gloomy comment.
func (x *sentence) warnsOfForce(g *vgroup, tgt *mention) bool {
	k := g.end
	if tgt.start != k || len(tgt.codes) != 1 || len(tgt.codes[0]) < 3 {
		return false
	}
	if src, _ := x.subjectOf(g, 0); src == nil || len(src.codes) != 1 || len(src.codes[0]) < 3 ||
		src.codes[0][:3] == "IGO" || src.codes[0][:3] == "NGO" {
		return false // "the IMF warned Egypt that the war would hurt growth"
	}
	k = tgt.end
	if k >= len(x.toks) || x.toks[k].Lower != "that" {
		return false
	}
	end := len(x.toks)
	for j := k + 1; j < end; j++ {
		if x.toks[j].Lower == "," || x.toks[j].Lower == ";" {
			break
		}
		if forceWords[x.toks[j].Lower] && !(j <= k+2 && j > k+1 && determiners[x.toks[j-1].Lower]) {
			return true
		}
	}
	return false
}
