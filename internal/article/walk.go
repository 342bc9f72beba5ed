package article

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// Walk reads each input in turn — a file, a directory (recursively, in
// sorted order, skipping hidden files), an http(s) URL of a feed or page, or
// "-" for standard input (JSONL or plain text, sniffed) — and calls fn for
// every article. Problems with parts of the input (a bad JSONL line, an
// unreadable or binary file, a failed fetch) go to onProblem and reading goes
// on. Walk returns an error only when ctx is cancelled or fn returns one.
//
// Files are read by their extension: .jsonl and .ndjson with ReadJSONL;
// .json as a JSON Feed, or else as one document object, an array of them or
// a JSONL stream; .html, .htm and .xhtml with ReadHTML; .xml, .rss, .atom and
// .rdf with ReadFeed; any other file by its content: a feed, an HTML page, or
// plain text with ReadText. A ".gz" suffix is decompressed first. Binary
// files are reported and skipped.
func Walk(ctx context.Context, inputs []string, opt Options, stdin io.Reader, fn func(Article) error, onProblem func(Problem)) error {
	w := newWalker(ctx, opt, fn, onProblem)
	for _, in := range inputs {
		if err := ctx.Err(); err != nil {
			return err
		}
		var err error
		switch {
		case in == "-":
			err = w.stdin(stdin)
		case strings.HasPrefix(in, "http://") || strings.HasPrefix(in, "https://"):
			err = Fetch(ctx, in, opt, fn, w.onProblem)
		default:
			err = w.path(in)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// WalkFS is Walk over a file or directory root of fsys, such as the
// examples embedded in the binary. Articles' origins and problems name
// files by their path in fsys.
func WalkFS(ctx context.Context, fsys fs.FS, root string, opt Options, fn func(Article) error, onProblem func(Problem)) error {
	w := newWalker(ctx, opt, fn, onProblem)
	return w.tree(root, fs.WalkDir, func(name string) (io.ReadCloser, error) { return fsys.Open(name) }, fsys)
}

// walker carries one walk's settings.
type walker struct {
	ctx       context.Context
	opt       Options
	fn        func(Article) error
	onProblem func(Problem)
}

func newWalker(ctx context.Context, opt Options, fn func(Article) error, onProblem func(Problem)) *walker {
	if onProblem == nil {
		onProblem = func(Problem) {}
	}
	return &walker{ctx: ctx, opt: opt, fn: fn, onProblem: onProblem}
}

// problem reports a whole-file problem.
func (w *walker) problem(name string, skipped bool, err error) {
	w.onProblem(Problem{File: name, Err: err, Skipped: skipped})
}

// path reads a file or directory of the operating system.
func (w *walker) path(p string) error {
	fi, err := os.Stat(p)
	if err != nil {
		w.problem(p, true, pathError(err))
		return nil
	}
	if !fi.IsDir() {
		return w.file(p, func(name string) (io.ReadCloser, error) { return os.Open(name) })
	}
	return w.tree(p, func(_ fs.FS, root string, fn fs.WalkDirFunc) error {
		return filepath.WalkDir(root, fn)
	}, func(name string) (io.ReadCloser, error) { return os.Open(name) }, nil)
}

// isProjectFile reports whether a file name is a folder's own
// documentation (README, LICENSE, CHANGELOG, NOTICE), skipped in directory walks.
func isProjectFile(name string) bool {
	base := strings.ToUpper(strings.TrimSuffix(name, path.Ext(name)))
	switch base {
	case "README", "LICENSE", "LICENCE", "CHANGELOG", "NOTICE", "COPYING":
		return true
	}
	return false
}

// tree walks a directory in sorted order, skipping hidden entries and the
// folder's own README and LICENSE files.
func (w *walker) tree(root string, walkDir func(fs.FS, string, fs.WalkDirFunc) error, open func(string) (io.ReadCloser, error), fsys fs.FS) error {
	return walkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			w.problem(p, true, pathError(err))
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if p != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		switch {
		case d.IsDir():
			return nil
		case isProjectFile(d.Name()):
			// A folder's README or LICENSE describes the folder; it is no article.
			return nil
		case d.Type().IsRegular():
			return w.file(p, open)
		case d.Type()&fs.ModeSymlink != 0 && fsys == nil:
			// A link to a file is read; a link to a directory is not
			// followed, so that a loop cannot trap the walk.
			fi, err := os.Stat(p)
			if err != nil {
				w.problem(p, true, pathError(err))
				return nil
			}
			if fi.Mode().IsRegular() {
				return w.file(p, open)
			}
		}
		return nil
	})
}

// pathError drops the operation and path that Problem already shows.
func pathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// file opens and reads one file.
func (w *walker) file(name string, open func(string) (io.ReadCloser, error)) error {
	if err := w.ctx.Err(); err != nil {
		return err
	}
	f, err := open(name)
	if err != nil {
		w.problem(name, true, pathError(err))
		return nil
	}
	defer f.Close()
	var r io.Reader = f
	format := strings.ToLower(path.Ext(filepath.ToSlash(name)))
	if format == ".gz" {
		gz, err := gzip.NewReader(f)
		if err != nil {
			w.problem(name, true, fmt.Errorf("not gzip: %w", err))
			return nil
		}
		defer gz.Close()
		r = gz
		format = strings.ToLower(path.Ext(strings.TrimSuffix(filepath.ToSlash(name), path.Ext(name))))
	}
	return w.read(r, name, format, textID(strings.TrimSuffix(name, ".gz")))
}

// read dispatches one input by its format (a file extension, "" for none)
// and, failing that, by its content.
func (w *walker) read(r io.Reader, name, format, id string) error {
	br := bufio.NewReaderSize(r, sniffLen)
	prefix, err := br.Peek(sniffLen)
	if err != nil && err != io.EOF {
		w.problem(name, true, fmt.Errorf("read: %w", err))
		return nil
	}
	if len(bytes.TrimSpace(trimBOM(prefix))) == 0 && len(prefix) < sniffLen {
		w.problem(name, true, ErrEmpty)
		return nil
	}
	k := sniff(prefix)
	if k == kindBinary {
		w.problem(name, true, ErrBinary)
		return nil
	}
	switch format {
	case ".jsonl", ".ndjson":
		return ReadJSONL(w.ctx, br, name, w.opt, w.fn, w.onProblem)
	case ".json":
		if k == kindFeed {
			return ReadFeed(w.ctx, br, name, w.opt, w.fn, w.onProblem)
		}
		b, ok := w.readAll(br, name)
		if !ok {
			return nil
		}
		return readJSONValues(w.ctx, b, name, w.fn, w.onProblem)
	case ".html", ".htm", ".xhtml":
		return w.page(br, name)
	case ".xml", ".rss", ".atom", ".rdf":
		if k != kindFeed {
			w.problem(name, true, errors.New("not an RSS, Atom or JSON feed"))
			return nil
		}
		return ReadFeed(w.ctx, br, name, w.opt, w.fn, w.onProblem)
	case ".txt", ".text":
		if k == kindJSONL {
			k = kindText
		}
	}
	switch k {
	case kindFeed:
		return ReadFeed(w.ctx, br, name, w.opt, w.fn, w.onProblem)
	case kindHTML:
		return w.page(br, name)
	case kindJSONL:
		return ReadJSONL(w.ctx, br, name, w.opt, w.fn, w.onProblem)
	}
	b, ok := w.readAll(br, name)
	if !ok {
		return nil
	}
	a, line, warn, err := textArticle(b, id, name, w.opt)
	if warn != nil {
		w.onProblem(Problem{File: name, Line: line, Err: warn})
	}
	if err != nil {
		w.problem(name, true, err)
		return nil
	}
	return w.fn(a)
}

// readAll reads a whole document, up to MaxBytes; it reports a failure.
func (w *walker) readAll(r io.Reader, name string) ([]byte, bool) {
	b, err := readLimited(r, w.opt.maxBytes())
	if err != nil {
		w.problem(name, true, err)
		return nil, false
	}
	return b, true
}

// page reads one HTML file.
func (w *walker) page(r io.Reader, name string) error {
	b, ok := w.readAll(r, name)
	if !ok {
		return nil
	}
	a, err := readHTMLBytes(b, name, "", "", w.opt)
	if err != nil {
		w.problem(name, true, err)
		return nil
	}
	return w.fn(a)
}

// stdin reads standard input: JSONL when it starts with "{", a feed or a
// page when it is one, else one plain-text document with the id "stdin".
func (w *walker) stdin(r io.Reader) error {
	if r == nil {
		w.problem("-", true, errors.New("no standard input"))
		return nil
	}
	return w.read(r, "-", "", "stdin")
}
