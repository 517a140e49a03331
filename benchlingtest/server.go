// Package benchlingtest is an in-memory fake Benchling tenant for tests.
//
// A Server speaks the Benchling REST API v2 on a loopback address for the
// Users, AA Sequences, DNA Sequences, Entries, Tasks, Schemas, Dropdowns,
// Folders, Projects, Organizations, Teams, RNA Sequences, DNA Oligos, RNA
// Oligos, Oligos, Feature Libraries, Nucleotide Alignments, DNA
// Alignments, Codon Usage Tables, Enzymes, Custom Notations, Custom
// Entities, Molecules, Mixtures, Monomers, Entities, Registry, Blobs,
// Files, Datasets, Data Frames, Exports, Instrument Queries, Connect, Assay
// Results, Assay Runs, Lab Automation, Containers, Boxes, Plates,
// Locations, Inventory, Label Templates, Printers, Workflow Tasks, Workflow
// Outputs, Workflow Task Groups, Workflow Flowcharts, Workflow Flowchart
// Config Versions, Legacy Requests, Legacy Workflows, Apps, Events, Audit
// and Warehouse operations, with Benchling's semantics: Benchling-style IDs
// (ent_, prtn_, seq_, etr_, tmpl_, lib_, src_, ts_, sfso_, team_,
// featlib_, feat_, seqanl_, bfi_, mol_, mxt_, mon_, file_, dataset_,
// dset_, aif_, aop_, aft_, con_, box_, plt_, loc_, lbltmp_, print_,
// wftask_, wfout_, prs_, wffc_, req_, reqtsk_, reqffm_, sgrp_, wfw_,
// app_, cnvs_, sesn_, aci_, evt_; task, blob, assay result and run UUIDs),
// opaque page tokens that stay
// consistent while items are added, the spec's filters and sorts,
// Result-Count where the spec declares it, archiving with reasons,
// registration, upserts by registry ID, asynchronous bulk operations that
// return a task (all-or-nothing, with per-item errors), and Benchling's
// error bodies. Every response body matches the official OpenAPI spec.
//
// Where an operation computes something, the fake answers plausibly and
// simplifies (each resource's doc comment says how):
//   - alignments place each input where it matches best without gaps, on
//     either strand, rather than run MAFFT or Clustal Omega (whose options
//     are checked, then ignored), and read files as FASTA or plain bases
//     only (a binary trace fails the task);
//   - auto-annotate of RNA sequences looks for the nucleotide features of
//     the libraries on the forward strand (U and T alike); autofill of
//     parts and translations changes nothing;
//   - RNA sequences and oligos derive their HELM from their bases, read a
//     custom notation in writes (the seeded "Oligo order syntax"), and
//     answer customNotation and customNotationName as null;
//   - custom notations, codon usage tables and enzymes are seeded, fixed
//     catalogs (the API cannot create them);
//   - the deprecated /oligos operations serve the DNA oligos, and
//     /dna-alignments the nucleotide alignments;
//   - molecules' and monomers' structures are read by a small SMILES and
//     V2000 molfile reader (unknown elements, unbalanced branches and
//     unclosed rings are a 400): canonicalizedSmiles is the SMILES as
//     given (a molfile's is written from its graph), the substructure
//     filters match the SMILES text, a monomer's weights come from its
//     atoms and its type from its number of attachment points;
//   - a mixture's parent is the mixture another field links to, and the
//     target amounts of its inherited ingredients scale the parent's by
//     the two mixtures' amounts; allowMeasuredIngredients is false;
//   - registration follows the naming strategy (registry IDs from names,
//     new IDs numbered by the schema's prefix (PLS001; by the kind's, CE001,
//     for a schema without a prefix or one the tenant does not have), names
//     from the schema's name template for the *_FROM_PARTS strategies),
//     and a registered entity leaves its folder; the tenant's registry is
//     owned by an organization of its own;
//   - the inventory keeps Benchling's rules (a box or plate position
//     holds one container; a transfer moves quantity, converting units,
//     and a source holding too little is a 400; archiving a location, box
//     or plate archives what it holds; barcodes are unique per registry;
//     restricted containers are a 403 to others) and simplifies:
//     concentrations mix by volume when they share units (else they are
//     not tracked), the fake has no batches, locations have no capacity,
//     archived containers keep their positions, a container's contents
//     show their entities as of the container's last inventory write, and
//     printing labels only records the job (Server.PrintJobs); label
//     templates and printers are added by tests (Add "label-templates",
//     "label-printers"), as the API cannot create them;
//   - workflow tasks change status only along their schema's lifecycle
//     (an unknown or disallowed status is a 400), copy with their fields
//     and assignee, and are never executed or part of a flowchart unless
//     a test adds them so; flowcharts and config versions are read-only
//     (SeedWorkflowFlowchart);
//   - legacy requests follow their sample groups' execution
//     (IN_PROGRESS, then COMPLETED when every group ended); the
//     fulfillments execution records have no entry, so only added ones
//     are listed; a request's response lists the ended groups' samples
//     and no assay results; legacy workflows are read-only but for their
//     name, description and project (SeedLegacyWorkflow,
//     AddLegacyWorkflowStageRun), and the deprecated /workflows paths
//     serve the same data.
//
// The fake serves every operation of the spec (POST /token as the OAuth
// token endpoint). Were an operation of the spec not served, it would
// answer 501 with an error of type "benchlingtest_unsupported" naming the
// operation ("benchlingtest does not serve listBenchlingApps (GET
// /apps)"), never a 404 a test could take for "not found"; paths that
// are not Benchling's are a 404. Server.Handle serves any operation with
// a test's own handler, ahead of the fake's.
//
// A page token is the sort key of the last item listed, so the next page
// is everything after it: tokens stay consistent while items are added.
// Sorting by modifiedAt (the default sort) can skip or repeat an item
// modified during paging, as modifying it moves it in that order; Benchling
// most likely behaves the same. Sort by createdAt or name to page a
// collection that is being modified.
//
// In a test:
//
//	srv := benchlingtest.NewServer(t)
//	ids := srv.SeedAaSequences(250)
//	client, err := srv.Client(benchling.WithoutRetries())
//
// Seed data with the Seed* helpers (realistic content, fast: 100,000
// sequences in well under a second), the Add* helpers, or Add, which takes
// SDK models or maps for any collection and keeps what they give,
// timestamps and creators included. WithDataClock sets the clock of the
// data's timestamps; WithRequestClock the clock of rate-limit windows and
// token expiry.
//
// The server authenticates requests like Benchling: HTTP Basic with
// srv.APIKey as user name, or an OAuth bearer token from POST
// /api/v2/token with srv.ClientID and srv.ClientSecret. Tests can switch
// on failure scenarios at any time, also while clients are running:
// RejectAPIKey (401), Forbid (403), SetRateLimit (429), SetLatency,
// InjectFault (any status, or a dropped connection), and they can inspect
// what the server saw with Requests and RequestCount.
//
// Where the fake simplifies Benchling: schemas are read-only, as in the
// API, and defined by tests (Add, SeedSchemas); a field that the item's
// schema defines takes the definition's type and isMulti (a dropdown
// shows its option's name), other fields a type guessed from the value,
// and no value is checked against its definition (nor is a required field
// required). As in Benchling, a write must name a schema the tenant has,
// of the right kind: a registry entity (custom entity, AA/DNA/RNA
// sequence, DNA or RNA oligo, molecule, mixture) whose schemaId names no
// entity schema, or one of another kind (a custom entity with a DNA
// sequence schema), is a 400, as is an entry whose schemaId names no
// entry schema, or an inventory item, request, workflow task group or
// assay result or run whose schemaId names no schema of its kind. A test
// adds the schemas its items name first (Add("entity-schemas", ...),
// SeedSchemas). Only items stored with Add or a Seed helper may name a
// schema the tenant does not have: they get a made-up schema name
// ("Schema ts_..."). A dropdown update keeps the options it leaves out.
// Archiving a folder or project cascades to the items of the kinds an
// archival change lists (AA and DNA
// sequences, custom entities, entries, mixtures, oligos, protocols) and
// leaves other kinds as they are. The API cannot create organizations or
// projects, so tests add them (Add, AddMembership); the caller acts as a
// tenant admin, so membership operations are never forbidden. Schema,
// dropdown, organization and membership lists take the engine's default
// order (modifiedAt, newest first), folders too unless sorted.
//
// Blobs, files, data frames and exports keep their bytes in the tenant's
// cloud storage: a second loopback server, another host as S3 is, that
// serves the pre-signed URLs the API hands out (signed, expiring after 15
// minutes for blob downloads and an hour otherwise, with Range support).
// Like S3 it refuses a request that carries an Authorization header, and
// StorageRequests lists what it received, so a test can check that a
// client never sends its Benchling credential there. Blobs have
// Benchling's multipart semantics: MD5 checks (a wrong one is a 400),
// parts of at least 5 MiB but the last, ETags, a part number uploaded
// again replacing its part, completion assembling the listed parts
// without copying them, abort discarding them. Simplified there: the
// direct blob download redirects (302) as Benchling does, or answers the
// bytes with WithDirectBlobDownloads; data frame columns are inferred from
// the CSV's values and no Parquet is written (rowDataFormat=parquet serves
// the CSV's bytes under a .parquet name); an export is a small HTML or PDF
// rendering of the item in a ZIP; Connect's conversions know a fixed list
// of vendors and no instrument formats (convert-to-asm makes a skeleton
// ASM document with a measurement per line of the input, convert-to-csv
// writes an ASM document's measurements, or a JSON document flattened into
// path, value rows, ignoring the mapperConfig); there are no connections,
// studies, automation files or origins (originIds matches nothing); a
// file needs a filename with a supported extension; instrument queries
// exist only when a test adds them.
//
// Assay results and runs are checked against their schema's field
// definitions (a missing required field, an unknown field or a value of
// the wrong type is a 400); result transactions keep their results
// invisible until committed, and an abort discards them. Result tables of
// entries are not modelled (a bulk-create's tableId is accepted and
// ignored); archiving a result or an output processor without a reason
// uses "Archived" and "Other". Lab automation computes plausible results:
// generating an input file writes a one-row CSV blob; processing an output
// file reads it as a CSV whose columns are the fields of an assay result
// schema and creates a result per row (see lab_automation.go). Every
// generator and processor has one transform step.
//
// The tenant has a Benchling App of its own (AppID), the one its OAuth
// client credentials belong to. App canvases store and return their blocks
// as the same JSON values they were given (not the same bytes: keys come
// back sorted, numbers as float64), a block of a kind the spec does not know included
// (the exchanges carrying one are left out of the contract recordings, as
// they are outside the spec); SetCanvasValue enters a value as a user
// would. Sessions keep their messages and status, time out by the data
// clock, and enforce Benchling's limits (message count and length,
// references per message, timeout range, no update once closed).
// Configuration items are typed by kind: a value must fit its item's type.
// Simplified there: no app manifest (items have no description), and no
// webhook is sent when users interact with a canvas.
//
// The engine records every change a request makes to an item, for every
// resource, in one place: each item's audit log (POST
// /audit/log/{object_id} exports it as CSV or a one-page PDF) and, where
// the spec has an event type for the change, GET /events:
// v2.entity.registered when an entity of any kind is registered; the
// created and updated events of entries, legacy requests, assay runs,
// workflow task groups, tasks and outputs; lab automation's transform
// status, generator completed and processor uploaded and completed
// events. The spec has no event type for an archive or for an
// unregistered entity's creation; seeding records nothing. Warehouse credentials are made up (there is no
// warehouse to connect to).
//
// The fake keeps its own representation of Benchling's resources (JSON
// documents served by a generic resource engine, see CONTRIBUTING.md); it
// does not depend on the SDK's model types, so it can check any client.
package benchlingtest

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"math"
	"net/http"
	"net/http/httptest"
	"path"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/internal/contract"
)

