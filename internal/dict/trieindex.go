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
}

// set records list as the phrases starting with key.
func (x *firstIndex) set(key string, list []*Entry) {
	if (x.n+1)*2 > len(x.slots) {
		x.grow()
	}
	if x.put(nlp.HashWord(key), key, list) {
		x.n++
	}
}

// put stores list under key and reports whether key is new.
func (x *firstIndex) put(h uint64, key string, list []*Entry) bool {
	for i := h & x.mask; ; i = (i + 1) & x.mask {
		s := &x.slots[i]
		if s.list == nil {
			*s = firstSlot{h: h, key: key, list: list}
			return true
		}
		if s.h == h && s.key == key {
			s.list = list
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
	for _, s := range old {
		if s.list != nil {
			x.put(s.h, s.key, s.list)
		}
	}
}

// get returns the phrases starting with the token's word.
func (x *firstIndex) get(t *nlp.Token) []*Entry {
	if x.n == 0 {
		return nil
	}
	h := t.LowerHash()
	for i := h & x.mask; ; i = (i + 1) & x.mask {
		s := &x.slots[i]
		if s.list == nil {
			return nil
		}
		if s.h == h && s.key == t.Lower {
			return s.list
		}
	}
}
