package nlp

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"strings"
)

// The tagging model is prose's averaged perceptron for English
// (github.com/jdkato/prose/v3, MIT licence, copyright 2017-2026 Joseph
// Kato), read from the bytes that prose embeds. prose keeps every feature as
// one string ("i-1 tag+i word NNP said") and finds it by binary search,
// which costs fourteen searches over 75,000 strings per word. The same
// weights are re-indexed here at load time by what each feature is about: a
// table by tag for the tag features, and one map entry per string for every
// word, suffix and word-after-tag feature. Tagging a word then costs a few
// map lookups, done once per word rather than once per feature, and the
// scores are summed in prose's order so that the tags are the same, bit for
// bit.
//
// The decoder follows prose's flat format (its internal/flat package):
//
//	magic "PROSETAG", version uint32 (1)
//	nClasses uint32, then per class uint16 length + bytes
//	nFeatures, nPairs, blobLen uint32, then the sorted feature strings
//	featOff, pairOff: (nFeatures+1) uint32 each
//	classIDs: nPairs uint8; weights: nPairs float32
//	nTagMap uint32, then per entry uint16 length + bytes, uint8 class
//
// all little-endian.

// feat is a feature as the range of its (class, weight) pairs in
// classIDs and weights; a feature the model does not know is empty.
type feat struct{ lo, hi uint32 }

// Slots of the per-string feature ids in a vocabEntry.
const (
	slotWord      = iota // "i word W"
	slotPrevWord         // "i-1 word W"
	slotPrev2Word        // "i-2 word W"
	slotNextWord         // "i+1 word W"
	slotNext2Word        // "i+2 word W"
	slotSuffix           // "i suffix S"
	slotPrevSuf          // "i-1 suffix S"
	slotNextSuf          // "i+1 suffix S"
	numSlots
)

// wordTemplates maps a feature prefix whose value is a word or suffix to its slot.
var wordTemplates = [numSlots]string{
	slotWord:      "i word ",
	slotPrevWord:  "i-1 word ",
	slotPrev2Word: "i-2 word ",
	slotNextWord:  "i+1 word ",
	slotNext2Word: "i+2 word ",
	slotSuffix:    "i suffix ",
	slotPrevSuf:   "i-1 suffix ",
	slotNextSuf:   "i+1 suffix ",
}

// tagFeat is a "i-1 tag+i word T W" feature of the word W.
type tagFeat struct {
	tag  uint16
	feat feat
}

// vocabEntry is everything the model knows about one string: the features
// in which it is the word or suffix value, the word-after-tag features, and
// its tag if the model lists it as unambiguous.
type vocabEntry struct {
	feats   [numSlots]feat
	afterTg []tagFeat
	// suffix is the entry of the string's last three bytes, if the model
	// knows it.
	suffix *vocabEntry
	// fixed is the class of an unambiguous word plus one, or 0.
	fixed uint16
	// start is where the string's starting scores (startScores, for the
	// string as the word being tagged) begin in perceptron.starts.
	start int32
	// lexicon is the tag the tagger's own lexicon fixes for the string.
	lexicon string
	// key is the string itself, num its place in perceptron.entries.
	key string
	num int32
	// prevFeat and nextFeat are the string's features as the word before
	// and after, each merged with its suffix's (fastcontext.go).
	prevFeat, nextFeat feat
}

