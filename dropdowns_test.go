package benchling

import (
	"errors"
	"net/http"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestDropdownsList(t *testing.T) {
	env := setup(t)
	fx := specFixture(t, "listDropdowns", http.StatusOK)
	env.mux.HandleFunc("GET /dropdowns", func(w http.ResponseWriter, r *http.Request) {
		testQuery(t, r, map[string]string{"pageSize": "3", "nextToken": "t"})
		serveJSON(t, http.MethodGet, http.StatusOK, fx)(w, r)
	})
	got, resp, err := env.client.Dropdowns.List(testCtx(t), &ListOptions{PageSize: 3, NextToken: "t"})
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, fx, map[string]any{"dropdowns": got, "nextToken": resp.NextToken})
}

func TestDropdownsAllAndPages(t *testing.T) {
	env := setup(t)
	twoPages(t, env, "GET /dropdowns", "dropdowns",
		[]any{map[string]any{"id": "sfso_1", "name": "A"}}, []any{map[string]any{"id": "sfso_2", "name": "B"}})
	ctx := testCtx(t)
	var ids []string
	for d, err := range env.client.Dropdowns.All(ctx, nil) {
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, d.ID)
	}
	for p, err := range env.client.Dropdowns.Pages(ctx, nil) {
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, "page:"+p.Items[0].ID)
	}
	if diff := cmp.Diff([]string{"sfso_1", "sfso_2", "page:sfso_1", "page:sfso_2"}, ids); diff != "" {
		t.Errorf("All, Pages (-want +got):\n%s", diff)
	}
}

func TestDropdownsGet(t *testing.T) {
	env := setup(t)
	fx := specFixture(t, "getDropdown", http.StatusOK)
	env.mux.HandleFunc("GET /dropdowns/sfso_1", serveJSON(t, http.MethodGet, http.StatusOK, fx))
	env.mux.HandleFunc("GET /dropdowns/sfso_missing", serveJSON(t, http.MethodGet, http.StatusNotFound, notFoundBody("Dropdown", "sfso_missing")))
	ctx := testCtx(t)
	got, _, err := env.client.Dropdowns.Get(ctx, "sfso_1")
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, fx, got)
	if _, _, err := env.client.Dropdowns.Get(ctx, "sfso_missing"); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown dropdown: err = %v, want ErrNotFound", err)
	}
	wantInvalidID(t, map[string]func() error{
		"Get":    func() error { _, _, err := env.client.Dropdowns.Get(ctx, ""); return err },
		"Update": func() error { _, _, err := env.client.Dropdowns.Update(ctx, "a/b", nil); return err },
		"ArchiveOptions dropdown": func() error {
			_, _, err := env.client.Dropdowns.ArchiveOptions(ctx, "", &DropdownOptionsArchive{DropdownOptionIDs: []string{"sfs_1"}})
			return err
		},
		"ArchiveOptions no IDs": func() error {
			_, _, err := env.client.Dropdowns.ArchiveOptions(ctx, "sfso_1", &DropdownOptionsArchive{Reason: EntityArchiveReasonRetired})
			return err
		},
		"UnarchiveOptions no IDs": func() error { _, _, err := env.client.Dropdowns.UnarchiveOptions(ctx, "sfso_1", nil); return err },
	})
}

