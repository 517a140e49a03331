package benchlingtest

import (
	"encoding/json"
	"fmt"
	"maps"
	"math/rand/v2"
	"net/http"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/benchling-go/benchling/internal/contract"
)

// The Apps tag: Benchling Apps (/apps), their canvases (/app-canvases),
// sessions (/app-sessions) and configuration items
// (/app-configuration-items).
//
// The tenant has one app from the start, AppID: the app whose OAuth client
// credentials (ClientID, ClientSecret) the server accepts. Others can be
// created with the deprecated POST /apps (a name another app has is a 409
// ConflictError) or Add.
//
// Canvases store and return their blocks as given: the same JSON values,
// unknown kinds and properties included, but not the same bytes. Blocks
// are decoded into documents and encoded again, so an answer's keys come
// in sorted order, without the request's whitespace, and its numbers as
// Go's float64 gives them (1.50 is 1.5; an integer beyond 2^53 loses
// precision). Compare canvases as JSON values, not as text. The blocks of
// the kinds the spec declares are checked as Benchling would (their
// required properties and types; the leaf kinds only in sections; unique
// IDs; a label on a required input; at most 10 files for a file upload);
// a block of a kind the spec does not know (a newer Benchling's, which is
// what an SDK must keep) is kept as it is, and the exchanges that carry
// one are left out of the contract recordings, being outside the spec.
// SetCanvasValue enters a value in an input as a user would.
//
// Sessions keep their messages (an update appends its messages) and their
// status: RUNNING until an update closes them, TIMEOUT once timeoutSeconds
// have passed since their creation (by the data clock). The fake enforces
// Benchling's limits: a name of 3 to 100 characters, a timeout of 1 second
// to 30 days that never decreases, at most 10 messages per update, each of
// 3 to 200 characters with at most 10 references ({id:...}), a known
// style, and no update of a closed or timed-out session (each a 400).
//
// Configuration items are typed by kind: an item's value must fit its
// type (a boolean, an integer, a number, a date YYYY-MM-DD, a datetime
// "2006-01-02 03:04:05 PM", parseable JSON, or a string), its path is
// unique within its app, and an update keeps its type. A linked item's
// linkedResource names the tenant's item with the value's ID, when there
// is one. The bulk tasks answer {"appConfigurationItems": [...]} (the spec
// does not describe their response).
//
// Simplified: apps have no manifest, so items have no description and are
// not required unless Add says so; no webhook is sent when users interact
// with a canvas (a test sends one itself, with package webhooktest).

var benchlingApps = &resource{
	path: "apps", noun: "App", prefix: "app_", listKey: "apps",
	doc: map[string]any{"apiURL": "", "archiveRecord": nil, "createdAt": "", "creator": nil, "description": "",
		"id": "", "modifiedAt": "", "name": "", "webURL": ""},
	server:  []string{"id", "createdAt", "modifiedAt", "creator", "apiURL", "webURL"},
	webPath: func(_ *store, d map[string]any) string { return "/developer/apps/" + strAt(d, "id") },
	list:    &listOp{filters: "ids modifiedAt name nameIncludes names.anyOf names.anyOf.caseSensitive creatorIds memberOf adminOf"},
	get:     true,
	create:  body("description:string name:string!"),
	update:  body("description:string name:string"),
	archive: &archiveOp{idsKey: "appIds", reasons: []string{"Made in error", "Retired", "Other"}},
	validate: func(w *write) string {
		if n, ok := w.body["name"].(string); ok && (utf8.RuneCountInString(n) < 3 || utf8.RuneCountInString(n) > 255) {
			return "name must be 3 to 255 characters"
		}
		if d, ok := w.body["description"].(string); ok && utf8.RuneCountInString(d) > 8192 {
			return "description must be at most 8192 characters"
		}
		return ""
	},
	actions: []action{{"POST", "/apps", createApp}},
}