// perceptron is the re-indexed model. It is immutable after load.
type perceptron struct {
	classes []string
	// tagIDs numbers every tag the features mention, the classes first,
	// then "-START-", "-START2-" and any other; unknownTag is one past them.
	tagIDs     map[string]uint16
	unknownTag uint16
	start      uint16 // "-START-"
	start2     uint16 // "-START2-"

	// biasScores are the weights of the bias feature, where every
	// score starts.
	biasScores scores
	prevTag    []feat // "i-1 tag T" by tag id
	prev2Tag   []feat // "i-2 tag T" by tag id
	tagPair    []feat // "i tag+i-2 tag T1 T2" by id1*ntags+id2
	pref1      [256]feat
	// emptyPref is "i pref1 " for an empty word.
	emptyPref feat
	// table holds the vocabulary entries (see insert); entries are the
	// same in the order they were added, quicker to walk; slab is the
	// unused rest of their block.
	table   []vocabSlot
	entries []*vocabEntry
	slab    []vocabEntry
	// starts holds the starting scores of every vocabulary string, so
	// that tagging a known word begins with a copy rather than with its
	// bias, suffix and first-byte features (see prepareStarts).
	starts []float32
	// pairSums and margin are for predictFast (fastpredict.go).
	pairSums []float32
	margin   float64
	// maxWeight is the largest size of a weight of the model's own.
	maxWeight float32
	// prefSums are the bias plus "i pref1 C" by first byte C, then for
	// the empty word, nc each (fastpredict.go).
	prefSums []float32

	classIDs []uint8
	weights  []float32
}

// modelReader reads the little-endian fields of a model.
type modelReader struct {
	b   []byte
	pos int
	err error
}

func (r *modelReader) bytes(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || r.pos+n > len(r.b) {
		r.err = fmt.Errorf("truncated model: wanted %d bytes at offset %d, have %d", n, r.pos, len(r.b)-r.pos)
		return nil
	}
	out := r.b[r.pos : r.pos+n]
	r.pos += n
	return out
}

func (r *modelReader) u32() uint32 {
	if b := r.bytes(4); b != nil {
		return binary.LittleEndian.Uint32(b)
	}
	return 0
}

func (r *modelReader) str16() string {
	b := r.bytes(2)
	if b == nil {
		return ""
	}
	return string(r.bytes(int(binary.LittleEndian.Uint16(b))))
}

func (r *modelReader) u32s(n int) []uint32 {
	b := r.bytes(n * 4)
	if b == nil {
		return nil
	}
	out := make([]uint32, n)
	for i := range out {
		out[i] = binary.LittleEndian.Uint32(b[i*4:])
	}
	return out
}

