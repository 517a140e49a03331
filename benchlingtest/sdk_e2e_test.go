package benchlingtest_test

import (
	"context"
	"errors"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/benchlingtest"
	"github.com/google/go-cmp/cmp"
)

// End-to-end tests: every SDK service method against the fake tenant,
// checking what the calls mean (objects round-trip, filters and sorts
// hold, tasks resolve to typed results), not just that they succeed.

// e2eSetup starts a fake tenant and a client without retries and with
// millisecond task polling; extra options are appended.
func e2eSetup(t *testing.T, srvOpts []benchlingtest.ServerOption, opts ...benchling.Option) (*benchlingtest.Server, *benchling.Client) {
	t.Helper()
	srv := benchlingtest.NewServer(t, srvOpts...)
	all := append([]benchling.Option{
		benchling.WithoutRetries(),
		benchling.WithTaskPolling(time.Millisecond, 10*time.Millisecond),
	}, opts...)
	c, err := srv.Client(all...)
	if err != nil {
		t.Fatalf("Client: %v", err)
	}
	return srv, c
}

func e2eCtx(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// e2eCollect drains an iterator, failing the test on an error.
func e2eCollect[T any](t *testing.T, seq func(func(T, error) bool)) []T {
	t.Helper()
	var out []T
	for v, err := range seq {
		if err != nil {
			t.Fatalf("iterating: %v", err)
		}
		out = append(out, v)
	}
	return out
}

func e2eIDs[T any](items []T, id func(T) string) []string {
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = id(it)
	}
	return out
}

// e2eTime parses s, a time the spec types as a plain string (an entry's
// modifiedAt, a workflow model's createdAt and modifiedAt), which the fake
// sends in RFC 3339 as Benchling does; anything else fails the test.
func e2eTime(t *testing.T, s string) time.Time {
	t.Helper()
	tm, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		t.Fatalf("time %q is not RFC 3339: %v", s, err)
	}
	return tm
}

// e2eWantNotFound checks err is a 404 naming id.
func e2eWantNotFound(t *testing.T, err error, id string) {
	t.Helper()
	if !errors.Is(err, benchling.ErrNotFound) {
		t.Fatalf("err = %v, want ErrNotFound", err)
	}
	var apiErr *benchling.Error
	if !errors.As(err, &apiErr) {
		t.Fatalf("err %T is not a *benchling.Error", err)
	}
	if !slices.Equal(apiErr.InvalidIDs, []string{id}) {
		t.Errorf("InvalidIDs = %q, want [%s]", apiErr.InvalidIDs, id)
	}
}

// e2eSchemas adds entity schemas to srv, each with the ID it is given
// and the type after the colon ("ts_strain:custom_entity"): a registry
// entity must name a schema the tenant has.
func e2eSchemas(t *testing.T, srv *benchlingtest.Server, idTypes ...string) {
	t.Helper()
	for _, it := range idTypes {
		id, typ, ok := strings.Cut(it, ":")
		if !ok {
			t.Fatalf("e2eSchemas(%q): want id:type", it)
		}
		if _, err := srv.Add("entity-schemas", map[string]any{"id": id, "name": "Schema " + id, "type": typ}); err != nil {
			t.Fatal(err)
		}
	}
}

// e2eWantItemError checks err is a failed task with one item error at
// index.
func e2eWantItemError(t *testing.T, err error, index int, msgPart string) {
	t.Helper()
	if !errors.Is(err, benchling.ErrTaskFailed) {
		t.Fatalf("err = %v, want ErrTaskFailed", err)
	}
	var te *benchling.TaskError
	if !errors.As(err, &te) {
		t.Fatalf("err %T is not a *benchling.TaskError", err)
	}
	if len(te.Items) != 1 || te.Items[0].Index != index || !strings.Contains(te.Items[0].Message, msgPart) {
		t.Fatalf("TaskError.Items = %+v, want one error at index %d mentioning %q", te.Items, index, msgPart)
	}
}

func TestE2EServices(t *testing.T) {
	t.Run("Users", e2eUsers)
	t.Run("AaSequences", e2eAaSequences)
	t.Run("DnaSequences", e2eDnaSequences)
	t.Run("Entries", e2eEntries)
	t.Run("Tasks", e2eTasks)
}

func e2eUsers(t *testing.T) {
	t.Parallel()
	srv, c := e2eSetup(t, nil)
	ctx := e2eCtx(t)
	users := c.Users

	// Create, then Get returns the same user.
	created, resp, err := users.Create(ctx, &benchling.UserCreate{Name: "Rosalind Franklin", Handle: "rfranklin", Email: "rfranklin@example.com"})
	if err != nil {
		t.Fatalf("Create: %v", err)
	}
	if resp.StatusCode != http.StatusCreated {
		t.Errorf("Create status = %d, want 201", resp.StatusCode)
	}
	if created.ID == "" || created.Name != "Rosalind Franklin" || created.Handle != "rfranklin" || created.Email != "rfranklin@example.com" || created.IsSuspended {
		t.Errorf("Create returned %+v", created)
	}
	got, _, err := users.Get(ctx, created.ID)
	if err != nil {
		t.Fatalf("Get: %v", err)
	}
	if d := cmp.Diff(created, got); d != "" {
		t.Errorf("Get differs from Create (-create +get):\n%s", d)
	}

	// Update changes only what was set.
	upd, _, err := users.Update(ctx, created.ID, &benchling.UserUpdate{Name: benchling.Ptr("Rosalind E. Franklin"), IsSuspended: benchling.Ptr(true)})
	if err != nil {
		t.Fatalf("Update: %v", err)
	}
	got, _, err = users.Get(ctx, created.ID)
	if err != nil {
		t.Fatalf("Get after Update: %v", err)
	}
	if got.Name != "Rosalind E. Franklin" || !got.IsSuspended || got.Handle != "rfranklin" || got.Email != created.Email {
		t.Errorf("after Update, Get = %+v", got)
	}
	if d := cmp.Diff(upd, got); d != "" {
		t.Errorf("Get differs from Update (-update +get):\n%s", d)
	}

	// GetActivity: the admin (the API key's user) has been seen; the new
	// user never has.
	act, _, err := users.GetActivity(ctx, srv.AdminUserID())
	if err != nil {
		t.Fatalf("GetActivity: %v", err)
	}
	if act.UserID != srv.AdminUserID() || act.LastSeen == nil || time.Since(*act.LastSeen) > time.Minute {
		t.Errorf("admin GetActivity = %+v, want recently seen", act)
	}
	act, _, err = users.GetActivity(ctx, created.ID)
	if err != nil {
		t.Fatalf("GetActivity: %v", err)
	}
	if act.UserID != created.ID || act.LastSeen != nil {
		t.Errorf("new user's GetActivity = %+v, want never seen", act)
	}

	// WarehouseCredentials: the admin has one login, the new user none.
	creds, _, err := users.ListWarehouseCredentials(ctx, srv.AdminUserID())
	if err != nil {
		t.Fatalf("WarehouseCredentials: %v", err)
	}
	if len(creds) != 1 || creds[0].UserID != srv.AdminUserID() || creds[0].ID == "" || creds[0].Username == "" || creds[0].CreatedAt.IsZero() {
		t.Errorf("admin WarehouseCredentials = %+v", creds)
	}
	creds, _, err = users.ListWarehouseCredentials(ctx, created.ID)
	if err != nil || len(creds) != 0 {
		t.Errorf("new user's WarehouseCredentials = %v, %v; want none", creds, err)
	}

	// BulkCreate returns the users, which Get then finds.
	link, resp, err := users.BulkCreate(ctx, []*benchling.UserCreate{
		{Name: "Barbara McClintock", Handle: "bmcclintock", Email: "bmcclintock@example.com"},
		{Name: "Gregor Mendel", Handle: "gmendel", Email: "gmendel@example.com"},
	})
	if err != nil {
		t.Fatalf("BulkCreate: %v", err)
	}
	if resp.StatusCode != http.StatusAccepted || link.TaskID == "" {
		t.Errorf("BulkCreate: status %d, task %q", resp.StatusCode, link.TaskID)
	}
	bc, err := link.Wait(ctx)
	if err != nil {
		t.Fatalf("BulkCreate Wait: %v", err)
	}
	if len(bc.Users) != 2 || bc.Users[0].Handle != "bmcclintock" || bc.Users[1].Handle != "gmendel" {
		t.Fatalf("BulkCreate result = %+v", bc.Users)
	}
	for _, u := range bc.Users {
		g, _, err := users.Get(ctx, u.ID)
		if err != nil {
			t.Fatalf("Get %s: %v", u.ID, err)
		}
		if d := cmp.Diff(u, g); d != "" {
			t.Errorf("Get differs from BulkCreate result (-bulk +get):\n%s", d)
		}
	}

	// A bulk create with an invalid item fails the task, naming the item.
	link, _, err = users.BulkCreate(ctx, []*benchling.UserCreate{
		{Name: "Dorothy Hodgkin", Handle: "dhodgkin", Email: "dhodgkin@example.com"},
		{Name: "No Email", Handle: "noemail"},
	})
	if err != nil {
		t.Fatalf("BulkCreate (invalid): %v", err)
	}
	_, err = link.Wait(ctx)
	e2eWantItemError(t, err, 1, "email")
	if l, _, err := users.List(ctx, &benchling.UserListOptions{Handles: []string{"dhodgkin"}}); err != nil || len(l) != 0 {
		t.Errorf("after a failed BulkCreate, List(dhodgkin) = %v, %v; want nothing created", l, err)
	}

	// BulkUpdate changes each user.
	ulink, _, err := users.BulkUpdate(ctx, []*benchling.UserBulkUpdate{
		{ID: bc.Users[0].ID, Name: benchling.Ptr("Barbara M.")},
		{ID: bc.Users[1].ID, Email: benchling.Ptr("gregor@example.com")},
	})
	if err != nil {
		t.Fatalf("BulkUpdate: %v", err)
	}
	bu, err := ulink.Wait(ctx)
	if err != nil {
		t.Fatalf("BulkUpdate Wait: %v", err)
	}
	if len(bu.Users) != 2 || bu.Users[0].Name != "Barbara M." || bu.Users[1].Email != "gregor@example.com" {
		t.Errorf("BulkUpdate result = %+v", bu.Users)
	}
	if g, _, err := users.Get(ctx, bc.Users[1].ID); err != nil || g.Email != "gregor@example.com" || g.Name != "Gregor Mendel" {
		t.Errorf("after BulkUpdate, Get = %+v, %v", g, err)
	}

	// List filters and sorts; All pages through everything once.
	seeded := srv.SeedUsers(7)
	l, _, err := users.List(ctx, &benchling.UserListOptions{Handles: []string{"rfranklin", "gmendel", "bmcclintock"}, PartyListFilters: benchling.PartyListFilters{Sort: benchling.SortNameAsc}})
	if err != nil {
		t.Fatalf("List: %v", err)
	}
	if names := e2eIDs(l, func(u *benchling.User) string { return u.Name }); !slices.Equal(names, []string{"Barbara M.", "Gregor Mendel", "Rosalind E. Franklin"}) {
		t.Errorf("List by handles, name:asc = %q", names)
	}
	l, resp, err = users.List(ctx, &benchling.UserListOptions{ListOptions: benchling.ListOptions{PageSize: 2}, PartyListFilters: benchling.PartyListFilters{IDs: seeded, Sort: benchling.SortCreatedAtAsc}})
	if err != nil {
		t.Fatalf("List page: %v", err)
	}
	if !slices.Equal(e2eIDs(l, func(u *benchling.User) string { return u.ID }), seeded[:2]) || resp.NextToken == "" {
		t.Errorf("first page = %v (next %q), want %v and a token", e2eIDs(l, func(u *benchling.User) string { return u.ID }), resp.NextToken, seeded[:2])
	}
	srv.ResetRequests()
	all := e2eCollect(t, users.All(ctx, &benchling.UserListOptions{ListOptions: benchling.ListOptions{PageSize: 2}, PartyListFilters: benchling.PartyListFilters{IDs: seeded, Sort: benchling.SortCreatedAtAsc}}))
	if ids := e2eIDs(all, func(u *benchling.User) string { return u.ID }); !slices.Equal(ids, seeded) {
		t.Errorf("All = %v, want %v", ids, seeded)
	}
	if n := srv.RequestCount("GET", "/users"); n != 4 {
		t.Errorf("All over 7 users in pages of 2 sent %d requests, want 4", n)
	}

	_, _, err = users.Get(ctx, "ent_missing")
	e2eWantNotFound(t, err, "ent_missing")
}

