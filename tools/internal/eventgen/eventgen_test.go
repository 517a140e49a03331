package eventgen

import (
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
)

// minimalSpec is a one-webhook spec in the shape of Benchling's; tests
// break it in different ways.
const minimalSpec = `
openapi: 3.1.0
info: {title: t, version: "1"}
paths: {}
webhooks:
  v3.thing.created:
    post:
      operationId: Thing.Created
      summary: Thing created
      description: Sent when a Thing is created.
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: '#/components/schemas/ThingCreatedWebhookEnvelopeV3'}
      responses:
        '200': {description: ok}
components:
  schemas:
    WebhookEnvelopeBaseV0:
      type: object
      properties: {version: {type: string}}
    V3EventBase:
      type: object
      properties: {id: {type: string}, type: {type: string}}
    OtherBase:
      type: object
      properties: {id: {type: string}}
    ThingCreatedWebhookEnvelopeV3:
      allOf:
      - $ref: '#/components/schemas/WebhookEnvelopeBaseV0'
      - type: object
        properties:
          message: {$ref: '#/components/schemas/ThingCreatedWebhookV3'}
    ThingCreatedWebhookV3:
      allOf:
      - $ref: '#/components/schemas/V3EventBase'
      - type: object
        properties:
          type: {type: string, enum: [v3.thing.created]}
`

func loadSpec(t *testing.T, src string) *openapi3.T {
	t.Helper()
	doc, err := openapi3.NewLoader().LoadFromData([]byte(src))
	if err != nil {
		t.Fatalf("loading test spec: %v", err)
	}
	return doc
}

func TestEventgenMinimal(t *testing.T) {
	src, err := Generate(loadSpec(t, minimalSpec))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`EventThingCreated = "v3.thing.created"`,
		"type ThingCreated struct{ Event }",
		"case EventThingCreated:\n\t\treturn new(ThingCreated)",
		`EventThingCreated: {"ThingCreatedWebhookEnvelopeV3", "ThingCreatedWebhookV3"}`,
		"// Sent when a Thing is created.",
	} {
		if !strings.Contains(string(src), want) {
			t.Errorf("generated source lacks %q:\n%s", want, src)
		}
	}
}

func TestEventgenRejectsUnknownShapes(t *testing.T) {
	tests := map[string][2]string{
		"unknown base":       {"$ref: '#/components/schemas/V3EventBase'\n      - type: object\n        properties:\n          type:", "$ref: '#/components/schemas/OtherBase'\n      - type: object\n        properties:\n          type:"},
		"enum mismatch":      {"enum: [v3.thing.created]", "enum: [v3.other.created]"},
		"bad operationId":    {"operationId: Thing.Created", "operationId: thing-created"},
		"inline body schema": {"schema: {$ref: '#/components/schemas/ThingCreatedWebhookEnvelopeV3'}", "schema: {type: object}"},
		"extra message prop": {"type: {type: string, enum: [v3.thing.created]}", "type: {type: string, enum: [v3.thing.created]}\n          size: {type: integer}"},
	}
	for name, edit := range tests {
		t.Run(name, func(t *testing.T) {
			if !strings.Contains(minimalSpec, edit[0]) {
				t.Fatalf("test spec lacks %q", edit[0])
			}
			doc := loadSpec(t, strings.Replace(minimalSpec, edit[0], edit[1], 1))
			if src, err := Generate(doc); err == nil {
				t.Errorf("Generate() succeeded, want an error:\n%s", src)
			}
		})
	}
}