// apiPrefix is where the API lives on the server.
const apiPrefix = "/api/v2"

// Server is a fake Benchling tenant listening on a loopback address. All
// its methods are safe for concurrent use, also while clients send
// requests.
//
// List tokens stay consistent while items are added; sorting by
// modifiedAt can skip or repeat an item modified during paging.
type Server struct {
	// URL is the tenant's base URL, for example http://127.0.0.1:41234.
	// The API lives at URL + "/api/v2".
	URL string
	// APIKey is the API key the server accepts (as the user name of HTTP
	// Basic authentication, with an empty password).
	APIKey string
	// ClientID and ClientSecret are the OAuth client credentials the
	// server accepts at POST /api/v2/token.
	ClientID, ClientSecret string

	ts *httptest.Server

	mu         sync.Mutex
	st         *store
	routes     routeTable // the fake's own operations
	userRoutes routeTable // Handle's, guarded by mu
	requestNow func() time.Time

	// scenarios, guarded by mu
	apiKeyRejected bool
	forbidden      []forbidRule
	rateLimit      int
	rateWindow     time.Duration
	rateEnforced   bool
	windowStart    time.Time
	windowCount    int
	latency        time.Duration
	faults         []*faultRule
	requests       []Request
	tokens         map[string]time.Time // access token -> expiry
	tokenLifetime  time.Duration

	// storage is the cloud storage of pre-signed URLs (storage.go).
	storage             *httptest.Server
	storageLog          []StorageRequest // guarded by mu
	directBlobDownloads bool
}

