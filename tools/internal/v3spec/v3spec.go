// Package v3spec locates and loads Benchling's v3 OpenAPI specification for
// the webhook package's generator and tests.
package v3spec

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/benchling-go/benchling/tools/internal/spectest"
	"github.com/getkin/kin-openapi/openapi3"
	yaml "go.yaml.in/yaml/v4"
)

// EnvPath is the environment variable that overrides the specification's
// location.
const EnvPath = "BENCHLING_V3_OPENAPI_SPEC"

// DefaultPath is the specification's location relative to the module root.
const DefaultPath = "../shared/benchling-v3-openapi.yaml"

// Path returns $BENCHLING_V3_OPENAPI_SPEC if set, else DefaultPath resolved
// against the module root found by walking up from the working directory.
func Path() string { return spectest.ResolvePath(EnvPath, DefaultPath) }

// LoadFile parses the specification at path, keeping only what webhooks
// need: the webhooks block and the component schemas it references,
// directly or through other schemas. The v3 file is large (over 80,000
// lines) and the rest of it, the REST operations, is out of scope here;
// trimming it makes loading several times faster, which matters under
// -race. External references are not followed.
func LoadFile(path string) (*openapi3.T, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	trimmed, err := trim(data)
	if err != nil {
		return nil, fmt.Errorf("parsing %s: %w", path, err)
	}
	loader := openapi3.NewLoader()
	loader.IsExternalRefsAllowed = false
	doc, err := loader.LoadFromData(trimmed)
	if err != nil {
		return nil, fmt.Errorf("parsing %s: %w", path, err)
	}
	if err := doc.Validate(loader.Context, openapi3.DisableExamplesValidation()); err != nil {
		return nil, fmt.Errorf("validating %s: %w", path, err)
	}
	return doc, nil
}

const schemaRefPrefix = "#/components/schemas/"

// trim returns a YAML document with the openapi, info and webhooks entries
// of the document data, empty paths, and the component schemas reachable
// from the webhooks.
func trim(data []byte) ([]byte, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, err
	}
	if root.Kind != yaml.DocumentNode || len(root.Content) != 1 || root.Content[0].Kind != yaml.MappingNode {
		return nil, errors.New("not a YAML mapping")
	}
	top := root.Content[0]
	webhooks := lookup(top, "webhooks")
	if webhooks == nil {
		return nil, errors.New("no webhooks block")
	}
	schemas := lookup(lookup(top, "components"), "schemas")
	if schemas == nil {
		return nil, errors.New("no components.schemas")
	}
	keep := map[string]bool{}
	queue := refs(webhooks, nil)
	for len(queue) > 0 {
		name := queue[0]
		queue = queue[1:]
		if keep[name] {
			continue
		}
		keep[name] = true
		if s := lookup(schemas, name); s != nil {
			queue = refs(s, queue)
		}
	}
	out := &yaml.Node{Kind: yaml.MappingNode}
	add := func(key string, val *yaml.Node) {
		out.Content = append(out.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: key}, val)
	}
	for _, key := range []string{"openapi", "info"} {
		if v := lookup(top, key); v != nil {
			add(key, v)
		}
	}
	add("paths", &yaml.Node{Kind: yaml.MappingNode})
	add("webhooks", webhooks)
	kept := &yaml.Node{Kind: yaml.MappingNode}
	for i := 0; i+1 < len(schemas.Content); i += 2 {
		if keep[schemas.Content[i].Value] {
			kept.Content = append(kept.Content, schemas.Content[i], schemas.Content[i+1])
		}
	}
	add("components", &yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{
		{Kind: yaml.ScalarNode, Value: "schemas"}, kept,
	}})
	return yaml.Marshal(out)
}

// lookup returns the value of key in mapping node m, or nil.
func lookup(m *yaml.Node, key string) *yaml.Node {
	if m == nil || m.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}

// refs appends to acc the schema names of every $ref under n.
func refs(n *yaml.Node, acc []string) []string {
	if n.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == "$ref" {
				if name, ok := strings.CutPrefix(n.Content[i+1].Value, schemaRefPrefix); ok {
					acc = append(acc, name)
				}
			}
		}
	}
	for _, c := range n.Content {
		acc = refs(c, acc)
	}
	return acc
}

var (
	once    sync.Once
	doc     *openapi3.T
	loadErr error
	missing bool
)

// Load returns the specification at Path, parsed once per process. If the
// file does not exist it skips the test, unless CI is "true", in which case
// it fails the test, as it does on any other error.
func Load(tb testing.TB) *openapi3.T {
	tb.Helper()
	once.Do(func() {
		path := Path()
		if _, err := os.Stat(path); err != nil {
			loadErr, missing = err, errors.Is(err, fs.ErrNotExist)
			return
		}
		doc, loadErr = LoadFile(path)
	})
	if loadErr != nil {
		if missing && os.Getenv("CI") != "true" {
			tb.Skipf("v3 OpenAPI spec not available (set %s): %v", EnvPath, loadErr)
		}
		tb.Fatalf("loading the v3 OpenAPI spec: %v", loadErr)
	}
	return doc
}
