package coder

import "strings"

// invitedHosts adds the host of a visit made "at the invitation of" someone:
// "Berdimuhamedov arrived in Tashkent on a state visit at the invitation of
// President Mirziyoyev" is also Mirziyoyev hosting him (043).
func (x *sentence) invitedHosts() {
	n := len(x.events)
	for i := 0; i < n; i++ {
		ev := x.events[i]
		if ev.Code != "042" || ev.Source == "" {
			continue
		}
		host := x.inviter()
		if host == nil || len(host.codes) != 1 {
			continue
		}
		code := x.resolve(host.codes[0], "")
		if len(code) < 3 || len(ev.Source) < 3 || code[:3] == ev.Source[:3] || x.hasEvent(code, ev.Source, "04") {
			continue
		}
		x.emit(host.codes[0], ev.Source, "043", nil, nil, ev.Evidence.Verb, host.text, ev.SourceName, "")
	}
}

// inviter returns the actor after "at the invitation of" or "at the
// invitation of his counterpart", or nil.
func (x *sentence) inviter() *mention {
	toks := x.toks
	for k := x.from; k+3 < len(toks); k++ {
		if toks[k].Lower != "invitation" || toks[k+1].Lower != "of" || k == 0 {
			continue
		}
		if p := toks[k-1].Lower; p != "the" && p != "an" {
			continue
		}
		for _, m := range x.ms {
			if m.start >= k+2 && m.start <= k+4 && !m.weak {
				return m
			}
		}
	}
	return nil
}

// hasEvent reports whether an event from src to tgt with a code starting
// with prefix is already coded.
func (x *sentence) hasEvent(src, tgt, prefix string) bool {
	for _, ev := range x.events {
		if ev.Source == src && ev.Target == tgt && len(ev.Code) >= len(prefix) && ev.Code[:len(prefix)] == prefix {
			return true
		}
	}
	return false
}

// departsFor reports whether a visit's target follows "for" after a verb
// of setting out: "departed for Beijing on a state visit", "left for
// Moscow". Only officials visit: "migrants left for Russia" is no visit.
func departsFor(code string, src, tgt *mention, lemma string) bool {
	if code != "042" || tgt.prep != "for" || src == nil || len(src.codes) != 1 {
		return false
	}
	if c := src.codes[0]; !src.person && !strings.Contains(c, "GOV") && !strings.Contains(c, "LEG") {
		return false
	}
	switch lemma {
	case "depart", "leave", "head", "set":
		return true
	}
	return false
}
