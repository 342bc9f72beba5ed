package nlp

import "math/bits"

// Merged context features. A word before the one being tagged adds two
// features, "i-1 word W" and "i-1 suffix S" of its last three bytes, and the
// two mostly score the same classes (for a word of three bytes or fewer they
// are features of the same string); the same goes for the word after. For
// predictFast, which may add a word's terms in any order (see
// fastpredict.go), each vocabulary string carries the two as one feature:
// their weights summed class by class, in fewer pairs (four in ten fewer on
// news) and one add instead of two. predict keeps to prose's order and adds
// them apart.

// prepareMerged computes prevFeat and nextFeat of every vocabulary entry.
// Call it after preparePairs: the merged weights are sums of two terms of
// the bound there, not terms of their own.
func (p *perceptron) prepareMerged() {
	// An upper bound on the pairs the merged features take, so that the
	// weight tables grow once.
	extra := 0
	for _, e := range p.entries {
		if s := e.suffix; s != nil {
			extra += e.feats[slotPrevWord].size() + s.feats[slotPrevSuf].size()
			extra += e.feats[slotNextWord].size() + s.feats[slotNextSuf].size()
		}
	}
	ids := make([]uint8, len(p.classIDs), len(p.classIDs)+extra)
	copy(ids, p.classIDs)
	wts := make([]float32, len(p.weights), len(p.weights)+extra)
	copy(wts, p.weights)
	var acc scores
	var seen [256]bool
	order := make([]uint8, 0, 256)
	merge := func(a, b feat) feat {
		if b.size() == 0 {
			return a
		}
		if a.size() == 0 {
			return b
		}
		lo := uint32(len(ids))
		if len(p.classes) <= 64 {
			// The classes met, as the bits of one word: they come out
			// in order without a list.
			var met uint64
			for _, f := range [2]feat{a, b} {
				cs, ws := p.classIDs[f.lo:f.hi], p.weights[f.lo:f.hi]
				ws = ws[:len(cs)]
				for k, c := range cs {
					met |= 1 << (c & 63)
					acc[c] += ws[k]
				}
			}
			for ; met != 0; met &= met - 1 {
				c := uint8(bits.TrailingZeros64(met))
				ids = append(ids, c)
				wts = append(wts, acc[c])
				acc[c] = 0
			}
			return feat{lo, uint32(len(ids))}
		}
		for _, f := range [2]feat{a, b} {
			for k := f.lo; k < f.hi; k++ {
				c := p.classIDs[k]
				if !seen[c] {
					seen[c] = true
					order = append(order, c)
				}
				acc[c] += p.weights[k]
			}
		}
		for _, c := range order {
			ids = append(ids, c)
			wts = append(wts, acc[c])
			acc[c], seen[c] = 0, false
		}
		order = order[:0]
		return feat{lo, uint32(len(ids))}
	}
	for _, e := range p.entries {
		e.prevFeat, e.nextFeat = e.feats[slotPrevWord], e.feats[slotNextWord]
		if s := e.suffix; s != nil {
			e.prevFeat = merge(e.prevFeat, s.feats[slotPrevSuf])
			e.nextFeat = merge(e.nextFeat, s.feats[slotNextSuf])
		}
	}
	p.classIDs, p.weights = ids, wts
}

// size is the number of (class, weight) pairs of f.
func (f feat) size() int {
	if f.hi <= f.lo {
		return 0
	}
	return int(f.hi - f.lo)
}

// addContextFast is addContext with the merged features of the words
// before and after, for predictFast.
func (m *perceptron) addContextFast(sc *scores, ctx []ctxWord, p1 uint16) {
	if e := ctx[2].word; e != nil {
		m.add(e.feats[slotWord], sc)
		for _, tf := range e.afterTg {
			if tf.tag == p1 {
				m.add(tf.feat, sc)
				break
			}
		}
	}
	if e := ctx[1].word; e != nil {
		m.add(e.prevFeat, sc) // its suffix's feature too
	} else if e := ctx[1].suffix; e != nil {
		m.add(e.feats[slotPrevSuf], sc)
	}
	if e := ctx[0].word; e != nil {
		m.add(e.feats[slotPrev2Word], sc)
	}
	if e := ctx[3].word; e != nil {
		m.add(e.nextFeat, sc)
	} else if e := ctx[3].suffix; e != nil {
		m.add(e.feats[slotNextSuf], sc)
	}
	if e := ctx[4].word; e != nil {
		m.add(e.feats[slotNext2Word], sc)
	}
}
