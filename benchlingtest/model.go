package benchlingtest

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// The fake's own representation of Benchling resources. The exported
// struct fields carry the JSON names of the spec's schemas; unexported
// fields hold what the fake needs for filtering, sorting and paging.

// meta is what every stored item has for paging: a creation sequence
// number (unique, increasing) and the times.
type meta struct {
	seq      uint64
	created  time.Time
	modified time.Time
}

type userSummary struct {
	Handle string `json:"handle"`
	ID     string `json:"id"`
	Name   string `json:"name"`
}

type archiveRecord struct {
	Reason string `json:"reason"`
}

type schemaSummary struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

type entrySchema struct {
	ID         string `json:"id"`
	ModifiedAt string `json:"modifiedAt"`
	Name       string `json:"name"`
}

type customField struct {
	Value string `json:"value"`
}

// field is the spec's Field: value plus read-only type information.
type field struct {
	DisplayValue *string `json:"displayValue"`
	IsMulti      bool    `json:"isMulti"`
	TextValue    *string `json:"textValue"`
	Type         string  `json:"type"`
	Value        any     `json:"value"`
}

type registrationOrigin struct {
	OriginEntryID *string `json:"originEntryId"`
	RegisteredAt  string  `json:"registeredAt"`
}

// user is the spec's User.
type user struct {
	meta                  `json:"-"`
	APIKeyLastChangedAt   *string `json:"apiKeyLastChangedAt"`
	Email                 string  `json:"email"`
	Handle                string  `json:"handle"`
	ID                    string  `json:"id"`
	IsSuspended           bool    `json:"isSuspended"`
	Name                  string  `json:"name"`
	PasswordLastChangedAt *string `json:"passwordLastChangedAt"`

	lastSeen *time.Time
}

func (u *user) summary() userSummary { return userSummary{Handle: u.Handle, ID: u.ID, Name: u.Name} }

// sequence is an AA sequence or a DNA sequence (the spec's AaSequence and
// DnaSequence); the kind-specific fields are pointers, omitted for the
// other kind.
type sequence struct {
	meta `json:"-"`

	Aliases            []string               `json:"aliases"`
	AminoAcids         *string                `json:"aminoAcids,omitempty"`
	Annotations        []map[string]any       `json:"annotations"`
	APIURL             string                 `json:"apiURL"`
	ArchiveRecord      *archiveRecord         `json:"archiveRecord"`
	Authors            []userSummary          `json:"authors"`
	Bases              *string                `json:"bases,omitempty"`
	CreatedAt          string                 `json:"createdAt"`
	Creator            userSummary            `json:"creator"`
	CustomFields       map[string]customField `json:"customFields"`
	DnaAlignmentIDs    *[]string              `json:"dnaAlignmentIds,omitempty"`
	EntityRegistryID   *string                `json:"entityRegistryId"`
	Fields             map[string]field       `json:"fields"`
	FolderID           *string                `json:"folderId"`
	ID                 string                 `json:"id"`
	IsCircular         *bool                  `json:"isCircular,omitempty"`
	Length             int                    `json:"length"`
	ModifiedAt         string                 `json:"modifiedAt"`
	Name               string                 `json:"name"`
	Parts              *[]map[string]any      `json:"parts,omitempty"`
	Primers            *[]map[string]any      `json:"primers,omitempty"`
	RegistrationOrigin *registrationOrigin    `json:"registrationOrigin"`
	RegistryID         *string                `json:"registryId"`
	Schema             *schemaSummary         `json:"schema"`
	Transcriptions     *[]map[string]any      `json:"transcriptions,omitempty"`
	Translations       *[]map[string]any      `json:"translations,omitempty"`
	URL                string                 `json:"url"`
	WebURL             string                 `json:"webURL"`

	kind *seqKind
}

// residues returns the amino acids or bases.
func (s *sequence) residues() string {
	if s.AminoAcids != nil {
		return *s.AminoAcids
	}
	if s.Bases != nil {
		return *s.Bases
	}
	return ""
}

// render returns a copy ready to encode: nil collections become empty.
func (s *sequence) render() *sequence {
	c := *s
	if c.Aliases == nil {
		c.Aliases = []string{}
	}
	if c.Annotations == nil {
		c.Annotations = []map[string]any{}
	}
	if c.Authors == nil {
		c.Authors = []userSummary{c.Creator}
	}
	if c.CustomFields == nil {
		c.CustomFields = map[string]customField{}
	}
	if c.Fields == nil {
		c.Fields = map[string]field{}
	}
	if s.kind.dna {
		for _, p := range []**[]map[string]any{&c.Parts, &c.Primers, &c.Transcriptions, &c.Translations} {
			if *p == nil || **p == nil {
				*p = &[]map[string]any{}
			}
		}
		if c.DnaAlignmentIDs == nil || *c.DnaAlignmentIDs == nil {
			c.DnaAlignmentIDs = &[]string{}
		}
	}
	return &c
}

