package coder

import (
	"strings"

	"github.com/accord-hub/accord/internal/event"
)

// tradeBanVerbs are the verbs of a state's stop to trade in goods.
var tradeBanVerbs = map[string]bool{
	"ban": true, "banned": true, "bans": true,
	"prohibit": true, "prohibited": true, "prohibits": true,
	"halt": true, "halted": true, "halts": true,
	"suspend": true, "suspended": true, "suspends": true,
}

// tradeNouns are the objects that make such a verb a trade restriction.
var tradeNouns = map[string]bool{
	"export": true, "exports": true, "import": true, "imports": true, "re-export": true, "re-exports": true,
}

// untargetedTradeBan reports whether a sanction (16x) with no target is a
// state's ban on exports or imports: "Kazakhstan banned the export of
// potatoes for six months" restricts trade with whoever buys or sells,
// an event though no partner is named. Only a state (or a bloc of
// states) bans trade: "Kazatomprom suspended exports after a fire" is a
// firm's business.
func (x *sentence) untargetedTradeBan(src, code string, verb *event.Span) bool {
	if x.c.dict.Compat || verb == nil || !strings.HasPrefix(code, "16") {
		return false
	}
	if !(len(src) == 3 || stateAgent(src) || strings.HasSuffix(src, "LEG") || strings.HasPrefix(src, "IGO")) {
		return false
	}
	k := x.from
	for k < len(x.toks) && x.toks[k].Start != verb[0] {
		k++
	}
	if k >= len(x.toks) || !tradeBanVerbs[x.toks[k].Lower] {
		return false
	}
	for j := k + 1; j < len(x.toks) && j <= k+4; j++ {
		w := x.toks[j].Lower
		if tradeNouns[w] {
			return true
		}
		if !determiners[w] && w != "temporarily" && w != "temporary" && w != "further" && w != "any" {
			return false
		}
	}
	return false
}
