package spectest

import (
	"slices"

	"github.com/getkin/kin-openapi/openapi3"
)

// relaxClosedCompositions works around a pattern the Benchling spec uses
// throughout: "additionalProperties: false" on a schema whose properties come
// from allOf (e.g. AaSequenceCreate: allOf [AaSequenceBaseRequestForCreate,
// CreateEntityIntoRegistry] + additionalProperties: false), and closed
// schemas used as allOf members of schemas that add properties
// (AaSequenceBulkCreate: allOf [AaSequenceCreate] + additionalProperties:
// false). The intent is "no properties beyond the union", but under JSON
// Schema semantics, which kin-openapi implements, additionalProperties only
// sees a schema's own properties, so every property of a valid body is
// rejected as "unsupported".
//
// relaxClosedCompositions drops additionalProperties: false from every
// schema that has allOf/oneOf/anyOf, or that is an allOf member. (Closed
// oneOf/anyOf branches are left alone, where it helps select a branch.) The
// intended closure is still enforced by [UndeclaredFields], which treats every
// schema as closed over its allOf union. It returns the number of schemas
// changed.
func relaxClosedCompositions(doc *openapi3.T) int {
	changed := 0
	relax := func(s *openapi3.Schema) {
		if ap := s.AdditionalProperties; ap.Has != nil && !*ap.Has && ap.Schema == nil {
			s.AdditionalProperties = openapi3.AdditionalProperties{}
			changed++
		}
	}
	forEachSchema(doc, func(s *openapi3.Schema) {
		if len(s.AllOf) > 0 || len(s.OneOf) > 0 || len(s.AnyOf) > 0 {
			relax(s)
		}
		for _, m := range s.AllOf {
			if m != nil && m.Value != nil {
				relax(m.Value)
			}
		}
	})
	return changed
}

// forEachSchema calls fn once for every schema reachable from the document's
// component schemas, parameters, request bodies and responses, in a
// deterministic order.
func forEachSchema(doc *openapi3.T, fn func(*openapi3.Schema)) {
	seen := make(map[*openapi3.Schema]bool)
	var visit func(ref *openapi3.SchemaRef)
	visit = func(ref *openapi3.SchemaRef) {
		if ref == nil || ref.Value == nil || seen[ref.Value] {
			return
		}
		s := ref.Value
		seen[s] = true
		fn(s)
		for _, group := range []openapi3.SchemaRefs{s.AllOf, s.OneOf, s.AnyOf} {
			for _, m := range group {
				visit(m)
			}
		}
		visit(s.Not)
		visit(s.Items)
		visit(s.AdditionalProperties.Schema)
		for _, name := range sortedKeys(s.Properties) {
			visit(s.Properties[name])
		}
	}
	visitContent := func(c openapi3.Content) {
		for _, name := range sortedKeys(c) {
			if c[name] != nil {
				visit(c[name].Schema)
			}
		}
	}
	visitParams := func(ps openapi3.Parameters) {
		for _, p := range ps {
			if p != nil && p.Value != nil {
				visit(p.Value.Schema)
				visitContent(p.Value.Content)
			}
		}
	}
	if doc.Components != nil {
		for _, name := range sortedKeys(doc.Components.Schemas) {
			visit(doc.Components.Schemas[name])
		}
	}
	for _, path := range doc.Paths.InMatchingOrder() {
		item := doc.Paths.Value(path)
		visitParams(item.Parameters)
		ops := item.Operations()
		for _, method := range sortedKeys(ops) {
			op := ops[method]
			visitParams(op.Parameters)
			if op.RequestBody != nil && op.RequestBody.Value != nil {
				visitContent(op.RequestBody.Value.Content)
			}
			if op.Responses != nil {
				resps := op.Responses.Map()
				for _, status := range sortedKeys(resps) {
					if r := resps[status]; r != nil && r.Value != nil {
						visitContent(r.Value.Content)
					}
				}
			}
		}
	}
}

