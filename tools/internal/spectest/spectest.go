// Package spectest checks HTTP requests, HTTP responses and Go model structs
// against Benchling's official OpenAPI 3.0.1 specification.
//
// It is a test-support library: it is imported only from _test.go files, but
// it is a normal package so that every package of the module can use it. The
// specification is parsed once per process (see [Load]) and shared.
//
// Validation is deliberately stricter than kin-openapi alone: query
// parameters an operation does not declare and JSON body properties a schema
// does not declare are reported as errors, even where the specification
// lacks additionalProperties: false.
package spectest

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/getkin/kin-openapi/openapi3"
)

// EnvSpecPath is the environment variable that overrides the location of the
// OpenAPI specification used by [SpecPath].
const EnvSpecPath = "BENCHLING_OPENAPI_SPEC"

// DefaultSpecPath is the location of the specification relative to the
// module root, used when [EnvSpecPath] is not set.
const DefaultSpecPath = "../shared/benchling-openapi.yaml"

// modulePath is the module whose go.mod marks the module root.
const modulePath = "github.com/benchling-go/benchling"

// SpecPath returns the value of BENCHLING_OPENAPI_SPEC if it is set, else
// [DefaultSpecPath] resolved against the module root. The module root is
// found by walking up from the current working directory until a go.mod
// declaring module github.com/benchling-go/benchling is found (tests in
// sub-packages run with their package directory as working directory). If no
// module root is found, the default path is returned relative to the working
// directory.
func SpecPath() string {
	return ResolvePath(EnvSpecPath, DefaultSpecPath)
}

// ResolvePath returns the value of the environment variable env if it is
// set, else rel (a slash-separated path relative to the module root)
// resolved against the module root found by walking up from the working
// directory; rel relative to the working directory if no root is found.
// Other packages' tests use it to find the files under ../shared.
func ResolvePath(env, rel string) string {
	if p := os.Getenv(env); p != "" {
		return p
	}
	if dir, err := os.Getwd(); err == nil {
		if root, ok := findModuleRoot(dir); ok {
			return filepath.Join(root, filepath.FromSlash(rel))
		}
	}
	return filepath.FromSlash(rel)
}

// findModuleRoot walks up from dir looking for this module's go.mod.
func findModuleRoot(dir string) (string, bool) {
	for {
		if isModuleRoot(filepath.Join(dir, "go.mod")) {
			return dir, true
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
		}
		dir = parent
	}
}

// isModuleRoot reports whether the go.mod file at path declares this module.
func isModuleRoot(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) >= 2 && fields[0] == "module" {
			return strings.Trim(fields[1], `"`) == modulePath
		}
	}
	return false
}

// Spec wraps the parsed OpenAPI document together with the router and
// lookup tables used for validation. A Spec is safe for concurrent use.
type Spec struct {
	// Doc is the parsed (and validated) OpenAPI document. Treat it as
	// read-only: it is shared by every test in the process.
	Doc *openapi3.T

	// Path is the file the document was loaded from.
	Path string

	// RelaxedSchemas is the number of schemas whose
	// "additionalProperties: false" was dropped because it is combined with
	// allOf/oneOf/anyOf (see [UndeclaredFields], which enforces the intended
	// closure instead).
	RelaxedSchemas int

	// AmbiguousOneOfs is the number of oneOf lists turned into anyOf
	// because one branch extends another (e.g. the getTask response).
	AmbiguousOneOfs int

	// PhantomRequired is the number of required property names dropped
	// because no part of their schema declares the property
	// (RequestCreate's "samples"; see dropPhantomRequired).
	PhantomRequired int

	// LoadDuration is how long parsing, validating and indexing took.
	LoadDuration time.Duration

	router *router
	ops    []OperationInfo
	byID   map[string]OperationInfo
}

// OperationInfo describes one operation of the specification.
type OperationInfo struct {
	// ID is the operationId.
	ID string
	// Method is the upper-case HTTP method.
	Method string
	// Path is the path template relative to the server URL, for example
	// "/aa-sequences/{aa_sequence_id}".
	Path string
	// Tags are the operation's tags.
	Tags []string
}

var (
	loadOnce    sync.Once
	loadedSpec  *Spec
	loadErr     error
	loadMissing bool
)

