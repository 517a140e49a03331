package benchling

import (
	"encoding/json"
)

// Container is a tube, vial or other vessel of the inventory, or a well of
// a plate: it holds contents (entities or batches, each with a
// concentration) and a quantity, and sits in a location, a box position
// or a plate well. What every inventory item has is in the embedded
// InventoryItemBase; what it has alike with a plate's Well, in
// ContainerBase.
//
// Its fields ArchiveRecord, Creator, Fields, ID, Name, ParentStorageID,
// Schema and WebURL are in the embedded InventoryItemBase; CheckoutRecord,
// Contents, CreatedAt, ModifiedAt, ProjectID, Quantity,
// RestrictedSampleParties, RestrictionStatus, Role, SampleOwners and Volume
// are in the embedded ContainerBase.
type Container struct {
	InventoryItemBase
	ContainerBase

	// Barcode is the container's barcode; nil when it has none.
	Barcode *string `json:"barcode,omitempty"`
	// ParentStorageSchema is the schema of the parent storage; nil if none.
	ParentStorageSchema *SchemaSummary `json:"parentStorageSchema,omitempty"`
}

// ContainerContent is one thing a container holds: an entity, or a batch
// of one (the embedded BatchOrEntityBase), at a concentration.
//
// Its fields Batch and Entity are in the embedded BatchOrEntityBase.
type ContainerContent struct {
	BatchOrEntityBase

	// Concentration is the content's concentration in the container.
	Concentration Measurement `json:"concentration,omitzero"`
}

