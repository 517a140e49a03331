package benchlingtest

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"
)

// What registry entities (custom entities, AA, DNA and RNA sequences,
// oligos, molecules, mixtures...) share: the properties of their
// documents and bodies, and registration.

// entityDoc returns the properties every registry entity has (those of
// benchling.EntityBase, which every entity kind's response embeds), with
// their defaults, plus extra ones.
func entityDoc(extra map[string]any) map[string]any {
	d := map[string]any{
		"aliases": []any{}, "apiURL": "", "archiveRecord": nil, "authors": []any{}, "createdAt": "",
		"creator": nil, "customFields": map[string]any{}, "entityRegistryId": nil, "fields": map[string]any{},
		"folderId": nil, "id": "", "modifiedAt": "", "name": "", "registrationOrigin": nil, "registryId": nil,
		"schema": nil, "webURL": "",
	}
	maps.Copy(d, extra)
	return d
}

// entityServer are the server-filled properties of registry entities.
var entityServer = []string{"id", "createdAt", "modifiedAt", "creator", "authors", "apiURL", "webURL"}

// entityWrite are the body properties of registry entities' creates and
// updates.
const entityWrite = "aliases:[]string authorIds:[]string customFields:object fields:object folderId:string name:string schemaId:string"

// entityWebPath is /benchling/f/<folder>/<id>-<name as a slug>/edit.
func entityWebPath(_ *store, d map[string]any) string {
	folder := strAt(d, "folderId")
	if folder == "" {
		folder = "lib_registry"
	}
	return "/benchling/f/" + folder + "/" + strAt(d, "id") + "-" + slug(strAt(d, "name")) + "/edit"
}

func slug(name string) string { return strings.ToLower(strings.Join(strings.Fields(name), "-")) }

// entityFilters are the list filters registry entities share.
const entityFilters = "ids name nameIncludes names.anyOf names.anyOf.caseSensitive modifiedAt createdAt archiveReason " +
	"folderId projectId schemaId registryId creatorIds authorIds.anyOf entityRegistryIds.anyOf mentionedIn mentions schemaField.*"

// Entity archive reasons, and entries'.
var entityArchiveReasons = []string{"Made in error", "Retired", "Expended", "Shipped", "Contaminated", "Expired", "Missing", "Other"}
var entryArchiveReasons = []string{"Made in error", "Retired", "Other"}

var namingStrategies = []string{"NEW_IDS", "IDS_FROM_NAMES", "DELETE_NAMES", "SET_FROM_NAME_PARTS", "REPLACE_NAMES_FROM_PARTS", "KEEP_NAMES", "REPLACE_ID_AND_NAME_FROM_PARTS"}

// registry is the registration of a registry entity resource.
type registry struct {
	idPrefix string // generated registry IDs: idPrefix + 001, 002...
}

// check checks the registration properties of a write.
func (g *registry) check(w *write) string {
	st := w.st
	regID, hasReg := w.body["registryId"].(string)
	rid, hasRID := w.body["entityRegistryId"].(string)
	ns, hasNS := w.body["namingStrategy"].(string)
	if w.op == opCreate {
		switch {
		case hasRID && hasNS:
			return "cannot specify both entityRegistryId and namingStrategy"
		case hasNS && !slices.Contains(namingStrategies, ns):
			return fmt.Sprintf("invalid namingStrategy %q", ns)
		case (hasRID || hasNS) && !hasReg:
			return "registryId is required to register an entity"
		case !hasReg && strAt(w.body, "folderId") == "":
			return "folderId is required unless registryId is given"
		}
	}
	if hasReg && st.coll("registries").byID[regID] == nil {
		return fmt.Sprintf("registry %s not found", regID)
	}
	if w.op == opCreate && hasNS && !hasRID {
		// The registry ID a name or name template gives must be free.
		name := strAt(w.body, "name")
		d := map[string]any{"name": name, "schema": map[string]any{"id": strAt(w.body, "schemaId")}, "fields": w.body["fields"]}
		n, msg := st.nameFor(d, ns, "", w.now)
		if msg != "" {
			return msg
		}
		rid, hasRID = n.rid, n.rid != ""
	}
	if hasRID && w.op != opUpsert {
		if o := st.registry[rid]; o != nil && o != w.it {
			return fmt.Sprintf("entity registry ID %q is already taken", rid)
		}
		if w.bulk && w.op == opCreate && !w.batch.claim("rid:"+rid, w.owner) {
			return fmt.Sprintf("entity registry ID %q is repeated", rid)
		}
	}
	return ""
}

