package benchling

import (
	"net/http"
	"testing"
)

// TestFeatureLibraries exercises every method of FeatureLibrariesService
// with the spec's fixtures (see spec_cases_test.go).
func TestFeatureLibraries(t *testing.T) {
	feats := func(t *testing.T) []byte { return specItems(t, "features", "getFeature", http.StatusOK) }
	runSpecCases(t, []specCase{
		{name: "Get", op: "getFeatureLibrary", pattern: "GET /feature-libraries/featlib_1", status: http.StatusOK,
			query: map[string]string{"returning": "id,name"},
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := c.FeatureLibraries.Get(testCtx(t), "featlib_1", &FeatureLibraryGetOptions{Returning: []string{"id", "name"}})
				return l, err
			}},
		{name: "List", op: "listFeatureLibraries", pattern: "GET /feature-libraries", status: http.StatusOK,
			query: map[string]string{"sort": "name:asc", "nameIncludes": "Common", "names.anyOf": "a,b"},
			call: func(t *testing.T, c *Client) (any, error) {
				l, resp, err := c.FeatureLibraries.List(testCtx(t), &FeatureLibraryListOptions{Sort: SortNameAsc, NameIncludes: "Common", NamesAnyOf: []string{"a", "b"}})
				return map[string]any{"featureLibraries": l, "nextToken": resp.NextToken}, err
			}},
		{name: "Create", op: "createFeatureLibrary", pattern: "POST /feature-libraries", status: http.StatusCreated,
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := c.FeatureLibraries.Create(testCtx(t), reqFixture[FeatureLibraryCreate](t, "createFeatureLibrary"))
				return l, err
			}},
		{name: "Update", op: "updateFeatureLibrary", pattern: "PATCH /feature-libraries/featlib_1", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := c.FeatureLibraries.Update(testCtx(t), "featlib_1", reqFixture[FeatureLibraryUpdate](t, "updateFeatureLibrary"))
				return l, err
			}},
		{name: "GetFeature", op: "getFeature", pattern: "GET /features/feat_1", status: http.StatusOK,
			query: map[string]string{"returning": "id,pattern"},
			call: func(t *testing.T, c *Client) (any, error) {
				f, _, err := c.FeatureLibraries.GetFeature(testCtx(t), "feat_1", &FeatureGetOptions{Returning: []string{"id", "pattern"}})
				return f, err
			}},
		{name: "ListFeatures", op: "listFeatures", pattern: "GET /features", status: http.StatusOK,
			query: map[string]string{"featureLibraryId": "featlib_1", "matchType": "protein", "returning": "features.id,nextToken"},
			call: func(t *testing.T, c *Client) (any, error) {
				l, resp, err := c.FeatureLibraries.ListFeatures(testCtx(t), &FeatureListOptions{FeatureLibraryID: "featlib_1",
					MatchType: FeatureMatchTypeProtein, Returning: []string{"features.id"}})
				return map[string]any{"features": l, "nextToken": resp.NextToken}, err
			}},
		{name: "CreateFeature", op: "createFeature", pattern: "POST /features", status: http.StatusCreated,
			call: func(t *testing.T, c *Client) (any, error) {
				f, _, err := c.FeatureLibraries.CreateFeature(testCtx(t), reqFixture[FeatureCreate](t, "createFeature"))
				return f, err
			}},
		{name: "UpdateFeature", op: "updateFeature", pattern: "PATCH /features/feat_1", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				f, _, err := c.FeatureLibraries.UpdateFeature(testCtx(t), "feat_1", reqFixture[FeatureUpdate](t, "updateFeature"))
				return f, err
			}},
		{name: "BulkCreateFeatures", op: "bulkCreateFeatures", pattern: "POST /features:bulk-create", status: http.StatusAccepted,
			task: feats(t),
			call: func(t *testing.T, c *Client) (any, error) {
				l, _, err := c.FeatureLibraries.BulkCreateFeatures(testCtx(t), reqFixture[featuresBulkCreateRequest](t, "bulkCreateFeatures").Features)
				if err == nil {
					wantTaskResult(t, l, feats(t))
				}
				return l, err
			}},
		{name: "CreateManyFeatures", op: "bulkCreateFeatures", pattern: "POST /features:bulk-create", status: http.StatusAccepted,
			task: feats(t),
			call: func(t *testing.T, c *Client) (any, error) {
				res, err := c.FeatureLibraries.CreateManyFeatures(testCtx(t), reqFixture[featuresBulkCreateRequest](t, "bulkCreateFeatures").Features, nil)
				if err == nil {
					wantRoundTrip(t, feats(t), map[string]any{"features": []any{res[0].Value}})
				}
				return map[string]any{"taskId": res[0].TaskID}, err
			}},
	})
}

