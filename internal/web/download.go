package web

import (
	"fmt"
	"net/http"
	"time"

	"github.com/accord-hub/accord/internal/event"
)

// downloadPage is how many events a download reads from the store at a time.
const downloadPage = 1000

// handleDownload serves GET /download?format=csv|jsonl|gdelt and filters:
// every matching event (or at most limit), streamed page by page.
func (s *Server) handleDownload(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	format := q.Get("format")
	ext, ctype := "", ""
	switch format {
	case event.FormatCSV:
		ext, ctype = "csv", "text/csv; charset=utf-8"
	case event.FormatJSONL:
		ext, ctype = "jsonl", "application/x-ndjson"
	case event.FormatGDELT:
		ext, ctype = "tsv", "text/tab-separated-values; charset=utf-8"
	default:
		s.pageFail(w, r, badf("format %q: want csv, jsonl or gdelt", format))
		return
	}
	q.Del("format")
	f, err := parseFilter(q, true)
	if err != nil {
		s.pageFail(w, r, err)
		return
	}
	total := 0
	if q.Get("limit") != "" {
		total = f.Limit
	}
	// The first page is read before any byte is written, so that a bad
	// cursor or a store failure still gets a proper status.
	f.Limit = downloadPage
	if total > 0 && total < downloadPage {
		f.Limit = total
	}
	p, err := s.opt.Store.Events(r.Context(), f)
	if err != nil {
		s.pageFail(w, r, err)
		return
	}
	// A large download outlasts the server's write timeout.
	http.NewResponseController(w).SetWriteDeadline(time.Now().Add(30 * time.Minute))
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="accord-events.%s"`, ext))
	ew, _ := event.NewWriter(format, w)
	written := 0
	for {
		for _, e := range p.Events {
			if err := ew.Write(e); err != nil {
				return // the client went away
			}
			written++
			if total > 0 && written >= total {
				ew.Flush()
				return
			}
		}
		if p.NextCursor == "" {
			break
		}
		f.Cursor = p.NextCursor
		if p, err = s.opt.Store.Events(r.Context(), f); err != nil {
			s.log.Error("web: download", "err", err)
			return
		}
	}
	ew.Flush()
}
