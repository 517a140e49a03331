package benchling

// The Client's services, in one place: a new service adds its field to
// Client, its line to wireServices and its one-line c (CONTRIBUTING.md §3).

// Client talks to one Benchling tenant. It is safe for concurrent use by
// many goroutines and should be reused. Create it with NewClient.
//
// Each service holds the methods of one tag of the API.
type Client struct {
	// Users is the Users service (GET /users ...).
	Users *UsersService
	// AaSequences is the AA Sequences service (GET /aa-sequences ...).
	AaSequences *AaSequencesService
	// DnaSequences is the DNA Sequences service (GET /dna-sequences ...).
	DnaSequences *DnaSequencesService
	// Entries is the Entries service: notebook entries and entry templates
	// (GET /entries ..., GET /entry-templates ...).
	Entries *EntriesService
	// Tasks is the Tasks service: asynchronous tasks (GET /tasks/{task_id}).
	Tasks *TasksService
	// Schemas is the Schemas service (GET /entity-schemas ...).
	Schemas *SchemasService
	// Dropdowns is the Dropdowns service (GET /dropdowns ...).
	Dropdowns *DropdownsService
	// Folders is the Folders service (GET /folders ...).
	Folders *FoldersService
	// Projects is the Projects service (GET /projects ...).
	Projects *ProjectsService
	// Organizations is the Organizations service (GET /organizations ...).
	Organizations *OrganizationsService
	// Teams is the Teams service (GET /teams ...).
	Teams *TeamsService
	// RnaSequences is the RNA Sequences service (GET /rna-sequences ...).
	RnaSequences *RnaSequencesService
	// DnaOligos is the DNA Oligos service (GET /dna-oligos ...).
	DnaOligos *DnaOligosService
	// RnaOligos is the RNA Oligos service (GET /rna-oligos ...).
	RnaOligos *RnaOligosService
	// Oligos is the Oligos service: the deprecated /oligos operations
	// and Oligos.BulkGet.
	Oligos *OligosService
	// FeatureLibraries is the Feature Libraries service (GET
	// /feature-libraries, /features ...).
	FeatureLibraries *FeatureLibrariesService
	// NucleotideAlignments is the Nucleotide Alignments service (GET
	// /nucleotide-alignments ...).
	NucleotideAlignments *NucleotideAlignmentsService
	// DnaAlignments is the deprecated DNA Alignments service (GET
	// /dna-alignments ...).
	DnaAlignments *DnaAlignmentsService
	// CustomNotations is the Custom Notations service (GET
	// /custom-notations).
	CustomNotations *CustomNotationsService
	// CodonUsageTables is the Codon Usage Tables service (GET
	// /codon-usage-tables).
	CodonUsageTables *CodonUsageTablesService
	// Enzymes is the Enzymes service (GET /enzymes).
	Enzymes *EnzymesService
	// Blobs is the Blobs service (POST /blobs ...): uploads and downloads
	// of files of any size.
	Blobs *BlobsService
	// Files is the Files service (GET /files ...).
	Files *FilesService
	// Datasets is the Datasets service (GET /datasets ...).
	Datasets *DatasetsService
	// DataFrames is the Data Frames service (POST /data-frames ...).
	DataFrames *DataFramesService
	// Exports is the Exports service (POST /exports).
	Exports *ExportsService
	// InstrumentQueries is the Instrument Queries service (GET
	// /instruments/{instrument_query_id}/query).
	InstrumentQueries *InstrumentQueriesService
	// Connect is the Connect service (POST /connect/convert-to-asm ...).
	Connect *ConnectService
	// CustomEntities is the Custom Entities service (GET /custom-entities ...).
	CustomEntities *CustomEntitiesService
	// Molecules is the Molecules service (GET /molecules ...).
	Molecules *MoleculesService
	// Mixtures is the Mixtures service (GET /mixtures ...).
	Mixtures *MixturesService
	// Monomers is the Monomers service (GET /monomers ...).
	Monomers *MonomersService
	// Registry is the Registry service: registries and registration
	// (GET /registries ...).
	Registry *RegistryService
	// Entities is the Entities service: upserts of entities of several
	// kinds in one request (POST /entities:bulk-upsert).
	Entities *EntitiesService
	// Containers is the Containers service: tubes, vials and wells, their
	// contents, transfers and check-out (GET /containers ...).
	Containers *ContainersService
	// Boxes is the Boxes service (GET /boxes ...).
	Boxes *BoxesService
	// Plates is the Plates service (GET /plates ...).
	Plates *PlatesService
	// Locations is the Locations service (GET /locations ...).
	Locations *LocationsService
	// Inventory is the Inventory service: barcode validation (POST
	// /registries/{registry_id}:validate-barcodes).
	Inventory *InventoryService
	// LabelTemplates is the Label Templates service (GET
	// /registries/{registry_id}/label-templates).
	LabelTemplates *LabelTemplatesService
	// Printers is the Printers service (GET
	// /registries/{registry_id}/label-printers).
	Printers *PrintersService
	// AssayResults is the Assay Results service: assay results and result
	// transactions (GET /assay-results ..., POST /result-transactions ...).
	AssayResults *AssayResultsService
	// AssayRuns is the Assay Runs service (GET /assay-runs ...).
	AssayRuns *AssayRunsService
	// LabAutomation is the Lab Automation service: input generators,
	// output processors and their transforms
	// (GET /automation-output-processors ...).
	LabAutomation *LabAutomationService
	// WorkflowTasks is the Workflow Tasks service (GET /workflow-tasks
	// ...).
	WorkflowTasks *WorkflowTasksService
	// WorkflowOutputs is the Workflow Outputs service (GET
	// /workflow-outputs ...).
	WorkflowOutputs *WorkflowOutputsService
	// WorkflowTaskGroups is the Workflow Task Groups service (GET
	// /workflow-task-groups ...).
	WorkflowTaskGroups *WorkflowTaskGroupsService
	// WorkflowFlowcharts is the Workflow Flowcharts service (GET
	// /workflow-flowcharts ...).
	WorkflowFlowcharts *WorkflowFlowchartsService
	// WorkflowFlowchartConfigVersions is the Workflow Flowchart Config
	// Versions service (GET /workflow-flowchart-config-versions/{id}).
	WorkflowFlowchartConfigVersions *WorkflowFlowchartConfigVersionsService
	// LegacyRequests is the Legacy Requests service (GET /requests ...,
	// /request-fulfillments ...).
	LegacyRequests *LegacyRequestsService
	// LegacyWorkflows is the Legacy Workflows service (GET
	// /legacy-workflows ..., and the deprecated /workflows ...).
	LegacyWorkflows *LegacyWorkflowsService
	// Apps is the Apps service: Benchling Apps, their canvases, sessions
	// and configuration items (GET /apps, /app-canvases, /app-sessions,
	// /app-configuration-items ...).
	Apps *AppsService
	// Events is the Events service (GET /events), the polling alternative
	// to webhooks.
	Events *EventsService
	// Audit is the Audit service (POST /audit/log/{object_id}).
	Audit *AuditService
	// Warehouse is the Warehouse service (POST /warehouse-credentials).
	Warehouse *WarehouseService

	common service // every service is this value, converted
	clientCore
}

