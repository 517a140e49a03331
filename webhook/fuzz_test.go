package webhook

import (
	"errors"
	"reflect"
	"testing"
)

// FuzzParseSignatureHeader checks that any header value yields either DER
// signatures or a *VerificationError for a malformed or signature-less
// header, never a panic. Seeds: testdata/fuzz/FuzzParseSignatureHeader.
func FuzzParseSignatureHeader(f *testing.F) {
	f.Add("v1der,MEUCIQDTGa5b3kLrjVDm2Yv4ZCmJDX7fYeJ3kQc2a5TEEtVb7QIgRPm2Qz7Wm9JHdSGd1L9kSNPfmNKz8QYZYtHrTxH3H7w=")
	f.Add("v1,abc v1der,")
	f.Add("")
	f.Fuzz(func(t *testing.T, h string) {
		sigs, err := parseSignatureHeader(h)
		if err != nil {
			var ve *VerificationError
			if !errors.As(err, &ve) || (ve.Reason != ErrMalformedSignature && ve.Reason != ErrNoSignature) {
				t.Fatalf("parseSignatureHeader(%q) = %v, want a *VerificationError with a signature reason", h, err)
			}
			if sigs != nil {
				t.Fatalf("parseSignatureHeader(%q) returned signatures with an error", h)
			}
			return
		}
		if len(sigs) == 0 || len(sigs) > maxSignatures {
			t.Fatalf("parseSignatureHeader(%q) = %d signatures", h, len(sigs))
		}
		for _, s := range sigs {
			if !isDERSignature(s) {
				t.Fatalf("parseSignatureHeader(%q) returned a non-DER signature %x", h, s)
			}
		}
	})
}

// FuzzParse checks that any body yields an envelope with a message or an
// error wrapping ErrInvalidPayload, never a panic. Seeds:
// testdata/fuzz/FuzzParse.
func FuzzParse(f *testing.F) {
	f.Add(testBody)
	f.Add([]byte(`{"message":{"type":"v3.project.updated","properties":["name"]}}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		env, err := Parse(body)
		if err != nil {
			if !errors.Is(err, ErrInvalidPayload) || env != nil {
				t.Fatalf("Parse(%q) = %v, %v; want nil and ErrInvalidPayload", body, env, err)
			}
			return
		}
		if env.Message == nil {
			t.Fatalf("Parse(%q) returned no message and no error", body)
		}
		if _, unknown := env.Message.(*UnknownMessage); !unknown && newMessage(env.Message.Type()) == nil {
			t.Fatalf("Parse(%q): typed message %T for unknown type %q", body, env.Message, env.Message.Type())
		}
		// What the spec requires is there.
		if env.Message.Type() == "" || env.Version == "" || env.BaseURL == "" || env.TenantID == "" || env.App.ID == "" || env.AppDefinition.VersionNumber == "" {
			t.Fatalf("Parse(%q) = %+v without an error; a required property is empty", body, env)
		}
		if ev := reflect.ValueOf(env.Message).Elem().FieldByName("Event"); ev.IsValid() {
			if e := ev.Interface().(Event); e.ID == "" || e.ResourceID == "" || e.Stability == "" {
				t.Fatalf("Parse(%q) = %+v without an error; a required message property is empty", body, e)
			}
		}
	})
}
