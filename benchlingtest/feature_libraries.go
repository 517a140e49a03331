package benchlingtest

import (
	"fmt"
	"strings"
)

// The Feature Libraries tag: /feature-libraries and /features. A library
// is owned by its creator, or by the organization of the tenant its
// create names (Add "organizations" to have one). A feature belongs to a
// library that exists; its pattern is bases for a nucleotide feature and
// amino acids for a protein one. RNA sequences' auto-annotate uses the
// features.

var featureLibraries = &resource{
	path: "feature-libraries", noun: "Feature library", prefix: "featlib_", listKey: "featureLibraries",
	doc: map[string]any{"createdAt": "", "description": "", "id": "", "modifiedAt": "", "name": "", "owner": nil,
		"webURL": ""},
	server:  []string{"id", "createdAt", "modifiedAt", "webURL"},
	webPath: func(_ *store, d map[string]any) string { return "/benchling/feature-libraries/" + strAt(d, "id") },
	list:    &listOp{filters: "ids name nameIncludes names.anyOf modifiedAt"},
	get:     true,
	create:  body("description:string! name:string! organizationId:string"),
	update:  body("description:string name:string"),
	keys: map[string]keyFunc{
		"organizationId": func(w *write, v any) {
			if o := w.st.coll("organizations").byID[fmt.Sprint(v)]; o != nil {
				w.doc["owner"] = orgSummary(o)
			}
		},
	},
	validate: func(w *write) string {
		if id, ok := w.body["organizationId"].(string); ok && w.st.coll("organizations").byID[id] == nil {
			return fmt.Sprintf("organization %s not found", id)
		}
		return ""
	},
	fill: func(w *write) {
		if w.doc["owner"] == nil {
			w.doc["owner"] = w.actor
		}
	},
}

// featureWrite are the properties of a feature's create body.
const featureWrite = "color:string featureLibraryId:string! featureType:string? matchType:string! name:string! pattern:string!"

var features = &resource{
	path: "features", noun: "Feature", prefix: "feat_", listKey: "features",
	doc: map[string]any{"color": "", "featureLibraryId": "", "featureType": nil, "id": "", "matchType": "",
		"name": "", "pattern": ""},
	server: []string{"id"},
	// The list has no sort: features come in creation order.
	list: &listOp{noSort: true, defaultSort: "createdAt:asc", filters: "ids name names.anyOf.caseSensitive featureLibraryId featureType matchType",
		custom: map[string]filter{
			"featureLibraryId": eqAt("featureLibraryId"),
			"featureType":      eqAt("featureType"),
			"matchType":        enumAt("matchType", "nucleotide", "protein"),
		}},
	get:        true,
	create:     body(featureWrite),
	update:     body("color:string featureLibraryId:string featureType:string? name:string pattern:string"),
	bulkCreate: &bulkOp{},
	validate:   validateFeature,
}

// validateFeature checks a feature's library, type, match type, color
// and pattern.
func validateFeature(w *write) string {
	if w.creating() && !w.has("featureType") {
		return "featureType is required"
	}
	if id, ok := w.body["featureLibraryId"].(string); ok && w.st.coll("feature-libraries").byID[id] == nil {
		return fmt.Sprintf("feature library %s not found", id)
	}
	mt := strAt(w.doc, "matchType")
	if m, ok := w.body["matchType"].(string); ok {
		if m != "nucleotide" && m != "protein" {
			return fmt.Sprintf("invalid matchType %q: use nucleotide or protein", m)
		}
		mt = m
	}
	if c, ok := w.body["color"].(string); ok && !isHexColor(c) {
		return fmt.Sprintf("invalid color %q: use a hex color like #F58A5E", c)
	}
	p, ok := w.body["pattern"].(string)
	if !ok {
		return ""
	}
	letters, what := baseLetters, "base"
	if mt == "protein" {
		letters, what = aminoAcidLetters, "amino acid"
	}
	if p == "" {
		return "pattern must not be empty"
	}
	if bad := strings.IndexFunc(p, func(c rune) bool { return !strings.ContainsRune(letters, toUpper(c)) }); bad >= 0 {
		return fmt.Sprintf("invalid %s %q at position %d of the pattern", what, p[bad], bad)
	}
	return ""
}

// isHexColor reports whether s is #RGB or #RRGGBB.
func isHexColor(s string) bool {
	if len(s) != 4 && len(s) != 7 || s[0] != '#' {
		return false
	}
	return strings.Trim(strings.ToLower(s[1:]), "0123456789abcdef") == ""
}
