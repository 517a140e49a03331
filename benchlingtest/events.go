package benchlingtest

import (
	"encoding/base64"
	"fmt"
	"maps"
	"net/http"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"
)

// The Events tag (GET /events) and the tenant's record of changes.
//
// The engine records every change a request makes to an item of any
// resource, once, in one place: a create, an update (with the properties
// it changed: "name", "fields.Yield"), an archive or an unarchive, and the
// registration of an entity. Each change goes into the item's audit log
// (POST /audit/log/{object_id} exports it) and, when the spec has an event
// type for it, becomes an event of GET /events: v2.entity.registered for
// the registration of any registry entity (a sequence created with a
// registryId, an upsert, ...), and the types a resource declares in its
// events description: entries (v2.entry.created, v2.entry.updated.fields,
// .assignedReviewers, .reviewRecord), legacy requests (v2.request.created,
// .updated.fields), assay runs (v2.assayRun.created, .updated.fields),
// workflow task groups (v2.workflowTaskGroup.created, .updated.watchers),
// tasks (v2.workflowTask.created, .updated.fields, .status, .assignee,
// .scheduledOn) and outputs (v2.workflowOutput.created, .updated.fields),
// lab automation transforms (v2.automationFileTransform.updated.status.*,
// by the new status) and output processors
// (v2.automationOutputProcessor.uploaded when made or given a file). The
// lab automation actions record theirs themselves: :generate-input and
// :process-output raise their step's status event, then
// v2.automationInputGenerator.completed or
// v2.automationOutputProcessor.completed. Simplified: the beta (v2-beta)
// twins of the lab automation events, the alpha stage entry and the
// worksheet events are never raised, nor
// v2.workflowTaskGroup.mappingCompleted (the fake does no mapping); a
// step goes from NOT_STARTED straight to SUCCEEDED or FAILED, so the
// pending and running status events do not occur. The spec has no event
// type for archiving, nor for the creation of an unregistered entity, so
// those are in the audit log only. Seeding (Add, the Seed helpers)
// records nothing.
//
// GET /events lists the events in the order they happened (Benchling's
// processing order) with the spec's filters (createdAt.gte,
// startingAfter, eventTypes) and pages; with poll=true every page carries
// a token, the last one naming the end of the log, so that a poller gets
// what comes after. An event carries the item as it was then: the whole
// document (an entry for the entry events), the entity's common
// properties (GenericEntity) for v2.entity.registered, the AutomationFile
// part of a generator or processor.

// eventKinds says which event types of the spec a resource's changes
// raise.
type eventKinds struct {
	key     string         // the event's property holding the item ("entry")
	created string         // the type of a create's event, if any
	updated []updatedEvent // the types of update events, by property changed
	// noUpdates: the resource's update events carry no "updates" list
	// (the spec's workflow events declare none).
	noUpdates bool
	// carry returns what an event holds of the item's document; nil for
	// the whole document (lab automation files: the AutomationFile part).
	carry func(d map[string]any) map[string]any
}

// updatedEvent is the event type of an update that changed prop (or a
// property under it: "fields" covers "fields.Yield").
type updatedEvent struct {
	prop, event string
	// byValue, if set, names the event type by the property's new value
	// instead of event (a transform's status: "SUCCEEDED" ->
	// "v2.automationFileTransform.updated.status.succeeded"); a value it
	// lacks raises no event.
	byValue map[string]string
}

// auditEntry is one change of an item, for its audit log.
type auditEntry struct {
	at     time.Time
	actor  map[string]any
	action string   // created, updated, archived, unarchived, registered
	props  []string // the properties an update changed
}

// genericEntityKeys are the properties of the spec's GenericEntity, which
// v2.entity.registered carries.
var genericEntityKeys = []string{"aliases", "apiURL", "archiveRecord", "authors", "createdAt", "creator", "customFields",
	"entityRegistryId", "fields", "folderId", "id", "modifiedAt", "name", "registrationOrigin", "registryId", "schema", "webURL"}

// genericEntityNullable are the properties of GenericEntity that may be
// null; the others are left out when an entity has none (a registered
// entity without a folder).
var genericEntityNullable = []string{"archiveRecord", "entityRegistryId", "registrationOrigin", "registryId", "schema"}

// changeIgnored are the properties whose change is no change of its own.
var changeIgnored = []string{"modifiedAt", "webURL", "url", "apiURL"}

// beforeWrite returns what recordWrite compares an update with: a copy of
// the item's document, for a request's write (nil otherwise). Documents'
// values are never changed in place, so a shallow copy is a snapshot.
func (w *write) beforeWrite() map[string]any {
	if w.c == nil || w.doc == nil {
		return nil
	}
	return maps.Clone(w.doc)
}