// Load returns the specification at [SpecPath], parsing it on the first call
// only; later calls return the cached *Spec. Examples in the specification
// are not validated (openapi3.DisableExamplesValidation) because some of
// Benchling's own examples are invalid.
//
// If the file does not exist, Load skips the test, unless the environment
// variable CI is "true", in which case it fails the test. Any other load
// error fails the test.
func Load(tb testing.TB) *Spec {
	tb.Helper()
	loadOnce.Do(func() {
		path := SpecPath()
		if _, err := os.Stat(path); err != nil {
			loadErr = err
			loadMissing = errors.Is(err, fs.ErrNotExist)
			return
		}
		loadedSpec, loadErr = LoadFile(path)
	})
	if loadErr != nil {
		reportLoadError(tb, loadErr, loadMissing)
	}
	return loadedSpec
}

// reportLoadError skips (spec file missing, not on CI) or fails the test.
func reportLoadError(tb testing.TB, err error, missing bool) {
	tb.Helper()
	if missing && os.Getenv("CI") != "true" {
		tb.Skipf("spectest: Benchling OpenAPI spec not available (set %s to its path): %v", EnvSpecPath, err)
		return
	}
	tb.Fatalf("spectest: loading Benchling OpenAPI spec: %v", err)
}

// LoadFile parses, validates and indexes the specification at path without
// any caching. Most callers want [Load].
func LoadFile(path string) (*Spec, error) {
	start := time.Now()
	loader := openapi3.NewLoader()
	loader.IsExternalRefsAllowed = false
	doc, err := loader.LoadFromFile(path)
	if err != nil {
		return nil, fmt.Errorf("parsing %s: %w", path, err)
	}
	if err := doc.Validate(context.Background(), openapi3.DisableExamplesValidation()); err != nil {
		return nil, fmt.Errorf("validating %s: %w", path, err)
	}
	relaxed := relaxClosedCompositions(doc)
	anyOfed := oneOfToAnyOf(doc)
	phantoms := dropPhantomRequired(doc)
	rt, err := newRouter(doc)
	if err != nil {
		return nil, fmt.Errorf("building router for %s: %w", path, err)
	}
	s := &Spec{Doc: doc, Path: path, RelaxedSchemas: relaxed, AmbiguousOneOfs: anyOfed, PhantomRequired: phantoms,
		router: rt, byID: make(map[string]OperationInfo)}
	for _, p := range doc.Paths.InMatchingOrder() {
		for method, op := range doc.Paths.Value(p).Operations() {
			info := OperationInfo{ID: op.OperationID, Method: strings.ToUpper(method), Path: p, Tags: slices.Clone(op.Tags)}
			s.ops = append(s.ops, info)
			if info.ID != "" {
				if prev, dup := s.byID[info.ID]; dup {
					return nil, fmt.Errorf("duplicate operationId %q (%s %s and %s %s)", info.ID, prev.Method, prev.Path, info.Method, info.Path)
				}
				s.byID[info.ID] = info
			}
		}
	}
	slices.SortFunc(s.ops, func(a, b OperationInfo) int {
		if c := strings.Compare(a.ID, b.ID); c != 0 {
			return c
		}
		if c := strings.Compare(a.Path, b.Path); c != 0 {
			return c
		}
		return strings.Compare(a.Method, b.Method)
	})
	s.LoadDuration = time.Since(start)
	return s, nil
}

// Operation looks up an operation by operationId and returns its upper-case
// HTTP method and its path template (relative to the server URL /api/v2).
func (s *Spec) Operation(operationID string) (method, path string, ok bool) {
	info, ok := s.byID[operationID]
	return info.Method, info.Path, ok
}

// Operations returns every operation in the specification, sorted by
// operationId. The returned slice is a copy and may be modified.
func (s *Spec) Operations() []OperationInfo {
	out := make([]OperationInfo, len(s.ops))
	for i, op := range s.ops {
		op.Tags = slices.Clone(op.Tags)
		out[i] = op
	}
	return out
}

// BasePath returns the path prefix under which the specification's
// operations are served ("/api/v2"), taken from its first server URL.
func (s *Spec) BasePath() string { return s.router.base }

// ExpandPath returns the request path for an operation's path template with
// the given path parameter values substituted (URL path-escaped) and
// [Spec.BasePath] prepended.
func (s *Spec) ExpandPath(template string, params map[string]string) string {
	var b strings.Builder
	b.WriteString(s.router.base)
	rest := template
	for {
		i := strings.IndexByte(rest, '{')
		if i < 0 {
			b.WriteString(rest)
			break
		}
		j := strings.IndexByte(rest[i:], '}')
		if j < 0 {
			b.WriteString(rest)
			break
		}
		b.WriteString(rest[:i])
		name := rest[i+1 : i+j]
		if v, ok := params[name]; ok {
			b.WriteString(url.PathEscape(v))
		} else {
			b.WriteString(rest[i : i+j+1])
		}
		rest = rest[i+j+1:]
	}
	return b.String()
}
