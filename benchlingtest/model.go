package benchlingtest

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// task is an asynchronous task (the spec's AsyncTask).
type task struct {
	id        string
	pollsLeft int
	status    string // outcome once pollsLeft is 0
	response  any
	message   string
	errors    []itemError
}

type itemError struct {
	Index   int    `json:"index"`
	Message string `json:"message"`
}

// errorBody is Benchling's error envelope; InvalidIDs is ListingError's
// list beside the error.
type errorBody struct {
	Error      apiError `json:"error"`
	InvalidIDs []string `json:"invalidIds,omitempty"`
}

type apiError struct {
	// InvalidIDs are ForbiddenRestrictedSampleError's restricted items.
	InvalidIDs  []string    `json:"invalidIds,omitempty"`
	Type        string      `json:"type"`
	Message     string      `json:"message"`
	UserMessage string      `json:"userMessage"`
	InvalidID   string      `json:"invalidId,omitempty"`
	Errors      []itemError `json:"errors,omitempty"`
	// Conflicts are ConflictError's conflicting items (a 409).
	Conflicts []any `json:"conflicts,omitempty"`
	// listingIDs are ListingError's invalidIds, written beside the
	// error object rather than in it.
	listingIDs []string
}

// makeField builds a Field from a written value, inferring the read-only
// type from the value as Benchling would from the schema.
func makeField(v any) map[string]any {
	typ, multi, disp := "text", false, ""
	switch x := v.(type) {
	case nil:
		return map[string]any{"displayValue": nil, "isMulti": false, "textValue": nil, "type": "text", "value": nil}
	case bool:
		typ, disp = "boolean", fmt.Sprint(x)
	case float64:
		typ = "float"
		if x == float64(int64(x)) {
			typ = "integer"
		}
		disp = fmt.Sprint(x)
	case string:
		typ, disp = linkType(x), x
	case []any:
		multi = true
		parts := make([]string, 0, len(x))
		for _, e := range x {
			s := fmt.Sprint(e)
			if m, ok := e.(map[string]any); ok {
				s = fmt.Sprint(m["entityRegistryId"])
			}
			parts = append(parts, s)
			if len(parts) == 1 {
				typ = linkType(s)
			}
		}
		if typ == "text" {
			typ = "dropdown"
		}
		disp = strings.Join(parts, ", ")
	case map[string]any:
		typ = "json"
		if id, ok := x["entityRegistryId"].(string); ok {
			typ, disp = "entity_link", id
		} else {
			b, _ := json.Marshal(x)
			disp = string(b)
		}
	default:
		disp = fmt.Sprint(x)
	}
	return map[string]any{"displayValue": disp, "isMulti": multi, "textValue": disp, "type": typ, "value": v}
}

// fieldDefinitions returns the field definitions of an item's schema, by
// name: the schema of any kind its "schema" names, or for a workflow
// output the output schema of its task's schema. It is nil when the
// tenant has no such schema.
func (st *store) fieldDefinitions(doc map[string]any) map[string]map[string]any {
	var defs []any
	if id := strAt(mapAt(doc, "schema"), "id"); id != "" {
		for _, r := range schemaResources {
			if it := st.coll(r.path).byID[id]; it != nil {
				defs, _ = it.doc["fieldDefinitions"].([]any)
				break
			}
		}
	} else if task := mapAt(doc, "workflowTask"); task != nil {
		s := st.outputSchemaOf(st.coll("workflow-tasks").byID[strAt(task, "id")])
		defs, _ = s["fieldDefinitions"].([]any)
	}
	if len(defs) == 0 {
		return nil
	}
	out := make(map[string]map[string]any, len(defs))
	for _, d := range defs {
		if m, _ := d.(map[string]any); m != nil {
			out[strAt(m, "name")] = m
		}
	}
	return out
}

// definedField builds a Field of a field its schema defines, as Benchling
// does: the type and isMulti are the definition's, and a dropdown's
// display value is the name of its option (options the dropdown lacks
// show their ID). The value is not checked against the definition.
func (st *store) definedField(v any, def map[string]any) map[string]any {
	f := makeField(v)
	f["type"] = strAt(def, "type")
	multi, _ := def["isMulti"].(bool)
	f["isMulti"] = multi
	if v == nil || strAt(def, "type") != "dropdown" {
		return f
	}
	names := map[string]string{}
	if dd := st.coll("dropdowns").byID[strAt(def, "dropdownId")]; dd != nil {
		opts, _ := dd.doc["options"].([]any)
		for _, o := range opts {
			om, _ := o.(map[string]any)
			names[strAt(om, "id")] = strAt(om, "name")
		}
	}
	var shown []string
	for _, id := range stringList(v) {
		if n, ok := names[id]; ok {
			id = n
		}
		shown = append(shown, id)
	}
	disp := strings.Join(shown, ", ")
	f["displayValue"], f["textValue"] = disp, disp
	return f
}

// linkType guesses a field type from a value: IDs with a known prefix are
// links.
func linkType(s string) string {
	switch {
	case strings.HasPrefix(s, "seq_"):
		return "dna_sequence_link"
	case strings.HasPrefix(s, "prtn_"):
		return "aa_sequence_link"
	case strings.HasPrefix(s, "bfi_"):
		return "custom_entity_link"
	case strings.HasPrefix(s, "etr_"):
		return "entry_link"
	case strings.HasPrefix(s, "ent_"):
		return "entity_link"
	}
	return "text"
}

const idAlphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

// newID returns prefix + 8 random base-62 characters, unique in the store.
func (st *store) newID(prefix string) string {
	for {
		var b [8]byte
		x := st.rng.Uint64()
		for i := range b {
			b[i] = idAlphabet[x%62]
			x /= 62
		}
		id := prefix + string(b[:])
		if _, dup := st.ids[id]; !dup {
			st.ids[id] = struct{}{}
			return id
		}
	}
}

// newUUID returns a random version-4 UUID, as Benchling uses for tasks.
func newUUID(r *rand.Rand) string {
	hi, lo := r.Uint64(), r.Uint64()
	hi = hi&^0xf000 | 0x4000
	lo = lo&^(0xc<<60) | 0x8<<60
	return fmt.Sprintf("%08x-%04x-%04x-%04x-%012x", hi>>32, (hi>>16)&0xffff, hi&0xffff, lo>>48, lo&0xffffffffffff)
}

func fmtTime(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000000Z07:00") }
