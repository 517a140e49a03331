package benchling

import (
	"bytes"
	"encoding/json"
	"fmt"
	"time"
)

// Request is a legacy request: an ask to another team or person to
// perform a service (produce a sample, run assays on one) on sample
// groups, tracked through its status and tasks.
type Request struct {
	// APIURL is the request's canonical URL in the API.
	APIURL string `json:"apiURL,omitempty"`
	// Assignees are the users and teams the request is assigned to.
	Assignees RequestAssignees `json:"assignees,omitempty"`
	// CreatedAt is when the request was created, as Benchling writes it:
	// the spec's format is "isoformat", and its example
	// ("2017-04-23 01:30:50.970926") is not RFC 3339, so it is kept as
	// text; CreatedTime parses it.
	CreatedAt string `json:"createdAt,omitempty"`
	// Creator is the user who created the request.
	Creator UserSummary `json:"creator,omitzero"`
	// DisplayID is the request's user-friendly ID, for example "VP1".
	DisplayID string `json:"displayId,omitempty"`
	// Fields are the request's schema fields.
	Fields Fields `json:"fields,omitempty"`
	// ID is the request's ID (req_...).
	ID string `json:"id,omitempty"`
	// ProjectID is the project the request belongs to.
	ProjectID string `json:"projectId,omitempty"`
	// RequestStatus is where the request stands.
	RequestStatus RequestStatus `json:"requestStatus,omitempty"`
	// Requestor is the user the request is made for.
	Requestor UserSummary `json:"requestor,omitzero"`
	// SampleGroups are the groups of samples the work is to be done on.
	SampleGroups []RequestSampleGroup `json:"sampleGroups,omitempty"`
	// ScheduledOn is the date the request is scheduled for (YYYY-MM-DD);
	// nil when it is not scheduled.
	ScheduledOn *string `json:"scheduledOn,omitempty"`
	// Schema is the request's schema.
	Schema SchemaSummary `json:"schema,omitzero"`
	// Tasks are the request's tasks.
	Tasks []RequestTask `json:"tasks,omitempty"`
	// WebURL is the request's page in Benchling.
	WebURL string `json:"webURL,omitempty"`
}

// CreatedTime parses CreatedAt: RFC 3339, or the "YYYY-MM-DD HH:MM:SS[.ffffff]"
// form of the spec's example (taken as UTC).
func (r *Request) CreatedTime() (time.Time, error) {
	if t, err := time.Parse(time.RFC3339Nano, r.CreatedAt); err == nil {
		return t, nil
	}
	t, err := time.Parse("2006-01-02 15:04:05.999999999", r.CreatedAt)
	if err != nil {
		return time.Time{}, fmt.Errorf("benchling: request createdAt %q is not a time", r.CreatedAt)
	}
	return t, nil
}

// RequestStatus is where a legacy request stands.
type RequestStatus string

// Request statuses the spec declares.
const (
	RequestStatusRequested  RequestStatus = "REQUESTED"
	RequestStatusScheduled  RequestStatus = "SCHEDULED"
	RequestStatusInProgress RequestStatus = "IN_PROGRESS"
	RequestStatusCompleted  RequestStatus = "COMPLETED"
	RequestStatusCancelled  RequestStatus = "CANCELLED"
)

// RequestAssignee is an assignee of a request: *RequestUserAssignee,
// *RequestTeamAssignee, or *UnknownRequestAssignee for a kind this SDK
// does not know. The set is closed: only this package implements the
// interface.
type RequestAssignee interface {
	requestAssignee()
}

// RequestUserAssignee is a user a request is assigned to.
type RequestUserAssignee struct {
	// User is the user.
	User UserSummary `json:"user,omitzero"`
}

// RequestTeamAssignee is a team a request is assigned to.
type RequestTeamAssignee struct {
	// Team is the team.
	Team TeamSummary `json:"team,omitzero"`
}

// UnknownRequestAssignee is an assignee that is neither a user nor a team.
// Raw keeps its JSON, which MarshalJSON returns as is.
type UnknownRequestAssignee struct {
	// Raw is the assignee's JSON as the server sent it.
	Raw json.RawMessage
}

// MarshalJSON returns Raw ({} when it is empty).
func (a *UnknownRequestAssignee) MarshalJSON() ([]byte, error) {
	return rawOrEmpty(a.Raw, "UnknownRequestAssignee")
}

func (*RequestUserAssignee) requestAssignee()    {}
func (*RequestTeamAssignee) requestAssignee()    {}
func (*UnknownRequestAssignee) requestAssignee() {}

