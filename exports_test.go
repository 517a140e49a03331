package benchling

import (
	"net/http"
	"testing"
)

func TestExportsCreate(t *testing.T) {
	env := setup(t)
	link := serveSpec(t, env, "POST /exports", "exportItem", http.StatusAccepted, nil, true)
	result := `{"downloadURL": "https://s3.example.com/exports/etr_1X1AlQPD.zip?X-Amz-Signature=abc"}`
	env.mux.HandleFunc("GET /tasks/taskId", serveJSON(t, http.MethodGet, http.StatusOK, `{"status": "SUCCEEDED", "response": `+result+`}`))
	l, _, err := env.client.Exports.Create(testCtx(t), specRequest[ExportItemRequest](t, "exportItem"))
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, link, l)
	got, err := l.Wait(testCtx(t))
	if err != nil {
		t.Fatal(err)
	}
	wantRoundTrip(t, []byte(result), got)
}