// e2eProtein is a made-up protein; e2eSubProtein is part of it.
const (
	e2eProtein    = "MKTAYIAKQRQISFVKSHFSRQLEERLGLIEVQAPILSRVGDGTQDNLSGAEKAVQVKVKALPDAQ"
	e2eSubProtein = "QISFVKSHFSRQLEERLG"
)

func e2eAaSequences(t *testing.T) {
	t.Parallel()
	srv, c := e2eSetup(t, nil)
	e2eSchemas(t, srv, "ts_e2eprot:aa_sequence")
	ctx := e2eCtx(t)
	aa := c.AaSequences
	folder := srv.FolderID()

	// All over 250 sequences in pages of 100: each once, in order.
	seeded := srv.SeedAaSequences(250)
	srv.ResetRequests()
	all := e2eCollect(t, aa.All(ctx, &benchling.AaSequenceListOptions{ListOptions: benchling.ListOptions{PageSize: 100}, EntityListFilters: benchling.EntityListFilters{Sort: benchling.SortCreatedAtAsc}}))
	if ids := e2eIDs(all, func(s *benchling.AaSequence) string { return s.ID }); !slices.Equal(ids, seeded) {
		t.Errorf("All yielded %d sequences, not the 250 seeded ones in creation order", len(ids))
	}
	if n := srv.RequestCount("GET", "/aa-sequences"); n != 3 {
		t.Errorf("All sent %d list requests, want 3", n)
	}
	// Sorting by name, descending, with a filter.
	page, resp, err := aa.List(ctx, &benchling.AaSequenceListOptions{EntitySearchFilters: benchling.EntitySearchFilters{NameIncludes: "lysozyme"}, EntityListFilters: benchling.EntityListFilters{Sort: benchling.SortNameDesc}, ListOptions: benchling.ListOptions{PageSize: 100}})
	if err != nil {
		t.Fatalf("List: %v", err)
	}
	names := e2eIDs(page, func(s *benchling.AaSequence) string { return s.Name })
	if len(names) == 0 || !slices.IsSortedFunc(names, func(a, b string) int { return strings.Compare(strings.ToLower(b), strings.ToLower(a)) }) {
		t.Errorf("List name:desc = %q", names)
	}
	for _, n := range names {
		if !strings.Contains(strings.ToLower(n), "lysozyme") {
			t.Errorf("List nameIncludes=lysozyme returned %q", n)
		}
	}
	if resp.NextToken != "" {
		t.Errorf("a one-page list returned NextToken %q", resp.NextToken)
	}

	// Create, then Get returns the same sequence.
	created, resp, err := aa.Create(ctx, &benchling.AaSequenceCreate{
		EntityCreateBase: benchling.EntityCreateBase{
			Name:     "E2E protein",
			FolderID: &folder,
			Aliases:  []string{"e2e-alias"},
		}, AminoAcids: e2eProtein,
		Annotations: []benchling.AaAnnotation{{Name: "helix", Start: 0, End: 10, Type: "Site", Color: "#85DAE9"}},
		SchemaID:    benchling.Ptr("ts_e2eprot"),
	})
	if err != nil {
		t.Fatalf("Create: %v", err)
	}
	if resp.StatusCode != http.StatusCreated {
		t.Errorf("Create status = %d", resp.StatusCode)
	}
	if created.AminoAcids != e2eProtein || created.Length != len(e2eProtein) || !slices.Equal(created.Aliases, []string{"e2e-alias"}) ||
		created.FolderID == nil || *created.FolderID != folder || len(created.Annotations) != 1 || created.Annotations[0].Name != "helix" ||
		created.Schema == nil || created.Schema.ID != "ts_e2eprot" || created.Creator.ID != srv.AdminUserID() {
		t.Errorf("Create returned %+v", created)
	}
	got, _, err := aa.Get(ctx, created.ID, nil)
	if err != nil {
		t.Fatalf("Get: %v", err)
	}
	if d := cmp.Diff(created, got); d != "" {
		t.Errorf("Get differs from Create (-create +get):\n%s", d)
	}
	// A shorter one with the same schema, for FindMatchingRegions.
	sub, _, err := aa.Create(ctx, &benchling.AaSequenceCreate{EntityCreateBase: benchling.EntityCreateBase{Name: "E2E fragment", FolderID: &folder}, AminoAcids: e2eSubProtein, SchemaID: benchling.Ptr("ts_e2eprot")})
	if err != nil {
		t.Fatalf("Create fragment: %v", err)
	}

	// Update.
	upd, _, err := aa.Update(ctx, created.ID, &benchling.AaSequenceUpdate{EntityUpdateBase: benchling.EntityUpdateBase{Name: benchling.Ptr("E2E protein v2"), Aliases: []string{}}})
	if err != nil {
		t.Fatalf("Update: %v", err)
	}
	if upd.Name != "E2E protein v2" || len(upd.Aliases) != 0 || upd.AminoAcids != e2eProtein || !upd.ModifiedAt.After(created.ModifiedAt) && !upd.ModifiedAt.Equal(created.ModifiedAt) {
		t.Errorf("Update returned %+v", upd)
	}
	if got, _, err = aa.Get(ctx, created.ID, nil); err != nil || got.Name != "E2E protein v2" || len(got.Aliases) != 0 {
		t.Errorf("after Update, Get = %+v, %v", got, err)
	}

	// Upsert creates (201), then updates (200) the same sequence.
	reg := srv.RegistryID()
	up := &benchling.AaSequenceUpsert{EntityUpsertBase: benchling.EntityUpsertBase{Name: "Upserted", RegistryID: reg, SchemaID: "ts_e2eprot"}, AminoAcids: "MSTNPKPQRKTKRNTNRRPQDVKFPGG"}
	u1, resp, err := aa.Upsert(ctx, "E2EPRT-1", up)
	if err != nil {
		t.Fatalf("Upsert (create): %v", err)
	}
	if resp.StatusCode != http.StatusCreated || u1.EntityRegistryID == nil || *u1.EntityRegistryID != "E2EPRT-1" || u1.RegistryID == nil || *u1.RegistryID != reg {
		t.Errorf("Upsert (create): status %d, %+v", resp.StatusCode, u1)
	}
	if up.EntityRegistryID != "" {
		t.Errorf("Upsert modified its body: EntityRegistryID = %q", up.EntityRegistryID)
	}
	up.Name = "Upserted v2"
	u2, resp, err := aa.Upsert(ctx, "E2EPRT-1", up)
	if err != nil {
		t.Fatalf("Upsert (update): %v", err)
	}
	if resp.StatusCode != http.StatusOK || u2.ID != u1.ID || u2.Name != "Upserted v2" {
		t.Errorf("Upsert (update): status %d, %+v; want 200 and the same sequence renamed", resp.StatusCode, u2)
	}

	// An upsert with archiveRecord null unarchives.
	if _, _, err := aa.Archive(ctx, &benchling.AaSequencesArchive{AaSequenceIDs: []string{u1.ID}, Reason: benchling.EntityArchiveReasonRetired}); err != nil {
		t.Fatalf("Archive: %v", err)
	}
	up.ArchiveRecord = benchling.Null[benchling.ArchiveRecord]()
	u3, resp, err := aa.Upsert(ctx, "E2EPRT-1", up)
	if err != nil || resp.StatusCode != http.StatusOK || u3.ID != u1.ID || u3.ArchiveRecord != nil {
		t.Errorf("Upsert with archiveRecord null = %+v, %v; want the sequence unarchived", u3, err)
	}

	// Schema fields round-trip; returning limits the fields.
	withFields, _, err := aa.Create(ctx, &benchling.AaSequenceCreate{EntityCreateBase: benchling.EntityCreateBase{
		Name:     "With fields",
		FolderID: &folder,
		Fields:   benchling.Fields{"Expression host": {Value: benchling.StringValue("E. coli")}, "Yield": {Value: benchling.NumberValue(2.5)}},
	}, AminoAcids: "MKVL", SchemaID: benchling.Ptr("ts_e2eprot"),
	})
	if err != nil {
		t.Fatalf("Create with fields: %v", err)
	}
	if g, _, err := aa.Get(ctx, withFields.ID, nil); err != nil || !g.Fields["Expression host"].Value.Equal(benchling.StringValue("E. coli")) || !g.Fields["Yield"].Value.Equal(benchling.NumberValue(2.5)) {
		t.Errorf("Get of a sequence with fields = %+v, %v", g, err)
	}
	ret, _, err := aa.List(ctx, &benchling.AaSequenceListOptions{EntityListFilters: benchling.EntityListFilters{IDs: []string{withFields.ID}}, Returning: []string{"aaSequences.id", "aaSequences.name"}})
	if err != nil || len(ret) != 1 || ret[0].ID != withFields.ID || ret[0].Name != "With fields" || ret[0].AminoAcids != "" || ret[0].Fields != nil {
		t.Errorf("List returning id,name = %+v, %v", ret, err)
	}
	if ids := e2eIDs(e2eCollect(t, aa.All(ctx, &benchling.AaSequenceListOptions{EntityListFilters: benchling.EntityListFilters{SchemaID: "ts_e2eprot", SchemaFields: benchling.SchemaFieldFilters{"Expression host": "E. coli"}}})),
		func(s *benchling.AaSequence) string { return s.ID }); !slices.Equal(ids, []string{withFields.ID}) {
		t.Errorf("All schemaField.Expression host = %v, want [%s]", ids, withFields.ID)
	}
	if _, _, err := aa.Archive(ctx, &benchling.AaSequencesArchive{AaSequenceIDs: []string{withFields.ID}, Reason: benchling.EntityArchiveReasonOther}); err != nil {
		t.Fatalf("Archive: %v", err)
	}

	// Archive, list by reason, unarchive.
	ch, _, err := aa.Archive(ctx, &benchling.AaSequencesArchive{AaSequenceIDs: []string{created.ID, sub.ID}, Reason: benchling.EntityArchiveReasonMadeInError})
	if err != nil {
		t.Fatalf("Archive: %v", err)
	}
	if !slices.Equal(ch.AaSequenceIDs, []string{created.ID, sub.ID}) {
		t.Errorf("Archive changed %v", ch.AaSequenceIDs)
	}
	if got, _, _ := aa.Get(ctx, created.ID, nil); got == nil || got.ArchiveRecord == nil || got.ArchiveRecord.Reason != string(benchling.EntityArchiveReasonMadeInError) {
		t.Errorf("after Archive, Get = %+v", got)
	}
	listIDs := func(opts *benchling.AaSequenceListOptions) []string {
		t.Helper()
		l, _, err := aa.List(ctx, opts)
		if err != nil {
			t.Fatalf("List: %v", err)
		}
		return e2eIDs(l, func(s *benchling.AaSequence) string { return s.ID })
	}
	e2eNames := []string{"E2E protein v2", "E2E fragment"}
	if ids := listIDs(&benchling.AaSequenceListOptions{EntityListFilters: benchling.EntityListFilters{NamesAnyOf: e2eNames, ArchiveReason: string(benchling.EntityArchiveReasonMadeInError), Sort: benchling.SortCreatedAtAsc}}); !slices.Equal(ids, []string{created.ID, sub.ID}) {
		t.Errorf("List archiveReason=Made in error = %v", ids)
	}
	if ids := listIDs(&benchling.AaSequenceListOptions{EntityListFilters: benchling.EntityListFilters{NamesAnyOf: e2eNames, ArchiveReason: string(benchling.EntityArchiveReasonRetired)}}); len(ids) != 0 {
		t.Errorf("List archiveReason=Retired = %v, want none", ids)
	}
	if ids := listIDs(&benchling.AaSequenceListOptions{EntityListFilters: benchling.EntityListFilters{NamesAnyOf: e2eNames}}); len(ids) != 0 {
		t.Errorf("List (default NOT_ARCHIVED) = %v, want none", ids)
	}
	ch, _, err = aa.Unarchive(ctx, []string{sub.ID})
	if err != nil || !slices.Equal(ch.AaSequenceIDs, []string{sub.ID}) {
		t.Fatalf("Unarchive = %+v, %v", ch, err)
	}
	if ids := listIDs(&benchling.AaSequenceListOptions{EntityListFilters: benchling.EntityListFilters{NamesAnyOf: e2eNames}}); !slices.Equal(ids, []string{sub.ID}) {
		t.Errorf("after Unarchive, List = %v, want [%s]", ids, sub.ID)
	}
	if ids := listIDs(&benchling.AaSequenceListOptions{EntityListFilters: benchling.EntityListFilters{NamesAnyOf: e2eNames, ArchiveReason: benchling.ArchiveFilterAll, Sort: benchling.SortCreatedAtAsc}}); !slices.Equal(ids, []string{created.ID, sub.ID}) {
		t.Errorf("List archiveReason=all = %v", ids)
	}
	if _, _, err := aa.Unarchive(ctx, []string{created.ID}); err != nil {
		t.Fatalf("Unarchive: %v", err)
	}

	// BulkGet.
	bg, _, err := aa.BulkGet(ctx, []string{sub.ID, created.ID, seeded[7]}, nil)
	if err != nil {
		t.Fatalf("BulkGet: %v", err)
	}
	if ids := e2eIDs(bg, func(s *benchling.AaSequence) string { return s.ID }); !slices.Equal(ids, []string{sub.ID, created.ID, seeded[7]}) {
		t.Errorf("BulkGet = %v", ids)
	}
	_, _, err = aa.BulkGet(ctx, []string{created.ID, "prtn_nope"}, nil)
	if !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("BulkGet with an unknown ID: err = %v, want ErrBadRequest", err)
	}

	// BulkCreate, typed result; Get agrees.
	cl, resp, err := aa.BulkCreate(ctx, []*benchling.AaSequenceCreate{
		{EntityCreateBase: benchling.EntityCreateBase{Name: "Bulk A", FolderID: &folder}, AminoAcids: "MAAAK"},
		{EntityCreateBase: benchling.EntityCreateBase{Name: "Bulk B", FolderID: &folder, Aliases: []string{"bee"}}, AminoAcids: "MBBBK"},
	})
	if err != nil {
		t.Fatalf("BulkCreate: %v", err)
	}
	if resp.StatusCode != http.StatusAccepted {
		t.Errorf("BulkCreate status = %d", resp.StatusCode)
	}
	bc, err := cl.Wait(ctx)
	if err != nil {
		t.Fatalf("BulkCreate Wait: %v", err)
	}
	if len(bc.AaSequences) != 2 || bc.AaSequences[0].Name != "Bulk A" || bc.AaSequences[1].AminoAcids != "MBBBK" {
		t.Fatalf("BulkCreate result = %+v", bc.AaSequences)
	}
	for _, s := range bc.AaSequences {
		g, _, err := aa.Get(ctx, s.ID, nil)
		if err != nil {
			t.Fatalf("Get: %v", err)
		}
		if d := cmp.Diff(s, g); d != "" {
			t.Errorf("Get differs from BulkCreate result (-bulk +get):\n%s", d)
		}
	}
	// An invalid item fails the task and creates nothing.
	cl, _, err = aa.BulkCreate(ctx, []*benchling.AaSequenceCreate{
		{EntityCreateBase: benchling.EntityCreateBase{Name: "Bulk ok", FolderID: &folder}, AminoAcids: "MKK"},
		{EntityCreateBase: benchling.EntityCreateBase{Name: "Bulk ok 2", FolderID: &folder}, AminoAcids: "MKK"},
		{EntityCreateBase: benchling.EntityCreateBase{Name: "Bulk bad", FolderID: &folder}, AminoAcids: "MK1K"},
	})
	if err != nil {
		t.Fatalf("BulkCreate (invalid): %v", err)
	}
	_, err = cl.Wait(ctx)
	e2eWantItemError(t, err, 2, "amino acid")
	if ids := listIDs(&benchling.AaSequenceListOptions{EntityListFilters: benchling.EntityListFilters{Name: "Bulk ok"}}); len(ids) != 0 {
		t.Errorf("a failed BulkCreate created %v", ids)
	}

	// BulkUpdate.
	ul, _, err := aa.BulkUpdate(ctx, []*benchling.AaSequenceBulkUpdate{
		{ID: bc.AaSequences[0].ID, EntityUpdateBase: benchling.EntityUpdateBase{Name: benchling.Ptr("Bulk A2")}},
		{ID: bc.AaSequences[1].ID, AminoAcids: benchling.Ptr("MBBBBBK")},
	})
	if err != nil {
		t.Fatalf("BulkUpdate: %v", err)
	}
	bu, err := ul.Wait(ctx)
	if err != nil {
		t.Fatalf("BulkUpdate Wait: %v", err)
	}
	if len(bu.AaSequences) != 2 || bu.AaSequences[0].Name != "Bulk A2" || bu.AaSequences[1].AminoAcids != "MBBBBBK" || bu.AaSequences[1].Length != 7 {
		t.Errorf("BulkUpdate result = %+v", bu.AaSequences)
	}
	if g, _, err := aa.Get(ctx, bc.AaSequences[1].ID, nil); err != nil || g.AminoAcids != "MBBBBBK" || g.Name != "Bulk B" {
		t.Errorf("after BulkUpdate, Get = %+v, %v", g, err)
	}

	// BulkUpsert: one existing registry ID, one new.
	sl, _, err := aa.BulkUpsert(ctx, []*benchling.AaSequenceUpsert{
		{EntityRegistryID: "E2EPRT-1", EntityUpsertBase: benchling.EntityUpsertBase{Name: "Upserted v3", RegistryID: reg, SchemaID: "ts_e2eprot"}, AminoAcids: "MSTNPK"},
		{EntityRegistryID: "E2EPRT-2", EntityUpsertBase: benchling.EntityUpsertBase{Name: "Upserted new", RegistryID: reg, SchemaID: "ts_e2eprot"}, AminoAcids: "MSTNPKQ"},
	}, nil)
	if err != nil {
		t.Fatalf("BulkUpsert: %v", err)
	}
	bus, err := sl.Wait(ctx)
	if err != nil {
		t.Fatalf("BulkUpsert Wait: %v", err)
	}
	if len(bus.AaSequences) != 2 || bus.AaSequences[0].ID != u1.ID || bus.AaSequences[0].Name != "Upserted v3" ||
		bus.AaSequences[1].ID == u1.ID || bus.AaSequences[1].EntityRegistryID == nil || *bus.AaSequences[1].EntityRegistryID != "E2EPRT-2" {
		t.Errorf("BulkUpsert result = %+v", bus.AaSequences)
	}
	if ids := listIDs(&benchling.AaSequenceListOptions{EntityListFilters: benchling.EntityListFilters{EntityRegistryIDsAnyOf: []string{"E2EPRT-1", "E2EPRT-2"}, Sort: benchling.SortCreatedAtAsc}}); !slices.Equal(ids, []string{u1.ID, bus.AaSequences[1].ID}) {
		t.Errorf("List by registry IDs = %v", ids)
	}

	// AutoAnnotate: a task with no result.
	al, _, err := aa.AutoAnnotate(ctx, &benchling.AutoAnnotateAaSequences{AaSequenceIDs: []string{created.ID}, FeatureLibraryIDs: []string{"featlib_e2e"}})
	if err != nil {
		t.Fatalf("AutoAnnotate: %v", err)
	}
	if _, err := al.Wait(ctx); err != nil {
		t.Errorf("AutoAnnotate Wait: %v", err)
	}

	// BackTranslate: DNA sequences coding for the proteins.
	bl, _, err := aa.BackTranslate(ctx, &benchling.BackTranslate{AaSequenceIDs: []string{sub.ID}, FolderID: folder})
	if err != nil {
		t.Fatalf("BackTranslate: %v", err)
	}
	bt, err := bl.Wait(ctx)
	if err != nil {
		t.Fatalf("BackTranslate Wait: %v", err)
	}
	if len(bt.DnaSequences) != 1 {
		t.Fatalf("BackTranslate result = %+v", bt)
	}
	dna := bt.DnaSequences[0]
	if !strings.HasPrefix(dna.ID, "seq_") || len(dna.Bases) < 3*len(e2eSubProtein) || dna.Length != len(dna.Bases) || strings.Trim(strings.ToUpper(dna.Bases), "ACGT") != "" {
		t.Errorf("BackTranslate DNA = %s (%d bases) for %d amino acids", dna.ID, len(dna.Bases), len(e2eSubProtein))
	}
	if g, _, err := c.DnaSequences.Get(ctx, dna.ID, nil); err != nil || g.Bases != dna.Bases {
		t.Errorf("DnaSequences.Get of the back-translation: %v", err)
	}

	// FindMatchingRegions: the fragment lies within the protein.
	fl, _, err := aa.FindMatchingRegions(ctx, &benchling.AaSequencesFindMatchingRegion{TargetAaSequenceIDs: []string{created.ID}, SchemaID: "ts_e2eprot"})
	if err != nil {
		t.Fatalf("FindMatchingRegions: %v", err)
	}
	fm, err := fl.Wait(ctx)
	if err != nil {
		t.Fatalf("FindMatchingRegions Wait: %v", err)
	}
	want := []benchling.AaSequencesFindMatchingRegionsResultAaSequenceMatch{{TargetAaSequenceID: created.ID, MatchingAaSequenceIDs: []string{sub.ID}}}
	if d := cmp.Diff(want, fm.AaSequenceMatches); d != "" {
		t.Errorf("FindMatchingRegions (-want +got):\n%s", d)
	}

	// Match and search by amino acids, one page and all pages.
	m, _, err := aa.MatchAminoAcids(ctx, &benchling.AaSequencesMatchBases{AminoAcids: strings.ToLower(e2eProtein)})
	if err != nil {
		t.Fatalf("MatchAminoAcids: %v", err)
	}
	if ids := e2eIDs(m, func(s *benchling.AaSequence) string { return s.ID }); !slices.Equal(ids, []string{created.ID}) {
		t.Errorf("MatchAminoAcids = %v, want [%s]", ids, created.ID)
	}
	// Three sequences with the same residues, paged one at a time.
	var triple []string
	for i := range 3 {
		s, _, err := aa.Create(ctx, &benchling.AaSequenceCreate{EntityCreateBase: benchling.EntityCreateBase{Name: "Triple " + string(rune('A'+i)), FolderID: &folder}, AminoAcids: "MWWWHHHCCC"})
		if err != nil {
			t.Fatalf("Create: %v", err)
		}
		triple = append(triple, s.ID)
	}
	am := e2eCollect(t, aa.AllMatchAminoAcids(ctx, &benchling.AaSequencesMatchBases{ListOptions: benchling.ListOptions{PageSize: 1}, AminoAcids: "MWWWHHHCCC", Sort: benchling.SearchSortNameDesc}))
	if ids := e2eIDs(am, func(s *benchling.AaSequence) string { return s.ID }); !slices.Equal(ids, []string{triple[2], triple[1], triple[0]}) {
		t.Errorf("AllMatchAminoAcids name:desc = %v, want %v reversed", ids, triple)
	}
	sr, _, err := aa.SearchAminoAcids(ctx, &benchling.AaSequencesSearchBases{AminoAcids: e2eSubProtein, Sort: benchling.SearchSortNameAsc})
	if err != nil {
		t.Fatalf("SearchAminoAcids: %v", err)
	}
	if ids := e2eIDs(sr, func(s *benchling.AaSequence) string { return s.ID }); !slices.Equal(ids, []string{sub.ID, created.ID}) {
		t.Errorf("SearchAminoAcids name:asc = %v, want [%s %s]", ids, sub.ID, created.ID)
	}
	as := e2eCollect(t, aa.AllSearchAminoAcids(ctx, &benchling.AaSequencesSearchBases{ListOptions: benchling.ListOptions{PageSize: 2}, AminoAcids: "WHHHC", Sort: benchling.SearchSortModifiedAtAsc}))
	if ids := e2eIDs(as, func(s *benchling.AaSequence) string { return s.ID }); !slices.Equal(ids, triple) {
		t.Errorf("AllSearchAminoAcids = %v, want %v", ids, triple)
	}

	_, _, err = aa.Get(ctx, "prtn_missing", nil)
	e2eWantNotFound(t, err, "prtn_missing")
}

