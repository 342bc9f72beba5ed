package coder

import (
	"strings"

	"github.com/accord-hub/accord/internal/event"
)

// acceptedInvitation gives "Xi accepted the invitation" the inviter of an
// earlier sentence of the same document as target: the last appeal or
// invitation (02x) made to the accepting side.
func acceptedInvitation(ev *event.Event, prior []event.Event) {
	if ev.Target != "" || !strings.HasPrefix(ev.Code, "036") || len(ev.Source) < 3 || !strings.HasPrefix(strings.ToLower(ev.Verb), "accept") {
		return
	}
	if !strings.Contains(strings.ToLower(ev.Text), "invitation") {
		return
	}
	for i := len(prior) - 1; i >= 0; i-- {
		p := prior[i]
		if strings.HasPrefix(p.Code, "02") && len(p.Target) >= 3 && p.Target[:3] == ev.Source[:3] && p.Source != "" {
			ev.Target, ev.TargetName = p.Source, p.SourceName
			return
		}
	}
}

// Plural documents speak for their issuers too: "issued statements
// supporting the one-China principle".
func init() {
	for _, w := range []string{"statements", "resolutions", "declarations", "letters", "communiques", "messages", "notes", "appeals"} {
		speakingDocs[w] = true
	}
}

// bareWorkWith reports whether ev is "worked with" someone said as a plain
// fact ("Kazakh scientists worked with Japanese colleagues"): only an
// intention to work with a partner ("ready to work with Astana") is news.
func bareWorkWith(ev *event.Event) bool {
	if ev.Code != "050" || ev.Modality != "" || ev.Evidence.Verb == nil {
		return false
	}
	v := ev.Evidence.Verb
	if v[1] > len(ev.Text) || !strings.HasPrefix(strings.ToLower(ev.Text[v[0]:v[1]]), "work") {
		return false
	}
	rest := strings.ToLower(strings.TrimSpace(ev.Text[v[1]:]))
	return strings.HasPrefix(rest, "with ")
}

// ownReleaseHolder turns a demand for the release of the demander's own
// people ("condemned the arrest of a Chinese businessman in Kyrgyzstan and
// demanded his immediate release") towards the foreign side the same
// speaker blamed in the sentence: the one holding them.
func ownReleaseHolder(evs []event.Event) {
	for i := range evs {
		ev := &evs[i]
		if !strings.HasPrefix(ev.Code, "1053") || len(ev.Source) < 3 || len(ev.Target) < 3 || ev.Source[:3] != ev.Target[:3] {
			continue
		}
		for _, o := range evs {
			if o.Source == ev.Source && len(o.Target) >= 3 && o.Target[:3] != ev.Source[:3] && (strings.HasPrefix(o.Code, "11") || strings.HasPrefix(o.Code, "114")) {
				ev.Target, ev.TargetName, ev.Evidence.Target = o.Target, o.TargetName, o.Evidence.Target
				break
			}
		}
	}
}

// sharedModal gives a bare verb coordinated after a future one the same
// future: "Xi will pay a state visit to Kazakhstan and attend the SCO
// summit" attends in the future too.
func (x *sentence) sharedModal(modal string, prev, g *vgroup) string {
	if modal != "" || x.c.dict.Compat || g.modal != "" || prev.neg || x.toks[g.head].Tag != "VB" || g.start != g.head {
		return modal
	}
	switch prev.modal {
	case "will", "'ll", "shall":
		return prev.modal
	}
	return modal
}
