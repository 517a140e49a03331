package benchling

import (
	"reflect"
	"testing"
)

// TestUsersModelDrift checks that every Users model has exactly the
// properties of its spec schema.
func TestUsersModelDrift(t *testing.T) {
	spec := loadSpec(t)
	if spec == nil {
		t.Skip("the OpenAPI spec is not available locally")
	}
	models := []struct {
		typ    reflect.Type
		schema string
		// allow lists properties that may be missing or extra, each with
		// the reason.
		allow map[string]string
	}{
		{reflect.TypeOf(User{}), "User", nil},
		{reflect.TypeOf(UserCreate{}), "UserCreate", nil},
		{reflect.TypeOf(UserUpdate{}), "UserUpdate", nil},
		{reflect.TypeOf(UserBulkUpdate{}), "UserBulkUpdate", nil},
		{reflect.TypeOf(UserBulkCreateRequest{}), "UserBulkCreateRequest", nil},
		{reflect.TypeOf(UserBulkUpdateRequest{}), "UserBulkUpdateRequest", nil},
		{reflect.TypeOf(UserActivity{}), "UserActivity", nil},
		{reflect.TypeOf(WarehouseCredentialSummary{}), "WarehouseCredentialSummary", nil},
		// The bulk tasks' results have no schema of their own; each is an
		// AsyncTask whose response the spec describes only in prose ("a
		// full list of Users"), so the list of users is checked against
		// UsersPaginatedList's users property instead.
		{reflect.TypeOf(UsersBulkCreateResult{}), "UsersPaginatedList",
			map[string]string{"nextToken": "a task result is not paginated"}},
		{reflect.TypeOf(UsersBulkUpdateResult{}), "UsersPaginatedList",
			map[string]string{"nextToken": "a task result is not paginated"}},
		// UserSummary is the shared type in types.go; Users relies on it
		// matching the spec's UserSummary too.
		{reflect.TypeOf(UserSummary{}), "UserSummary", nil},
	}
	for _, m := range models {
		t.Run(m.schema+"/"+m.typ.Name(), func(t *testing.T) {
			missing, extra, err := spec.CheckModel(m.typ, m.schema)
			if err != nil {
				t.Fatalf("CheckModel(%s, %q): %v", m.typ, m.schema, err)
			}
			for _, p := range missing {
				if _, ok := m.allow[p]; !ok {
					t.Errorf("%s lacks property %q of schema %s", m.typ, p, m.schema)
				}
			}
			for _, p := range extra {
				if _, ok := m.allow[p]; !ok {
					t.Errorf("%s has property %q that schema %s lacks", m.typ, p, m.schema)
				}
			}
		})
	}
}
