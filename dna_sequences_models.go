package benchling

import (
	"encoding/json"
	"time"
)

// DnaSequence is a DNA sequence (a plasmid, gene, primer template...).
// Lists and gets called with a returning parameter fill only the fields
// asked for.
type DnaSequence struct {
	// ID is the sequence's ID (seq_...).
	ID string `json:"id"`
	// Name is the sequence's name.
	Name string `json:"name"`
	// Aliases are the sequence's other names.
	Aliases []string `json:"aliases,omitempty"`
	// Bases are the sequence's bases.
	Bases string `json:"bases"`
	// IsCircular reports whether the sequence is circular.
	IsCircular bool `json:"isCircular"`
	// Length is the number of bases.
	Length int `json:"length"`
	// Annotations are the sequence's annotations.
	Annotations []DnaAnnotation `json:"annotations,omitempty"`
	// Parts are the sequence's parts (regions of other sequences).
	Parts []DnaSequencePart `json:"parts,omitempty"`
	// Primers are the primers bound to the sequence.
	Primers []Primer `json:"primers,omitempty"`
	// Translations are the sequence's translations.
	Translations []Translation `json:"translations,omitempty"`
	// Transcriptions link regions of the sequence to RNA sequences.
	Transcriptions []DnaSequenceTranscription `json:"transcriptions,omitempty"`
	// DnaAlignmentIDs are the IDs of the nucleotide alignments involving
	// the sequence.
	DnaAlignmentIDs []string `json:"dnaAlignmentIds,omitempty"`
	// Authors are the sequence's authors.
	Authors []UserSummary `json:"authors,omitempty"`
	// Creator is the user who created the sequence.
	Creator UserSummary `json:"creator,omitzero"`
	// CreatedAt is when the sequence was created.
	CreatedAt time.Time `json:"createdAt,omitzero"`
	// ModifiedAt is when the sequence was last modified.
	ModifiedAt time.Time `json:"modifiedAt,omitzero"`
	// FolderID is the folder that holds the sequence; nil if none.
	FolderID *string `json:"folderId,omitempty"`
	// Schema is the sequence's schema; nil if it has none.
	Schema *SchemaSummary `json:"schema,omitempty"`
	// Fields are the sequence's schema fields.
	Fields Fields `json:"fields,omitempty"`
	// CustomFields are the sequence's custom fields.
	CustomFields CustomFields `json:"customFields,omitempty"`
	// EntityRegistryID is the sequence's registry ID (e.g. "DNA001"); nil
	// when it is not registered.
	EntityRegistryID *string `json:"entityRegistryId,omitempty"`
	// RegistryID is the registry the sequence is registered in; nil when
	// it is not registered.
	RegistryID *string `json:"registryId,omitempty"`
	// RegistrationOrigin says where and when the sequence was registered;
	// nil when it is not registered.
	RegistrationOrigin *RegistrationOrigin `json:"registrationOrigin,omitempty"`
	// ArchiveRecord says why the sequence was archived; nil when it is not.
	ArchiveRecord *ArchiveRecord `json:"archiveRecord,omitempty"`
	// APIURL is the sequence's canonical API URL.
	APIURL string `json:"apiURL,omitempty"`
	// WebURL is the sequence's URL in the Benchling web app.
	WebURL string `json:"webURL,omitempty"`
	// URL is the path of WebURL, without the tenant's host.
	URL string `json:"url,omitempty"`
}

// SequenceFeatureCustomField is a name/value pair on an annotation or
// translation.
type SequenceFeatureCustomField struct {
	// Name is the custom field's name.
	Name string `json:"name,omitempty"`
	// Value is the custom field's value.
	Value string `json:"value,omitempty"`
}