// ServerOption configures a Server in NewServer or Start.
type ServerOption func(*config)

type config struct {
	tokenLifetime time.Duration
	taskPolls     int
	seed          uint64
	dataNow       func() time.Time
	requestNow    func() time.Time
	testName      string // for the contract recordings
	directBlobs   bool
}

// WithTokenLifetime sets how long the OAuth access tokens from POST
// /api/v2/token stay valid (default 15 minutes, Benchling's). A request
// with an expired token gets 401, so a short lifetime exercises a
// client's token refresh. expires_in is reported in whole seconds,
// rounded up.
func WithTokenLifetime(d time.Duration) ServerOption {
	return func(c *config) { c.tokenLifetime = d }
}

// WithTaskPolls sets how many times GET /tasks/{task_id} reports a new
// task as RUNNING before it reports the outcome (default 1: RUNNING on the
// first poll, SUCCEEDED or FAILED from the second on). Zero makes tasks
// complete at once.
func WithTaskPolls(n int) ServerOption {
	return func(c *config) {
		if n >= 0 {
			c.taskPolls = n
		}
	}
}

// WithSeed sets the seed of the generator behind IDs and seeded content,
// so that two servers with the same seed and the same calls produce the
// same IDs. The default seed is fixed; pass different seeds to make
// servers' IDs differ.
func WithSeed(seed uint64) ServerOption {
	return func(c *config) { c.seed = seed }
}

