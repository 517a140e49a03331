package benchling

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
)

// WorkflowFlowchartNodeConfig is a node of a workflow flowchart. What the
// node is (the root, a task, an output, a router, an end) is NodeType, and
// NodeDetails holds what a node of that kind has; read it with a type
// switch:
//
//	switch d := node.NodeDetails.(type) {
//	case *benchling.WorkflowTaskNodeDetails:
//		fmt.Println("task of schema", d.TaskSchema.Name)
//	case *benchling.WorkflowRouterNodeDetails:
//		for _, f := range d.RouterFunctions {
//			fmt.Println("rule", f.Name, "takes edge", f.EdgeConfigID)
//		}
//	case *benchling.UnknownWorkflowFlowchartNodeConfigNodeDetails:
//		fmt.Println("a kind of node this SDK does not know:", d.NodeType)
//	}
type WorkflowFlowchartNodeConfig struct {
	// ID is the node's ID (wffcnc_...).
	ID string `json:"id,omitempty"`
	// NodeDetails are the node's details, by kind; nil when the response
	// has none.
	NodeDetails WorkflowFlowchartNodeConfigNodeDetails `json:"nodeDetails,omitempty"`
	// NodeType is the node's kind.
	NodeType WorkflowFlowchartNodeConfigNodeType `json:"nodeType,omitempty"`
}

