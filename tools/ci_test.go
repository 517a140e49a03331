package tools

import (
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