// TestDropdownsByName matches on every page of summaries (100 per
// request), then gets the dropdown found, with its options.
func TestDropdownsByName(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /dropdowns", func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		if q.Get("pageSize") != "100" {
			t.Errorf("pageSize = %q, want 100", q.Get("pageSize"))
		}
		page := map[string]any{"dropdowns": []any{
			map[string]any{"id": "sfso_1", "name": "Host"}, map[string]any{"id": "sfso_2", "name": "Twin"},
		}, "nextToken": "p2"}
		if q.Get("nextToken") == "p2" {
			page = map[string]any{"dropdowns": []any{
				map[string]any{"id": "sfso_3", "name": "Resistance"}, map[string]any{"id": "sfso_4", "name": "Twin"},
			}, "nextToken": ""}
		}
		serveJSON(t, http.MethodGet, http.StatusOK, page)(w, r)
	})
	gets := 0
	env.mux.HandleFunc("GET /dropdowns/sfso_3", func(w http.ResponseWriter, r *http.Request) {
		gets++
		serveJSON(t, http.MethodGet, http.StatusOK, map[string]any{"id": "sfso_3", "name": "Resistance", "options": []any{
			map[string]any{"id": "sfs_1", "name": "Kan", "archiveRecord": map[string]any{"reason": "Retired"}},
			map[string]any{"id": "sfs_2", "name": "Kan"},
			map[string]any{"id": "sfs_3", "name": "Amp"},
		}})(w, r)
	})
	ctx := testCtx(t)
	d, err := env.client.Dropdowns.ByName(ctx, "Resistance")
	if err != nil {
		t.Fatal(err)
	}
	if gets != 1 || len(d.Options) != 3 {
		t.Errorf("ByName got %d options after %d gets", len(d.Options), gets)
	}
	if o := d.Option("Kan"); o == nil || o.ID != "sfs_2" {
		t.Errorf("Option(Kan) = %v, want the unarchived sfs_2", o)
	}
	if d.Option("Tet") != nil {
		t.Error("Option(Tet) is not nil")
	}
	_, err = env.client.Dropdowns.ByName(ctx, "Twin")
	var amb *AmbiguousError
	if !errors.As(err, &amb) || !slices.Equal(amb.IDs, []string{"sfso_2", "sfso_4"}) {
		t.Errorf("ByName(Twin) err = %v", err)
	}
	if _, err := env.client.Dropdowns.ByName(ctx, "None"); !errors.Is(err, ErrNotFound) {
		t.Errorf("ByName(None) err = %v", err)
	}
	if gets != 1 {
		t.Errorf("%d gets; a failed lookup gets nothing", gets)
	}
}

func TestDropdownsCreateUpdate(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("POST /dropdowns", serveSpecBody(t, http.MethodPost, "createDropdown", http.StatusOK))
	env.mux.HandleFunc("PATCH /dropdowns/sfso_1", serveSpecBody(t, http.MethodPatch, "updateDropdown", http.StatusOK))
	ctx := testCtx(t)
	got, _, err := env.client.Dropdowns.Create(ctx, specBody[DropdownCreate](t, "createDropdown"))
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, specFixture(t, "createDropdown", http.StatusOK), got)
	up := specBody[struct {
		Options []DropdownOptionUpdate `json:"options"`
	}](t, "updateDropdown")
	got, _, err = env.client.Dropdowns.Update(ctx, "sfso_1", up.Options)
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, specFixture(t, "updateDropdown", http.StatusOK), got)
}

func TestDropdownsArchiveOptions(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("POST /dropdowns/sfso_1/options:archive", serveSpecBody(t, http.MethodPost, "archiveDropdownOptions", http.StatusOK))
	env.mux.HandleFunc("POST /dropdowns/sfso_1/options:unarchive", serveSpecBody(t, http.MethodPost, "unarchiveDropdownOptions", http.StatusOK))
	ctx := testCtx(t)
	got, _, err := env.client.Dropdowns.ArchiveOptions(ctx, "sfso_1", specBody[DropdownOptionsArchive](t, "archiveDropdownOptions"))
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, specFixture(t, "archiveDropdownOptions", http.StatusOK), got)
	un := specBody[struct {
		IDs []string `json:"dropdownOptionIds"`
	}](t, "unarchiveDropdownOptions")
	got, _, err = env.client.Dropdowns.UnarchiveOptions(ctx, "sfso_1", un.IDs)
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, specFixture(t, "unarchiveDropdownOptions", http.StatusOK), got)
}