// UnmarshalJSON decodes a node, its details into the struct of their kind
// (the details' nodeType, or the node's when the details have none). A
// kind this SDK does not know decodes into
// *UnknownWorkflowFlowchartNodeConfigNodeDetails, its JSON kept; details of
// a known kind that do not fit their struct are an error.
func (n *WorkflowFlowchartNodeConfig) UnmarshalJSON(b []byte) error {
	type plain WorkflowFlowchartNodeConfig
	var v struct {
		plain
		NodeDetails json.RawMessage `json:"nodeDetails"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*n = WorkflowFlowchartNodeConfig(v.plain)
	if len(v.NodeDetails) == 0 || string(bytes.TrimSpace(v.NodeDetails)) == "null" {
		return nil
	}
	d, err := decodeWorkflowNodeDetails(v.NodeDetails, n.NodeType)
	if err != nil {
		return fmt.Errorf("node %s: %w", n.ID, err)
	}
	n.NodeDetails = d
	return nil
}

// WorkflowFlowchartNodeConfigNodeType is the kind of a flowchart node, and
// the discriminator of its details. Unknown kinds still decode.
type WorkflowFlowchartNodeConfigNodeType string

// Node kinds the spec declares, with the struct their details decode into.
const (
	WorkflowFlowchartNodeConfigNodeTypeRoot   WorkflowFlowchartNodeConfigNodeType = "ROOT"   // *WorkflowRootNodeDetails
	WorkflowFlowchartNodeConfigNodeTypeOutput WorkflowFlowchartNodeConfigNodeType = "OUTPUT" // *WorkflowOutputNodeDetails
	WorkflowFlowchartNodeConfigNodeTypeTask   WorkflowFlowchartNodeConfigNodeType = "TASK"   // *WorkflowTaskNodeDetails
	WorkflowFlowchartNodeConfigNodeTypeRouter WorkflowFlowchartNodeConfigNodeType = "ROUTER" // *WorkflowRouterNodeDetails
	WorkflowFlowchartNodeConfigNodeTypeEnd    WorkflowFlowchartNodeConfigNodeType = "END"    // *WorkflowEndNodeDetails
)

// WorkflowFlowchartNodeConfigNodeDetails are the details of a flowchart
// node, one struct per kind of node: *WorkflowRootNodeDetails,
// *WorkflowOutputNodeDetails, *WorkflowTaskNodeDetails,
// *WorkflowRouterNodeDetails, *WorkflowEndNodeDetails, and
// *UnknownWorkflowFlowchartNodeConfigNodeDetails for a kind this SDK does
// not know. The set is closed: only this package implements the
// interface.
type WorkflowFlowchartNodeConfigNodeDetails interface {
	// NodeKind returns the kind of node the details are of.
	NodeKind() WorkflowFlowchartNodeConfigNodeType
	workflowNodeDetails()
}

// decodeWorkflowNodeDetails decodes a node's details by their nodeType
// (kind when they have none), with decodeByKind.
func decodeWorkflowNodeDetails(raw json.RawMessage, kind WorkflowFlowchartNodeConfigNodeType) (WorkflowFlowchartNodeConfigNodeDetails, error) {
	or := func(t string) WorkflowFlowchartNodeConfigNodeType {
		if t == "" {
			return kind
		}
		return WorkflowFlowchartNodeConfigNodeType(t)
	}
	return decodeByKind(raw, "nodeType", "node details",
		func(t string) WorkflowFlowchartNodeConfigNodeDetails {
			switch or(t) {
			case WorkflowFlowchartNodeConfigNodeTypeRoot:
				return &WorkflowRootNodeDetails{}
			case WorkflowFlowchartNodeConfigNodeTypeOutput:
				return &WorkflowOutputNodeDetails{}
			case WorkflowFlowchartNodeConfigNodeTypeTask:
				return &WorkflowTaskNodeDetails{}
			case WorkflowFlowchartNodeConfigNodeTypeRouter:
				return &WorkflowRouterNodeDetails{}
			case WorkflowFlowchartNodeConfigNodeTypeEnd:
				return &WorkflowEndNodeDetails{}
			}
			return nil
		},
		func(t string, raw json.RawMessage) WorkflowFlowchartNodeConfigNodeDetails {
			return &UnknownWorkflowFlowchartNodeConfigNodeDetails{NodeType: or(t), Raw: raw}
		})
}

// WorkflowRootNodeDetails are the details of a flowchart's root node: the
// schema of the task the flowchart starts with.
type WorkflowRootNodeDetails struct {
	// ID is the details' ID (wfrnd_...).
	ID string `json:"id,omitempty"`
	// NodeType is WorkflowFlowchartNodeConfigNodeTypeRoot.
	NodeType WorkflowFlowchartNodeConfigNodeType `json:"nodeType,omitempty"`
	// RootTaskSchema is the schema of the root task.
	RootTaskSchema WorkflowTaskSchemaSummary `json:"rootTaskSchema,omitzero"`
}

// WorkflowOutputNodeDetails are the details of an output node: the schema
// of the outputs it stands for.
type WorkflowOutputNodeDetails struct {
	// ID is the details' ID (wfond_...).
	ID string `json:"id,omitempty"`
	// NodeType is WorkflowFlowchartNodeConfigNodeTypeOutput.
	NodeType WorkflowFlowchartNodeConfigNodeType `json:"nodeType,omitempty"`
	// OutputSchema is the schema of the node's outputs.
	OutputSchema SchemaSummary `json:"outputSchema,omitzero"`
}

// WorkflowTaskNodeDetails are the details of a task node: the schema of
// the tasks it stands for.
type WorkflowTaskNodeDetails struct {
	// ID is the details' ID (wftnd_...).
	ID string `json:"id,omitempty"`
	// NodeType is WorkflowFlowchartNodeConfigNodeTypeTask.
	NodeType WorkflowFlowchartNodeConfigNodeType `json:"nodeType,omitempty"`
	// TaskSchema is the schema of the node's tasks.
	TaskSchema WorkflowTaskSchemaSummary `json:"taskSchema,omitzero"`
}

// WorkflowRouterNodeDetails are the details of a router node, which sends
// the work along one of its edges by the first of its functions (rules)
// that applies.
type WorkflowRouterNodeDetails struct {
	// ID is the details' ID (wfrnd_...).
	ID string `json:"id,omitempty"`
	// Name is the router's name, for example "Router 1".
	Name string `json:"name,omitempty"`
	// NodeType is WorkflowFlowchartNodeConfigNodeTypeRouter.
	NodeType WorkflowFlowchartNodeConfigNodeType `json:"nodeType,omitempty"`
	// RouterFunctions are the router's rules.
	RouterFunctions []WorkflowRouterFunction `json:"routerFunctions,omitempty"`
}

// WorkflowRouterFunction is a rule of a router node, and the edge it takes.
type WorkflowRouterFunction struct {
	// EdgeConfigID is the edge the rule sends the work along (wffcec_...).
	EdgeConfigID string `json:"edgeConfigId,omitempty"`
	// ID is the rule's ID (wfrf_...).
	ID string `json:"id,omitempty"`
	// IsDefault says whether the rule applies when no other does. The spec
	// gives the property no type, so it is any JSON value decoded as
	// encoding/json does; Benchling sends a boolean (test it with
	// rf.IsDefault == true). A value of another kind decodes rather than
	// failing the whole flowchart.
	IsDefault any `json:"isDefault,omitempty"`
	// Name is the rule's name, for example "Rule 1".
	Name string `json:"name,omitempty"`
}

// WorkflowEndNodeDetails are the details of an end node of a flowchart.
type WorkflowEndNodeDetails struct {
	// ID is the details' ID (wftrnd_...).
	ID string `json:"id,omitempty"`
	// Name is the end node's name, for example "End 1".
	Name string `json:"name,omitempty"`
	// NodeType is WorkflowFlowchartNodeConfigNodeTypeEnd.
	NodeType WorkflowFlowchartNodeConfigNodeType `json:"nodeType,omitempty"`
}

// UnknownWorkflowFlowchartNodeConfigNodeDetails are the details of a kind
// of node this SDK does not know. Raw keeps their JSON, which MarshalJSON
// returns as is.
type UnknownWorkflowFlowchartNodeConfigNodeDetails struct {
	// NodeType is the details' nodeType (or the node's, when the details
	// have none).
	NodeType WorkflowFlowchartNodeConfigNodeType
	// Raw is the details' JSON as the server sent it.
	Raw json.RawMessage
}

// MarshalJSON returns Raw, or {"nodeType": NodeType} when Raw is empty.
func (d *UnknownWorkflowFlowchartNodeConfigNodeDetails) MarshalJSON() ([]byte, error) {
	if len(d.Raw) > 0 {
		if !json.Valid(d.Raw) {
			return nil, errors.New("benchling: UnknownWorkflowFlowchartNodeConfigNodeDetails.Raw is not valid JSON")
		}
		return d.Raw, nil
	}
	return json.Marshal(map[string]WorkflowFlowchartNodeConfigNodeType{"nodeType": d.NodeType})
}

// NodeKind returns WorkflowFlowchartNodeConfigNodeTypeRoot.
func (*WorkflowRootNodeDetails) NodeKind() WorkflowFlowchartNodeConfigNodeType {
	return WorkflowFlowchartNodeConfigNodeTypeRoot
}

// NodeKind returns WorkflowFlowchartNodeConfigNodeTypeOutput.
func (*WorkflowOutputNodeDetails) NodeKind() WorkflowFlowchartNodeConfigNodeType {
	return WorkflowFlowchartNodeConfigNodeTypeOutput
}

// NodeKind returns WorkflowFlowchartNodeConfigNodeTypeTask.
func (*WorkflowTaskNodeDetails) NodeKind() WorkflowFlowchartNodeConfigNodeType {
	return WorkflowFlowchartNodeConfigNodeTypeTask
}

// NodeKind returns WorkflowFlowchartNodeConfigNodeTypeRouter.
func (*WorkflowRouterNodeDetails) NodeKind() WorkflowFlowchartNodeConfigNodeType {
	return WorkflowFlowchartNodeConfigNodeTypeRouter
}

// NodeKind returns WorkflowFlowchartNodeConfigNodeTypeEnd.
func (*WorkflowEndNodeDetails) NodeKind() WorkflowFlowchartNodeConfigNodeType {
	return WorkflowFlowchartNodeConfigNodeTypeEnd
}

// NodeKind returns the details' NodeType.
func (d *UnknownWorkflowFlowchartNodeConfigNodeDetails) NodeKind() WorkflowFlowchartNodeConfigNodeType {
	return d.NodeType
}

func (*WorkflowRootNodeDetails) workflowNodeDetails()                       {}
func (*WorkflowOutputNodeDetails) workflowNodeDetails()                     {}
func (*WorkflowTaskNodeDetails) workflowNodeDetails()                       {}
func (*WorkflowRouterNodeDetails) workflowNodeDetails()                     {}
func (*WorkflowEndNodeDetails) workflowNodeDetails()                        {}
func (*UnknownWorkflowFlowchartNodeConfigNodeDetails) workflowNodeDetails() {}
