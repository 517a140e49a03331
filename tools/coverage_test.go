package tools

import (
	"bytes"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/benchling-go/benchling/internal/contract"
	"github.com/benchling-go/benchling/tools/internal/spectest"
)

// completeTags are the spec tags the SDK wraps completely. Every operation
// of each must be exercised by a root unit test through the SDK with a
// spec-valid request and a spec-valid 2xx response ("unit"), and served
// spec-validly by the fake tenant ("fake"), or TestContract fails. A
// service's author adds its tag here when the service lands.
var completeTags = []string{
	"AA Sequences",
	"DNA Sequences",
	"Entries",
	"Tasks",
	"Users",
	"Schemas",
	"Dropdowns",
	"Folders",
	"Projects",
	"Organizations",
	"Teams",
	"Assay Results",
	"Assay Runs",
	"Lab Automation",
	"RNA Sequences",
	"DNA Oligos",
	"RNA Oligos",
	"Oligos",
	"Feature Libraries",
	"Nucleotide Alignments",
	"DNA Alignments",
	"Codon Usage Tables",
	"Enzymes",
	"Custom Notations",
	"Blobs",
	"Files",
	"Datasets",
	"Data Frames",
	"Exports",
	"Instrument Queries",
	"Connect",
	"Custom Entities",
	"Molecules",
	"Mixtures",
	"Monomers",
	"Entities",
	"Registry",
	"Containers",
	"Boxes",
	"Plates",
	"Locations",
	"Inventory",
	"Label Templates",
	"Printers",
	"Workflow Tasks",
	"Workflow Outputs",
	"Workflow Task Groups",
	"Workflow Flowcharts",
	"Workflow Flowchart Config Versions",
	"Legacy Requests",
	"Legacy Workflows",
	"Legacy Workflows (deprecated)",
	"Apps",
	"Events",
	"Audit",
	"Warehouse",
	"Authentication",
}

// The README's coverage table sits between these lines.
const (
	coverageBegin = "<!-- coverage table: generated from the contract recordings by `cd tools && go test -run TestContract -update .`; do not edit -->"
	coverageEnd   = "<!-- end of coverage table -->"
)

// tagCoverage counts one tag's operations.
type tagCoverage struct {
	tag             string
	ops, unit, fake int
	missing         []string // operations not covered both ways
	complete        bool     // in completeTags
}

// coverageByTag computes the coverage of every tag of the spec from the
// checked recordings. An operation with several tags counts in each.
func coverageByTag(spec *spectest.Spec, res checkResult) (tags []*tagCoverage, opsTotal, unitTotal, fakeTotal int) {
	byTag := map[string]*tagCoverage{}
	for _, op := range spec.Operations() {
		unit := len(res.covered[contract.SourceUnit][op.ID]) > 0
		fake := len(res.covered[contract.SourceFake][op.ID]) > 0
		opsTotal++
		if unit {
			unitTotal++
		}
		if fake {
			fakeTotal++
		}
		for _, tag := range op.Tags {
			c := byTag[tag]
			if c == nil {
				c = &tagCoverage{tag: tag, complete: slices.Contains(completeTags, tag)}
				byTag[tag] = c
			}
			c.ops++
			if unit {
				c.unit++
			}
			if fake {
				c.fake++
			}
			if !unit || !fake {
				var lack []string
				if !unit {
					lack = append(lack, "no unit test")
				}
				if !fake {
					lack = append(lack, "not served by the fake")
				}
				c.missing = append(c.missing, fmt.Sprintf("%s (%s %s): %s", op.ID, op.Method, op.Path, strings.Join(lack, ", ")))
			}
		}
	}
	for _, name := range slices.Sorted(func(yield func(string) bool) {
		for k := range byTag {
			if !yield(k) {
				return
			}
		}
	}) {
		tags = append(tags, byTag[name])
	}
	return tags, opsTotal, unitTotal, fakeTotal
}

// coverageTable renders the README's table.
func coverageTable(tags []*tagCoverage, opsTotal, unitTotal, fakeTotal int) string {
	var b strings.Builder
	b.WriteString("| tag | operations | unit tests | fake tenant |\n|---|---:|---:|---:|\n")
	for _, c := range tags {
		name := c.tag
		if c.complete {
			name = "**" + name + "**"
		}
		fmt.Fprintf(&b, "| %s | %d | %d | %d |\n", name, c.ops, c.unit, c.fake)
	}
	fmt.Fprintf(&b, "| all %d tags | %d | %d | %d |\n", len(tags), opsTotal, unitTotal, fakeTotal)
	return b.String()
}

// checkCoverage fails when an operation of a complete tag is not covered
// both ways, and when the README's table is stale (-update rewrites it).
func checkCoverage(t *testing.T, spec *spectest.Spec, res checkResult) {
	t.Helper()
	tags, opsTotal, unitTotal, fakeTotal := coverageByTag(spec, res)
	for _, name := range completeTags {
		i := slices.IndexFunc(tags, func(c *tagCoverage) bool { return c.tag == name })
		if i < 0 {
			t.Errorf("completeTags lists %q, which is not a tag of the spec", name)
			continue
		}
		if c := tags[i]; len(c.missing) > 0 {
			t.Errorf("tag %q is complete, but %d of its %d operations are not covered both ways:\n  %s", name, len(c.missing), c.ops, strings.Join(c.missing, "\n  "))
		}
	}
	table := coverageTable(tags, opsTotal, unitTotal, fakeTotal)
	t.Logf("coverage (bold: complete tags):\n%s", table)
	if t.Failed() && *update {
		t.Log("not rewriting README.md: fix the failures first")
		return
	}
	checkGenerated(t, rootPath("README.md"), func(old []byte) ([]byte, error) {
		return replaceBetween(old, coverageBegin, coverageEnd, table)
	}, "cd tools && go test -run TestContract -update .")
}

// replaceBetween replaces what lies between the begin and end lines.
func replaceBetween(doc []byte, begin, end, content string) ([]byte, error) {
	i := bytes.Index(doc, []byte(begin+"\n"))
	j := bytes.Index(doc, []byte("\n"+end))
	if i < 0 || j < i {
		return nil, fmt.Errorf("the markers %q and %q are missing", begin, end)
	}
	var out bytes.Buffer
	out.Write(doc[:i+len(begin)+1])
	out.WriteString(content)
	out.Write(doc[j+1:])
	return out.Bytes(), nil
}

// checkGenerated compares a generated file with what gen makes of its
// current content, and rewrites it under -update. how says how to
// regenerate.
func checkGenerated(t *testing.T, path string, gen func(old []byte) ([]byte, error), how string) {
	t.Helper()
	old, err := os.ReadFile(path)
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	want, err := gen(old)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if bytes.Equal(old, want) {
		return
	}
	if *update {
		if err := os.WriteFile(path, want, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("rewrote %s", path)
		return
	}
	t.Errorf("%s is stale; regenerate it with: %s", path, how)
}
