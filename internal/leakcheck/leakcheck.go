// Package leakcheck finds goroutines that tests left running, with the
// standard library only (the root module's tests may not depend on a leak
// detector, as the module graph of every importer would carry it).
//
// A goroutine counts when its stack mentions this repository's code, in a
// frame or in its "created by" line: the SDK's own goroutines (prefetch,
// bulk workers, pacing timers) and those a test started. Goroutines that
// only the standard library started (idle HTTP connections, signal
// handling) do not count; response bodies are checked by the tests that
// count them.
package leakcheck

import (
	"fmt"
	"os"
	"runtime"
	"strings"
	"time"
)

// repo prefixes every package path of this repository.
const repo = "github.com/benchling-go/benchling"

// Snapshot is a set of goroutine IDs.
type Snapshot map[string]bool

// Current returns the IDs of the goroutines running now, for [Find] to
// ignore.
func Current() Snapshot {
	s := Snapshot{}
	for _, g := range goroutines() {
		s[g.id] = true
	}
	return s
}

// Find waits up to timeout for every goroutine of this repository's code
// (other than the caller and those in ignore) to end. It returns nil when
// none is left, else an error with the stacks of those still running.
func Find(ignore Snapshot, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	for {
		left := leaked(ignore)
		if len(left) == 0 {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("%d goroutine(s) left running:\n\n%s", len(left), strings.Join(left, "\n\n"))
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// Main is the end of a TestMain: it returns code, or 1 with the stacks
// printed on stderr if goroutines are left running after m.Run (code is
// m.Run's result; a failed run is returned as it is).
func Main(code int) int {
	if code != 0 {
		return code
	}
	if err := Find(nil, 2*time.Second); err != nil {
		fmt.Fprintf(os.Stderr, "leakcheck: %v\n", err)
		return 1
	}
	return 0
}

func leaked(ignore Snapshot) []string {
	var out []string
	gs := goroutines()
	for i, g := range gs {
		if i == 0 || ignore[g.id] { // the first is the caller
			continue
		}
		if strings.Contains(g.stack, repo) {
			out = append(out, g.stack)
		}
	}
	return out
}

type goroutine struct{ id, stack string }

// goroutines returns every goroutine's stack, the caller's first.
func goroutines() []goroutine {
	buf := make([]byte, 1<<16)
	for {
		n := runtime.Stack(buf, true)
		if n < len(buf) {
			buf = buf[:n]
			break
		}
		buf = make([]byte, 2*len(buf))
	}
	var out []goroutine
	for _, block := range strings.Split(strings.TrimSpace(string(buf)), "\n\n") {
		head, _, _ := strings.Cut(block, "\n")
		id, ok := strings.CutPrefix(head, "goroutine ")
		if !ok {
			continue
		}
		id, _, _ = strings.Cut(id, " ")
		out = append(out, goroutine{id: id, stack: block})
	}
	return out
}
