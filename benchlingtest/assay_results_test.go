package benchlingtest_test

import (
	"errors"
	"fmt"
	"net/http"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/benchlingtest"
	"github.com/google/go-cmp/cmp"
)

var uuidRe = regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)

// odResult is a result of the seeded "Plate Reader Result" schema (OD600
// required, a float; Sample an entity link).
func odResult(schemaID string, od float64, sample string) *benchling.AssayResultCreate {
	return &benchling.AssayResultCreate{SchemaID: schemaID,
		Fields: benchling.AssayFieldsCreate{"OD600": benchling.NumberValue(od), "sample": benchling.StringValue(sample)}}
}

// TestE2EAssayResults creates results in both forms of fields, reads them
// back (fields by system name, with their types), lists, filters,
// archives and bulk-gets them.
func TestE2EAssayResults(t *testing.T) {
	srv, c := e2eSetup(t, nil)
	ctx := e2eCtx(t)
	schemas := srv.SeedSchemas()
	sch := schemas["Plate Reader Result"]
	seqs := srv.SeedDnaSequences(2)

	created, _, err := c.AssayResults.Create(ctx, []*benchling.AssayResultCreate{
		odResult(sch, 0.412, seqs[0]),
		{SchemaID: sch, Fields: benchling.Fields{"od600": {Value: benchling.NumberValue(1.5)}, "Sample": {Value: benchling.StringValue(seqs[1])}},
			FieldValidation: map[string]benchling.UserValidation{"OD600": {ValidationStatus: benchling.UserValidationValidationStatusInvalid,
				ValidationComment: benchling.Ptr("saturated")}}},
		{SchemaID: sch, ID: benchling.Ptr("6b1e0f0e-8f5d-4b0b-9d8e-3f2a1c0b9e7d"), ProjectID: benchling.Ptr(srv.ProjectID()),
			Fields: benchling.AssayFieldsCreate{"OD600": benchling.NumberValue(0.2)}},
	})
	if err != nil {
		t.Fatal(err)
	}
	ids := created.AssayResults
	if len(ids) != 3 || !uuidRe.MatchString(ids[0]) || ids[2] != "6b1e0f0e-8f5d-4b0b-9d8e-3f2a1c0b9e7d" {
		t.Fatalf("IDs %v", ids)
	}
	r, _, err := c.AssayResults.Get(ctx, ids[1])
	if err != nil {
		t.Fatal(err)
	}
	od := r.Fields["od600"]
	if v, _ := od.Value.AsFloat(); v != 1.5 || od.Type != benchling.FieldTypeFloat || r.Schema.ID != sch || r.Schema.Name != "Plate Reader Result" ||
		r.ValidationStatus != "INVALID" || r.FieldValidation["od600"].ValidationStatus != benchling.UserValidationValidationStatusInvalid ||
		r.CreatedAt.IsZero() || r.Creator.ID != srv.AdminUserID() || !strings.HasPrefix(r.V3ID, "res_") {
		t.Errorf("Get = %+v", r)
	}
	if s, _ := r.Fields["sample"].Value.AsString(); s != seqs[1] || r.Fields["sample"].Type != benchling.FieldTypeEntityLink {
		t.Errorf("sample field %+v", r.Fields["sample"])
	}
	if r, _, _ := c.AssayResults.Get(ctx, ids[2]); r == nil || r.ProjectID == nil || *r.ProjectID != srv.ProjectID() {
		t.Errorf("project: %+v", r)
	}

	// The list: by schema, oldest first by default, with filters.
	all := e2eCollect(t, c.AssayResults.All(ctx, &benchling.AssayResultListOptions{SchemaID: sch, ListOptions: benchling.ListOptions{PageSize: 2}}))
	if diff := cmp.Diff(ids, e2eIDs(all, func(r *benchling.AssayResult) string { return r.ID })); diff != "" {
		t.Errorf("All in creation order (-want +got):\n%s", diff)
	}
	desc, _, err := c.AssayResults.List(ctx, &benchling.AssayResultListOptions{SchemaID: sch, Sort: benchling.SortCreatedAtDesc})
	if err != nil || len(desc) != 3 || desc[0].ID != ids[2] {
		t.Errorf("createdAt:desc: %v %v", e2eIDs(desc, func(r *benchling.AssayResult) string { return r.ID }), err)
	}
	linked, _, err := c.AssayResults.List(ctx, &benchling.AssayResultListOptions{SchemaID: sch, EntityIDs: []string{seqs[0]}})
	if err != nil || len(linked) != 1 || linked[0].ID != ids[0] {
		t.Errorf("entityIds: %v %v", linked, err)
	}
	byIDs, _, err := c.AssayResults.List(ctx, &benchling.AssayResultListOptions{SchemaID: sch, IDs: ids[1:2],
		CreatedAtGte: all[0].CreatedAt.Format("2006-01-02T15:04:05.999999Z07:00")})
	if err != nil || len(byIDs) != 1 || byIDs[0].ID != ids[1] {
		t.Errorf("ids and createdAt.gte: %v %v", byIDs, err)
	}
	later, _, err := c.AssayResults.List(ctx, &benchling.AssayResultListOptions{SchemaID: sch,
		CreatedAtGt: all[0].CreatedAt.Format("2006-01-02T15:04:05.999999Z07:00")})
	if err != nil || len(later) != 2 {
		t.Errorf("createdAt.gt: %d %v", len(later), err)
	}
	if _, _, err := c.AssayResults.List(ctx, nil); !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("no schema: err = %v, want ErrBadRequest", err)
	}

	// Archive (without a reason: Archived), unarchive, bulk-get.
	ch, _, err := c.AssayResults.Archive(ctx, &benchling.AssayResultsArchive{AssayResultIDs: ids[:1]})
	if err != nil || !slices.Equal(ch.AssayResultIDs, ids[:1]) {
		t.Fatalf("Archive = %v, %v", ch, err)
	}
	left, _, _ := c.AssayResults.List(ctx, &benchling.AssayResultListOptions{SchemaID: sch})
	archived, _, _ := c.AssayResults.List(ctx, &benchling.AssayResultListOptions{SchemaID: sch, ArchiveReason: "Archived"})
	if len(left) != 2 || len(archived) != 1 || archived[0].ArchiveRecord.Reason != "Archived" {
		t.Errorf("after archiving: %d left, %v archived", len(left), archived)
	}
	if _, _, err := c.AssayResults.Unarchive(ctx, ids[:1]); err != nil {
		t.Fatal(err)
	}
	got, _, err := c.AssayResults.BulkGet(ctx, []string{ids[2], ids[0]})
	if err != nil || len(got) != 2 || got[0].ID != ids[2] || got[1].ArchiveRecord != nil {
		t.Errorf("BulkGet = %v, %v", got, err)
	}
	if _, _, err := c.AssayResults.BulkGet(ctx, []string{ids[0], "00000000-0000-4000-8000-000000000000"}); !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("BulkGet of an unknown ID: err = %v", err)
	}
	if _, _, err := c.AssayResults.Get(ctx, "00000000-0000-4000-8000-000000000000"); !errors.Is(err, benchling.ErrNotFound) {
		t.Errorf("Get of an unknown ID: err = %v", err)
	}
}

