package main

import (
	"fmt"
	"slices"
	"strings"
)

// summarize prints the counts, the spec operations no call reached, the
// spec query parameters no call sent, and the failures the allow-list does
// not explain; it returns how many of those there are.
func (c *checker) summarize(results []result) (unexpected int) {
	count := map[string]int{}
	reached := map[string]bool{}
	failedOps := map[string]bool{}
	passedOps := map[string]bool{}
	allowedN := 0
	var failures []string
	for i := range results {
		r := &results[i]
		count[r.Verdict]++
		if r.Allowed != "" {
			allowedN++
		}
		if r.failed() {
			failures = append(failures, fmt.Sprintf("%s %s %s", r.Verdict, r.Name, r.Variant))
		}
		for _, s := range r.SentOps {
			reached[s] = true
			if r.Verdict == verdictPass {
				passedOps[s] = true
			} else {
				failedOps[s] = true
			}
		}
	}
	fmt.Fprintf(c.out, "\nmode %s: calls: %d;", c.cfg.mode, len(results))
	for _, k := range sortedKeys(count) {
		fmt.Fprintf(c.out, " %s=%d", k, count[k])
	}
	fmt.Fprintf(c.out, "; allowed failures: %d; unexpected failures: %d\n", allowedN, len(failures))
	clean := 0
	for id := range reached {
		if !failedOps[id] {
			clean++
		}
	}
	fmt.Fprintf(c.out, "spec operations: %d; reached: %d; passed in every call: %d; in some call: %d\n",
		len(c.ops), len(reached), clean, len(passedOps))
	var missing []string
	for _, id := range sortedKeys(c.ops) {
		if !reached[id] {
			missing = append(missing, id)
		}
	}
	fmt.Fprintf(c.out, "not reached (%d): %s\n", len(missing), strings.Join(missing, " "))
	unsent := c.unsentParams(reached)
	fmt.Fprintf(c.out, "spec query parameters never sent (%d): %s\n", len(unsent), strings.Join(unsent, " "))
	if c.cfg.only == nil {
		var unused []string
		for _, a := range allowed {
			used := false
			for i := range results {
				if results[i].Allowed == a.Reason {
					used = true
				}
			}
			if !used && (len(a.Modes) == 0 || slices.Contains(a.Modes, c.cfg.mode)) {
				unused = append(unused, a.Method+" "+a.Verdict)
			}
		}
		if len(unused) > 0 {
			fmt.Fprintf(c.out, "notice: allow-list entries that explained nothing in this run (remove them once they stay unused): %s\n", strings.Join(unused, "; "))
		}
	}
	for _, f := range failures {
		fmt.Fprintln(c.out, "UNEXPECTED", f)
	}
	return len(failures)
}

// unsentParams lists "operationId?param" for every query parameter of a
// reached operation that no request sent.
func (c *checker) unsentParams(reached map[string]bool) []string {
	var unsent []string
	for _, id := range sortedKeys(reached) {
		for _, p := range c.ops[id].Params {
			if p.In != "query" || c.sentParams[id+" "+p.Name] {
				continue
			}
			if strings.HasSuffix(p.Name, ".*") || p.Name == "schemaFields" {
				pre := id + " " + strings.TrimSuffix(strings.TrimSuffix(p.Name, "*"), "s")
				if slices.ContainsFunc(sortedKeys(c.sentParams), func(k string) bool { return strings.HasPrefix(k, pre) }) {
					continue
				}
			}
			unsent = append(unsent, id+"?"+p.Name)
		}
	}
	return unsent
}
