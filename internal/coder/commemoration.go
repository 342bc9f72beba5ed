package coder

// commemoration reports whether a sentence is about a commemoration: "as
// Kazakhstan marked Victory Day", "to mark the anniversary", "in memory
// of". A march or rally there honours the dead; it is no protest unless
// the sentence says it is against something or demands something.
func (x *sentence) commemoration() bool {
	marked, protest := false, false
	for k := x.from; k < len(x.toks); k++ {
		switch w := x.toks[k].Lower; w {
		case "mark", "marked", "marks", "marking", "commemorate", "commemorated", "commemorating", "commemoration",
			"anniversary", "memorial", "honour", "honor", "honouring", "honoring":
			marked = true
		case "memory":
			marked = marked || k > x.from && x.toks[k-1].Lower == "in"
		case "protest", "protests", "protested", "protesting", "protesters", "against", "demand", "demanded",
			"demanding", "demands", "demonstrators", "opposition", "police", "dispersed", "detained":
			protest = true
		}
	}
	return marked && !protest
}