const e2eBases = "ATGGCTAGCAAAGGAGAAGAACTTTTCACTGGAGTTGTCCCAATTCTTGTTGAATTAGATGGTGATGTTAATGGGCACAAATTTTCTGTC"

func e2eDnaSequences(t *testing.T) {
	t.Parallel()
	srv, c := e2eSetup(t, nil)
	e2eSchemas(t, srv, "ts_e2edna:dna_sequence")
	ctx := e2eCtx(t)
	dna := c.DnaSequences
	folder := srv.FolderID()
	reg := srv.RegistryID()

	seeded := srv.SeedDnaSequences(120)
	all := e2eCollect(t, dna.All(ctx, &benchling.DnaSequenceListOptions{ListOptions: benchling.ListOptions{PageSize: 50}, EntityListFilters: benchling.EntityListFilters{Sort: benchling.SortCreatedAtDesc}}))
	rev := slices.Clone(seeded)
	slices.Reverse(rev)
	if ids := e2eIDs(all, func(s *benchling.DnaSequence) string { return s.ID }); !slices.Equal(ids, rev) {
		t.Errorf("All createdAt:desc yielded %d sequences, not the seeded ones newest first", len(ids))
	}

	created, resp, err := dna.Create(ctx, &benchling.DnaSequenceCreate{
		EntityCreateBase: benchling.EntityCreateBase{
			Name:     "E2E plasmid",
			FolderID: &folder,
			Aliases:  []string{"pE2E"},
		}, Bases: e2eBases, IsCircular: true,
		Annotations: []benchling.DnaAnnotation{{Start: 0, End: 12, Strand: 1, Type: "promoter"}},
		SchemaID:    benchling.Ptr("ts_e2edna"),
	})
	if err != nil {
		t.Fatalf("Create: %v", err)
	}
	if resp.StatusCode != http.StatusCreated || created.Bases != e2eBases || !created.IsCircular || created.Length != len(e2eBases) ||
		len(created.Annotations) != 1 || created.Annotations[0].Type != "promoter" {
		t.Errorf("Create: status %d, %+v", resp.StatusCode, created)
	}
	got, _, err := dna.Get(ctx, created.ID, nil)
	if err != nil {
		t.Fatalf("Get: %v", err)
	}
	if d := cmp.Diff(created, got); d != "" {
		t.Errorf("Get differs from Create (-create +get):\n%s", d)
	}
	frag, _, err := dna.Create(ctx, &benchling.DnaSequenceCreate{EntityCreateBase: benchling.EntityCreateBase{Name: "E2E insert", FolderID: &folder}, Bases: e2eBases[20:60], SchemaID: benchling.Ptr("ts_e2edna")})
	if err != nil {
		t.Fatalf("Create fragment: %v", err)
	}

	upd, _, err := dna.Update(ctx, created.ID, &benchling.DnaSequenceUpdate{EntityUpdateBase: benchling.EntityUpdateBase{Name: benchling.Ptr("E2E plasmid v2")}, IsCircular: benchling.Ptr(false)})
	if err != nil {
		t.Fatalf("Update: %v", err)
	}
	if upd.Name != "E2E plasmid v2" || upd.IsCircular || upd.Bases != e2eBases {
		t.Errorf("Update returned %+v", upd)
	}
	if g, _, err := dna.Get(ctx, created.ID, nil); err != nil || g.Name != "E2E plasmid v2" || g.IsCircular {
		t.Errorf("after Update, Get = %+v, %v", g, err)
	}

	up := &benchling.DnaSequenceUpsertRequest{EntityUpsertBase: benchling.EntityUpsertBase{RegistryID: reg, Name: "Upserted DNA", SchemaID: "ts_e2edna"}, Bases: "ATGCATGCATGC"}
	u1, resp, err := dna.Upsert(ctx, "E2EDNA-1", up)
	if err != nil {
		t.Fatalf("Upsert (create): %v", err)
	}
	if resp.StatusCode != http.StatusCreated || u1.EntityRegistryID == nil || *u1.EntityRegistryID != "E2EDNA-1" {
		t.Errorf("Upsert (create): status %d, %+v", resp.StatusCode, u1)
	}
	up.Bases = "ATGCATGCATGCAAA"
	u2, resp, err := dna.Upsert(ctx, "E2EDNA-1", up)
	if err != nil {
		t.Fatalf("Upsert (update): %v", err)
	}
	if resp.StatusCode != http.StatusOK || u2.ID != u1.ID || u2.Bases != "ATGCATGCATGCAAA" {
		t.Errorf("Upsert (update): status %d, %+v", resp.StatusCode, u2)
	}

	ch, _, err := dna.Archive(ctx, &benchling.DnaSequencesArchive{DnaSequenceIDs: []string{frag.ID}, Reason: benchling.EntityArchiveReasonContaminated})
	if err != nil || !slices.Equal(ch.DnaSequenceIDs, []string{frag.ID}) {
		t.Fatalf("Archive = %+v, %v", ch, err)
	}
	listIDs := func(opts *benchling.DnaSequenceListOptions) []string {
		t.Helper()
		l, _, err := dna.List(ctx, opts)
		if err != nil {
			t.Fatalf("List: %v", err)
		}
		return e2eIDs(l, func(s *benchling.DnaSequence) string { return s.ID })
	}
	// nameIncludes also matches registry IDs (E2EDNA-1), so filter by
	// names.
	mine := []string{"E2E plasmid v2", "E2E insert"}
	if ids := listIDs(&benchling.DnaSequenceListOptions{EntityListFilters: benchling.EntityListFilters{NamesAnyOf: mine, ArchiveReason: string(benchling.EntityArchiveReasonContaminated)}}); !slices.Equal(ids, []string{frag.ID}) {
		t.Errorf("List archiveReason=Contaminated = %v", ids)
	}
	if ids := listIDs(&benchling.DnaSequenceListOptions{EntityListFilters: benchling.EntityListFilters{NamesAnyOf: mine, ArchiveReason: benchling.ArchiveFilterAnyArchived}}); !slices.Equal(ids, []string{frag.ID}) {
		t.Errorf("List archiveReason=ANY_ARCHIVED = %v", ids)
	}
	if ids := listIDs(&benchling.DnaSequenceListOptions{EntityListFilters: benchling.EntityListFilters{NamesAnyOf: mine}}); !slices.Equal(ids, []string{created.ID}) {
		t.Errorf("List (not archived) = %v, want [%s]", ids, created.ID)
	}
	if ids := listIDs(&benchling.DnaSequenceListOptions{EntitySearchFilters: benchling.EntitySearchFilters{NameIncludes: "e2edna"}}); !slices.Equal(ids, []string{u1.ID}) {
		t.Errorf("List nameIncludes=e2edna (a registry ID) = %v, want [%s]", ids, u1.ID)
	}
	if ch, _, err = dna.Unarchive(ctx, []string{frag.ID}); err != nil || !slices.Equal(ch.DnaSequenceIDs, []string{frag.ID}) {
		t.Fatalf("Unarchive = %+v, %v", ch, err)
	}
	if ids := listIDs(&benchling.DnaSequenceListOptions{EntityListFilters: benchling.EntityListFilters{NamesAnyOf: mine, Sort: benchling.SortNameAsc}}); !slices.Equal(ids, []string{frag.ID, created.ID}) {
		t.Errorf("after Unarchive, List name:asc = %v, want [%s %s]", ids, frag.ID, created.ID)
	}

	bg, _, err := dna.BulkGet(ctx, []string{frag.ID, created.ID}, nil)
	if err != nil || !slices.Equal(e2eIDs(bg, func(s *benchling.DnaSequence) string { return s.ID }), []string{frag.ID, created.ID}) {
		t.Errorf("BulkGet = %v, %v", bg, err)
	}

	// Match and search by bases.
	m, _, err := dna.MatchBases(ctx, &benchling.MatchBasesRequest{Bases: strings.ToLower(e2eBases)})
	if err != nil || !slices.Equal(e2eIDs(m, func(s *benchling.DnaSequence) string { return s.ID }), []string{created.ID}) {
		t.Errorf("MatchBases = %v, %v; want [%s]", m, err, created.ID)
	}
	am := e2eCollect(t, dna.AllMatchBases(ctx, &benchling.MatchBasesRequest{ListOptions: benchling.ListOptions{PageSize: 1}, Bases: e2eBases[20:60]}))
	if ids := e2eIDs(am, func(s *benchling.DnaSequence) string { return s.ID }); !slices.Equal(ids, []string{frag.ID}) {
		t.Errorf("AllMatchBases = %v, want [%s]", ids, frag.ID)
	}
	s, _, err := dna.SearchBases(ctx, &benchling.SearchBasesRequest{Bases: e2eBases[30:50], Sort: benchling.SearchSortNameDesc})
	if err != nil || !slices.Equal(e2eIDs(s, func(s *benchling.DnaSequence) string { return s.ID }), []string{created.ID, frag.ID}) {
		t.Errorf("SearchBases name:desc = %v, %v; want [%s %s]", e2eIDs(s, func(s *benchling.DnaSequence) string { return s.ID }), err, created.ID, frag.ID)
	}
	as := e2eCollect(t, dna.AllSearchBases(ctx, &benchling.SearchBasesRequest{ListOptions: benchling.ListOptions{PageSize: 1}, Bases: e2eBases[30:50], Sort: benchling.SearchSortNameAsc}))
	if ids := e2eIDs(as, func(s *benchling.DnaSequence) string { return s.ID }); !slices.Equal(ids, []string{frag.ID, created.ID}) {
		t.Errorf("AllSearchBases name:asc = %v", ids)
	}

	// Bulk create, update, upsert with typed results.
	cl, _, err := dna.BulkCreate(ctx, []*benchling.DnaSequenceBulkCreate{
		{EntityCreateBase: benchling.EntityCreateBase{Name: "Bulk DNA A", FolderID: &folder}, Bases: "ATATATAT"},
		{EntityCreateBase: benchling.EntityCreateBase{Name: "Bulk DNA B", FolderID: &folder}, Bases: "GCGCGCGC", IsCircular: true},
	})
	if err != nil {
		t.Fatalf("BulkCreate: %v", err)
	}
	bc, err := cl.Wait(ctx)
	if err != nil {
		t.Fatalf("BulkCreate Wait: %v", err)
	}
	if len(bc.DnaSequences) != 2 || bc.DnaSequences[0].Bases != "ATATATAT" || !bc.DnaSequences[1].IsCircular {
		t.Fatalf("BulkCreate result = %+v", bc.DnaSequences)
	}
	for _, s := range bc.DnaSequences {
		g, _, err := dna.Get(ctx, s.ID, nil)
		if err != nil {
			t.Fatalf("Get: %v", err)
		}
		if d := cmp.Diff(s, g); d != "" {
			t.Errorf("Get differs from BulkCreate result (-bulk +get):\n%s", d)
		}
	}
	cl, _, err = dna.BulkCreate(ctx, []*benchling.DnaSequenceBulkCreate{
		{EntityCreateBase: benchling.EntityCreateBase{Name: "Bad DNA", FolderID: &folder}, Bases: "ATXQ"},
		{EntityCreateBase: benchling.EntityCreateBase{Name: "Good DNA", FolderID: &folder}, Bases: "ATGC"},
	})
	if err != nil {
		t.Fatalf("BulkCreate (invalid): %v", err)
	}
	_, err = cl.Wait(ctx)
	e2eWantItemError(t, err, 0, "base")

	ul, _, err := dna.BulkUpdate(ctx, []*benchling.DnaSequenceBulkUpdate{{ID: bc.DnaSequences[0].ID, EntityUpdateBase: benchling.EntityUpdateBase{Name: benchling.Ptr("Bulk DNA A2")}}})
	if err != nil {
		t.Fatalf("BulkUpdate: %v", err)
	}
	bu, err := ul.Wait(ctx)
	if err != nil || len(bu.DnaSequences) != 1 || bu.DnaSequences[0].Name != "Bulk DNA A2" {
		t.Fatalf("BulkUpdate Wait = %+v, %v", bu, err)
	}
	sl, _, err := dna.BulkUpsert(ctx, []*benchling.DnaSequenceBulkUpsertRequest{
		{EntityRegistryID: "E2EDNA-1", EntityUpsertBase: benchling.EntityUpsertBase{RegistryID: reg, Name: "Upserted DNA v2", SchemaID: "ts_e2edna"}, Bases: "ATGC"},
		{EntityRegistryID: "E2EDNA-2", EntityUpsertBase: benchling.EntityUpsertBase{RegistryID: reg, Name: "Upserted DNA 2", SchemaID: "ts_e2edna"}, Bases: "GGCC"},
	}, &benchling.DnaSequenceBulkUpsertOptions{Returning: []string{"dnaSequences.id", "dnaSequences.name"}})
	if err != nil {
		t.Fatalf("BulkUpsert: %v", err)
	}
	bus, err := sl.Wait(ctx)
	if err != nil {
		t.Fatalf("BulkUpsert Wait: %v", err)
	}
	if len(bus.DnaSequences) != 2 || bus.DnaSequences[0].ID != u1.ID || bus.DnaSequences[0].Name != "Upserted DNA v2" || bus.DnaSequences[1].Name != "Upserted DNA 2" ||
		bus.DnaSequences[0].Bases != "" {
		t.Errorf("BulkUpsert (returning id,name) = %+v", bus.DnaSequences)
	}
	if g, _, err := dna.Get(ctx, u1.ID, nil); err != nil || g.Bases != "ATGC" {
		t.Errorf("after BulkUpsert, Get = %+v, %v", g, err)
	}

	// Tasks without results.
	ids := []string{created.ID, frag.ID}
	empty := map[string]func() (*benchling.AsyncTaskLink[benchling.EmptyTaskResponse], *benchling.Response, error){
		"AutoAnnotate": func() (*benchling.AsyncTaskLink[benchling.EmptyTaskResponse], *benchling.Response, error) {
			return dna.AutoAnnotate(ctx, &benchling.AutoAnnotateDnaSequences{DnaSequenceIDs: ids, FeatureLibraryIDs: []string{"featlib_e2e"}})
		},
		"AutofillParts": func() (*benchling.AsyncTaskLink[benchling.EmptyTaskResponse], *benchling.Response, error) {
			return dna.AutofillParts(ctx, ids)
		},
		"AutofillTranscriptions": func() (*benchling.AsyncTaskLink[benchling.EmptyTaskResponse], *benchling.Response, error) {
			return dna.AutofillTranscriptions(ctx, ids)
		},
		"AutofillTranslations": func() (*benchling.AsyncTaskLink[benchling.EmptyTaskResponse], *benchling.Response, error) {
			return dna.AutofillTranslations(ctx, ids)
		},
		"OptimizeCodons": func() (*benchling.AsyncTaskLink[benchling.EmptyTaskResponse], *benchling.Response, error) {
			return dna.OptimizeCodons(ctx, &benchling.OptimizeCodons{DnaSequenceIDs: ids, FolderID: folder,
				CodonOptions: benchling.CodonOptions{GCContent: benchling.GCContentMedium, Method: benchling.CodonMethodMatchCodonUsage}})
		},
	}
	for name, start := range empty {
		l, resp, err := start()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if resp.StatusCode != http.StatusAccepted {
			t.Errorf("%s status = %d", name, resp.StatusCode)
		}
		if _, err := l.Wait(ctx); err != nil {
			t.Errorf("%s Wait: %v", name, err)
		}
	}
	// An unknown ID is refused before any task starts.
	_, _, err = dna.AutofillParts(ctx, []string{"seq_nope"})
	if !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("AutofillParts(unknown): err = %v, want ErrBadRequest", err)
	}

	fl, _, err := dna.FindMatchingRegions(ctx, &benchling.DnaSequencesFindMatchingRegion{TargetDnaSequenceIDs: []string{created.ID, frag.ID}, SchemaID: "ts_e2edna"})
	if err != nil {
		t.Fatalf("FindMatchingRegions: %v", err)
	}
	fm, err := fl.Wait(ctx)
	if err != nil {
		t.Fatalf("FindMatchingRegions Wait: %v", err)
	}
	want := []benchling.DnaSequencesFindMatchingRegionsResultDnaSequenceMatch{
		{TargetDnaSequenceID: created.ID, MatchingDnaSequenceIDs: []string{frag.ID}},
		{TargetDnaSequenceID: frag.ID, MatchingDnaSequenceIDs: []string{created.ID}},
	}
	if d := cmp.Diff(want, fm.DnaSequenceMatches); d != "" {
		t.Errorf("FindMatchingRegions (-want +got):\n%s", d)
	}

	_, _, err = dna.Get(ctx, "seq_missing", nil)
	e2eWantNotFound(t, err, "seq_missing")
}

