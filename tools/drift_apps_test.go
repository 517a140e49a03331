//lint:file-ignore SA1019 the deprecated dataset source of a table block is modelled too

package tools

import "github.com/benchling-go/benchling"

// itemMaxFiles allows a canvas file upload's maxFiles its omitempty: a
// list item's number is normally sent even when zero, but 0 files is no
// valid value (1 to 10, default 10), so 0 means "not set".
var itemMaxFiles = map[string]string{
	"maxFiles:omit": "0 is no valid maxFiles (1 to 10, default 10): omitempty leaves the default",
}

// The Apps tag: Benchling Apps, their canvases (UI blocks), sessions and
// configuration items (see drift_test.go for what is checked).
var _ = register(driftTable{
	Tag: "Apps",
	Models: []model{
		// apps
		{Go: benchling.BenchlingApp{}, Schema: "BenchlingApp"},
		{Go: benchling.BenchlingAppCreate{}, Schema: "BenchlingAppCreate"},
		{Go: benchling.BenchlingAppUpdate{}, Schema: "BenchlingAppUpdate"},
		{Go: benchling.BenchlingAppsArchive{}, Schema: "BenchlingAppsArchive"},
		{Go: benchling.BenchlingAppsArchivalChange{}, Schema: "BenchlingAppsArchivalChange"},
		{Go: benchling.AppSummary{}, Schema: "AppSummary"},
		{Go: struct {
			Apps      []*benchling.BenchlingApp `json:"apps"`
			NextToken string                    `json:"nextToken"`
		}{}, Schema: "BenchlingAppsPaginatedList", Like: "mirrors the unexported list envelope of List"},
		// sessions
		{Go: benchling.AppSession{}, Schema: "AppSession"},
		{Go: benchling.AppSessionCreate{}, Schema: "AppSessionCreate"},
		{Go: benchling.AppSessionUpdate{}, Schema: "AppSessionUpdate"},
		{Go: benchling.AppSessionMessageCreate{}, Schema: "AppSessionMessageCreate"},
		{Go: benchling.AppSessionMessage{}, Schema: "AppSessionMessage"},
		// canvases
		{Go: benchling.AppCanvas{}, Schema: "AppCanvas"},
		{Go: benchling.AppCanvasCreate{}, Schema: "AppCanvasCreate"},
		{Go: benchling.AppCanvasUpdate{}, Schema: "AppCanvasUpdate"},
		{Go: benchling.AppCanvasesArchive{}, Schema: "AppCanvasesArchive"},
		{Go: benchling.AppCanvasesArchivalChange{}, Schema: "AppCanvasesArchivalChange"},
		{Go: benchling.ArchiveRecord{}, Schema: "AppCanvas", Path: []string{"archiveRecord"}, Like: "the shared ArchiveRecord; its reason is any tenant's reason (AppCanvasesArchiveReason's values are examples)",
			Allow: map[string]string{"reason:type": "ArchiveRecord.Reason is a string: a canvas's reason varies by tenant"}},
		{Go: benchling.ButtonUIBlock{}, Schema: "ButtonUiBlock"},
		{Go: benchling.ButtonUIBlockCreate{}, Schema: "ButtonUiBlockCreate"},
		{Go: benchling.ButtonUIBlockUpdate{}, Schema: "ButtonUiBlockUpdate"},
		{Go: benchling.ChipUIBlock{}, Schema: "ChipUiBlock"},
		{Go: benchling.ChipUIBlockCreate{}, Schema: "ChipUiBlockCreate"},
		{Go: benchling.ChipUIBlockUpdate{}, Schema: "ChipUiBlockUpdate"},
		{Go: benchling.DropdownUIBlock{}, Schema: "DropdownUiBlock"},
		{Go: benchling.DropdownUIBlockCreate{}, Schema: "DropdownUiBlockCreate"},
		{Go: benchling.DropdownUIBlockUpdate{}, Schema: "DropdownUiBlockUpdate"},
		{Go: benchling.DropdownMultiValueUIBlock{}, Schema: "DropdownMultiValueUiBlock"},
		{Go: benchling.DropdownMultiValueUIBlockCreate{}, Schema: "DropdownMultiValueUiBlockCreate"},
		{Go: benchling.DropdownMultiValueUIBlockUpdate{}, Schema: "DropdownMultiValueUiBlockUpdate"},
		{Go: benchling.FileUploadUIBlock{}, Schema: "FileUploadUiBlock", Allow: itemMaxFiles},
		{Go: benchling.FileUploadUIBlockCreate{}, Schema: "FileUploadUiBlockCreate", Allow: itemMaxFiles},
		{Go: benchling.FileUploadUIBlockUpdate{}, Schema: "FileUploadUiBlockUpdate", Allow: itemMaxFiles},
		{Go: benchling.MarkdownUIBlock{}, Schema: "MarkdownUiBlock"},
		{Go: benchling.MarkdownUIBlockCreate{}, Schema: "MarkdownUiBlockCreate"},
		{Go: benchling.MarkdownUIBlockUpdate{}, Schema: "MarkdownUiBlockUpdate"},
		{Go: benchling.SearchInputUIBlock{}, Schema: "SearchInputUiBlock"},
		{Go: benchling.SearchInputUIBlockCreate{}, Schema: "SearchInputUiBlockCreate"},
		{Go: benchling.SearchInputUIBlockUpdate{}, Schema: "SearchInputUiBlockUpdate"},
		{Go: benchling.SearchInputMultiValueUIBlock{}, Schema: "SearchInputMultiValueUiBlock"},
		{Go: benchling.SearchInputMultiValueUIBlockCreate{}, Schema: "SearchInputMultiValueUiBlockCreate"},
		{Go: benchling.SearchInputMultiValueUIBlockUpdate{}, Schema: "SearchInputMultiValueUiBlockUpdate"},
		{Go: benchling.SectionUIBlock{}, Schema: "SectionUiBlock"},
		{Go: benchling.SectionUIBlockCreate{}, Schema: "SectionUiBlockCreate"},
		{Go: benchling.SectionUIBlockUpdate{}, Schema: "SectionUiBlockUpdate"},
		{Go: benchling.SelectorInputUIBlock{}, Schema: "SelectorInputUiBlock"},
		{Go: benchling.SelectorInputUIBlockCreate{}, Schema: "SelectorInputUiBlockCreate"},
		{Go: benchling.SelectorInputUIBlockUpdate{}, Schema: "SelectorInputUiBlockUpdate"},
		{Go: benchling.SelectorInputMultiValueUIBlock{}, Schema: "SelectorInputMultiValueUiBlock"},
		{Go: benchling.SelectorInputMultiValueUIBlockCreate{}, Schema: "SelectorInputMultiValueUiBlockCreate"},
		{Go: benchling.SelectorInputMultiValueUIBlockUpdate{}, Schema: "SelectorInputMultiValueUiBlockUpdate"},
		{Go: benchling.TableUIBlock{}, Schema: "TableUiBlock"},
		{Go: benchling.TableUIBlockCreate{}, Schema: "TableUiBlockCreate"},
		{Go: benchling.TableUIBlockUpdate{}, Schema: "TableUiBlockUpdate"},
		{Go: benchling.TableUIBlockDataFrameSource{}, Schema: "TableUiBlockDataFrameSource"},
		{Go: benchling.TableUIBlockDatasetSource{}, Schema: "TableUiBlockDatasetSource"},
		{Go: benchling.TextInputUIBlock{}, Schema: "TextInputUiBlock"},
		{Go: benchling.TextInputUIBlockCreate{}, Schema: "TextInputUiBlockCreate"},
		{Go: benchling.TextInputUIBlockUpdate{}, Schema: "TextInputUiBlockUpdate"},
		// configuration items
		{Go: benchling.ArrayElementAppConfigItem{}, Schema: "ArrayElementAppConfigItem"},
		{Go: benchling.BooleanAppConfigItem{}, Schema: "BooleanAppConfigItem"},
		{Go: benchling.DateAppConfigItem{}, Schema: "DateAppConfigItem"},
		{Go: benchling.DatetimeAppConfigItem{}, Schema: "DatetimeAppConfigItem"},
		{Go: benchling.EntitySchemaAppConfigItem{}, Schema: "EntitySchemaAppConfigItem"},
		{Go: benchling.FieldAppConfigItem{}, Schema: "FieldAppConfigItem"},
		{Go: benchling.FloatAppConfigItem{}, Schema: "FloatAppConfigItem"},
		{Go: benchling.GenericAPIIdentifiedAppConfigItem{}, Schema: "GenericApiIdentifiedAppConfigItem"},
		{Go: benchling.IntegerAppConfigItem{}, Schema: "IntegerAppConfigItem"},
		{Go: benchling.JSONAppConfigItem{}, Schema: "JsonAppConfigItem"},
		{Go: benchling.SecureTextAppConfigItem{}, Schema: "SecureTextAppConfigItem"},
		{Go: benchling.TextAppConfigItem{}, Schema: "TextAppConfigItem"},
		{Go: benchling.AppSummary{}, Schema: "AppConfigItemApiMixin", Path: []string{"app"}, Like: "the app of an item is AppSummary's shape"},
		{Go: benchling.LinkedAppConfigResourceSummary{}, Schema: "LinkedAppConfigResourceSummary"},
		{Go: benchling.AppConfigItemGenericCreate{}, Schema: "AppConfigItemGenericCreate"},
		{Go: benchling.AppConfigItemBooleanCreate{}, Schema: "AppConfigItemBooleanCreate"},
		{Go: benchling.AppConfigItemIntegerCreate{}, Schema: "AppConfigItemIntegerCreate"},
		{Go: benchling.AppConfigItemFloatCreate{}, Schema: "AppConfigItemFloatCreate"},
		{Go: benchling.AppConfigItemDateCreate{}, Schema: "AppConfigItemDateCreate"},
		{Go: benchling.AppConfigItemDatetimeCreate{}, Schema: "AppConfigItemDatetimeCreate"},
		{Go: benchling.AppConfigItemJSONCreate{}, Schema: "AppConfigItemJsonCreate"},
		{Go: benchling.AppConfigItemGenericUpdate{}, Schema: "AppConfigItemGenericUpdate"},
		{Go: benchling.AppConfigItemBooleanUpdate{}, Schema: "AppConfigItemBooleanUpdate"},
		{Go: benchling.AppConfigItemIntegerUpdate{}, Schema: "AppConfigItemIntegerUpdate"},
		{Go: benchling.AppConfigItemFloatUpdate{}, Schema: "AppConfigItemFloatUpdate"},
		{Go: benchling.AppConfigItemDateUpdate{}, Schema: "AppConfigItemDateUpdate"},
		{Go: benchling.AppConfigItemDatetimeUpdate{}, Schema: "AppConfigItemDatetimeUpdate"},
		{Go: benchling.AppConfigItemJSONUpdate{}, Schema: "AppConfigItemJsonUpdate"},
		{Go: benchling.AppConfigItemGenericBulkUpdate{}, Schema: "AppConfigItemGenericBulkUpdate"},
		{Go: benchling.AppConfigItemBooleanBulkUpdate{}, Schema: "AppConfigItemBooleanBulkUpdate"},
		{Go: benchling.AppConfigItemIntegerBulkUpdate{}, Schema: "AppConfigItemIntegerBulkUpdate"},
		{Go: benchling.AppConfigItemFloatBulkUpdate{}, Schema: "AppConfigItemFloatBulkUpdate"},
		{Go: benchling.AppConfigItemDateBulkUpdate{}, Schema: "AppConfigItemDateBulkUpdate"},
		{Go: benchling.AppConfigItemDatetimeBulkUpdate{}, Schema: "AppConfigItemDatetimeBulkUpdate"},
		{Go: benchling.AppConfigItemJSONBulkUpdate{}, Schema: "AppConfigItemJsonBulkUpdate"},
		{Go: struct {
			AppConfigurationItems benchling.AppConfigItems `json:"appConfigurationItems"`
			NextToken             string                   `json:"nextToken"`
		}{}, Schema: "AppConfigurationPaginatedList", Like: "mirrors the unexported list envelope of ListConfigurationItems"},
		{Go: struct {
			AppConfigurationItems []benchling.AppConfigItemCreate `json:"appConfigurationItems"`
		}{}, Schema: "AppConfigItemsBulkCreateRequest", Like: "mirrors the unexported body of BulkCreateConfigurationItems"},
		{Go: struct {
			AppConfigurationItems []benchling.AppConfigItemBulkUpdate `json:"appConfigurationItems"`
		}{}, Schema: "AppConfigItemsBulkUpdateRequest", Like: "mirrors the unexported body of BulkUpdateConfigurationItems"},
		// The bulk tasks' results are undocumented: each is checked against
		// the list envelope's items.
		{Go: benchling.AppsBulkCreateConfigurationItemsResult{}, Schema: "AppConfigurationPaginatedList", Like: "the bulk-create task's response, a list of items (undocumented)",
			Allow: map[string]string{"nextToken": "a task result is not paginated"}},
		{Go: benchling.AppsBulkUpdateConfigurationItemsResult{}, Schema: "AppConfigurationPaginatedList", Like: "the bulk-update task's response, a list of items (undocumented)",
			Allow: map[string]string{"nextToken": "a task result is not paginated"}},
	},
	Queries: []queryOptions{
		{Op: "listBenchlingApps", Go: benchling.BenchlingAppListOptions{}},
		{Op: "listAppConfigurationItems", Go: benchling.AppConfigItemListOptions{}},
		{Op: "getAppCanvas", Go: benchling.AppCanvasGetOptions{}},
		{Op: "getAppSessionById", Go: benchling.AppSessionGetOptions{}},
	},
	Exempt: map[string]string{
		"BenchlingAppsUnarchive": singleListBody,
		"AppCanvasesUnarchive":   singleListBody,
		"AppConfigItemUpdate":    "the body of UpdateConfigurationItem, taken as the interface AppConfigItemUpdate: each of its kinds has a row",
		"ConflictError":          "an error body: benchling.Error decodes every error (its Conflicts too)",
	},
})