// UnmarshalJSON decodes a content, its Batch and Entity into the types of
// their kinds.
func (c *ContainerContent) UnmarshalJSON(b []byte) error {
	type plain ContainerContent
	var v struct {
		plain
		batchOrEntityJSON
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*c = ContainerContent(v.plain)
	return v.decode(&c.BatchOrEntityBase, "content")
}

// ContainableID returns the ID of what the content holds, the batch's or
// the entity's: the containable_id of GetContent, UpdateContent and
// DeleteContent. It is "" when neither is readable.
func (c *ContainerContent) ContainableID() string {
	switch b := c.Batch.(type) {
	case *Batch:
		return b.ID
	case *InaccessibleResource:
		return b.InaccessibleID
	}
	return entityOrInaccessibleID(c.Entity)
}

// ContainerContentUpdate is the body of UpdateContent.
type ContainerContentUpdate struct {
	// Concentration is the content's new concentration (required).
	Concentration Measurement `json:"concentration"`
}

// ContainerWriteBase holds what the bodies that write a container
// (ContainerCreate, ContainerUpdate and ContainerBulkUpdateItem) set
// alike, as the spec's ContainerWriteBase: its name, schema fields, place,
// sample owners and restrictions. Each embeds it; in an update, a field
// left unset is not changed. A literal names it:
//
//	body := &benchling.ContainerCreate{SchemaID: "consch_1", ContainerWriteBase: benchling.ContainerWriteBase{
//		Name:            benchling.Ptr("Tube 1"),
//		ParentStorageID: benchling.Ptr(benchling.InPosition("box_1", "A1")),
//	}}
//
// or, by assignment, body.Name = benchling.Ptr("Tube 1").
type ContainerWriteBase struct {
	// Fields are schema fields to set.
	Fields Fields `json:"fields,omitzero"`
	// Name is the container's name (in an update, its new name).
	Name *string `json:"name,omitempty"`
	// ParentStorageID is where to put the container (in an update, where
	// to move it): a location (loc_...), or a box or plate with a
	// position, for example "box_123:A1" (InPosition builds one).
	ParentStorageID *string `json:"parentStorageId,omitempty"`
	// RestrictedSamplePartyIDs are the users and teams who may use a
	// restricted container; in an update they replace the current ones.
	RestrictedSamplePartyIDs []string `json:"restrictedSamplePartyIds,omitzero"`
	// RestrictionStatus is SampleRestrictionStatusRestricted or
	// SampleRestrictionStatusUnrestricted (for stand-alone containers;
	// plate wells are always SampleRestrictionStatusNotApplicable).
	RestrictionStatus SampleRestrictionStatus `json:"restrictionStatus,omitempty"`
	// SampleOwnerIDs are the users and teams who own the sample; in an
	// update they replace the current ones.
	SampleOwnerIDs []string `json:"sampleOwnerIds,omitzero"`
}

// ContainerCreate is the body of Create, and one item of BulkCreate.
// SchemaID is required.
//
// Its fields Fields, Name, ParentStorageID, RestrictedSamplePartyIDs,
// RestrictionStatus and SampleOwnerIDs are in the embedded
// ContainerWriteBase.
type ContainerCreate struct {
	ContainerWriteBase

	// SchemaID is the container's schema (consch_...).
	SchemaID string `json:"schemaId"`
	// Barcode is the container's barcode, unique in the registry; without
	// one, Benchling gives it one by the schema's naming.
	Barcode *string `json:"barcode,omitempty"`
	// ProjectID is the project the container belongs to (src_...).
	ProjectID *string `json:"projectId,omitempty"`
}

// ContainerUpdate is the body of Update; only the fields that are set are
// changed.
//
// Its fields Fields, Name, ParentStorageID, RestrictedSamplePartyIDs,
// RestrictionStatus and SampleOwnerIDs are in the embedded
// ContainerWriteBase.
type ContainerUpdate struct {
	ContainerWriteBase

	// ProjectID moves the container to a project; Null[string]() takes it
	// out of its project.
	ProjectID Nullable[string] `json:"projectId,omitzero"`
	// Quantity sets how much the container holds.
	Quantity *ContainerQuantity `json:"quantity,omitempty"`
	// Role sets the role of a plate well; Null[ExperimentalWellRole]()
	// clears it.
	Role Nullable[ExperimentalWellRole] `json:"role,omitzero"`
	// Volume sets the quantity as a volume.
	//
	// Deprecated: use Quantity.
	Volume *DeprecatedContainerVolumeForInput `json:"volume,omitempty"`
}

// ContainerBulkUpdateItem is one item of BulkUpdate and UpdateMany: the
// container to update (ContainerID, required) and what to change.
//
// Its fields Fields, Name, ParentStorageID, RestrictedSamplePartyIDs,
// RestrictionStatus and SampleOwnerIDs are in the embedded
// ContainerWriteBase.
type ContainerBulkUpdateItem struct {
	ContainerWriteBase

	// ContainerID is the container to update (con_...).
	ContainerID string `json:"containerId"`
	// Concentration sets the concentration of a container with a single
	// content.
	Concentration *Measurement `json:"concentration,omitempty"`
	// Quantity sets how much the container holds.
	Quantity *ContainerQuantity `json:"quantity,omitempty"`
	// Role sets the role of a plate well; Null[ExperimentalWellRole]()
	// clears it.
	Role Nullable[ExperimentalWellRole] `json:"role,omitzero"`
	// Volume sets the quantity as a volume.
	//
	// Deprecated: use Quantity.
	Volume *DeprecatedContainerVolumeForInput `json:"volume,omitempty"`
}

// ContainerTransferBase holds what a transfer into a container sets
// alike, in ContainerTransfer (Transfer) and MultipleContainersTransfer
// (one of CreateTransfers), as the spec's ContainerTransferBase: the
// source (one of SourceEntityID, SourceBatchID and SourceContainerID), how
// much of it, and the destination's sample owners and restrictions. Both
// embed it. A literal names it:
//
//	t := &benchling.MultipleContainersTransfer{DestinationContainerID: "con_2", ContainerTransferBase: benchling.ContainerTransferBase{
//		SourceContainerID: benchling.Ptr("con_1"),
//		TransferQuantity:  benchling.Ptr(benchling.QuantityOf(5, benchling.ContainerQuantityUnitsUL)),
//	}}
type ContainerTransferBase struct {
	// RestrictedSamplePartyIDs are the destination's restricted sample
	// parties; without them, the source's are added to the destination's.
	RestrictedSamplePartyIDs []string `json:"restrictedSamplePartyIds,omitzero"`
	// RestrictionStatus is the destination's restriction status; without
	// it, the more restrictive of the source's and the destination's.
	RestrictionStatus SampleRestrictionStatus `json:"restrictionStatus,omitempty"`
	// SampleOwnerIDs are the destination's sample owners; without them,
	// the source's are added to the destination's.
	SampleOwnerIDs []string `json:"sampleOwnerIds,omitzero"`
	// SourceBatchID is the batch to transfer in (bat_...).
	SourceBatchID *string `json:"sourceBatchId,omitempty"`
	// SourceContainerID is the container to transfer from (con_...); its
	// contents move in proportion, at their own concentrations.
	SourceContainerID *string `json:"sourceContainerId,omitempty"`
	// SourceEntityID is the entity to transfer in.
	SourceEntityID *string `json:"sourceEntityId,omitempty"`
	// TransferQuantity is how much of the source to transfer.
	TransferQuantity *ContainerQuantity `json:"transferQuantity,omitempty"`
	// TransferVolume is TransferQuantity as a volume.
	//
	// Deprecated: use TransferQuantity.
	TransferVolume *DeprecatedContainerVolumeForInput `json:"transferVolume,omitempty"`
}

// ContainerTransfer is the body of Transfer: what to move into the
// destination container (one of SourceEntityID, SourceBatchID and
// SourceContainerID), how much, and what the destination holds afterwards.
//
// Its fields RestrictedSamplePartyIDs, RestrictionStatus, SampleOwnerIDs,
// SourceBatchID, SourceContainerID, SourceEntityID, TransferQuantity and
// TransferVolume are in the embedded ContainerTransferBase.
type ContainerTransfer struct {
	ContainerTransferBase

	// DestinationContents are the destination's contents after the
	// transfer, with their concentrations; a nil list is sent as [].
	DestinationContents []ContainerTransferDestinationContentsItem `json:"destinationContents"`
	// DestinationQuantity is the destination's final quantity, after
	// dilution; leave it nil not to dilute.
	DestinationQuantity *ContainerQuantity `json:"destinationQuantity,omitempty"`
	// DestinationVolume is DestinationQuantity as a volume.
	//
	// Deprecated: use DestinationQuantity.
	DestinationVolume *DeprecatedContainerVolumeForInput `json:"destinationVolume,omitempty"`
}

// MarshalJSON encodes the transfer, sending a nil DestinationContents as
// [] since the API requires the list.
func (t ContainerTransfer) MarshalJSON() ([]byte, error) {
	type plain ContainerTransfer
	if t.DestinationContents == nil {
		t.DestinationContents = []ContainerTransferDestinationContentsItem{}
	}
	return json.Marshal(plain(t))
}

// ContainerTransferDestinationContentsItem is one content of a transfer's
// destination after the transfer: an entity and its concentration.
type ContainerTransferDestinationContentsItem struct {
	// EntityID is the entity (required).
	EntityID string `json:"entityId"`
	// Concentration is its concentration in the destination.
	Concentration *Measurement `json:"concentration,omitempty"`
}

// MultipleContainersTransfer is one transfer of CreateTransfers: what to
// move (one of SourceEntityID, SourceBatchID and SourceContainerID) into
// DestinationContainerID (required), and how much.
//
// Its fields RestrictedSamplePartyIDs, RestrictionStatus, SampleOwnerIDs,
// SourceBatchID, SourceContainerID, SourceEntityID, TransferQuantity and
// TransferVolume are in the embedded ContainerTransferBase.
type MultipleContainersTransfer struct {
	ContainerTransferBase

	// DestinationContainerID is the container to transfer into (con_...).
	DestinationContainerID string `json:"destinationContainerId"`
	// FinalQuantity is the destination's final quantity, after dilution.
	FinalQuantity *ContainerQuantity `json:"finalQuantity,omitempty"`
	// FinalVolume is FinalQuantity as a volume.
	//
	// Deprecated: use FinalQuantity.
	FinalVolume *DeprecatedContainerVolumeForInput `json:"finalVolume,omitempty"`
	// SourceConcentration is the concentration of a transferred entity or
	// batch (a container's contents keep their own).
	SourceConcentration *Measurement `json:"sourceConcentration,omitempty"`
}

// multipleContainersTransfersList is the body of CreateTransfers, which
// takes its list.
type multipleContainersTransfersList struct {
	Transfers []*MultipleContainersTransfer `json:"transfers"`
}

// ContainersCreateTransfersResult is the response of a succeeded
// CreateTransfers task: the destination containers, as the transfers left
// them.
type ContainersCreateTransfersResult struct {
	// DestinationContainers are the containers transferred into.
	DestinationContainers []*Container `json:"destinationContainers"`
}

// containersBulkCreateRequest is the body of BulkCreate.
type containersBulkCreateRequest struct {
	Containers []*ContainerCreate `json:"containers"`
}

// containersBulkUpdateRequest is the body of BulkUpdate.
type containersBulkUpdateRequest struct {
	Containers []*ContainerBulkUpdateItem `json:"containers"`
}

// ContainersBulkCreateResult is the response of a succeeded BulkCreate
// task.
type ContainersBulkCreateResult struct {
	// Containers are the created containers, in the order of the items.
	Containers []*Container `json:"containers"`
}

// ContainersBulkUpdateResult is the response of a succeeded BulkUpdate
// task.
type ContainersBulkUpdateResult struct {
	// Containers are the updated containers, in the order of the items.
	Containers []*Container `json:"containers"`
}

// ContainersArchive is the body of Archive: the containers
// (ContainerIDs, required) and, in the embedded InventoryArchiveBase, the
// reason (required) and whether to remove their barcodes, so that new
// containers can take them.
//
// Its fields Reason and ShouldRemoveBarcodes are in the embedded
// InventoryArchiveBase.
type ContainersArchive struct {
	InventoryArchiveBase

	// ContainerIDs are the containers to archive.
	ContainerIDs []string `json:"containerIds"`
}

// containersUnarchive is the body of Unarchive, which takes its list.
type containersUnarchive struct {
	ContainerIDs []string `json:"containerIds"`
}

// ContainersArchivalChange lists the containers Archive or Unarchive
// changed.
type ContainersArchivalChange struct {
	// ContainerIDs are the containers archived or unarchived.
	ContainerIDs []string `json:"containerIds,omitempty"`
}

// ContainersCheckin is the body of CheckIn.
type ContainersCheckin struct {
	// ContainerIDs are the containers to check in (required).
	ContainerIDs []string `json:"containerIds"`
	// Comments are recorded on the containers' check-out records.
	Comments *string `json:"comments,omitempty"`
}

// ContainersCheckout is the body of CheckOut and Reserve.
type ContainersCheckout struct {
	// ContainerIDs are the containers to check out or reserve (required).
	ContainerIDs []string `json:"containerIds"`
	// AssigneeID is the user or team they are for (ent_... or team_...,
	// required).
	AssigneeID string `json:"assigneeId"`
	// Comment is recorded on the containers' check-out records.
	Comment *string `json:"comment,omitempty"`
}

// PrintLabels is the body of PrintLabels: one label per container, with
// one template on one printer.
type PrintLabels struct {
	// ContainerIDs are the containers to print a label for (required).
	ContainerIDs []string `json:"containerIds"`
	// LabelTemplateID is the label template (lbltmp_..., required); see
	// LabelTemplates.List.
	LabelTemplateID string `json:"labelTemplateId"`
	// PrinterID is the printer (print_..., required); see Printers.List.
	PrinterID string `json:"printerId"`
}

// ContainerGetOptions are the options of Containers.Get.
type ContainerGetOptions struct {
	// Returning limits the returned fields, for example {"id",
	// "modifiedAt"}; the rest stay zero.
	Returning []string `url:"returning,comma,omitempty"`
}

// ContainerListOptions filter and page List and All: the filters of
// every inventory list (InventoryListFilters) and the containers' own.
// All filters are optional; list filters take at most 100 values.
//
// Its fields Sort, SchemaID, SchemaFields, CreatedAt, ModifiedAt, Name,
// NameIncludes, AncestorStorageID, ArchiveReason, IDs, Barcodes, NamesAnyOf,
// NamesAnyOfCaseSensitive and CreatorIDs are in the embedded
// InventoryListFilters.
type ContainerListOptions struct {
	ListOptions
	InventoryListFilters

	// StorageContentsID restricts results to containers holding this
	// entity, or entities of this schema.
	StorageContentsID string `url:"storageContentsId,omitempty"`
	// StorageContentsIDs restricts results to containers holding any of
	// these entities.
	StorageContentsIDs []string `url:"storageContentsIds,comma,omitempty"`
	// CheckoutStatus restricts results to containers with this check-out
	// status. (The spec's description speaks of a comma-separated list,
	// its schema of one value; the SDK sends one.)
	CheckoutStatus CheckoutRecordStatus `url:"checkoutStatus,omitempty"`
	// CheckoutAssigneeIDsAnyOf restricts results to containers reserved or
	// checked out for any of these users or teams.
	CheckoutAssigneeIDsAnyOf []string `url:"checkoutAssigneeIds.anyOf,comma,omitempty"`
	// RestrictionStatus restricts results to containers with this
	// restriction status (one value, as the spec's schema has it).
	RestrictionStatus SampleRestrictionStatus `url:"restrictionStatus,omitempty"`
	// SampleOwnerIDsAllOf restricts results to containers owned by all of
	// these users and teams.
	SampleOwnerIDsAllOf []string `url:"sampleOwnerIds.allOf,comma,omitempty"`
	// SampleOwnerIDsAnyOf restricts results to containers owned by any of
	// these users and teams.
	SampleOwnerIDsAnyOf []string `url:"sampleOwnerIds.anyOf,comma,omitempty"`
	// SampleOwnerIDsNoneOf restricts results to containers owned by none
	// of these users and teams.
	SampleOwnerIDsNoneOf []string `url:"sampleOwnerIds.noneOf,comma,omitempty"`
	// RestrictedSamplePartyIDsAllOf restricts results to containers whose
	// restricted sample parties include all of these users, teams or apps.
	RestrictedSamplePartyIDsAllOf []string `url:"restrictedSamplePartyIds.allOf,comma,omitempty"`
	// RestrictedSamplePartyIDsAnyOf restricts results to containers whose
	// restricted sample parties include any of these.
	RestrictedSamplePartyIDsAnyOf []string `url:"restrictedSamplePartyIds.anyOf,comma,omitempty"`
	// RestrictedSamplePartyIDsNoneOf restricts results to containers whose
	// restricted sample parties include none of these.
	RestrictedSamplePartyIDsNoneOf []string `url:"restrictedSamplePartyIds.noneOf,comma,omitempty"`
	// Returning limits the returned fields, for example
	// {"containers.id", "containers.modifiedAt"}; the rest stay zero.
	Returning []string `url:"returning,comma,omitempty"`
}

// ContainerBulkGetOptions are the options of BulkGet.
type ContainerBulkGetOptions struct {
	// Barcodes are the barcodes of further containers to get.
	Barcodes []string `url:"barcodes,comma,omitempty"`
	// Returning limits the returned fields, for example
	// {"containers.id", "containers.barcode"}.
	Returning []string `url:"returning,comma,omitempty"`
}
