package nlp

// HashWord hashes a word for the word filters and tables of this package and
// dict: FNV-1a over the bytes, then a finishing mix so that every bit of
// the result depends on every byte (the filters use both ends of it).
// Words are short; this costs less than a general-purpose hash. Nothing may
// depend on the hashes' order; they only speed lookups up.
func HashWord(w string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(w); i++ {
		h ^= uint64(w[i])
		h *= fnvPrime
	}
	return finishHash(h)
}

// FNV-1a's 64-bit offset basis and prime, for HashWord and mkToken.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// finishHash is HashWord's finishing mix of an FNV-1a sum.
func finishHash(h uint64) uint64 {
	// MurmurHash3's 64-bit finaliser.
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}

// Token is one word or punctuation mark.
type Token struct {
	// Text is the token as written.
	Text string
	// Lower is Text in lower case, with typographic apostrophes made plain.
	Lower string
	// Start and End are byte offsets into the sentence's Text.
	Start, End int
	// Tag is the Penn Treebank part-of-speech tag ("NNP", "VBD", ",").
	Tag string
	// hash is HashWord(Lower), set by Tokenize; 0 when not computed.
	hash uint64
	// ascii is true when the tokenizer found Text to be plain ASCII.
	ascii bool
	// plain is true when Text is letters, digits and "_" only (a word
	// appendPlainWord made); lower when Text is ASCII without capitals
	// (Lower is Text) and the token is plain or one byte long.
	plain, lower bool
}

// Plain reports whether the tokenizer found the token to be ASCII letters,
// digits and "_" only (no hyphen, apostrophe or period): a quick test that
// spares looking into most words. False says nothing.
func (t *Token) Plain() bool { return t.plain }

// LowerHash returns HashWord(t.Lower), computed once when the token was
// made, so that dictionaries can look the word up without hashing it again.
func (t *Token) LowerHash() uint64 {
	if t.hash != 0 {
		return t.hash
	}
	return HashWord(t.Lower)
}

// Sentence is one sentence of a document.
type Sentence struct {
	// Index is the sentence's position in the document, from 0.
	Index int
	// Start and End are byte offsets into the document text.
	Start, End int
	// Text is the sentence as written.
	Text string
	// Tokens are the sentence's tokens, offsets relative to Text.
	Tokens []Token
}