// WithDataClock makes the server read the time it writes into the
// tenant's data from now: createdAt and modifiedAt of what requests and
// seeding create or change, registration times, the dates of new
// entries. Times the server hands out are still strictly increasing, so
// a frozen clock gives items microseconds apart. The default is time.Now.
// To seed items with given timestamps, pass them to Add instead.
func WithDataClock(now func() time.Time) ServerOption {
	return func(c *config) {
		if now != nil {
			c.dataNow = now
		}
	}
}

// WithRequestClock makes the server read the time of requests from now:
// rate-limit windows (SetRateLimit), OAuth token expiry, a user's
// lastSeen activity and the expiry of download URLs. The default is
// time.Now. It is separate from WithDataClock so that data dated in the
// past does not freeze rate-limit windows.
func WithRequestClock(now func() time.Time) ServerOption {
	return func(c *config) {
		if now != nil {
			c.requestNow = now
		}
	}
}

// WithDirectBlobDownloads makes GET /blobs/{blob_id}/download answer 200
// with the blob's bytes, which the spec declares too, instead of
// Benchling's 302 redirect to a pre-signed URL.
func WithDirectBlobDownloads() ServerOption {
	return func(c *config) { c.directBlobs = true }
}

// NewServer starts a fake tenant on a loopback address and closes it when
// the test ends (t.Cleanup). It fails the test if the server cannot start.
func NewServer(t testing.TB, opts ...ServerOption) *Server {
	t.Helper()
	opts = append(opts[:len(opts):len(opts)], func(c *config) { c.testName = t.Name() })
	s, err := Start(opts...)
	if err != nil {
		t.Fatalf("benchlingtest: %v", err)
	}
	t.Cleanup(s.Close)
	return s
}