func e2eEntries(t *testing.T) {
	t.Parallel()
	srv, c := e2eSetup(t, nil)
	ctx := e2eCtx(t)
	ent := c.Entries
	folder := srv.FolderID()

	protein := srv.AddAaSequence(benchlingtest.AaSequence{Name: "Mentioned protein"})
	seeded := srv.SeedEntries(30)

	// GetExternalFile for the file a seeded entry's notes attach.
	e0, _, err := ent.Get(ctx, seeded[0], nil)
	if err != nil {
		t.Fatalf("Get: %v", err)
	}
	var fileID string
	for _, d := range e0.Days {
		for _, n := range d.Notes {
			if f, ok := n.(*benchling.ExternalFileNotePart); ok {
				fileID = f.ExternalFileID
			}
		}
	}
	if fileID == "" {
		t.Fatalf("seeded entry %s has no external file note: %+v", seeded[0], e0.Days)
	}
	meta, _, err := ent.GetExternalFile(ctx, seeded[0], fileID)
	if err != nil {
		t.Fatalf("GetExternalFile: %v", err)
	}
	if meta.ID != fileID || meta.Size <= 0 || meta.DownloadURL == "" || !meta.ExpiresTime().After(time.Now()) {
		t.Errorf("GetExternalFile = %+v", meta)
	}
	_, _, err = ent.GetExternalFile(ctx, seeded[1], fileID)
	e2eWantNotFound(t, err, fileID)

	// All pages through every entry once, in order.
	all := e2eCollect(t, ent.All(ctx, &benchling.EntryListOptions{ListOptions: benchling.ListOptions{PageSize: 7}, DocumentListFilters: benchling.DocumentListFilters{Sort: benchling.SortCreatedAtAsc}}))
	if ids := e2eIDs(all, func(e *benchling.Entry) string { return e.ID }); !slices.Equal(ids, seeded) {
		t.Errorf("All = %d entries, not the seeded ones in order", len(ids))
	}

	// Templates.
	tmpls := e2eCollect(t, ent.AllTemplates(ctx, &benchling.EntryTemplateListOptions{ListOptions: benchling.ListOptions{PageSize: 1}}))
	if len(tmpls) < 2 {
		t.Fatalf("AllTemplates = %d templates, want the 2 built in", len(tmpls))
	}
	tl, _, err := ent.ListTemplates(ctx, &benchling.EntryTemplateListOptions{Name: tmpls[1].Name})
	if err != nil || len(tl) != 1 || tl[0].ID != tmpls[1].ID {
		t.Errorf("ListTemplates(name=%q) = %v, %v", tmpls[1].Name, tl, err)
	}
	tmpl, _, err := ent.GetTemplate(ctx, tmpls[0].ID, nil)
	if err != nil {
		t.Fatalf("GetTemplate: %v", err)
	}
	if d := cmp.Diff(tmpls[0], tmpl); d != "" {
		t.Errorf("GetTemplate differs from AllTemplates (-list +get):\n%s", d)
	}
	ut, _, err := ent.UpdateTemplate(ctx, tmpl.ID, &benchling.EntryTemplateUpdate{Name: benchling.Ptr("Renamed template")}, nil)
	if err != nil || ut.Name != "Renamed template" || ut.ID != tmpl.ID {
		t.Fatalf("UpdateTemplate = %+v, %v", ut, err)
	}
	if g, _, err := ent.GetTemplate(ctx, tmpl.ID, nil); err != nil || g.Name != "Renamed template" {
		t.Errorf("after UpdateTemplate, GetTemplate = %+v, %v", g, err)
	}

	// Create (from a template), Get agrees, Update.
	created, resp, err := ent.Create(ctx, &benchling.EntryCreate{Name: "E2E experiment", FolderID: folder, EntryTemplateID: &tmpl.ID, AuthorIDs: []string{srv.AdminUserID()}})
	if err != nil {
		t.Fatalf("Create: %v", err)
	}
	if resp.StatusCode != http.StatusCreated || created.Name != "E2E experiment" || created.FolderID != folder ||
		created.EntryTemplateID == nil || *created.EntryTemplateID != tmpl.ID || len(created.Days) == 0 {
		t.Errorf("Create: status %d, %+v", resp.StatusCode, created)
	}
	got, _, err := ent.Get(ctx, created.ID, nil)
	if err != nil {
		t.Fatalf("Get: %v", err)
	}
	if d := cmp.Diff(created, got); d != "" {
		t.Errorf("Get differs from Create (-create +get):\n%s", d)
	}
	upd, _, err := ent.Update(ctx, created.ID, &benchling.EntryUpdate{Name: benchling.Ptr("E2E experiment v2")}, nil)
	if err != nil || upd.Name != "E2E experiment v2" || upd.DisplayID != created.DisplayID {
		t.Fatalf("Update = %+v, %v", upd, err)
	}
	if g, _, err := ent.Get(ctx, created.ID, nil); err != nil || g.Name != "E2E experiment v2" {
		t.Errorf("after Update, Get = %+v, %v", g, err)
	}

	// List filters: mentions, names, display IDs via BulkGet.
	mentioning := srv.AddEntry(benchlingtest.Entry{Name: "Mentions protein", Mentions: []string{protein}})
	l, _, err := ent.List(ctx, &benchling.EntryListOptions{Mentions: []string{protein}})
	if err != nil {
		t.Fatalf("List: %v", err)
	}
	if ids := e2eIDs(l, func(e *benchling.Entry) string { return e.ID }); !slices.Contains(ids, mentioning) {
		t.Errorf("List mentions=%s = %v, want it to include %s", protein, ids, mentioning)
	}
	bg, _, err := ent.BulkGet(ctx, []string{created.ID, seeded[3]}, nil)
	if err != nil || !slices.Equal(e2eIDs(bg, func(e *benchling.Entry) string { return e.ID }), []string{created.ID, seeded[3]}) {
		t.Errorf("BulkGet = %v, %v", bg, err)
	}
	bg, _, err = ent.BulkGet(ctx, nil, &benchling.EntryBulkGetOptions{DisplayIDs: []string{created.DisplayID}})
	if err != nil || len(bg) != 1 || bg[0].ID != created.ID {
		t.Errorf("BulkGet by display ID = %v, %v", bg, err)
	}

	// Archive and the archiveReason filter.
	ch, _, err := ent.Archive(ctx, &benchling.EntriesArchive{EntryIDs: []string{created.ID}, Reason: benchling.EntityArchiveReasonMadeInError})
	if err != nil || !slices.Equal(ch.EntryIDs, []string{created.ID}) {
		t.Fatalf("Archive = %+v, %v", ch, err)
	}
	l, _, err = ent.List(ctx, &benchling.EntryListOptions{DocumentListFilters: benchling.DocumentListFilters{ArchiveReason: string(benchling.EntityArchiveReasonMadeInError)}})
	if err != nil || !slices.Equal(e2eIDs(l, func(e *benchling.Entry) string { return e.ID }), []string{created.ID}) {
		t.Errorf("List archiveReason=Made in error = %v, %v", l, err)
	}
	l, _, err = ent.List(ctx, &benchling.EntryListOptions{DocumentListFilters: benchling.DocumentListFilters{Name: "E2E experiment v2"}})
	if err != nil || len(l) != 0 {
		t.Errorf("List (not archived) still has the archived entry: %v, %v", l, err)
	}
	if ch, _, err = ent.Unarchive(ctx, []string{created.ID}); err != nil || !slices.Equal(ch.EntryIDs, []string{created.ID}) {
		t.Fatalf("Unarchive = %+v, %v", ch, err)
	}
	if g, _, err := ent.Get(ctx, created.ID, nil); err != nil || g.ArchiveRecord != nil {
		t.Errorf("after Unarchive, Get = %+v, %v", g, err)
	}

	_, _, err = ent.Get(ctx, "etr_missing", nil)
	e2eWantNotFound(t, err, "etr_missing")
	_, _, err = ent.GetTemplate(ctx, "tmpl_missing", nil)
	e2eWantNotFound(t, err, "tmpl_missing")
}

