package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"

	"github.com/accord-hub/accord/internal/article"
	"github.com/accord-hub/accord/internal/geo"
)

func init() {
	register(command{name: "geocode", summary: "find and resolve the place names in documents, one JSON object a line", run: runGeocode})
}

func runGeocode(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "geocode", "[FILE|DIR|URL|-]...")
	minConf := fs.Float64("min-confidence", 0, "print only mentions at least this sure (0 to 1)")
	inputs, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if *minConf < 0 || *minConf > 1 {
		return usagef("geocode: --min-confidence %v: want a number from 0 to 1", *minConf)
	}
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
	g, err := geo.Load()
	if err != nil {
		return fmt.Errorf("geocode: %w", err)
	}
	gc := geo.New(g)
	out := bufio.NewWriterSize(env.Stdout, 64<<10)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	problems := 0
	err = article.Walk(ctx, inputs, article.Options{}, env.Stdin, func(a article.Article) error {
		for _, m := range gc.Mentions(a) {
			if m.Confidence < *minConf {
				continue
			}
			if err := enc.Encode(m); err != nil {
				return fmt.Errorf("geocode: write: %w", err)
			}
		}
		return nil
	}, func(p article.Problem) {
		problems++
		fmt.Fprintf(env.Stderr, "accord: %s\n", p.Error())
	})
	if err != nil {
		return err
	}
	if problems > 0 {
		return fmt.Errorf("geocode: %d input problems (see above); everything else was geocoded", problems)
	}
	return nil
}