// RequestAssignees are the assignees of a request. Each decodes into the
// struct of its kind, told apart by its property: "user" or "team".
type RequestAssignees []RequestAssignee

// UnmarshalJSON decodes a JSON array of assignees.
func (a *RequestAssignees) UnmarshalJSON(b []byte) error {
	l, err := decodeUnionList(b, "assignee", func(raw json.RawMessage) (RequestAssignee, error) {
		return decodeByProperty(raw, func(raw json.RawMessage) RequestAssignee { return &UnknownRequestAssignee{Raw: raw} },
			byProperty[RequestAssignee]{"user", func() RequestAssignee { return &RequestUserAssignee{} }},
			byProperty[RequestAssignee]{"team", func() RequestAssignee { return &RequestTeamAssignee{} }})
	})
	*a = l
	return err
}

// MarshalJSON encodes the assignees as a JSON array; a nil assignee is an
// error.
func (a RequestAssignees) MarshalJSON() ([]byte, error) { return encodeUnionList(a, "assignee") }

// RequestWriteAssignee is an assignee to give a request in RequestCreate
// or RequestUpdate: *RequestWriteUserAssignee or *RequestWriteTeamAssignee
// (*UnknownRequestWriteAssignee decodes anything else). The set is
// closed: only this package implements the interface.
type RequestWriteAssignee interface {
	requestWriteAssignee()
}

// RequestWriteUserAssignee assigns a request to a user.
type RequestWriteUserAssignee struct {
	// UserID is the user (ent_...).
	UserID string `json:"userId"`
}

// RequestWriteTeamAssignee assigns a request to a team.
type RequestWriteTeamAssignee struct {
	// TeamID is the team (team_...).
	TeamID string `json:"teamId"`
}

// UnknownRequestWriteAssignee is a write assignee that names neither a
// user nor a team, kept as its JSON (which MarshalJSON sends as is).
type UnknownRequestWriteAssignee struct {
	// Raw is the assignee's JSON.
	Raw json.RawMessage
}

// MarshalJSON returns Raw ({} when it is empty).
func (a *UnknownRequestWriteAssignee) MarshalJSON() ([]byte, error) {
	return rawOrEmpty(a.Raw, "UnknownRequestWriteAssignee")
}

func (*RequestWriteUserAssignee) requestWriteAssignee()    {}
func (*RequestWriteTeamAssignee) requestWriteAssignee()    {}
func (*UnknownRequestWriteAssignee) requestWriteAssignee() {}

// RequestWriteAssignees are the assignees to give a request. Each decodes
// into the struct of its kind, told apart by its property: "userId" or
// "teamId".
type RequestWriteAssignees []RequestWriteAssignee

// UnmarshalJSON decodes a JSON array of write assignees.
func (a *RequestWriteAssignees) UnmarshalJSON(b []byte) error {
	l, err := decodeUnionList(b, "assignee", func(raw json.RawMessage) (RequestWriteAssignee, error) {
		return decodeByProperty(raw, func(raw json.RawMessage) RequestWriteAssignee { return &UnknownRequestWriteAssignee{Raw: raw} },
			byProperty[RequestWriteAssignee]{"userId", func() RequestWriteAssignee { return &RequestWriteUserAssignee{} }},
			byProperty[RequestWriteAssignee]{"teamId", func() RequestWriteAssignee { return &RequestWriteTeamAssignee{} }})
	})
	*a = l
	return err
}

// MarshalJSON encodes the assignees as a JSON array; a nil assignee is an
// error.
func (a RequestWriteAssignees) MarshalJSON() ([]byte, error) { return encodeUnionList(a, "assignee") }

// RequestSampleGroup is a group of samples of a request: the set of
// samples one piece of the requested work is done on.
type RequestSampleGroup struct {
	// ID is the sample group's ID (sgrp_...).
	ID string `json:"id,omitempty"`
	// Samples are the group's samples, by the names of the request
	// schema's sample slots.
	Samples RequestSampleGroupSamples `json:"samples,omitempty"`
}

// SampleGroup is a sample group as a request fulfillment names it: the
// spec's SampleGroup, which has RequestSampleGroup's shape (the spec
// leaves its samples a free-form object; they are the request's samples).
type SampleGroup = RequestSampleGroup

// RequestSampleGroupCreate is a sample group of a new or updated request.
type RequestSampleGroupCreate struct {
	// Samples are the group's samples, by the names of the request
	// schema's sample slots.
	Samples RequestSampleGroupSamples `json:"samples"`
}