func e2eTasks(t *testing.T) {
	t.Parallel()
	srv, c := e2eSetup(t, []benchlingtest.ServerOption{benchlingtest.WithTaskPolls(2)})
	ctx := e2eCtx(t)
	link, _, err := c.AaSequences.BulkCreate(ctx, []*benchling.AaSequenceCreate{{EntityCreateBase: benchling.EntityCreateBase{Name: "Task seq", FolderID: benchling.Ptr(srv.FolderID())}, AminoAcids: "MKV"}})
	if err != nil {
		t.Fatalf("BulkCreate: %v", err)
	}
	task, _, err := c.Tasks.Get(ctx, link.TaskID)
	if err != nil {
		t.Fatalf("Tasks.Get: %v", err)
	}
	if task.ID != link.TaskID || task.Status != benchling.TaskStatusRunning {
		t.Errorf("first Tasks.Get = %+v, want RUNNING", task)
	}
	task, _, err = c.Tasks.Wait(ctx, link.TaskID)
	if err != nil {
		t.Fatalf("Tasks.Wait: %v", err)
	}
	if task.Status != benchling.TaskStatusSucceeded {
		t.Fatalf("Tasks.Wait = %+v", task)
	}
	var res benchling.AaSequencesBulkCreateResult
	if err := task.DecodeResponse(&res); err != nil || len(res.AaSequences) != 1 || res.AaSequences[0].AminoAcids != "MKV" {
		t.Errorf("DecodeResponse = %+v, %v", res, err)
	}
	// 1 Get above, then Wait: 1 more RUNNING poll and the result.
	if n := srv.RequestCount("GET", "/tasks/"+link.TaskID); n != 3 {
		t.Errorf("task polled %d times, want 3", n)
	}
	// Waiting again returns the same result at once.
	task2, _, err := c.Tasks.Wait(ctx, link.TaskID)
	if err != nil || task2.Status != benchling.TaskStatusSucceeded || string(task2.Response) != string(task.Response) {
		t.Errorf("second Wait = %+v, %v", task2, err)
	}
	_, _, err = c.Tasks.Get(ctx, "00000000-0000-4000-8000-000000000000")
	e2eWantNotFound(t, err, "00000000-0000-4000-8000-000000000000")

	// Wait honours its context.
	link, _, err = c.AaSequences.BulkCreate(ctx, []*benchling.AaSequenceCreate{{EntityCreateBase: benchling.EntityCreateBase{Name: "Task seq 2", FolderID: benchling.Ptr(srv.FolderID())}, AminoAcids: "MKV"}})
	if err != nil {
		t.Fatalf("BulkCreate: %v", err)
	}
	short, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := link.Wait(short); !errors.Is(err, context.Canceled) {
		t.Errorf("Wait with a cancelled context: err = %v", err)
	}
}

