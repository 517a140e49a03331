package benchling

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"iter"
)

// ListOptions are the paging options every list takes, embedded in each
// <Resource>ListOptions. The json tags serve the search and match
// endpoints, which page through the request body.
type ListOptions struct {
	// PageSize is the number of items per page, 0 to 100; zero means the
	// server's default (50).
	PageSize int `url:"pageSize,omitempty" json:"pageSize,omitempty"`
	// NextToken is the token of the page to fetch, from Response.NextToken;
	// empty for the first page.
	NextToken string `url:"nextToken,omitempty" json:"nextToken,omitempty"`
}

func (o *ListOptions) page() *ListOptions { return o }

// pageable is a pointer to an options struct that embeds ListOptions.
type pageable[O any] interface {
	*O
	page() *ListOptions
}

// all turns a one-page list function into an iterator over every item. It
// is lazy (nothing is sent before the loop starts); breaking out of the
// loop stops all further requests; an error is yielded once and ends the
// loop; the caller's options are copied, never mutated; a token the server
// already sent ends the loop with ErrRepeatedToken; only one page is held
// in memory; no goroutines are started.
func all[T, O any, P pageable[O]](ctx context.Context, opts P,
	list func(context.Context, P) ([]*T, *Response, error)) iter.Seq2[*T, error] {
	return func(yield func(*T, error) bool) {
		var o O
		if opts != nil {
			o = *opts
		}
		p := P(&o)
		seen := map[string]struct{}{}
		for {
			items, resp, err := list(ctx, p)
			if err != nil {
				yield(nil, err)
				return
			}
			for i, it := range items {
				items[i] = nil // let the page go as the caller moves on
				if !yield(it, nil) {
					return
				}
			}
			tok := resp.NextToken
			if tok == "" {
				return
			}
			if _, ok := seen[tok]; ok {
				yield(nil, fmt.Errorf("%w: %q", ErrRepeatedToken, tok))
				return
			}
			seen[tok] = struct{}{}
			p.page().NextToken = tok
		}
	}
}

// listPage decodes a list envelope {"<key>": [...], "nextToken": "..."}
// without buffering the body twice.
type listPage[T any] struct {
	key   string
	items []*T
}

func (p *listPage[T]) decodeBody(r io.Reader, resp *Response) error {
	dec := json.NewDecoder(r)
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return fmt.Errorf("expected a JSON object, got %v", tok)
	}
	found := false
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		switch key, _ := tok.(string); key {
		case p.key:
			found = true
			if err := dec.Decode(&p.items); err != nil {
				return fmt.Errorf("decoding %q: %w", p.key, err)
			}
		case "nextToken":
			var s *string
			if err := dec.Decode(&s); err != nil {
				return fmt.Errorf("decoding \"nextToken\": %w", err)
			}
			if s != nil {
				resp.NextToken = *s
			}
		default:
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return err
			}
		}
	}
	if _, err := dec.Token(); err != nil {
		return err
	}
	if !found {
		return fmt.Errorf("the response has no %q list", p.key)
	}
	return nil
}

// list sends one list request and returns the items under key, setting
// resp.NextToken. Lists that page through the body pass body; the others
// pass their options as query.
func list[T any](ctx context.Context, c *Client, method string, r route, key string, query, body any) ([]*T, *Response, error) {
	req, err := c.newRequest(ctx, method, r, query, body)
	if err != nil {
		return nil, nil, err
	}
	p := &listPage[T]{key: key}
	resp, err := c.do(req, p)
	if err != nil {
		return nil, resp, err
	}
	return p.items, resp, nil
}