// createApp is POST /apps: the engine's create, after a 409 for a name
// another app has.
func createApp(c *call) (int, any, *httpError) {
	r := c.st.coll("apps").res // not benchlingApps: that would be an initialization cycle
	in, herr := c.decodeBody(r.create)
	if herr != nil {
		return 0, nil, herr
	}
	name := strAt(in, "name")
	for _, it := range c.st.coll("apps").order {
		if strings.EqualFold(strAt(it.doc, "name"), name) {
			msg := fmt.Sprintf("An app named %q already exists.", name)
			return 0, nil, &httpError{http.StatusConflict, apiError{Type: "invalid_request_error", Message: msg, UserMessage: msg,
				Conflicts: []any{map[string]any{"id": it.id(), "name": strAt(it.doc, "name")}}}}
		}
	}
	return r.serveCreate(c)
}

// addApp adds the tenant's own app, with an ID of its own generator and
// without using up a sequence number, so that the IDs and the seeded
// names the tenant makes stay as they were for a seed.
func (st *store) addApp(seed uint64, at time.Time) {
	defer func(seq uint64) { st.seq = seq }(st.seq)
	r := rand.New(rand.NewPCG(seed^0x617070, seed))
	var b [16]byte
	for i := range b {
		b[i] = idAlphabet[r.IntN(len(idAlphabet))]
	}
	it := st.addDoc(st.coll("apps"), map[string]any{"id": "app_" + string(b[:]), "name": "Benchling Test App",
		"description": "The app of the fake tenant's OAuth client credentials.", "createdAt": fmtTime(at)})
	st.appID = it.id()
}

// AppID returns the ID of the tenant's Benchling App: the app whose OAuth
// client credentials (ClientID, ClientSecret) the server accepts, which
// owns canvases, sessions and configuration items.
func (s *Server) AppID() string { return s.st.appID }

// appRef writes a body's appId as the document's app, after validate has
// checked the app exists.
var appRef = map[string]keyFunc{
	"appId": func(w *write, v any) { w.doc["app"] = map[string]any{"id": v} },
}

// checkApp reports a body's appId that names no app.
func checkApp(w *write) string {
	if id, ok := w.body["appId"].(string); ok && w.st.coll("apps").byID[id] == nil {
		return fmt.Sprintf("app %s not found", id)
	}
	return ""
}

// --- canvases ---

const canvasWrite = "blocks:[]object data:string? enabled:boolean featureId:string resourceId:string sessionId:string?"

var appCanvases = &resource{
	path: "app-canvases", noun: "Canvas", prefix: "cnvs_", listKey: "appCanvases",
	doc: map[string]any{"app": nil, "archiveRecord": nil, "blocks": []any{}, "data": nil, "enabled": true,
		"featureId": "", "id": "", "resourceId": "", "sessionId": nil},
	server:   []string{"id"},
	get:      true,
	create:   body(canvasWrite, "appId:string! blocks:[]object! featureId:string! resourceId:string!"),
	update:   body(canvasWrite),
	archive:  &archiveOp{idsKey: "canvasIds", reasons: []string{"Other"}},
	keys:     appRef,
	validate: validateCanvas,
	actions: []action{
		{"GET", "/app-canvases/{canvas_id}", getCanvas},
		{"PATCH", "/app-canvases/{canvas_id}", updateCanvas},
		{"POST", "/app-canvases", createCanvas},
	},
}

// The canvas handlers are the engine's, with the contract recording
// skipped for the exchanges that carry a block of a kind the spec does
// not know.

// canvasResource is appCanvases (which its handlers cannot name: that
// would be an initialization cycle).
func canvasResource(c *call) *resource { return c.st.coll("app-canvases").res }

func createCanvas(c *call) (int, any, *httpError) {
	status, v, herr := canvasResource(c).serveCreate(c)
	skipIfUnknownBlocks(c, v)
	return status, v, herr
}

