package schemagen

import (
	"strconv"
	"unicode"

	"github.com/benchling-go/benchling/internal/naming"
)

// The names of generated identifiers follow CONTRIBUTING.md §1.1, the rule
// every Go name of the SDK follows (package internal/naming), applied to
// display names, which have spaces, punctuation and letters of any script:
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

// GoName is the rule's Go name of a name (package internal/naming), which
// may be empty or start with a digit; Ident makes it an identifier.
func GoName(name string) string { return naming.GoName(name) }

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
