// Package nlp splits text into sentences and tokens with byte offsets and tags
// each token with its Penn Treebank part of speech.
//
// The tagger is prose's averaged perceptron for English (MIT licence), whose
// weights this package re-indexes at load time for speed; it gives prose's
// tags (TestTagAgreesWithProse). Tokens of a document share one backing
// array and one string for their lower-case forms, so splitting a document
// costs a handful of allocations.
package nlp