func getCanvas(c *call) (int, any, *httpError) {
	status, v, herr := canvasResource(c).serveGet(c)
	skipIfUnknownBlocks(c, v)
	return status, v, herr
}

func updateCanvas(c *call) (int, any, *httpError) {
	status, v, herr := canvasResource(c).serveUpdate(c)
	skipIfUnknownBlocks(c, v)
	return status, v, herr
}

// skipIfUnknownBlocks leaves the exchange out of the contract recordings
// when its request or response holds a block of a kind the spec does not
// know.
func skipIfUnknownBlocks(c *call, resp any) {
	var in map[string]any
	_ = json.Unmarshal(c.body, &in)
	m, _ := resp.(map[string]any)
	for _, d := range []map[string]any{in, m} {
		if d != nil && hasUnknownBlock(d["blocks"]) {
			contract.Skip(c.r)
			return
		}
	}
}

func hasUnknownBlock(v any) bool {
	l, _ := v.([]any)
	for _, b := range l {
		bm, _ := b.(map[string]any)
		if blockSchemas[strAt(bm, "type")] == nil {
			return true
		}
		if hasUnknownBlock(bm["children"]) {
			return true
		}
	}
	return false
}

const (
	interactiveBlock = "enabled:boolean? id:string! type:string!"
	inputBlock       = interactiveBlock + " label:string? required:boolean? value:string?"
	multiInputBlock  = interactiveBlock + " label:string? required:boolean? value:[]string?"
)

// blockSchemas are the block kinds the spec declares, with their
// properties; "value" of an input may be null but must be present
// (validateBlock checks that).
var blockSchemas = map[string]*bodySchema{
	"BUTTON":                    body(interactiveBlock, "text:string!"),
	"CHIP":                      body("id:string type:string! value:string!"),
	"DROPDOWN":                  body(inputBlock, "dropdownId:string! placeholder:string?"),
	"DROPDOWN_MULTIVALUE":       body(multiInputBlock, "dropdownId:string! placeholder:string?"),
	"FILE_UPLOAD":               body(multiInputBlock, "fileTypes:[]string maxFiles:integer"),
	"MARKDOWN":                  body("id:string type:string! value:string!"),
	"SEARCH_INPUT":              body(inputBlock, "itemType:string! placeholder:string? schemaId:string?"),
	"SEARCH_INPUT_MULTIVALUE":   body(multiInputBlock, "itemType:string! placeholder:string? schemaId:string?"),
	"SECTION":                   body("children:[]object! id:string type:string"),
	"SELECTOR_INPUT":            body(inputBlock, "options:[]string! placeholder:string?"),
	"SELECTOR_INPUT_MULTIVALUE": body(multiInputBlock, "options:[]string! placeholder:string?"),
	"TABLE":                     body(interactiveBlock, "name:string! source:object!"),
	"TEXT_INPUT":                body(inputBlock, "placeholder:string?"),
}

var searchItemTypes = []string{"dna_sequence", "dna_oligo", "aa_sequence", "custom_entity", "mixture", "box", "container", "location", "plate", "worklist"}

// validateCanvas checks a canvas write: its app, its data, and its blocks.
func validateCanvas(w *write) string {
	if msg := checkApp(w); msg != "" {
		return msg
	}
	if d, ok := w.body["data"].(string); ok {
		if len(d) >= 5<<10 {
			return "data must be less than 5kb"
		}
		if !json.Valid([]byte(d)) {
			return "data must be valid JSON"
		}
	}
	if id, ok := w.body["sessionId"].(string); ok && w.st.coll("app-sessions").byID[id] == nil {
		return fmt.Sprintf("session %s not found", id)
	}
	if v, ok := w.body["blocks"]; ok {
		ids := map[string]bool{}
		return validateBlocks(v, false, ids, "blocks")
	}
	return ""
}

