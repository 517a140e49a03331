package benchlingtest

import (
	"io"
	"net/http"
	"strings"
)

// handler serves one operation. It runs with Server.mu held and returns
// the status and body to send, or an error response. The request body has
// been read before the lock was taken (call.body): a handler must not read
// c.r.Body.
type handler func(c *call) (int, any, *httpError)

// call is one request being served.
type call struct {
	s    *Server
	st   *store
	r    *http.Request
	user string // ID of the acting user
	id   string // path ID, if any
	id2  string // second path ID (external file)

	body    []byte // the request body, read before Server.mu is taken
	bodyErr error  // why reading it failed
}

func (c *call) actor() userSummary {
	if u := c.st.users.byID[c.user]; u != nil {
		return u.summary()
	}
	return c.st.admin().summary()
}

// route finds the operation for a request and runs it.
func (s *Server) route(w http.ResponseWriter, r *http.Request, userID string) {
	rel, ok := strings.CutPrefix(r.URL.Path, apiPrefix+"/")
	if !ok {
		writeError(w, routeNotFound(r))
		return
	}
	segs := strings.Split(rel, "/")
	head, action, _ := strings.Cut(segs[0], ":")
	c := &call{s: s, r: r, user: userID}
	var h handler
	m := r.Method
	switch len(segs) {
	case 1:
		h = collectionRoute(m, head, action)
	case 2:
		id, act, _ := strings.Cut(segs[1], ":")
		if action != "" || id == "" {
			break
		}
		c.id = id
		h = itemRoute(m, head, act)
	case 3:
		if action == "" && segs[1] != "" && !strings.Contains(segs[1], ":") && m == http.MethodGet && head == "users" {
			c.id = segs[1]
			switch segs[2] {
			case "activity":
				h = getUserActivity
			case "warehouse-credentials":
				h = getUserWarehouseLogins
			}
		}
	case 4:
		if head == "entries" && action == "" && segs[2] == "external-files" && m == http.MethodGet && segs[1] != "" && segs[3] != "" {
			c.id, c.id2 = segs[1], segs[3]
			h = getExternalFileMetadata
		}
	}
	if h == nil {
		writeError(w, routeNotFound(r))
		return
	}
	// Read the body before taking the lock, so a client slow to send it
	// holds up only itself.
	c.body, c.bodyErr = io.ReadAll(io.LimitReader(r.Body, maxBody))
	status, buf, herr := s.serve(h, c)
	if herr != nil {
		writeError(w, herr)
		return
	}
	writeRaw(w, status, buf)
}

// serve runs h with s.mu held and encodes its response under the lock, as
// the body shares data with the store.
func (s *Server) serve(h handler, c *call) (int, []byte, *httpError) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c.st = s.st
	status, body, herr := h(c)
	if herr != nil {
		return 0, nil, herr
	}
	buf, err := encodeJSON(body)
	if err != nil {
		return 0, nil, &httpError{http.StatusInternalServerError, apiError{Type: "server_error", Message: err.Error(), UserMessage: "Internal error."}}
	}
	return status, buf, nil
}

func routeNotFound(r *http.Request) *httpError {
	return &httpError{http.StatusNotFound, apiError{
		Type:        "invalid_request_error",
		Message:     "Route not found: " + r.Method + " " + r.URL.Path,
		UserMessage: "The requested resource was not found.",
	}}
}

func collectionRoute(m, head, action string) handler {
	switch head {
	case "users":
		switch {
		case m == http.MethodGet && action == "":
			return listUsers
		case m == http.MethodPost && action == "":
			return createUser
		case m == http.MethodPost && action == "bulk-create":
			return bulkCreateUsers
		case m == http.MethodPost && action == "bulk-update":
			return bulkUpdateUsers
		}
	case "aa-sequences", "dna-sequences":
		k := aaKind
		if head == "dna-sequences" {
			k = dnaKind
		}
		return seqCollectionRoute(k, m, action)
	case "entries":
		switch {
		case m == http.MethodGet && action == "":
			return listEntries
		case m == http.MethodPost && action == "":
			return createEntry
		case m == http.MethodPost && action == "archive":
			return archiveEntries
		case m == http.MethodPost && action == "unarchive":
			return unarchiveEntries
		case m == http.MethodGet && action == "bulk-get":
			return bulkGetEntries
		}
	case "entry-templates":
		if m == http.MethodGet && action == "" {
			return listEntryTemplates
		}
	}
	return nil
}

func seqCollectionRoute(k *seqKind, m, action string) handler {
	bind := func(f func(*call, *seqKind) (int, any, *httpError)) handler {
		return func(c *call) (int, any, *httpError) { return f(c, k) }
	}
	if m == http.MethodGet {
		switch action {
		case "":
			return bind(listSequences)
		case "bulk-get":
			return bind(bulkGetSequences)
		}
		return nil
	}
	if m != http.MethodPost {
		return nil
	}
	switch action {
	case "":
		return bind(createSequence)
	case "archive":
		return bind(archiveSequences)
	case "unarchive":
		return bind(unarchiveSequences)
	case "bulk-create":
		return bind(bulkCreateSequences)
	case "bulk-update":
		return bind(bulkUpdateSequences)
	case "bulk-upsert":
		return bind(bulkUpsertSequences)
	case "auto-annotate":
		return bind(autoAnnotate)
	case "find-matching-regions":
		return bind(findMatchingRegions)
	}
	if k.dna {
		switch action {
		case "autofill-parts", "autofill-transcriptions", "autofill-translations":
			return bind(autofill)
		case "match-bases":
			return bind(matchSequences)
		case "search-bases":
			return bind(searchSequences)
		case "optimize-codons":
			return bind(optimizeCodons)
		}
		return nil
	}
	switch action {
	case "match-amino-acids":
		return bind(matchSequences)
	case "search-amino-acids":
		return bind(searchSequences)
	case "back-translate":
		return bind(backTranslate)
	}
	return nil
}

func itemRoute(m, head, action string) handler {
	switch head {
	case "users":
		switch {
		case m == http.MethodGet && action == "":
			return getUser
		case m == http.MethodPatch && action == "":
			return updateUser
		}
	case "aa-sequences", "dna-sequences":
		k := aaKind
		if head == "dna-sequences" {
			k = dnaKind
		}
		switch {
		case m == http.MethodGet && action == "":
			return func(c *call) (int, any, *httpError) { return getSequence(c, k) }
		case m == http.MethodPatch && action == "":
			return func(c *call) (int, any, *httpError) { return updateSequence(c, k) }
		case m == http.MethodPatch && action == "upsert":
			return func(c *call) (int, any, *httpError) { return upsertSequence(c, k) }
		}
	case "entries":
		switch {
		case m == http.MethodGet && action == "":
			return getEntry
		case m == http.MethodPatch && action == "":
			return updateEntry
		}
	case "entry-templates":
		switch {
		case m == http.MethodGet && action == "":
			return getEntryTemplate
		case m == http.MethodPatch && action == "":
			return updateEntryTemplate
		}
	case "tasks":
		if m == http.MethodGet && action == "" {
			return getTask
		}
	}
	return nil
}
