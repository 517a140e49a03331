package tools

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// consumerAllowed are the modules an importer of the SDK may get in its
// module graph: the SDK's run-time dependencies and theirs, and go-cmp
// (the root module's tests need it).
var consumerAllowed = []string{
	"github.com/benchling-go/benchling",
	"github.com/google/go-querystring",
	"github.com/hashicorp/go-retryablehttp",
	// go-retryablehttp's own dependencies.
	"github.com/hashicorp/go-cleanhttp",
	"github.com/hashicorp/go-hclog",
	"github.com/fatih/color",
	"github.com/mattn/go-colorable",
	"github.com/mattn/go-isatty",
	"golang.org/x/sys",
	"golang.org/x/oauth2",
	// x/oauth2's own dependency.
	"cloud.google.com/go/compute/metadata",
	"github.com/google/go-cmp",
}

// TestLeanModuleGraph builds a throwaway module that imports the SDK's
// user-facing packages (benchling, benchlingtest, webhook, webhooktest)
// with a replace to this repository, runs go mod tidy, and checks that go
// list -m all and go.sum name only consumerAllowed: no spec tooling, test
// library or generator dependency reaches an importer.
func TestLeanModuleGraph(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a module")
	}
	root, err := filepath.Abs(repoRoot)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	write := func(name, content string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("go.mod", "module example.com/consumer\n\ngo 1.26\n\nrequire github.com/benchling-go/benchling v0.0.0\n\nreplace github.com/benchling-go/benchling => "+root+"\n")
	write("main.go", `package main

import (
	"fmt"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/benchlingtest"
	"github.com/benchling-go/benchling/webhook"
	"github.com/benchling-go/benchling/webhook/webhooktest"
)

func main() {
	fmt.Println(benchling.Ptr(1), benchlingtest.Start, webhook.Parse, webhooktest.NewSigner)
}
`)
	run := func(args ...string) []byte {
		t.Helper()
		cmd := exec.Command("go", args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		return out
	}
	run("mod", "tidy")
	run("build", "./...")
	var offenders []string
	for _, line := range strings.Split(strings.TrimSpace(string(run("list", "-m", "all"))), "\n") {
		mod, _, _ := strings.Cut(line, " ")
		if mod != "example.com/consumer" && !slices.Contains(consumerAllowed, mod) {
			offenders = append(offenders, line)
		}
	}
	sum, err := os.ReadFile(filepath.Join(dir, "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(bytes.NewReader(sum))
	for sc.Scan() {
		if mod, _, _ := strings.Cut(sc.Text(), " "); !slices.Contains(consumerAllowed, mod) && !slices.Contains(offenders, mod) {
			offenders = append(offenders, "go.sum: "+sc.Text())
		}
	}
	if len(offenders) > 0 {
		t.Errorf("an importer's module graph holds modules beyond the SDK's run-time dependencies (and go-cmp):\n  %s", strings.Join(offenders, "\n  "))
	}
}

// TestRootGoVersion checks that the root module's go line is the lowest its
// module graph allows: the highest go line of the modules it requires (at
// least 1.23, for range-over-func).
func TestRootGoVersion(t *testing.T) {
	cmd := exec.Command("go", "list", "-m", "-json", "all")
	cmd.Dir = repoRoot
	cmd.Env = append(os.Environ(), "GOWORK=off")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list -m -json all: %v", err)
	}
	dec := json.NewDecoder(bytes.NewReader(out))
	var main, highest, who string
	highest = "1.23"
	for dec.More() {
		var m struct {
			Path      string
			Main      bool
			GoVersion string
		}
		if err := dec.Decode(&m); err != nil {
			t.Fatal(err)
		}
		switch {
		case m.Main:
			main = m.GoVersion
		case versionLess(highest, m.GoVersion):
			highest, who = m.GoVersion, m.Path
		}
	}
	if main != highest {
		t.Errorf("the root go.mod says go %s; its dependencies need go %s (%s): set it to that", main, highest, who)
	}
	t.Logf("go %s, the highest of the dependencies' (%s)", main, who)
}

// versionLess compares Go versions such as 1.23, 1.26.0.
func versionLess(a, b string) bool {
	pa, pb := strings.Split(a, "."), strings.Split(b, ".")
	for i := range max(len(pa), len(pb)) {
		var x, y int
		if i < len(pa) {
			x = atoi(pa[i])
		}
		if i < len(pb) {
			y = atoi(pb[i])
		}
		if x != y {
			return x < y
		}
	}
	return false
}

func atoi(s string) int {
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			break
		}
		n = n*10 + int(r-'0')
	}
	return n
}