// validateBlocks checks a list of blocks (a section's children if leaf).
func validateBlocks(v any, leaf bool, ids map[string]bool, where string) string {
	l, _ := v.([]any)
	for i, b := range l {
		at := fmt.Sprintf("%s[%d]", where, i)
		bm, ok := b.(map[string]any)
		if !ok {
			return at + " is not an object"
		}
		typ, _ := bm["type"].(string)
		if typ == "" {
			return at + " has no type"
		}
		if id, ok := bm["id"].(string); ok && id != "" {
			if ids[id] {
				return fmt.Sprintf("%s: block ID %q is used twice", at, id)
			}
			ids[id] = true
		}
		s := blockSchemas[typ]
		if s == nil {
			continue // a newer kind: kept as it is
		}
		if leaf && (typ == "SECTION" || typ == "TABLE") {
			return fmt.Sprintf("%s: a %s block cannot be in a section", at, typ)
		}
		if msg := validateBlock(typ, bm, s, ids, at); msg != "" {
			return msg
		}
	}
	return ""
}

func validateBlock(typ string, b map[string]any, s *bodySchema, ids map[string]bool, at string) string {
	if msg := s.check(b); msg != "" {
		return at + ": " + strings.TrimSuffix(strings.Replace(msg, " in the request body", "", 1), ".")
	}
	if msg := s.missing(b); msg != "" {
		return at + ": " + msg
	}
	if _, isInput := s.prop("value"); isInput && typ != "CHIP" && typ != "MARKDOWN" {
		if _, ok := b["value"]; !ok {
			return at + ": value is required (null for none)"
		}
	}
	if _, hasSchema := s.prop("schemaId"); hasSchema {
		if _, ok := b["schemaId"]; !ok {
			return at + ": schemaId is required (null for any)"
		}
		if it, _ := b["itemType"].(string); !slices.Contains(searchItemTypes, it) {
			return fmt.Sprintf("%s: invalid itemType %q", at, it)
		}
	}
	if l, ok := b["label"].(string); ok && utf8.RuneCountInString(l) > 50 {
		return at + ": label must be at most 50 characters"
	}
	if req, _ := b["required"].(bool); req && strAt(b, "label") == "" {
		return at + ": a required input needs a label"
	}
	switch typ {
	case "FILE_UPLOAD":
		if n, ok := b["maxFiles"].(float64); ok && (n < 1 || n > 10) {
			return at + ": maxFiles must be 1 to 10"
		}
	case "SECTION":
		return validateBlocks(b["children"], true, ids, at+".children")
	case "TABLE":
		src, _ := b["source"].(map[string]any)
		switch strAt(src, "type") {
		case "DATA_FRAME":
			if msg := tableSource(src, "dataFrameId"); msg != "" {
				return at + ".source: " + msg
			}
		case "DATASET":
			if msg := tableSource(src, "datasetId"); msg != "" {
				return at + ".source: " + msg
			}
		default:
			return fmt.Sprintf("%s.source: invalid type %q (DATA_FRAME or DATASET)", at, strAt(src, "type"))
		}
	}
	return ""
}

func tableSource(src map[string]any, key string) string {
	s := body("type:string! " + key + ":string?")
	if msg := s.check(src); msg != "" {
		return strings.TrimSuffix(strings.Replace(msg, " in the request body", "", 1), ".")
	}
	if _, ok := src[key]; !ok {
		return key + " is required (null for none)"
	}
	return ""
}

// SetCanvasValue enters value in the input block blockID of a canvas, as a
// user would in Benchling: value is a string (or nil) for a single-value
// input, a []string (or nil) for a multi-value one. The canvas's other
// blocks stay as they are. It is an error if the canvas or the input is
// missing, or the value does not fit the input.
func (s *Server) SetCanvasValue(canvasID, blockID string, value any) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	it := s.st.coll("app-canvases").byID[canvasID]
	if it == nil {
		return fmt.Errorf("benchlingtest: SetCanvasValue: canvas %s not found", canvasID)
	}
	var v any
	switch x := value.(type) {
	case nil:
	case string:
		v = x
	case []string:
		v = anyList(x)
	default:
		return fmt.Errorf("benchlingtest: SetCanvasValue: a value is a string, a []string or nil, not %T", value)
	}
	blocks, found, err := setBlockValue(it.doc["blocks"], blockID, v)
	if err != nil {
		return fmt.Errorf("benchlingtest: SetCanvasValue: %v", err)
	}
	if !found {
		return fmt.Errorf("benchlingtest: SetCanvasValue: canvas %s has no block %q", canvasID, blockID)
	}
	it.doc["blocks"] = blocks // replaced, never changed in place
	return nil
}