// loadPerceptron decodes a model in prose's flat format and indexes it.
func loadPerceptron(data []byte) (*perceptron, error) {
	r := &modelReader{b: data}
	if string(r.bytes(8)) != "PROSETAG" {
		return nil, errors.New("not a prose tagger model")
	}
	if v := r.u32(); v != 1 {
		return nil, fmt.Errorf("unsupported model version %d", v)
	}
	nClasses := int(r.u32())
	if r.err != nil {
		return nil, r.err
	}
	if nClasses > 256 {
		return nil, fmt.Errorf("model has %d classes, at most 256 fit", nClasses)
	}
	p := &perceptron{classes: make([]string, nClasses)}
	for i := range p.classes {
		p.classes[i] = r.str16()
	}
	nFeatures := int(r.u32())
	nPairs := int(r.u32())
	blob := string(r.bytes(int(r.u32())))
	featOff := r.u32s(nFeatures + 1)
	pairOff := r.u32s(nFeatures + 1)
	ids := r.bytes(nPairs)
	wb := r.bytes(nPairs * 4)
	if r.err != nil {
		return nil, r.err
	}
	p.classIDs = append([]uint8(nil), ids...)
	if err := p.decodeWeights(wb, nClasses); err != nil {
		return nil, err
	}
	if nFeatures > 0 && (int(featOff[nFeatures]) != len(blob) || int(pairOff[nFeatures]) != nPairs) {
		return nil, errors.New("feature offsets do not match the data")
	}

	p.tagIDs = make(map[string]uint16)
	for _, c := range p.classes {
		p.tagID(c)
	}
	p.start, p.start2 = p.tagID("-START-"), p.tagID("-START2-")
	p.table = make([]vocabSlot, 1<<15)
	// The tag features are indexed once all tags are numbered.
	type tagged struct {
		kind   byte
		t1, t2 string
		feat   feat
	}
	var tagFeats []tagged
	// The features are sorted, so those of one template come together:
	// a feature is first tried against the template of the one before.
	tmpl, kind := "", kindNone
	var afterTg []pendingTagFeat
	var lastTag string // of the last word-after-tag feature, and its id
	var lastTagID uint16
	for i := 0; i < nFeatures; i++ {
		if featOff[i] > featOff[i+1] || pairOff[i] > pairOff[i+1] {
			return nil, fmt.Errorf("offsets of feature %d decrease", i)
		}
		f := blob[featOff[i]:featOff[i+1]]
		id := feat{pairOff[i], pairOff[i+1]}
		if tmpl == "" || !strings.HasPrefix(f, tmpl) {
			tmpl, kind = featureTemplate(f)
		}
		v := f[len(tmpl):]
		switch kind {
		case kindBias:
			if v == "" {
				p.add(id, &p.biasScores)
			}
		case kindPref1:
			switch len(v) {
			case 0:
				p.emptyPref = id
			case 1:
				p.pref1[v[0]] = id
			}
		case kindAfterTag:
			if t, w, ok := strings.Cut(v, " "); ok {
				if t != lastTag || lastTag == "" {
					lastTag, lastTagID = t, p.tagID(t)
				}
				afterTg = append(afterTg, pendingTagFeat{p.entry(w), tagFeat{tag: lastTagID, feat: id}})
			}
		case kindTagPair:
			if t1, t2, ok := strings.Cut(v, " "); ok {
				tagFeats = append(tagFeats, tagged{kind: 'p', t1: t1, t2: t2, feat: id})
				p.tagID(t1)
				p.tagID(t2)
			}
		case kindPrevTag:
			tagFeats = append(tagFeats, tagged{kind: '1', t1: v, feat: id})
			p.tagID(v)
		case kindPrev2Tag:
			tagFeats = append(tagFeats, tagged{kind: '2', t1: v, feat: id})
			p.tagID(v)
		case kindNone:
		default:
			p.entry(v).feats[kind] = id
		}
	}
	p.setAfterTg(afterTg)
	p.unknownTag = uint16(len(p.tagIDs))
	n := int(p.unknownTag) + 1
	p.prevTag, p.prev2Tag, p.tagPair = make([]feat, n), make([]feat, n), make([]feat, n*n)
	for _, tf := range tagFeats {
		switch tf.kind {
		case 'p':
			p.tagPair[int(p.tagIDs[tf.t1])*n+int(p.tagIDs[tf.t2])] = tf.feat
		case '1':
			p.prevTag[p.tagIDs[tf.t1]] = tf.feat
		case '2':
			p.prev2Tag[p.tagIDs[tf.t1]] = tf.feat
		}
	}

	nTagMap := int(r.u32())
	for i := 0; i < nTagMap && r.err == nil; i++ {
		w := r.str16()
		b := r.bytes(1)
		if r.err != nil {
			break
		}
		if int(b[0]) >= nClasses {
			return nil, fmt.Errorf("unambiguous word %q has class %d, only %d classes", w, b[0], nClasses)
		}
		p.entry(w).fixed = uint16(b[0]) + 1
	}
	if r.err != nil {
		return nil, r.err
	}
	for _, e := range p.entries {
		e.suffix = p.find(suffix3(e.key))
	}
	return p, nil
}

// pendingTagFeat is a word-after-tag feature of an entry, read but not
// yet in the entry's afterTg.
type pendingTagFeat struct {
	e  *vocabEntry
	tf tagFeat
}

// setAfterTg appends the features to their entries' afterTg, in order, all
// in one block.
func (p *perceptron) setAfterTg(fs []pendingTagFeat) {
	// Count each entry's features in its start, unused until
	// prepareStarts, and give it its part of the block.
	for _, f := range fs {
		f.e.start++
	}
	block := make([]tagFeat, 0, len(fs))
	for _, e := range p.entries {
		if n := int(e.start); n > 0 {
			k := len(block)
			e.afterTg = block[k : k : k+n]
			block = block[:k+n]
			e.start = 0
		}
	}
	for _, f := range fs {
		f.e.afterTg = append(f.e.afterTg, f.tf)
	}
}