// RequestSampleGroupSamples are the samples of a sample group, by the name
// of the request schema's sample slot each fills (the keys are the
// tenant's, hence a map). Each sample is an entity or a batch, told apart
// by its property: "entityId" or "batchId".
type RequestSampleGroupSamples map[string]RequestSample

// UnmarshalJSON decodes the samples, each into the struct of its kind.
func (s *RequestSampleGroupSamples) UnmarshalJSON(b []byte) error {
	if string(bytes.TrimSpace(b)) == "null" {
		*s = nil
		return nil
	}
	var raws map[string]json.RawMessage
	if err := json.Unmarshal(b, &raws); err != nil {
		return err
	}
	out := make(RequestSampleGroupSamples, len(raws))
	for name, raw := range raws {
		if t := bytes.TrimSpace(raw); len(t) > 0 && t[0] != '{' {
			// Not an object: a fulfillment's SampleGroup leaves its
			// samples free-form.
			out[name] = &UnknownRequestSample{Raw: bytes.Clone(raw)}
			continue
		}
		v, err := decodeByProperty(raw, func(raw json.RawMessage) RequestSample { return &UnknownRequestSample{Raw: raw} },
			byProperty[RequestSample]{"entityId", func() RequestSample { return &RequestSampleWithEntity{} }},
			byProperty[RequestSample]{"batchId", func() RequestSample { return &RequestSampleWithBatch{} }})
		if err != nil {
			return fmt.Errorf("sample %q: %w", name, err)
		}
		out[name] = v
	}
	*s = out
	return nil
}

// MarshalJSON encodes the samples as a JSON object; a nil sample is an
// error.
func (s RequestSampleGroupSamples) MarshalJSON() ([]byte, error) {
	if s == nil {
		return []byte("null"), nil
	}
	out := make(map[string]json.RawMessage, len(s))
	for name, v := range s {
		if v == nil {
			return nil, fmt.Errorf("benchling: sample %q is nil", name)
		}
		b, err := json.Marshal(v)
		if err != nil {
			return nil, err
		}
		out[name] = b
	}
	return json.Marshal(out)
}

// RequestSample is a sample of a sample group: *RequestSampleWithEntity,
// *RequestSampleWithBatch, or *UnknownRequestSample for anything else. The
// set is closed: only this package implements the interface.
type RequestSample interface {
	requestSample()
}

// RequestSampleWithEntity is a sample that is an entity, optionally in a
// container.
type RequestSampleWithEntity struct {
	// ContainerID is the container holding the entity (con_...), if any.
	ContainerID string `json:"containerId,omitempty"`
	// EntityID is the entity (seq_..., bfi_..., ...).
	EntityID string `json:"entityId"`
}

// RequestSampleWithBatch is a sample that is a batch, optionally in a
// container.
type RequestSampleWithBatch struct {
	// BatchID is the batch (bat_...).
	BatchID string `json:"batchId"`
	// ContainerID is the container holding the batch, if any.
	ContainerID string `json:"containerId,omitempty"`
}

// UnknownRequestSample is a sample that is neither an entity nor a batch
// (nor an object: the spec's SampleGroup, a fulfillment's, leaves its
// samples free-form). Raw keeps its JSON, which MarshalJSON returns as is.
type UnknownRequestSample struct {
	// Raw is the sample's JSON.
	Raw json.RawMessage
}

// MarshalJSON returns Raw ({} when it is empty).
func (s *UnknownRequestSample) MarshalJSON() ([]byte, error) {
	return rawOrEmpty(s.Raw, "UnknownRequestSample")
}

func (*RequestSampleWithEntity) requestSample() {}
func (*RequestSampleWithBatch) requestSample()  {}
func (*UnknownRequestSample) requestSample()    {}

// RequestCreate is the body of Create.
type RequestCreate struct {
	// Assignees are the users and teams to assign the request to.
	Assignees RequestWriteAssignees `json:"assignees,omitzero"`
	// Fields are the request's schema fields.
	Fields Fields `json:"fields"`
	// ProjectID is the project the request belongs to (src_...).
	ProjectID string `json:"projectId"`
	// RequestorID is the user the request is made for; without it, the
	// creator.
	RequestorID *string `json:"requestorId,omitempty"`
	// SampleGroups are the request's sample groups.
	SampleGroups []RequestSampleGroupCreate `json:"sampleGroups"`
	// ScheduledOn is the date to schedule the request for (YYYY-MM-DD).
	ScheduledOn *string `json:"scheduledOn,omitempty"`
	// SchemaID is the request's schema (assaysch_...).
	SchemaID string `json:"schemaId"`
}