// setBlockValue returns a copy of blocks with the value of block id set.
func setBlockValue(blocks any, id string, v any) ([]any, bool, error) {
	l, _ := blocks.([]any)
	out := slices.Clone(l)
	for i, b := range out {
		bm, _ := b.(map[string]any)
		if strAt(bm, "id") == id {
			typ := strAt(bm, "type")
			s := blockSchemas[typ]
			p, ok := s.propsOrNil(), false
			for _, q := range p {
				ok = ok || q.name == "value"
			}
			if s == nil || !ok || typ == "CHIP" || typ == "MARKDOWN" {
				return nil, true, fmt.Errorf("block %q (%s) is no input", id, typ)
			}
			vp, _ := s.prop("value")
			if !vp.accepts(v) {
				return nil, true, fmt.Errorf("block %q takes %s", id, vp.describe())
			}
			nb := maps.Clone(bm)
			nb["value"] = v
			out[i] = nb
			return out, true, nil
		}
		if strAt(bm, "type") == "SECTION" {
			ch, found, err := setBlockValue(bm["children"], id, v)
			if found {
				if err != nil {
					return nil, true, err
				}
				nb := maps.Clone(bm)
				nb["children"] = ch
				out[i] = nb
				return out, true, nil
			}
		}
	}
	return out, false, nil
}

// --- sessions ---

var appSessions = &resource{
	path: "app-sessions", noun: "Session", prefix: "sesn_", listKey: "appSessions",
	doc: map[string]any{"app": nil, "createdAt": "", "id": "", "messages": []any{}, "modifiedAt": "",
		"name": "", "status": "RUNNING", "timeoutSeconds": 0},
	server: []string{"id", "createdAt", "modifiedAt"},
	get:    true,
	create: body("appId:string! messages:[]object name:string! timeoutSeconds:integer!"),
	update: body("messages:[]object status:string timeoutSeconds:integer"),
	keys: map[string]keyFunc{
		"appId": appRef["appId"],
		"messages": func(w *write, v any) {
			old, _ := w.doc["messages"].([]any)
			in, _ := v.([]any)
			out := slices.Clone(old)
			for _, m := range in {
				mm := maps.Clone(m.(map[string]any))
				if mm["style"] == nil {
					mm["style"] = "NONE"
				}
				out = append(out, mm)
			}
			w.doc["messages"] = out
		},
	},
	validate: validateSession,
	actions:  []action{{"GET", "/app-sessions/{id}", getSession}},
}

var messageSchema = body("content:string! style:string")