// DnaAnnotation is an annotated region of a DNA sequence. Positions are
// 0-based; End is exclusive, and 0 stands for the end of the sequence.
type DnaAnnotation struct {
	// Color is the hex color the feature is displayed in, e.g. "#F58A5E".
	Color string `json:"color,omitempty"`
	// CustomFields are the feature's name/value pairs (GenBank
	// qualifiers on imports), at most 100.
	CustomFields []SequenceFeatureCustomField `json:"customFields,omitzero"`
	// Name is the feature's name.
	Name string `json:"name,omitempty"`
	// Notes are the feature's notes.
	Notes string `json:"notes,omitempty"`
	// Start is the 0-based inclusive start index.
	Start int `json:"start"`
	// End is the 0-based exclusive end index.
	End int `json:"end"`
	// Strand is -1 (reverse), 0 (none) or 1 (forward).
	Strand int `json:"strand"`
	// Type is the annotation's type, e.g. "promoter".
	Type string `json:"type,omitempty"`
}

// DnaSequencePart is a region of a sequence that is a part of another
// sequence (the spec's DnaSequencePart, a NucleotideSequencePart with a
// strand).
type DnaSequencePart struct {
	// SequenceID is the part's sequence.
	SequenceID string `json:"sequenceId,omitempty"`
	// Start is the 0-based inclusive start index.
	Start int `json:"start"`
	// End is the 0-based exclusive end index (0 is the sequence's end).
	End int `json:"end"`
	// Strand is -1, 0 or 1.
	Strand int `json:"strand"`
}

// DnaSequenceTranscription links a region of a DNA sequence to the RNA
// sequence transcribed from it.
type DnaSequenceTranscription struct {
	// SequenceID is the linked RNA sequence.
	SequenceID string `json:"sequenceId,omitempty"`
	// Start is the 0-based inclusive start index.
	Start int `json:"start"`
	// End is the 0-based exclusive end index (0 is the sequence's end).
	End int `json:"end"`
	// Strand is -1, 0 or 1.
	Strand int `json:"strand"`
}

// Primer is an oligo bound to a DNA sequence. In requests only OligoID,
// Start, End and Strand are sent; the other fields are read-only and
// should be left empty.
type Primer struct {
	// OligoID is the primer's oligo (seq_...).
	OligoID string `json:"oligoId,omitempty"`
	// Start is the 0-based inclusive start index.
	Start int `json:"start"`
	// End is the 0-based exclusive end index (0 is the sequence's end).
	End int `json:"end"`
	// Strand is -1 or 1.
	Strand int `json:"strand"`
	// Bases are the primer's bases (read-only).
	Bases string `json:"bases,omitempty"`
	// BindPosition is where the primer binds (read-only).
	BindPosition int `json:"bindPosition,omitempty"`
	// Color is the primer's display color (read-only).
	Color string `json:"color,omitempty"`
	// Name is the primer's name (read-only).
	Name string `json:"name,omitempty"`
	// OverhangLength is the length of the primer's overhang (read-only).
	OverhangLength int `json:"overhangLength,omitempty"`
}

// Translation is a translated region of a DNA sequence. In requests it is
// given by Start and End or by Regions, not both, so Start and End are
// pointers; responses always fill them.
type Translation struct {
	// Color is the hex color the feature is displayed in, e.g. "#F58A5E".
	Color string `json:"color,omitempty"`
	// CustomFields are the feature's name/value pairs (GenBank
	// qualifiers on imports), at most 100.
	CustomFields []SequenceFeatureCustomField `json:"customFields,omitzero"`
	// Name is the feature's name.
	Name string `json:"name,omitempty"`
	// Notes are the feature's notes.
	Notes string `json:"notes,omitempty"`
	// Start is the 0-based inclusive start index.
	Start *int `json:"start,omitempty"`
	// End is the 0-based exclusive end index (0 is the sequence's end).
	End *int `json:"end,omitempty"`
	// Strand is -1 or 1.
	Strand int `json:"strand"`
	// Regions are the translated regions of a spliced translation.
	Regions []TranslationRegion `json:"regions,omitzero"`
	// AminoAcids are the translated amino acids (read-only).
	AminoAcids string `json:"aminoAcids,omitempty"`
	// CoerceStartCodonToMethionine translates the start codon as
	// methionine (the server's default is false).
	CoerceStartCodonToMethionine bool `json:"coerceStartCodonToMethionine"`
	// GeneticCode is the genetic code used; the server's default is
	// TranslationGeneticCodeStandard.
	GeneticCode TranslationGeneticCode `json:"geneticCode,omitempty"`
}

