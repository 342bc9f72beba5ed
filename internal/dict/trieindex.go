package dict

import "github.com/accord-hub/accord/internal/nlp"

// firstIndex finds a trie's phrases by their first word's hash
// (nlp.HashWord), which tokens carry, so that matching a token costs no
// string hashing: an open-addressing table, at most half full.
type firstIndex struct {
	slots []firstSlot
	mask  uint64
	n     int
}

// firstSlot is one word of a firstIndex; list is nil in an empty slot.
type firstSlot struct {
	h    uint64
	key  string
	list []*Entry
	// second is a bit table of the second words of the phrases before
	// list[tail:], which all have two words or more and no gaps: a token
	// whose next word is not in it can match only list[tail:].
	second [2]uint64
	tail   int
}

// secondBit returns the word and bit of a second word's hash in
// firstSlot.second.
func secondBit(h uint64) (int, uint64) { return int(h >> 63), 1 << (h >> 57 & 63) }

// index fills the slot's second and tail from its list.
func (s *firstSlot) index() {
	s.second = [2]uint64{}
	s.tail = 0
	for k, e := range s.list {
		if len(e.Phrase) < 2 || e.Gaps != nil {
			break
		}
		w, b := secondBit(nlp.HashWord(e.Phrase[1]))
		s.second[w] |= b
		s.tail = k + 1
	}
}

// inserted records list as the phrases starting with key after list[i]
// was inserted into them, updating the second-word table without going
// over the whole list when it can (a frequent first word has hundreds).
func (x *firstIndex) inserted(key string, list []*Entry, i int) {
	if (x.n+1)*2 > len(x.slots) {
		x.grow()
	}
	h := nlp.HashWord(key)
	for j := h & x.mask; ; j = (j + 1) & x.mask {
		s := &x.slots[j]
		if s.list == nil {
			*s = firstSlot{h: h, key: key, list: list}
			s.index()
			x.n++
			return
		}
		if s.h == h && s.key == key {
			s.list = list
			s.insertedAt(i)
			return
		}
	}
}

// insertedAt brings second and tail up to date after list[i] was inserted;
// they were index's for the list without it.
func (s *firstSlot) insertedAt(i int) {
	e := s.list[i]
	indexed := len(e.Phrase) >= 2 && e.Gaps == nil
	switch {
	case i > s.tail || i == s.tail && !indexed:
		// After the indexed run: nothing changes.
	case indexed:
		w, b := secondBit(nlp.HashWord(e.Phrase[1]))
		s.second[w] |= b
		s.tail++
	default:
		s.index() // the run now ends at i
	}
}

// put stores list under key and reports whether key is new.
func (x *firstIndex) put(h uint64, key string, list []*Entry) bool {
	for i := h & x.mask; ; i = (i + 1) & x.mask {
		s := &x.slots[i]
		if s.list == nil {
			*s = firstSlot{h: h, key: key, list: list}
			s.index()
			return true
		}
		if s.h == h && s.key == key {
			s.list = list
			s.index()
			return false
		}
	}
}

// grow doubles the table.
func (x *firstIndex) grow() {
	old := x.slots
	n := max(1024, 2*len(old))
	x.slots = make([]firstSlot, n)
	x.mask = uint64(n - 1)
	for i := range old {
		if s := &old[i]; s.list != nil {
			x.put(s.h, s.key, s.list)
		}
	}
}

// get returns the phrases that may match at toks[i], in order: those
// starting with its word, less the leading ones whose second word is not
// toks[i+1]'s.
func (x *firstIndex) get(toks []nlp.Token, i int) []*Entry {
	if x.n == 0 {
		return nil
	}
	t := &toks[i]
	h := t.LowerHash()
	for j := h & x.mask; ; j = (j + 1) & x.mask {
		s := &x.slots[j]
		if s.list == nil {
			return nil
		}
		if s.h == h && s.key == t.Lower {
			if s.tail == 0 {
				return s.list
			}
			if i+1 >= len(toks) {
				return s.list[s.tail:]
			}
			if w, b := secondBit(toks[i+1].LowerHash()); s.second[w]&b == 0 {
				return s.list[s.tail:]
			}
			return s.list
		}
	}
}
