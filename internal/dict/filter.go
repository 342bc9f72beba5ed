package dict

import "github.com/accord-hub/accord/internal/nlp"

// WordFilter is a Bloom filter over word hashes (nlp.HashWord): it answers
// "certainly not in the set" for most words outside it with one probe of a
// small bit table, and "maybe" for the words in it. Each word sets two bits
// of one 64-bit word of the table, so a probe reads one word. It lets the hot loops of
// dictionary matching skip the map lookup (hashing and comparing strings) for
// the many tokens that start no phrase. The zero value is an empty filter that
// says "maybe" to everything; Add fills it.
type WordFilter struct {
	bits  []uint64
	shift uint // 64 - log2(len(bits))
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
		f.shift = uint(64 - log2(n/64))
		for _, h := range f.words {
			f.set(h)
		}
		return
	}
	f.set(h)
}

// reserve sizes an empty filter for n words, the size adding them one by
// one would reach, so that adding them allocates nothing more.
func (f *WordFilter) reserve(n int) {
	if len(f.words) > 0 || n == 0 {
		return
	}
	size := minFilterBits
	for size < n*16 {
		size *= 2
	}
	f.words = make([]uint64, 0, n)
	f.bits = make([]uint64, size/64)
	f.shift = uint(64 - log2(size/64))
}

// set sets the bits of h: the table word its top bits choose, and in it
// the two bits its low twelve bits choose.
func (f *WordFilter) set(h uint64) {
	f.bits[h>>f.shift] |= bitsOf(h)
}

func bitsOf(h uint64) uint64 { return 1<<(h&63) | 1<<(h>>6&63) }

// MayHave reports whether the word with hash h may be in the set; false
// means it certainly is not. An empty filter says true.
func (f *WordFilter) MayHave(h uint64) bool {
	// An empty filter has no table (and shift 0): no index is inside it.
	// A filled one has every h>>shift inside; the test doubles as the
	// bounds check.
	i := h >> (f.shift & 63) // shift < 64: no test for a wider one
	if i >= uint64(len(f.bits)) {
		return true
	}
	m := bitsOf(h)
	return f.bits[i]&m == m
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
