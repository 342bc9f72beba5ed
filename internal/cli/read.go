package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"

	"github.com/accord-hub/accord/internal/article"
	"github.com/accord-hub/accord/internal/coder"
	"github.com/accord-hub/accord/internal/dict"
	"github.com/accord-hub/accord/internal/geo"
)

// dictFlags are the dictionary flags of code and ingest.
type dictFlags struct {
	actors                  multiFlag
	agents, verbs, discards string
	// warn receives the lines of dictionary files that were skipped.
	warn io.Writer
}

func (d *dictFlags) register(fs *flag.FlagSet, warn io.Writer) {
	d.warn = warn
	fs.Var(&d.actors, "actors", "actor dictionary in PETRARCH/TABARI format (repeatable); replaces the built-in actors")
	fs.StringVar(&d.agents, "agents", "", "agent dictionary in PETRARCH/TABARI format; replaces the built-in agents")
	fs.StringVar(&d.verbs, "verbs", "", "verb dictionary in PETRARCH/TABARI format; replaces the built-in verbs")
	fs.StringVar(&d.discards, "discards", "", "discard list in PETRARCH/TABARI format; replaces the built-in discards")
}

// load returns the built-in dictionaries with any given files in place of
// their kind.
func (d *dictFlags) load() (*dict.Set, error) {
	warn := d.warn
	if warn == nil {
		warn = io.Discard
	}
	set, err := dict.Builtin()
	if err != nil {
		return nil, err
	}
	if len(d.actors) > 0 {
		t := dict.NewTrie()
		for _, f := range d.actors {
			if err := readDictFile(f, func(r *os.File) error { return dict.ReadPetrarchActors(r, f, t) }, warn); err != nil {
				return nil, err
			}
		}
		set.Actors = t
	}
	if d.agents != "" {
		t := dict.NewTrie()
		if err := readDictFile(d.agents, func(r *os.File) error { return dict.ReadPetrarchAgents(r, d.agents, t) }, warn); err != nil {
			return nil, err
		}
		set.Agents = t
	}
	if d.verbs != "" {
		v := dict.NewVerbs()
		if err := readDictFile(d.verbs, func(r *os.File) error { return dict.ReadPetrarchVerbs(r, d.verbs, v) }, warn); err != nil {
			return nil, err
		}
		set.Verbs = v
		// PETRARCH verb patterns mean PETRARCH's coding rules (every event
		// needs a target, agents alone code as ---GOV …).
		set.Compat = true
	}
	if d.discards != "" {
		ds := &dict.Discards{Sentence: dict.NewTrie(), Story: dict.NewTrie()}
		if err := readDictFile(d.discards, func(r *os.File) error { return dict.ReadPetrarchDiscards(r, d.discards, ds) }, warn); err != nil {
			return nil, err
		}
		set.Discards = ds
	}
	return set, nil
}

func readDictFile(name string, read func(*os.File) error, warn io.Writer) error {
	f, err := os.Open(name)
	if err != nil {
		return fmt.Errorf("dictionary: %w", err)
	}
	defer f.Close()
	if err := read(f); err != nil {
		var ws dict.Warnings
		if errors.As(err, &ws) {
			// Lines that could not be read are skipped; the rest of the file is used.
			for _, pe := range ws {
				fmt.Fprintf(warn, "accord: dictionary: skipped %v\n", pe)
			}
			return nil
		}
		return fmt.Errorf("dictionary: %w", err)
	}
	return nil
}

// loadMemoryLimit bounds the heap while dictionaries load without
// collections (the built-in ones need under 50 MB).
const loadMemoryLimit = 512 << 20

// newCoder builds a coder from the dictionary flags.
func (d *dictFlags) newCoder() (*coder.Coder, error) {
	// Loading makes many short-lived objects beside the tables it keeps:
	// one collection after it costs less than many along the way. Large
	// dictionaries of one's own still get collected near the memory limit.
	limit := debug.SetMemoryLimit(-1) // -1 reads the limit
	defer debug.SetMemoryLimit(limit)
	debug.SetMemoryLimit(min(limit, loadMemoryLimit))
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	set, err := d.load()
	if err != nil {
		return nil, err
	}
	c, err := coder.New(set)
	if err != nil {
		return nil, err
	}
	if !set.Compat {
		// Agents with no country take it from the places the sentence names
		// (the gazetteer's answers, precomputed: loading it would take longer).
		pc, err := geo.LoadPlaceCountries()
		if err != nil {
			return nil, err
		}
		c.WithPlaces(pc.CountryOf)
	}
	return c, nil
}

// problemCounter prints reading problems to stderr and counts them.
type problemCounter struct {
	env     *Env
	n       int
	skipped int
}

func (p *problemCounter) report(pr article.Problem) {
	p.n++
	if pr.Skipped {
		p.skipped++
	}
	fmt.Fprintf(p.env.Stderr, "accord: %s\n", pr.Error())
}

// walk reads the inputs, sending every article to fn.
func walk(ctx context.Context, env *Env, inputs []string, fn func(article.Article) error, pc *problemCounter) error {
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
	return article.Walk(ctx, inputs, article.Options{}, env.Stdin, fn, pc.report)
}