// TestE2EAssayResultsSchemaValidation: results that do not fit their
// schema are Benchling's 400, and nothing of the request is created.
func TestE2EAssayResultsSchemaValidation(t *testing.T) {
	srv, c := e2eSetup(t, nil)
	ctx := e2eCtx(t)
	sch := srv.SeedSchemas()["Plate Reader Result"]
	good := odResult(sch, 0.5, "seq_x")
	for name, c2 := range map[string]struct {
		item *benchling.AssayResultCreate
		want string
	}{
		"missing required": {&benchling.AssayResultCreate{SchemaID: sch, Fields: benchling.AssayFieldsCreate{"sample": benchling.StringValue("seq_1")}}, `field "OD600" is required`},
		"wrong type":       {&benchling.AssayResultCreate{SchemaID: sch, Fields: benchling.Fields{"OD600": {Value: benchling.StringValue("high")}}}, `field "OD600": expected a number`},
		"unknown field":    {&benchling.AssayResultCreate{SchemaID: sch, Fields: benchling.AssayFieldsCreate{"OD600": benchling.NumberValue(1), "colour": benchling.StringValue("red")}}, `field "colour": no such field`},
		"null required":    {&benchling.AssayResultCreate{SchemaID: sch, Fields: benchling.Fields{"OD600": {Value: benchling.NullValue()}}}, `field "OD600" is required`},
		"unknown schema":   {&benchling.AssayResultCreate{SchemaID: "assaysch_nope", Fields: benchling.Fields{}}, "schema assaysch_nope not found"},
		"bad validation": {&benchling.AssayResultCreate{SchemaID: sch, Fields: benchling.AssayFieldsCreate{"OD600": benchling.NumberValue(1)},
			FieldValidation: map[string]benchling.UserValidation{"OD600": {ValidationStatus: benchling.UserValidationValidationStatusPartiallyValid}}}, "VALID or INVALID"},
	} {
		_, _, err := c.AssayResults.Create(ctx, []*benchling.AssayResultCreate{good, c2.item})
		var apiErr *benchling.Error
		if !errors.As(err, &apiErr) || apiErr.StatusCode != http.StatusBadRequest || !strings.Contains(apiErr.Message, c2.want) || !strings.Contains(apiErr.Message, "result 1") {
			t.Errorf("%s: err = %v, want a 400 naming result 1 and %q", name, err, c2.want)
		}
	}
	if l, _, _ := c.AssayResults.List(ctx, &benchling.AssayResultListOptions{SchemaID: sch}); len(l) != 0 {
		t.Errorf("rejected requests created %d results", len(l))
	}
}