func TestE2EScenarios(t *testing.T) {
	t.Run("Forbidden", func(t *testing.T) {
		t.Parallel()
		srv, c := e2eSetup(t, nil)
		ctx := e2eCtx(t)
		id := srv.SeedAaSequences(1)[0]
		srv.Forbid("", "/aa-sequences")
		_, _, err := c.AaSequences.Get(ctx, id, nil)
		if !errors.Is(err, benchling.ErrForbidden) {
			t.Fatalf("Get: err = %v, want ErrForbidden", err)
		}
		var apiErr *benchling.Error
		if !errors.As(err, &apiErr) || apiErr.StatusCode != http.StatusForbidden || !slices.Equal(apiErr.InvalidIDs, []string{id}) {
			t.Errorf("Get: %#v", apiErr)
		}
		if _, _, err := c.AaSequences.Archive(ctx, &benchling.AaSequencesArchive{AaSequenceIDs: []string{id}, Reason: benchling.EntityArchiveReasonOther}); !errors.Is(err, benchling.ErrForbidden) {
			t.Errorf("Archive: err = %v, want ErrForbidden", err)
		}
		if _, _, err := c.Users.Get(ctx, srv.AdminUserID()); err != nil {
			t.Errorf("Users.Get (not forbidden): %v", err)
		}
		srv.Unforbid()
		if _, _, err := c.AaSequences.Get(ctx, id, nil); err != nil {
			t.Errorf("Get after Unforbid: %v", err)
		}
	})

	t.Run("Unauthorized", func(t *testing.T) {
		t.Parallel()
		srv, c := e2eSetup(t, nil)
		ctx := e2eCtx(t)
		srv.RejectAPIKey()
		_, _, err := c.Users.Get(ctx, srv.AdminUserID())
		if !errors.Is(err, benchling.ErrUnauthorized) {
			t.Fatalf("err = %v, want ErrUnauthorized", err)
		}
		if strings.Contains(err.Error(), srv.APIKey) {
			t.Errorf("the error shows the API key: %v", err)
		}
		srv.AcceptAPIKey()
		if _, _, err := c.Users.Get(ctx, srv.AdminUserID()); err != nil {
			t.Errorf("after AcceptAPIKey: %v", err)
		}
	})

	t.Run("RateLimitPacing", func(t *testing.T) {
		t.Parallel()
		srv, c := e2eSetup(t, nil) // no retries: a 429 would be an error
		ctx := e2eCtx(t)
		id := srv.SeedAaSequences(1)[0]
		srv.SetRateLimit(5, time.Second)
		srv.ResetRequests()
		errs := 0
		for i := range 30 {
			_, resp, err := c.AaSequences.Get(ctx, id, nil)
			if err != nil {
				errs++
				t.Logf("Get: %v", err)
				continue
			}
			if i == 0 && (resp.RateLimit.Limit != 5 || resp.RateLimit.Remaining != 4 || resp.RateLimit.Reset <= 0 || resp.RateLimit.Reset > time.Second) {
				t.Errorf("first response's RateLimit = %+v, want limit 5, 4 remaining, reset within 1s", resp.RateLimit)
			}
		}
		reqs := srv.Requests()
		throttled := 0
		for _, r := range reqs {
			if r.Status == http.StatusTooManyRequests {
				throttled++
			}
		}
		if errs != 0 || throttled != 0 || len(reqs) != 30 {
			t.Errorf("30 paced Gets at 5/s: %d errors, %d 429s, %d requests; want 0, 0, 30", errs, throttled, len(reqs))
		}
	})

	t.Run("OAuthRefresh", func(t *testing.T) {
		t.Parallel()
		srv := benchlingtest.NewServer(t, benchlingtest.WithTokenLifetime(2*time.Second))
		c, err := benchling.NewClient(srv.URL, benchling.WithClientCredentials(srv.ClientID, srv.ClientSecret),
			benchling.WithoutRetries())
		if err != nil {
			t.Fatalf("NewClient: %v", err)
		}
		ctx := e2eCtx(t)
		for range 3 {
			if _, _, err := c.Users.Get(ctx, srv.AdminUserID()); err != nil {
				t.Fatalf("Get: %v", err)
			}
		}
		if n := srv.RequestCount("POST", "/token"); n != 1 {
			t.Errorf("3 calls within the token's life fetched %d tokens, want 1", n)
		}
		// The 2 s token is refreshed at least 1 s before it expires.
		time.Sleep(1200 * time.Millisecond)
		for range 3 {
			if _, _, err := c.Users.Get(ctx, srv.AdminUserID()); err != nil {
				t.Fatalf("Get after the refresh point: %v", err)
			}
		}
		// Exactly 2 unless the machine stalled for over a second.
		refreshed := srv.RequestCount("POST", "/token")
		if refreshed < 2 {
			t.Errorf("after the refresh point, %d tokens fetched, want a new one", refreshed)
		}
		for _, r := range srv.Requests() {
			if r.Status == http.StatusUnauthorized {
				t.Errorf("%s %s got 401", r.Method, r.Path)
			}
		}
		// A token revoked early draws one 401; the client fetches a new
		// token and the call still succeeds.
		srv.ExpireTokens()
		if _, _, err := c.Users.Get(ctx, srv.AdminUserID()); err != nil {
			t.Fatalf("Get after ExpireTokens: %v", err)
		}
		if n := srv.RequestCount("POST", "/token"); n <= refreshed {
			t.Errorf("after ExpireTokens, %d tokens fetched, want more than %d", n, refreshed)
		}
		// Bad credentials are an ErrUnauthorized without the secret.
		bad, err := benchling.NewClient(srv.URL, benchling.WithClientCredentials(srv.ClientID, "cs_wrong_secret"), benchling.WithoutRetries())
		if err != nil {
			t.Fatalf("NewClient: %v", err)
		}
		_, _, err = bad.Users.Get(ctx, srv.AdminUserID())
		if !errors.Is(err, benchling.ErrUnauthorized) || strings.Contains(err.Error(), "cs_wrong_secret") {
			t.Errorf("bad client secret: err = %v", err)
		}
	})

	t.Run("FaultRetries", func(t *testing.T) {
		t.Parallel()
		srv, c := e2eSetup(t, nil, benchling.WithRetryPolicy(benchling.RetryPolicy{MaxRetries: 3, MinBackoff: time.Millisecond, MaxBackoff: 5 * time.Millisecond}))
		ctx := e2eCtx(t)
		id := srv.SeedAaSequences(1)[0]

		// A GET is retried through two 503s.
		srv.InjectFault("GET", "/aa-sequences/*", benchlingtest.Fault{Status: http.StatusServiceUnavailable, Times: 2})
		got, _, err := c.AaSequences.Get(ctx, id, nil)
		if err != nil || got.ID != id {
			t.Fatalf("Get through two 503s = %v, %v", got, err)
		}
		if n := srv.RequestCount("GET", "/aa-sequences/"+id); n != 3 {
			t.Errorf("Get hit the server %d times, want 3", n)
		}

		// A POST that got a 503 may have run: no retry.
		srv.InjectFault("POST", "/aa-sequences", benchlingtest.Fault{Status: http.StatusServiceUnavailable, Times: 2})
		_, _, err = c.AaSequences.Create(ctx, &benchling.AaSequenceCreate{EntityCreateBase: benchling.EntityCreateBase{Name: "Faulty", FolderID: benchling.Ptr(srv.FolderID())}, AminoAcids: "MKV"})
		if !errors.Is(err, benchling.ErrServer) {
			t.Errorf("Create: err = %v, want ErrServer", err)
		}
		if n := srv.RequestCount("POST", "/aa-sequences"); n != 1 {
			t.Errorf("Create hit the server %d times, want 1", n)
		}
	})
}
