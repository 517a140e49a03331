package schemagen

import (
	"bytes"
	"fmt"
	"strings"
)

// Diff returns the differences between old and new as a unified diff
// (as diff -u prints it, with 3 lines of context), headed by the names
// oldName and newName; "" when they are equal.
func Diff(oldName, newName string, old, new []byte) string {
	if bytes.Equal(old, new) {
		return ""
	}
	a, b := lines(old), lines(new)
	ops := editScript(a, b)
	var out strings.Builder
	fmt.Fprintf(&out, "--- %s\n+++ %s\n", oldName, newName)
	const context = 3
	// Walk the script, emitting a hunk around every run of changes.
	for i := 0; i < len(ops); {
		if ops[i].kind == ' ' {
			i++
			continue
		}
		start := max(i-context, 0)
		end := i
		for end < len(ops) {
			if ops[end].kind != ' ' {
				end++
				continue
			}
			// A run of unchanged lines longer than twice the context ends
			// the hunk.
			run := end
			for run < len(ops) && ops[run].kind == ' ' {
				run++
			}
			if run == len(ops) || run-end > 2*context {
				end = min(end+context, len(ops))
				break
			}
			end = run
		}
		aStart, bStart, aLen, bLen := ops[start].a, ops[start].b, 0, 0
		for _, op := range ops[start:end] {
			if op.kind != '+' {
				aLen++
			}
			if op.kind != '-' {
				bLen++
			}
		}
		fmt.Fprintf(&out, "@@ -%s +%s @@\n", hunkRange(aStart, aLen), hunkRange(bStart, bLen))
		for _, op := range ops[start:end] {
			out.WriteByte(op.kind)
			out.WriteString(op.text)
			out.WriteByte('\n')
		}
		i = end
	}
	return out.String()
}

// hunkRange writes a hunk's start (1-based) and length as diff -u does.
func hunkRange(start, n int) string {
	if n == 0 {
		return fmt.Sprintf("%d,0", start)
	}
	if n == 1 {
		return fmt.Sprint(start + 1)
	}
	return fmt.Sprintf("%d,%d", start+1, n)
}

func lines(b []byte) []string {
	s := strings.TrimSuffix(string(b), "\n")
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}

// edit is one line of an edit script: kept (' '), removed ('-') or added
// ('+'), with its index in a and in b (the next one, for a line the other
// side lacks).
type edit struct {
	kind byte
	text string
	a, b int
}

// editScript returns a shortest edit script from a to b (Myers' O(ND)
// algorithm).
func editScript(a, b []string) []edit {
	n, m := len(a), len(b)
	max := n + m
	v := make([]int, 2*max+2)
	var trace [][]int
	for d := 0; d <= max; d++ {
		if d > maxEdits {
			return replaceAll(a, b)
		}
		trace = append(trace, append([]int(nil), v...))
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || k != d && v[max+k-1] < v[max+k+1] {
				x = v[max+k+1]
			} else {
				x = v[max+k-1] + 1
			}
			y := x - k
			for x < n && y < m && a[x] == b[y] {
				x++
				y++
			}
			v[max+k] = x
			if x >= n && y >= m {
				return backtrack(a, b, trace, d, max)
			}
		}
	}
	return nil
}

// maxEdits bounds the work of editScript: files further apart than this
// many line edits are shown as one replaced by the other.
const maxEdits = 2000

// replaceAll is the edit script that removes every line of a and adds
// every line of b.
func replaceAll(a, b []string) []edit {
	out := make([]edit, 0, len(a)+len(b))
	for i, l := range a {
		out = append(out, edit{'-', l, i, 0})
	}
	for i, l := range b {
		out = append(out, edit{'+', l, len(a), i})
	}
	return out
}

func backtrack(a, b []string, trace [][]int, d, max int) []edit {
	x, y := len(a), len(b)
	var rev []edit
	for ; d > 0; d-- {
		v := trace[d]
		k := x - y
		var prevK int
		if k == -d || k != d && v[max+k-1] < v[max+k+1] {
			prevK = k + 1
		} else {
			prevK = k - 1
		}
		prevX := v[max+prevK]
		prevY := prevX - prevK
		for x > prevX && y > prevY {
			x--
			y--
			rev = append(rev, edit{' ', a[x], x, y})
		}
		if x == prevX {
			y--
			rev = append(rev, edit{'+', b[y], x, y})
		} else {
			x--
			rev = append(rev, edit{'-', a[x], x, y})
		}
	}
	for x > 0 && y > 0 {
		x--
		y--
		rev = append(rev, edit{' ', a[x], x, y})
	}
	out := make([]edit, len(rev))
	for i, e := range rev {
		out[len(rev)-1-i] = e
	}
	return out
}
