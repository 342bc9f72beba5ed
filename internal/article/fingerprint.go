package article

import (
	"math/bits"
	"sort"
	"unicode"
	"unicode/utf8"
)

// fpShingle is the number of consecutive words hashed together.
const fpShingle = 3

// NearDistance is the largest Hamming distance between two fingerprints
// that Near still takes for copies of one story.
const NearDistance = 3

// Fingerprint returns a 64-bit SimHash of text, for recognising syndicated
// copies of one story. The text is lower-cased and cut into words (letters
// and digits); every run of three consecutive words (a shingle) is hashed
// with FNV-1a and mixed, and each of the 64 bits of the fingerprint is set
// when more shingle hashes have that bit set than not. Copies that differ in
// punctuation, case, spacing or a few words get fingerprints a few bits
// apart (see Near); different stories differ in about half the bits. The
// result does not depend on the process or machine, so it can be stored.
// Text without words gives 0.
func Fingerprint(text string) uint64 {
	var counts [64]int32
	var window [fpShingle]uint64
	n := 0
	start := -1
	for i := 0; i <= len(text); {
		var r rune
		size := 1
		if i < len(text) {
			if c := text[i]; c < utf8.RuneSelf {
				r = rune(c)
			} else {
				r, size = utf8.DecodeRuneInString(text[i:])
			}
		}
		if i < len(text) && fpWordRune(r) {
			if start < 0 {
				start = i
			}
			i += size
			continue
		}
		if start >= 0 {
			copy(window[:], window[1:])
			window[fpShingle-1] = fpWordHash(text[start:i])
			start = -1
			n++
			if n >= fpShingle {
				fpVote(&counts, fpShingleHash(window[:]))
			}
		}
		i += size
	}
	if n == 0 {
		return 0
	}
	if n < fpShingle {
		// Too short for one shingle: hash the words there are.
		fpVote(&counts, fpShingleHash(window[fpShingle-n:]))
	}
	var fp uint64
	for i, c := range counts {
		if c > 0 {
			fp |= 1 << uint(i)
		}
	}
	return fp
}

// fpWordRune reports whether r belongs to a word.
func fpWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '\''
	}
	return r == '’' || unicode.IsLetter(r) || unicode.IsDigit(r)
}

// fpShingleHash combines the hashes of a shingle's words.
func fpShingleHash(words []uint64) uint64 {
	var h uint64 = fpOffset
	for _, x := range words {
		h = (h ^ x) * fpPrime
	}
	return fpMix(h)
}

// fpVote adds one shingle hash to the bit counts: +1 where a bit is set, -1
// where it is not.
func fpVote(counts *[64]int32, h uint64) {
	for i := range counts {
		counts[i] += int32(h>>uint(i)&1)*2 - 1
	}
}

// Distance is the number of bits in which two fingerprints differ.
func Distance(a, b uint64) int { return bits.OnesCount64(a ^ b) }

// Near reports whether two fingerprints are at most NearDistance bits
// apart: the texts are very likely copies of one story.
func Near(a, b uint64) bool { return Distance(a, b) <= NearDistance }

const (
	fpOffset = 14695981039346656037
	fpPrime  = 1099511628211
)

// fpWordHash hashes a word with FNV-1a after lower-casing it and making
// typographic apostrophes plain.
func fpWordHash(w string) uint64 {
	var h uint64 = fpOffset
	for _, r := range w {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			h = (h ^ uint64(r)) * fpPrime
			continue
		}
		if r == '’' {
			r = '\''
		}
		r = unicode.ToLower(r)
		if r < utf8.RuneSelf {
			h = (h ^ uint64(r)) * fpPrime
			continue
		}
		var buf [utf8.UTFMax]byte
		for _, c := range buf[:utf8.EncodeRune(buf[:], r)] {
			h = (h ^ uint64(c)) * fpPrime
		}
	}
	return h
}

// fpMix spreads the bits of an FNV hash (the splitmix64 finaliser), so that
// the 64 bit positions vote independently.
func fpMix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// NearIndex finds, among many fingerprints, those Near a given one, without
// comparing against each. A fingerprint is cut into four 16-bit bands; two
// fingerprints at most three bits apart agree on at least one band (three
// differing bits can touch at most three bands), so only fingerprints that
// share a band with the query are compared. The zero value is ready to use;
// a NearIndex is not safe for concurrent use.
type NearIndex struct {
	bands [4]map[uint16][]nearEntry
	n     int
}

type nearEntry struct {
	fp  uint64
	id  string
	seq int
}

// Add records the fingerprint of the document id.
func (x *NearIndex) Add(id string, fp uint64) {
	for b := range x.bands {
		if x.bands[b] == nil {
			x.bands[b] = make(map[uint16][]nearEntry)
		}
		key := uint16(fp >> (16 * uint(b)))
		x.bands[b][key] = append(x.bands[b][key], nearEntry{fp, id, x.n})
	}
	x.n++
}

// Len is the number of fingerprints added.
func (x *NearIndex) Len() int { return x.n }

// Find returns the ids of the documents whose fingerprints are Near fp, each
// once, in the order they were first added.
func (x *NearIndex) Find(fp uint64) []string {
	first := map[string]int{}
	for b := range x.bands {
		for _, e := range x.bands[b][uint16(fp>>(16*uint(b)))] {
			if s, ok := first[e.id]; (!ok || e.seq < s) && Near(fp, e.fp) {
				first[e.id] = e.seq
			}
		}
	}
	out := make([]string, 0, len(first))
	for id := range first {
		out = append(out, id)
	}
	sort.Slice(out, func(i, j int) bool { return first[out[i]] < first[out[j]] })
	return out
}
