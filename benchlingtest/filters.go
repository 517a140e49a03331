package benchlingtest

import (
	"cmp"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"
)

// A filter turns one query parameter of a list into a predicate on
// items, once per request. It returns a nil predicate when the parameter
// does not restrict the list (it is absent or empty), and a 400 for a
// value Benchling would reject.
type filter func(f *filterCtx) (func(*item) bool, *httpError)

// filterCtx is what a filter sees: the parameter, the whole query and
// the store.
type filterCtx struct {
	st   *store
	coll *collection
	q    url.Values
	key  string
}

// value is the parameter's value.
func (f *filterCtx) value() string { return f.q.Get(f.key) }

// list is the parameter's comma-separated values; more than 100 is a
// 400, as Benchling allows for its *.anyOf parameters.
func (f *filterCtx) list() ([]string, *httpError) {
	l := commaList(f.value())
	if len(l) > 100 && strings.Contains(f.key, "anyOf") {
		return nil, badRequest("Too many values for %s: %d (maximum 100).", f.key, len(l))
	}
	return l, nil
}

// stdFilters are the list filters by their spec parameter names. A
// resource lists the ones it honours in listOp.filters; a parameter
// whose meaning differs per resource goes in listOp.custom instead.
var stdFilters = map[string]filter{
	"ids":                       idsFilter,
	"name":                      namesFilter(func(n, v string) bool { return strings.EqualFold(n, v) }),
	"nameIncludes":              namesFilter(func(n, v string) bool { return strings.Contains(strings.ToLower(n), strings.ToLower(v)) }),
	"names.anyOf":               namesAnyOf(false),
	"names.anyOf.caseSensitive": namesAnyOf(true),
	"modifiedAt":                timeFilterOf(func(it *item) time.Time { return it.modified }),
	"createdAt":                 timeFilterOf(func(it *item) time.Time { return it.created }),
	"archiveReason":             archiveReasonFilter,
	"folderId":                  eqAt("folderId"),
	"projectId":                 projectFilter,
	"schemaId":                  eqAt("schema.id"),
	"registryId":                registryFilter,
	"templateCollectionId":      eqAt("templateCollectionId"),
	"creatorIds":                anyOfAt("creator.id", false),
	"entityRegistryIds.anyOf":   anyOfAt("entityRegistryId", false),
	"handles":                   anyOfAt("handle", false),
	"email.anyOf":               anyOfAt("email", true),
	"displayIds":                anyOfAt("displayId", true),
	"authorIds.anyOf":           anyInList("authors", "id"),
	"assignedReviewerIds.anyOf": anyInList("assignedReviewers", "id"),
	"mentionedIn":               mentionedInFilter,
	"mentions":                  mentionsFilter,
	"passwordLastChangedAt":     nullableTimeAt("passwordLastChangedAt"),
	"reviewStatus":              enumAt("reviewRecord.status", "IN_PROGRESS", "ACCEPTED", "REJECTED", "NEEDS_REVIEW", "RETRACTED"),
	"memberOf":                  groupMembersFilter(false),
	"adminOf":                   groupMembersFilter(true),
}

// compileFilters resolves a resource's filter names; an unknown name is
// a mistake in the resource's description.
func (r *resource) compileFilters() []namedFilter {
	var out []namedFilter
	for _, name := range strings.Fields(r.list.filters) {
		f := r.list.custom[name]
		if f == nil {
			f = stdFilters[name]
		}
		if name == "schemaField.*" {
			f = schemaFieldFilter
		}
		if f == nil {
			panic(fmt.Sprintf("benchlingtest: resource %s lists filter %q, which is neither standard nor its own", r.path, name))
		}
		out = append(out, namedFilter{name, f})
	}
	return out
}

type namedFilter struct {
	name string
	f    filter
}

// filters builds the predicate of a list request.
func (r *resource) filters(c *call, filters []namedFilter) (func(*item) bool, *httpError) {
	fc := &filterCtx{st: c.st, coll: r.coll(c), q: c.query()}
	var preds []func(*item) bool
	for _, nf := range filters {
		fc.key = nf.name
		p, herr := nf.f(fc)
		if herr != nil {
			return nil, herr
		}
		if p != nil {
			preds = append(preds, p)
		}
	}
	return func(it *item) bool {
		for _, p := range preds {
			if !p(it) {
				return false
			}
		}
		return true
	}, nil
}

func idsFilter(f *filterCtx) (func(*item) bool, *httpError) {
	ids := commaList(f.value())
	if ids == nil {
		return nil, nil
	}
	var bad []string
	for _, id := range ids {
		if f.coll.byID[id] == nil {
			bad = append(bad, id)
		}
	}
	if bad != nil {
		herr := badRequest("Invalid ids: %s.", strings.Join(bad, ", "))
		if l := f.coll.res.list; l != nil && l.listing {
			herr.body.listingIDs = bad
		}
		return nil, herr
	}
	return func(it *item) bool { return slices.Contains(ids, it.id()) }, nil
}

