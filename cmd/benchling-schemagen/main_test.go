package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/benchlingtest"
	"github.com/benchling-go/benchling/internal/schemagen"
)

type result struct {
	code           int
	stdout, stderr string
}

func runCmd(t *testing.T, env map[string]string, args ...string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	var out, errOut bytes.Buffer
	code := run(ctx, args, func(k string) string { return env[k] }, &out, &errOut)
	return result{code, out.String(), errOut.String()}
}

func firstLine(s string) string { l, _, _ := strings.Cut(s, "\n"); return l }

// TestWithoutCredentialUsesTheFake: with nothing set, the command reads
// the built-in fake tenant, says so in its first line, writes a file
// that -check then finds current, and -check with other kinds exits 1
// with a diff.
func TestWithoutCredentialUsesTheFake(t *testing.T) {
	out := filepath.Join(t.TempDir(), "schemas_gen.go")
	r := runCmd(t, nil, "-kinds", "entity", "-o", out)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if !strings.Contains(firstLine(r.stderr), "no credential in the environment") || !strings.Contains(firstLine(r.stderr), "fake tenant (benchlingtest)") {
		t.Errorf("first line %q does not say it reads the fake tenant", firstLine(r.stderr))
	}
	code, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if tenant, ok := schemagen.HeaderTenant(code); !ok || tenant != schemagen.FakeTenant {
		t.Errorf("header tenant %q, %v", tenant, ok)
	}
	for _, want := range []string{"package schemas", "type Plasmid struct", "type ResistanceMarker string", "PlasmidFieldCopyNumber benchling.RangeField[int]"} {
		if !bytes.Contains(code, []byte(want)) {
			t.Errorf("the generated file lacks %q", want)
		}
	}
	stat, _ := os.Stat(out)

	r = runCmd(t, nil, "-kinds", "entity", "-o", out, "-check")
	if r.code != 0 || r.stdout != "" || !strings.Contains(r.stderr, "is current") {
		t.Errorf("-check of a current file: %+v", r)
	}
	r = runCmd(t, nil, "-kinds", "entity", "-o", out)
	if again, _ := os.Stat(out); r.code != 0 || !again.ModTime().Equal(stat.ModTime()) {
		t.Errorf("a current file was rewritten: %+v", r)
	}

	r = runCmd(t, nil, "-kinds", "entity,assay-result", "-o", out, "-check")
	if r.code != 1 {
		t.Fatalf("-check of a stale file: exit %d: %s", r.code, r.stderr)
	}
	if !strings.HasPrefix(r.stdout, "--- "+out+"\n+++ ") || !strings.Contains(r.stdout, "+type PlateReaderResult struct {") {
		t.Errorf("-check printed no diff of the difference:\n%s", r.stdout)
	}
	if !strings.Contains(r.stderr, "does not match the schemas of the fake tenant") {
		t.Errorf("stderr: %s", r.stderr)
	}
	if got, _ := os.ReadFile(out); !bytes.Equal(got, code) {
		t.Error("-check wrote the file")
	}
}

// TestStdoutAndPackage: without -o the code goes to standard output; the
// package comes from -package, else from $GOPACKAGE (go generate sets
// it), else it is schemas.
func TestStdoutAndPackage(t *testing.T) {
	r := runCmd(t, map[string]string{"GOPACKAGE": "lab"}, "-fake", "-kinds", "box")
	if r.code != 0 || !strings.Contains(r.stdout, "\npackage lab\n") || !strings.Contains(r.stdout, "type N9x9Box struct{}") {
		t.Errorf("exit %d, stdout:\n%s\nstderr: %s", r.code, r.stdout, r.stderr)
	}
	if !strings.Contains(firstLine(r.stderr), "-fake: reading the schemas of the built-in fake tenant") {
		t.Errorf("first line %q", firstLine(r.stderr))
	}
	r = runCmd(t, map[string]string{"GOPACKAGE": "lab"}, "-fake", "-kinds", "box", "-package", "inv")
	if !strings.Contains(r.stdout, "\npackage inv\n") {
		t.Errorf("-package: %s", r.stdout[:200])
	}
}