// TestE2EAssayResultsCreateMany sends 4001 results as two bulk tasks, and
// resubmits the valid items of a chunk with an invalid one.
func TestE2EAssayResultsCreateMany(t *testing.T) {
	srv, c := e2eSetup(t, nil)
	ctx := e2eCtx(t)
	sch := srv.SeedSchemas()["Plate Reader Result"]
	items := make([]*benchling.AssayResultCreate, benchling.MaxAssayResultsPerRequest+1)
	for i := range items {
		items[i] = odResult(sch, float64(i)/1000, fmt.Sprint("seq_", i))
	}
	res, err := c.AssayResults.CreateMany(ctx, items, nil)
	if err != nil {
		t.Fatal(err)
	}
	if n := srv.RequestCount("POST", "/assay-results:bulk-create"); n != 2 {
		t.Errorf("%d bulk-create requests, want 2", n)
	}
	last, _, err := c.AssayResults.Get(ctx, res[len(res)-1].Value)
	if v, _ := last.Fields["od600"].Value.AsFloat(); err != nil || v != 4.0 {
		t.Errorf("the last result: %v %v", last, err)
	}

	bad := []*benchling.AssayResultCreate{odResult(sch, 1, "a"), {SchemaID: sch, Fields: benchling.AssayFieldsCreate{"OD600": benchling.StringValue("x")}}, odResult(sch, 2, "b")}
	res, err = c.AssayResults.CreateMany(ctx, bad, nil)
	var itemErr *benchling.BulkItemError
	if !errors.As(err, new(*benchling.BulkError)) || !errors.As(res[1].Err, &itemErr) || !strings.Contains(itemErr.Message, "expected a number") ||
		res[0].Value == "" || res[2].Value == "" {
		t.Fatalf("CreateMany with an invalid item: %v %+v", err, res)
	}

	// A bulk-create in a table is accepted (tables are not modelled).
	task, _, err := c.AssayResults.BulkCreate(ctx, &benchling.AssayResultsBulkCreateInTableRequest{
		AssayResults: items[:1], TableID: benchling.Ptr("strtbl_IakA58In")})
	if err != nil {
		t.Fatal(err)
	}
	if out, err := task.Wait(ctx); err != nil || len(out.AssayResults) != 1 {
		t.Errorf("in a table: %v %v", out, err)
	}
	if total := len(e2eCollect(t, c.AssayResults.All(ctx, &benchling.AssayResultListOptions{SchemaID: sch, ListOptions: benchling.ListOptions{PageSize: 100}}))); total != len(items)+2+1 {
		t.Errorf("%d results in all", total)
	}
}

