package agreement

// Status is where a party stands on an agreement.
type Status string

// The statuses of CONTRACTS.md.
const (
	// Unknown: the party is named but nothing says where it stands.
	Unknown Status = "unknown"
	// Signed: its representative signed (or initialled and signed) the text.
	Signed Status = "signed"
	// Ratified: its parliament or head of state ratified it, or it acceded.
	Ratified Status = "ratified"
	// InForce: the agreement has entered into force for it.
	InForce Status = "in_force"
	// Deferred: it said it will sign later, after its national procedures.
	Deferred Status = "deferred"
	// Refused: it refused, declined or failed to sign or ratify.
	Refused Status = "refused"
	// Withdrawn: it withdrew from or denounced the agreement.
	Withdrawn Status = "withdrawn"
)

// rank orders statuses along the normal path of an agreement. A newer report
// of a lower rank contradicts what was known; one of a higher rank moves the
// party on.
func (s Status) rank() int {
	switch s {
	case Refused, Deferred:
		return 1
	case Signed:
		return 2
	case Ratified:
		return 3
	case InForce:
		return 4
	case Withdrawn:
		return 5
	}
	return 0
}

// Evidence is one report of a stance or mention: the sentence that says it
// and where it was published.
type Evidence struct {
	// Doc is the document id and Sentence the sentence's index in it.
	Doc      string `json:"doc"`
	Sentence int    `json:"sentence"`
	// Date is the document's date, YYYY-MM-DD.
	Date string `json:"date"`
	// Outlet and URL say where the document was published, when known.
	Outlet string `json:"outlet,omitempty"`
	URL    string `json:"url,omitempty"`
	// Text is the sentence.
	Text string `json:"text"`
	// Phrase is the words that gave the stance ("refused to sign").
	Phrase string `json:"phrase,omitempty"`
	// Event is the id of the coded event behind the stance, if any.
	Event string `json:"event,omitempty"`
}

// source is what counts as one independent source of a report: the outlet,
// else the document.
func (e Evidence) source() string {
	if e.Outlet != "" {
		return "outlet:" + e.Outlet
	}
	return "doc:" + e.Doc
}

// Stance is one sentence's claim about where some parties stand.
type Stance struct {
	// Status is the claimed stance.
	Status Status `json:"status"`
	// Countries are the ISO alpha-3 codes of the parties it is about.
	Countries []string `json:"countries,omitempty"`
	// AllParties is set when the claim is about every party known at the
	// time ("the treaty entered into force"); Except then lists the parties
	// left out ("everyone but Turkmenistan signed").
	AllParties bool     `json:"all_parties,omitempty"`
	Except     []string `json:"except,omitempty"`
	// Phrase is the words that gave the stance.
	Phrase string `json:"phrase"`
	// Event is the id of the coded event that agrees with it, if any.
	Event string `json:"event,omitempty"`
	// Weak marks an indirect phrasing ("did not sign", "has not yet
	// signed") that counts for less against a direct report.
	Weak bool `json:"weak,omitempty"`
}

// Mention is one sentence that names an agreement, or refers back to one
// named earlier in the same document.
type Mention struct {
	// Name is the agreement's name as written ("the friendship treaty");
	// for a reference back ("it", "the document") the name it refers to.
	Name string `json:"name"`
	// Kind is the agreement's kind word: treaty, agreement, declaration,
	// memorandum, protocol, convention, charter, accord …
	Kind string `json:"kind"`
	// Parties are the countries the mention names as parties (in the name,
	// "with Uzbekistan", "between Kyrgyzstan and Tajikistan").
	Parties []string `json:"parties,omitempty"`
	// Stances are the stance claims the sentence makes.
	Stances []Stance `json:"stances,omitempty"`
	// Binding is what the sentence says of the agreement's force
	// ("declaratory", "legally binding"), nil when it says nothing.
	Binding *bool `json:"binding,omitempty"`
	// Evidence is the sentence and its document.
	Evidence Evidence `json:"evidence"`
}

// Party is one party's stance on an agreement, as the news tells it.
type Party struct {
	// Country is the ISO alpha-3 code.
	Country string `json:"country"`
	// Status is the current stance, Since the date it was first reported.
	Status Status `json:"status"`
	Since  string `json:"since,omitempty"`
	// Evidence are the reports behind the current status, newest first.
	Evidence []Evidence `json:"evidence"`
	// History is every step the stance went through, oldest first.
	History []Step `json:"history"`
	// Conflict is set when reports disagree about this party; Conflicting
	// keeps the reports that lost, with their sources.
	Conflict    bool     `json:"conflict,omitempty"`
	Conflicting []Report `json:"conflicting,omitempty"`
}

// Step is one stance a party held, from a date, with its reports.
type Step struct {
	Status   Status     `json:"status"`
	Since    string     `json:"since"`
	Evidence []Evidence `json:"evidence"`
}

// Report is one claim about one party.
type Report struct {
	Status   Status   `json:"status"`
	Weak     bool     `json:"weak,omitempty"`
	Evidence Evidence `json:"evidence"`
}

// Agreement is one agreement with its names and each party's stance.
type Agreement struct {
	// ID is the registry's id, or a stable hash of the agreement's key.
	ID string `json:"id"`
	// Name is the registry's name, else the fullest name the news used.
	Name string `json:"name"`
	// Aliases are the other names it goes by.
	Aliases []string `json:"aliases"`
	// Kind is treaty, agreement, declaration, memorandum, protocol …
	Kind string `json:"kind"`
	// Binding says whether it creates legal obligations, when known.
	Binding *bool `json:"binding,omitempty"`
	// EntryIntoForce is the registry's entry-into-force rule, if given.
	EntryIntoForce string `json:"entry_into_force,omitempty"`
	// Note is the registry's note, if any.
	Note string `json:"note,omitempty"`
	// Date is when it was first signed, YYYY-MM-DD, when known.
	Date string `json:"date,omitempty"`
	// Parties are the states involved, in code order.
	Parties []Party `json:"parties"`
	// Mentions counts the sentences that referred to it; First and Last
	// are the dates of the first and last.
	Mentions int    `json:"mentions"`
	First    string `json:"first,omitempty"`
	Last     string `json:"last,omitempty"`
	// Conflicts is set when reports about any party disagree.
	Conflicts bool `json:"conflicts,omitempty"`
	// Registered is set when the agreement comes from the registry.
	Registered bool `json:"registered,omitempty"`
}
