package web

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/accord-hub/accord/internal/article"
	"github.com/accord-hub/accord/internal/event"
	"github.com/accord-hub/accord/internal/store"
)

//go:embed templates static
var embedded embed.FS

// Events is what the server reads from the store; store.Store is one.
type Events interface {
	Events(ctx context.Context, f store.Filter) (store.Page, error)
	Event(ctx context.Context, id string) (event.Event, []event.Event, error)
	Article(ctx context.Context, id string) (article.Article, error)
}

// Ingester codes and stores articles for POST /api/articles. It returns the
// documents as stored (with their events) and what the store did.
type Ingester interface {
	Ingest(ctx context.Context, arts []article.Article) ([]store.Document, store.SaveStats, error)
}

// DefaultMaxBody is the default limit on a request body, in bytes.
const DefaultMaxBody = 8 << 20

// Options configure a Server. Only Store is required.
type Options struct {
	Store Events
	// Ingester takes POST /api/articles; nil refuses writes with 503.
	Ingester Ingester
	// Token is the bearer token writes need; "" refuses every write with 401.
	Token string
	// Optional sources; nil ones show an empty state and answer [].
	Alerts     AlertSource
	Agreements AgreementSource
	Disputes   DisputeSource
	Indicators IndicatorSource
	Ratings    RatingSource
	// MaxBody limits request bodies; 0 means DefaultMaxBody.
	MaxBody int64
	// Log receives request errors; nil discards them.
	Log *slog.Logger
	// Now gives today's date for alerts when the store is empty; nil means time.Now.
	Now func() time.Time
}

// Server is the dashboard and API as an http.Handler.
type Server struct {
	opt       Options
	log       *slog.Logger
	mux       *http.ServeMux
	pages     map[string]*template.Template
	countries countryTable
	static    http.Handler
}

// New returns a Server over opt.Store.
func New(opt Options) (*Server, error) {
	if opt.Store == nil {
		return nil, errors.New("web: no store")
	}
	if opt.MaxBody <= 0 {
		opt.MaxBody = DefaultMaxBody
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	log := opt.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	ct, err := loadCountries()
	if err != nil {
		return nil, fmt.Errorf("web: %w", err)
	}
	s := &Server{opt: opt, log: log, mux: http.NewServeMux(), countries: ct}
	if err := s.parseTemplates(); err != nil {
		return nil, fmt.Errorf("web: %w", err)
	}
	sub, err := fs.Sub(embedded, "static")
	if err != nil {
		return nil, fmt.Errorf("web: %w", err)
	}
	s.static = http.StripPrefix("/static/", http.FileServerFS(sub))
	s.routes()
	return s, nil
}

func (s *Server) routes() {
	m := s.mux
	m.HandleFunc("GET /{$}", s.handleOverview)
	m.HandleFunc("GET /country/{iso}", s.handleCountry)
	m.HandleFunc("GET /pair/{pair}", s.handlePair)
	m.HandleFunc("GET /country", s.handleJump)
	m.HandleFunc("GET /pair", s.handleJump)
	m.HandleFunc("GET /events/{id}", s.handleEventPage)
	m.HandleFunc("GET /events/{id}/card", s.handleEventCard)
	m.HandleFunc("GET /agreements", s.handleAgreements)
	m.HandleFunc("GET /disputes", s.handleDisputes)
	m.HandleFunc("GET /search", s.handleSearch)
	m.HandleFunc("GET /download", s.handleDownload)
	m.HandleFunc("GET /map/countries.json", s.handleMapCountries)
	m.HandleFunc("GET /static/", s.handleStatic)
	m.HandleFunc("GET /favicon.ico", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/static/favicon.svg", http.StatusMovedPermanently)
	})
	m.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok\n")) })

	m.HandleFunc("GET /api/events", s.apiEvents)
	m.HandleFunc("GET /api/events/{id}", s.apiEvent)
	m.HandleFunc("GET /api/alerts", s.apiAlerts)
	m.HandleFunc("GET /api/agreements", s.apiAgreements)
	m.HandleFunc("GET /api/disputes", s.apiDisputes)
	m.HandleFunc("GET /api/indicators", s.apiIndicators)
	m.HandleFunc("POST /api/articles", s.apiArticles)
	m.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "no such endpoint: "+r.Method+" "+r.URL.Path)
	})
}

// contentSecurityPolicy allows only the server's own scripts, styles,
// images and connections.
const contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; " +
	"connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// ServeHTTP sets the security headers and the body limit, then routes.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", contentSecurityPolicy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
	if r.Body != nil {
		r.Body = http.MaxBytesReader(w, r.Body, s.opt.MaxBody)
	}
	defer func() {
		if v := recover(); v != nil {
			if v == http.ErrAbortHandler {
				panic(v)
			}
			s.log.Error("web: handler panic", "path", r.URL.Path, "panic", fmt.Sprint(v))
			http.Error(w, "internal error", http.StatusInternalServerError)
		}
	}()
	s.mux.ServeHTTP(w, r)
}

func (s *Server) handleStatic(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "public, max-age=3600")
	s.static.ServeHTTP(w, r)
}

// CheckAddr refuses a listen address that is not on a loopback interface,
// unless public is true.
func CheckAddr(addr string, public bool) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("web: address %q: want HOST:PORT such as 127.0.0.1:8080", addr)
	}
	if public || isLoopback(host) {
		return nil
	}
	return fmt.Errorf("web: %s is not a loopback address: the dashboard and API would be reachable from other machines; give --public to allow it", addr)
}

func isLoopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(strings.Trim(host, "[]"))
	return ip != nil && ip.IsLoopback()
}

// NewHTTPServer returns an http.Server for h with timeouts and header limits
// fit for the open network.
func NewHTTPServer(h http.Handler) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
	}
}

// Serve serves h on ln until ctx is cancelled, then shuts down gracefully:
// it stops accepting, lets requests in flight finish for up to ten seconds
// and returns nil.
func Serve(ctx context.Context, ln net.Listener, h http.Handler) error {
	srv := NewHTTPServer(h)
	srv.BaseContext = func(net.Listener) context.Context { return context.WithoutCancel(ctx) }
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("web: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		srv.Close()
		return fmt.Errorf("web: shutdown: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("web: %w", err)
	}
	return nil
}