// TestFeatureLibrariesPaging pages List and ListFeatures with All and
// Pages.
func TestFeatureLibrariesPaging(t *testing.T) {
	t.Run("List", func(t *testing.T) {
		env, n := setup(t), 0
		specPages(t, env, "GET /feature-libraries", "listFeatureLibraries", "featureLibraries", false, &n)
		s := env.client.FeatureLibraries
		wantAllPages(t, &n, s.All(testCtx(t), nil), s.Pages(testCtx(t), nil))
	})
	t.Run("ListFeatures", func(t *testing.T) {
		env, n := setup(t), 0
		specPages(t, env, "GET /features", "listFeatures", "features", false, &n)
		s := env.client.FeatureLibraries
		wantAllPages(t, &n, s.AllFeatures(testCtx(t), nil), s.PagesFeatures(testCtx(t), nil))
	})
}

// TestFeatureLibrariesErrors: bad IDs are ErrInvalidID before anything is
// sent; unknown libraries and features are 404s (the spec declares them).
func TestFeatureLibrariesErrors(t *testing.T) {
	env := setup(t)
	env.mux.HandleFunc("GET /feature-libraries/featlib_missing", serveJSON(t, http.MethodGet, http.StatusNotFound, notFoundBody("Feature library", "featlib_missing")))
	env.mux.HandleFunc("PATCH /features/feat_missing", serveJSON(t, http.MethodPatch, http.StatusNotFound, notFoundBody("Feature", "feat_missing")))
	ctx, s := testCtx(t), env.client.FeatureLibraries
	wantInvalidID(t, map[string]func() error{
		"Get":           func() error { _, _, err := s.Get(ctx, " ", nil); return err },
		"Update":        func() error { _, _, err := s.Update(ctx, "..", &FeatureLibraryUpdate{}); return err },
		"GetFeature":    func() error { _, _, err := s.GetFeature(ctx, "a,b", nil); return err },
		"UpdateFeature": func() error { _, _, err := s.UpdateFeature(ctx, "", &FeatureUpdate{}); return err },
	})
	_, _, err := s.Get(ctx, "featlib_missing", nil)
	wantNotFound(t, err)
	_, _, err = s.UpdateFeature(ctx, "feat_missing", &FeatureUpdate{Name: Ptr("x")})
	wantNotFound(t, err)
}

// TestFeatureUpdateClearsType: FeatureType sends null only when asked to.
func TestFeatureUpdateClearsType(t *testing.T) {
	for _, c := range []struct {
		in   FeatureUpdate
		want string
	}{
		{FeatureUpdate{Name: Ptr("lacZ")}, `{"name":"lacZ"}`},
		{FeatureUpdate{FeatureType: Null[string]()}, `{"featureType":null}`},
		{FeatureUpdate{FeatureType: NullableOf("gene")}, `{"featureType":"gene"}`},
	} {
		env := setup(t)
		env.mux.HandleFunc("PATCH /features/feat_1", func(w http.ResponseWriter, r *http.Request) {
			testJSONBody(t, r, c.want)
			serveJSON(t, http.MethodPatch, http.StatusOK, specFixture(t, "updateFeature", http.StatusOK))(w, r)
		})
		if _, _, err := env.client.FeatureLibraries.UpdateFeature(testCtx(t), "feat_1", &c.in); err != nil {
			t.Fatal(err)
		}
	}
}
