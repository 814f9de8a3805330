/**
 * Agent Client Protocol (ACP) v1 wire types: the subset this agent sends and receives, with the
 * schema's exact field names (camelCase, `sessionUpdate`/`type` tags). No logic here.
 */
import type { ClientCapabilitiesDto, ImplementationDto } from './acp-dtos';

/** The protocol version this agent speaks (ACP versions are integers; v1 is the stable one). */
export const ACP_PROTOCOL_VERSION = 1;

/** Name and version of one side (`clientInfo`, `agentInfo`); the DTO is its declaration. */
export type Implementation = ImplementationDto;
/** What the client can do for the agent (from `initialize`); the DTO is its declaration. */
export type ClientCapabilities = ClientCapabilitiesDto;

/** What this agent can do (the `initialize` answer). */
export interface AgentCapabilities {
  /** `session/load` is served. */
  loadSession: boolean;
  /** Prompt content besides text and resource links. */
  promptCapabilities: { image: boolean; audio: boolean; embeddedContext: boolean };
  /** MCP server transports accepted in `session/new.mcpServers` (stdio is always accepted). */
  mcpCapabilities: { http: boolean; sse: boolean };
  /** Session methods beyond new/load/prompt (`session/list`). */
  sessionCapabilities?: { list?: Record<string, never> };
}

/** One way to sign in; `authenticate {methodId}` picks it. */
export interface AuthMethod {
  id: string;
  name: string;
  description?: string | null;
}

export interface InitializeResult {
  protocolVersion: number;
  agentCapabilities: AgentCapabilities;
  authMethods: AuthMethod[];
  agentInfo: Implementation;
}

/** One approval preset offered as a session mode. */
export interface SessionMode {
  id: string;
  name: string;
  description?: string | null;
}

export interface SessionModeState {
  currentModeId: string;
  availableModes: SessionMode[];
}

export interface NewSessionResult {
  sessionId: string;
  modes: SessionModeState;
}

export interface LoadSessionResult {
  modes: SessionModeState;
}

export type StopReason = 'end_turn' | 'max_tokens' | 'max_turn_requests' | 'refusal' | 'cancelled';

export interface PromptResult {
  stopReason: StopReason;
}

export interface SessionInfo {
  sessionId: string;
  cwd: string;
  title?: string | null;
  updatedAt?: string | null;
}

export interface ListSessionsResult {
  sessions: SessionInfo[];
  nextCursor?: string | null;
}

/** Content the agent sends (text only: the core produces text). */
export interface TextContent {
  type: 'text';
  text: string;
}

/** What a tool call shows: text, a file diff, or a client terminal. */
export type ToolCallContent =
  | { type: 'content'; content: TextContent }
  | { type: 'diff'; path: string; oldText?: string | null; newText: string };

export type ToolKind = 'read' | 'edit' | 'delete' | 'move' | 'search' | 'execute' | 'think' | 'fetch' | 'switch_mode' | 'other';
export type ToolCallStatus = 'pending' | 'in_progress' | 'completed' | 'failed';

/** A file a tool call touches (the editor follows along). */
export interface ToolCallLocation {
  path: string;
  line?: number | null;
}

/** A new tool call (`tool_call`). */
export interface ToolCall {
  toolCallId: string;
  title: string;
  kind: ToolKind;
  status: ToolCallStatus;
  content?: ToolCallContent[];
  locations?: ToolCallLocation[];
  rawInput?: unknown;
  rawOutput?: unknown;
}

/** Changes to a tool call (`tool_call_update`, and the `toolCall` of a permission request); absent fields are unchanged. */
export interface ToolCallUpdate {
  toolCallId: string;
  title?: string;
  kind?: ToolKind;
  status?: ToolCallStatus;
  content?: ToolCallContent[];
  locations?: ToolCallLocation[];
  rawInput?: unknown;
  rawOutput?: unknown;
}

export interface PlanEntry {
  content: string;
  priority: 'high' | 'medium' | 'low';
  status: 'pending' | 'in_progress' | 'completed';
}

export interface AvailableCommand {
  name: string;
  description: string;
  input?: { hint: string } | null;
}

/** The `update` of a `session/update` notification. */
export type SessionUpdate =
  | { sessionUpdate: 'user_message_chunk'; content: TextContent }
  | { sessionUpdate: 'agent_message_chunk'; content: TextContent }
  | { sessionUpdate: 'agent_thought_chunk'; content: TextContent }
  | ({ sessionUpdate: 'tool_call' } & ToolCall)
  | ({ sessionUpdate: 'tool_call_update' } & ToolCallUpdate)
  | { sessionUpdate: 'plan'; entries: PlanEntry[] }
  | { sessionUpdate: 'available_commands_update'; availableCommands: AvailableCommand[] }
  | { sessionUpdate: 'current_mode_update'; currentModeId: string }
  | { sessionUpdate: 'usage_update'; used: number; size: number };

export interface SessionNotification {
  sessionId: string;
  update: SessionUpdate;
}

export type PermissionOptionKind = 'allow_once' | 'allow_always' | 'reject_once' | 'reject_always';

export interface PermissionOption {
  optionId: string;
  name: string;
  kind: PermissionOptionKind;
}

export interface RequestPermissionParams {
  sessionId: string;
  toolCall: ToolCallUpdate;
  options: PermissionOption[];
}

export interface RequestPermissionResult {
  outcome: { outcome: 'cancelled' } | { outcome: 'selected'; optionId: string };
}

export interface WriteTextFileParams {
  sessionId: string;
  path: string;
  content: string;
}

export interface ReadTextFileParams {
  sessionId: string;
  path: string;
  line?: number | null;
  limit?: number | null;
}

export interface ReadTextFileResult {
  content: string;
}
