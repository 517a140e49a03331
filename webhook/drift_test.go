package webhook

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/benchling-go/benchling/internal/spectest"
	"github.com/benchling-go/benchling/webhook/internal/eventgen"
	"github.com/benchling-go/benchling/webhook/internal/v3spec"
	"github.com/getkin/kin-openapi/openapi3"
	"github.com/google/go-cmp/cmp"
)

// TestWebhookModelDrift checks the envelope and message types against the
// schemas of Benchling's v3 OpenAPI spec: every webhook of its webhooks
// block has a generated type, and every struct has exactly the JSON
// properties of its schema.
func TestWebhookModelDrift(t *testing.T) {
	doc := v3spec.Load(t)
	var hooks []string
	for name := range doc.Webhooks {
		hooks = append(hooks, name)
	}
	slices.Sort(hooks)
	if diff := cmp.Diff(hooks, EventTypes()); diff != "" {
		t.Errorf("EventTypes() differs from the spec's webhooks (-spec +generated); run go generate ./webhook:\n%s", diff)
	}
	check := func(typ reflect.Type, schema string) {
		t.Helper()
		ref := doc.Components.Schemas[schema]
		if ref == nil {
			t.Errorf("schema %s not found", schema)
			return
		}
		props := spectest.SchemaProperties(ref)
		fields := spectest.JSONFieldNames(typ)
		if diff := cmp.Diff(props, fields); diff != "" {
			t.Errorf("%v vs schema %s (-schema +struct):\n%s", typ, schema, diff)
		}
	}
	check(reflect.TypeOf(App{}), "WebhookApp")
	check(reflect.TypeOf(AppDefinition{}), "WebhookAppDefinition")
	check(reflect.TypeOf(Event{}), "V3EventBase")
	check(reflect.TypeOf(UpdateEvent{}), "V3UpdateEventBase")
	for typ, schemas := range eventSchemas {
		check(reflect.TypeOf(Envelope{}), schemas[0])
		check(reflect.TypeOf(newMessage(typ)), schemas[1])
	}

	enum := func(schema, prop string) []string {
		t.Helper()
		var out []string
		s := doc.Components.Schemas[schema]
		if s == nil || s.Value.Properties[prop] == nil {
			t.Fatalf("%s.%s not found", schema, prop)
		}
		for _, v := range s.Value.Properties[prop].Value.Enum {
			out = append(out, v.(string))
		}
		return out
	}
	if got, want := enum("V3EventBase", "stability"), []string{string(StabilityStable), string(StabilityBeta)}; !reflect.DeepEqual(got, want) {
		t.Errorf("V3EventBase.stability enum = %v, the Stability constants are %v", got, want)
	}
	if got := enum("WebhookEnvelopeBaseV0", "version"); !reflect.DeepEqual(got, []string{"0"}) {
		t.Errorf("WebhookEnvelopeBaseV0.version enum = %v; the Envelope doc says always \"0\"", got)
	}
}

// TestWebhookFixturesMatchSpec validates each envelope fixture against the
// schema of its event's envelope, so the Parse tests decode spec-shaped
// bodies.
func TestWebhookFixturesMatchSpec(t *testing.T) {
	doc := v3spec.Load(t)
	files, err := filepath.Glob(filepath.Join("testdata", "envelopes", "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var value map[string]any
		if err := json.Unmarshal(data, &value); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		typ, _ := value["message"].(map[string]any)["type"].(string)
		schemas, ok := eventSchemas[typ]
		if !ok {
			t.Fatalf("%s: unknown event type %q", f, typ)
		}
		schema := doc.Components.Schemas[schemas[0]]
		if err := schema.Value.VisitJSON(value, openapi3.MultiErrors()); err != nil {
			t.Errorf("%s does not match schema %s: %v", f, schemas[0], err)
		}
		if undeclared := spectest.UndeclaredFields(schema, value); len(undeclared) > 0 {
			t.Errorf("%s has properties schema %s lacks: %v", f, schemas[0], undeclared)
		}
		// And a broken fixture is caught.
		msg := value["message"].(map[string]any)
		delete(msg, "resourceId")
		if err := schema.Value.VisitJSON(value); err == nil {
			t.Errorf("%s without message.resourceId still matches %s; the check is toothless", f, schemas[0])
		}
	}
}

// TestWebhookGeneratedUpToDate regenerates events_gen.go from the spec and
// compares it with the committed file.
func TestWebhookGeneratedUpToDate(t *testing.T) {
	doc := v3spec.Load(t)
	got, err := eventgen.Generate(doc)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("events_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("events_gen.go is stale; run go generate ./webhook")
	}
}