// onCreate registers a new item when its body names a registry, by
// the body's entityRegistryId (or the upsert's) or its namingStrategy.
func (g *registry) onCreate(w *write) {
	regID, ok := w.body["registryId"].(string)
	if !ok {
		return
	}
	rid := w.rid
	if rid == "" {
		rid = strAt(w.body, "entityRegistryId")
	}
	n := naming{rid: rid}
	if rid == "" {
		n, _ = w.st.nameFor(w.doc, strAt(w.body, "namingStrategy"), "", w.now)
	}
	w.st.applyNaming(w.it, g, regID, n, w.now)
}

// naming is how registering names one entity: its registry ID ("" for a
// new one of the resource's prefix), and a new name (or the registry ID as
// its name) and an alias to add, if any.
type naming struct {
	rid, name, alias string
	nameIsID         bool
}

// nameFor says how a naming strategy names an entity document d (its
// name, schema and fields), or why it cannot; taken is a registry ID to
// treat as free (the entity's own). Strategies, as the spec describes
// them:
//
//   - NEW_IDS (the default): a new registry ID, the name kept;
//   - IDS_FROM_NAMES, KEEP_NAMES: the name is the registry ID;
//   - DELETE_NAMES: a new registry ID, which replaces the name;
//   - SET_FROM_NAME_PARTS: a new registry ID, the name made from the
//     schema's name template, the old name kept as an alias;
//   - REPLACE_NAMES_FROM_PARTS: the same without the alias;
//   - REPLACE_ID_AND_NAME_FROM_PARTS: the templated name is also the
//     registry ID.
func (st *store) nameFor(d map[string]any, ns, own string, t time.Time) (naming, string) {
	name := strAt(d, "name")
	switch ns {
	case "IDS_FROM_NAMES", "KEEP_NAMES":
		if o := st.registry[name]; o != nil && name != own {
			return naming{}, fmt.Sprintf("entity registry ID %q is already taken", name)
		}
		return naming{rid: name}, ""
	case "DELETE_NAMES":
		return naming{nameIsID: true}, ""
	case "SET_FROM_NAME_PARTS", "REPLACE_NAMES_FROM_PARTS", "REPLACE_ID_AND_NAME_FROM_PARTS":
		tn, msg := st.templateName(d, t)
		if msg != "" {
			return naming{}, msg
		}
		switch ns {
		case "SET_FROM_NAME_PARTS":
			return naming{name: tn, alias: name}, ""
		case "REPLACE_NAMES_FROM_PARTS":
			return naming{name: tn}, ""
		}
		if o := st.registry[tn]; o != nil && tn != own {
			return naming{}, fmt.Sprintf("entity registry ID %q is already taken", tn)
		}
		return naming{rid: tn, name: tn}, ""
	}
	return naming{}, ""
}

