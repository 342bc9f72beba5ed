package signal

import (
	"strings"
	"testing"
)

func TestReadRatings(t *testing.T) {
	in := "\ufeffcountry, year, source, indicator, value, category\n" +
		"# Freedom House, Freedom in the World\n" +
		"kgz,2024,Freedom House,status,,Not Free\n" +
		"TKM,2024,Freedom House,total score,2,Not Free\n" +
		"\"KAZ\",2023,\"EIU, Democracy Index\",score,2.94,Authoritarian\n"
	rs, err := ReadRatings(strings.NewReader(in), "r.csv")
	if err != nil {
		t.Fatal(err)
	}
	want := []Rating{
		{Country: "KGZ", Year: 2024, Source: "Freedom House", Indicator: "status", Category: "Not Free"},
		{Country: "TKM", Year: 2024, Source: "Freedom House", Indicator: "total score", Value: 2, HasValue: true, Category: "Not Free"},
		{Country: "KAZ", Year: 2023, Source: "EIU, Democracy Index", Indicator: "score", Value: 2.94, HasValue: true, Category: "Authoritarian"},
	}
	if len(rs) != len(want) {
		t.Fatalf("got %d ratings, want %d: %+v", len(rs), len(want), rs)
	}
	for i := range want {
		if rs[i] != want[i] {
			t.Errorf("rating %d = %+v, want %+v", i, rs[i], want[i])
		}
	}
	if _, err := ReadRatings(strings.NewReader(""), "e.csv"); err == nil || !strings.Contains(err.Error(), "e.csv: empty file") {
		t.Errorf("empty file: %v", err)
	}
	if _, err := ReadRatings(strings.NewReader("country,year,source,indicator,value,category\nKGZ,2024,FH,x,NaN,\n"), "n.csv"); err == nil ||
		!strings.Contains(err.Error(), "n.csv:2: value") {
		t.Errorf("NaN value: %v", err)
	}
}

func FuzzReadRatings(f *testing.F) {
	f.Add("country,year,source,indicator,value,category\nKGZ,2024,FH,status,,Not Free\n")
	f.Add("country,year,source,indicator,value,category\n\"KGZ\",2024,\"a\"\"b\",x,1e3,\n")
	f.Add("country,year\n1,2\n")
	f.Fuzz(func(t *testing.T, in string) {
		rs, err := ReadRatings(strings.NewReader(in), "f.csv")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "signal: f.csv") {
				t.Errorf("error %q does not name the file", err)
			}
			return
		}
		for _, r := range rs {
			if !isCountry(r.Country) || r.Year < 1900 || r.Source == "" || r.Indicator == "" || (!r.HasValue && r.Category == "") {
				t.Errorf("invalid rating accepted: %+v", r)
			}
		}
	})
}
