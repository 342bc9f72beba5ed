package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runCLI runs accord with args and returns stdout, stderr and the exit code.
func runMain(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Main(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	if strings.Contains(errb.String(), "goroutine ") || strings.Contains(errb.String(), "panic:") {
		t.Fatalf("stack trace on stderr:\n%s", errb.String())
	}
	return out.String(), errb.String(), code
}

func TestUsage(t *testing.T) {
	if _, _, code := runMain(t, "", "no-such-command"); code != 2 {
		t.Errorf("unknown command exits %d, want 2", code)
	}
	if _, _, code := runMain(t, ""); code != 2 {
		t.Errorf("no command exits %d, want 2", code)
	}
	for _, c := range []string{"code", "ingest", "events", "demo", "eval"} {
		out, _, code := runMain(t, "", c, "--help")
		if code != 0 || !strings.Contains(out, "Usage: accord "+c) {
			t.Errorf("%s --help: exit %d, output %q", c, code, out)
		}
	}
	if _, _, code := runMain(t, "", "code", "--no-such-flag"); code != 2 {
		t.Errorf("bad flag exits %d, want 2", code)
	}
}

const seedLike = `The presidents of Tajikistan and Turkmenistan refused to sign the treaty of cooperation and friendship with other Central Asian countries. On 21st July, in Kyrgyzstan, the regional leaders held a conference. According to the Kyrgyz government's statement, both states declared their intention to sign the treaty "after completing the national procedures".`

func TestCodeStdin(t *testing.T) {
	line, _ := json.Marshal(map[string]string{"id": "doc1", "date": "2022-07-21", "text": seedLike})
	out, errs, code := runMain(t, string(line)+"\n", "code", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var n int
	codes := map[string]bool{}
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var ev map[string]any
		if err := json.Unmarshal([]byte(l), &ev); err != nil {
			t.Fatalf("bad JSON line %q: %v", l, err)
		}
		n++
		codes[ev["source"].(string)+" "+ev["root"].(string)] = true
		text := ev["text"].(string)
		ev2 := ev["evidence"].(map[string]any)
		for role, v := range ev2 {
			span := v.([]any)
			s, e := int(span[0].(float64)), int(span[1].(float64))
			if s < 0 || e > len(text) || s >= e {
				t.Errorf("evidence %s %v out of the sentence", role, span)
			}
		}
		if ev["doc"] != "doc1" || ev["date"] != "2022-07-21" {
			t.Errorf("doc/date wrong: %v %v", ev["doc"], ev["date"])
		}
	}
	for _, want := range []string{"TJKGOV 12", "TKMGOV 12", "TJKGOV 03", "TKMGOV 03"} {
		if !codes[want] {
			t.Errorf("no %s event in %v", want, codes)
		}
	}
}

func TestCodeBadInput(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.jsonl")
	good, _ := json.Marshal(map[string]string{"id": "ok", "date": "2022-07-21", "text": "Kyrgyz border guards clashed with Tajik troops."})
	os.WriteFile(bad, []byte("{broken json\n"+string(good)+"\n"), 0o644)
	bin := filepath.Join(dir, "blob.txt")
	os.WriteFile(bin, []byte{0, 1, 2, 3, 0, 0, 5}, 0o644)
	out, errs, code := runMain(t, "", "code", bad, bin)
	if code != 1 {
		t.Errorf("exit %d, want 1 for refused input", code)
	}
	if !strings.Contains(errs, "bad.jsonl:1") {
		t.Errorf("stderr does not name bad.jsonl:1: %s", errs)
	}
	if !strings.Contains(errs, "blob.txt") {
		t.Errorf("stderr does not name the binary file: %s", errs)
	}
	if !strings.Contains(out, `"doc":"ok"`) {
		t.Errorf("the good line was not coded: %s", out)
	}
}

func TestIngestIdempotentAndEvents(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "a.db")
	in := filepath.Join(dir, "news.jsonl")
	var b strings.Builder
	for i, text := range []string{
		seedLike,
		"Kyrgyz President Sadyr Japarov met his Tajik counterpart Emomali Rahmon in Bishkek.",
		"Kazakhstan beat Uzbekistan 2-1 in a football match in Almaty on Sunday.",
	} {
		l, _ := json.Marshal(map[string]string{"id": "n" + string(rune('0'+i)), "date": "2022-07-21", "text": text, "source": "test"})
		b.Write(l)
		b.WriteByte('\n')
	}
	os.WriteFile(in, []byte(b.String()), 0o644)
	out1, errs, code := runMain(t, "", "ingest", "--db", db, in)
	if code != 0 {
		t.Fatalf("ingest exit %d: %s %s", code, out1, errs)
	}
	if !strings.Contains(out1, "read 3 articles (3 new") {
		t.Errorf("summary: %s", out1)
	}
	ev1, _, code := runMain(t, "", "events", "--db", db, "--format", "jsonl")
	if code != 0 || strings.Count(ev1, "\n") == 0 {
		t.Fatalf("events exit %d: %q", code, ev1)
	}
	out2, _, code := runMain(t, "", "ingest", "--db", db, in)
	if code != 0 || !strings.Contains(out2, "0 new, 3 already stored") {
		t.Errorf("second ingest changed something: %s", out2)
	}
	ev2, _, _ := runMain(t, "", "events", "--db", db, "--format", "jsonl")
	if ev1 != ev2 {
		t.Errorf("events changed after re-ingesting:\n%s\n---\n%s", ev1, ev2)
	}
	if strings.Contains(ev1, `"n2"`) {
		t.Errorf("the football match was coded: %s", ev1)
	}
}

func TestCodeGeo(t *testing.T) {
	line := `{"id":"x","date":"2022-09-16","text":"Tajik forces shelled Kyrgyz villages near Batken on Friday."}` + "\n"
	out, errs, code := runMain(t, line, "code", "--geo", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var ev struct {
		Location *struct {
			Name, Country string
		}
	}
	if err := json.Unmarshal([]byte(strings.SplitN(out, "\n", 2)[0]), &ev); err != nil {
		t.Fatal(err)
	}
	if ev.Location == nil || ev.Location.Name != "Batken" || ev.Location.Country != "KGZ" {
		t.Errorf("location %+v, want Batken, KGZ", ev.Location)
	}
}
