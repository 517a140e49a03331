package benchlingtest

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"
)

// writeJSON writes v as a JSON response.
func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := encodeJSON(v)
	if err != nil {
		status = http.StatusInternalServerError
		b = fmt.Appendf(nil, `{"error":{"type":"server_error","message":%q,"userMessage":"Internal error."}}`, err.Error())
	}
	writeRaw(w, status, b)
}

func encodeJSON(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func writeRaw(w http.ResponseWriter, status int, b []byte) {
	if status == http.StatusNoContent {
		w.WriteHeader(status)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", strconv.Itoa(len(b)))
	w.WriteHeader(status)
	_, _ = w.Write(b)
}

// httpError is an error response a handler returns.
type httpError struct {
	status int
	body   apiError
}

func (e *httpError) Error() string { return e.body.Message }

// badRequest is a 400 with Benchling's BadRequestError body.
func badRequest(format string, args ...any) *httpError {
	msg := fmt.Sprintf(format, args...)
	return &httpError{http.StatusBadRequest, apiError{Type: "invalid_request_error", Message: msg, UserMessage: msg}}
}

// notFound is a 404 with Benchling's NotFoundError body, naming the ID.
func notFound(id, what string) *httpError {
	msg := fmt.Sprintf("%s %s not found.", what, id)
	return &httpError{http.StatusNotFound, apiError{
		Type: "invalid_request_error", Message: msg, UserMessage: "The requested resource was not found.", InvalidID: id,
	}}
}

func writeError(w http.ResponseWriter, err *httpError) {
	writeJSON(w, err.status, errorBody{Error: err.body, InvalidIDs: err.body.listingIDs})
}

// commaList splits a comma-separated query value, trimming spaces and
// dropping empty items.
func commaList(s string) []string {
	if s == "" {
		return nil
	}
	parts := strings.Split(s, ",")
	out := parts[:0]
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// sortSpec is a parsed sort parameter.
type sortSpec struct {
	field string // createdAt, modifiedAt, name or barcode
	desc  bool
}

func (s sortSpec) String() string {
	if s.desc {
		return s.field + ":desc"
	}
	return s.field + ":asc"
}

// defaultSorts are the sort fields of most lists.
var defaultSorts = []string{"createdAt", "modifiedAt", "name"}

// pagerSorts are the sort fields the pager can order by: the default ones
// and the inventory lists' barcode.
var pagerSorts = append(slices.Clone(defaultSorts), "barcode")

// textSort reports whether a sort field orders by text (a name or a
// barcode, compared case-insensitively) rather than by time.
func textSort(field string) bool { return field == "name" || field == "barcode" }

func parseSort(v string, allowed []string) (sortSpec, *httpError) {
	if v == "" {
		return sortSpec{"modifiedAt", true}, nil
	}
	if allowed == nil {
		allowed = defaultSorts
	}
	f, dir, hasDir := strings.Cut(v, ":")
	s := sortSpec{field: f}
	if !slices.Contains(allowed, f) {
		return s, badRequest("Invalid sort %q: valid sorts are %s, optionally followed by :asc or :desc.", v, strings.Join(allowed, ", "))
	}
	switch {
	case !hasDir:
		s.desc = !textSort(f) // times default to newest first, names and barcodes to alphabetical
	case dir == "asc":
	case dir == "desc":
		s.desc = true
	default:
		return s, badRequest("Invalid sort direction %q: use asc or desc.", dir)
	}
	return s, nil
}

// cursor is the content of a page token: the sort and the sort key of the
// last item of the previous page. Items are ordered by (sort key, creation
// sequence), so the next page is everything after that key, however many
// items were added or archived meanwhile.
//
// Incl marks a cursor that includes the item with that key: a pageSize=0
// page returns one placed at its first item, so the next page starts
// there.
type cursor struct {
	Sort string `json:"s"`
	Name string `json:"n,omitempty"`
	Time int64  `json:"t,omitempty"`
	Seq  uint64 `json:"q"`
	Incl bool   `json:"i,omitempty"`
}

func (c cursor) token() string {
	b, _ := json.Marshal(c)
	return base64.RawURLEncoding.EncodeToString(b)
}

// pageParams are the paging parameters of a list request.
type pageParams struct {
	size  int
	sort  sortSpec
	after *cursor
}

// parsePage parses pageSize, nextToken and sort (one of sorts, default
// createdAt, modifiedAt or name).
func parsePage(pageSize, nextToken, sort string, sorts []string) (pageParams, *httpError) {
	p := pageParams{size: 50}
	if pageSize != "" {
		n, err := strconv.Atoi(pageSize)
		if err != nil {
			return p, badRequest("Invalid pageSize %q: must be an integer between 0 and 100.", pageSize)
		}
		p.size = n
	}
	if p.size < 0 || p.size > 100 {
		return p, badRequest("Invalid pageSize %d: must be between 0 and 100.", p.size)
	}
	s, herr := parseSort(sort, sorts)
	if herr != nil {
		return p, herr
	}
	p.sort = s
	if nextToken != "" {
		b, err := base64.RawURLEncoding.DecodeString(nextToken)
		var c cursor
		if err != nil || json.Unmarshal(b, &c) != nil || c.Seq == 0 {
			return p, badRequest("Invalid nextToken %q.", nextToken)
		}
		if c.Sort != s.String() {
			return p, badRequest("The nextToken was issued for sort %s and cannot be used with sort %s.", c.Sort, s)
		}
		p.after = &c
	}
	return p, nil
}

// sortKey is what items are ordered by.
type sortKey struct {
	name string
	t    time.Time
	seq  uint64
}

func keyOf(it *item, field string) sortKey {
	k := sortKey{seq: it.seq}
	switch field {
	case "name":
		k.name = it.lname
	case "barcode":
		k.name = strings.ToLower(strAt(it.doc, "barcode"))
	case "createdAt":
		k.t = it.created
	default:
		k.t = it.modified
	}
	return k
}

func compareKeys(a, b sortKey, s sortSpec) int {
	c := 0
	if textSort(s.field) {
		c = strings.Compare(a.name, b.name)
	} else {
		c = a.t.Compare(b.t)
	}
	if c == 0 {
		switch {
		case a.seq < b.seq:
			c = -1
		case a.seq > b.seq:
			c = 1
		}
	}
	if s.desc {
		c = -c
	}
	return c
}

func (c *cursor) key() sortKey {
	return sortKey{name: c.Name, t: time.Unix(0, c.Time).UTC(), seq: c.Seq}
}

// paginate filters items with keep, orders them and cuts the page after
// the cursor. It returns the page, the next token ("" on the last page)
// and how many items match in all (for Result-Count).
func paginate(items []*item, keep func(*item) bool, p pageParams) ([]*item, string, int) {
	type cand struct {
		it  *item
		key sortKey
	}
	var after sortKey
	if p.after != nil {
		after = p.after.key()
	}
	// Keep only the first size+1 items in order (a bounded insertion
	// sort), so a page over 100,000 items costs one scan, not a full sort.
	k := p.size + 1
	cands := make([]cand, 0, min(len(items), k))
	cmp := func(a, b cand) int { return compareKeys(a.key, b.key, p.sort) }
	total := 0
	for _, it := range items {
		if !keep(it) {
			continue
		}
		total++
		c := cand{it, keyOf(it, p.sort.field)}
		if p.after != nil {
			if d := compareKeys(c.key, after, p.sort); d < 0 || d == 0 && !p.after.Incl {
				continue
			}
		}
		if len(cands) == k && cmp(c, cands[k-1]) >= 0 {
			continue
		}
		i, _ := slices.BinarySearchFunc(cands, c, cmp)
		if len(cands) < k {
			cands = append(cands, cand{})
		}
		copy(cands[i+1:], cands[i:len(cands)-1])
		cands[i] = c
	}
	n := min(p.size, len(cands))
	out := make([]*item, n)
	for i := range n {
		out[i] = cands[i].it
	}
	if len(cands) <= p.size {
		return out, "", total
	}
	if n == 0 { // pageSize 0: nothing, but more to come from the same place
		if p.after != nil {
			return out, p.after.token(), total
		}
		c := cursorAt(cands[0].key, p.sort)
		c.Incl = true
		return out, c.token(), total
	}
	return out, cursorAt(cands[n-1].key, p.sort).token(), total
}

// cursorAt is the cursor at an item's sort key.
func cursorAt(k sortKey, s sortSpec) cursor {
	c := cursor{Sort: s.String(), Seq: k.seq}
	if textSort(s.field) {
		c.Name = k.name
	} else {
		c.Time = k.t.UnixNano()
	}
	return c
}

// timeFilter parses Benchling's date filter syntax: "> 2022-03-01",
// ">= 2022-03-01T10:00:00Z AND < 2022-04-01". Dates without a zone are
// UTC.
func timeFilter(expr string) (func(time.Time) bool, *httpError) {
	if strings.TrimSpace(expr) == "" {
		return nil, nil
	}
	var preds []func(time.Time) bool
	for _, part := range splitAND(expr) {
		part = strings.TrimSpace(part)
		op := ""
		for _, o := range []string{">=", "<=", ">", "<", "="} {
			if strings.HasPrefix(part, o) {
				op = o
				break
			}
		}
		val := strings.Trim(strings.TrimSpace(strings.TrimPrefix(part, op)), `"`)
		t, ok := parseTimeValue(val)
		if !ok {
			return nil, badRequest("Invalid date filter %q: expected an operator (>, >=, <, <=) and a date or RFC 3339 date-time, like \"> 2022-03-01\".", expr)
		}
		switch op {
		case ">":
			preds = append(preds, func(x time.Time) bool { return x.After(t) })
		case ">=":
			preds = append(preds, func(x time.Time) bool { return !x.Before(t) })
		case "<":
			preds = append(preds, func(x time.Time) bool { return x.Before(t) })
		case "<=":
			preds = append(preds, func(x time.Time) bool { return !x.After(t) })
		default: // no operator or "=": the same day, or the same instant
			if len(val) == len("2006-01-02") {
				end := t.AddDate(0, 0, 1)
				preds = append(preds, func(x time.Time) bool { return !x.Before(t) && x.Before(end) })
			} else {
				preds = append(preds, func(x time.Time) bool { return x.Equal(t) })
			}
		}
	}
	return func(x time.Time) bool {
		for _, p := range preds {
			if !p(x) {
				return false
			}
		}
		return true
	}, nil
}

func splitAND(s string) []string {
	var out []string
	for {
		i := strings.Index(strings.ToUpper(s), " AND ")
		if i < 0 {
			return append(out, s)
		}
		out = append(out, s[:i])
		s = s[i+5:]
	}
}

func parseTimeValue(v string) (time.Time, bool) {
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05.999999999", "2006-01-02 15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, v); err == nil {
			return t.UTC(), true
		}
	}
	return time.Time{}, false
}

// returningTree is a parsed "returning" parameter: the field paths to
// keep. An empty subtree keeps the whole value.
type returningTree map[string]returningTree

func parseReturning(v string) returningTree {
	paths := commaList(v)
	if len(paths) == 0 {
		return nil
	}
	t := returningTree{}
	for _, p := range paths {
		node := t
		for _, seg := range strings.Split(p, ".") {
			next, ok := node[seg]
			if !ok {
				next = returningTree{}
				node[seg] = next
			}
			node = next
		}
	}
	return t
}

// prune returns a copy of a decoded JSON value with only what the tree
// asks for; the value itself is not modified (it may be stored).
func (t returningTree) prune(v any) any {
	if len(t) == 0 {
		return v
	}
	if _, all := t["*"]; all {
		return v
	}
	switch x := v.(type) {
	case []any:
		out := make([]any, len(x))
		for i := range x {
			out[i] = t.prune(x[i])
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(t))
		for k, val := range x {
			if sub, ok := t[k]; ok {
				out[k] = sub.prune(val)
			}
		}
		return out
	}
	return v
}

// shape applies a returning parameter to a response value (a document,
// or an object holding a list of them). For lists, the paths start with
// the list key and nextToken is always kept.
func shape(v any, returning string) any {
	t := parseReturning(returning)
	if t == nil {
		return v
	}
	m, ok := v.(map[string]any)
	if !ok {
		return v
	}
	if _, ok := m["nextToken"]; ok {
		t["nextToken"] = returningTree{}
	}
	return t.prune(m)
}
