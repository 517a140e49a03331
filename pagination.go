package benchling

import (
	"context"
	"encoding/json"
	"fmt"
	"hash/maphash"
	"io"
	"iter"
	"net/url"
	"reflect"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/google/go-querystring/query"
)

// ListOptions are the paging options every list takes, embedded in each
// <Resource>ListOptions. The json tags serve the search and match
// endpoints, which page through the request body.
type ListOptions struct {
	// PageSize is the number of items per page, 1 to 100; 0 means the
	// server's default (50) and sends nothing. ZeroPageSize sends
	// pageSize=0. Any other value is an error before anything is sent.
	PageSize int `url:"pageSize,omitempty" json:"pageSize,omitempty"`
	// NextToken is the token of the page to fetch, from Response.NextToken
	// or Page.NextToken; empty for the first page.
	NextToken string `url:"nextToken,omitempty" json:"nextToken,omitempty"`
}

// MaxPageSize is the largest ListOptions.PageSize Benchling accepts.
const MaxPageSize = 100

// ZeroPageSize, as ListOptions.PageSize, sends pageSize=0, which the spec
// allows (0 to 100): Benchling answers with no items but a NextToken that
// points at the first item (and, on lists that report it,
// Response.ResultCount), for example to count matches without fetching
// them. A PageSize of 0 cannot mean this, because it is the zero value of
// every options struct and means the server's default. Use it with List:
// Pages and All end with ErrRepeatedToken after such a page, whose token
// names the same place again.
const ZeroPageSize = -1

func (o *ListOptions) page() *ListOptions { return o }

// check reports a PageSize the API would reject, before anything is sent.
func (o *ListOptions) check() error {
	if o.PageSize == ZeroPageSize || (o.PageSize >= 0 && o.PageSize <= MaxPageSize) {
		return nil
	}
	return fmt.Errorf("benchling: ListOptions.PageSize %d is outside 1..%d (0 means the server's default, ZeroPageSize sends 0)",
		o.PageSize, MaxPageSize)
}

// pageable is a pointer to an options struct that embeds ListOptions.
type pageable[O any] interface {
	*O
	page() *ListOptions
}

// Page is one page of a list, as a Pages iterator yields it. A job that
// must resume where it stopped (after a crash, a deploy, a deadline)
// saves NextToken once it has processed the page's items, and resumes
// with that token as ListOptions.NextToken: the next Pages call starts
// with the page after this one.
type Page[T any] struct {
	// Items are the page's items, in the server's order.
	Items []*T
	// Token is the token this page was fetched with: empty for the first
	// page (or the caller's ListOptions.NextToken for the first page of a
	// resumed iteration).
	Token string
	// NextToken is the token of the page after this one, empty on the
	// last page: the token to save once the page is processed.
	NextToken string
	// Response is the page's response (rate-limit headers, Result-Count).
	Response *Response
}

// pages turns a one-page list function into an iterator over pages. It
// is lazy (nothing is sent before the loop starts); breaking out of the
// loop stops all further requests; an error is yielded once and ends the
// loop; the caller's options are copied, never mutated; a token the
// server already sent ends the loop with ErrRepeatedToken (see
// tokenCycle for which repetitions are caught when); only one page is
// held in memory; no goroutines are started, unless the client was made
// WithPrefetch (see pagesPrefetch).
func pages[T, O any, P pageable[O]](ctx context.Context, opts P,
	list func(context.Context, P) ([]*T, *Response, error)) iter.Seq2[*Page[T], error] {
	return func(yield func(*Page[T], error) bool) {
		var o O
		if opts != nil {
			o = *opts
		}
		p := P(&o)
		tok := p.page().NextToken
		seen := newTokenCycle(tok) // the caller's starting page counts as seen
		items, resp, err := list(ctx, p)
		for {
			if err != nil {
				yield(nil, err)
				return
			}
			if resp.prefetch {
				pagesPrefetch(ctx, o, list, yield, tok, pageResult[T]{items, resp, nil}, seen)
				return
			}
			next := resp.NextToken
			if !yield(&Page[T]{Items: items, Token: tok, NextToken: next, Response: resp}, nil) {
				return
			}
			if next == "" {
				return
			}
			if seen.repeated(next) {
				yield(nil, repeatedTokenError(next))
				return
			}
			p.page().NextToken, tok = next, next
			items, resp, err = list(ctx, p)
		}
	}
}

