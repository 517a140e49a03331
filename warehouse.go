package benchling

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"time"
)

// WarehouseService creates credentials for the Benchling warehouse, the
// tenant's data in a PostgreSQL database that SQL clients connect to.
//
// Benchling API tag: Warehouse.
type WarehouseService service

// WarehouseCredentialsCreate is the body of
// WarehouseService.CreateCredentials.
type WarehouseCredentialsCreate struct {
	// ExpiresIn is how long the credentials work, in seconds: 1 to 3599
	// (only temporary credentials can be made).
	ExpiresIn int `json:"expiresIn"`
}

// WarehouseCredentials are temporary credentials for the warehouse,
// authenticating as the user (or app) that made them. They are secret:
// String, GoString, Format and LogValue leave the password out, so that
// printing or logging them does not leak it; read Password itself to
// connect.
type WarehouseCredentials struct {
	// ExpiresAt is when new connections stop being accepted; connections
	// open then are not closed.
	ExpiresAt time.Time `json:"expiresAt,omitzero"`
	// Password is the password to connect with.
	Password string `json:"password,omitempty"`
	// Username is the user name to connect with.
	Username string `json:"username,omitempty"`
}

// String describes the credentials without their password.
func (c WarehouseCredentials) String() string {
	return fmt.Sprintf("WarehouseCredentials{Username: %q, Password: [redacted], ExpiresAt: %s}",
		c.Username, c.ExpiresAt.Format(time.RFC3339))
}

// GoString is String, for %#v.
func (c WarehouseCredentials) GoString() string { return c.String() }

// Format prints String for every verb (%v, %+v, %s, %q...), so that no
// verb prints the password.
func (c WarehouseCredentials) Format(f fmt.State, verb rune) {
	s := c.String()
	if verb == 'q' {
		s = fmt.Sprintf("%q", s)
	}
	_, _ = fmt.Fprint(f, s)
}

// LogValue logs the credentials without their password.
func (c WarehouseCredentials) LogValue() slog.Value {
	return slog.GroupValue(slog.String("username", c.Username), slog.String("password", "[redacted]"),
		slog.Time("expiresAt", c.ExpiresAt))
}

// CreateCredentials creates temporary credentials for the warehouse that
// authenticate as the caller, for body.ExpiresIn seconds. A tenant without
// a warehouse, or an ExpiresIn outside 1..3599, is an error matching
// ErrBadRequest. Each call makes new credentials: a failed request whose
// outcome is unknown is not retried.
//
// Benchling API: POST /warehouse-credentials
func (s *WarehouseService) CreateCredentials(ctx context.Context, body *WarehouseCredentialsCreate) (*WarehouseCredentials, *Response, error) {
	return call[WarehouseCredentials](ctx, s.c(), http.MethodPost, pathf("warehouse-credentials"), nil, body)
}