// TestRealTenant: with BENCHLING_TENANT and a credential in the
// environment, the command reads that tenant (here a fake one on
// loopback, standing in for a real one): API key or OAuth client
// credentials, and -check exits 1 once the tenant changes. The
// credential appears nowhere in the output.
func TestRealTenant(t *testing.T) {
	srv := benchlingtest.NewServer(t)
	srv.SeedSchemas()
	out := filepath.Join(t.TempDir(), "gen.go")
	key := map[string]string{"BENCHLING_TENANT": srv.URL, "BENCHLING_API_KEY": srv.APIKey}
	r := runCmd(t, key, "-kinds", "all", "-o", out, "-schema", "Plasmid", "-schema", "Cell Line")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if strings.Contains(r.stderr, "fake tenant") {
		t.Errorf("a real tenant's run mentions the fake: %s", r.stderr)
	}
	code, _ := os.ReadFile(out)
	host := strings.TrimPrefix(srv.URL, "http://")
	if tenant, _ := schemagen.HeaderTenant(code); tenant != host {
		t.Errorf("header tenant %q, want %q", tenant, host)
	}
	if !bytes.Contains(code, []byte("type Plasmid struct")) || !bytes.Contains(code, []byte("type CellLine struct")) || bytes.Contains(code, []byte("type Backbone struct")) {
		t.Errorf("-schema did not select Plasmid and Cell Line:\n%s", code)
	}

	oauth := map[string]string{"BENCHLING_CLIENT_ID": srv.ClientID, "BENCHLING_CLIENT_SECRET": srv.ClientSecret}
	r2 := runCmd(t, oauth, "-tenant", srv.URL, "-kinds", "all", "-o", out, "-schema", "Plasmid", "-schema", "Cell Line", "-check")
	if r2.code != 0 {
		t.Fatalf("OAuth -check: exit %d: %s%s", r2.code, r2.stdout, r2.stderr)
	}

	// The tenant changes: a second schema named Cell Line, with a field.
	if _, err := srv.Add("entity-schemas", &benchling.EntitySchema{Schema: benchling.Schema{Name: "Cell Line", Type: benchling.SchemaTypeCustomEntity,
		FieldDefinitions: benchling.SchemaFieldDefinitions{&benchling.SimpleFieldDefinition{FieldDefinition: benchling.FieldDefinition{Name: "Passage", Type: benchling.FieldTypeInteger}}}}}); err != nil {
		t.Fatal(err)
	}
	r3 := runCmd(t, key, "-kinds", "all", "-o", out, "-schema", "Plasmid", "-schema", "Cell Line", "-check")
	if r3.code != 1 || !strings.Contains(r3.stdout, "+\tPassage *int") {
		t.Errorf("-check after the change: exit %d:\n%s%s", r3.code, r3.stdout, r3.stderr)
	}
	for _, s := range []string{r.stdout, r.stderr, r2.stdout, r2.stderr, r3.stdout, r3.stderr, string(code)} {
		for _, secret := range []string{srv.APIKey, srv.ClientSecret} {
			if strings.Contains(s, secret) {
				t.Errorf("a credential in the output: %s", s)
			}
		}
	}

	srv.RejectAPIKey()
	r4 := runCmd(t, key, "-o", out)
	if r4.code != 2 || !strings.Contains(r4.stderr, "401") || strings.Contains(r4.stderr, srv.APIKey) {
		t.Errorf("a rejected key: %+v", r4)
	}
}

// TestRefusesToOverwrite: a file the command did not write is never
// overwritten, and without a credential a file generated from a real
// tenant is not overwritten with the fake's schemas unless -fake says so.
func TestRefusesToOverwrite(t *testing.T) {
	dir := t.TempDir()
	mine := filepath.Join(dir, "mine.go")
	os.WriteFile(mine, []byte("package schemas\n\n// hand-written\n"), 0o644)
	if r := runCmd(t, nil, "-fake", "-o", mine); r.code != 2 || !strings.Contains(r.stderr, "refusing to overwrite") || !strings.Contains(r.stderr, "not written by benchling-schemagen") {
		t.Errorf("a hand-written file: %+v", r)
	}
	if got, _ := os.ReadFile(mine); string(got) != "package schemas\n\n// hand-written\n" {
		t.Error("the hand-written file changed")
	}

	real := filepath.Join(dir, "real.go")
	os.WriteFile(real, []byte(schemagen.HeaderPrefix+"acme.benchling.com; DO NOT EDIT.\n\npackage schemas\n"), 0o644)
	r := runCmd(t, nil, "-o", real)
	if r.code != 2 || !strings.Contains(r.stderr, "generated from the schemas of acme.benchling.com, with the fake tenant's") {
		t.Errorf("a real tenant's file without a credential: %+v", r)
	}
	// -check without a credential cannot check a real tenant's file: a
	// usage error, not a stale file.
	if r := runCmd(t, nil, "-o", real, "-check"); r.code != 2 || !strings.Contains(r.stderr, "cannot check") {
		t.Errorf("-check of a real tenant's file without a credential: %+v", r)
	}
	if r := runCmd(t, nil, "-fake", "-o", real); r.code != 0 {
		t.Errorf("-fake: %+v", r)
	}
}

// TestUsageErrors: bad flags and environments exit 2 with a message;
// there is no flag for a credential.
func TestUsageErrors(t *testing.T) {
	key := map[string]string{"BENCHLING_API_KEY": "sk_secret_x"}
	for _, tc := range []struct {
		env  map[string]string
		args []string
		msg  string
	}{
		{nil, []string{"-kinds", "entities"}, `unknown kind of schema "entities"`},
		{nil, []string{"-check"}, "-check needs -o"},
		{nil, []string{"extra"}, "unexpected arguments"},
		{nil, []string{"-api-key", "sk_x"}, "flag provided but not defined: -api-key"},
		{nil, []string{"-fake", "-package", "my-pkg"}, `"my-pkg" is not a package name`},
		{nil, []string{"-fake", "-schema", "Nope"}, `no unarchived entity schema has the ID or name "Nope"`},
		{key, nil, "no tenant: pass -tenant or set BENCHLING_TENANT"},
		{map[string]string{"BENCHLING_API_KEY": "k", "BENCHLING_CLIENT_ID": "c", "BENCHLING_TENANT": "acme"}, nil, "set one credential"},
		{map[string]string{"BENCHLING_CLIENT_ID": "c", "BENCHLING_TENANT": "acme"}, nil, "go together"},
		{map[string]string{"BENCHLING_API_KEY": "sk_secret_x", "BENCHLING_TENANT": "http://example.com"}, nil, "invalid tenant"},
	} {
		r := runCmd(t, tc.env, tc.args...)
		if r.code != 2 || !strings.Contains(r.stderr, tc.msg) {
			t.Errorf("%v %v: exit %d, stderr %q; want 2 and %q", tc.env, tc.args, r.code, r.stderr, tc.msg)
		}
		if strings.Contains(r.stderr, "sk_secret_x") {
			t.Errorf("the key in the output: %s", r.stderr)
		}
	}
	if r := runCmd(t, nil, "-help"); r.code != 0 || !strings.Contains(r.stderr, "environment only") {
		t.Errorf("-help: %+v", r)
	}
}
