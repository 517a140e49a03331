package benchlingtest

import (
	"fmt"
	"net/http"
)

// The Datasets tag: /datasets. A dataset links a data frame, which must
// exist (createDataset's description); study_ids are accepted and not
// kept (the fake has no studies). originIds matches nothing.

var datasets = &resource{
	path: "datasets", noun: "Dataset", prefix: "dataset_", listKey: "datasets",
	doc: map[string]any{
		"archiveRecord": nil, "createdAt": "", "creator": nil, "customFields": map[string]any{}, "dataFrameId": "",
		"displayId": "", "folderId": "", "id": "", "modifiedAt": "", "name": "",
	},
	server:       []string{"id", "createdAt", "modifiedAt", "creator"},
	list:         &listOp{filters: dataListFilters, custom: map[string]filter{"originIds": matchNothing}, listing: true},
	get:          true,
	create:       body("customFields:object dataFrameId:string folderId:string name:string study_ids:[]string?"),
	createStatus: http.StatusOK,
	update:       body("customFields:object folderId:string name:string"),
	archive:      &archiveOp{idsKey: "datasetIds", reasons: dataArchiveReasons},
	keys:         map[string]keyFunc{"study_ids": ignoreKey},
	validate: func(w *write) string {
		if w.creating() {
			id := strAt(w.body, "dataFrameId")
			if id == "" {
				return "dataFrameId is required: create the data frame first"
			}
			if w.st.coll("data-frames").byID[id] == nil {
				return fmt.Sprintf("data frame %s not found", id)
			}
			if strAt(w.body, "name") == "" {
				return "name is required"
			}
		}
		return ""
	},
	fill: func(w *write) {
		if strAt(w.doc, "displayId") == "" {
			w.st.displaySeq++
			w.doc["displayId"] = fmt.Sprintf("DATASET%d", w.st.displaySeq)
		}
	},
}
