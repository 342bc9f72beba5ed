package nlp

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