// names are what name filters match: the name, the aliases and the
// registry ID.
func names(d map[string]any) []string {
	n := []string{strAt(d, "name")}
	n = append(n, stringList(d["aliases"])...)
	if rid := strAt(d, "entityRegistryId"); rid != "" {
		n = append(n, rid)
	}
	return n
}

func namesFilter(match func(name, v string) bool) filter {
	return func(f *filterCtx) (func(*item) bool, *httpError) {
		v := f.value()
		if v == "" {
			return nil, nil
		}
		return func(it *item) bool {
			return slices.ContainsFunc(names(it.doc), func(n string) bool { return match(n, v) })
		}, nil
	}
}

func namesAnyOf(caseSensitive bool) filter {
	return func(f *filterCtx) (func(*item) bool, *httpError) {
		set, herr := f.list()
		if set == nil || herr != nil {
			return nil, herr
		}
		return func(it *item) bool { return anyOf(set, caseSensitive, names(it.doc)...) }, nil
	}
}

func timeFilterOf(t func(*item) time.Time) filter {
	return func(f *filterCtx) (func(*item) bool, *httpError) {
		p, herr := timeFilter(f.value())
		if p == nil || herr != nil {
			return nil, herr
		}
		return func(it *item) bool { return p(t(it)) }, nil
	}
}

// archiveReasonFilter applies also when the parameter is absent: lists
// show only items that are not archived.
func archiveReasonFilter(f *filterCtx) (func(*item) bool, *httpError) {
	reasons := entityArchiveReasons
	if a := f.coll.res.archive; a != nil {
		reasons = a.reasons
	}
	v := f.value()
	switch v {
	case "", "NOT_ARCHIVED":
		return func(it *item) bool { return it.doc["archiveRecord"] == nil }, nil
	case "ANY_ARCHIVED":
		return func(it *item) bool { return it.doc["archiveRecord"] != nil }, nil
	case "ANY_ARCHIVED_OR_NOT_ARCHIVED":
		return nil, nil
	}
	if !slices.Contains(reasons, v) {
		return nil, badRequest("Invalid archiveReason %q: use NOT_ARCHIVED, ANY_ARCHIVED, ANY_ARCHIVED_OR_NOT_ARCHIVED or one of: %s.", v, strings.Join(reasons, ", "))
	}
	return func(it *item) bool { return at(it.doc, "archiveRecord.reason") == v }, nil
}

// eqAt keeps items whose property at path (dotted) equals the value.
func eqAt(path string) filter {
	return func(f *filterCtx) (func(*item) bool, *httpError) {
		v := f.value()
		if v == "" {
			return nil, nil
		}
		return func(it *item) bool { s, _ := at(it.doc, path).(string); return s == v }, nil
	}
}

// anyOfAt keeps items whose property at path is one of the values
// (case-insensitively if fold).
func anyOfAt(path string, fold bool) filter {
	return func(f *filterCtx) (func(*item) bool, *httpError) {
		set, herr := f.list()
		if set == nil || herr != nil {
			return nil, herr
		}
		return func(it *item) bool {
			s, ok := at(it.doc, path).(string)
			return ok && anyOf(set, !fold, s)
		}, nil
	}
}

// anyInList keeps items whose list property has an element whose key is
// one of the values (authors[].id).
func anyInList(list, key string) filter {
	return func(f *filterCtx) (func(*item) bool, *httpError) {
		set, herr := f.list()
		if set == nil || herr != nil {
			return nil, herr
		}
		return func(it *item) bool {
			l, _ := it.doc[list].([]any)
			return slices.ContainsFunc(l, func(e any) bool {
				m, _ := e.(map[string]any)
				s, ok := m[key].(string)
				return ok && anyOf(set, true, s)
			})
		}, nil
	}
}

// enumAt is eqAt for a parameter with a fixed set of values.
func enumAt(path string, values ...string) filter {
	eq := eqAt(path)
	return func(f *filterCtx) (func(*item) bool, *httpError) {
		if v := f.value(); v != "" && !slices.Contains(values, v) {
			return nil, badRequest("Invalid %s %q: use one of %s.", f.key, v, strings.Join(values, ", "))
		}
		return eq(f)
	}
}

// nullableTimeAt filters a nullable date-time property: "null" keeps
// items where it is null; a date expression keeps items whose value
// satisfies it (and so never those with none).
func nullableTimeAt(key string) filter {
	return func(f *filterCtx) (func(*item) bool, *httpError) {
		expr := f.value()
		if strings.TrimSpace(expr) == "null" {
			return func(it *item) bool { return it.doc[key] == nil }, nil
		}
		p, herr := timeFilter(expr)
		if p == nil || herr != nil {
			return nil, herr
		}
		return func(it *item) bool {
			t, ok := parseTimeValue(strAt(it.doc, key))
			return ok && p(t)
		}, nil
	}
}

