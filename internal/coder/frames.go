package coder

import (
	"github.com/accord-hub/accord/internal/dict"
	"github.com/accord-hub/accord/internal/nlp"
)

// reframe turns the code of an act into the code of a frame around it:
// the intention to do it (03x, or a threat for force), the refusal (12x),
// the appeal (02x), the demand (10x) or the threat (13x). It returns "" when
// the frame leaves nothing to code (a negation).
func reframe(frame, code string) string {
	root := code[:2]
	sub := code
	if len(sub) > 3 {
		sub = sub[:3]
	}
	switch frame {
	case dict.FrameNegate:
		return ""
	case dict.FrameDeny:
		return "127"
	case dict.FrameIntent:
		switch {
		case sub == "045":
			return "039"
		case sub == "046" || root == "04":
			return "036"
		case sub == "051" || sub == "052" || sub == "053" || sub == "054":
			return "032" // "will back", "will recognise": diplomatic support
		case root == "05":
			return "030"
		case len(code) == 4 && sub == "083":
			return "034" + code[3:] // 0831 → 0341 …
		case sub == "083":
			return "034"
		case sub == "081":
			return "0351"
		case sub == "082":
			return "0352"
		case code == "061" || code == "0611":
			return "0311"
		case code == "062":
			return "0312"
		case root == "06":
			return "031"
		case code == "071":
			return "0331"
		case code == "072":
			return "0332"
		case code == "073":
			return "0333"
		case code == "074":
			return "0334"
		case root == "07":
			return "033"
		case sub == "084":
			return "0354"
		case sub == "085":
			return "0355"
		case sub == "086":
			return "0356"
		case sub == "087":
			return "0357"
		case root == "08":
			return "035"
		case root == "01", root == "02", root == "03", root == "09", root == "10", root == "11", root == "12", root == "13":
			return code
		}
		return threaten(code)
	case dict.FrameThreaten:
		return threaten(code)
	case dict.FrameRefuse:
		switch {
		case root == "01":
			return "011"
		case sub == "045":
			return "125"
		case root == "04":
			return "124"
		case sub == "087":
			return "1211"
		case root == "06":
			return "121"
		case root == "07":
			return "122"
		case len(code) == 4 && sub == "083":
			return "123" + code[3:]
		case sub == "083":
			return "123"
		case sub == "074":
			return "1212"
		}
		return "120"
	case dict.FrameAppeal:
		switch {
		case sub == "045":
			return "028"
		case root == "04":
			return "026"
		case sub == "087":
			return "025"
		case sub == "057" || sub == "037":
			return "027"
		case len(code) == 4 && sub == "083":
			return "024" + code[3:]
		case sub == "083":
			return "024"
		case root == "05" || root == "03":
			return "022"
		case code == "061":
			return "0211"
		case code == "062":
			return "0212"
		case code == "063":
			return "0213"
		case code == "064":
			return "0214"
		case root == "06":
			return "021"
		case code == "071":
			return "0231"
		case code == "072":
			return "0232"
		case code == "073":
			return "0233"
		case code == "074":
			return "0234"
		case root == "07":
			return "023"
		case root == "08":
			return "025"
		}
		return "020"
	case dict.FrameDemand:
		switch {
		case sub == "045":
			return "105"
		case root == "04":
			return "108"
		case code == "0871":
			return "107"
		case sub == "087":
			return "106"
		case sub == "084":
			return "1053"
		case root == "06" || root == "05":
			return "102"
		case root == "07":
			return "103"
		case len(code) == 4 && sub == "083":
			return "104" + code[3:]
		case root == "08":
			return "104"
		case root == "09":
			return "101"
		}
		return "100"
	}
	return code
}

// threaten maps an act to the threat of it.
func threaten(code string) string {
	root := code[:2]
	sub := code
	if len(sub) > 3 {
		sub = sub[:3]
	}
	switch {
	case sub == "161":
		return "1313"
	case sub == "162":
		return "1311"
	case sub == "166":
		return "1312"
	case sub == "163":
		return "134"
	case sub == "165":
		return "135"
	case sub == "164":
		return "136"
	case root == "16":
		return "131"
	case code == "1723":
		return "1323"
	case code == "1724":
		return "1324"
	case code == "1722":
		return "1322"
	case code == "1721":
		return "1321"
	case sub == "172":
		return "132"
	case sub == "175":
		return "137"
	case root == "17":
		return "130"
	case root == "14":
		return "133"
	case root == "18":
		return "1383"
	case sub == "191":
		return "1381"
	case sub == "192":
		return "1382"
	case root == "19" || root == "15":
		return "138"
	case root == "20":
		return "1385"
	}
	return "130"
}

