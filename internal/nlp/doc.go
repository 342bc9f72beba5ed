// Package nlp splits text into sentences and tokens with byte offsets and tags
// each token with its Penn Treebank part of speech.
package nlp
