package benchling

import (
	"strconv"
	"strings"
	"time"
)

// Typed schemaField list filters. The lists of entities, inventory and
// workflow items take one query parameter schemaField.<name> per field
// (SchemaFieldFilters, with SchemaID); integer, float and date fields
// allow only the operators >= and <=. A field handle is the field's name
// typed by what its values are, whose methods write the expressions the
// type allows: MatchField (text, dropdown and link fields: equality),
// BooleanField, RangeField (integer, float, date and datetime fields:
// >= and <=). benchling-schemagen writes one constant handle per field of
// the schemas whose lists take the filters:
//
//	opts := &benchling.DnaSequenceListOptions{EntityListFilters: benchling.EntityListFilters{
//		SchemaID: schemas.PlasmidSchemaID,
//		SchemaFields: benchling.NewSchemaFieldFilters(
//			schemas.PlasmidFieldCopyNumber.Between(10, 50),
//			schemas.PlasmidFieldResistance.Is(schemas.ResistanceMarkerAmpicillin)),
//	}}

// SchemaFieldFilter is one schemaField filter: a field's name and the
// expression its value must match (">= 10 AND <= 50", an option's ID).
// Field handles make them; NewSchemaFieldFilters gathers them.
type SchemaFieldFilter struct {
	// Name is the schema field's name.
	Name string
	// Expr is the expression, for example ">= 10 AND <= 50".
	Expr string
}

// NewSchemaFieldFilters gathers filters into the SchemaFieldFilters of a
// list's options. A field takes one expression: an AtLeast and an AtMost of
// one field make a range (">= lo AND <= hi", the one combination Benchling
// documents); otherwise a later filter of a field replaces an earlier one
// (two Is of one field would ask for a value that is both, which matches
// nothing).
func NewSchemaFieldFilters(filters ...SchemaFieldFilter) SchemaFieldFilters {
	out := make(SchemaFieldFilters, len(filters))
	for _, f := range filters {
		prev, ok := out[f.Name]
		switch {
		case ok && isBound(prev, ">= ") && isBound(f.Expr, "<= "):
			out[f.Name] = prev + " AND " + f.Expr
		case ok && isBound(prev, "<= ") && isBound(f.Expr, ">= "):
			out[f.Name] = f.Expr + " AND " + prev
		default:
			out[f.Name] = f.Expr
		}
	}
	return out
}

// isBound reports whether expr is one bound (">= x" or "<= x", as op
// says), not a range.
func isBound(expr, op string) bool {
	return strings.HasPrefix(expr, op) && !strings.Contains(expr, " AND ")
}

// MatchField is a text, long text, dropdown or link field, named, whose
// values are T (a dropdown's option type, a typed ID, a string), for
// schemaField filters. A multi-value field matches when one of its values
// does.
type MatchField[T ~string] string

// Is matches the items whose field has the value v (a dropdown's option
// ID, a linked item's ID, a text), compared with the field's value, not
// its display value.
func (f MatchField[T]) Is(v T) SchemaFieldFilter {
	return SchemaFieldFilter{Name: string(f), Expr: string(v)}
}

// BooleanField is a boolean field, named, for schemaField filters.
type BooleanField string

// Is matches the items whose field is v.
func (f BooleanField) Is(v bool) SchemaFieldFilter {
	return SchemaFieldFilter{Name: string(f), Expr: strconv.FormatBool(v)}
}

// RangeValue is what RangeField compares: the values of integer, float,
// date and datetime fields.
type RangeValue interface {
	int | float64 | Date | time.Time
}

// RangeField is an integer, float, date or datetime field, named, for
// schemaField filters, which allow it only the operators >= and <=.
type RangeField[T RangeValue] string

// AtLeast matches the items whose field is v or more (>= v).
func (f RangeField[T]) AtLeast(v T) SchemaFieldFilter {
	return SchemaFieldFilter{Name: string(f), Expr: ">= " + rangeText(v)}
}

// AtMost matches the items whose field is v or less (<= v).
func (f RangeField[T]) AtMost(v T) SchemaFieldFilter {
	return SchemaFieldFilter{Name: string(f), Expr: "<= " + rangeText(v)}
}

// Between matches the items whose field is from lo to hi, both included
// (>= lo AND <= hi).
func (f RangeField[T]) Between(lo, hi T) SchemaFieldFilter {
	return SchemaFieldFilter{Name: string(f), Expr: ">= " + rangeText(lo) + " AND <= " + rangeText(hi)}
}

// rangeText writes a bound as Benchling reads it: an integer, a decimal
// without exponent, YYYY-MM-DD, or an RFC 3339 date-time in UTC.
func rangeText[T RangeValue](v T) string {
	switch x := any(v).(type) {
	case int:
		return strconv.Itoa(x)
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case Date:
		return x.String()
	case time.Time:
		return x.UTC().Format(time.RFC3339Nano)
	}
	return ""
}
