package benchlingtest_test

import (
	"strings"
	"testing"

	"github.com/benchling-go/benchling"
)

// TestE2EFeatureLibraries drives every method of FeatureLibrariesService
// against the fake tenant.
func TestE2EFeatureLibraries(t *testing.T) {
	srv, c := e2eSetup(t, nil)
	ctx, s := e2eCtx(t), c.FeatureLibraries

	mine, _, err := s.Create(ctx, &benchling.FeatureLibraryCreate{Name: "Common features", Description: "Promoters and tags"})
	if err != nil || !strings.HasPrefix(mine.ID, "featlib_") || mine.Owner.ID != srv.AdminUserID() || mine.WebURL == "" {
		t.Fatalf("Create: %v %+v", err, mine)
	}
	orgIDs, err := srv.Add("organizations", map[string]any{"name": "Protein Sciences"})
	if err != nil {
		t.Fatal(err)
	}
	org, _, err := s.Create(ctx, &benchling.FeatureLibraryCreate{Name: "Lab features", Description: "Shared", OrganizationID: &orgIDs[0]})
	if err != nil || org.Owner.ID != orgIDs[0] || org.Owner.Name != "Protein Sciences" || org.Owner.Handle != "protein-sciences" {
		t.Fatalf("Create for an organization: %v %+v", err, org)
	}
	if _, _, err := s.Create(ctx, &benchling.FeatureLibraryCreate{Name: "x", Description: "y", OrganizationID: benchling.Ptr("ent_nobody")}); !strings.Contains(errText(err), "ent_nobody") {
		t.Errorf("Create for an unknown organization: %v", err)
	}
	if _, _, err := s.Create(ctx, &benchling.FeatureLibraryCreate{Name: "x"}); err == nil {
		t.Error("Create without a description succeeded")
	}
	got, _, err := s.Get(ctx, mine.ID, &benchling.FeatureLibraryGetOptions{Returning: []string{"id", "name"}})
	if err != nil || got.Name != "Common features" || got.Description != "" {
		t.Fatalf("Get with returning: %v %+v", err, got)
	}
	_, _, err = s.Get(ctx, "featlib_missing", nil)
	e2eWantNotFound(t, err, "featlib_missing")
	up, _, err := s.Update(ctx, mine.ID, &benchling.FeatureLibraryUpdate{Description: benchling.Ptr("Promoters, tags and terminators")})
	if err != nil || up.Description != "Promoters, tags and terminators" || up.Name != "Common features" {
		t.Fatalf("Update: %v %+v", err, up)
	}
	l, _, err := s.List(ctx, &benchling.FeatureLibraryListOptions{NameIncludes: "lab", Sort: benchling.SortNameAsc})
	if err != nil || len(l) != 1 || l[0].ID != org.ID {
		t.Errorf("List nameIncludes: %v %+v", err, l)
	}
	if n := len(e2eCollect(t, s.All(ctx, &benchling.FeatureLibraryListOptions{ListOptions: benchling.ListOptions{PageSize: 1}}))); n != 2 {
		t.Errorf("All: %d", n)
	}
	if n := len(e2eCollect(t, s.Pages(ctx, &benchling.FeatureLibraryListOptions{ListOptions: benchling.ListOptions{PageSize: 1}}))); n != 2 {
		t.Errorf("Pages: %d", n)
	}

	t7, _, err := s.CreateFeature(ctx, &benchling.FeatureCreate{Name: "T7 promoter", FeatureLibraryID: mine.ID, FeatureType: "promoter",
		MatchType: benchling.FeatureMatchTypeNucleotide, Pattern: "TAATACGACTCACTATAG", Color: benchling.Ptr("#F58A5E")})
	if err != nil || !strings.HasPrefix(t7.ID, "feat_") || *t7.FeatureType != "promoter" {
		t.Fatalf("CreateFeature: %v %+v", err, t7)
	}
	if _, _, err := s.CreateFeature(ctx, &benchling.FeatureCreate{Name: "x", FeatureLibraryID: "featlib_nope", FeatureType: "t",
		MatchType: benchling.FeatureMatchTypeProtein, Pattern: "HHHHHH"}); !strings.Contains(errText(err), "featlib_nope") {
		t.Errorf("CreateFeature in an unknown library: %v", err)
	}
	if _, _, err := s.CreateFeature(ctx, &benchling.FeatureCreate{Name: "x", FeatureLibraryID: mine.ID, FeatureType: "t",
		MatchType: benchling.FeatureMatchTypeNucleotide, Pattern: "ACGTXX"}); !strings.Contains(errText(err), "invalid base") {
		t.Errorf("CreateFeature with a bad pattern: %v", err)
	}
	f, _, err := s.GetFeature(ctx, t7.ID, nil)
	if err != nil || f.Pattern != "TAATACGACTCACTATAG" {
		t.Fatalf("GetFeature: %v %+v", err, f)
	}
	_, _, err = s.GetFeature(ctx, "feat_missing", nil)
	e2eWantNotFound(t, err, "feat_missing")
	uf, _, err := s.UpdateFeature(ctx, t7.ID, &benchling.FeatureUpdate{FeatureType: benchling.Null[string](), Name: benchling.Ptr("T7")})
	if err != nil || uf.FeatureType != nil || uf.Name != "T7" {
		t.Fatalf("UpdateFeature: %v %+v", err, uf)
	}

	bc, _, err := s.BulkCreateFeatures(ctx, []*benchling.FeatureBulkCreate{
		{Name: "His tag", FeatureLibraryID: org.ID, FeatureType: "tag", MatchType: benchling.FeatureMatchTypeProtein, Pattern: "HHHHHH"},
		{Name: "FLAG", FeatureLibraryID: org.ID, FeatureType: "tag", MatchType: benchling.FeatureMatchTypeProtein, Pattern: "DYKDDDDK"},
	})
	if err != nil {
		t.Fatal(err)
	}
	made, err := bc.Wait(ctx)
	if err != nil || len(made.Features) != 2 || made.Features[1].Name != "FLAG" {
		t.Fatalf("BulkCreateFeatures: %v %+v", err, made)
	}
	many, err := s.CreateManyFeatures(ctx, []*benchling.FeatureBulkCreate{
		{Name: "lacO", FeatureLibraryID: mine.ID, FeatureType: "operator", MatchType: benchling.FeatureMatchTypeNucleotide, Pattern: "TTGTGAGCGGATAACAA"},
	}, nil)
	if err != nil || many[0].Value.Name != "lacO" {
		t.Fatalf("CreateManyFeatures: %v %+v", err, many)
	}
	fl, _, err := s.ListFeatures(ctx, &benchling.FeatureListOptions{FeatureLibraryID: org.ID, MatchType: benchling.FeatureMatchTypeProtein})
	if err != nil || len(fl) != 2 {
		t.Errorf("ListFeatures of a library: %v %d", err, len(fl))
	}
	if fl, _, _ := s.ListFeatures(ctx, &benchling.FeatureListOptions{FeatureType: "operator"}); len(fl) != 1 || fl[0].Name != "lacO" {
		t.Errorf("ListFeatures by type: %+v", fl)
	}
	if n := len(e2eCollect(t, s.AllFeatures(ctx, &benchling.FeatureListOptions{ListOptions: benchling.ListOptions{PageSize: 2}}))); n != 4 {
		t.Errorf("AllFeatures: %d, want 4", n)
	}
	if n := len(e2eCollect(t, s.PagesFeatures(ctx, &benchling.FeatureListOptions{ListOptions: benchling.ListOptions{PageSize: 3}}))); n != 2 {
		t.Errorf("PagesFeatures: %d pages, want 2", n)
	}
}