// Kinds of feature template: the word slots (slotWord...), then these.
const (
	kindBias = numSlots + iota
	kindPref1
	kindAfterTag // "i-1 tag+i word T W"
	kindTagPair  // "i tag+i-2 tag T1 T2"
	kindPrevTag  // "i-1 tag T"
	kindPrev2Tag // "i-2 tag T"
	kindNone     // a feature of no known template
)

// featureTemplate returns the template prefix of feature f and its kind;
// no prefix is a prefix of another.
func featureTemplate(f string) (string, int) {
	for _, t := range [...]struct {
		prefix string
		kind   int
	}{
		{"bias", kindBias},
		{"i pref1 ", kindPref1},
		{"i-1 tag+i word ", kindAfterTag},
		{"i tag+i-2 tag ", kindTagPair},
		{"i-1 tag ", kindPrevTag},
		{"i-2 tag ", kindPrev2Tag},
	} {
		if strings.HasPrefix(f, t.prefix) {
			return t.prefix, t.kind
		}
	}
	for slot, tmpl := range wordTemplates {
		if strings.HasPrefix(f, tmpl) {
			return tmpl, slot
		}
	}
	return "", kindNone
}

// decodeWeights fills weights from their little-endian bytes wb, checking
// the class ids, and notes the largest weight in size for predictFast.
func (p *perceptron) decodeWeights(wb []byte, nClasses int) error {
	ids := p.classIDs
	p.weights = make([]float32, len(ids))
	wb = wb[:4*len(ids)]
	var maxID uint8
	for _, id := range ids {
		maxID = max(maxID, id)
	}
	if len(ids) > 0 && int(maxID) >= nClasses {
		return fmt.Errorf("class id %d out of range (%d classes)", maxID, nClasses)
	}
	// Two weights at a time, then the last if their number is odd.
	var maxBits uint32 // of the weights' sizes: their order is the bits' order
	ws := p.weights
	for len(ws) >= 2 && len(wb) >= 8 {
		two := binary.LittleEndian.Uint64(wb)
		lo, hi := uint32(two), uint32(two>>32)
		maxBits = max(maxBits, lo&^(1<<31), hi&^(1<<31))
		ws[0], ws[1] = math.Float32frombits(lo), math.Float32frombits(hi)
		ws, wb = ws[2:], wb[8:]
	}
	if len(ws) == 1 && len(wb) >= 4 {
		bits := binary.LittleEndian.Uint32(wb)
		maxBits = max(maxBits, bits&^(1<<31))
		ws[0] = math.Float32frombits(bits)
	}
	p.maxWeight = math.Float32frombits(maxBits)
	return nil
}

// tagID numbers a tag, adding it if new.
func (p *perceptron) tagID(t string) uint16 {
	if id, ok := p.tagIDs[t]; ok {
		return id
	}
	id := uint16(len(p.tagIDs))
	p.tagIDs[t] = id
	return id
}

// entry returns the vocabulary entry of s, adding it if new.
func (p *perceptron) entry(s string) *vocabEntry {
	h := HashWord(s)
	if e := p.lookup(h, s); e != nil {
		return e
	}
	// Entries are carved from blocks: one allocation for many.
	if len(p.slab) == 0 {
		p.slab = make([]vocabEntry, 1024)
	}
	e := &p.slab[0]
	p.slab = p.slab[1:]
	e.key, e.num = s, int32(len(p.entries))
	p.entries = append(p.entries, e)
	if 2*len(p.entries) > len(p.table) {
		p.rehash(2 * len(p.table))
	} else {
		p.insert(h, e)
	}
	return e
}

// vocabSlot is a slot of the lookup table: an entry and its key's hash.
type vocabSlot struct {
	hash uint64
	e    *vocabEntry
}

// The vocabulary is an open-addressing table on HashWord, so that a token's
// word, hashed once when it was made, is found without hashing it again.
// It is kept at most half full.