// wireServices points every service of c at c.
func (c *Client) wireServices() {
	c.common.client = c
	c.Users = (*UsersService)(&c.common)
	c.AaSequences = (*AaSequencesService)(&c.common)
	c.DnaSequences = (*DnaSequencesService)(&c.common)
	c.Entries = (*EntriesService)(&c.common)
	c.Tasks = (*TasksService)(&c.common)
	c.Schemas = (*SchemasService)(&c.common)
	c.Dropdowns = (*DropdownsService)(&c.common)
	c.Folders = (*FoldersService)(&c.common)
	c.Projects = (*ProjectsService)(&c.common)
	c.Organizations = (*OrganizationsService)(&c.common)
	c.Teams = (*TeamsService)(&c.common)
	c.RnaSequences = (*RnaSequencesService)(&c.common)
	c.DnaOligos = (*DnaOligosService)(&c.common)
	c.RnaOligos = (*RnaOligosService)(&c.common)
	c.Oligos = (*OligosService)(&c.common)
	c.FeatureLibraries = (*FeatureLibrariesService)(&c.common)
	c.NucleotideAlignments = (*NucleotideAlignmentsService)(&c.common)
	c.DnaAlignments = (*DnaAlignmentsService)(&c.common)
	c.CustomNotations = (*CustomNotationsService)(&c.common)
	c.CodonUsageTables = (*CodonUsageTablesService)(&c.common)
	c.Enzymes = (*EnzymesService)(&c.common)
	c.Blobs = (*BlobsService)(&c.common)
	c.Files = (*FilesService)(&c.common)
	c.Datasets = (*DatasetsService)(&c.common)
	c.DataFrames = (*DataFramesService)(&c.common)
	c.Exports = (*ExportsService)(&c.common)
	c.InstrumentQueries = (*InstrumentQueriesService)(&c.common)
	c.Connect = (*ConnectService)(&c.common)
	c.CustomEntities = (*CustomEntitiesService)(&c.common)
	c.Molecules = (*MoleculesService)(&c.common)
	c.Mixtures = (*MixturesService)(&c.common)
	c.Monomers = (*MonomersService)(&c.common)
	c.Registry = (*RegistryService)(&c.common)
	c.Entities = (*EntitiesService)(&c.common)
	c.Containers = (*ContainersService)(&c.common)
	c.Boxes = (*BoxesService)(&c.common)
	c.Plates = (*PlatesService)(&c.common)
	c.Locations = (*LocationsService)(&c.common)
	c.Inventory = (*InventoryService)(&c.common)
	c.LabelTemplates = (*LabelTemplatesService)(&c.common)
	c.Printers = (*PrintersService)(&c.common)
	c.AssayResults = (*AssayResultsService)(&c.common)
	c.AssayRuns = (*AssayRunsService)(&c.common)
	c.LabAutomation = (*LabAutomationService)(&c.common)
	c.WorkflowTasks = (*WorkflowTasksService)(&c.common)
	c.WorkflowOutputs = (*WorkflowOutputsService)(&c.common)
	c.WorkflowTaskGroups = (*WorkflowTaskGroupsService)(&c.common)
	c.WorkflowFlowcharts = (*WorkflowFlowchartsService)(&c.common)
	c.WorkflowFlowchartConfigVersions = (*WorkflowFlowchartConfigVersionsService)(&c.common)
	c.LegacyRequests = (*LegacyRequestsService)(&c.common)
	c.LegacyWorkflows = (*LegacyWorkflowsService)(&c.common)
	c.Apps = (*AppsService)(&c.common)
	c.Events = (*EventsService)(&c.common)
	c.Audit = (*AuditService)(&c.common)
	c.Warehouse = (*WarehouseService)(&c.common)
}

