package dict

import "github.com/accord-hub/accord/internal/nlp"

// WordFilter is a Bloom filter over word hashes (nlp.HashWord): it answers
// "certainly not in the set" for most words outside it with one probe of a
// small bit table, and "maybe" for the words in it. It lets the hot loops of
// dictionary matching skip the map lookup (hashing and comparing strings) for
// the many tokens that start no phrase. The zero value is an empty filter that
// says "maybe" to everything; Add fills it.
type WordFilter struct {
	bits  []uint64
	shift uint // 64 - log2(len(bits)*64)
	words []uint64
}

// minFilterBits is the size of a new filter; it doubles as words are added
// so that it stays under one word in eight bits set per probe.
const minFilterBits = 1 << 10

// Add adds the word w (lower case).
func (f *WordFilter) Add(w string) {
	h := nlp.HashWord(w)
	f.words = append(f.words, h)
	if len(f.words)*16 > len(f.bits)*64 {
		n := max(minFilterBits, len(f.bits)*64*2)
		for n < len(f.words)*16 {
			n *= 2
		}
		f.bits = make([]uint64, n/64)
		f.shift = uint(64 - log2(n))
		for _, h := range f.words {
			f.set(h)
		}
		return
	}
	f.set(h)
}

func (f *WordFilter) set(h uint64) {
	a, b := h>>f.shift, (h<<32)>>f.shift
	f.bits[a/64] |= 1 << (a % 64)
	f.bits[b/64] |= 1 << (b % 64)
}

// MayHave reports whether the word with hash h may be in the set; false
// means it certainly is not. An empty filter says true.
func (f *WordFilter) MayHave(h uint64) bool {
	if f.bits == nil {
		return true
	}
	a, b := h>>f.shift, (h<<32)>>f.shift
	return f.bits[a/64]&(1<<(a%64)) != 0 && f.bits[b/64]&(1<<(b%64)) != 0
}

// log2 returns the base-2 logarithm of a power of two.
func log2(n int) int {
	k := 0
	for n > 1 {
		n >>= 1
		k++
	}
	return k
}