// under binds the path parameter of a list under a parent (the memberships
// of one team), so that pages and all can page it: all(ctx, opts,
// under(s.ListMemberships, teamID)).
func under[T, P any](list func(context.Context, string, P) ([]*T, *Response, error), parentID string) func(context.Context, P) ([]*T, *Response, error) {
	return func(ctx context.Context, o P) ([]*T, *Response, error) { return list(ctx, parentID, o) }
}

// all turns a one-page list function into an iterator over every item,
// with the guarantees of pages.
func all[T, O any, P pageable[O]](ctx context.Context, opts P,
	list func(context.Context, P) ([]*T, *Response, error)) iter.Seq2[*T, error] {
	return func(yield func(*T, error) bool) {
		for pg, err := range pages(ctx, opts, list) {
			if err != nil {
				yield(nil, err)
				return
			}
			for i, it := range pg.Items {
				pg.Items[i] = nil // let the page go as the caller moves on
				if !yield(it, nil) {
					return
				}
			}
		}
	}
}

// repeatedTokenError is the error of a list whose server sent a page
// token again; a long token is shortened.
func repeatedTokenError(tok string) error {
	if len(tok) > 64 {
		tok = tok[:64]
		for !utf8.ValidString(tok) {
			tok = tok[:len(tok)-1]
		}
		tok += "..."
	}
	return fmt.Errorf("%w: %q", ErrRepeatedToken, tok)
}

// tokenWindow is how many of the latest page tokens a list iterator
// compares each new token with.
const tokenWindow = 64

// tokenCycle detects a list whose page tokens repeat, which would
// otherwise page for ever, in memory that does not grow with the number
// of pages (it keeps no token, only 64-bit hashes of them):
//
//   - a token equal to one of the last tokenWindow tokens (or to the
//     caller's starting token, while that is among them) ends the
//     iteration at its first repetition, before its page is fetched
//     again;
//   - a longer cycle (the server going round more than tokenWindow
//     pages) is caught by Brent's cycle detection, after at most about
//     twice the cycle's length more pages, which are then yielded again;
//   - a token that comes back after more than tokenWindow other pages
//     without the server being in a cycle (a non-deterministic server)
//     is not caught.
//
// A false alarm needs two different tokens with the same 64-bit hash
// (keyed per iteration): about 1 in 10^16 for a 10,000-page list.
type tokenCycle struct {
	seed   maphash.Seed
	recent [tokenWindow]uint64 // hashes of the latest tokens, a ring
	n      int                 // tokens seen
	saved  uint64              // Brent: the token saved at the last power of two
	power  int                 // Brent: the current power of two
	steps  int                 // Brent: tokens since saved
}

// newTokenCycle starts the detection; start is the caller's starting
// token, empty for none.
func newTokenCycle(start string) *tokenCycle {
	c := &tokenCycle{seed: maphash.MakeSeed(), power: 1}
	if start != "" {
		c.repeated(start)
	}
	return c
}

// repeated reports whether tok repeats a token seen before (as above),
// and records it.
func (c *tokenCycle) repeated(tok string) bool {
	h := maphash.String(c.seed, tok)
	for i := range min(c.n, tokenWindow) {
		if c.recent[i] == h {
			return true
		}
	}
	if c.n > 0 && h == c.saved {
		return true
	}
	if c.n == 0 {
		c.saved = h
	} else if c.steps++; c.steps == c.power {
		c.saved, c.power, c.steps = h, c.power*2, 0
	}
	c.recent[c.n%tokenWindow] = h
	c.n++
	return false
}

// pageResult is one fetched page.
type pageResult[T any] struct {
	items []*T
	resp  *Response
	err   error
}

