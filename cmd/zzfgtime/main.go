package main

import (
	"fmt"
	"os"
	"runtime/pprof"
	"time"

	"github.com/accord-hub/accord/internal/coder"
	"github.com/accord-hub/accord/internal/dict"
	"github.com/accord-hub/accord/internal/geo"
)

func main() {
	if len(os.Args) > 1 {
		f, _ := os.Create(os.Args[1])
		pprof.StartCPUProfile(f)
		defer pprof.StopCPUProfile()
	}
	n := 1
	if len(os.Args) > 2 {
		n = 20
	}
	for i := 0; i < n; i++ {
		run()
	}
}

func run() {
	t0 := time.Now()
	d, err := dict.Builtin()
	if err != nil {
		panic(err)
	}
	t1 := time.Now()
	c, err := coder.New(d)
	if err != nil {
		panic(err)
	}
	t2 := time.Now()
	p, _ := geo.LoadPlaceCountries()
	c.WithPlaces(p.CountryOf)
	t3 := time.Now()
	fmt.Println("dict", t1.Sub(t0), "coder.New", t2.Sub(t1), "places", t3.Sub(t2))
}