// service is the value every service type is converted from.
type service struct {
	client *Client
}

// The services reach their Client through c, never through the client
// field, so that a method of the nil service of a Client that NewClient
// did not make (var c benchling.Client; c.Users.Get(...)) returns
// errNotInitialised instead of panicking: every request helper (call,
// list, startTask) checks the client it is given. Each service type needs
// its one-line c; TestServicesNeverPanic fails for a service without it.

func (s *service) c() *Client {
	if s == nil {
		return nil
	}
	return s.client
}

func (s *UsersService) c() *Client                           { return (*service)(s).c() }
func (s *AaSequencesService) c() *Client                     { return (*service)(s).c() }
func (s *DnaSequencesService) c() *Client                    { return (*service)(s).c() }
func (s *EntriesService) c() *Client                         { return (*service)(s).c() }
func (s *TasksService) c() *Client                           { return (*service)(s).c() }
func (s *SchemasService) c() *Client                         { return (*service)(s).c() }
func (s *DropdownsService) c() *Client                       { return (*service)(s).c() }
func (s *FoldersService) c() *Client                         { return (*service)(s).c() }
func (s *ProjectsService) c() *Client                        { return (*service)(s).c() }
func (s *OrganizationsService) c() *Client                   { return (*service)(s).c() }
func (s *TeamsService) c() *Client                           { return (*service)(s).c() }
func (s *RnaSequencesService) c() *Client                    { return (*service)(s).c() }
func (s *DnaOligosService) c() *Client                       { return (*service)(s).c() }
func (s *RnaOligosService) c() *Client                       { return (*service)(s).c() }
func (s *OligosService) c() *Client                          { return (*service)(s).c() }
func (s *FeatureLibrariesService) c() *Client                { return (*service)(s).c() }
func (s *NucleotideAlignmentsService) c() *Client            { return (*service)(s).c() }
func (s *DnaAlignmentsService) c() *Client                   { return (*service)(s).c() }
func (s *CustomNotationsService) c() *Client                 { return (*service)(s).c() }
func (s *CodonUsageTablesService) c() *Client                { return (*service)(s).c() }
func (s *EnzymesService) c() *Client                         { return (*service)(s).c() }
func (s *BlobsService) c() *Client                           { return (*service)(s).c() }
func (s *FilesService) c() *Client                           { return (*service)(s).c() }
func (s *DatasetsService) c() *Client                        { return (*service)(s).c() }
func (s *DataFramesService) c() *Client                      { return (*service)(s).c() }
func (s *ExportsService) c() *Client                         { return (*service)(s).c() }
func (s *InstrumentQueriesService) c() *Client               { return (*service)(s).c() }
func (s *ConnectService) c() *Client                         { return (*service)(s).c() }
func (s *CustomEntitiesService) c() *Client                  { return (*service)(s).c() }
func (s *MoleculesService) c() *Client                       { return (*service)(s).c() }
func (s *MixturesService) c() *Client                        { return (*service)(s).c() }
func (s *MonomersService) c() *Client                        { return (*service)(s).c() }
func (s *RegistryService) c() *Client                        { return (*service)(s).c() }
func (s *EntitiesService) c() *Client                        { return (*service)(s).c() }
func (s *ContainersService) c() *Client                      { return (*service)(s).c() }
func (s *BoxesService) c() *Client                           { return (*service)(s).c() }
func (s *PlatesService) c() *Client                          { return (*service)(s).c() }
func (s *LocationsService) c() *Client                       { return (*service)(s).c() }
func (s *InventoryService) c() *Client                       { return (*service)(s).c() }
func (s *LabelTemplatesService) c() *Client                  { return (*service)(s).c() }
func (s *PrintersService) c() *Client                        { return (*service)(s).c() }
func (s *AssayResultsService) c() *Client                    { return (*service)(s).c() }
func (s *AssayRunsService) c() *Client                       { return (*service)(s).c() }
func (s *LabAutomationService) c() *Client                   { return (*service)(s).c() }
func (s *WorkflowTasksService) c() *Client                   { return (*service)(s).c() }
func (s *WorkflowOutputsService) c() *Client                 { return (*service)(s).c() }
func (s *WorkflowTaskGroupsService) c() *Client              { return (*service)(s).c() }
func (s *WorkflowFlowchartsService) c() *Client              { return (*service)(s).c() }
func (s *WorkflowFlowchartConfigVersionsService) c() *Client { return (*service)(s).c() }
func (s *LegacyRequestsService) c() *Client                  { return (*service)(s).c() }
func (s *LegacyWorkflowsService) c() *Client                 { return (*service)(s).c() }
func (s *AppsService) c() *Client                            { return (*service)(s).c() }
func (s *EventsService) c() *Client                          { return (*service)(s).c() }
func (s *AuditService) c() *Client                           { return (*service)(s).c() }
func (s *WarehouseService) c() *Client                       { return (*service)(s).c() }