// Start starts a fake tenant on a loopback address, for programs outside
// tests. The caller must call Close.
func Start(opts ...ServerOption) (*Server, error) {
	cfg := config{tokenLifetime: 15 * time.Minute, taskPolls: 1, seed: 0x62656e63686c696e, dataNow: time.Now, requestNow: time.Now}
	for _, o := range opts {
		if o != nil {
			o(&cfg)
		}
	}
	s := &Server{
		APIKey:        "sk_fake_" + randomHex(12),
		ClientID:      "fake-client-" + randomHex(6),
		ClientSecret:  "cs_fake_" + randomHex(16),
		rateLimit:     60,
		rateWindow:    30 * time.Second,
		tokens:        map[string]time.Time{},
		tokenLifetime: cfg.tokenLifetime,
		routes:        routeTable{},
		userRoutes:    routeTable{},
		requestNow:    cfg.requestNow,

		directBlobDownloads: cfg.directBlobs,
	}
	for _, r := range resources {
		s.serveResource(r)
	}
	for i := range extraRoutes {
		s.routes.add(&extraRoutes[i])
	}
	// Contract hook: with BENCHLING_CONTRACT_DIR set, every exchange is
	// recorded for the tools module's spec checks (internal/contract).
	s.ts = httptest.NewUnstartedServer(contract.Handler(contract.SourceFake, cfg.testName, http.HandlerFunc(s.serveHTTP)))
	s.ts.Start()
	s.URL = s.ts.URL
	s.st = newStore(s.URL, cfg.seed, cfg.dataNow)
	s.st.taskPolls = cfg.taskPolls
	// The storage of pre-signed URLs is another host (port), as S3 is;
	// its exchanges are no API operations, so they are not recorded.
	s.storage = httptest.NewServer(http.HandlerFunc(s.serveStorage))
	s.st.storageBase = s.storage.URL
	return s, nil
}

// Close shuts the server down, closing any open connections. It is safe
// to call more than once.
func (s *Server) Close() {
	s.ts.CloseClientConnections()
	s.ts.Close()
	s.storage.CloseClientConnections()
	s.storage.Close()
}

// Client returns a benchling.Client wired to the server with its API key;
// opts are appended to that configuration.
//
// The client keeps the SDK's default retry policy (up to 5 retries with
// backoff from one second), which slows down tests that provoke 429s or
// 5xx responses. Pass benchling.WithoutRetries() to turn retries off, or
// a policy with millisecond backoffs to exercise them quickly, such as
// benchling.WithRetryPolicy(benchling.RetryPolicy{MinBackoff:
// time.Millisecond, MaxBackoff: 10 * time.Millisecond}) (zero fields keep
// their defaults, so this still retries 5 times). Once SetRateLimit is on,
// the SDK also paces requests by the x-rate-limit-* headers, as it does
// against Benchling: a request waits for the window the server reports,
// however short the backoffs.
func (s *Server) Client(opts ...benchling.Option) (*benchling.Client, error) {
	all := append([]benchling.Option{benchling.WithAPIKey(s.APIKey)}, opts...)
	return benchling.NewClient(s.URL, all...)
}

// RejectAPIKey makes the server answer every request authenticated with
// the API key with 401, as Benchling does for a revoked key. AcceptAPIKey
// undoes it.
func (s *Server) RejectAPIKey() {
	s.mu.Lock()
	s.apiKeyRejected = true
	s.mu.Unlock()
}

// AcceptAPIKey undoes RejectAPIKey.
func (s *Server) AcceptAPIKey() {
	s.mu.Lock()
	s.apiKeyRejected = false
	s.mu.Unlock()
}

// ExpireTokens makes every OAuth access token issued so far invalid, as if
// they had expired; requests that use one get 401.
func (s *Server) ExpireTokens() {
	s.mu.Lock()
	clear(s.tokens)
	s.mu.Unlock()
}

type forbidRule struct{ method, prefix string }

// Forbid makes requests whose method is method ("" for any) and whose
// path starts with pathPrefix get 403 with Benchling's permission error.
// pathPrefix is relative to the API base ("/aa-sequences") or absolute
// ("/api/v2/aa-sequences"); "/aa-sequences" also covers
// "/aa-sequences:archive". Unforbid removes all such rules.
func (s *Server) Forbid(method, pathPrefix string) {
	s.mu.Lock()
	s.forbidden = append(s.forbidden, forbidRule{strings.ToUpper(method), apiPath(pathPrefix)})
	s.mu.Unlock()
}