// frameCodes are what an appeal, demand or threat is coded as when what is
// asked or threatened is no event of its own: "urged Uzbekistan to conduct
// an inquiry", "demanded that the government take a tougher line".
var frameCodes = map[string]string{
	dict.FrameRefuse:   "120",
	dict.FrameAppeal:   "020",
	dict.FrameDemand:   "100",
	dict.FrameThreaten: "130",
}

// openFrames codes appeal, demand and threat verbs whose infinitive or
// that-clause gave no event, with the frame's own general code.
func (x *sentence) openFrames() {
	if x.c.dict.Compat {
		return
	}
	toks := x.toks
	for _, g := range x.groups {
		code := ""
		if g.frame != "" {
			code = frameCodes[g.frame] // most verbs frame nothing: no lookup
		}
		if code != "" && firstLemma(g) == "warn" {
			code = "130" // "warned that a war would follow": a threat
		}
		if g.frame == dict.FrameIntent && !g.noun && !g.coded && !g.neg {
			// "expressed willingness to work with the Philippines": an
			// intent to cooperate with whoever the act is "with".
			if cg := x.infinitiveAfter(g); cg != nil && !cg.coded && toks[cg.start-1].Lower == "to" {
				if subj, l := x.subjectOf(g, 0); subj != nil && subj.compound() && !l.neg && mutualLemmas[firstLemma(g)] {
					// "Ghana and Togo agreed to set up a joint commission".
					x.emitReciprocal(subj, g, "030", dict.FrameIntent)
					continue
				}
				if m := x.objectOf(cg.end, x.clauseEnd(cg), false); m != nil && m.prep == "with" {
					if subj, l := x.subjectOf(g, 0); subj != nil && !l.neg && !x.hypothetical(subj.start) {
						x.emitAll(subj, m, "030", "", x.span(g.head, g.end), dict.FrameIntent)
					}
				}
			}
			continue
		}
		if code == "" || g.noun || g.coded || g.neg || x.skip != nil && x.skip[g.head] || g.modal == "could" || g.modal == "may" || g.modal == "might" {
			continue
		}
		var tgt *mention
		switch {
		case g.end < len(toks) && (toks[g.end].Lower == "that" || x.zeroThatWarning(g)):
			cg := x.groupAfter(g.end)
			if cg == nil || cg.coded || cg.modal == "could" || cg.modal == "may" || cg.modal == "might" {
				continue // "warned that prices could spark unrest": a forecast
			}
			if firstLemma(g) == "warn" && cg.modal == "" && !x.c.dict.Compat {
				continue // "warned that the region faced a growing threat": a gloomy view, no threat
			}
			// The clause's subject: "demanded that Russian lawmakers stop".
			for _, m := range x.ms {
				if (m.start > g.end || m.start == g.end && toks[g.end].Lower != "that" && toks[g.end].Tag != "PRP") && m.start < cg.start && !m.weak && !m.locative {
					tgt = m
					break
				}
			}
			if tgt == nil && toks[g.end].Lower != "that" {
				tgt = x.conditionActor(cg) // "warned it would act if the Taliban did not …"
			}
			if c, m := x.releaseClause(g, cg, tgt); c != "" {
				code, tgt = c, m // "demanded that Tazhimuratov be released"
			}
		default:
			cg := x.infinitiveAfter(g)
			if cg == nil || cg.coded || toks[cg.start-1].Lower != "to" {
				continue
			}
			if g.frame == dict.FrameRefuse {
				// "rejected a Kyrgyz proposal to exchange territory": a
				// refusal of its maker, when what was proposed is no event.
				if m := x.offerMaker(g.end, cg.start); m != nil {
					tgt = m
					if proposalAfter(toks, m.end) {
						code = "121" // "rejected Russia's proposal to create a gas union"
					}
					break
				}
				if cg.start-1 != g.end {
					continue
				}
				if declinedWords[firstLemma(cg)] {
					code = "011" // "declined to say whether …": no comment
					break
				}
				// "refused to renew the mandate of the UN mission", "declined
				// to observe Kyrgyzstan's elections": a refusal of whom the
				// refused act names; "refused to comply": of no one named.
				// "refused to hand over bin Laden": the person handed is no
				// target of the refusal.
				if m := x.objectOf(cg.end, x.clauseEnd(cg), false); m != nil && !m.person {
					tgt = m
				}
				break
			}
			// Only an actor may stand between: "urged Tajikistan to", "called
			// on the EU to"; "requested the deployment of troops to restore
			// order" asks for something else.
			k := g.end
			if k < cg.start && (toks[k].Lower == "on" || toks[k].Lower == "upon") {
				k++
			}
			n := k
			for n < cg.start && x.mentionStartingAt(n) == nil && (determiners[toks[n].Lower] || toks[n].Tag == "FW" || toks[n].Tag == "JJ" || x.memberOf(n)) {
				n++ // "urged the de facto authorities to", "the new government"
			}
			if m := x.mentionFrom(k, n); m != nil && (m.end == cg.start-1 || m.end == cg.start-2 && toks[m.end].Lower == "not") && !m.weak {
				// "urged Tajikistan to free", "urged Germany not to deport".
				tgt = m
			} else if m != nil && m.end == cg.start-2 && !m.weak && toks[m.end].Lower == "not" {
				tgt = m // "warned the United States not to interfere"
			} else if m != nil && !m.weak && !isAgentOnly(m.codes[0]) && toks[m.start].Tag != "PRP$" && (m.start == 0 || toks[m.start-1].Tag != "PRP$") && x.placeTail(m.end, cg.start-1) {
				tgt = m // "urged Kyrgyz citizens in Russia to obey its laws"
			} else if m != nil && !m.weak && x.adjunctTail(m.end, cg.start-1) {
				tgt = m // "asked Xi in a telephone call to defer", "urged Kabul on Monday to"
			} else if (m == nil || m.codes[0] == "" || m.codes[0][0] == '?' || isAgentOnly(m.codes[0])) && x.regionPeerObject(x.span(g.head, g.end)) {
				tgt = nil // "urged the Central Asian leaders to": no one country
			} else if k != cg.start-1 {
				continue
			} else {
				// "threatened to retaliate against Israel".
				tgt = x.objectOf(cg.end, x.clauseEnd(cg), false)
				if tgt == nil && g.frame == dict.FrameThreaten {
					tgt = x.conditionActor(cg) // "threatened to use force if Tajik troops crossed"
				}
				if tgt == nil && g.frame == dict.FrameThreaten {
					// "threatened to prosecute the parents": its own people.
					if subj, _ := x.subjectOf(g, 0); subj != nil && len(subj.codes) == 1 {
						tgt = x.genericVictim(cg, subj, "170")
					}
				}
			}
		}
		subj, l := x.subjectOf(g, 0)
		if subj == nil || l.neg || x.hypothetical(subj.start) || g.frame == dict.FrameAppeal && selfAppeal(subj, tgt) {
			continue
		}
		if tgt == nil && l.partnerBlamed && l.partner != nil && l.partner != subj && (g.frame == dict.FrameThreaten || g.frame == dict.FrameDemand) {
			tgt = l.partner // "accused X of … and threatened to": X is threatened
		}
		x.emitAll(subj, tgt, code, "", x.span(g.head, g.end), "")
	}
}

