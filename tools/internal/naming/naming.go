// Package naming is the naming rule of CONTRIBUTING.md §1.1 for the tools
// module: the Go name of a spec name (a schema, a property, a query
// parameter, an enum value, a tag). The rule and its initialism table are
// implemented once, in the root module's internal/naming (which
// benchling-schemagen names generated code with too); this package gives
// them to the drift tests, with the checks of a Go name they need.
package naming

import (
	"unicode"

	rule "github.com/benchling-go/benchling/internal/naming"
)

// Initialisms is the initialism table of CONTRIBUTING.md §1.1: a word
// (lower-case) and how it is written. aa, dna and rna are not in it: they
// are part of Benchling's resource names (AaSequence, DnaSequence).
var Initialisms = rule.Initialisms

// Words splits a spec name into words: at every character that is not a
// letter or digit, at a lower-case letter or digit followed by an
// upper-case letter, and before the last capital of a run of capitals
// followed by a lower-case letter. Digits stay with the word before them.
func Words(name string) []string { return rule.Words(name) }

// GoName returns the Go name of a spec name: each word of [Words] written
// as the initialism table says, else with its first letter upper-case and
// the rest lower-case, joined. The result may be invalid Go (empty, or
// starting with a digit); see [Valid].
func GoName(name string) string { return rule.GoName(name) }

// Valid reports whether name is usable as an exported Go identifier. A Go
// name the rule makes invalid gets the prefix N or Value (CONTRIBUTING.md
// §1.1), noted with its reason in the drift test's exceptions.
func Valid(name string) bool {
	if name == "" {
		return false
	}
	for i, r := range name {
		if !unicode.IsLetter(r) && r != '_' && (i == 0 || !unicode.IsDigit(r)) {
			return false
		}
	}
	return unicode.IsUpper([]rune(name)[0])
}

// EnumConstant returns the name of the constant of Go type typeName for
// the enum value v: typeName followed by the Go name of v.
func EnumConstant(typeName, v string) string {
	return typeName + GoName(v)
}
