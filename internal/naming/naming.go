// Package naming implements the naming rule of CONTRIBUTING.md §1.1: the Go
// name of a spec name (a schema, a property, a query parameter, an enum
// value, a tag) or of a tenant's display name (a schema, field or dropdown
// option of benchling-schemagen). It is the one implementation of the rule
// and of its initialism table: the tools module's drift tests check every Go
// name of the SDK with it (through tools/internal/naming), and the
// generator names the code it writes with it.
package naming

import (
	"strings"
	"unicode"
)

// Initialisms is the initialism table of CONTRIBUTING.md §1.1: a word
// (lower-case) and how it is written. aa, dna and rna are not in it: they
// are part of Benchling's resource names (AaSequence, DnaSequence). Treat
// it as read-only.
var Initialisms = map[string]string{
	"id": "ID", "ids": "IDs", "url": "URL", "urls": "URLs", "api": "API", "http": "HTTP",
	"html": "HTML", "ui": "UI", "uri": "URI", "json": "JSON", "sql": "SQL", "uuid": "UUID",
	"csv": "CSV", "asm": "ASM", "pdf": "PDF", "gc": "GC", "md5": "MD5", "jwks": "JWKS",
}

// Words splits a name into words: at every character that is not a letter
// or digit, at a lower-case letter or digit followed by an upper-case
// letter, and before the last capital of a run of capitals followed by a
// lower-case letter. Digits stay with the word before them.
func Words(name string) []string {
	var words []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			words = append(words, string(cur))
			cur = cur[:0]
		}
	}
	rs := []rune(name)
	for i, r := range rs {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			flush()
			continue
		}
		if i > 0 && unicode.IsUpper(r) && len(cur) > 0 {
			prev := rs[i-1]
			switch {
			case unicode.IsLower(prev) || unicode.IsDigit(prev):
				flush()
			case unicode.IsUpper(prev) && i+1 < len(rs) && unicode.IsLower(rs[i+1]):
				flush()
			}
		}
		cur = append(cur, r)
	}
	flush()
	return words
}

// GoName returns the Go name of a name: each word of [Words] written as
// the initialism table says, else with its first letter upper-case and the
// rest lower-case, joined. The result may be invalid Go (empty, or
// starting with a digit).
func GoName(name string) string {
	var b strings.Builder
	for _, w := range Words(name) {
		lower := strings.ToLower(w)
		if s, ok := Initialisms[lower]; ok {
			b.WriteString(s)
			continue
		}
		rs := []rune(lower)
		rs[0] = unicode.ToUpper(rs[0])
		b.WriteString(string(rs))
	}
	return b.String()
}
