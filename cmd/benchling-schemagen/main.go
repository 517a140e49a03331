// Command benchling-schemagen writes Go types for the schemas of a Benchling
// tenant: one struct per schema, with one typed Go field per schema field,
// that converts to and from benchling.Fields (benchling.MarshalFields,
// benchling.UnmarshalFields); one string type per dropdown, with a constant
// per option; typed IDs for links; schema IDs as constants; and, for the
// schemas whose lists take schemaField filters, a typed filter handle per
// field (benchling.NewSchemaFieldFilters).
//
// Run it from go generate:
//
//	//go:generate go run github.com/benchling-go/benchling/cmd/benchling-schemagen@latest -tenant acme -kinds entity,assay-result -o schemas_gen.go
//
// and in CI with -check, which exits with status 1, printing a diff, when the
// file no longer matches the tenant's schemas.
//
// The tenant comes from -tenant or BENCHLING_TENANT. The credential comes
// from the environment only, never from a flag (flags end up in shell
// histories and go:generate lines): BENCHLING_API_KEY, or
// BENCHLING_CLIENT_ID and BENCHLING_CLIENT_SECRET (a Benchling App's OAuth
// client credentials). Without a credential, it reads the schemas of the
// built-in fake tenant (package benchlingtest, seeded with SeedSchemas) and
// says so in its first line of output, so that it can be tried with nothing
// set up; -fake asks for the fake tenant explicitly. Without -fake it will
// not overwrite a file generated from a real tenant with the fake tenant's
// schemas, and it never overwrites a file it did not generate.
//
// Flags:
//
//	-tenant name     the tenant: acme, acme.benchling.com or a URL (default $BENCHLING_TENANT)
//	-kinds list      the kinds of schemas, comma-separated, or all (default entity):
//	                 entity, batch, container, box, plate, location, entry, request,
//	                 request-task, workflow-task, workflow-output, assay-run, assay-result
//	-schema s        only the schema with this ID or name (repeatable; default all of the kinds)
//	-package name    the package of the generated file (default $GOPACKAGE, else schemas)
//	-o file          the file to write (default: standard output)
//	-check           write nothing; exit 1 and print a diff when -o's file is not current
//	-fake            read the built-in fake tenant, even with a credential set
//	-timeout d       how long reading the schemas may take (default 5m)
//
// The generated code is gofmt'd, passes go vet, documents every exported
// identifier, and depends only on the tenant's schemas: the same schemas
// give the same file, in a fixed order (schemas by kind, name and ID;
// fields in the schema's order; dropdowns by name), with no timestamp, so
// that a change in the tenant changes only the lines it touches.
//
// Names follow the SDK's naming rule (CONTRIBUTING.md §1.1) applied to the
// display names: the name is split into words at every character that is
// not a letter or digit and at case changes, each word is capitalised (ID,
// URL, JSON and the other initialisms of the table are written so), and
// the words are joined: "Copy Number" is CopyNumber, "Cell-line (HEK)" is
// CellLineHek. An empty result is Value; one that does not start with an
// upper-case letter gets the prefix N ("96-well Plate" is N96WellPlate). A
// name already taken in its scope gets a suffix: a schema's struct whose
// name a schema of another kind has taken tries its kind (a "Plate Reader"
// assay run schema beside a "Plate Reader" assay result schema makes
// PlateReader and PlateReaderAssayResult), a dropdown's type tries
// Dropdown; then the smallest number from 2 that makes the name free
// ("Cell Line" and "Cell-Line" make CellLine and CellLine2). Names are given in a fixed order: the structs (schemas in the
// order above), the dropdown types, then what is named after them (schema
// ID constants <S>SchemaID, ID types <S>ID, filter handles <S>Field<F>,
// dropdown ID constants <D>DropdownID, options <D><Option>), then the ID
// types of links that name no generated schema (DnaSequenceID, EntityID,
// ...). A struct's fields are named in its schema's order; BenchlingFields
// is reserved.
//
// Assay results and runs key their fields by the fields' system names, not
// their display names (the spec says so of results; runs are taken to do
// the same), and a field definition gives one name (the spec gives it no
// systemName): the structs of assay result and run schemas bind each field
// by that name made a system name as Benchling makes one by default, an
// assumption (lower case, each space or dash an underscore: "Well Position" is
// well_position), which leaves a name that is a system name already as it
// is. A field whose system name was set to something else will not decode,
// and a field whose default system name another field of the schema has
// (Benchling then gave it another) gets no Go field; the struct's doc
// comment names it.
//
// Exit status: 0 when the file was written (or, with -check, is current),
// 1 when -check finds it out of date, 2 on any error.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/internal/schemagen"
)

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Getenv, os.Stdout, os.Stderr))
}