// Unforbid removes every rule Forbid added.
func (s *Server) Unforbid() {
	s.mu.Lock()
	s.forbidden = nil
	s.mu.Unlock()
}

// SetRateLimit enforces a limit of n requests per window, as Benchling
// does (its default is 60 requests per 30 seconds): the server counts
// every request in a fixed window that starts with the first request
// after it ends, and answers requests over the limit with 429 and
// Benchling's "Rate limit exceeded." body. Every response then carries
// x-rate-limit-limit, x-rate-limit-remaining and x-rate-limit-reset
// (whole seconds left in the window, rounded up). Until SetRateLimit is
// called the server neither limits nor sends those headers, so that tests
// are never slowed by the SDK's pacing. n <= 0 turns it off again.
func (s *Server) SetRateLimit(n int, window time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if n <= 0 || window <= 0 {
		s.rateEnforced = false
		s.rateLimit, s.rateWindow = 60, 30*time.Second
	} else {
		s.rateEnforced = true
		s.rateLimit, s.rateWindow = n, window
	}
	s.windowStart, s.windowCount = time.Time{}, 0
}

// SetLatency delays every response by d (zero for none). The delay ends
// early when the client gives up on the request.
func (s *Server) SetLatency(d time.Duration) {
	s.mu.Lock()
	s.latency = d
	s.mu.Unlock()
}

// Fault is a failure InjectFault makes the server produce.
type Fault struct {
	// Status is the HTTP status to answer with, for example 503. The
	// body is Body, or else a Benchling-style error body.
	Status int
	// Body, if not empty, is sent as the response body (as JSON).
	Body string
	// Header holds extra response headers, for example Retry-After.
	Header http.Header
	// DropConnection makes the server close the connection without any
	// response instead, as a crashed proxy would.
	DropConnection bool
	// Times is how many matching requests get the fault; zero means all of
	// them until ClearFaults.
	Times int
}

type faultRule struct {
	method, pattern string
	fault           Fault
	left            int // remaining uses; <0 for unlimited
}

// InjectFault makes requests whose method is method ("" for any) and whose
// path matches pathPattern fail as f says. pathPattern is a path.Match
// pattern relative to the API base or absolute, for example
// "/aa-sequences:bulk-create" or "/aa-sequences/*" ("*" does not cross
// "/"); "" matches every path. Faults are checked in the order they were
// injected, before authentication; a request that gets a fault does not
// reach the tenant's data.
func (s *Server) InjectFault(method, pathPattern string, f Fault) {
	left := f.Times
	if left <= 0 {
		left = -1
	}
	pat := ""
	if pathPattern != "" {
		pat = apiPath(pathPattern)
	}
	s.mu.Lock()
	s.faults = append(s.faults, &faultRule{strings.ToUpper(method), pat, f, left})
	s.mu.Unlock()
}

// ClearFaults removes every fault InjectFault added.
func (s *Server) ClearFaults() {
	s.mu.Lock()
	s.faults = nil
	s.mu.Unlock()
}

// Request is one request the server received.
type Request struct {
	// Method is the HTTP method.
	Method string
	// Path is the URL path, unescaped, relative to the API base, for
	// example "/aa-sequences:bulk-create" ("/token" for OAuth).
	Path string
	// Query is the raw query string.
	Query string
	// Status is the status the server answered with (0 for a dropped
	// connection).
	Status int
}

// Requests returns the requests the server has received so far, oldest
// first.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.requests...)
}

// RequestCount returns how many requests with the given method ("" for
// any) and path (relative to the API base or absolute, without query) the
// server has received.
func (s *Server) RequestCount(method, p string) int {
	p = strings.TrimPrefix(apiPath(p), apiPrefix)
	method = strings.ToUpper(method)
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, r := range s.requests {
		if (method == "" || r.Method == method) && r.Path == p {
			n++
		}
	}
	return n
}

// ResetRequests forgets the requests received so far.
func (s *Server) ResetRequests() {
	s.mu.Lock()
	s.requests = nil
	s.mu.Unlock()
}

// apiPath turns a path relative to the API base into an absolute one.
func apiPath(p string) string {
	if strings.HasPrefix(p, apiPrefix+"/") || p == apiPrefix {
		return p
	}
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	return apiPrefix + p
}

