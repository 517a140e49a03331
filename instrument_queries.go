package benchling

import (
	"context"
	"net/http"
	"time"
)

// InstrumentQueriesService reads the queries Benchling Connect sent to
// instruments through their connections, and what the instruments
// answered.
//
// Benchling API tag: Instrument Queries.
type InstrumentQueriesService service

// InstrumentQuery is a query sent to an instrument and its outcome.
type InstrumentQuery struct {
	// Command is the command sent.
	Command string `json:"command,omitempty"`
	// ConnectionID is the connection queried.
	ConnectionID string `json:"connectionId,omitempty"`
	// CreatedAt is when the query was created.
	CreatedAt time.Time `json:"createdAt,omitzero"`
	// ID is the query's ID.
	ID string `json:"id,omitempty"`
	// Info is additional information about the query.
	Info string `json:"info,omitempty"`
	// Params are the query's parameters; their names are the command's.
	Params map[string]any `json:"params,omitempty"`
	// Status is the query's status as the instrument service reports it.
	Status string `json:"status,omitempty"`
	// Values are what the instrument returned; their names are the
	// instrument's.
	Values map[string]any `json:"values,omitempty"`
}

// Get returns the instrument query with the given ID. An unknown ID is an
// error matching ErrNotFound (or ErrBadRequest for a malformed one).
//
// Benchling API: GET /instruments/{instrument_query_id}/query
func (s *InstrumentQueriesService) Get(ctx context.Context, id string) (*InstrumentQuery, *Response, error) {
	return call[InstrumentQuery](ctx, s.c(), http.MethodGet, pathf("instruments/%s/query", id), nil, nil)
}