// TranslationRegion is one region of a translation.
type TranslationRegion struct {
	// Start is the 0-based inclusive start index.
	Start int `json:"start"`
	// End is the 0-based exclusive end index (0 is the sequence's end).
	End int `json:"end"`
}

// TranslationGeneticCode is the genetic code of a translation.
type TranslationGeneticCode string

// Genetic codes the spec declares.
const (
	TranslationGeneticCodeStandard                                                    TranslationGeneticCode = "STANDARD"
	TranslationGeneticCodeVertebrateMitochondrial                                     TranslationGeneticCode = "VERTEBRATE_MITOCHONDRIAL"
	TranslationGeneticCodeYeastMitochondrial                                          TranslationGeneticCode = "YEAST_MITOCHONDRIAL"
	TranslationGeneticCodeMoldProtozoanCoelenterateMitochondrialMycoplasmaSpiroplasma TranslationGeneticCode = "MOLD_PROTOZOAN_COELENTERATE_MITOCHONDRIAL_MYCOPLASMA_SPIROPLASMA"
	TranslationGeneticCodeInvertebrateMitochondrial                                   TranslationGeneticCode = "INVERTEBRATE_MITOCHONDRIAL"
	TranslationGeneticCodeCiliateDasycladaceanHexamitaNuclear                         TranslationGeneticCode = "CILIATE_DASYCLADACEAN_HEXAMITA_NUCLEAR"
	TranslationGeneticCodeEchinodermFlatwormMitochondrial                             TranslationGeneticCode = "ECHINODERM_FLATWORM_MITOCHONDRIAL"
	TranslationGeneticCodeEuplotidNuclear                                             TranslationGeneticCode = "EUPLOTID_NUCLEAR"
	TranslationGeneticCodeBacterialArchaealPlantPlastid                               TranslationGeneticCode = "BACTERIAL_ARCHAEAL_PLANT_PLASTID"
	TranslationGeneticCodeAlternativeYeastNuclear                                     TranslationGeneticCode = "ALTERNATIVE_YEAST_NUCLEAR"
	TranslationGeneticCodeAscidianMitochondrial                                       TranslationGeneticCode = "ASCIDIAN_MITOCHONDRIAL"
	TranslationGeneticCodeAlternativeFlatwormMitochondrial                            TranslationGeneticCode = "ALTERNATIVE_FLATWORM_MITOCHONDRIAL"
	TranslationGeneticCodeChlorophyceanMitochondrial                                  TranslationGeneticCode = "CHLOROPHYCEAN_MITOCHONDRIAL"
	TranslationGeneticCodeTrematodeMitochondrial                                      TranslationGeneticCode = "TREMATODE_MITOCHONDRIAL"
	TranslationGeneticCodeScenedesmusObliquusMitochondrial                            TranslationGeneticCode = "SCENEDESMUS_OBLIQUUS_MITOCHONDRIAL"
	TranslationGeneticCodeThraustochytriumMitochondrial                               TranslationGeneticCode = "THRAUSTOCHYTRIUM_MITOCHONDRIAL"
	TranslationGeneticCodeRhabdopleuridaeMitochondrial                                TranslationGeneticCode = "RHABDOPLEURIDAE_MITOCHONDRIAL"
	TranslationGeneticCodeCandidateDivisionSr1Gracilibacteria                         TranslationGeneticCode = "CANDIDATE_DIVISION_SR1_GRACILIBACTERIA"
	TranslationGeneticCodePachysolenTannophilusNuclear                                TranslationGeneticCode = "PACHYSOLEN_TANNOPHILUS_NUCLEAR"
	TranslationGeneticCodeMesodiniumNuclear                                           TranslationGeneticCode = "MESODINIUM_NUCLEAR"
	TranslationGeneticCodePeritrichNuclear                                            TranslationGeneticCode = "PERITRICH_NUCLEAR"
	TranslationGeneticCodeCephalodiscidaeMitochondrialUaaTyr                          TranslationGeneticCode = "CEPHALODISCIDAE_MITOCHONDRIAL_UAA_TYR"
)

