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
  /** Method id sent back in `authenticate` (`chatgpt`, `openai-api-key` or `codex-api-key`). */
  id: string;
  /** Label the client shows for this method. */
  name: string;
  /** Longer explanation the client may show under the label. */
  description?: string | null;
}

/** Answer to `initialize`. */
export interface InitializeResult {
  /** Version this agent speaks (ACP_PROTOCOL_VERSION). */
  protocolVersion: number;
  /** Optional ACP features this agent serves. */
  agentCapabilities: AgentCapabilities;
  /** Sign-in methods the client may pick from. */
  authMethods: AuthMethod[];
  /** This agent's name, title and version. */
  agentInfo: Implementation;
}

/** One approval preset offered as a session mode. */
export interface SessionMode {
  /** Mode id; `session/set_mode` takes it. */
  id: string;
  /** Label the client shows for this mode. */
  name: string;
  /** What the preset allows, for the client to show. */
  description?: string | null;
}

/** The session's modes: the one in effect and the ones it can switch to. */
export interface SessionModeState {
  /** Id of the mode in effect. */
  currentModeId: string;
  /** Every mode the client may switch to. */
  availableModes: SessionMode[];
}

/** Answer to `session/new`. */
export interface NewSessionResult {
  /** Id of the new session; later session calls name it. */
  sessionId: string;
  /** Modes of the new session. */
  modes: SessionModeState;
}

/** Answer to `session/load`. */
export interface LoadSessionResult {
  /** Modes of the loaded session. */
  modes: SessionModeState;
}

/** Why a prompt turn ended. */
export type StopReason = 'end_turn' | 'max_tokens' | 'max_turn_requests' | 'refusal' | 'cancelled';

/** Answer to `session/prompt`, sent once the turn ends. */
export interface PromptResult {
  /** Why the turn ended. */
  stopReason: StopReason;
}

/** One saved session in a `session/list` answer. */
export interface SessionInfo {
  /** Id to pass to `session/load`. */
  sessionId: string;
  /** Working directory the session ran in. */
  cwd: string;
  /** Preview of the session's first user message, null when there is none. */
  title?: string | null;
  /** When the session was created (ISO 8601, from its rollout). */
  updatedAt?: string | null;
}

/** Answer to `session/list`: one page of saved sessions. */
export interface ListSessionsResult {
  /** Sessions on this page. */
  sessions: SessionInfo[];
  /** Cursor for the next page; absent on the last page. */
  nextCursor?: string | null;
}

/** Content the agent sends (text only: the core produces text). */
export interface TextContent {
  /** Content tag. */
  type: 'text';
  /** The text itself. */
  text: string;
}

/** What a tool call shows: text, a file diff, or a client terminal. */
export type ToolCallContent =
  | { type: 'content'; content: TextContent }
  | { type: 'diff'; path: string; oldText?: string | null; newText: string };

/** What a tool call does; the client picks an icon from it. */
export type ToolKind = 'read' | 'edit' | 'delete' | 'move' | 'search' | 'execute' | 'think' | 'fetch' | 'switch_mode' | 'other';
/** Progress of a tool call. */
export type ToolCallStatus = 'pending' | 'in_progress' | 'completed' | 'failed';

/** A file a tool call touches (the editor follows along). */
export interface ToolCallLocation {
  /** Absolute path of the file. */
  path: string;
  /** 1-based line the change or read starts at, when known. */
  line?: number | null;
}

/** A new tool call (`tool_call`). */
export interface ToolCall {
  /** Id this call's later updates and permission requests name. */
  toolCallId: string;
  /** Human-readable summary (the command line, or `Edit`). */
  title: string;
  /** What the call does. */
  kind: ToolKind;
  /** Progress of the call. */
  status: ToolCallStatus;
  /** What the call shows (output text or file diffs). */
  content?: ToolCallContent[];
  /** Files the call touches. */
  locations?: ToolCallLocation[];
  /** The call's arguments as the model sent them. */
  rawInput?: unknown;
  /** The call's raw result. */
  rawOutput?: unknown;
}

/** Changes to a tool call (`tool_call_update`, and the `toolCall` of a permission request); absent fields are unchanged. */
export interface ToolCallUpdate {
  /** Id of the tool call being changed. */
  toolCallId: string;
  /** New summary. */
  title?: string;
  /** New kind. */
  kind?: ToolKind;
  /** New progress. */
  status?: ToolCallStatus;
  /** Replacement content. */
  content?: ToolCallContent[];
  /** Replacement locations. */
  locations?: ToolCallLocation[];
  /** Replacement raw arguments. */
  rawInput?: unknown;
  /** The call's raw result. */
  rawOutput?: unknown;
}

/** One step of the agent's plan (`plan` update). */
export interface PlanEntry {
  /** What the step is. */
  content: string;
  /** Step priority (this agent always sends `medium`: the core has no priorities). */
  priority: 'high' | 'medium' | 'low';
  /** Progress of the step. */
  status: 'pending' | 'in_progress' | 'completed';
}

/** A slash command the client may offer (`available_commands_update`). */
export interface AvailableCommand {
  /** Command name without the slash. */
  name: string;
  /** What the command does. */
  description: string;
  /** Hint for the text after the command, when it takes input. */
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

/** Params of the `session/update` notification. */
export interface SessionNotification {
  /** Session the update belongs to. */
  sessionId: string;
  /** What changed. */
  update: SessionUpdate;
}

/** What choosing a permission option means. */
export type PermissionOptionKind = 'allow_once' | 'allow_always' | 'reject_once' | 'reject_always';

/** One choice in a permission request. */
export interface PermissionOption {
  /** Id the client sends back when the user picks this option. */
  optionId: string;
  /** Label the client shows. */
  name: string;
  /** What choosing it means (allow or reject, once or always). */
  kind: PermissionOptionKind;
}

/** Params of `session/request_permission` (agent to client). */
export interface RequestPermissionParams {
  /** Session asking. */
  sessionId: string;
  /** The tool call that needs approval. */
  toolCall: ToolCallUpdate;
  /** Choices the user may pick from. */
  options: PermissionOption[];
}

/** Answer to `session/request_permission`. */
export interface RequestPermissionResult {
  /** The option the user picked, or `cancelled` when the turn was cancelled. */
  outcome: { outcome: 'cancelled' } | { outcome: 'selected'; optionId: string };
}

/** Params of `fs/write_text_file` (agent to client): write a file through the editor. */
export interface WriteTextFileParams {
  /** Session writing. */
  sessionId: string;
  /** Absolute path of the file. */
  path: string;
  /** The whole new file text. */
  content: string;
}

/** Params of `fs/read_text_file` (agent to client): read a file through the editor. */
export interface ReadTextFileParams {
  /** Session reading. */
  sessionId: string;
  /** Absolute path of the file. */
  path: string;
  /** 1-based line to start at; absent means the start. */
  line?: number | null;
  /** Most lines to return; absent means all. */
  limit?: number | null;
}

/** Answer to `fs/read_text_file`. */
export interface ReadTextFileResult {
  /** The file text (the requested lines only). */
  content: string;
}