// schemaList is the repeatable -schema flag.
type schemaList []string

func (s *schemaList) String() string { return strings.Join(*s, ", ") }
func (s *schemaList) Set(v string) error {
	if strings.TrimSpace(v) == "" {
		return errors.New("empty schema ID or name")
	}
	*s = append(*s, v)
	return nil
}

// errStale is the error of -check when the file is not current.
var errStale = errors.New("not current")

func run(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("benchling-schemagen", flag.ContinueOnError)
	flags.SetOutput(stderr)
	tenant := flags.String("tenant", getenv("BENCHLING_TENANT"), "the tenant: acme, acme.benchling.com or a URL (default $BENCHLING_TENANT)")
	kindList := flags.String("kinds", "entity", "the kinds of schemas, comma-separated, or all: "+strings.Join(schemagen.KindNames(), ", "))
	var schemas schemaList
	flags.Var(&schemas, "schema", "only the schema with this ID or name (repeatable)")
	pkg := flags.String("package", "", "the package of the generated file (default $GOPACKAGE, else schemas)")
	out := flags.String("o", "", "the file to write (default: standard output)")
	check := flags.Bool("check", false, "write nothing; exit 1 and print a diff when -o's file is not current")
	fake := flags.Bool("fake", false, "read the built-in fake tenant (benchlingtest), even with a credential set")
	timeout := flags.Duration("timeout", 5*time.Minute, "how long reading the schemas may take")
	flags.Usage = func() {
		fmt.Fprintf(stderr, "usage: benchling-schemagen [flags]\n\nWrites Go types for a Benchling tenant's schemas. The credential comes from the\nenvironment only: BENCHLING_API_KEY, or BENCHLING_CLIENT_ID and BENCHLING_CLIENT_SECRET;\nwithout one, the built-in fake tenant is read.\n\nFlags:\n")
		flags.PrintDefaults()
	}
	if err := flags.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if flags.NArg() > 0 {
		fmt.Fprintf(stderr, "benchling-schemagen: unexpected arguments %q (flags only; see -help)\n", flags.Args())
		return 2
	}
	err := generate(ctx, getenv, stdout, stderr, options{
		tenant: *tenant, kinds: *kindList, schemas: schemas, pkg: *pkg, out: *out, check: *check, fake: *fake, timeout: *timeout,
	})
	switch {
	case errors.Is(err, errStale):
		return 1
	case err != nil:
		fmt.Fprintf(stderr, "benchling-schemagen: %v\n", err)
		return 2
	}
	return 0
}

type options struct {
	tenant, kinds, pkg, out string
	schemas                 []string
	check, fake             bool
	timeout                 time.Duration
}