// DnaSequenceCreate is the body of DnaSequences.Create and of each item of
// BulkCreate. Bases, IsCircular and Name are required. To register the
// sequence on creation set RegistryID and EntityRegistryID or
// NamingStrategy (not both); FolderID may then be left nil.
type DnaSequenceCreate struct {
	// Name is the sequence's name.
	Name string `json:"name"`
	// Bases are the sequence's bases.
	Bases string `json:"bases"`
	// IsCircular reports whether the sequence is circular.
	IsCircular bool `json:"isCircular"`
	// Aliases are other names for the sequence.
	Aliases []string `json:"aliases,omitzero"`
	// Annotations are annotations to create on the sequence.
	Annotations []DnaAnnotation `json:"annotations,omitzero"`
	// AuthorIDs are the IDs of the users to set as authors.
	AuthorIDs []string `json:"authorIds,omitzero"`
	// CustomFields are custom fields to set.
	CustomFields CustomFields `json:"customFields,omitzero"`
	// Fields are schema fields to set; they must match the schema.
	Fields Fields `json:"fields,omitzero"`
	// FolderID is the folder to create the sequence in.
	FolderID *string `json:"folderId,omitempty"`
	// Parts are parts to create on the sequence.
	Parts []DnaSequencePart `json:"parts,omitzero"`
	// Primers are primers to bind to the sequence.
	Primers []Primer `json:"primers,omitzero"`
	// SchemaID is the sequence's schema.
	SchemaID *string `json:"schemaId,omitempty"`
	// Translations are translations to create on the sequence.
	Translations []Translation `json:"translations,omitzero"`
	// EntityRegistryID is the registry ID to give the registered sequence;
	// it excludes NamingStrategy.
	EntityRegistryID *string `json:"entityRegistryId,omitempty"`
	// NamingStrategy says how to name the registered sequence; it
	// excludes EntityRegistryID.
	NamingStrategy NamingStrategy `json:"namingStrategy,omitempty"`
	// RegistryID is the registry to register the sequence in.
	RegistryID *string `json:"registryId,omitempty"`
}

// DnaSequenceBulkCreate is one item of DnaSequences.BulkCreate; it is the
// same as DnaSequenceCreate.
type DnaSequenceBulkCreate = DnaSequenceCreate

// DnaSequenceUpdate is the body of DnaSequences.Update. Nil fields are
// left unchanged.
type DnaSequenceUpdate struct {
	// Name is the sequence's new name.
	Name *string `json:"name,omitempty"`
	// Bases are the sequence's new bases.
	Bases *string `json:"bases,omitempty"`
	// IsCircular sets whether the sequence is circular.
	IsCircular *bool `json:"isCircular,omitempty"`
	// Aliases are aliases to add.
	Aliases []string `json:"aliases,omitzero"`
	// Annotations replace the sequence's annotations; an empty, non-nil
	// slice removes them all, nil leaves them unchanged.
	Annotations []DnaAnnotation `json:"annotations,omitzero"`
	// AuthorIDs are the IDs of the users to set as authors.
	AuthorIDs []string `json:"authorIds,omitzero"`
	// CustomFields are custom fields to set.
	CustomFields CustomFields `json:"customFields,omitzero"`
	// Fields are schema fields to set.
	Fields Fields `json:"fields,omitzero"`
	// FolderID moves the sequence to another folder.
	FolderID *string `json:"folderId,omitempty"`
	// Parts replace the sequence's parts.
	Parts []DnaSequencePart `json:"parts,omitzero"`
	// Primers replace the sequence's primers.
	Primers []Primer `json:"primers,omitzero"`
	// SchemaID changes the sequence's schema.
	SchemaID *string `json:"schemaId,omitempty"`
	// Translations replace the sequence's translations.
	Translations []Translation `json:"translations,omitzero"`
	// EntityRegistryID changes the registered sequence's registry ID.
	EntityRegistryID *string `json:"entityRegistryId,omitempty"`
}

