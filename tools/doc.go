// Package tools holds the SDK's spec tooling, in a module of its own so that
// an importer of github.com/benchling-go/benchling gets none of it in its
// module graph: the OpenAPI contract checks of every recorded exchange
// (TestContract), the coverage report and the README's table, the spec
// fixtures under ../testdata/spec, the model-drift and naming checks, the
// fake tenant's spec test, the module-graph check, and the webhook event
// generator (cmd/webhookgen, run by go generate ./webhook).
//
// Run its tests from this directory: go test -count=1 ./...
package tools
