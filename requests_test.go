package benchling

import (
	"encoding/json"
	"testing"
)

// TestRequestEncodingEdgeCases pins request encodings that drift tests
// cannot see: empty lists that must reach the server, and numbers.
func TestRequestEncodingEdgeCases(t *testing.T) {
	tests := []struct {
		name string
		v    any
		want string
	}{
		{"dna update clears annotations", &DnaSequenceUpdate{Annotations: []DnaAnnotation{}, Primers: []Primer{}}, `{"annotations":[],"primers":[]}`},
		{"dna update leaves nil lists out", &DnaSequenceUpdate{EntityUpdateBase: EntityUpdateBase{Name: Ptr("x")}}, `{"name":"x"}`},
		{"dna bulk update clears aliases", &DnaSequenceBulkUpdate{ID: "seq_1", EntityUpdateBase: EntityUpdateBase{Aliases: []string{}}}, `{"id":"seq_1","aliases":[]}`},
		{"aa update clears aliases", &AaSequenceUpdate{EntityUpdateBase: EntityUpdateBase{Aliases: []string{}}}, `{"aliases":[]}`},
		{"integer field value", Fields{"Count": {Value: NumberValue(1000000)}}, `{"Count":{"value":1000000}}`},
		{"float field value", Fields{"Ratio": {Value: NumberValue(0.00001)}}, `{"Ratio":{"value":0.00001}}`},
		{"empty custom field", CustomFields{"Legacy ID": {Value: ""}}, `{"Legacy ID":{"value":""}}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := json.Marshal(tc.v)
			if err != nil {
				t.Fatal(err)
			}
			if string(b) != tc.want {
				t.Errorf("json = %s, want %s", b, tc.want)
			}
		})
	}
}