// TestE2EResultTransactions: appended results are invisible until the
// commit; an abort (fn's error) discards them; an invalid append fails
// InTransaction with per-item errors and saves nothing.
func TestE2EResultTransactions(t *testing.T) {
	srv, c := e2eSetup(t, nil)
	ctx := e2eCtx(t)
	sch := srv.SeedSchemas()["Plate Reader Result"]
	opts := &benchling.AssayResultListOptions{SchemaID: sch}
	count := func() int { return len(e2eCollect(t, c.AssayResults.All(ctx, opts))) }

	var appended []string
	err := c.AssayResults.InTransaction(ctx, func(tx *benchling.ResultTransaction) error {
		for i := range 3 {
			ids, err := tx.Append(ctx, []*benchling.AssayResultCreate{odResult(sch, float64(i), "s"), odResult(sch, float64(i)+0.5, "s")})
			if err != nil {
				return err
			}
			appended = append(appended, ids...)
		}
		if n := count(); n != 0 {
			t.Errorf("%d results visible before the commit", n)
		}
		if _, _, err := c.AssayResults.Get(ctx, appended[0]); !errors.Is(err, benchling.ErrNotFound) {
			t.Errorf("an uncommitted result: err = %v", err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n := count(); n != 6 {
		t.Errorf("%d results after the commit, want 6", n)
	}
	if got, _, err := c.AssayResults.BulkGet(ctx, appended); err != nil || len(got) != 6 {
		t.Errorf("BulkGet of the appended IDs: %d %v", len(got), err)
	}

	boom := errors.New("instrument file truncated")
	var discarded []string
	err = c.AssayResults.InTransaction(ctx, func(tx *benchling.ResultTransaction) error {
		discarded, _ = tx.Append(ctx, []*benchling.AssayResultCreate{odResult(sch, 9, "s")})
		return boom
	})
	var te *benchling.ResultTransactionError
	if !errors.Is(err, boom) || !errors.As(err, &te) || !te.Aborted {
		t.Fatalf("err = %v", err)
	}
	if _, _, err := c.AssayResults.Get(ctx, discarded[0]); !errors.Is(err, benchling.ErrNotFound) {
		t.Errorf("an aborted result: err = %v", err)
	}

	err = c.AssayResults.InTransaction(ctx, func(tx *benchling.ResultTransaction) error {
		if _, err := tx.Append(ctx, []*benchling.AssayResultCreate{odResult(sch, 1, "s")}); err != nil {
			return err
		}
		_, err := tx.Append(ctx, []*benchling.AssayResultCreate{odResult(sch, 1, "s"),
			{SchemaID: sch, Fields: benchling.AssayFieldsCreate{"sample": benchling.StringValue("s")}}})
		return err
	})
	var apiErr *benchling.Error
	if !errors.As(err, &te) || !te.Aborted || !errors.As(err, &apiErr) || len(apiErr.Items) != 1 || apiErr.Items[0].Index != 1 ||
		!strings.Contains(apiErr.Items[0].Message, "OD600") {
		t.Fatalf("invalid append: err = %v (%+v)", err, apiErr)
	}
	if n := count(); n != 6 {
		t.Errorf("%d results after the failed transactions, want 6", n)
	}

	// The raw operations: a committed transaction takes no more results,
	// an aborted one may be aborted again.
	tx, _, err := c.AssayResults.CreateTransaction(ctx)
	if err != nil || !uuidRe.MatchString(tx.ID) {
		t.Fatalf("CreateTransaction = %v, %v", tx, err)
	}
	if _, _, err := c.AssayResults.CommitTransaction(ctx, tx.ID); err != nil {
		t.Fatal(err)
	}
	if _, _, err := c.AssayResults.CreateInTransaction(ctx, tx.ID, []*benchling.AssayResultCreate{odResult(sch, 1, "s")}); !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("append to a committed transaction: err = %v", err)
	}
	tx2, _, _ := c.AssayResults.CreateTransaction(ctx)
	for range 2 {
		if got, _, err := c.AssayResults.AbortTransaction(ctx, tx2.ID); err != nil || got.ID != tx2.ID {
			t.Errorf("abort: %v %v", got, err)
		}
	}
	if _, _, err := c.AssayResults.CommitTransaction(ctx, tx2.ID); !errors.Is(err, benchling.ErrBadRequest) {
		t.Errorf("commit of an aborted transaction: err = %v", err)
	}
}

// TestE2EResultTransactionCommitLost: a commit whose answer is lost is
// reported as an unknown outcome and not aborted.
func TestE2EResultTransactionCommitLost(t *testing.T) {
	srv, c := e2eSetup(t, nil)
	ctx := e2eCtx(t)
	sch := srv.SeedSchemas()["Plate Reader Result"]
	srv.InjectFault("POST", "/result-transactions/*:commit", benchlingtest.Fault{DropConnection: true})
	err := c.AssayResults.InTransaction(ctx, func(tx *benchling.ResultTransaction) error {
		_, err := tx.Append(ctx, []*benchling.AssayResultCreate{odResult(sch, 1, "s")})
		return err
	})
	if !errors.Is(err, benchling.ErrOutcomeUnknown) {
		t.Fatalf("err = %v, want ErrOutcomeUnknown", err)
	}
	for _, r := range srv.Requests() {
		if strings.HasSuffix(r.Path, ":abort") {
			t.Errorf("the transaction was aborted after a lost commit: %v", r)
		}
	}
}