func randomHex(n int) string {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		panic(err) // crypto/rand never fails on supported platforms
	}
	return hex.EncodeToString(b)
}

// statusRecorder remembers the status a handler wrote.
type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (w *statusRecorder) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusRecorder) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

// serveHTTP runs the scenario layers, then the API.
func (s *Server) serveHTTP(w http.ResponseWriter, r *http.Request) {
	rel := strings.TrimPrefix(r.URL.Path, apiPrefix)
	if !strings.HasPrefix(r.URL.Path, apiPrefix+"/") {
		rel = r.URL.Path
	}
	rec := &statusRecorder{ResponseWriter: w}
	s.mu.Lock()
	idx := len(s.requests)
	s.requests = append(s.requests, Request{Method: r.Method, Path: rel, Query: r.URL.RawQuery})
	latency := s.latency
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		if idx < len(s.requests) && s.requests[idx].Method == r.Method && s.requests[idx].Path == rel {
			s.requests[idx].Status = rec.status
		}
		s.mu.Unlock()
	}()

	if latency > 0 {
		t := time.NewTimer(latency)
		select {
		case <-t.C:
		case <-r.Context().Done():
			t.Stop()
			return
		}
	}

	// Rate limit: when SetRateLimit has switched it on, counted for every
	// request and reported on every response.
	s.mu.Lock()
	now := s.requestNow()
	if s.windowStart.IsZero() || !now.Before(s.windowStart.Add(s.rateWindow)) {
		s.windowStart, s.windowCount = now, 0
	}
	s.windowCount++
	limit, count, enforced := s.rateLimit, s.windowCount, s.rateEnforced
	reset := int(math.Ceil(s.windowStart.Add(s.rateWindow).Sub(now).Seconds()))
	fault := s.takeFault(r.Method, r.URL.Path)
	s.mu.Unlock()
	if enforced {
		h := w.Header()
		h.Set("x-rate-limit-limit", strconv.Itoa(limit))
		h.Set("x-rate-limit-remaining", strconv.Itoa(max(0, limit-count)))
		h.Set("x-rate-limit-reset", strconv.Itoa(max(reset, 0)))
	}
	if enforced && count > limit {
		writeJSON(rec, http.StatusTooManyRequests, errorBody{Error: apiError{
			Type: "invalid_request_error", Message: "Rate limit exceeded.", UserMessage: "Rate limit exceeded.",
		}})
		return
	}

	if fault != nil {
		contract.Skip(r) // an injected answer, not the fake's: not contract-checked
		s.applyFault(rec, r, fault)
		return
	}

	if r.Method == http.MethodPost && r.URL.Path == apiPrefix+"/token" {
		s.serveToken(rec, r)
		return
	}
	user, ok := s.authenticate(r)
	if !ok {
		writeJSON(rec, http.StatusUnauthorized, errorBody{Error: apiError{
			Type:        "invalid_request_error",
			Message:     "Unauthorized: the API key or access token is missing, invalid, or expired.",
			UserMessage: "Invalid API key or access token.",
		}})
		return
	}
	if s.isForbidden(r.Method, r.URL.Path) {
		writeJSON(rec, http.StatusForbidden, errorBody{Error: apiError{
			Type:        "invalid_request_error",
			Message:     "Forbidden: you do not have permission to perform this action.",
			UserMessage: "You do not have permission to perform this action.",
			InvalidID:   lastSegmentID(r.URL.Path),
		}})
		return
	}
	s.route(rec, r, user)
}

// takeFault returns the first fault matching the request, using it up.
// The caller holds s.mu.
func (s *Server) takeFault(method, p string) *Fault {
	for i, f := range s.faults {
		if f.method != "" && f.method != method {
			continue
		}
		if f.pattern != "" {
			if ok, _ := path.Match(f.pattern, p); !ok {
				continue
			}
		}
		ft := f.fault
		if f.left > 0 {
			f.left--
			if f.left == 0 {
				s.faults = append(s.faults[:i:i], s.faults[i+1:]...)
			}
		}
		return &ft
	}
	return nil
}

