package benchling_test

import (
	"context"
	"fmt"
	"log"
	"net/http"
	"net/http/httptest"

	"github.com/benchling-go/benchling"
)

// ExampleDropdownsService_ByName finds a dropdown by name and the option
// to set a dropdown field to.
func ExampleDropdownsService_ByName() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/v2/dropdowns", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"dropdowns":[{"id":"sfso_9Oi3Ja5m","name":"Resistance"},{"id":"sfso_Lx02Hd8a","name":"Host"}],"nextToken":""}`)
	})
	mux.HandleFunc("GET /api/v2/dropdowns/sfso_9Oi3Ja5m", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"id":"sfso_9Oi3Ja5m","name":"Resistance","archiveRecord":null,"options":[
			{"id":"sfs_9cGQIqS3","name":"Ampicillin","archiveRecord":null},
			{"id":"sfs_k2Lm0Qa1","name":"Kanamycin","archiveRecord":{"reason":"Retired"}},
			{"id":"sfs_Zz81qPlm","name":"Kanamycin","archiveRecord":null}]}`)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	client, err := benchling.NewClient(srv.URL, benchling.WithAPIKey("key"))
	if err != nil {
		log.Fatal(err)
	}

	dd, err := client.Dropdowns.ByName(context.Background(), "Resistance")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(dd.ID, len(dd.Options), "options")
	kan := dd.Option("Kanamycin") // the unarchived one
	fields := benchling.Fields{"Resistance": {Value: benchling.StringValue(kan.ID)}}
	v, _ := fields["Resistance"].Value.AsString()
	fmt.Println(v)
	// Output:
	// sfso_9Oi3Ja5m 3 options
	// sfs_Zz81qPlm
}

// ExampleDropdownsService_Update adds an option to a dropdown and renames
// another, then archives one.
func ExampleDropdownsService_Update() {
	mux := http.NewServeMux()
	mux.HandleFunc("PATCH /api/v2/dropdowns/sfso_9Oi3Ja5m", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"id":"sfso_9Oi3Ja5m","name":"Resistance","options":[
			{"id":"sfs_9cGQIqS3","name":"Ampicillin (100 ug/mL)"},{"id":"sfs_Pq7Rt2Vb","name":"Chloramphenicol"}]}`)
	})
	mux.HandleFunc("POST /api/v2/dropdowns/sfso_9Oi3Ja5m/options:archive", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"dropdownOptionIds":["sfs_Pq7Rt2Vb"]}`)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	client, err := benchling.NewClient(srv.URL, benchling.WithAPIKey("key"))
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()

	dd, _, err := client.Dropdowns.Update(ctx, "sfso_9Oi3Ja5m", []benchling.DropdownOptionUpdate{
		{ID: benchling.Ptr("sfs_9cGQIqS3"), Name: "Ampicillin (100 ug/mL)"}, // renamed
		{Name: "Chloramphenicol"}, // new
	})
	if err != nil {
		log.Fatal(err)
	}
	for _, o := range dd.Options {
		fmt.Println(o.ID, o.Name)
	}
	change, _, err := client.Dropdowns.ArchiveOptions(ctx, dd.ID, &benchling.DropdownOptionsArchive{
		DropdownOptionIDs: []string{dd.Option("Chloramphenicol").ID},
		Reason:            benchling.ArchiveReasonMadeInError,
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("archived", change.DropdownOptionIDs)
	// Output:
	// sfs_9cGQIqS3 Ampicillin (100 ug/mL)
	// sfs_Pq7Rt2Vb Chloramphenicol
	// archived [sfs_Pq7Rt2Vb]
}
