package nlp

import "math"

// Fast scoring. predict adds every feature in prose's order, so that the
// float32 sums, and so the tags, are prose's bit for bit. Most of its work is
// the three tag features ("i-1 tag", "i-2 tag", "i tag+i-2 tag"), about 86
// weights a word, which depend on the two previous tags only. predictFast
// adds them as one precomputed dense sum per tag pair (pairSums) instead, a
// different association of the same terms. Floating-point sums of the same
// terms in any order differ by at most a known bound (below), so when the
// best class leads the second by more than twice that bound the order
// cannot change the winner; otherwise the word is scored again the exact
// way. The tags are prose's either way.
//
// The bound: a float32 sum of n terms in any order is within
// γ(n-1)·Σ|x| of the real sum, γ(k) = k·u/(1-k·u), u = 2^-24. A word's
// score per class has at most 14 terms (the bias, the suffix and first-byte
// features of its starting score, and 11 features more), each feature
// weight at most maxWeight in size, so two orders differ by at most
// 2·γ(13)·A with A = |bias| + 13·maxWeight, and two classes' order is safe
// when their fast scores differ by more than 4·γ(13)·A. The margin doubles
// that again for safety. A word the vocabulary lacks starts, in the same
// way, from the bias and first-byte feature summed beforehand (prefSums).

// scoreTerms is the most terms a word's score has: the bias, the suffix
// and first-byte features of the starting score, and the eleven features
// predict adds.
const scoreTerms = 14

// preparePairs computes pairSums and margin. Call it after prepareStarts.
func (p *perceptron) preparePairs() {
	nc := len(p.classes)
	n := len(p.prevTag)
	p.pairSums = make([]float32, n*n*nc)
	var sc scores
	for t1 := 0; t1 < n; t1++ {
		for t2 := 0; t2 < n; t2++ {
			clear(sc[:nc])
			p.add(p.prevTag[t1], &sc)
			p.add(p.prev2Tag[t2], &sc)
			p.add(p.tagPair[t1*n+t2], &sc)
			copy(p.pairSums[(t1*n+t2)*nc:], sc[:nc])
		}
	}
	p.prefSums = make([]float32, 257*nc)
	for b := 0; b <= 256; b++ {
		copy(sc[:nc], p.biasScores[:nc])
		if b == 256 {
			p.add(p.emptyPref, &sc)
		} else {
			p.add(p.pref1[b], &sc)
		}
		copy(p.prefSums[b*nc:], sc[:nc])
	}
	maxWeight := p.maxWeight
	var maxBias float32
	for _, b := range p.biasScores[:nc] {
		if b > maxBias || -b > maxBias {
			maxBias = max(b, -b)
		}
	}
	const u = 1.0 / (1 << 24)
	k := float64(scoreTerms - 1)
	gamma := k * u / (1 - k*u)
	a := (float64(maxBias) + k*float64(maxWeight)) * 1.01
	p.margin = 2 * 4 * gamma * a
}

// biasPref returns the bias plus the first-byte feature of text, the part
// of a starting score that does not depend on the suffix.
func (p *perceptron) biasPref(text string) []float32 {
	nc := len(p.classes)
	b := 256
	if text != "" {
		b = int(text[0])
	}
	return p.prefSums[b*nc : b*nc+nc]
}

// predictFast scores one word as predict does, but from start (its starting
// scores, left unchanged; for a word not in the vocabulary, biasPref's, with
// suf the entry of its suffix) with the tag features as one dense sum, using
// sc for the sums (its contents on entry do not matter); ok is false when
// the two best classes are too close for the result to be certainly
// predict's (see above), and the caller must call predict.
func (tg *Tagger) predictFast(sc *scores, start []float32, suf *vocabEntry, ctx []ctxWord, p1, p2 uint16) (best int, ok bool) {
	m := tg.m
	// The starting scores first, copied into sc, then the word's own and
	// its neighbours' features; one pass adds the tag features and finds
	// the two best classes.
	nc := len(m.classes)
	copy(sc[:nc], start[:nc])
	if suf != nil {
		m.add(suf.feats[slotSuffix], sc)
	}
	m.addContextFast(sc, ctx, p1)
	k := (int(p1)*len(m.prevTag) + int(p2)) * nc
	d := m.pairSums[k : k+nc]
	acc := sc[:len(d)]
	// top holds the best and the second best score and the best class.
	// Most classes score below the second, which one test settles; held
	// in memory rather than in variables, they keep the compiler from
	// shuffling registers at every class.
	top := struct {
		score [2]float32
		best  int
	}{score: [2]float32{float32(math.Inf(-1)), float32(math.Inf(-1))}}
	for c := range d {
		s := acc[c] + d[c]
		if s > top.score[1] {
			if s > top.score[0] {
				top.score[1], top.score[0], top.best = top.score[0], s, c
			} else {
				top.score[1] = s
			}
		}
	}
	return top.best, float64(top.score[0])-float64(top.score[1]) > m.margin
}