// recordWrite records a request's create (before is nil) or update of
// w.it: its audit entry and its events.
func (st *store) recordWrite(w *write, before map[string]any) {
	if w.c == nil {
		return
	}
	st.recordChange(w.it, before, w.actor, w.now)
}

// recordChange records a request's change of it, whose document was
// before (nil for a create), by actor at t: its audit entry and its
// events. The engine calls it for every create and update; an action that
// changes documents itself calls it too (registering entities, say), with
// a copy of the document taken before (maps.Clone: values are never
// changed in place).
func (st *store) recordChange(it *item, before map[string]any, actor map[string]any, t time.Time) {
	res := it.coll.res
	if before == nil {
		st.audit(it, auditEntry{at: t, actor: actor, action: "created"})
		if ev := res.events; ev != nil && ev.created != "" {
			st.itemEvent(it, ev.created, t, nil)
		}
	} else {
		props := changedProps(before, it.doc)
		if len(props) > 0 {
			st.audit(it, auditEntry{at: t, actor: actor, action: "updated", props: props})
			st.updateEvents(res, it, props, t)
		}
	}
	if strAt(before, "entityRegistryId") == "" && strAt(it.doc, "entityRegistryId") != "" {
		st.audit(it, auditEntry{at: t, actor: actor, action: "registered"})
		entity := map[string]any{}
		for _, k := range genericEntityKeys {
			if v, ok := it.doc[k]; ok && (v != nil || slices.Contains(genericEntityNullable, k)) {
				entity[k] = v
			}
		}
		st.addEvent("v2.entity.registered", t, it.doc, map[string]any{"entity": entity})
	}
}

// recordArchive records a request's archive or unarchive of it.
func (st *store) recordArchive(c *call, it *item, archived bool, t time.Time) {
	action := "unarchived"
	if archived {
		action = "archived"
	}
	st.audit(it, auditEntry{at: t, actor: c.actor(), action: action, props: []string{"archiveRecord"}})
	st.updateEvents(it.coll.res, it, []string{"archiveRecord"}, t)
}

// updateEvents adds the update events a resource declares for the
// properties changed.
func (st *store) updateEvents(res *resource, it *item, props []string, t time.Time) {
	ev := res.events
	if ev == nil {
		return
	}
	for _, u := range ev.updated {
		var hit []string
		for _, p := range props {
			if p == u.prop || strings.HasPrefix(p, u.prop+".") {
				hit = append(hit, p)
			}
		}
		if hit == nil {
			continue
		}
		typ := u.event
		if u.byValue != nil {
			typ = u.byValue[strAt(it.doc, u.prop)]
		}
		if typ != "" {
			st.itemEvent(it, typ, t, hit)
		}
	}
}

// itemEvent adds an event of type typ about it, holding the item as its
// resource's events say, and the properties an update changed (unless
// the resource's events carry none).
func (st *store) itemEvent(it *item, typ string, t time.Time, updates []string) {
	ev := it.coll.res.events
	d := maps.Clone(it.doc)
	if ev.carry != nil {
		d = ev.carry(it.doc)
	}
	props := map[string]any{ev.key: d}
	if updates != nil && !ev.noUpdates {
		props["updates"] = anyList(updates)
	}
	st.addEvent(typ, t, it.doc, props)
}

// changedProps lists the properties that differ between two versions of
// a document; for fields and custom fields, each field ("fields.Yield",
// "customFields.Notes").
func changedProps(before, after map[string]any) []string {
	keys := map[string]bool{}
	for k := range before {
		keys[k] = true
	}
	for k := range after {
		keys[k] = true
	}
	var out []string
	for _, k := range slices.Sorted(maps.Keys(keys)) {
		if slices.Contains(changeIgnored, k) {
			continue
		}
		if k == "fields" || k == "customFields" {
			b, _ := before[k].(map[string]any)
			a, _ := after[k].(map[string]any)
			names := map[string]bool{}
			for n := range b {
				names[n] = true
			}
			for n := range a {
				names[n] = true
			}
			for _, n := range slices.Sorted(maps.Keys(names)) {
				if !reflect.DeepEqual(b[n], a[n]) {
					out = append(out, k+"."+n)
				}
			}
			continue
		}
		if !reflect.DeepEqual(before[k], after[k]) {
			out = append(out, k)
		}
	}
	return out
}

func (st *store) audit(it *item, e auditEntry) {
	st.auditLog[it.id()] = append(st.auditLog[it.id()], e)
}

// addEvent appends an event about the item with document d (its schema
// goes into the event) to the log.
func (st *store) addEvent(typ string, at time.Time, d map[string]any, props map[string]any) {
	ev := map[string]any{"id": st.newID("evt_"), "eventType": typ, "createdAt": fmtTime(at), "deprecated": false,
		"excludedProperties": []any{}, "schema": nil}
	if s, ok := d["schema"].(map[string]any); ok {
		ev["schema"] = map[string]any{"id": s["id"], "name": s["name"]}
	}
	maps.Copy(ev, props)
	st.eventLog = append(st.eventLog, ev)
}