// RequestUpdate is the body of Update; unset fields are left unchanged.
type RequestUpdate struct {
	// Assignees replace the request's assignees.
	Assignees RequestWriteAssignees `json:"assignees,omitzero"`
	// Fields are schema fields to set.
	Fields Fields `json:"fields,omitzero"`
	// ProjectID moves the request to another project.
	ProjectID *string `json:"projectId,omitempty"`
	// RequestStatus moves the request to another status.
	RequestStatus RequestStatus `json:"requestStatus,omitempty"`
	// RequestorID changes whom the request is made for.
	RequestorID *string `json:"requestorId,omitempty"`
	// SampleGroups replace the request's sample groups.
	SampleGroups []RequestSampleGroupCreate `json:"sampleGroups,omitzero"`
	// ScheduledOn reschedules the request (YYYY-MM-DD).
	ScheduledOn *string `json:"scheduledOn,omitempty"`
}

// RequestTask is a task of a legacy request: work on some of its sample
// groups, with the fields of a request task schema.
type RequestTask struct {
	// Fields are the task's schema fields.
	Fields Fields `json:"fields,omitempty"`
	// ID is the task's ID (reqtsk_...).
	ID string `json:"id,omitempty"`
	// SampleGroupIDs are the sample groups the task works on.
	SampleGroupIDs []string `json:"sampleGroupIds,omitempty"`
	// Schema is the task's schema; nil if it has none.
	Schema *SchemaSummary `json:"schema,omitempty"`
}

// RequestTasksBulkCreate is one task for BulkCreateTasks and
// CreateManyTasks.
type RequestTasksBulkCreate struct {
	// Fields are the task's schema fields.
	Fields Fields `json:"fields,omitzero"`
	// SampleGroupIDs are the sample groups of the request the task works
	// on.
	SampleGroupIDs []string `json:"sampleGroupIds,omitzero"`
	// SchemaID is the task's request task schema (reqtsksch_...).
	SchemaID string `json:"schemaId"`
}

// RequestTaskBase is one task for BulkUpdateTasks and UpdateManyTasks: the
// task, and what to change.
type RequestTaskBase struct {
	// Fields are schema fields to set.
	Fields Fields `json:"fields,omitzero"`
	// ID is the task to update (reqtsk_...).
	ID string `json:"id"`
	// SampleGroupIDs replace the sample groups the task works on.
	SampleGroupIDs []string `json:"sampleGroupIds,omitzero"`
}

// requestTasksBulkCreateRequest is the body of BulkCreateTasks (the
// spec's RequestTasksBulkCreateRequest), which takes its list.
type requestTasksBulkCreateRequest struct {
	Tasks []*RequestTasksBulkCreate `json:"tasks"`
}

// requestTasksBulkUpdateRequest is the body of BulkUpdateTasks (the
// spec's RequestTasksBulkUpdateRequest), which takes its list.
type requestTasksBulkUpdateRequest struct {
	Tasks []*RequestTaskBase `json:"tasks"`
}

// SampleGroupStatusUpdate reports the outcome of the work on one sample
// group, for ExecuteSampleGroups.
type SampleGroupStatusUpdate struct {
	// SampleGroupID is the sample group (sgrp_...).
	SampleGroupID string `json:"sampleGroupId"`
	// Status is the group's new status.
	Status SampleGroupStatus `json:"status"`
}

// sampleGroupsStatusUpdate is the body of ExecuteSampleGroups (the spec's
// SampleGroupsStatusUpdate), which takes its list.
type sampleGroupsStatusUpdate struct {
	SampleGroups []*SampleGroupStatusUpdate `json:"sampleGroups"`
}

// SampleGroupStatus is the status of the work on a sample group.
type SampleGroupStatus string

// Sample group statuses the spec declares.
const (
	SampleGroupStatusInProgress SampleGroupStatus = "IN_PROGRESS"
	SampleGroupStatusCompleted  SampleGroupStatus = "COMPLETED"
	SampleGroupStatusFailed     SampleGroupStatus = "FAILED"
)