// projectFilter keeps items in a folder of the project. An item in a
// folder the tenant does not have (request bodies may name any folder)
// counts as in the tenant's project (Server.ProjectID).
func projectFilter(f *filterCtx) (func(*item) bool, *httpError) {
	v := f.value()
	if v == "" {
		return nil, nil
	}
	return func(it *item) bool {
		folder := strAt(it.doc, "folderId")
		if folder == "" {
			return false
		}
		if fd := f.st.coll("folders").byID[folder]; fd != nil {
			return strAt(fd.doc, "projectId") == v
		}
		return f.st.projectID == v
	}, nil
}

// registryFilter: registryId=null (or empty) keeps unregistered items.
func registryFilter(f *filterCtx) (func(*item) bool, *httpError) {
	if !f.q.Has(f.key) {
		return nil, nil
	}
	v := f.value()
	if v == "" || v == "null" {
		return func(it *item) bool { return it.doc["registryId"] == nil }, nil
	}
	return func(it *item) bool { return strAt(it.doc, "registryId") == v }, nil
}

// mentionedInFilter keeps items that the given entries link to.
func mentionedInFilter(f *filterCtx) (func(*item) bool, *httpError) {
	ids := commaList(f.value())
	if ids == nil {
		return nil, nil
	}
	set := f.st.mentionedIn(ids)
	return func(it *item) bool { return set[it.id()] }, nil
}

// mentionedIn returns the IDs linked from the given entries.
func (st *store) mentionedIn(ids []string) map[string]bool {
	set := map[string]bool{}
	entries := st.coll("entries")
	for _, id := range ids {
		if e := entries.byID[id]; e != nil {
			for _, l := range entries.res.links(e.doc) {
				set[l] = true
			}
		}
	}
	return set
}

// mentionsFilter keeps items whose content links to one of the IDs;
// items of a resource without links never match.
func mentionsFilter(f *filterCtx) (func(*item) bool, *httpError) {
	set, herr := f.list()
	if set == nil || herr != nil {
		return nil, herr
	}
	links := f.coll.res.links
	return func(it *item) bool { return links != nil && anyOf(set, true, links(it.doc)...) }, nil
}

// schemaFieldFilter applies every schemaField.<name> parameter, which
// needs schemaId.
func schemaFieldFilter(f *filterCtx) (func(*item) bool, *httpError) {
	want := map[string]string{}
	for key, vs := range f.q {
		if name, ok := strings.CutPrefix(key, "schemaField."); ok && len(vs) > 0 {
			want[name] = vs[0]
		}
	}
	if len(want) == 0 {
		return nil, nil
	}
	if f.q.Get("schemaId") == "" {
		return nil, badRequest("schemaId is required when filtering by schemaField.")
	}
	return func(it *item) bool {
		fields, _ := it.doc["fields"].(map[string]any)
		for name, v := range want {
			fv, ok := fields[name].(map[string]any)
			if !ok || !fieldMatches(fv["value"], v) {
				return false
			}
		}
		return true
	}, nil
}

// fieldMatches compares a stored field value with a schemaField filter.
func fieldMatches(v any, filter string) bool {
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			if fmt.Sprint(e) == filter {
				return true
			}
		}
		return false
	case string:
		if t, ok := filterTime(x); ok && (strings.HasPrefix(filter, ">") || strings.HasPrefix(filter, "<")) {
			return inRange(filter, func(bound string) (int, bool) {
				b, ok := filterTime(bound)
				return t.Compare(b), ok
			})
		}
	case float64:
		if strings.HasPrefix(filter, ">") || strings.HasPrefix(filter, "<") {
			return inRange(filter, func(bound string) (int, bool) {
				var n float64
				if _, err := fmt.Sscan(bound, &n); err != nil {
					return 0, false
				}
				return cmp.Compare(x, n), true
			})
		}
	}
	return fmt.Sprint(v) == filter
}

// inRange applies a schemaField range ("<= b", ">= a AND <= b"; the
// only operators Benchling allows for numbers and dates) with cmp, which
// compares the value with a bound.
func inRange(filter string, compare func(bound string) (int, bool)) bool {
	for _, part := range splitAND(filter) {
		part = strings.TrimSpace(part)
		op, bound := part[:min(2, len(part))], strings.TrimSpace(part[min(2, len(part)):])
		c, ok := compare(bound)
		switch {
		case !ok:
			return false
		case op == ">=" && c < 0, op == "<=" && c > 0:
			return false
		case op != ">=" && op != "<=":
			return false
		}
	}
	return true
}

// filterTime reads a date (YYYY-MM-DD, midnight UTC) or an RFC 3339
// date-time, the values of date and datetime fields.
func filterTime(s string) (time.Time, bool) {
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, true
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	return t, err == nil
}

// anyOf reports whether one of vs is in set (case-insensitive unless
// cs).
func anyOf(set []string, cs bool, vs ...string) bool {
	for _, s := range set {
		for _, v := range vs {
			if cs && s == v || !cs && strings.EqualFold(s, v) {
				return true
			}
		}
	}
	return false
}
