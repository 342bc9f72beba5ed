package nlp

import "hash/maphash"

// wordSeed seeds the word hashes of this process.
var wordSeed = maphash.MakeSeed()

// HashWord hashes a word for the word filters and tables of this package and
// dict. Hashes differ between processes, so nothing may depend on their
// order; they only speed lookups up.
func HashWord(w string) uint64 { return maphash.String(wordSeed, w) }

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
}

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
