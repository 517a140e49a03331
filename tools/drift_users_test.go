package tools

import "github.com/benchling-go/benchling"

// The Users tag: its models, query options and exemptions (see
// drift_test.go for what is checked).
var _ = register(driftTable{
	Tag: "Users",
	Models: []model{
		{Go: benchling.User{}, Schema: "User"},
		{Go: benchling.UserCreate{}, Schema: "UserCreate"},
		{Go: benchling.UserUpdate{}, Schema: "UserUpdate"},
		{Go: benchling.UserBulkUpdate{}, Schema: "UserBulkUpdate"},
		{Go: benchling.UserActivity{}, Schema: "UserActivity"},
		{Go: benchling.WarehouseCredentialSummary{}, Schema: "WarehouseCredentialSummary"},
		// The bulk tasks' results have no schema of their own; each is an
		// AsyncTask whose response the spec describes only in prose ("a
		// full list of Users"), so the list is checked against
		// UsersPaginatedList's users property instead.
		{Go: benchling.UsersBulkCreateResult{}, Schema: "UsersPaginatedList", Like: "the bulk-create task's response, a list of users",
			Allow: map[string]string{"nextToken": "a task result is not paginated"}},
		{Go: benchling.UsersBulkUpdateResult{}, Schema: "UsersPaginatedList", Like: "the bulk-update task's response, a list of users",
			Allow: map[string]string{"nextToken": "a task result is not paginated"}},
		{Go: benchling.UserSummary{}, Schema: "UserSummary"},
	},
	Exempt: map[string]string{
		"UserBulkCreateRequest": singleListBody,
		"UserBulkUpdateRequest": singleListBody,
	},
	Queries: []queryOptions{
		{Op: "listUsers", Go: benchling.UserListOptions{}},
	},
})
