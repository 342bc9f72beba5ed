package cli

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestServeRefusesPublicAddress(t *testing.T) {
	_, errOut, code := runMain(t, "", "serve", "--db", filepath.Join(t.TempDir(), "s.db"), "--addr", "0.0.0.0:8080")
	if code != 2 || !strings.Contains(errOut, "--public") {
		t.Errorf("non-loopback address: exit %d, stderr %q", code, errOut)
	}
	if out, _, code := runMain(t, "", "serve", "--help"); code != 0 || !strings.Contains(out, "--no-watch") {
		t.Errorf("serve --help: exit %d, %q", code, out)
	}
	if _, _, code := runMain(t, "", "serve", "extra"); code != 2 {
		t.Errorf("extra argument: exit %d", code)
	}
}

// lineWriter hands each line written to it to a channel, so that a test can
// read what a server goroutine prints.
type lineWriter struct{ lines chan string }

func (w lineWriter) Write(p []byte) (int, error) {
	sc := bufio.NewScanner(bytes.NewReader(p))
	for sc.Scan() {
		select {
		case w.lines <- sc.Text():
		default:
		}
	}
	return len(p), nil
}

// TestServeIngestsAndShutsDown runs `accord serve` on a free port, posts an
// article with the token, finds its events through the API, and stops the
// server by cancelling its context, as SIGINT does.
func TestServeIngestsAndShutsDown(t *testing.T) {
	out := lineWriter{lines: make(chan string, 16)}
	env := &Env{Stdin: strings.NewReader(""), Stdout: out, Stderr: io.Discard,
		Getenv: func(k string) string {
			if k == "ACCORD_TOKEN" {
				return "tok3n"
			}
			return ""
		},
		Log: slog.New(slog.DiscardHandler)}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, env, []string{"serve", "--db", filepath.Join(t.TempDir(), "s.db"), "--addr", "127.0.0.1:0", "--no-watch"})
	}()
	var base string
	select {
	case line := <-out.lines:
		i := strings.Index(line, "http://")
		if i < 0 {
			t.Fatalf("first line %q has no URL", line)
		}
		base = strings.TrimSuffix(strings.Fields(line[i:])[0], "/")
	case err := <-done:
		t.Fatalf("serve ended: %v", err)
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not start")
	}
	article := `{"id":"serve-1","date":"2022-09-16","title":"Clash","text":"Kyrgyz and Tajik border guards exchanged fire near the village of Kok-Tash on Friday."}`
	req, _ := http.NewRequest(http.MethodPost, base+"/api/articles", strings.NewReader(article))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("POST without token: %d", resp.StatusCode)
	}
	req, _ = http.NewRequest(http.MethodPost, base+"/api/articles", strings.NewReader(article))
	req.Header.Set("Authorization", "Bearer tok3n")
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var posted struct {
		Articles []struct {
			ID     string
			Events []json.RawMessage
		}
		Stats struct{ Articles, Reports int }
	}
	json.NewDecoder(resp.Body).Decode(&posted)
	resp.Body.Close()
	if resp.StatusCode != 200 || len(posted.Articles) != 1 || posted.Articles[0].ID != "serve-1" || posted.Stats.Articles != 1 {
		t.Fatalf("POST: %d %+v", resp.StatusCode, posted)
	}
	if len(posted.Articles[0].Events) > 0 {
		resp, err = http.Get(base + "/api/events?q=Kok-Tash")
		if err != nil {
			t.Fatal(err)
		}
		var page struct{ Events []struct{ Doc string } }
		json.NewDecoder(resp.Body).Decode(&page)
		resp.Body.Close()
		if len(page.Events) == 0 || page.Events[0].Doc != "serve-1" {
			t.Errorf("the posted article's events are not found: %+v", page)
		}
	} else {
		t.Log("the coder found no event in the posted sentence; search not checked")
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve returned %v after cancel", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("serve did not stop after cancel")
	}
}
