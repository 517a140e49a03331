package benchlingtest

import "net/http"

// newTask registers a task and returns the 202 AsyncTaskLink.
func (st *store) newTask(t *task, polls int) (int, any, *httpError) {
	t.id = newUUID(st.rng)
	t.pollsLeft = polls
	st.tasks[t.id] = t
	return http.StatusAccepted, map[string]any{"taskId": t.id}, nil
}

// succeededTask registers a task whose work is done (its effects are
// visible at once) and that reports SUCCEEDED with response after the
// configured number of RUNNING polls.
func (st *store) succeededTask(response any) (int, any, *httpError) {
	return st.newTask(&task{status: "SUCCEEDED", response: response}, st.taskPolls)
}

// failedTask registers a task that reports FAILED with per-item errors.
// Bulk operations are all-or-nothing: nothing was written.
func (st *store) failedTask(message string, errs []itemError) (int, any, *httpError) {
	return st.newTask(&task{status: "FAILED", message: message, errors: errs}, st.taskPolls)
}

func getTask(c *call) (int, any, *httpError) {
	t := c.st.tasks[c.param(0)]
	if t == nil {
		return 0, nil, notFound(c.param(0), "Task")
	}
	if t.pollsLeft > 0 {
		t.pollsLeft--
		return http.StatusOK, map[string]any{"status": "RUNNING"}, nil
	}
	body := map[string]any{"status": t.status}
	switch t.status {
	case "SUCCEEDED":
		r := t.response
		if r == nil {
			r = map[string]any{}
		}
		body["response"] = r
	case "FAILED":
		body["message"] = t.message
		if t.errors != nil {
			body["errors"] = t.errors
		}
	}
	return http.StatusOK, body, nil
}
