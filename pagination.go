package benchling

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"iter"
	"sync"
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
// in memory; no goroutines are started, unless the client was made
// WithPrefetch (see allPrefetch).
func all[T, O any, P pageable[O]](ctx context.Context, opts P,
	list func(context.Context, P) ([]*T, *Response, error)) iter.Seq2[*T, error] {
	return func(yield func(*T, error) bool) {
		var o O
		if opts != nil {
			o = *opts
		}
		p := P(&o)
		seen := map[string]struct{}{}
		if o := p.page().NextToken; o != "" {
			seen[o] = struct{}{} // the caller's starting page
		}
		for {
			items, resp, err := list(ctx, p)
			if err != nil {
				yield(nil, err)
				return
			}
			if resp.prefetch {
				allPrefetch(ctx, o, list, yield, pageResult[T]{items, resp, nil}, seen)
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

// pageResult is one fetched page.
type pageResult[T any] struct {
	items []*T
	resp  *Response
	err   error
}

// allPrefetch continues all from the page first (fetched with options o)
// with at most one page fetched ahead: while the caller consumes page k, a
// goroutine fetches page k+1. Items, errors and their order are those of
// the sequential loop. When the loop ends for any reason (break, error,
// panic in the loop body), the fetch ahead is cancelled and waited for.
func allPrefetch[T, O any, P pageable[O]](ctx context.Context, o O,
	list func(context.Context, P) ([]*T, *Response, error), yield func(*T, error) bool,
	first pageResult[T], seen map[string]struct{}) {
	ctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	defer wg.Wait() // runs after cancel
	defer cancel()
	fetch := func(o O) <-chan pageResult[T] { // o is this fetch's own copy
		ch := make(chan pageResult[T], 1)
		wg.Add(1)
		go func() {
			defer wg.Done()
			items, resp, err := list(ctx, P(&o))
			ch <- pageResult[T]{items, resp, err}
		}()
		return ch
	}
	firstCh := make(chan pageResult[T], 1)
	firstCh <- first
	var cur <-chan pageResult[T] = firstCh
	for {
		r := <-cur
		if r.err != nil {
			yield(nil, r.err)
			return
		}
		var next <-chan pageResult[T]
		tok := r.resp.NextToken
		if tok != "" {
			if _, ok := seen[tok]; !ok {
				seen[tok] = struct{}{}
				P(&o).page().NextToken = tok
				next = fetch(o)
			}
		}
		for i, it := range r.items {
			r.items[i] = nil
			if !yield(it, nil) {
				return
			}
		}
		if tok == "" {
			return
		}
		if next == nil {
			yield(nil, fmt.Errorf("%w: %q", ErrRepeatedToken, tok))
			return
		}
		cur = next
	}
}

// listPage decodes a list envelope {"<key>": [...], "nextToken": "..."}
// without buffering the body twice.
type listPage[T any] struct {
	key   string
	items []*T
}

func (p *listPage[T]) decodeBody(r io.Reader, resp *Response) error {
	p.items = nil // a retried attempt decodes again from the start
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
			if err := p.decodeItems(dec); err != nil {
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
	if err := expectEOF(dec); err != nil {
		return err
	}
	if !found {
		return fmt.Errorf("the response has no %q list", p.key)
	}
	return nil
}

// decodeItems decodes the list one item at a time, so that the decoder
// buffers one item rather than the whole page (see
// BenchmarkBenchDecodePeakHeap). A null list is an empty one, as
// decoding it into a slice gives.
func (p *listPage[T]) decodeItems(dec *json.Decoder) error {
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	if tok == nil {
		p.items = nil
		return nil
	}
	if d, ok := tok.(json.Delim); !ok || d != '[' {
		return fmt.Errorf("expected a JSON array, got %v", tok)
	}
	p.items = p.items[:0]
	for dec.More() {
		var it *T
		if err := dec.Decode(&it); err != nil {
			return err
		}
		p.items = append(p.items, it)
	}
	_, err = dec.Token() // the closing ']'
	return err
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
