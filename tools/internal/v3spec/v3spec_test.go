package v3spec

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestV3specPath(t *testing.T) {
	t.Setenv(EnvPath, "/elsewhere/v3.yaml")
	if got := Path(); got != "/elsewhere/v3.yaml" {
		t.Errorf("Path() = %q, want the env value", got)
	}
	t.Setenv(EnvPath, "")
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	// This test runs in <root>/tools/internal/v3spec.
	want := filepath.Join(wd, "..", "..", "..", "..", "shared", "benchling-v3-openapi.yaml")
	if got := Path(); got != filepath.Clean(want) {
		t.Errorf("Path() = %q, want %q", got, want)
	}
}

func TestV3specTrim(t *testing.T) {
	const spec = `
openapi: 3.1.0
info: {title: t, version: "1"}
paths:
  /things: {get: {responses: {'200': {description: ok}}}}
webhooks:
  v3.thing.created:
    post:
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Envelope'}
      responses: {'200': {description: ok}}
components:
  schemas:
    Envelope:
      allOf:
      - $ref: '#/components/schemas/Base'
    Base: {type: object, properties: {x: {type: string}}}
    Unused: {type: object}
`
	dir := t.TempDir()
	path := filepath.Join(dir, "spec.yaml")
	if err := os.WriteFile(path, []byte(spec), 0o644); err != nil {
		t.Fatal(err)
	}
	doc, err := LoadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for name := range doc.Components.Schemas {
		names = append(names, name)
	}
	if got := strings.Join(slices.Sorted(slices.Values(names)), ","); got != "Base,Envelope" {
		t.Errorf("kept schemas %s, want Base,Envelope", got)
	}
	if doc.Paths.Len() != 0 || len(doc.Webhooks) != 1 {
		t.Errorf("paths %d, webhooks %d; want 0 and 1", doc.Paths.Len(), len(doc.Webhooks))
	}
	if _, err := LoadFile(filepath.Join(dir, "missing.yaml")); err == nil {
		t.Errorf("LoadFile(missing) succeeded")
	}
	if err := os.WriteFile(path, []byte("openapi: 3.1.0\npaths: {}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadFile(path); err == nil || !strings.Contains(err.Error(), "no webhooks") {
		t.Errorf("LoadFile(no webhooks) = %v, want an error", err)
	}
}