// validateSession checks a session write against Benchling's limits.
func validateSession(w *write) string {
	if msg := checkApp(w); msg != "" {
		return msg
	}
	if !w.creating() {
		w.st.timeOut(w.it)
		if st := strAt(w.doc, "status"); st != "RUNNING" {
			return fmt.Sprintf("the session is closed (%s)", st)
		}
	}
	if n, ok := w.body["name"].(string); ok && (utf8.RuneCountInString(n) < 3 || utf8.RuneCountInString(n) > 100) {
		return "name must be 3 to 100 characters"
	}
	if t, ok := w.body["timeoutSeconds"].(float64); ok {
		if t < 1 || t > 30*24*3600 {
			return "timeoutSeconds must be 1 to 2592000 (30 days)"
		}
		if !w.creating() && t < num(w.doc["timeoutSeconds"]) {
			return "timeoutSeconds can only be increased"
		}
	}
	if s, ok := w.body["status"].(string); ok && !slices.Contains([]string{"COMPLETED_WITH_WARNINGS", "FAILED", "SUCCEEDED"}, s) {
		return fmt.Sprintf("invalid status %q: use COMPLETED_WITH_WARNINGS, FAILED or SUCCEEDED", s)
	}
	msgs, _ := w.body["messages"].([]any)
	if !w.creating() && len(msgs) > 10 {
		return fmt.Sprintf("at most 10 messages per update (got %d)", len(msgs))
	}
	for i, m := range msgs {
		mm, _ := m.(map[string]any)
		if msg := messageSchema.check(mm); msg != "" {
			return fmt.Sprintf("message %d: %s", i, strings.TrimSuffix(msg, "."))
		}
		if msg := messageSchema.missing(mm); msg != "" {
			return fmt.Sprintf("message %d: %s", i, msg)
		}
		content := strAt(mm, "content")
		if n := utf8.RuneCountInString(content); n < 3 || n > 200 {
			return fmt.Sprintf("message %d: content must be 3 to 200 characters", i)
		}
		if n := countRefs(content); n > 10 {
			return fmt.Sprintf("message %d: at most 10 references per message (got %d)", i, n)
		}
		if st, ok := mm["style"].(string); ok && !slices.Contains([]string{"ERROR", "INFO", "NONE", "SUCCESS", "WARNING"}, st) {
			return fmt.Sprintf("message %d: invalid style %q", i, st)
		}
	}
	return ""
}

// countRefs counts the references {id:...} of a message; an escaped brace
// starts none.
func countRefs(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' {
			i++
			continue
		}
		if strings.HasPrefix(s[i:], "{id:") && strings.IndexByte(s[i:], '}') > 0 {
			n++
		}
	}
	return n
}

// timeOut marks a running session whose timeout has passed (by the data
// clock) as TIMEOUT.
func (st *store) timeOut(it *item) {
	if strAt(it.doc, "status") != "RUNNING" {
		return
	}
	if st.now0().After(it.created.Add(time.Duration(num(it.doc["timeoutSeconds"])) * time.Second)) {
		it.doc["status"] = "TIMEOUT"
	}
}

func getSession(c *call) (int, any, *httpError) {
	if it := c.st.coll("app-sessions").byID[c.param(0)]; it != nil {
		c.st.timeOut(it)
	}
	return c.st.coll("app-sessions").res.serveGet(c)
}

// --- configuration items ---

const configItemWrite = "type:string! value:string|boolean|number|null"

var appConfigItems = &resource{
	path: "app-configuration-items", noun: "App configuration item", prefix: "aci_", listKey: "appConfigurationItems",
	doc: map[string]any{"apiURL": "", "app": nil, "createdAt": "", "description": "", "id": "", "linkedResource": nil,
		"modifiedAt": "", "path": []any{}, "requiredConfig": false, "subtype": nil, "type": "", "value": nil},
	server: []string{"id", "createdAt", "modifiedAt", "apiURL"},
	list: &listOp{filters: "ids modifiedAt appId", sorts: []string{"createdAt", "modifiedAt"},
		custom: map[string]filter{"appId": eqAt("app.id")}},
	get:        true,
	create:     body(configItemWrite, "appId:string! path:[]string!"),
	update:     body(configItemWrite),
	bulkCreate: &bulkOp{},
	bulkUpdate: &bulkOp{item: body(configItemWrite, "id:string!")},
	keys:       appRef,
	validate:   validateConfigItem,
	derive:     deriveConfigItem,
}

// configScalarTypes are the kinds whose value is not a resource's ID,
// with the JSON type of the value.
var configScalarTypes = map[string]string{"boolean": "boolean", "integer": "integer", "float": "number",
	"text": "string", "date": "string", "datetime": "string", "json": "string", "secure_text": "string"}