func (s *Server) applyFault(w *statusRecorder, r *http.Request, f *Fault) {
	if f.DropConnection {
		hj, ok := w.ResponseWriter.(http.Hijacker)
		if !ok {
			panic(http.ErrAbortHandler)
		}
		conn, _, err := hj.Hijack()
		if err == nil {
			_ = conn.Close()
		}
		return
	}
	for k, vs := range f.Header {
		for _, v := range vs {
			w.Header().Add(k, v)
		}
	}
	status := f.Status
	if status == 0 {
		status = http.StatusServiceUnavailable
	}
	if f.Body != "" {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		_, _ = w.Write([]byte(f.Body))
		return
	}
	text := http.StatusText(status)
	writeJSON(w, status, errorBody{Error: apiError{
		Type: "server_error", Message: fmt.Sprintf("%s (fault injected by benchlingtest).", text), UserMessage: text + ".",
	}})
}

func (s *Server) isForbidden(method, p string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, f := range s.forbidden {
		if (f.method == "" || f.method == method) && strings.HasPrefix(p, f.prefix) {
			return true
		}
	}
	return false
}

// authenticate checks the request's credentials and returns the ID of
// the user acting.
func (s *Server) authenticate(r *http.Request) (string, bool) {
	authz := r.Header.Get("Authorization")
	s.mu.Lock()
	defer s.mu.Unlock()
	if tok, ok := strings.CutPrefix(authz, "Bearer "); ok {
		exp, found := s.tokens[tok]
		if !found || !s.requestNow().Before(exp) {
			delete(s.tokens, tok)
			return "", false
		}
		s.st.lastSeen[s.st.adminID] = s.requestNow().UTC()
		return s.st.adminID, true
	}
	user, _, ok := r.BasicAuth()
	if !ok || s.apiKeyRejected || user != s.APIKey {
		return "", false
	}
	s.st.lastSeen[s.st.adminID] = s.requestNow().UTC()
	return s.st.adminID, true
}

// serveToken implements POST /api/v2/token (OAuth client credentials).
func (s *Server) serveToken(w http.ResponseWriter, r *http.Request) {
	oauthErr := func(status int, typ, msg string) {
		writeJSON(w, status, errorBody{Error: apiError{Type: typ, Message: msg, UserMessage: msg}})
	}
	if err := r.ParseForm(); err != nil {
		oauthErr(http.StatusBadRequest, "invalid_request", "The request body is not a valid form.")
		return
	}
	id, secret, ok := r.BasicAuth()
	if !ok {
		id, secret = r.PostForm.Get("client_id"), r.PostForm.Get("client_secret")
	}
	switch gt := r.PostForm.Get("grant_type"); {
	case gt == "":
		oauthErr(http.StatusBadRequest, "invalid_request", "Missing grant_type.")
		return
	case gt != "client_credentials":
		oauthErr(http.StatusBadRequest, "unsupported_grant_type", "Unsupported grant_type: only client_credentials is supported.")
		return
	}
	if id != s.ClientID || secret != s.ClientSecret {
		oauthErr(http.StatusUnauthorized, "invalid_client", "Invalid client credentials.")
		return
	}
	tok := "fake_at_" + randomHex(20)
	s.mu.Lock()
	life := s.tokenLifetime
	s.tokens[tok] = s.requestNow().Add(life)
	s.mu.Unlock()
	writeJSON(w, http.StatusOK, map[string]any{
		"access_token": tok,
		"token_type":   "Bearer",
		"expires_in":   int(math.Ceil(life.Seconds())),
	})
}

// addResource makes a running server serve one more resource (the
// engine's tests describe resources of their own).
func (s *Server) addResource(r *resource) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.st.colls[r.path] = &collection{res: r, byID: map[string]*item{}}
	for _, rt := range r.routes() {
		rt.testOnly = true
		s.routes.add(&rt)
	}
}

// serveResource adds a resource's operations to the server's routes.
func (s *Server) serveResource(r *resource) {
	for _, rt := range r.routes() {
		s.routes.add(&rt)
	}
}

// lastSegmentID returns the ID in a path like /api/v2/aa-sequences/prtn_x,
// or "" when the path names a collection.
func lastSegmentID(p string) string {
	segs := strings.Split(strings.TrimPrefix(p, apiPrefix+"/"), "/")
	if len(segs) < 2 {
		return ""
	}
	id, _, _ := strings.Cut(segs[1], ":")
	return id
}
