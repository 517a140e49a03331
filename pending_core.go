package benchling

import (
	"context"
	"fmt"
	"io"
	"net/http"
)

// TEMPORARY: route.needIDs is cov-11a's (not on main yet) and
// route.idempotent belongs beside harden-retry's route.readOnly; this
// file goes when those branches reach main.

// needIDs makes r invalid, with ErrInvalidID, when ids is empty or has an
// ID that PathEscapeID would reject.
func (r route) needIDs(what string, ids []string) route {
	if r.err != nil {
		return r
	}
	if len(ids) == 0 {
		r.err = fmt.Errorf("%w: /%s needs at least one ID in %s", ErrInvalidID, r.path, what)
		return r
	}
	for _, id := range ids {
		if why := idProblem(id); why != "" {
			r.err = fmt.Errorf("%w %q in %s of /%s: %s", ErrInvalidID, id, what, r.path, why)
			return r
		}
	}
	return r
}

// idempotent marks r as an endpoint where re-sending a request has the
// effect of sending it once (placeholder until readOnly's mark exists).
func (r route) idempotent() route { return r }

// callRaw sends a GET to r and copies a 2xx body into w (placeholder
// until harden-retry's Do into an io.Writer reaches main: main's core
// caps it at the JSON body limit).
func callRaw(ctx context.Context, c *Client, r route, w io.Writer) (*Response, error) {
	req, err := c.newRequest(ctx, http.MethodGet, r, nil, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Accept", "*/*")
	return c.do(req, rawSink{w})
}

type rawSink struct{ w io.Writer }

func (s rawSink) decodeBody(r io.Reader, _ *Response) error {
	_, err := io.Copy(s.w, r)
	return err
}
