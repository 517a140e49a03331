package benchlingtest_test

import (
	"errors"
	"slices"
	"testing"

	"github.com/benchling-go/benchling"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func folderIDs(fs []*benchling.Folder) []string {
	return e2eIDs(fs, func(f *benchling.Folder) string { return f.ID })
}

// TestFoldersE2E drives every Folders method: the tenant's starting
// folder, a tree of new folders, the list filters, the by-name lookup,
// and archiving that cascades to subfolders and the items in them.
func TestFoldersE2E(t *testing.T) {
	srv, c := e2eSetup(t, nil)
	ctx := e2eCtx(t)
	f := c.Folders
	root, _, err := f.Get(ctx, srv.FolderID())
	if err != nil {
		t.Fatal(err)
	}
	if root.ProjectID != srv.ProjectID() || root.ParentFolderID != nil || root.ArchiveRecord != nil {
		t.Fatalf("the starting folder: %+v", root)
	}
	mk := func(name, parent string) *benchling.Folder {
		t.Helper()
		got, resp, err := f.Create(ctx, &benchling.FolderCreate{Name: name, ParentFolderID: parent})
		if err != nil || resp.StatusCode != 201 {
			t.Fatalf("Create %s: %v", name, err)
		}
		return got
	}
	plasmids := mk("Plasmids", root.ID)
	inner := mk("Plasmids", plasmids.ID) // the same name under another parent
	primers := mk("Primers", root.ID)
	if plasmids.ProjectID != srv.ProjectID() || *inner.ParentFolderID != plasmids.ID || inner.ProjectID != srv.ProjectID() {
		t.Errorf("new folders: %+v, %+v", plasmids, inner)
	}
	if _, _, err := f.Create(ctx, &benchling.FolderCreate{Name: "Orphan", ParentFolderID: "lib_nope"}); !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("Create in an unknown parent: %v, want ErrBadRequest", err)
	}
	if _, _, err := f.Get(ctx, "lib_nope"); !errors.Is(err, benchling.ErrNotFound) {
		t.Errorf("Get unknown: %v", err)
	}

	list := func(o *benchling.FolderListOptions) []string {
		t.Helper()
		got, _, err := f.List(ctx, o)
		if err != nil {
			t.Fatal(err)
		}
		ids := folderIDs(got)
		slices.Sort(ids)
		return ids
	}
	sorted := func(ids ...string) []string { slices.Sort(ids); return ids }
	for name, tc := range map[string]struct {
		o    *benchling.FolderListOptions
		want []string
	}{
		"all":           {nil, sorted(root.ID, plasmids.ID, inner.ID, primers.ID)},
		"roots":         {&benchling.FolderListOptions{ParentFolderID: benchling.FolderNoParent}, []string{root.ID}},
		"children":      {&benchling.FolderListOptions{ParentFolderID: root.ID}, sorted(plasmids.ID, primers.ID)},
		"project":       {&benchling.FolderListOptions{ProjectID: srv.ProjectID()}, sorted(root.ID, plasmids.ID, inner.ID, primers.ID)},
		"other project": {&benchling.FolderListOptions{ProjectID: "src_nope"}, nil},
		"name":          {&benchling.FolderListOptions{Name: "Plasmids"}, sorted(plasmids.ID, inner.ID)},
		"nameIncludes":  {&benchling.FolderListOptions{NameIncludes: "prim"}, []string{primers.ID}},
		"ids":           {&benchling.FolderListOptions{IDs: []string{primers.ID}}, []string{primers.ID}},
	} {
		if diff := cmp.Diff(tc.want, list(tc.o), cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("List %s (-want +got):\n%s", name, diff)
		}
	}
	if got := folderIDs(e2eCollect(t, f.All(ctx, &benchling.FolderListOptions{ListOptions: benchling.ListOptions{PageSize: 1}, Sort: benchling.SortNameAsc}))); len(got) != 4 {
		t.Errorf("All by one: %v", got)
	}
	var pages int
	for p, err := range f.Pages(ctx, &benchling.FolderListOptions{ListOptions: benchling.ListOptions{PageSize: 3}}) {
		if err != nil {
			t.Fatal(err)
		}
		pages++
		if pages == 1 && (len(p.Items) != 3 || p.NextToken == "") {
			t.Errorf("first page: %d items, next %q", len(p.Items), p.NextToken)
		}
	}
	if pages != 2 {
		t.Errorf("%d pages, want 2", pages)
	}

	// By name: two folders are named Plasmids; the parent tells them apart.
	_, err = f.ByName(ctx, "Plasmids", nil)
	var amb *benchling.AmbiguousError
	if !errors.As(err, &amb) || !slices.Equal(sorted(amb.IDs...), sorted(plasmids.ID, inner.ID)) {
		t.Errorf("ByName(Plasmids): %v", err)
	}
	got, err := f.ByName(ctx, "Plasmids", &benchling.FolderListOptions{ParentFolderID: plasmids.ID})
	if err != nil || got.ID != inner.ID {
		t.Errorf("ByName(Plasmids) under %s: %v, %v", plasmids.ID, got, err)
	}
	if _, err := f.ByName(ctx, "Antibodies", nil); !errors.Is(err, benchling.ErrNotFound) {
		t.Errorf("ByName(Antibodies): %v", err)
	}

	// Archiving Plasmids archives the folder below and the items in both;
	// an item archived before on its own stays archived on unarchive.
	seqIn := func(folder, name string) *benchling.DnaSequence {
		s, _, err := c.DnaSequences.Create(ctx, &benchling.DnaSequenceCreate{EntityCreateBase: benchling.EntityCreateBase{Name: name, FolderID: benchling.Ptr(folder)}, Bases: "ATGC"})
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	s1, s2, s3, other := seqIn(plasmids.ID, "pA"), seqIn(inner.ID, "pB"), seqIn(inner.ID, "pC"), seqIn(primers.ID, "oligo")
	if _, _, err := c.DnaSequences.Archive(ctx, &benchling.DnaSequencesArchive{DnaSequenceIDs: []string{s3.ID}, Reason: benchling.EntityArchiveReasonExpired}); err != nil {
		t.Fatal(err)
	}
	entry, _, err := c.Entries.Create(ctx, &benchling.EntryCreate{Name: "Cloning", FolderID: inner.ID})
	if err != nil {
		t.Fatal(err)
	}
	ch, _, err := f.Archive(ctx, &benchling.FoldersArchive{FolderIDs: []string{plasmids.ID}, Reason: benchling.EntityArchiveReasonRetired})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(&benchling.FoldersArchivalChange{
		FolderIDs: []string{plasmids.ID, inner.ID}, DnaSequenceIDs: []string{s1.ID, s2.ID}, EntryIDs: []string{entry.ID},
	}, ch, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("Archive (-want +got):\n%s", diff)
	}
	if got := list(nil); !slices.Equal(got, sorted(root.ID, primers.ID)) {
		t.Errorf("unarchived folders after the archive: %v", got)
	}
	if got := list(&benchling.FolderListOptions{ArchiveReason: string(benchling.EntityArchiveReasonRetired)}); !slices.Equal(got, sorted(plasmids.ID, inner.ID)) {
		t.Errorf("folders archived as Retired: %v", got)
	}
	if s, _, _ := c.DnaSequences.Get(ctx, s2.ID, nil); s.ArchiveRecord == nil || s.ArchiveRecord.Reason != "Retired" {
		t.Errorf("a sequence in the archived subfolder: %+v", s.ArchiveRecord)
	}
	if s, _, _ := c.DnaSequences.Get(ctx, other.ID, nil); s.ArchiveRecord != nil {
		t.Errorf("a sequence in another folder was archived: %+v", s.ArchiveRecord)
	}
	if _, _, err := f.Create(ctx, &benchling.FolderCreate{Name: "Late", ParentFolderID: inner.ID}); !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("Create in an archived folder: %v, want ErrBadRequest", err)
	}
	if _, _, err := f.Archive(ctx, &benchling.FoldersArchive{FolderIDs: []string{primers.ID}, Reason: benchling.EntityArchiveReasonExpended}); !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("Archive for an entity-only reason: %v, want ErrBadRequest", err)
	}
	ch, _, err = f.Unarchive(ctx, []string{plasmids.ID})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(&benchling.FoldersArchivalChange{
		FolderIDs: []string{plasmids.ID, inner.ID}, DnaSequenceIDs: []string{s1.ID, s2.ID}, EntryIDs: []string{entry.ID},
	}, ch, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("Unarchive (-want +got):\n%s", diff)
	}
	if s, _, _ := c.DnaSequences.Get(ctx, s3.ID, nil); s.ArchiveRecord == nil || s.ArchiveRecord.Reason != "Expired" {
		t.Errorf("a sequence archived on its own before: %+v", s.ArchiveRecord)
	}
	if _, _, err := f.Unarchive(ctx, []string{"lib_nope"}); !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("Unarchive unknown: %v", err)
	}
}

