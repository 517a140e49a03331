// Package schemas holds the Go types benchling-schemagen generated from the
// schemas of the built-in fake tenant (benchlingtest's SeedSchemas), for
// the typedschemas example. For your own tenant, generate your own package:
//
//	//go:generate go run github.com/benchling-go/benchling/cmd/benchling-schemagen@latest -tenant acme -kinds entity -o schemas_gen.go
//
// (with BENCHLING_API_KEY, or BENCHLING_CLIENT_ID and
// BENCHLING_CLIENT_SECRET, in the environment). The example's test checks
// that schemas_gen.go is what the generator writes today.
package schemas

//go:generate go run ../../../cmd/benchling-schemagen -fake -kinds all -o schemas_gen.go
