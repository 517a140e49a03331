package webhook_test

import (
	"strings"
	"testing"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/webhook"
)

// TestWebhookBaseURLMeetsClient checks that an envelope's BaseURL, as
// Benchling sends it, makes a client with benchling.NewClient directly, and
// that Envelope.APIBaseURL is that client's BaseURL (they differed by
// /api/v2 with nothing to go from one to the other).
func TestWebhookBaseURLMeetsClient(t *testing.T) {
	for _, tc := range []struct{ baseURL, want string }{
		{"https://mytenant.benchling.com", "https://mytenant.benchling.com/api/v2"},
		{"https://mytenant.benchling.com/", "https://mytenant.benchling.com/api/v2"},
		{"https://MyTenant.Benchling.com", "https://mytenant.benchling.com/api/v2"},
		{"HTTPS://mytenant.benchling.com", "https://mytenant.benchling.com/api/v2"},
		{"https://mytenant.benchling.com:8443", "https://mytenant.benchling.com:8443/api/v2"},
		{"https://mytenant.benchling.com/api/v2", "https://mytenant.benchling.com/api/v2"},
		{"https://mytenant.benchling.com/api/v2/", "https://mytenant.benchling.com/api/v2"},
		{"http://127.0.0.1:41234", "http://127.0.0.1:41234/api/v2"},
	} {
		env := &webhook.Envelope{BaseURL: tc.baseURL}
		if got := env.APIBaseURL(); got != tc.want {
			t.Errorf("APIBaseURL() for %q = %q, want %q", tc.baseURL, got, tc.want)
		}
		client, err := benchling.NewClient(env.BaseURL, benchling.WithAPIKey("sk_test"))
		if err != nil {
			t.Errorf("benchling.NewClient(%q) = %v", env.BaseURL, err)
			continue
		}
		if client.BaseURL() != env.APIBaseURL() {
			t.Errorf("NewClient(%q).BaseURL() = %q, APIBaseURL() = %q", env.BaseURL, client.BaseURL(), env.APIBaseURL())
		}
		back := &webhook.Envelope{BaseURL: strings.TrimSuffix(client.BaseURL(), "/api/v2")}
		if back.APIBaseURL() != client.BaseURL() {
			t.Errorf("round trip through the client: %q, want %q", back.APIBaseURL(), client.BaseURL())
		}
	}
	// Not an absolute URL with an empty path: no API base URL.
	for _, bad := range []string{"", "mytenant", "mytenant.benchling.com", "https://mytenant.benchling.com/other",
		"https://mytenant.benchling.com?x=1", "https://u:p@mytenant.benchling.com", "://x", "https://"} {
		if got := (&webhook.Envelope{BaseURL: bad}).APIBaseURL(); got != "" {
			t.Errorf("APIBaseURL() for %q = %q, want \"\"", bad, got)
		}
	}
}