// configLinkedTypes are the kinds whose value is a resource's ID.
var configLinkedTypes = []string{"container_schema", "entity_schema", "plate_schema", "location_schema", "box_schema",
	"run_schema", "result_schema", "legacy_request_schema", "entry_schema", "workflow_task_schema", "dropdown",
	"dropdown_option", "field", "registry", "folder", "entry", "worklist", "project", "workflow_task_status",
	"dna_sequence", "dna_oligo", "aa_sequence", "custom_entity", "mixture", "molecule", "rna_oligo", "rna_sequence",
	"box", "container", "location", "plate"}

// validateConfigItem checks an item write: its app and path, its type, and
// its value for the type.
func validateConfigItem(w *write) string {
	if msg := checkApp(w); msg != "" {
		return msg
	}
	if !w.has("value") {
		return "value is required (null for none)"
	}
	typ := strAt(w.body, "type")
	if !w.creating() && typ != strAt(w.doc, "type") {
		return fmt.Sprintf("the item is of type %s, not %s", strAt(w.doc, "type"), typ)
	}
	jt, scalar := configScalarTypes[typ]
	if !scalar {
		if !slices.Contains(configLinkedTypes, typ) {
			return fmt.Sprintf("invalid type %q", typ)
		}
		jt = "string"
	}
	v := w.body["value"]
	if v != nil && !kindOf(jt, v) {
		return fmt.Sprintf("the value of a %s item is a %s or null", typ, jt)
	}
	if s, ok := v.(string); ok {
		switch typ {
		case "date":
			if _, err := time.Parse("2006-01-02", s); err != nil {
				return fmt.Sprintf("invalid date %q: use YYYY-MM-DD", s)
			}
		case "datetime":
			if _, err := time.Parse("2006-01-02 03:04:05 PM", s); err != nil {
				return fmt.Sprintf("invalid datetime %q: use 2006-01-02 03:04:05 PM", s)
			}
		case "json":
			if !json.Valid([]byte(s)) {
				return "the value of a json item must be valid JSON"
			}
		}
	}
	if w.creating() {
		path := stringList(w.body["path"])
		if len(path) == 0 {
			return "path must not be empty"
		}
		app := strAt(w.body, "appId")
		key := app + "\x00" + strings.Join(path, "\x00")
		for _, o := range w.coll.order {
			if at(o.doc, "app.id") == app && slices.Equal(stringList(o.doc["path"]), path) {
				return fmt.Sprintf("app %s already has an item at path %q", app, strings.Join(path, " / "))
			}
		}
		if !w.batch.claim(key, w.owner) {
			return fmt.Sprintf("path %q is repeated in the request", strings.Join(path, " / "))
		}
	}
	return ""
}

// deriveConfigItem keeps the properties of the item's kind, and names the
// linked resource of a linked kind.
func deriveConfigItem(w *write) {
	d, typ := w.doc, strAt(w.doc, "type")
	if typ == "array_element" {
		for _, k := range []string{"description", "requiredConfig", "value", "linkedResource", "subtype"} {
			delete(d, k)
		}
		return
	}
	if _, scalar := configScalarTypes[typ]; scalar {
		delete(d, "linkedResource")
		delete(d, "subtype")
		return
	}
	d["linkedResource"] = nil
	if id, ok := d["value"].(string); ok {
		if it := w.st.findAny(id); it != nil {
			d["linkedResource"] = map[string]any{"id": id, "name": strAt(it.doc, "name")}
		}
	}
	delete(d, "subtype")
	if typ == "entity_schema" {
		if id, ok := d["value"].(string); ok {
			if it := w.st.findAny(id); it != nil && slices.Contains([]string{"aa_sequence", "dna_sequence", "custom_entity",
				"mixture", "molecule", "dna_oligo", "rna_oligo", "rna_sequence"}, strAt(it.doc, "type")) {
				d["subtype"] = strAt(it.doc, "type")
			}
		}
	}
}
