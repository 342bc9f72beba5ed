package dispute

import (
	"reflect"
	"testing"

	"github.com/accord-hub/accord/internal/agreement"
	"github.com/accord-hub/accord/internal/cameo"
	"github.com/accord-hub/accord/internal/event"
)

var seq int

func ev(date, source, target, code, text string) event.Event {
	seq++
	return event.Event{ID: "e" + itoa(seq), Doc: "d" + date, Sentence: seq, Date: date, Source: source, Target: target,
		Code: code, Root: cameo.RootOf(code), Text: text, Mentions: 1}
}

// kgzTJK is a Kyrgyz-Tajik border story in events, oldest first.
func kgzTJK() []event.Event {
	mediated := "Russia mediated talks between Kyrgyzstan and Tajikistan on the border."
	m1, m2 := ev("2022-09-25", "RUS", "KGZ", "045", mediated), ev("2022-09-25", "RUS", "TJK", "045", mediated)
	m2.Sentence = m1.Sentence // two events of one sentence
	return []event.Event{
		ev("2021-04-29", "KGZMIL", "TJKMIL", "193", "Kyrgyz and Tajik border guards exchanged fire at a water intake."),
		ev("2021-04-29", "KGZ", "TJK", "1123", "Kyrgyzstan accused Tajikistan of attacking its border posts."),
		ev("2021-04-29", "KGZMIL", "TJKMIL", "0871", "The two governments announced a ceasefire."),
		ev("2021-05-01", "KGZGOV", "TJKGOV", "040", "Officials of Kyrgyzstan and Tajikistan met on the border."),
		ev("2022-09-16", "TJKMIL", "KGZ", "194", "Tajik forces attacked Kyrgyz border posts with tanks."),
		m1, m2,
		ev("2022-10-02", "KGZ", "TJK", "0841", "Kyrgyzstan released 12 Tajik detainees in a prisoner exchange with Tajikistan."),
		ev("2025-03-13", "KGZGOV", "TJKGOV", "057", "Japarov and Rahmon signed the treaty on the state border, settling the dispute."),
		// Not this dispute: a domestic arrest, a friendly visit elsewhere.
		ev("2022-01-06", "KAZCOP", "KAZOPP", "173", "Police detained protesters in Almaty."),
		ev("2023-05-19", "KAZGOV", "CHNGOV", "040", "Tokayev met Xi in Xi'an."),
	}
}

func TestTimeline(t *testing.T) {
	// Newest first: Build must not depend on the order it is given.
	events := kgzTJK()
	for i, j := 0, len(events)-1; i < j; i, j = i+1, j-1 {
		events[i], events[j] = events[j], events[i]
	}
	ds := Build(events, nil, Options{})
	if len(ds) != 1 {
		t.Fatalf("got %d disputes, want 1: %+v", len(ds), ds)
	}
	d := ds[0]
	if d.ID != "kgz-tjk-border" || !reflect.DeepEqual(d.Parties, []string{"KGZ", "TJK"}) || d.Topic != "border" {
		t.Errorf("dispute %s %v %s, want kgz-tjk-border", d.ID, d.Parties, d.Topic)
	}
	type step struct {
		date string
		t    Type
	}
	var got []step
	for _, en := range d.Timeline {
		got = append(got, step{en.Date, en.Type})
		if len(en.Evidence) == 0 || en.Evidence[0].Text == "" {
			t.Errorf("entry %s %s has no evidence", en.Date, en.Type)
		}
	}
	want := []step{
		{"2021-04-29", Incident}, {"2021-04-29", Accusation}, {"2021-04-29", Ceasefire},
		{"2021-05-01", Talks}, {"2022-09-16", Incident}, {"2022-09-25", Mediation},
		{"2022-10-02", PrisonerExchange}, {"2025-03-13", Agreement},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("timeline %v,\nwant %v", got, want)
	}
	if med := d.Timeline[5]; !reflect.DeepEqual(med.Mediators, []string{"RUS"}) || med.Reports != 2 || len(med.Evidence) != 1 {
		t.Errorf("mediation entry %+v, want RUS, 2 reports, 1 sentence", med)
	}
	if d.Status != Settled || d.First != "2021-04-29" || d.Last != "2025-03-13" {
		t.Errorf("status %s (%s), %s to %s; want settled, 2021-04-29 to 2025-03-13", d.Status, d.Reason, d.First, d.Last)
	}
}

