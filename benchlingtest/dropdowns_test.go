package benchlingtest_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/benchling-go/benchling"
	"github.com/google/go-cmp/cmp"
)

func optionNames(d *benchling.Dropdown) []string {
	var out []string
	for _, o := range d.Options {
		s := o.Name
		if o.ArchiveRecord != nil {
			s += " (" + o.ArchiveRecord.Reason + ")"
		}
		out = append(out, s)
	}
	return out
}

// TestDropdownsE2E drives every Dropdowns method: a dropdown created with
// options (IDs made by the server), listed as summaries, found by name,
// its options renamed and extended, archived and unarchived.
func TestDropdownsE2E(t *testing.T) {
	srv, c := e2eSetup(t, nil)
	ctx := e2eCtx(t)
	d := c.Dropdowns
	created, resp, err := d.Create(ctx, &benchling.DropdownCreate{Name: "Resistance", RegistryID: benchling.Ptr(srv.RegistryID()),
		Options: []benchling.DropdownOptionCreate{{Name: "Ampicillin"}, {Name: "Kanamycin"}}})
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("Create: %v, %v", resp, err)
	}
	if !strings.HasPrefix(created.ID, "sfso_") || len(created.Options) != 2 || !strings.HasPrefix(created.Options[0].ID, "sfs_") ||
		created.Options[0].ID == created.Options[1].ID {
		t.Errorf("created: %+v", created)
	}
	if _, _, err := d.Create(ctx, &benchling.DropdownCreate{Name: "resistance", Options: []benchling.DropdownOptionCreate{}}); !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("Create with a name in use: %v, want ErrBadRequest", err)
	}
	if _, _, err := d.Create(ctx, &benchling.DropdownCreate{Name: "Host", Options: []benchling.DropdownOptionCreate{{Name: " "}}}); !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("Create with a blank option: %v, want ErrBadRequest", err)
	}
	host, _, err := d.Create(ctx, &benchling.DropdownCreate{Name: "Host", Options: []benchling.DropdownOptionCreate{{Name: "E. coli"}}})
	if err != nil {
		t.Fatal(err)
	}

	sums, _, err := d.List(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	names := e2eIDs(sums, func(s *benchling.DropdownSummary) string { return s.Name })
	slices.Sort(names)
	if !slices.Equal(names, []string{"Host", "Resistance"}) {
		t.Errorf("List: %v", names)
	}
	if n := len(e2eCollect(t, d.All(ctx, &benchling.ListOptions{PageSize: 1}))); n != 2 {
		t.Errorf("All: %d", n)
	}
	if pages := e2eCollect(t, d.Pages(ctx, &benchling.ListOptions{PageSize: 1})); len(pages) != 2 || len(pages[0].Items) != 1 {
		t.Errorf("Pages: %d", len(pages))
	}
	got, _, err := d.Get(ctx, created.ID)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(created, got); diff != "" {
		t.Errorf("Get (-created +got):\n%s", diff)
	}
	found, err := d.ByName(ctx, "Host")
	if err != nil || found.ID != host.ID || found.Option("E. coli") == nil {
		t.Errorf("ByName(Host): %+v, %v", found, err)
	}
	if _, err := d.ByName(ctx, "Color"); !errors.Is(err, benchling.ErrNotFound) {
		t.Errorf("ByName(Color): %v", err)
	}
	if _, _, err := d.Get(ctx, "sfso_nope"); !errors.Is(err, benchling.ErrNotFound) {
		t.Errorf("Get unknown: %v", err)
	}

	amp, kan := created.Options[0].ID, created.Options[1].ID
	up, _, err := d.Update(ctx, created.ID, []benchling.DropdownOptionUpdate{{ID: benchling.Ptr(amp), Name: "Ampicillin 100"}, {Name: "Spectinomycin"}})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"Ampicillin 100", "Kanamycin", "Spectinomycin"}, optionNames(up)); diff != "" {
		t.Errorf("Update (-want +got):\n%s", diff)
	}
	if up.Options[0].ID != amp {
		t.Errorf("the renamed option's ID changed: %s", up.Options[0].ID)
	}
	if _, _, err := d.Update(ctx, created.ID, []benchling.DropdownOptionUpdate{{ID: benchling.Ptr(host.Options[0].ID), Name: "x"}}); !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("Update with another dropdown's option: %v, want ErrBadRequest", err)
	}

	ch, _, err := d.ArchiveOptions(ctx, created.ID, &benchling.DropdownOptionsArchive{DropdownOptionIDs: []string{kan}, Reason: benchling.EntityArchiveReasonRetired})
	if err != nil || !slices.Equal(ch.DropdownOptionIDs, []string{kan}) {
		t.Fatalf("ArchiveOptions: %+v, %v", ch, err)
	}
	after, _, _ := d.Get(ctx, created.ID)
	if diff := cmp.Diff([]string{"Ampicillin 100", "Kanamycin (Retired)", "Spectinomycin"}, optionNames(after)); diff != "" {
		t.Errorf("after ArchiveOptions (-want +got):\n%s", diff)
	}
	if after.Option("Kanamycin") != nil {
		t.Error("Option finds an archived option")
	}
	if _, _, err := d.ArchiveOptions(ctx, created.ID, &benchling.DropdownOptionsArchive{DropdownOptionIDs: []string{"sfs_nope"}, Reason: benchling.EntityArchiveReasonRetired}); !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("ArchiveOptions of an unknown option: %v", err)
	}
	if _, _, err := d.ArchiveOptions(ctx, "sfso_nope", &benchling.DropdownOptionsArchive{DropdownOptionIDs: []string{kan}, Reason: benchling.EntityArchiveReasonRetired}); !errors.Is(err, benchling.ErrNotFound) {
		t.Errorf("ArchiveOptions of an unknown dropdown: %v", err)
	}
	ch, _, err = d.UnarchiveOptions(ctx, created.ID, []string{kan, amp})
	if err != nil || !slices.Equal(ch.DropdownOptionIDs, []string{kan}) {
		t.Errorf("UnarchiveOptions (amp was not archived): %+v, %v", ch, err)
	}
	if after, _, _ := d.Get(ctx, created.ID); after.Option("Kanamycin") == nil {
		t.Error("Kanamycin is still archived")
	}
}
