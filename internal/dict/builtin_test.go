package dict

import "testing"

func TestBuiltinLoads(t *testing.T) {
	s, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("actors %d, agents %d, verb patterns %d, discards %d+%d", s.Actors.Len(), s.Agents.Len(), s.Verbs.Len(), s.Discards.Sentence.Len(), s.Discards.Story.Len())
	if s.Actors.Len() < 1000 || s.Agents.Len() < 100 || s.Verbs.Len() < 500 {
		t.Errorf("built-in dictionaries are too small")
	}
}

func BenchmarkBuiltin(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := Builtin(); err != nil {
			b.Fatal(err)
		}
	}
}