// groupAfter returns the first verb group starting after token k, or nil.
func (x *sentence) groupAfter(k int) *vgroup {
	for _, g := range x.groups {
		if !g.noun && g.start > k {
			return g
		}
	}
	return nil
}

// infinitiveAfter returns the verb group that hangs on g by "to" ("urged
// Tajikistan to allow"), or nil.
func (x *sentence) infinitiveAfter(g *vgroup) *vgroup {
	for _, og := range x.groups {
		if og.noun || og.head <= g.head {
			continue
		}
		if og.head-g.end > 6 && !(g.frame == dict.FrameAppeal && og.head-g.end <= 10 && x.appealGap(g.end, og.start)) {
			return nil
		}
		if x.connector(g, og) == "to" {
			return og
		}
	}
	return nil
}

// mutualLemmas are intent verbs whose compound subject commits each side to
// the other: "X and Y agreed (pledged, vowed) to …".
// declinedWords after "declined to" or "refused to" make it a refusal to
// comment (011), not a rejection.
var declinedWords = map[string]bool{
	"say": true, "comment": true, "confirm": true, "disclose": true, "elaborate": true, "reveal": true,
	"specify": true, "discuss": true, "answer": true, "speculate": true, "name": true, "identify": true, "respond": true,
}

var mutualLemmas = map[string]bool{"agree": true, "decide": true, "pledge": true, "vow": true, "promise": true, "resolve": true}

// proposalAfter reports whether a proposal noun follows token k (after a
// possessive): what is rejected is a proposal (121), not a demand.
func proposalAfter(toks []nlp.Token, k int) bool {
	if k < len(toks) && isPossessive(toks[k].Lower) {
		k++
	}
	if k >= len(toks) {
		return false
	}
	switch toks[k].Lower {
	case "offer", "proposal", "plan", "bid", "initiative", "idea", "suggestion":
		return true
	}
	return false
}