// DnaSequenceUpsertRequest is the body of DnaSequences.Upsert. RegistryID,
// Name, SchemaID, Bases and IsCircular are required; Annotations and
// Primers are required too, and are sent as [] when nil. The optional
// lists and maps are sent when not nil, so an empty one clears the
// sequence's (Aliases: []string{} removes every alias); nil ones are not
// sent.
type DnaSequenceUpsertRequest struct {
	// RegistryID is the registry the sequence is registered in.
	RegistryID string `json:"registryId"`
	// Name is the sequence's name.
	Name string `json:"name"`
	// SchemaID is the sequence's schema.
	SchemaID string `json:"schemaId"`
	// Bases are the sequence's bases.
	Bases string `json:"bases"`
	// IsCircular reports whether the sequence is circular.
	IsCircular bool `json:"isCircular"`
	// Annotations are the sequence's annotations.
	Annotations []DnaAnnotation `json:"annotations"`
	// Primers are the sequence's primers.
	Primers []Primer `json:"primers"`
	// ArchiveRecord may only be Null[ArchiveRecord](), which unarchives
	// the sequence; leave it unset otherwise.
	ArchiveRecord Nullable[ArchiveRecord] `json:"archiveRecord,omitzero"`
	// Fields are schema fields to set; a link may be given by registry ID
	// with RegistryIDValue.
	Fields Fields `json:"fields,omitzero"`
	// Aliases are other names for the sequence.
	Aliases []string `json:"aliases,omitzero"`
	// AuthorIDs are the IDs of the users to set as authors.
	AuthorIDs []string `json:"authorIds,omitzero"`
	// CustomFields are custom fields to set.
	CustomFields CustomFields `json:"customFields,omitzero"`
	// FolderID is the folder that holds the sequence.
	FolderID *string `json:"folderId,omitempty"`
	// Parts are the sequence's parts.
	Parts []DnaSequencePart `json:"parts,omitzero"`
	// Translations are the sequence's translations.
	Translations []Translation `json:"translations,omitzero"`
}

// MarshalJSON sends nil Annotations and Primers as [], as they are
// required.
func (r DnaSequenceUpsertRequest) MarshalJSON() ([]byte, error) {
	type plain DnaSequenceUpsertRequest
	p := plain(r)
	p.Annotations, p.Primers = dnaSeqNonNil(p.Annotations), dnaSeqNonNil(p.Primers)
	return json.Marshal(p)
}

// dnaSeqNonNil returns s, or an empty slice when s is nil.
func dnaSeqNonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// DnaSequencesArchivalChange lists the IDs of the sequences, and of their
// batches, that were archived or unarchived.
type DnaSequencesArchivalChange struct {
	// DnaSequenceIDs are the archived or unarchived sequences.
	DnaSequenceIDs []string `json:"dnaSequenceIds"`
	// BatchIDs are the archived or unarchived batches.
	BatchIDs []string `json:"batchIds"`
}

// DnaSequencesArchive is the body of DnaSequences.Archive.
type DnaSequencesArchive struct {
	// DnaSequenceIDs are the sequences to archive.
	DnaSequenceIDs []string `json:"dnaSequenceIds"`
	// Reason is why they are archived.
	Reason EntityArchiveReason `json:"reason"`
}

// dnaSequencesUnarchive is the body of DnaSequences.Unarchive (the spec's
// DnaSequencesUnarchive), which takes its one list.
type dnaSequencesUnarchive struct {
	DnaSequenceIDs []string `json:"dnaSequenceIds"`
}