// oneOfToAnyOf works around oneOf lists whose branches cannot be mutually
// exclusive, so that a valid value fails with "input matches more than one
// oneOf schemas":
//
//   - one branch extends another through allOf: the getTask response is
//     oneOf [AsyncTask, BulkCreateAaSequencesAsyncTask, ...] where every
//     specific task is allOf [AsyncTask, ...];
//   - without a discriminator, two object branches where neither is closed
//     (additionalProperties: false) and every property one requires is a
//     property of the other, so a full value of the other matches it too:
//     oneOf [UserSummary, TeamSummary] (assignees), oneOf [{sequenceId},
//     DnaTemplateAlignmentFile] (alignment files).
//
// Such a oneOf (when the schema has no anyOf) is turned into an anyOf. It
// returns the number of schemas changed.
func oneOfToAnyOf(doc *openapi3.T) int {
	changed := 0
	forEachSchema(doc, func(s *openapi3.Schema) {
		if len(s.OneOf) < 2 || len(s.AnyOf) > 0 {
			return
		}
		for i, a := range s.OneOf {
			for j, b := range s.OneOf {
				if i == j || a.Value == nil || b.Value == nil {
					continue
				}
				if extends(b.Value, a.Value, map[*openapi3.Schema]bool{}) || (s.Discriminator == nil && overlaps(a, b)) {
					s.AnyOf, s.OneOf = s.OneOf, nil
					changed++
					return
				}
			}
		}
	})
	return changed
}

// overlaps reports whether every full value of object branch a also
// matches object branch b: b is open, and a declares every property b
// requires.
func overlaps(a, b *openapi3.SchemaRef) bool {
	pa, pb := SchemaProperties(a), SchemaProperties(b)
	if len(pa) == 0 || len(pb) == 0 || closed(b) {
		return false
	}
	for _, r := range required(b) {
		if !slices.Contains(pa, r) {
			return false
		}
	}
	return true
}

// closed reports whether a schema or an allOf part of it has
// additionalProperties: false.
func closed(ref *openapi3.SchemaRef) bool {
	s := ref.Value
	if ap := s.AdditionalProperties; ap.Has != nil && !*ap.Has && ap.Schema == nil {
		return true
	}
	for _, p := range s.AllOf {
		if p.Value != nil && closed(p) {
			return true
		}
	}
	return false
}

// required returns the required properties of a schema and its allOf parts.
func required(ref *openapi3.SchemaRef) []string {
	out := slices.Clone(ref.Value.Required)
	for _, p := range ref.Value.AllOf {
		if p.Value != nil {
			out = append(out, required(p)...)
		}
	}
	return out
}

// extends reports whether s includes base through (nested) allOf.
func extends(s, base *openapi3.Schema, seen map[*openapi3.Schema]bool) bool {
	if seen[s] {
		return false
	}
	seen[s] = true
	for _, m := range s.AllOf {
		if m.Value == base || (m.Value != nil && extends(m.Value, base, seen)) {
			return true
		}
	}
	return false
}

// dropPhantomRequired works around required lists that name a property no
// part of the schema declares, which no body can satisfy: RequestCreate
// (createRequest) is allOf [RequestWriteBase, {schemaId; required:
// schemaId, fields, samples, sampleGroups, projectId}], and neither part,
// nor anything else the composite is made of, has a "samples" property
// (the sample groups hold the samples); sending one is an undeclared
// property. For every schema with allOf, it drops from the required lists
// of the schema and of its inline allOf parts (those that belong to it
// alone; shared components are left as they are) the names that no
// property of the composite's allOf union declares. It returns the number
// of names dropped.
func dropPhantomRequired(doc *openapi3.T) int {
	dropped := 0
	forEachSchema(doc, func(s *openapi3.Schema) {
		if len(s.AllOf) == 0 {
			return
		}
		declared := SchemaProperties(&openapi3.SchemaRef{Value: s})
		keep := func(req []string) []string {
			out := req[:0:0]
			for _, name := range req {
				if slices.Contains(declared, name) {
					out = append(out, name)
				} else {
					dropped++
				}
			}
			return out
		}
		s.Required = keep(s.Required)
		for _, part := range s.AllOf {
			if part != nil && part.Ref == "" && part.Value != nil {
				part.Value.Required = keep(part.Value.Required)
			}
		}
	})
	return dropped
}
