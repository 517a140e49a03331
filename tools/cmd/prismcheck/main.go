// Command prismcheck calls every method of every service of
// benchling.Client against a Stoplight Prism mock of Benchling's OpenAPI
// spec, an implementation of the spec that shares no code with the SDK or
// its fake tenant, and reports, call by call, whether
//
//   - the call did not panic;
//   - its requests were for the operation its doc comment's "Benchling API:"
//     line names, with only query parameters the spec declares;
//   - Prism found nothing wrong with the requests (its sl-violations header,
//     its 422 for an invalid request);
//   - the SDK decoded Prism's answer, or returned an error that is its
//     correct reaction to it (a static mock's repeated page token, say).
//
// Arguments come from the spec: request bodies from the spec fixtures
// (testdata/spec), IDs and options from the parameters' examples, enums and
// formats. Each method with an options argument is called twice, with nil
// and with every option set.
//
// Modes: static and dynamic are the same checks against Prism's static
// (examples) and dynamic (generated values) mocks; errors asks Prism
// (Prefer: code=N) for each operation's first declared 4xx and checks that
// the SDK returns a *benchling.Error with that status and the body's
// message.
//
// Failures that are not the SDK's (Prism's limits, the spec's own
// inconsistencies) are in an explained allow-list (allow.go); any other
// failure makes the exit status 1. scripts/prism.sh installs Prism, starts
// the mocks and runs every mode. By hand, in the tools module:
//
//	prism mock -h 127.0.0.1 -p 4010 ../../shared/benchling-openapi.yaml &
//	go run ./cmd/prismcheck -prism http://127.0.0.1:4010 -mode static
//
// The spec is read from $BENCHLING_OPENAPI_SPEC, else
// ../shared/benchling-openapi.yaml relative to the root module. Only
// loopback addresses are contacted.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/url"
	"os"
	"os/signal"
	"regexp"
	"time"

	"github.com/benchling-go/benchling/tools/internal/spectest"
)

// config is what the flags set.
type config struct {
	prism   string
	mode    string
	repo    string
	only    *regexp.Regexp
	verbose bool
	jsonOut string
	timeout time.Duration
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run parses args, runs the check and returns the exit status: 0 when
// every failure is allowed, 1 when one is not, 2 for bad usage or set-up.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	cfg, err := parseFlags(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err != nil {
		fmt.Fprintln(stderr, "prismcheck:", err)
		return 2
	}
	spec, err := spectest.LoadFile(spectest.SpecPath())
	if err != nil {
		fmt.Fprintln(stderr, "prismcheck:", err)
		return 2
	}
	docs, err := parseDocs(cfg.repo)
	if err != nil {
		fmt.Fprintln(stderr, "prismcheck: reading the SDK's doc comments:", err)
		return 2
	}
	if len(docs) == 0 {
		fmt.Fprintf(stderr, "prismcheck: no %q doc lines in %s (is -repo the SDK's root?)\n", apiDocPrefix, cfg.repo)
		return 2
	}
	c := &checker{cfg: cfg, ops: buildOps(spec.Doc), docs: docs, out: stdout, sentParams: map[string]bool{}}
	results, err := c.run(ctx)
	if err != nil {
		fmt.Fprintln(stderr, "prismcheck:", err)
		return 2
	}
	unexpected := c.summarize(results)
	if cfg.jsonOut != "" {
		b, err := json.MarshalIndent(results, "", " ")
		if err == nil {
			err = os.WriteFile(cfg.jsonOut, b, 0o644)
		}
		if err != nil {
			fmt.Fprintln(stderr, "prismcheck:", err)
			return 2
		}
	}
	if ctx.Err() != nil {
		fmt.Fprintln(stderr, "prismcheck: interrupted")
		return 2
	}
	if unexpected > 0 {
		return 1
	}
	return 0
}

func parseFlags(args []string, stderr io.Writer) (*config, error) {
	fs := flag.NewFlagSet("prismcheck", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfg := &config{}
	var only string
	fs.StringVar(&cfg.prism, "prism", "", "base URL of the Prism mock, on a loopback address (required), e.g. http://127.0.0.1:4010")
	fs.StringVar(&cfg.mode, "mode", "static", "static, dynamic (the same checks; names the mock, for the allow-list) or errors (ask for each operation's first 4xx)")
	fs.StringVar(&cfg.repo, "repo", "..", "the SDK's root directory (doc comments, testdata/spec)")
	fs.StringVar(&only, "only", "", "check only the methods whose \"Service.Method\" matches this regexp")
	fs.BoolVar(&cfg.verbose, "v", false, "print passing calls too")
	fs.StringVar(&cfg.jsonOut, "json", "", "also write the results as JSON to this file")
	fs.DurationVar(&cfg.timeout, "timeout", 10*time.Second, "time limit of one call")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: go run ./cmd/prismcheck -prism URL [-mode static|dynamic|errors] [flags]\n\n"+
			"Calls every method of benchling.Client against a Prism mock of the spec and reports\n"+
			"what Prism or the SDK found wrong. Exit status 1: a failure the allow-list does not explain.\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if fs.NArg() > 0 {
		return nil, fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	switch cfg.mode {
	case "static", "dynamic", "errors":
	default:
		return nil, fmt.Errorf("-mode %q: want static, dynamic or errors", cfg.mode)
	}
	if err := checkLoopback(cfg.prism); err != nil {
		return nil, err
	}
	if only != "" {
		re, err := regexp.Compile(only)
		if err != nil {
			return nil, fmt.Errorf("-only: %w", err)
		}
		cfg.only = re
	}
	if cfg.timeout <= 0 {
		return nil, fmt.Errorf("-timeout %v: want a positive duration", cfg.timeout)
	}
	return cfg, nil
}

// checkLoopback reports an error unless raw is an http URL of a loopback
// address.
func checkLoopback(raw string) error {
	if raw == "" {
		return errors.New("-prism is required (the mock's base URL, e.g. http://127.0.0.1:4010)")
	}
	u, err := url.Parse(raw)
	if err != nil {
		return fmt.Errorf("-prism: %w", err)
	}
	if u.Scheme != "http" || !isLoopback(u.Hostname()) {
		return fmt.Errorf("-prism %q: want http:// on a loopback address", raw)
	}
	return nil
}

// isLoopback reports whether host is localhost or a loopback IP.
func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