func TestStatus(t *testing.T) {
	base := kgzTJK()[:8] // up to the prisoner exchange
	tests := []struct {
		name   string
		events []event.Event
		asOf   string
		want   Status
	}{
		{"active after fighting", kgzTJK()[:2], "", Active},
		{"de-escalating after a ceasefire", kgzTJK()[:3], "", Deescalating},
		{"de-escalating after an exchange", base, "2022-10-05", Deescalating},
		{"dormant after a quiet year", base, "2023-12-01", Dormant},
		{"active again after a new clash", append(append([]event.Event{}, base...),
			ev("2023-01-27", "TJKMIL", "KGZMIL", "190", "Tajik and Kyrgyz troops clashed on the border again.")), "", Active},
		{"settled by a border treaty", kgzTJK(), "", Settled},
		{"a clash after the treaty unsettles it", append(kgzTJK(),
			ev("2025-06-01", "KGZMIL", "TJKMIL", "190", "Border guards clashed near Vorukh.")), "", Active},
		{"a ceasefire protocol does not settle", append(kgzTJK()[:2],
			ev("2021-05-01", "KGZGOV", "TJKGOV", "057", "They signed a protocol on the withdrawal of troops.")), "", Deescalating},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := Build(tt.events, nil, Options{AsOf: tt.asOf})
			if len(ds) != 1 {
				t.Fatalf("got %d disputes", len(ds))
			}
			if ds[0].Status != tt.want {
				t.Errorf("status %s (%s), want %s", ds[0].Status, ds[0].Reason, tt.want)
			}
		})
	}
}

func TestGate(t *testing.T) {
	// One accusation with no dispute named is no dispute; two are.
	one := []event.Event{ev("2022-10-14", "KAZ", "RUS", "112", "Kazakhstan criticised Russia's statement.")}
	if ds := Build(one, nil, Options{}); len(ds) != 0 {
		t.Errorf("one accusation gave %d disputes", len(ds))
	}
	named := []event.Event{ev("2022-10-14", "AZE", "ARM", "112", "Azerbaijan accused Armenia of stoking the territorial dispute.")}
	if ds := Build(named, nil, Options{}); len(ds) != 1 || ds[0].Topic != "border" {
		t.Errorf("an accusation naming a territorial dispute gave %+v", ds)
	}
	// A sentence about the past in a later report is no new incident.
	old := []event.Event{
		ev("2025-03-31", "KGZMIL", "TJKMIL", "190", "Clashes in April 2021 and September 2022 killed around 150 people."),
		ev("2025-03-31", "KGZMIL", "TJKMIL", "190", "Clashes in 2022 left villages burned."),
	}
	if ds := Build(old, nil, Options{}); len(ds) != 0 {
		t.Errorf("retold clashes gave %+v", ds)
	}
	// One side coded: the other country the sentence names, or the
	// document's pair when the sentence says "each other".
	oneSided := []event.Event{
		{ID: "a", Doc: "x", Sentence: 0, Date: "2022-09-16", Source: "TJKMIL", Code: "190", Root: "19", Text: "Tajik forces fired on Kyrgyzstan's border posts."},
		{ID: "b", Doc: "x", Sentence: 1, Date: "2022-09-16", Source: "KGZGOV", Code: "112", Root: "11", Text: "The two governments blamed each other."},
		{ID: "c", Doc: "x", Sentence: 2, Date: "2022-09-16", Source: "KGZMIL", Target: "TJKMIL", Code: "190", Root: "19", Text: "Fighting spread along the border."},
	}
	ds := Build(oneSided, nil, Options{})
	if len(ds) != 1 || ds[0].Counts[Incident] != 1 || ds[0].Counts[Accusation] != 1 || len(ds[0].Timeline[0].Evidence) != 2 {
		t.Errorf("one-sided events gave %+v", ds)
	}
}