// insert puts e, whose key's HashWord is h, in the table.
func (p *perceptron) insert(h uint64, e *vocabEntry) {
	mask := uint64(len(p.table) - 1)
	i := h & mask
	for p.table[i].e != nil {
		i = (i + 1) & mask
	}
	p.table[i] = vocabSlot{hash: h, e: e}
}

// rehash rebuilds the table with n slots (a power of two) from entries.
func (p *perceptron) rehash(n int) {
	old := p.table
	p.table = make([]vocabSlot, n)
	for _, sl := range old {
		if sl.e != nil {
			p.insert(sl.hash, sl.e)
		}
	}
	// The entry just added is in entries but not yet in the table.
	e := p.entries[len(p.entries)-1]
	p.insert(HashWord(e.key), e)
}

// lookup returns the entry of s, whose HashWord is h, or nil.
func (p *perceptron) lookup(h uint64, s string) *vocabEntry {
	mask := uint64(len(p.table) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		sl := &p.table[i]
		if sl.e == nil {
			return nil
		}
		if sl.hash == h && sl.e.key == s {
			return sl.e
		}
	}
}

// startScores puts in sc the scores a prediction for the word text
// starts from: the bias and the features of the word alone, its last three
// bytes (suf, the entry of suffix3(text)) and its first byte, added in
// prose's order.
func (p *perceptron) startScores(sc *scores, text string, suf *vocabEntry) {
	nc := len(p.classes)
	copy(sc[:nc], p.biasScores[:nc])
	if suf != nil {
		p.add(suf.feats[slotSuffix], sc)
	}
	if text == "" {
		p.add(p.emptyPref, sc)
	} else {
		p.add(p.pref1[text[0]], sc)
	}
}

// prepareStarts computes the starting scores of every vocabulary string:
// the same float sums in the same order as startScores, done once. Call it
// when the vocabulary and its suffix links are complete.
func (p *perceptron) prepareStarts() {
	nc := len(p.classes)
	p.starts = make([]float32, 0, len(p.entries)*nc)
	var sc scores
	// The scores depend on the string's suffix entry and first byte only,
	// which half the strings share with another: those share the scores.
	// The key is the suffix's number plus one (0 for none) and the byte
	// (256 for none).
	done := make(map[uint64]int32, len(p.entries))
	for _, e := range p.entries {
		k := uint64(256)
		if s := e.suffix; s != nil {
			k |= uint64(s.num+1) << 9
		}
		if e.key != "" {
			k = k&^511 | uint64(e.key[0])
		}
		if at, ok := done[k]; ok {
			e.start = at
			continue
		}
		p.startScores(&sc, e.key, e.suffix)
		e.start = int32(len(p.starts))
		done[k] = e.start
		p.starts = append(p.starts, sc[:nc]...)
	}
}

// find returns the entry of s, or nil.
func (p *perceptron) find(s string) *vocabEntry { return p.lookup(HashWord(s), s) }

// lookupTag returns the id of a tag, or unknownTag.
func (p *perceptron) lookupTag(t string) uint16 {
	if id, ok := p.tagIDs[t]; ok {
		return id
	}
	return p.unknownTag
}

// scores holds a score per class; class ids are bytes, so indexing needs
// no bounds check.
type scores [256]float32

// add accumulates the weights of feature f into sc.
func (p *perceptron) add(f feat, sc *scores) {
	if f.lo >= f.hi {
		return // a feature the model does not know: many context words lack one
	}
	ids := p.classIDs[f.lo:f.hi]
	wts := p.weights[f.lo:f.hi]
	wts = wts[:len(ids)]
	_ = sc[0] // one nil check, not one a pair
	for j, id := range ids {
		sc[id] += wts[j]
	}
}

// best returns the highest-scoring class; ties go to the lowest class id.
func (p *perceptron) best(sc *scores) int {
	best, bestID := float32(math.Inf(-1)), 0
	for id, s := range sc[:len(p.classes)] {
		if s > best {
			best, bestID = s, id
		}
	}
	return bestID
}
