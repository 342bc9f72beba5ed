package dict

// WordSet is a small bit table of the words of one sentence, keyed by
// their hashes (nlp.HashWord): pattern matching asks it whether a pattern's
// words stand anywhere in the sentence before scanning for them. A false
// "yes" only costs the scan; a "no" is always right.
type WordSet [16]uint64

// Add adds the word with hash h.
func (s *WordSet) Add(h uint64) { s[h>>60] |= 1 << (h >> 54 & 63) }

// Has reports whether the word with hash h may be in the set.
func (s *WordSet) Has(h uint64) bool { return s[h>>60]&(1<<(h>>54&63)) != 0 }

// has is Has for a probe made by probeOf.
func (s *WordSet) has(b uint16) bool { return s[b>>6]&(1<<(b&63)) != 0 }

// probeOf is the bit of the word with hash h in a WordSet.
func probeOf(h uint64) uint16 { return uint16(h >> 54) }

// maxNeedWords is the most first words an element may have for its words
// to be checked against a WordSet: elements with more pass anyway.
const maxNeedWords = 8

// addNeed records, for MayMatch, the words one of which must stand in a
// sentence for e to match: the words its alternatives start with. An
// element without a filter (one with an empty alternative) needs nothing.
func (p *Pattern) addNeed(e *Elem) {
	if e.first == nil || len(e.Alts) == 0 {
		return
	}
	var probes []uint16
	for _, h := range e.first.words {
		b := probeOf(h)
		dup := false
		for _, q := range probes {
			if q == b {
				dup = true
				break
			}
		}
		if !dup {
			probes = append(probes, b)
		}
		if len(probes) > maxNeedWords {
			return
		}
	}
	p.need = append(p.need, uint16(len(probes)))
	p.need = append(p.need, probes...)
}

// MayMatch reports whether every word element of p may match in a sentence
// whose words are s: false means at least one of them has none of its
// first words in the sentence, so the pattern cannot match.
func (p *Pattern) MayMatch(s *WordSet) bool {
	need := p.need
	for len(need) > 0 {
		n := int(need[0])
		ok := false
		for _, b := range need[1 : 1+n] {
			if s.has(b) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
		need = need[1+n:]
	}
	return true
}
