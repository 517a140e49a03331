package benchlingtest

import (
	"fmt"
	"maps"
	"math/big"
	"slices"
	"strings"
)

// The Mixtures tag: /mixtures, registry entities made of ingredients. A
// create needs a name, a schema, units (null for a mixture without an
// amount) and its ingredients; every ingredient names all of
// IngredientWriteParams' properties (null where unset), and its component
// entity (and lot entity) must be an entity of the tenant (a custom
// entity, sequence, oligo, molecule or mixture). Amounts are positive
// decimals in their string form (kept as given, so no precision is lost);
// one ingredient may have "QS" instead. An amount needs units, and units
// must be the spec's. An entity is an ingredient at most once.
//
// A field whose value is the ID of another mixture makes that mixture the
// parent (Benchling's parent mixture field): an ingredient whose component
// the parent has too is inherited (hasParent), and its targetAmount is the
// parent's amount scaled by this mixture's amount over the parent's, when
// both are numbers in the same units (null otherwise). Setting a parent in
// an update needs the ingredients too, as Benchling says.
// allowMeasuredIngredients, which Benchling derives from the schema, is
// false. Lots in inventory (componentLotContainerId) need a container the
// tenant has; the fake has no containers yet, so any is a 400.

var ingredientUnits = []string{"nL", "uL", "mL", "L", "mg", "g", "kg", "ug", "Units", "Cells", "mol", "mmol", "umol"}
var mixtureUnits = []string{"nL", "uL", "mL", "L", "g", "kg", "mg", "ug", "Units"}

// ingredientProps are IngredientWriteParams' properties, all required.
var ingredientProps = []string{"amount", "catalogIdentifier", "componentEntityId", "componentLotContainerId", "componentLotEntityId",
	"componentLotText", "notes", "units"}

// mixtureWrite are the body properties of mixtures' creates and updates.
const mixtureWrite = entityWrite + " amount:string entityRegistryId:string ingredients:[]object units:string?"

var mixtures = &resource{
	path: "mixtures", noun: "Mixture", prefix: "mxt_", listKey: "mixtures",
	doc:     entityDoc(map[string]any{"allowMeasuredIngredients": false, "amount": "", "ingredients": []any{}, "units": nil}),
	server:  entityServer,
	webPath: entityWebPath,
	list: &listOp{filters: "ids name nameIncludes names.anyOf names.anyOf.caseSensitive modifiedAt createdAt archiveReason folderId " +
		"projectId schemaId registryId authorIds.anyOf entityRegistryIds.anyOf mentionedIn mentions schemaField.* " +
		"ingredientComponentEntityIds ingredientComponentEntityIds.anyOf",
		custom: map[string]filter{
			"ingredientComponentEntityIds":       ingredientsFilter(true),
			"ingredientComponentEntityIds.anyOf": ingredientsFilter(false),
		}},
	get:        true,
	create:     body(mixtureWrite, "ingredients:[]object! name:string! namingStrategy:string registryId:string schemaId:string!"),
	update:     body(mixtureWrite),
	archive:    &archiveOp{idsKey: "mixtureIds", reasons: entityArchiveReasons},
	bulkCreate: &bulkOp{},
	bulkUpdate: &bulkOp{item: body(mixtureWrite, "id:string!")},
	registry:   &registry{idPrefix: "MXT"},
	keys: map[string]keyFunc{
		"ingredients": func(w *write, v any) {
			list, _ := v.([]any)
			out := make([]any, len(list))
			for i, e := range list {
				m, _ := e.(map[string]any)
				out[i] = w.st.ingredientDoc(m)
			}
			w.doc["ingredients"] = out
		},
	},
	schemaPrefix: "ts_",
	schemaType:   "mixture",
	validate:     validateMixture,
	derive:       deriveMixture,
}

// entityLabels is the EntityLabels of an entity.
func entityLabels(it *item) map[string]any {
	return map[string]any{"entityRegistryId": it.doc["entityRegistryId"], "id": it.id(), "name": strAt(it.doc, "name")}
}

// ingredientDoc is the Ingredient of a checked IngredientWriteParams.
func (st *store) ingredientDoc(m map[string]any) map[string]any {
	d := map[string]any{
		"amount": m["amount"], "catalogIdentifier": m["catalogIdentifier"], "componentLotText": m["componentLotText"],
		"notes": m["notes"], "units": m["units"], "hasParent": false, "targetAmount": nil,
		"componentEntity": map[string]any{}, "componentLotEntity": nil, "componentLotContainer": nil,
	}
	if it := st.entity(strAt(m, "componentEntityId")); it != nil {
		d["componentEntity"] = entityLabels(it)
	}
	if it := st.entity(strAt(m, "componentLotEntityId")); it != nil {
		d["componentLotEntity"] = entityLabels(it)
	}
	return d
}

// decimal parses a positive decimal amount ("12", "0.5", "1.23e4").
func decimal(s string) (*big.Float, bool) {
	f, ok := new(big.Float).SetPrec(128).SetString(strings.TrimSpace(s))
	return f, ok && f.Sign() > 0
}

func validateMixture(w *write) string {
	if w.op == opCreate && !w.has("units") {
		return "units is required (null for a mixture without an amount)"
	}
	if a, ok := w.body["amount"].(string); ok {
		if _, pos := decimal(a); !pos {
			return fmt.Sprintf("invalid amount %q: use a positive decimal", a)
		}
	}
	if u, ok := w.body["units"].(string); ok && !slices.Contains(mixtureUnits, u) {
		return fmt.Sprintf("invalid units %q: use one of %s", u, strings.Join(mixtureUnits, ", "))
	}
	if list, ok := w.body["ingredients"].([]any); ok {
		if msg := w.st.checkIngredients(list); msg != "" {
			return msg
		}
	} else if w.op == opUpdate && w.st.parentOf(w.body, w.it) != nil {
		return "setting the parent mixture field needs ingredients too"
	}
	return ""
}