// applyNaming registers it in the registry regID as n says; a new
// registry ID is the next of the prefix of its entity schema (as Benchling
// numbers registry IDs by the schema's prefix, PLS001), or of g's prefix
// for an item whose schema the tenant does not have or has no prefix.
func (st *store) applyNaming(it *item, g *registry, regID string, n naming, t time.Time) {
	rid := n.rid
	if rid == "" {
		prefix := g.idPrefix
		sid, _ := at(it.doc, "schema.id").(string)
		if sch := st.coll("entity-schemas").byID[sid]; sch != nil && strAt(sch.doc, "prefix") != "" {
			prefix = strAt(sch.doc, "prefix")
		}
		rid = st.nextRegistryID(prefix)
	}
	switch {
	case n.nameIsID:
		it.doc["name"] = rid
	case n.name != "":
		it.doc["name"] = n.name
	}
	if n.alias != "" && n.alias != strAt(it.doc, "name") {
		aliases, _ := it.doc["aliases"].([]any)
		if !slices.Contains(aliases, any(n.alias)) {
			it.doc["aliases"] = append(slices.Clip(aliases), n.alias)
		}
	}
	it.lname = strings.ToLower(strAt(it.doc, "name"))
	st.register(it, regID, rid, t)
}

// templateName makes a name from the name template of d's schema: TEXT
// parts give their text, parts with a fieldId the field's value (its text,
// or the value), date parts the date (in the part's datetimeFormat, with
// YYYY, MM and DD, else YYYY-MM-DD). A schema the tenant does not have,
// or one without a template, is an error.
func (st *store) templateName(d map[string]any, t time.Time) (string, string) {
	if t.IsZero() {
		t = st.now0()
	}
	sid, _ := at(d, "schema.id").(string)
	sch := st.coll("entity-schemas").byID[sid]
	if sch == nil {
		return "", fmt.Sprintf("schema %q has no name template (the tenant has no such entity schema)", sid)
	}
	parts, _ := sch.doc["nameTemplateParts"].([]any)
	if len(parts) == 0 {
		return "", fmt.Sprintf("schema %s has no name template", sid)
	}
	defs, _ := sch.doc["fieldDefinitions"].([]any)
	fields, _ := d["fields"].(map[string]any)
	var b strings.Builder
	for _, p := range parts {
		m, _ := p.(map[string]any)
		typ := strings.ToUpper(strAt(m, "type"))
		switch {
		case strAt(m, "fieldId") != "":
			for _, def := range defs {
				if dm, _ := def.(map[string]any); strAt(dm, "id") == strAt(m, "fieldId") {
					f, _ := fields[strAt(dm, "name")].(map[string]any)
					if tv := strAt(f, "textValue"); tv != "" {
						b.WriteString(tv)
					} else if v := f["value"]; v != nil {
						fmt.Fprint(&b, v)
					}
				}
			}
		case strings.Contains(typ, "DATE"):
			layout := strAt(m, "datetimeFormat")
			if layout == "" {
				layout = "YYYY-MM-DD"
			}
			b.WriteString(t.UTC().Format(strings.NewReplacer("YYYY", "2006", "MM", "01", "DD", "02").Replace(layout)))
		default:
			b.WriteString(strAt(m, "text"))
		}
	}
	if strings.TrimSpace(b.String()) == "" {
		return "", fmt.Sprintf("schema %s's name template gives an empty name", sid)
	}
	return b.String(), ""
}

// onUpdate renames a registered item's registry ID.
func (g *registry) onUpdate(w *write) {
	rid, ok := w.body["entityRegistryId"].(string)
	old, registered := w.doc["entityRegistryId"].(string)
	if !ok || !registered || rid == old || w.doc["registryId"] == nil {
		return
	}
	delete(w.st.registry, old)
	w.doc["entityRegistryId"] = rid
	w.st.registry[rid] = w.it
}

// nextRegistryID is the next free registry ID of a prefix: PLS001, PLS002...
func (st *store) nextRegistryID(prefix string) string {
	for {
		st.registrySeq[prefix]++
		rid := fmt.Sprintf("%s%03d", prefix, st.registrySeq[prefix])
		if st.registry[rid] == nil {
			return rid
		}
	}
}

// register gives an item a registry ID in the registry regID.
func (st *store) register(it *item, regID, rid string, t time.Time) {
	it.doc["entityRegistryId"] = rid
	it.doc["registryId"] = regID
	it.doc["registrationOrigin"] = map[string]any{"originEntryId": nil, "registeredAt": fmtTime(t)}
	st.registry[rid] = it
}
