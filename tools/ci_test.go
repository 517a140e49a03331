package tools

import (
	"regexp"
	"strings"
	"testing"
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