// checkIngredients checks the IngredientWriteParams of a mixture body.
func (st *store) checkIngredients(list []any) string {
	seen := map[string]bool{}
	qs := 0
	for i, e := range list {
		m, ok := e.(map[string]any)
		if !ok {
			return fmt.Sprintf("ingredients[%d] is not an object", i)
		}
		for k := range m {
			if !slices.Contains(ingredientProps, k) {
				return fmt.Sprintf("ingredients[%d] has an unknown property %q", i, k)
			}
		}
		for _, k := range ingredientProps {
			if _, ok := m[k]; !ok {
				return fmt.Sprintf("ingredients[%d].%s is required (null where it is unset)", i, k)
			}
		}
		for _, k := range ingredientProps {
			if v := m[k]; v != nil {
				if _, ok := v.(string); !ok {
					return fmt.Sprintf("ingredients[%d].%s must be a string or null", i, k)
				}
			}
		}
		id := strAt(m, "componentEntityId")
		switch {
		case id == "":
			return fmt.Sprintf("ingredients[%d].componentEntityId is required", i)
		case st.entity(id) == nil:
			return fmt.Sprintf("ingredients[%d]: entity %s not found", i, id)
		case seen[id]:
			return fmt.Sprintf("ingredients[%d]: entity %s is an ingredient twice", i, id)
		}
		seen[id] = true
		if lot := strAt(m, "componentLotEntityId"); lot != "" && st.entity(lot) == nil {
			return fmt.Sprintf("ingredients[%d]: lot entity %s not found", i, lot)
		}
		if con := strAt(m, "componentLotContainerId"); con != "" {
			if c := st.coll("containers"); c == nil || c.byID[con] == nil {
				return fmt.Sprintf("ingredients[%d]: container %s not found", i, con)
			}
		}
		a, hasAmount := m["amount"].(string)
		switch _, pos := decimal(a); {
		case !hasAmount:
		case a == "QS":
			if qs++; qs > 1 {
				return "only one ingredient may have the amount QS"
			}
		case !pos:
			return fmt.Sprintf("ingredients[%d]: invalid amount %q: use a positive decimal or QS", i, a)
		}
		u, hasUnits := m["units"].(string)
		if hasUnits && !slices.Contains(ingredientUnits, u) {
			return fmt.Sprintf("ingredients[%d]: invalid units %q: use one of %s", i, u, strings.Join(ingredientUnits, ", "))
		}
		if hasAmount && !hasUnits {
			return fmt.Sprintf("ingredients[%d]: an amount needs units", i)
		}
	}
	return ""
}

// parentOf is the mixture a mixture body's fields link to (the parent
// mixture field), if any; self is never its own parent.
func (st *store) parentOf(body map[string]any, self *item) *item {
	fields, _ := body["fields"].(map[string]any)
	for _, name := range slices.Sorted(maps.Keys(fields)) {
		f, _ := fields[name].(map[string]any)
		if id, ok := st.resolveLinks(f["value"]).(string); ok {
			if p := st.coll("mixtures").byID[id]; p != nil && p != self {
				return p
			}
		}
	}
	return nil
}

// deriveMixture marks the ingredients inherited from the parent mixture
// and computes their target amounts.
func deriveMixture(w *write) {
	parent := w.st.parentOf(w.doc, w.it)
	list, _ := w.doc["ingredients"].([]any)
	out := make([]any, len(list))
	for i, e := range list {
		ing := maps.Clone(e.(map[string]any))
		ing["hasParent"], ing["targetAmount"] = false, nil
		if parent != nil {
			if pi := parentIngredient(parent, at(ing, "componentEntity.id")); pi != nil {
				ing["hasParent"] = true
				ing["targetAmount"] = targetAmount(w.doc, parent.doc, pi)
			}
		}
		out[i] = ing
	}
	w.doc["ingredients"] = out
}

func parentIngredient(parent *item, entityID any) map[string]any {
	list, _ := parent.doc["ingredients"].([]any)
	for _, e := range list {
		if m := e.(map[string]any); at(m, "componentEntity.id") == entityID {
			return m
		}
	}
	return nil
}

// targetAmount scales the parent's ingredient amount by the mixture's
// amount over the parent's: null unless all three are numbers and the two
// mixtures have the same units.
func targetAmount(mix, parent, pi map[string]any) any {
	m, ok1 := decimal(strAt(mix, "amount"))
	p, ok2 := decimal(strAt(parent, "amount"))
	a, ok3 := decimal(strAt(pi, "amount"))
	if !ok1 || !ok2 || !ok3 || mix["units"] == nil || mix["units"] != parent["units"] {
		return nil
	}
	t := new(big.Float).SetPrec(128).Quo(new(big.Float).SetPrec(128).Mul(a, m), p)
	return t.Text('g', 12)
}

// ingredientsFilter keeps the mixtures with an ingredient of each (all) or
// any of the listed entities.
func ingredientsFilter(all bool) filter {
	return func(f *filterCtx) (func(*item) bool, *httpError) {
		set, herr := f.list()
		if set == nil || herr != nil {
			return nil, herr
		}
		return func(it *item) bool {
			list, _ := it.doc["ingredients"].([]any)
			has := func(id string) bool {
				return slices.ContainsFunc(list, func(e any) bool { return at(e.(map[string]any), "componentEntity.id") == id })
			}
			if all {
				return !slices.ContainsFunc(set, func(id string) bool { return !has(id) })
			}
			return slices.ContainsFunc(set, has)
		}, nil
	}
}
