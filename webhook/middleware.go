package webhook

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"
)

type rawBodyKey struct{}

// Middleware returns a handler that verifies each request with
// [Verifier.Verify] before calling next.
//
// It reads the whole body (at most the WithMaxBodySize limit, else 413
// Request Entity Too Large). A delivery that fails verification gets 401
// Unauthorized with a short plain-text reason, or 503 Service Unavailable
// when the signing keys cannot be loaded (Benchling retries later); next is
// not called. A verified request reaches next with r.Body replaced by a
// reader over the same raw bytes, which [RawBody] also returns.
func (v *Verifier) Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, v.maxBody))
		if err != nil {
			var tooLarge *http.MaxBytesError
			if errors.As(err, &tooLarge) {
				v.reject(r, w, http.StatusRequestEntityTooLarge, "request body too large", err)
				return
			}
			v.reject(r, w, http.StatusBadRequest, "cannot read request body", err)
			return
		}
		if err := v.Verify(r.Context(), r.Header, body); err != nil {
			status, msg := http.StatusUnauthorized, "invalid webhook signature"
			switch {
			case errors.Is(err, ErrJWKS):
				status, msg = http.StatusServiceUnavailable, "cannot verify webhook now"
			case errors.Is(err, ErrMissingHeader):
				msg = "missing webhook headers"
			case errors.Is(err, ErrInvalidTimestamp), errors.Is(err, ErrTimestampTooOld), errors.Is(err, ErrTimestampTooNew):
				msg = "webhook timestamp rejected"
			}
			v.reject(r, w, status, msg, err)
			return
		}
		r2 := r.WithContext(context.WithValue(r.Context(), rawBodyKey{}, body))
		r2.Body = io.NopCloser(bytes.NewReader(body))
		r2.ContentLength = int64(len(body))
		r2.GetBody = func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(body)), nil }
		next.ServeHTTP(w, r2)
	})
}

// reject writes a plain-text error response and logs err if a logger is set.
func (v *Verifier) reject(r *http.Request, w http.ResponseWriter, status int, msg string, err error) {
	if v.logger != nil {
		v.logger.WarnContext(r.Context(), "webhook: rejected delivery", "status", status, "error", err)
	}
	http.Error(w, msg, status)
}

// RawBody returns the raw body of a request that passed
// [Verifier.Middleware], or nil for any other request (or a nil one). Pass
// it to [Parse].
// The slice is shared: do not modify it.
func RawBody(r *http.Request) []byte {
	if r == nil {
		return nil
	}
	b, _ := r.Context().Value(rawBodyKey{}).([]byte)
	return b
}