// pagesPrefetch continues pages from the page first (fetched with the
// token tok; the options o are the iteration's own copy) with at most one
// page fetched ahead: while the caller works through page k, a goroutine
// fetches page k+1. Pages, errors and their order are those of the
// sequential loop. When the loop ends for any reason (break, error, panic
// in the loop body), the fetch ahead is cancelled and waited for.
func pagesPrefetch[T, O any, P pageable[O]](ctx context.Context, o O,
	list func(context.Context, P) ([]*T, *Response, error), yield func(*Page[T], error) bool,
	tok string, first pageResult[T], seen *tokenCycle) {
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
	r := first
	for {
		if r.err != nil {
			yield(nil, r.err)
			return
		}
		next := r.resp.NextToken
		var ahead <-chan pageResult[T]
		repeated := next != "" && seen.repeated(next)
		if next != "" && !repeated {
			P(&o).page().NextToken = next
			ahead = fetch(o)
		}
		if !yield(&Page[T]{Items: r.items, Token: tok, NextToken: next, Response: r.resp}, nil) {
			return
		}
		if next == "" {
			return
		}
		if repeated {
			yield(nil, repeatedTokenError(next))
			return
		}
		r, tok = <-ahead, next
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
// pass their options as query. A PageSize the API would reject is an
// error before anything is sent; ZeroPageSize is sent as pageSize=0.
func list[T any](ctx context.Context, c *Client, method string, r route, key string, query, body any) ([]*T, *Response, error) {
	var err error
	if query, err = pageSizeZero(query, false); err == nil {
		body, err = pageSizeZero(body, true)
	}
	if err != nil {
		return nil, nil, err
	}
	paged := isPageable(query)
	req, err := c.newRequest(ctx, method, r, query, body)
	if err != nil {
		return nil, nil, err
	}
	if paged {
		keepNextToken(req.URL)
	}
	p := &listPage[T]{key: key}
	resp, err := c.do(req, p)
	if err != nil {
		return nil, resp, err
	}
	return p.items, resp, nil
}

// isPageable reports whether v, a list's query options, is a non-nil
// pointer to a struct that embeds ListOptions: the options of a paged
// list (a bulk-get's are not).
func isPageable(v any) bool {
	_, ok := v.(interface{ page() *ListOptions })
	return ok && !isNilPointer(v)
}

// keepNextToken adds nextToken to the returning parameter of a paged
// list's query when returning is set and does not name it. A returning
// projection prunes every key it does not list, the page's nextToken
// included, so without it List would report the last page and All and
// Pages would stop after the first. (Benchling's Python SDK does the same.)
func keepNextToken(u *url.URL) {
	if !strings.Contains(u.RawQuery, "returning=") {
		return
	}
	q := u.Query()
	ret := q.Get("returning")
	if ret == "" {
		return
	}
	for _, f := range strings.Split(ret, ",") {
		if strings.TrimSpace(f) == "nextToken" {
			return
		}
	}
	q.Set("returning", ret+",nextToken")
	u.RawQuery = strings.ReplaceAll(q.Encode(), "+", "%20")
}

// pageSizeZero checks the ListOptions of v, the query options or the
// body of a list (a pointer to a struct that embeds ListOptions, or
// anything else, which is returned as is). For ZeroPageSize it returns
// v's encoding with pageSize=0 in it: url.Values for a query, the JSON
// object for a body.
func pageSizeZero(v any, isBody bool) (any, error) {
	pv, ok := v.(interface{ page() *ListOptions })
	if !ok || isNilPointer(v) {
		return v, nil
	}
	lo := pv.page()
	if err := lo.check(); err != nil {
		return nil, err
	}
	if lo.PageSize != ZeroPageSize {
		return v, nil
	}
	if !isBody {
		q, err := query.Values(v)
		if err != nil {
			return nil, fmt.Errorf("benchling: encoding query: %w", err)
		}
		q.Set("pageSize", "0")
		return q, nil
	}
	b, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("benchling: encoding request body: %w", err)
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("benchling: encoding request body: %w", err)
	}
	m["pageSize"] = json.RawMessage("0")
	return m, nil
}

// isNilPointer reports whether v holds a nil pointer.
func isNilPointer(v any) bool {
	rv := reflect.ValueOf(v)
	return rv.Kind() == reflect.Pointer && rv.IsNil()
}
