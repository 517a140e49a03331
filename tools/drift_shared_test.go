package tools

import "github.com/benchling-go/benchling"

// Shapes many tags share (CONTRIBUTING.md §2.3), and the exemptions every
// tag needs.
var _ = register(driftTable{
	Tag: "shared",
	Models: []model{
		{Go: benchling.Field{}, Schema: "Field"},
		{Go: benchling.Fields{}, Schema: "Fields"},
		{Go: benchling.Field{}, Schema: "FieldWithResolution", Like: "an upsert's fields are Fields too; FieldValue also encodes {entityRegistryId}"},
		{Go: benchling.Fields{}, Schema: "FieldsWithResolution", Like: "an upsert's fields are Fields too"},
		{Go: benchling.CustomField{}, Schema: "CustomField", Allow: map[string]string{
			"value:omit": "a custom field is written as its value: {\"value\": \"\"} is sent as given, never {} (which the spec gives no meaning); a map value, so not a pointer",
		}},
		{Go: benchling.CustomFields{}, Schema: "CustomFields"},
		{Go: benchling.ArchiveRecord{}, Schema: "ArchiveRecord"},
		{Go: benchling.RegistrationOrigin{}, Schema: "RegistrationOrigin"},
		{Go: benchling.SchemaSummary{}, Schema: "SchemaSummary"},
		{Go: benchling.UserSummary{}, Schema: "UserSummary"},
		{Go: benchling.UserSummary{}, Schema: "PartySummary", Like: "the spec's PartySummary is UserSummary's shape (CONTRIBUTING.md §2.3)"},
	},
	Exempt: map[string]string{
		"BadRequestError":  "an error body: benchling.Error decodes every error",
		"BaseError":        "an error body: benchling.Error decodes every error",
		"ForbiddenError":   "an error body: benchling.Error decodes every error",
		"NotFoundError":    "an error body: benchling.Error decodes every error",
		"ArchiveRecordSet": "an upsert's archiveRecord can only be null (unarchive): a Nullable field that is only ever Null",
	},
})
