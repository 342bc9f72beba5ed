package coder

import "github.com/accord-hub/accord/internal/nlp"

// listArticleGap reports whether gap is a list comma before an indefinite
// article or a number, "a Kyrgyz bank, three Kazakh companies and an Uzbek
// firm": the members of a list of indefinite agents. "the" and possessives
// stay out, since ", the Uzbek president," is an apposition.
func listArticleGap(gap []nlp.Token) bool {
	if len(gap) != 2 || gap[0].Lower != "," {
		return false
	}
	w := gap[1].Lower
	return w == "a" || w == "an" || countWords[w] > 0
}