func TestAgreementEntries(t *testing.T) {
	yes := true
	as := []agreement.Agreement{{
		ID: "kgz-tjk-border-2025", Name: "Treaty on the State Border between the Kyrgyz Republic and the Republic of Tajikistan", Binding: &yes,
		Parties: []agreement.Party{
			{Country: "KGZ", Status: agreement.Signed, History: []agreement.Step{{Status: agreement.Signed, Since: "2025-03-13",
				Evidence: []agreement.Evidence{{Doc: "t", Sentence: 0, Date: "2025-03-13", Text: "The presidents signed a treaty on the state border."}}}}},
			{Country: "TJK", Status: agreement.Signed, History: []agreement.Step{{Status: agreement.Signed, Since: "2025-03-13",
				Evidence: []agreement.Evidence{{Doc: "t", Sentence: 0, Date: "2025-03-13", Text: "The presidents signed a treaty on the state border."}}}}},
		},
	}}
	// A summit declaration of five states is no step of the border dispute.
	var five []agreement.Party
	for _, c := range []string{"CHN", "KAZ", "KGZ", "TJK", "UZB"} {
		five = append(five, agreement.Party{Country: c, Status: agreement.Signed, History: []agreement.Step{{Status: agreement.Signed,
			Since: "2023-05-19", Evidence: []agreement.Evidence{{Doc: "x", Date: "2023-05-19", Text: "They signed the Xi'an Declaration."}}}}})
	}
	as = append(as, agreement.Agreement{ID: "xian", Name: "Xi'an Declaration", Parties: five})
	ds := Build(kgzTJK()[:8], as, Options{})
	if len(ds) != 1 {
		t.Fatalf("got %d disputes", len(ds))
	}
	last := ds[0].Timeline[len(ds[0].Timeline)-1]
	if last.Type != Agreement || last.Date != "2025-03-13" || last.Evidence[0].Agreement != "kgz-tjk-border-2025" || ds[0].Status != Settled {
		t.Errorf("last entry %+v, status %s; want the treaty, settled", last, ds[0].Status)
	}
	if n := ds[0].Counts[Agreement]; n != 1 {
		t.Errorf("%d agreement entries, want 1 (not the declaration)", n)
	}
}

// BenchmarkBuild measures disputes over 100,000 events among 12 countries:
// go test ./internal/dispute -bench . -run XXX
func BenchmarkBuild(b *testing.B) {
	countries := []string{"KAZ", "KGZ", "TJK", "TKM", "UZB", "RUS", "CHN", "USA", "AFG", "IRN", "TUR", "IND"}
	codes := []string{"190", "1123", "040", "0871", "045", "057", "173", "036", "195", "112"}
	texts := []string{"Troops clashed on the disputed border.", "Officials met to discuss water sharing.",
		"The two sides agreed a ceasefire.", "Gas supplies were cut amid the trade dispute."}
	var events []event.Event
	for i := 0; i < 100000; i++ {
		s, g := countries[i%12], countries[(i/12+1+i)%12]
		code := codes[i%10]
		events = append(events, event.Event{ID: itoa(i), Doc: itoa(i / 5), Sentence: i % 5,
			Date: "20" + itoa(10+i%15) + "-0" + itoa(1+i%9) + "-1" + itoa(i%9), Source: s + "GOV", Target: g + "MIL",
			Code: code, Root: cameo.RootOf(code), Text: texts[i%4], Mentions: 1})
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if ds := Build(events, nil, Options{}); len(ds) == 0 {
			b.Fatal("no disputes")
		}
	}
	b.ReportMetric(float64(b.N*len(events))/b.Elapsed().Seconds(), "events/s")
}