// entry is the spec's Entry.
type entry struct {
	meta `json:"-"`

	APIURL            string                 `json:"apiURL"`
	ArchiveRecord     *archiveRecord         `json:"archiveRecord"`
	AssignedReviewers []userSummary          `json:"assignedReviewers"`
	Authors           []userSummary          `json:"authors"`
	CreatedAt         string                 `json:"createdAt"`
	Creator           userSummary            `json:"creator"`
	CustomFields      map[string]customField `json:"customFields"`
	Days              []entryDay             `json:"days"`
	DisplayID         string                 `json:"displayId"`
	EntryTemplateID   *string                `json:"entryTemplateId"`
	Fields            map[string]field       `json:"fields"`
	FolderID          string                 `json:"folderId"`
	ID                string                 `json:"id"`
	ModifiedAt        string                 `json:"modifiedAt"`
	Name              string                 `json:"name"`
	ReviewRecord      *reviewRecord          `json:"reviewRecord"`
	Schema            *entrySchema           `json:"schema"`
	WebURL            string                 `json:"webURL"`

	externalFiles map[string]int // external file id -> size
}

func (e *entry) render() *entry {
	c := *e
	if c.AssignedReviewers == nil {
		c.AssignedReviewers = []userSummary{}
	}
	if c.Authors == nil {
		c.Authors = []userSummary{c.Creator}
	}
	if c.CustomFields == nil {
		c.CustomFields = map[string]customField{}
	}
	if c.Fields == nil {
		c.Fields = map[string]field{}
	}
	if c.Days == nil {
		c.Days = []entryDay{}
	}
	return &c
}

type entryDay struct {
	Date  string           `json:"date"`
	Notes []map[string]any `json:"notes"`
	Title *string          `json:"title"`
}

type reviewRecord struct {
	Comment         string           `json:"comment"`
	ReviewChanges   []map[string]any `json:"reviewChanges"`
	ReviewProcesses []map[string]any `json:"reviewProcesses"`
	Status          string           `json:"status"`
}

// entryTemplate is the spec's EntryTemplate (additionalProperties: false,
// so no other keys).
type entryTemplate struct {
	meta `json:"-"`

	APIURL               string                 `json:"apiURL"`
	CreatedAt            string                 `json:"createdAt"`
	Creator              userSummary            `json:"creator"`
	CustomFields         map[string]customField `json:"customFields"`
	Days                 []templateDay          `json:"days"`
	Fields               map[string]field       `json:"fields"`
	ID                   string                 `json:"id"`
	ModifiedAt           string                 `json:"modifiedAt"`
	Name                 string                 `json:"name"`
	Schema               *entrySchema           `json:"schema"`
	TemplateCollectionID string                 `json:"templateCollectionId"`
	WebURL               string                 `json:"webURL"`
}

func (t *entryTemplate) render() *entryTemplate {
	c := *t
	if c.CustomFields == nil {
		c.CustomFields = map[string]customField{}
	}
	if c.Fields == nil {
		c.Fields = map[string]field{}
	}
	if c.Days == nil {
		c.Days = []templateDay{}
	}
	return &c
}

type templateDay struct {
	Day   int              `json:"day"`
	Notes []map[string]any `json:"notes"`
	Title *string          `json:"title"`
}

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

// errorBody is Benchling's error envelope.
type errorBody struct {
	Error apiError `json:"error"`
}

type apiError struct {
	Type        string      `json:"type"`
	Message     string      `json:"message"`
	UserMessage string      `json:"userMessage"`
	InvalidID   string      `json:"invalidId,omitempty"`
	Errors      []itemError `json:"errors,omitempty"`
}

// makeField builds a Field from a written value, inferring the read-only
// type from the value as Benchling would from the schema.
func makeField(v any) field {
	f := field{Value: v, Type: "text"}
	disp := ""
	switch x := v.(type) {
	case nil:
		f.DisplayValue, f.TextValue = nil, nil
		return f
	case bool:
		f.Type = "boolean"
		disp = fmt.Sprint(x)
	case float64:
		if x == float64(int64(x)) {
			f.Type = "integer"
		} else {
			f.Type = "float"
		}
		disp = fmt.Sprint(x)
	case string:
		f.Type = linkType(x)
		disp = x
	case []any:
		f.IsMulti = true
		parts := make([]string, 0, len(x))
		for _, e := range x {
			s := fmt.Sprint(e)
			if m, ok := e.(map[string]any); ok {
				s = fmt.Sprint(m["entityRegistryId"])
			}
			parts = append(parts, s)
			if i := len(parts); i == 1 {
				f.Type = linkType(s)
			}
		}
		if f.Type == "text" {
			f.Type = "dropdown"
		}
		disp = strings.Join(parts, ", ")
	case map[string]any:
		f.Type = "json"
		if id, ok := x["entityRegistryId"].(string); ok {
			f.Type = "entity_link"
			disp = id
		} else {
			b, _ := json.Marshal(x)
			disp = string(b)
		}
	default:
		disp = fmt.Sprint(x)
	}
	f.DisplayValue, f.TextValue = &disp, &disp
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

// fieldsFrom converts written fields ({"name": {"value": ...}}).
func fieldsFrom(in map[string]fieldWrite, old map[string]field) map[string]field {
	if in == nil {
		return old
	}
	out := make(map[string]field, len(old)+len(in))
	for k, v := range old {
		out[k] = v
	}
	for k, v := range in {
		out[k] = makeField(v.Value)
	}
	return out
}

func customFieldsFrom(in map[string]customField, old map[string]customField) map[string]customField {
	if in == nil {
		return old
	}
	out := make(map[string]customField, len(old)+len(in))
	for k, v := range old {
		out[k] = v
	}
	for k, v := range in {
		out[k] = v
	}
	return out
}

// fieldWrite is a field in a request body.
type fieldWrite struct {
	Value any `json:"value"`
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

func ptr[T any](v T) *T { return &v }