var eventRoutes = []route{
	newRoute("GET", "/events", listEvents),
	newRoute("POST", "/audit/log/{object_id}", exportAuditLog),
}

// eventToken is the page token naming position i of the event log.
func eventToken(i int) string {
	return base64.RawURLEncoding.EncodeToString([]byte("events:" + strconv.Itoa(i)))
}

func parseEventToken(tok string) (int, bool) {
	b, err := base64.RawURLEncoding.DecodeString(tok)
	if err != nil {
		return 0, false
	}
	s, ok := strings.CutPrefix(string(b), "events:")
	if !ok {
		return 0, false
	}
	i, err := strconv.Atoi(s)
	return i, err == nil && i >= 0
}

// listEvents is GET /events.
func listEvents(c *call) (int, any, *httpError) {
	q := c.query()
	size := 50
	if v := q.Get("pageSize"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 || n > 100 {
			return 0, nil, badRequest("Invalid pageSize %q: use 0 to 100.", v)
		}
		size = n
	}
	poll := false
	switch v := q.Get("poll"); v {
	case "", "false":
	case "true":
		poll = true
	default:
		return 0, nil, badRequest("Invalid poll %q: use true or false.", v)
	}
	log := c.st.eventLog
	start := 0
	if tok := q.Get("nextToken"); tok != "" {
		i, ok := parseEventToken(tok)
		if !ok || i > len(log) {
			return 0, nil, badRequest("Invalid nextToken.")
		}
		start = i
	} else if after := q.Get("startingAfter"); after != "" {
		i := slices.IndexFunc(log, func(e map[string]any) bool { return e["id"] == after })
		if i < 0 {
			return 0, nil, badRequest("Event %s not found.", after)
		}
		start = i + 1
	}
	var since time.Time
	if v := q.Get("createdAt.gte"); v != "" {
		t, ok := parseTimeValue(v)
		if !ok {
			return 0, nil, badRequest("Invalid createdAt.gte %q: use an RFC 3339 date-time or a date.", v)
		}
		since = t
	}
	types := commaList(q.Get("eventTypes"))
	page := []any{}
	i := start
	for ; i < len(log) && len(page) < size; i++ {
		e := log[i]
		if len(types) > 0 && !slices.Contains(types, strAt(e, "eventType")) {
			continue
		}
		if !since.IsZero() {
			if t, _ := parseTime(strAt(e, "createdAt")); t.Before(since) {
				continue
			}
		}
		page = append(page, e)
	}
	next := ""
	if i < len(log) || poll {
		next = eventToken(i)
	}
	return http.StatusOK, map[string]any{"events": page, "nextToken": next}, nil
}

var auditLogSchema = body("format:string!")

// exportAuditLog is POST /audit/log/{object_id}: a task that succeeds at
// once with the pre-signed URL (an hour) of the item's audit log, as CSV
// (time, user, action, properties changed) or as a one-page PDF of the
// same lines. Simplified: the log holds the changes the fake recorded
// (see above), and Benchling's rate limits on exports are not simulated.
func exportAuditLog(c *call) (int, any, *httpError) {
	in, herr := c.decodeBody(auditLogSchema)
	if herr != nil {
		return 0, nil, herr
	}
	if msg := auditLogSchema.missing(in); msg != "" {
		return 0, nil, badRequest("%s.", msg)
	}
	format := strAt(in, "format")
	if format != "CSV" && format != "PDF" {
		return 0, nil, badRequest("Invalid format %q: use CSV or PDF.", format)
	}
	it := c.st.findAny(c.param(0))
	if it == nil {
		return 0, nil, badRequest("Object %s not found.", c.param(0))
	}
	lines := []string{"time,user,action,properties"}
	for _, e := range c.st.auditLog[it.id()] {
		lines = append(lines, fmt.Sprintf("%s,%s,%s,%s", fmtTime(e.at), csvField(strAt(e.actor, "handle")), e.action,
			csvField(strings.Join(e.props, ";"))))
	}
	name, content, ctype := it.id()+"-audit.csv", []byte(strings.Join(lines, "\n")+"\n"), "text/csv"
	if format == "PDF" {
		name, content, ctype = it.id()+"-audit.pdf", onePagePDF(lines), "application/pdf"
	}
	key := "audit/" + newUUID(c.st.rng) + "/" + name
	c.st.objects[key] = newObject(ctype, name, content)
	u, _ := c.presign(http.MethodGet, key, storageTTL)
	return c.st.succeededTask(map[string]any{"downloadURL": u})
}

// csvField quotes a CSV field that needs it.
func csvField(s string) string {
	if strings.ContainsAny(s, ",\"\n") {
		return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
	}
	return s
}
