package tools

import (
	"io"
	"os"
	"os/exec"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/benchling-go/benchling"
)

// TestReadmeTestCommand checks that the README's set-up block has exactly
// two commands, the quickstart and one test command, and that .ci/run runs
// that same test command.
func TestReadmeTestCommand(t *testing.T) {
	readme := string(readRoot(t, "README.md"))
	block := regexp.MustCompile("(?s)## Set up.*?```sh\n(.*?)```").FindStringSubmatch(readme)
	if block == nil {
		t.Fatal("README.md has no ```sh block under ## Set up")
	}
	var cmds []string
	for _, line := range strings.Split(strings.TrimSpace(block[1]), "\n") {
		cmd, _, _ := strings.Cut(line, "#")
		cmds = append(cmds, strings.TrimSpace(cmd))
	}
	if len(cmds) != 2 || !strings.HasPrefix(cmds[0], "go run ./examples/quickstart") || !strings.HasPrefix(cmds[1], "go test") {
		t.Fatalf("the set-up block has %q; want the quickstart and one test command", cmds)
	}
	if !strings.Contains(cmds[1], "cd tools") {
		t.Errorf("the test command %q does not run the tools tests", cmds[1])
	}
	ci := string(readRoot(t, ".ci", "run"))
	if !strings.Contains(ci, "\n"+cmds[1]+"\n") {
		t.Errorf(".ci/run does not run the README's test command %q", cmds[1])
	}
}

// TestReadmeListsEveryService checks that the README's opening list of
// services names every service field of benchling.Client, so that a new
// service is not left out of the first thing a reader sees.
func TestReadmeListsEveryService(t *testing.T) {
	readme := string(readRoot(t, "README.md"))
	list := regexp.MustCompile("(?s)- One `Client` per tenant.*?\n- ").FindString(readme)
	if list == "" {
		t.Fatal("README.md has no list item starting \"- One `Client` per tenant\"")
	}
	typ := reflect.TypeFor[benchling.Client]()
	n := 0
	for i := range typ.NumField() {
		f := typ.Field(i)
		if !f.IsExported() || f.Type.Kind() != reflect.Pointer || !strings.HasSuffix(f.Type.Elem().Name(), "Service") {
			continue
		}
		n++
		if !regexp.MustCompile("`(client\\.)?" + f.Name + "`").MatchString(list) {
			t.Errorf("the README's list of services does not name %s", f.Name)
		}
	}
	if n < 50 {
		t.Errorf("found %d services on benchling.Client; the test no longer finds them", n)
	}
}

// TestNoBinariesTracked fails when git tracks a compiled program or an
// oversized file (a test binary or a `go build` output committed by
// mistake), which every clone would then download.
func TestNoBinariesTracked(t *testing.T) {
	out, err := exec.Command("git", "-C", rootPath(), "ls-files", "-z").Output()
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("git ls-files: %v", err)
		}
		t.Skipf("git ls-files: %v (not a git checkout?)", err)
	}
	const maxSize = 4 << 20
	for _, name := range strings.Split(strings.TrimRight(string(out), "\x00"), "\x00") {
		f, err := os.Open(rootPath(name))
		if err != nil {
			continue // deleted in the work tree
		}
		head := make([]byte, 4)
		n, _ := io.ReadFull(f, head)
		st, _ := f.Stat()
		f.Close()
		switch {
		case n == 4 && (string(head) == "\x7fELF" || string(head[:2]) == "MZ" || string(head) == "\xcf\xfa\xed\xfe"):
			t.Errorf("%s is a compiled program; untrack it (git rm --cached) and add it to .gitignore", name)
		case st != nil && st.Size() > maxSize:
			t.Errorf("%s is %d bytes, more than %d: is it meant to be in the repository?", name, st.Size(), maxSize)
		}
	}
}