func generate(ctx context.Context, getenv func(string) string, stdout, stderr io.Writer, o options) error {
	kinds, err := schemagen.ParseKinds(o.kinds)
	if err != nil {
		return err
	}
	if o.pkg == "" {
		o.pkg = getenv("GOPACKAGE")
	}
	if o.pkg == "" {
		o.pkg = "schemas"
	}
	if o.check && o.out == "" {
		return errors.New("-check needs -o, the file to check")
	}
	existing, err := os.ReadFile(o.out)
	switch {
	case o.out == "" || errors.Is(err, fs.ErrNotExist):
		existing = nil
	case err != nil:
		return err
	}
	if existing != nil && !o.check {
		if _, ok := schemagen.HeaderTenant(existing); !ok {
			return fmt.Errorf("refusing to overwrite %s: it was not written by benchling-schemagen (its first line is not %q...)", o.out, schemagen.HeaderPrefix)
		}
	}

	apiKey := getenv("BENCHLING_API_KEY")
	clientID, secret := getenv("BENCHLING_CLIENT_ID"), getenv("BENCHLING_CLIENT_SECRET")
	var (
		c          *benchling.Client
		from       string
		stop       = func() {}
		credential = apiKey != "" || clientID != "" || secret != ""
	)
	if o.fake || !credential {
		if o.fake {
			fmt.Fprintln(stderr, "benchling-schemagen: -fake: reading the schemas of the built-in fake tenant (benchlingtest)")
		} else {
			fmt.Fprintln(stderr, "benchling-schemagen: no credential in the environment (BENCHLING_API_KEY, or BENCHLING_CLIENT_ID and BENCHLING_CLIENT_SECRET): reading the schemas of the built-in fake tenant (benchlingtest)")
			if t, ok := schemagen.HeaderTenant(existing); ok && t != schemagen.FakeTenant {
				if o.check {
					return fmt.Errorf("cannot check %s, generated from the schemas of %s, against the fake tenant's: set the credential, or pass -fake", o.out, t)
				}
				return fmt.Errorf("refusing to overwrite %s, generated from the schemas of %s, with the fake tenant's: set the credential, or pass -fake", o.out, t)
			}
		}
		c, stop, err = schemagen.StartFake()
		if err != nil {
			return fmt.Errorf("starting the fake tenant: %w", err)
		}
		from = schemagen.FakeTenant
	} else {
		if o.tenant == "" {
			return errors.New("no tenant: pass -tenant or set BENCHLING_TENANT")
		}
		var auth benchling.Option
		switch {
		case apiKey != "" && (clientID != "" || secret != ""):
			return errors.New("both BENCHLING_API_KEY and BENCHLING_CLIENT_ID/BENCHLING_CLIENT_SECRET are set: set one credential")
		case apiKey != "":
			auth = benchling.WithAPIKey(apiKey)
		case clientID == "" || secret == "":
			return errors.New("BENCHLING_CLIENT_ID and BENCHLING_CLIENT_SECRET go together: set both")
		default:
			auth = benchling.WithClientCredentials(clientID, secret)
		}
		c, err = benchling.NewClient(o.tenant, auth, benchling.WithUserAgent("benchling-schemagen"))
		if err != nil {
			return err
		}
		from = c.BaseURL()
		if u, err := url.Parse(from); err == nil && u.Host != "" {
			from = u.Host
		}
	}
	defer stop()

	ctx, cancel := context.WithTimeout(ctx, o.timeout)
	defer cancel()
	src, err := schemagen.Load(ctx, c, from, schemagen.Selection{Kinds: kinds, Schemas: o.schemas})
	if err != nil {
		return err
	}
	code, err := schemagen.Generate(src, schemagen.Options{Package: o.pkg})
	if err != nil {
		return err
	}

	switch {
	case o.check:
		if d := schemagen.Diff(o.out, o.out+" (from the schemas of "+from+")", existing, code); d != "" {
			fmt.Fprint(stdout, d)
			fmt.Fprintf(stderr, "benchling-schemagen: %s does not match the schemas of %s: run benchling-schemagen without -check to update it\n", o.out, from)
			return errStale
		}
		fmt.Fprintf(stderr, "benchling-schemagen: %s is current (%d schemas of %s)\n", o.out, len(src.Schemas), from)
		return nil
	case o.out == "":
		_, err := stdout.Write(code)
		return err
	case string(existing) == string(code):
		fmt.Fprintf(stderr, "benchling-schemagen: %s is current (%d schemas of %s)\n", o.out, len(src.Schemas), from)
		return nil
	}
	if err := writeFile(o.out, code); err != nil {
		return err
	}
	fmt.Fprintf(stderr, "benchling-schemagen: wrote %s (%d schemas of %s)\n", o.out, len(src.Schemas), from)
	return nil
}

// writeFile replaces the file name with data, through a temporary file in
// the same directory, so that a failure leaves the old file whole.
func writeFile(name string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(name), ".benchling-schemagen-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), name)
}
