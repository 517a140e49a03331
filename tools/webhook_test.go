package tools

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/benchling-go/benchling/tools/internal/eventgen"
	"github.com/benchling-go/benchling/tools/internal/spectest"
	"github.com/benchling-go/benchling/tools/internal/v3spec"
	"github.com/benchling-go/benchling/webhook"
	"github.com/getkin/kin-openapi/openapi3"
	"github.com/google/go-cmp/cmp"
)

// webhookEvents returns the events of the v3 spec's webhooks block.
func webhookEvents(t *testing.T, doc *openapi3.T) []eventgen.Event {
	t.Helper()
	events, err := eventgen.Events(doc)
	if err != nil {
		t.Fatal(err)
	}
	return events
}

// webhookBody returns a spec-valid envelope of event type typ: one of
// webhook's DNA sequence fixtures with its type replaced.
func webhookBody(t *testing.T, typ string) []byte {
	t.Helper()
	fixture := "dna_sequence_created.json"
	if strings.HasSuffix(typ, ".updated") {
		fixture = "dna_sequence_updated.json"
	}
	base, err := os.ReadFile(rootPath("webhook", "testdata", "envelopes", fixture))
	if err != nil {
		t.Fatal(err)
	}
	return bytes.Replace(base, []byte(`"v3.dnaSequence.`), []byte(`"`+typ[:strings.LastIndex(typ, ".")+1]), 1)
}

// TestWebhookModelDrift checks package webhook's envelope and message
// types against the schemas of Benchling's v3 OpenAPI spec: every webhook
// of its webhooks block has a generated type, webhook.Parse decodes each
// event into it, and every struct has exactly the JSON properties of its
// schema.
func TestWebhookModelDrift(t *testing.T) {
	doc := v3spec.Load(t)
	events := webhookEvents(t, doc)
	var hooks []string
	for name := range doc.Webhooks {
		hooks = append(hooks, name)
	}
	slices.Sort(hooks)
	if diff := cmp.Diff(hooks, webhook.EventTypes()); diff != "" {
		t.Errorf("webhook.EventTypes() differs from the spec's webhooks (-spec +generated); run go generate ./webhook:\n%s", diff)
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
	check(reflect.TypeFor[webhook.App](), "WebhookApp")
	check(reflect.TypeFor[webhook.AppDefinition](), "WebhookAppDefinition")
	check(reflect.TypeFor[webhook.Event](), "V3EventBase")
	check(reflect.TypeFor[webhook.UpdateEvent](), "V3UpdateEventBase")
	for _, ev := range events {
		check(reflect.TypeFor[webhook.Envelope](), ev.Envelope)
		env, err := webhook.Parse(webhookBody(t, ev.Type))
		if err != nil {
			t.Errorf("%s: Parse: %v", ev.Type, err)
			continue
		}
		typ := reflect.TypeOf(env.Message)
		if typ.Kind() == reflect.Pointer {
			typ = typ.Elem()
		}
		if typ.Name() != ev.GoName || typ.PkgPath() != "github.com/benchling-go/benchling/webhook" {
			t.Errorf("%s decodes into %v, want webhook.%s", ev.Type, typ, ev.GoName)
			continue
		}
		check(typ, ev.Message)
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
	if got, want := enum("V3EventBase", "stability"), []string{string(webhook.StabilityStable), string(webhook.StabilityBeta)}; !reflect.DeepEqual(got, want) {
		t.Errorf("V3EventBase.stability enum = %v, the Stability constants are %v", got, want)
	}
	if got := enum("WebhookEnvelopeBaseV0", "version"); !reflect.DeepEqual(got, []string{"0"}) {
		t.Errorf("WebhookEnvelopeBaseV0.version enum = %v; the Envelope doc says always \"0\"", got)
	}
}

// TestWebhookFixturesMatchSpec validates each of webhook's envelope
// fixtures against the schema of its event's envelope, so that webhook's
// Parse tests decode spec-shaped bodies.
func TestWebhookFixturesMatchSpec(t *testing.T) {
	doc := v3spec.Load(t)
	envelopes := map[string]string{}
	for _, ev := range webhookEvents(t, doc) {
		envelopes[ev.Type] = ev.Envelope
	}
	files, err := filepath.Glob(rootPath("webhook", "testdata", "envelopes", "*.json"))
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
		name, ok := envelopes[typ]
		if !ok {
			t.Fatalf("%s: unknown event type %q", f, typ)
		}
		schema := doc.Components.Schemas[name]
		if err := schema.Value.VisitJSON(value, openapi3.MultiErrors()); err != nil {
			t.Errorf("%s does not match schema %s: %v", f, name, err)
		}
		if undeclared := spectest.UndeclaredFields(schema, value); len(undeclared) > 0 {
			t.Errorf("%s has properties schema %s lacks: %v", f, name, undeclared)
		}
		// And a broken fixture is caught.
		msg := value["message"].(map[string]any)
		delete(msg, "resourceId")
		if err := schema.Value.VisitJSON(value); err == nil {
			t.Errorf("%s without message.resourceId still matches %s; the check is toothless", f, name)
		}
	}
}

// TestWebhookGeneratedUpToDate regenerates webhook/events_gen.go from the
// spec and compares it with the committed file.
func TestWebhookGeneratedUpToDate(t *testing.T) {
	doc := v3spec.Load(t)
	got, err := eventgen.Generate(doc)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(rootPath("webhook", "events_gen.go"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("webhook/events_gen.go is stale; run go generate ./webhook")
	}
}
