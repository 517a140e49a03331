package benchling_test

import (
	"context"
	"fmt"
	"log"

	"github.com/benchling-go/benchling"
	"github.com/benchling-go/benchling/benchlingtest"
)

// ExampleRnaOligosService_Create creates an RNA oligo and reads its bases
// and HELM; DnaOligos and RnaOligos return the same Oligo type.
func ExampleRnaOligosService_Create() {
	srv, err := benchlingtest.Start()
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	client, err := srv.Client()
	if err != nil {
		log.Fatal(err)
	}

	o, _, err := client.RnaOligos.Create(context.Background(), &benchling.RnaOligoCreate{
		EntityCreateBase: benchling.EntityCreateBase{
			Name:     "miR-21 mimic",
			FolderID: benchling.Ptr(srv.FolderID()),
		}, Bases: benchling.Ptr("UAGCUUAUC"),
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(o.NucleotideType, o.Bases, o.Helm)
	// Output:
	// RNA UAGCUUAUC RNA1{r(U)p.r(A)p.r(G)p.r(C)p.r(U)p.r(U)p.r(A)p.r(U)p.r(C)p}$$$$V2.0
}
