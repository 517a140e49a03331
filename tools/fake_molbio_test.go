package tools

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/url"
	"slices"
	"testing"
	"time"
)

// TestFakeMolecularBiologyOperationsMatchSpec drives the fake tenant
// through every operation of the RNA Sequences, DNA Oligos, RNA Oligos,
// Oligos, Feature Libraries, Nucleotide Alignments, DNA Alignments,
// Codon Usage Tables, Enzymes and Custom Notations tags with plain
// net/http, checks each request against the spec and validates every
// response strictly (task responses' items against their schemas too),
// errors included.
func TestFakeMolecularBiologyOperationsMatchSpec(t *testing.T) {
	a := newAPITester(t)
	srv := a.srv
	srv.SetRateLimit(1_000_000, time.Minute) // on, so every response carries the headers
	folder, registry := srv.FolderID(), srv.RegistryID()
	addEntitySchemas(t, srv, "ts_mrna:rna_sequence", "ts_oligo:dna_oligo", "ts_rnaoligo:rna_oligo")
	response := func(tk map[string]any) map[string]any { r, _ := tk["response"].(map[string]any); return r }

	// --- Catalogs ---
	notes := a.do("listCustomNotations", "GET", "/custom-notations?pageSize=5", nil, 200)
	notation := str(list(notes, "customNotations")[0].(map[string]any), "id")
	a.do("listCodonUsageTables", "GET", "/codon-usage-tables?sort=name:desc&nameIncludes=coli", nil, 200)
	a.do("listEnzymes", "GET", "/enzymes?names.anyOf=EcoRI,BamHI&pageSize=1", nil, 200)
	a.do("!listEnzymes", "GET", "/enzymes?sort=modifiedAt", nil, 400)

	// --- Feature libraries ---
	lib := a.do("createFeatureLibrary", "POST", "/feature-libraries", map[string]any{"name": "Common features", "description": "Promoters and tags"}, 201)
	libID := str(lib, "id")
	a.do("listFeatureLibraries", "GET", "/feature-libraries?sort=name:asc&returning=featureLibraries.id", nil, 200)
	a.do("getFeatureLibrary", "GET", "/feature-libraries/"+libID, nil, 200)
	a.do("getFeatureLibrary", "GET", "/feature-libraries/featlib_nope", nil, 404)
	a.do("updateFeatureLibrary", "PATCH", "/feature-libraries/"+libID, map[string]any{"description": "Promoters, tags, terminators"}, 200)
	a.do("updateFeatureLibrary", "PATCH", "/feature-libraries/featlib_nope", map[string]any{"name": "x"}, 404)
	a.do("createFeatureLibrary", "POST", "/feature-libraries", map[string]any{"name": "x", "description": "y", "organizationId": "org_nope"}, 400)
	feat := a.do("createFeature", "POST", "/features", map[string]any{"name": "lac operator", "featureLibraryId": libID, "featureType": "protein_bind",
		"matchType": "nucleotide", "pattern": "AATTGTGAGCGGATAACAATT", "color": "#F58A5E"}, 201)
	featID := str(feat, "id")
	a.do("createFeature", "POST", "/features", map[string]any{"name": "bad", "featureLibraryId": libID, "featureType": "t", "matchType": "nucleotide", "pattern": "ACGJ"}, 400)
	a.do("getFeature", "GET", "/features/"+featID, nil, 200)
	a.do("getFeature", "GET", "/features/feat_nope", nil, 404)
	a.do("updateFeature", "PATCH", "/features/"+featID, map[string]any{"featureType": nil, "name": "lacO"}, 200)
	a.do("updateFeature", "PATCH", "/features/feat_nope", map[string]any{"name": "x"}, 404)
	fbc := a.waitTask(a.do("bulkCreateFeatures", "POST", "/features:bulk-create", map[string]any{"features": []any{
		map[string]any{"name": "His6", "featureLibraryId": libID, "featureType": "tag", "matchType": "protein", "pattern": "HHHHHH"},
	}}, 202), "SUCCEEDED")
	a.checkItems("Feature", list(response(fbc), "features"))
	a.waitTask(a.do("bulkCreateFeatures", "POST", "/features:bulk-create", map[string]any{"features": []any{
		map[string]any{"name": "x", "featureLibraryId": "featlib_nope", "featureType": "tag", "matchType": "protein", "pattern": "HH"},
	}}, 202), "FAILED")
	a.do("listFeatures", "GET", "/features?featureLibraryId="+libID+"&matchType=protein", nil, 200)
	a.do("!listFeatures", "GET", "/features?matchType=rna", nil, 400)

	// --- RNA sequences ---
	rna := a.do("createRNASequence", "POST", "/rna-sequences", map[string]any{"name": "GFP mRNA", "bases": "GGGAAAUUGUGAGCGGAUAACAAUUCCACCAUGG",
		"folderId": folder, "schemaId": "ts_mrna", "annotations": []any{map[string]any{"name": "5' UTR", "start": 0, "end": 6, "strand": 1, "type": "5'UTR"}},
		"translations": []any{map[string]any{"start": 27, "end": 33, "strand": 1}}}, 201)
	rnaID := str(rna, "id")
	a.do("createRNASequence", "POST", "/rna-sequences", map[string]any{"name": "bad", "bases": "ACGT", "folderId": folder}, 400)
	a.do("createRNASequence", "POST", "/rna-sequences", map[string]any{"name": "in a notation", "customNotation": "rArCmGmU", "customNotationId": notation, "folderId": folder}, 201)
	a.do("getRNASequence", "GET", "/rna-sequences/"+rnaID+"?returning=id,bases&customNotationId="+notation, nil, 200)
	a.do("getRNASequence", "GET", "/rna-sequences/seq_nope", nil, 404)
	a.do("updateRNASequence", "PATCH", "/rna-sequences/"+rnaID, map[string]any{"aliases": []string{"eGFP mRNA"}}, 200)
	a.do("listRNASequences", "GET", "/rna-sequences?pageSize=1&schemaId=ts_mrna&customNotationId="+notation, nil, 200)
	a.do("listRNASequences", "GET", "/rna-sequences?customNotationId=sntx_nope", nil, 400)
	a.do("archiveRNASequences", "POST", "/rna-sequences:archive", map[string]any{"rnaSequenceIds": []string{rnaID}, "reason": "Retired"}, 200)
	a.do("unarchiveRNASequences", "POST", "/rna-sequences:unarchive", map[string]any{"rnaSequenceIds": []string{rnaID}}, 200)
	a.waitTask(a.do("autoAnnotateRnaSequences", "POST", "/rna-sequences:auto-annotate", map[string]any{"rnaSequenceIds": []string{rnaID}, "featureLibraryIds": []string{libID}}, 202), "SUCCEEDED")
	if anns := list(a.do("getRNASequence", "GET", "/rna-sequences/"+rnaID, nil, 200), "annotations"); len(anns) != 2 {
		t.Errorf("auto-annotate: %d annotations, want the lac operator's too", len(anns))
	}
	a.waitTask(a.do("autofillRNASequenceParts", "POST", "/rna-sequences:autofill-parts", map[string]any{"rnaSequenceIds": []string{rnaID}}, 202), "SUCCEEDED")
	a.waitTask(a.do("autofillRNASequenceTranslations", "POST", "/rna-sequences:autofill-translations", map[string]any{"rnaSequenceIds": []string{rnaID}}, 202), "SUCCEEDED")
	rbc := a.waitTask(a.do("bulkCreateRNASequences", "POST", "/rna-sequences:bulk-create", map[string]any{"rnaSequences": []any{
		map[string]any{"name": "sgRNA 1", "bases": "GAGUCCGAGCAGAAGAAGAA", "folderId": folder},
		map[string]any{"name": "sgRNA 2", "bases": "GCUGAAGCACUGCACGCCGU", "registryId": registry, "namingStrategy": "NEW_IDS"},
	}}, 202), "SUCCEEDED")
	rbcItems := list(response(rbc), "rnaSequences")
	a.checkItems("RnaSequence", rbcItems)
	a.do("bulkGetRNASequences", "GET", "/rna-sequences:bulk-get?rnaSequenceIds="+ids(rbcItems)[0]+","+rnaID+"&returning=rnaSequences.id", nil, 200)
	rbu := a.waitTask(a.do("bulkUpdateRNASequences", "POST", "/rna-sequences:bulk-update", map[string]any{"rnaSequences": []any{
		map[string]any{"id": ids(rbcItems)[0], "name": "sgRNA EMX1"},
	}}, 202), "SUCCEEDED")
	a.checkItems("RnaSequence", list(response(rbu), "rnaSequences"))
	if m := a.do("matchBasesRnaSequences", "POST", "/rna-sequences:match-bases", map[string]any{"bases": "gaguccgagcagaagaagaa", "archiveReason": "NOT_ARCHIVED"}, 200); len(list(m, "rnaSequences")) != 1 {
		t.Errorf("match-bases: %v", m)
	}
	a.do("searchRnaSequences", "POST", "/rna-sequences:search-bases", map[string]any{"bases": "GAGCAGAAGAAG", "pageSize": 1, "sort": "name:asc"}, 200)
	a.do("!searchRnaSequences", "POST", "/rna-sequences:search-bases", map[string]any{"bases": "GAGCA"}, 400)

	// --- DNA and RNA oligos ---
	for _, k := range []struct{ path, plural, idsKey, schema, ops, bases, rid string }{
		{"dna-oligos", "dnaOligos", "dnaOligoIds", "DnaOligo", "DNAOligo", "GTAAAACGACGGCCAGT", "OLI9"},
		{"rna-oligos", "rnaOligos", "rnaOligoIds", "RnaOligo", "RNAOligo", "GUAAAACGACGGCCAGU", "RNO9"},
	} {
		upsert := map[string]string{"dna-oligos": "upsertDnaOligo", "rna-oligos": "upsertRnaOligo"}[k.path]
		oligoSchema := map[string]string{"dna-oligos": "ts_oligo", "rna-oligos": "ts_rnaoligo"}[k.path]
		o := a.do("create"+k.ops, "POST", "/"+k.path, map[string]any{"name": "M13 fwd", "bases": k.bases, "folderId": folder,
			"annotations": []any{map[string]any{"name": "binding site", "start": 0, "end": 17, "strand": 1, "type": "primer_bind"}}}, 201)
		id := str(o, "id")
		a.do("create"+k.ops, "POST", "/"+k.path, map[string]any{"name": "from a notation", "customNotation": "rArCrG", "customNotationId": notation, "folderId": folder}, 201)
		a.do("get"+k.ops, "GET", "/"+k.path+"/"+id+"?customNotationId="+notation, nil, 200)
		a.do("get"+k.ops, "GET", "/"+k.path+"/seq_nope", nil, 404)
		a.do("update"+k.ops, "PATCH", "/"+k.path+"/"+id, map[string]any{"name": "M13 forward", "helm": "RNA1{d(A)p.d(C)p}$$$$V2.0"}, 200)
		a.do(upsert, "PATCH", "/"+k.path+"/"+k.rid+"00:upsert", map[string]any{"name": "T7", "bases": k.bases, "registryId": registry, "schemaId": oligoSchema}, 201)
		a.do(upsert, "PATCH", "/"+k.path+"/"+k.rid+"00:upsert", map[string]any{"name": "T7 promoter", "registryId": registry, "schemaId": oligoSchema, "archiveRecord": nil}, 200)
		a.do("list"+k.ops+"s", "GET", "/"+k.path+"?pageSize=2&bases="+url.QueryEscape(k.bases)+"&archiveReason=NOT_ARCHIVED", nil, 200)
		a.do("archive"+k.ops+"s", "POST", "/"+k.path+":archive", map[string]any{k.idsKey: []string{id}, "reason": "Made in error"}, 200)
		a.do("unarchive"+k.ops+"s", "POST", "/"+k.path+":unarchive", map[string]any{k.idsKey: []string{id}}, 200)
		bc := a.waitTask(a.do("bulkCreate"+k.ops+"s", "POST", "/"+k.path+":bulk-create", map[string]any{k.plural: []any{
			map[string]any{"name": "SP6", "bases": k.bases, "folderId": folder},
		}}, 202), "SUCCEEDED")
		made := list(response(bc), k.plural)
		a.checkItems(k.schema, made)
		bu := a.waitTask(a.do("bulkUpdate"+k.ops+"s", "POST", "/"+k.path+":bulk-update", map[string]any{k.plural: []any{
			map[string]any{"id": ids(made)[0], "aliases": []string{"SP6 promoter"}},
		}}, 202), "SUCCEEDED")
		a.checkItems(k.schema, list(response(bu), k.plural))
		bup := a.waitTask(a.do("bulkUpsert"+k.ops+"s", "POST", "/"+k.path+":bulk-upsert?returning="+k.plural+".id", map[string]any{k.plural: []any{
			map[string]any{"entityRegistryId": k.rid + "01", "name": "T3", "bases": k.bases, "registryId": registry, "schemaId": oligoSchema},
		}}, 202), "SUCCEEDED")
		a.checkItems(k.schema, list(response(bup), k.plural))
		a.waitTask(a.do("bulkUpsert"+k.ops+"s", "POST", "/"+k.path+":bulk-upsert", map[string]any{k.plural: []any{
			map[string]any{"entityRegistryId": k.rid + "02", "name": "bad", "bases": "ACGTU", "registryId": registry, "schemaId": oligoSchema},
		}}, 202), "FAILED")
	}

	// --- Deprecated oligos ---
	o := a.do("createOligo", "POST", "/oligos", map[string]any{"name": "M13 rev", "bases": "CAGGAAACAGCTATGAC", "folderId": folder}, 201)
	oid := str(o, "id")
	a.do("getOligo", "GET", "/oligos/"+oid+"?returning=id,bases", nil, 200)
	a.do("getOligo", "GET", "/oligos/seq_nope", nil, 404)
	a.do("updateOligo", "PATCH", "/oligos/"+oid, map[string]any{"name": "M13 reverse"}, 200)
	a.do("listOligos", "GET", "/oligos?pageSize=2&sort=name:asc", nil, 200)
	a.do("archiveOligos", "POST", "/oligos:archive", map[string]any{"oligoIds": []string{oid}, "reason": "Expired"}, 200)
	a.do("unarchiveOligos", "POST", "/oligos:unarchive", map[string]any{"oligoIds": []string{oid}}, 200)
	obc := a.waitTask(a.do("bulkCreateOligos", "POST", "/oligos:bulk-create", map[string]any{"oligos": []any{
		map[string]any{"name": "pUC fwd", "bases": "GTTTTCCCAGTCACGAC", "folderId": folder},
	}}, 202), "SUCCEEDED")
	a.checkItems("DnaOligo", list(response(obc), "oligos"))
	rnaOligos := list(a.do("listRNAOligos", "GET", "/rna-oligos?pageSize=1", nil, 200), "rnaOligos")
	both := a.do("bulkGetOligos", "GET", "/oligos:bulk-get?oligoIds="+oid+","+ids(rnaOligos)[0], nil, 200)
	if kinds := []string{str(list(both, "oligos")[0].(map[string]any), "nucleotideType"), str(list(both, "oligos")[1].(map[string]any), "nucleotideType")}; !slices.Equal(kinds, []string{"DNA", "RNA"}) {
		t.Errorf("bulk-get of both kinds: %v", kinds)
	}
	a.do("bulkGetOligos", "GET", "/oligos:bulk-get?oligoIds=seq_nope", nil, 400)

	// --- Alignments ---
	tmpl := a.do("createDNASequence", "POST", "/dna-sequences", map[string]any{"name": "pUC19 MCS", "bases": "GAATTCGAGCTCGGTACCCGGGGATCCTCTAGAGTCGAC",
		"isCircular": false, "folderId": folder}, 201)
	tmplID := str(tmpl, "id")
	fasta := base64.StdEncoding.EncodeToString([]byte(">read\nGGTACCCGGGGATCC\n"))
	files := []any{map[string]any{"sequenceId": rnaID}, map[string]any{"name": "read.fasta", "data": fasta}}
	for _, k := range []struct{ path, consensus, template, get, list, delete, schema string }{
		{"nucleotide-alignments", "createConsensusNucleotideAlignment", "createTemplateNucleotideAlignment", "getNucleotideAlignment",
			"listNucleotideAlignments", "deleteNucleotideAlignment", "NucleotideAlignment"},
		{"dna-alignments", "createDnaConsensusAlignment", "createDnaTemplateAlignment", "getDNAAlignment",
			"listDNAAlignments", "deleteDNAAlignment", "DnaAlignment"},
	} {
		tt := a.waitTask(a.do(k.template, "POST", "/"+k.path+":create-template-alignment", map[string]any{"algorithm": "mafft",
			"templateSequenceId": tmplID, "files": files, "name": "MCS check", "mafftOptions": map[string]any{"strategy": "localpair", "gapOpenPenalty": 1.53}}, 202), "SUCCEEDED")
		b, _ := json.Marshal(response(tt))
		a.checkSchema(k.schema, b)
		alID := str(response(tt), "id")
		ct := a.waitTask(a.do(k.consensus, "POST", "/"+k.path+":create-consensus-alignment", map[string]any{"algorithm": "clustalo",
			"files":       []any{map[string]any{"sequenceId": tmplID}, map[string]any{"name": "read.fasta", "data": fasta}},
			"newSequence": map[string]any{"folderId": folder}, "clustaloOptions": map[string]any{"numCombinedIterations": 1}}, 202), "SUCCEEDED")
		b, _ = json.Marshal(response(ct))
		a.checkSchema(k.schema, b)
		a.do("!"+k.consensus, "POST", "/"+k.path+":create-consensus-alignment", map[string]any{"algorithm": "clustalo", "files": files,
			"clustaloOptions": map[string]any{"maxHmmIterations": 9}, "sequenceId": tmplID}, 400)
		a.do(k.consensus, "POST", "/"+k.path+":create-consensus-alignment", map[string]any{"algorithm": "clustalo", "files": files}, 400)
		a.do(k.get, "GET", "/"+k.path+"/"+alID, nil, 200)
		a.do(k.list, "GET", "/"+k.path+"?sequenceIds="+tmplID+"&sort=name:asc", nil, 200)
		a.do(k.delete, "DELETE", "/"+k.path+"/"+alID, nil, 200)
		a.do(k.delete, "DELETE", "/"+k.path+"/"+alID, nil, 404)
	}
	a.do("getNucleotideAlignment", "GET", "/nucleotide-alignments/seqanl_nope", nil, 404)

	// --- coverage ---
	tags := []string{"RNA Sequences", "DNA Oligos", "RNA Oligos", "Oligos", "Feature Libraries", "Nucleotide Alignments",
		"DNA Alignments", "Codon Usage Tables", "Enzymes", "Custom Notations"}
	var missing []string
	n := 0
	for _, op := range a.spec.Operations() {
		if !slices.ContainsFunc(op.Tags, func(t string) bool { return slices.Contains(tags, t) }) {
			continue
		}
		n++
		if !a.covered[op.ID] {
			missing = append(missing, fmt.Sprintf("%s %s %s", op.ID, op.Method, op.Path))
		}
	}
	if n != 64 || len(missing) > 0 { // listCustomNotations, under three tags, counts once
		t.Errorf("%d operations in scope (want 64); not covered with a 2xx: %v", n, missing)
	}
}
