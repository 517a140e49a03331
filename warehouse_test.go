package benchling

import (
	"bytes"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"testing"
)

// TestWarehouse exercises CreateCredentials with the spec's fixtures.
func TestWarehouse(t *testing.T) {
	runSpecCases(t, []specCase{
		{name: "CreateCredentials", op: "createWarehouseCredentials", pattern: "POST /warehouse-credentials", status: http.StatusOK,
			call: func(t *testing.T, c *Client) (any, error) {
				cr, _, err := c.Warehouse.CreateCredentials(testCtx(t), reqFixture[WarehouseCredentialsCreate](t, "createWarehouseCredentials"))
				if err == nil && (cr.Password != "9YC122LzxKW1Uq2q" || cr.Username != "u$lpasteur_az") {
					t.Errorf("credentials = %q / %q", cr.Username, cr.Password)
				}
				return cr, err
			}},
	})
}

// TestWarehouseCredentialsNeverPrintThePassword: no fmt verb and no slog
// handler shows the password; Password itself still holds it.
func TestWarehouseCredentialsNeverPrintThePassword(t *testing.T) {
	const secret = "9YC122LzxKW1Uq2q"
	c := WarehouseCredentials{Username: "u$lpasteur_az", Password: secret}
	for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q", "%x", "%X", "%d", "%T %v"} {
		for _, v := range []any{c, &c, []WarehouseCredentials{c}, map[string]*WarehouseCredentials{"c": &c}} {
			if s := fmt.Sprintf(verb, v); strings.Contains(s, secret) || strings.Contains(s, fmt.Sprintf("%x", secret)) {
				t.Errorf("%s of %T printed the password: %s", verb, v, s)
			}
		}
	}
	if s := fmt.Sprint(c); !strings.Contains(s, "u$lpasteur_az") || !strings.Contains(s, "[redacted]") {
		t.Errorf("String() = %s", s)
	}
	for _, h := range []func(*bytes.Buffer) slog.Handler{
		func(b *bytes.Buffer) slog.Handler { return slog.NewTextHandler(b, nil) },
		func(b *bytes.Buffer) slog.Handler { return slog.NewJSONHandler(b, nil) },
	} {
		var buf bytes.Buffer
		slog.New(h(&buf)).Info("made", "creds", c, "ptr", &c)
		if strings.Contains(buf.String(), secret) || !strings.Contains(buf.String(), "u$lpasteur_az") {
			t.Errorf("log: %s", buf.String())
		}
	}
}
