package schemagen

import (
	"strconv"
	"strings"
	"unicode"
)

// The names of generated identifiers follow CONTRIBUTING.md §1.1, the rule
// every Go name of the SDK follows, applied to display names (which have
// spaces, punctuation and any letters):
//
//  1. Split the name into words at every character that is not a letter or
//     digit, at a lower-case letter or digit followed by an upper-case
//     letter, and before the last capital of a run of capitals followed by
//     a lower-case letter. Digits stay with the word before them.
//  2. Write each word with its first letter upper-case and the rest
//     lower-case, unless the initialism table gives its spelling (ID, URL,
//     JSON, ...).
//  3. Join the words.
//
// A name the rule leaves empty (only punctuation) becomes Value; one that
// does not start with an upper-case letter (a digit, a letter without case)
// gets the prefix N, so that it is an exported identifier: "96-well Plate"
// is N96WellPlate. Letters of any script are kept (Go allows them).
//
// Two names that come out alike are told apart by a suffix, given in a
// fixed order (see nameSet.take), so that a name changes only when the
// tenant's schemas change in a way that involves it.

// initialisms is the initialism table of CONTRIBUTING.md §1.1 (the tools
// module's naming package holds the same table; a test there checks that
// the two agree).
var initialisms = map[string]string{
	"id": "ID", "ids": "IDs", "url": "URL", "urls": "URLs", "api": "API", "http": "HTTP",
	"html": "HTML", "ui": "UI", "uri": "URI", "json": "JSON", "sql": "SQL", "uuid": "UUID",
	"csv": "CSV", "asm": "ASM", "pdf": "PDF", "gc": "GC", "md5": "MD5", "jwks": "JWKS",
}

// Words splits a name into words by step 1 of the rule.
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

// GoName applies steps 2 and 3 of the rule to the words of name. The
// result may be empty or start with a digit; Ident makes it an
// identifier.
func GoName(name string) string {
	var b strings.Builder
	for _, w := range Words(name) {
		lower := strings.ToLower(w)
		if s, ok := initialisms[lower]; ok {
			b.WriteString(s)
			continue
		}
		rs := []rune(lower)
		rs[0] = unicode.ToUpper(rs[0])
		b.WriteString(string(rs))
	}
	return b.String()
}

// Ident is the exported Go identifier of a name: GoName, with Value for
// an empty one and the prefix N for one that does not start with an
// upper-case letter.
func Ident(name string) string {
	s := GoName(name)
	if s == "" {
		return "Value"
	}
	if r := []rune(s)[0]; !unicode.IsUpper(r) {
		return "N" + s
	}
	return s
}

// nameSet hands out identifiers unique in one scope (the package, or one
// struct's fields).
type nameSet map[string]bool

// take returns the first of base, then each alternative, that is free,
// else base with the smallest number from 2 that makes it free, and marks
// it taken.
func (n nameSet) take(base string, alts ...string) string {
	for _, c := range append([]string{base}, alts...) {
		if !n[c] {
			n[c] = true
			return c
		}
	}
	for i := 2; ; i++ {
		if c := base + strconv.Itoa(i); !n[c] {
			n[c] = true
			return c
		}
	}
}
