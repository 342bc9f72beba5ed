package cli

import (
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/accord-hub/accord/internal/article"
	"github.com/accord-hub/accord/internal/coder"
	"github.com/accord-hub/accord/internal/dict"
)

// dictFlags are the dictionary flags of code and ingest.
type dictFlags struct {
	actors                  multiFlag
	agents, verbs, discards string
}

func (d *dictFlags) register(fs *flag.FlagSet) {
	fs.Var(&d.actors, "actors", "actor dictionary in PETRARCH/TABARI format (repeatable); replaces the built-in actors")
	fs.StringVar(&d.agents, "agents", "", "agent dictionary in PETRARCH/TABARI format; replaces the built-in agents")
	fs.StringVar(&d.verbs, "verbs", "", "verb dictionary in PETRARCH/TABARI format; replaces the built-in verbs")
	fs.StringVar(&d.discards, "discards", "", "discard list in PETRARCH/TABARI format; replaces the built-in discards")
}

// load returns the built-in dictionaries with any given files in place of
// their kind.
func (d *dictFlags) load() (*dict.Set, error) {
	set, err := dict.Builtin()
	if err != nil {
		return nil, err
	}
	if len(d.actors) > 0 {
		t := dict.NewTrie()
		for _, f := range d.actors {
			if err := readDictFile(f, func(r *os.File) error { return dict.ReadPetrarchActors(r, f, t) }); err != nil {
				return nil, err
			}
		}
		set.Actors = t
	}
	if d.agents != "" {
		t := dict.NewTrie()
		if err := readDictFile(d.agents, func(r *os.File) error { return dict.ReadPetrarchAgents(r, d.agents, t) }); err != nil {
			return nil, err
		}
		set.Agents = t
	}
	if d.verbs != "" {
		v := dict.NewVerbs()
		if err := readDictFile(d.verbs, func(r *os.File) error { return dict.ReadPetrarchVerbs(r, d.verbs, v) }); err != nil {
			return nil, err
		}
		set.Verbs = v
	}
	if d.discards != "" {
		ds := &dict.Discards{Sentence: dict.NewTrie(), Story: dict.NewTrie()}
		if err := readDictFile(d.discards, func(r *os.File) error { return dict.ReadPetrarchDiscards(r, d.discards, ds) }); err != nil {
			return nil, err
		}
		set.Discards = ds
	}
	return set, nil
}

func readDictFile(name string, read func(*os.File) error) error {
	f, err := os.Open(name)
	if err != nil {
		return fmt.Errorf("dictionary: %w", err)
	}
	defer f.Close()
	if err := read(f); err != nil {
		return fmt.Errorf("dictionary: %w", err)
	}
	return nil
}

// newCoder builds a coder from the dictionary flags.
func (d *dictFlags) newCoder() (*coder.Coder, error) {
	set, err := d.load()
	if err != nil {
		return nil, err
	}
	return coder.New(set)
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