// RequestFulfillment is work done on a request, or on one of its sample
// groups, that changed its status. Benchling records one each time the
// status changes between IN_PROGRESS, COMPLETED and FAILED (a request or
// group with none is pending).
type RequestFulfillment struct {
	// CreatedAt is when the fulfillment was recorded.
	CreatedAt time.Time `json:"createdAt,omitzero"`
	// EntryID is the entry the work was done in, if any.
	EntryID string `json:"entryId,omitempty"`
	// ID is the fulfillment's ID (reqffm_...).
	ID string `json:"id,omitempty"`
	// ModifiedAt is when the fulfillment was last modified.
	ModifiedAt time.Time `json:"modifiedAt,omitzero"`
	// RequestID is the request fulfilled (req_...).
	RequestID string `json:"requestId,omitempty"`
	// SampleGroup is the sample group the work was done on; nil for the
	// request as a whole.
	SampleGroup *SampleGroup `json:"sampleGroup,omitempty"`
	// Status is the status the work brought the request or sample group
	// to.
	Status SampleGroupStatus `json:"status,omitempty"`
}

// RequestListOptions filter and page List and All; the schema is List's
// argument. All filters are optional.
type RequestListOptions struct {
	ListOptions

	// RequestStatus restricts the list to requests in this status.
	RequestStatus RequestStatus `url:"requestStatus,omitempty"`
	// MinCreatedTime restricts the list to requests created at or after
	// this Unix time (seconds).
	MinCreatedTime int64 `url:"minCreatedTime,omitempty"`
	// MaxCreatedTime restricts the list to requests created at or before
	// this Unix time (seconds).
	MaxCreatedTime int64 `url:"maxCreatedTime,omitempty"`
	// Returning limits the returned fields, e.g. {"requests.id",
	// "requests.modifiedAt"}; the rest stay zero.
	Returning []string `url:"returning,comma,omitempty"`
}

// RequestGetOptions are the optional parameters of Get.
type RequestGetOptions struct {
	// Returning limits the returned fields, e.g. {"id", "modifiedAt"}.
	Returning []string `url:"returning,comma,omitempty"`
}

// RequestBulkGetOptions are the optional parameters of BulkGet.
type RequestBulkGetOptions struct {
	// DisplayIDs are display IDs (VPR001, ...) of requests to get, instead
	// of IDs: Benchling takes exactly one of the two lists.
	DisplayIDs []string `url:"displayIds,comma,omitempty"`
	// Returning limits the returned fields, e.g. {"requests.id"}.
	Returning []string `url:"returning,comma,omitempty"`
}

// RequestFulfillmentListOptions filter and page ListFulfillments and
// AllFulfillments; the entry is their argument.
type RequestFulfillmentListOptions struct {
	ListOptions

	// ModifiedAt filters by modification time, e.g. "> 2022-03-01".
	ModifiedAt string `url:"modifiedAt,omitempty"`
}

// RequestResponse is what a legacy request produced: the assay results
// recorded for it and the samples it made.
type RequestResponse struct {
	// Results are the assay results of the request.
	Results []AssayResult `json:"results,omitempty"`
	// Samples are the samples the request produced.
	Samples []RequestResponseSample `json:"samples,omitempty"`
}

// RequestResponseSample is a sample a legacy request produced: an entity
// or a batch (the embedded BatchOrEntityBase; the other is nil), with the
// status of the stage run that made it.
//
// Its fields Batch and Entity are in the embedded BatchOrEntityBase.
type RequestResponseSample struct {
	BatchOrEntityBase

	// Status is the status of the sample, from the stage run that made it.
	Status RequestResponseSampleStatus `json:"status,omitempty"`
}

// UnmarshalJSON decodes a sample, its batch and entity into the types of
// their kinds.
func (s *RequestResponseSample) UnmarshalJSON(b []byte) error {
	type plain RequestResponseSample
	var v struct {
		plain
		batchOrEntityJSON
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*s = RequestResponseSample(v.plain)
	return v.decode(&s.BatchOrEntityBase, "sample")
}

// RequestResponseSamplesItemBatch is the batch of a request's sample: the
// spec's RequestResponseSamplesItemBatch, which is
// BatchOrInaccessibleResource.
type RequestResponseSamplesItemBatch = BatchOrInaccessibleResource

// RequestResponseSamplesItemEntity is the entity of a request's sample:
// the spec's RequestResponseSamplesItemEntity, which is
// EntityOrInaccessibleResource.
type RequestResponseSamplesItemEntity = EntityOrInaccessibleResource

// RequestResponseSampleStatus is the status of a sample a request
// produced.
type RequestResponseSampleStatus string

// Sample statuses the spec declares.
const (
	RequestResponseSampleStatusCompleted RequestResponseSampleStatus = "COMPLETED"
	RequestResponseSampleStatusDiscarded RequestResponseSampleStatus = "DISCARDED"
)