// TestProjectsE2E drives every Projects method: the starting project,
// another project added with its folder, the projectId filter of folders
// and sequences, the lookup, and archiving a whole project.
func TestProjectsE2E(t *testing.T) {
	srv, c := e2eSetup(t, nil)
	ctx := e2eCtx(t)
	p := c.Projects
	start, _, err := p.Get(ctx, srv.ProjectID())
	if err != nil {
		t.Fatal(err)
	}
	if start.Owner.ID != srv.AdminUserID() || start.ArchiveRecord != nil {
		t.Errorf("the starting project: %+v", start)
	}
	ids, err := srv.Add("projects", &benchling.Project{Name: "Antibodies"})
	if err != nil {
		t.Fatal(err)
	}
	ab := ids[0]
	fids, err := srv.Add("folders", &benchling.Folder{Name: "Antibodies root", ProjectID: ab})
	if err != nil {
		t.Fatal(err)
	}
	sub, _, err := c.Folders.Create(ctx, &benchling.FolderCreate{Name: "Heavy chains", ParentFolderID: fids[0]})
	if err != nil || sub.ProjectID != ab {
		t.Fatalf("a folder in the added project: %+v, %v", sub, err)
	}
	seq, _, err := c.DnaSequences.Create(ctx, &benchling.DnaSequenceCreate{EntityCreateBase: benchling.EntityCreateBase{Name: "VH", FolderID: benchling.Ptr(sub.ID)}, Bases: "ATGC"})
	if err != nil {
		t.Fatal(err)
	}
	inAb, _, err := c.DnaSequences.List(ctx, &benchling.DnaSequenceListOptions{EntityListFilters: benchling.EntityListFilters{ProjectID: ab}})
	if err != nil || len(inAb) != 1 || inAb[0].ID != seq.ID {
		t.Errorf("sequences of the project: %v, %v", inAb, err)
	}
	if l, _, _ := c.DnaSequences.List(ctx, &benchling.DnaSequenceListOptions{EntityListFilters: benchling.EntityListFilters{ProjectID: srv.ProjectID()}}); len(l) != 0 {
		t.Errorf("the starting project lists %d sequences of the other", len(l))
	}

	all, _, err := p.List(ctx, &benchling.ProjectListOptions{Sort: benchling.SortNameAsc})
	if err != nil || len(all) != 2 || all[0].Name != "Antibodies" {
		t.Errorf("List: %v, %v", all, err)
	}
	if n := len(e2eCollect(t, p.All(ctx, &benchling.ProjectListOptions{ListOptions: benchling.ListOptions{PageSize: 1}}))); n != 2 {
		t.Errorf("All: %d projects", n)
	}
	pages := e2eCollect(t, p.Pages(ctx, &benchling.ProjectListOptions{ListOptions: benchling.ListOptions{PageSize: 1}}))
	if len(pages) != 2 || pages[1].NextToken != "" {
		t.Errorf("Pages: %d pages", len(pages))
	}
	got, err := p.ByName(ctx, "Antibodies", nil)
	if err != nil || got.ID != ab || got.Owner.ID != srv.AdminUserID() {
		t.Errorf("ByName: %+v, %v", got, err)
	}
	if _, err := p.ByName(ctx, "Vaccines", nil); !errors.Is(err, benchling.ErrNotFound) {
		t.Errorf("ByName(Vaccines): %v", err)
	}

	ch, _, err := p.Archive(ctx, &benchling.ProjectsArchive{ProjectIDs: []string{ab}, Reason: benchling.EntityArchiveReasonMadeInError})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(&benchling.ProjectsArchivalChange{ProjectIDs: []string{ab}, FolderIDs: []string{fids[0], sub.ID}, DnaSequenceIDs: []string{seq.ID}}, ch, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("Archive (-want +got):\n%s", diff)
	}
	if l, _, _ := p.List(ctx, nil); len(l) != 1 || l[0].ID != srv.ProjectID() {
		t.Errorf("unarchived projects: %v", l)
	}
	if l, _, _ := p.List(ctx, &benchling.ProjectListOptions{ArchiveReason: benchling.ArchiveFilterAnyArchived, IDs: []string{ab}}); len(l) != 1 {
		t.Errorf("archived projects: %v", l)
	}
	if _, err := p.ByName(ctx, "Antibodies", nil); !errors.Is(err, benchling.ErrNotFound) {
		t.Errorf("an archived project by name: %v", err)
	}
	ch, _, err = p.Unarchive(ctx, []string{ab})
	if err != nil || !slices.Equal(ch.FolderIDs, []string{fids[0], sub.ID}) {
		t.Errorf("Unarchive: %+v, %v", ch, err)
	}
	if s, _, _ := c.DnaSequences.Get(ctx, seq.ID, nil); s.ArchiveRecord != nil {
		t.Errorf("the sequence stays archived: %+v", s.ArchiveRecord)
	}
	if _, _, err := p.Get(ctx, "src_nope"); !errors.Is(err, benchling.ErrNotFound) {
		t.Errorf("Get unknown: %v", err)
	}
}
