/**
 * The whole JSON-RPC surface in one table: every client→server request (MCP, conversation API,
 * auth API), every server→client request, and the notifications both ways. Each descriptor
 * names the method, its params DTO (or schema) and its result schema; the dispatcher registers
 * handlers by descriptor and the compiler checks what they return.
 */
import { REVIEW_DECISION_VALUES } from './common-types';
import type * as AuthDtos from './dto/auth-dtos';
import type * as ConversationDtos from './dto/conversation-dtos';
import { CallToolParamsDto, CancelledParamsDto, InitializeParamsDto, ListTasksParamsDto, SetLevelParamsDto, TaskIdParamsDto } from './dto/mcp-dtos';
import { EVENT_MSG_SCHEMAS, EventMsgSchema, FileChangeSchema, type EventMsgType } from './events';
import { clientNotification, clientRequest, lazyDto, serverNotification, serverRequest, type NotificationType, type RequestType } from './method-types';
import { arr, bool, int, lit, named, nullable, obj, oneOfStrings, opt, record, str, union, unknownValue, type Infer } from './schema/wire-schema';

// The conversation and auth APIs' DTOs load with the first request of their API (an MCP client
// sends none), not with the table.
/* eslint-disable @typescript-eslint/no-var-requires */
const conversationDtos = () => require('./dto/conversation-dtos') as typeof ConversationDtos;
const authDtos = () => require('./dto/auth-dtos') as typeof AuthDtos;
/* eslint-enable @typescript-eslint/no-var-requires */

const empty = named('EmptyResult', obj({}));
const requestId = named('RequestId', union(str(), int()));
const reviewDecision = named('ReviewDecision', oneOfStrings(REVIEW_DECISION_VALUES));

// ---- results -------------------------------------------------------------------------------

/** MCP tasks (2025-11-25): a pollable task standing for a task-augmented request. */
export const TaskSchema = named(
  'Task',
  obj({
    taskId: str(),
    status: oneOfStrings(['working', 'input_required', 'completed', 'failed', 'cancelled'] as const),
    statusMessage: opt(str('Why it failed, or other status information.')),
    createdAt: str('ISO 8601.'),
    lastUpdatedAt: str('ISO 8601.'),
    ttl: nullable(int('Milliseconds from creation the task and its result are kept.')),
    pollInterval: opt(int('Suggested milliseconds between two tasks/get.')),
  }),
);
/** A task as `tasks/get` and friends return it. */
export type Task = Infer<typeof TaskSchema>;
export const CreateTaskResultSchema = named('CreateTaskResult', obj({ task: TaskSchema }));
/** The immediate answer to a task-augmented `tools/call`. */
export type CreateTaskResult = Infer<typeof CreateTaskResultSchema>;
const emptyCapability = obj({});

export const InitializeResultSchema = named(
  'InitializeResult',
  obj({
    capabilities: obj({
      tasks: opt(obj({ list: emptyCapability, cancel: emptyCapability, requests: obj({ tools: obj({ call: emptyCapability }) }) }, 'Only for clients that negotiated 2025-11-25.')),
      tools: obj({ listChanged: bool() }),
    }),
    protocolVersion: str(),
    serverInfo: obj({ name: str(), title: str(), version: str() }),
  }),
);
export const ToolSchema = named(
  'Tool',
  obj({
    description: str(),
    inputSchema: record(unknownValue()),
    name: str(),
    title: str(),
    execution: opt(obj({ taskSupport: oneOfStrings(['forbidden', 'optional', 'required'] as const) }, 'Only for clients that negotiated 2025-11-25.')),
  }),
);
/** One entry of `tools/list`. */
export type ToolDefinition = Infer<typeof ToolSchema>;
export const CallToolResultSchema = named(
  'CallToolResult',
  obj({
    content: arr(obj({ text: str(), type: lit('text') })),
    isError: opt(bool()),
    structuredContent: opt(obj({ threadId: str(), sessionId: str(), content: str() })),
  }),
);
/** The result of `tools/call` (tool failures included, with `isError`). */
export type CallToolResult = Infer<typeof CallToolResultSchema>;
export const NewConversationResultSchema = named('NewConversationResult', obj({ conversationId: str(), model: str(), rolloutPath: str() }));
export const ConversationSummarySchema = named('ConversationSummary', obj({ conversationId: str(), path: str(), preview: str(), timestamp: str() }));
/** `getAuthStatus`: keys left out, not null, when absent. */
export const AuthStatusSchema = named(
  'AuthStatus',
  obj({
    authMethod: opt(oneOfStrings(['apikey', 'chatgpt'] as const, 'Omitted when signed out (no usable token).')),
    preferredAuthMethod: oneOfStrings(['apikey', 'chatgpt'] as const, '`preferred_auth_method` from the config (default `chatgpt`).'),
    authToken: opt(str('Only when asked for with `includeToken` and signed in.')),
    requiresOpenaiAuth: bool('Whether the configured model provider takes its credentials from here.'),
  }),
);
/** The result of `getAuthStatus`. */
export type AuthStatus = Infer<typeof AuthStatusSchema>;
/** Fired after every login and logout with the mode now in effect. */
export const AuthChangeEventSchema = named('AuthChangeEvent', obj({ authMethod: opt(oneOfStrings(['apikey', 'chatgpt'] as const, 'Omitted when signed out.')) }));
/** Params of `codex/event/auth_status_change`. */
export type AuthChangeEvent = Infer<typeof AuthChangeEventSchema>;
/** Fired once per ChatGPT login attempt. */
export const LoginCompleteEventSchema = named(
  'LoginCompleteEvent',
  obj({ loginId: str(), success: bool(), error: opt(str('`Login server error: …` or `Login timed out`, when not successful.')) }),
);
/** Params of `codex/event/login_chat_gpt_complete`. */
export type LoginCompleteEvent = Infer<typeof LoginCompleteEventSchema>;

// ---- MCP methods ---------------------------------------------------------------------------

export const InitializeRequest = clientRequest('initialize', InitializeParamsDto, InitializeResultSchema);
export const PingRequest = clientRequest('ping', undefined, empty);
export const ListToolsRequest = clientRequest('tools/list', undefined, named('ListToolsResult', obj({ tools: arr(ToolSchema) })));
/** Tool failures are results with `isError`, never JSON-RPC errors. */
/** With `params.task` (2025-11-25): a CreateTaskResult at once, the CallToolResult from tasks/result. */
export const CallToolRequest = clientRequest('tools/call', CallToolParamsDto, union(CallToolResultSchema, CreateTaskResultSchema));
export const GetTaskRequest = clientRequest('tasks/get', TaskIdParamsDto, TaskSchema);
/** Waits for the task to end; the CallToolResult with the related-task `_meta`. */
export const GetTaskPayloadRequest = clientRequest('tasks/result', TaskIdParamsDto, record(unknownValue()));
export const ListTasksRequest = clientRequest('tasks/list', ListTasksParamsDto, named('ListTasksResult', obj({ tasks: arr(TaskSchema), nextCursor: opt(str()) })));
export const CancelTaskRequest = clientRequest('tasks/cancel', TaskIdParamsDto, TaskSchema);
export const ListResourcesRequest = clientRequest('resources/list', undefined, obj({ resources: arr(unknownValue()) }));
export const ListResourceTemplatesRequest = clientRequest('resources/templates/list', undefined, obj({ resourceTemplates: arr(unknownValue()) }));
export const ListPromptsRequest = clientRequest('prompts/list', undefined, obj({ prompts: arr(unknownValue()) }));
export const SetLevelRequest = clientRequest('logging/setLevel', SetLevelParamsDto, empty);

export const InitializedNotification = clientNotification('notifications/initialized');
/** Handled by the transport: it fires the request's token and drops its answer. */
export const CancelledNotification = clientNotification('notifications/cancelled', CancelledParamsDto);

// ---- conversation API (order-sensitive methods are serial) ---------------------------------

const serial = { serial: true };
export const NewConversationRequest = clientRequest('newConversation', lazyDto(() => conversationDtos().NewConversationParamsDto), NewConversationResultSchema, serial);
export const SendUserMessageRequest = clientRequest('sendUserMessage', lazyDto(() => conversationDtos().SendUserMessageParamsDto), empty, serial);
export const SendUserTurnRequest = clientRequest('sendUserTurn', lazyDto(() => conversationDtos().SendUserTurnParamsDto), empty, serial);
export const InterruptConversationRequest = clientRequest('interruptConversation', lazyDto(() => conversationDtos().ConversationIdParamsDto), obj({ abortReason: str() }), serial);
export const AddConversationListenerRequest = clientRequest('addConversationListener', lazyDto(() => conversationDtos().ConversationIdParamsDto), obj({ subscriptionId: str() }), serial);
export const RemoveConversationListenerRequest = clientRequest('removeConversationListener', lazyDto(() => conversationDtos().RemoveConversationListenerParamsDto), empty, serial);
export const GitDiffToRemoteRequest = clientRequest('gitDiffToRemote', lazyDto(() => conversationDtos().GitDiffToRemoteParamsDto), obj({ sha: str(), diff: str() }));
export const GetConfigTomlRequest = clientRequest('getConfigToml', undefined, record(unknownValue()));
export const GetUserSavedConfigRequest = clientRequest('getUserSavedConfig', undefined, obj({ config: record(unknownValue()) }));
export const ListConversationsRequest = clientRequest(
  'listConversations',
  lazyDto(() => conversationDtos().ListConversationsParamsDto),
  obj({ items: arr(ConversationSummarySchema), nextCursor: opt(str()) }),
);
export const ResumeConversationRequest = clientRequest(
  'resumeConversation',
  lazyDto(() => conversationDtos().ResumeConversationParamsDto),
  obj({ conversationId: str(), model: str(), initialMessages: arr(EventMsgSchema) }),
  serial,
);
export const ArchiveConversationRequest = clientRequest('archiveConversation', lazyDto(() => conversationDtos().ArchiveConversationParamsDto), empty, serial);
export const GetUserAgentRequest = clientRequest('getUserAgent', undefined, obj({ userAgent: str() }));
export const ExecOneOffCommandRequest = clientRequest('execOneOffCommand', lazyDto(() => conversationDtos().ExecOneOffCommandParamsDto), obj({ exitCode: int(), stdout: str(), stderr: str() }));

// ---- auth API ------------------------------------------------------------------------------

export const GetAuthStatusRequest = clientRequest('getAuthStatus', lazyDto(() => authDtos().GetAuthStatusParamsDto), AuthStatusSchema);
export const LoginApiKeyRequest = clientRequest('loginApiKey', lazyDto(() => authDtos().LoginApiKeyParamsDto), empty, serial);
export const LoginChatGptRequest = clientRequest('loginChatGpt', undefined, obj({ loginId: str(), authUrl: str() }), serial);
export const CancelLoginChatGptRequest = clientRequest('cancelLoginChatGpt', lazyDto(() => authDtos().CancelLoginChatGptParamsDto), empty, serial);
export const LogoutChatGptRequest = clientRequest('logoutChatGpt', undefined, empty, serial);
export const UserInfoRequest = clientRequest('userInfo', undefined, obj({ allegedUserEmail: opt(str()) }));

// ---- server → client requests --------------------------------------------------------------

/** `{decision}` (the reference's clients) or an MCP ElicitResult `{action, content?}`. */
const approvalReply = named(
  'ApprovalReply',
  obj({ decision: opt(reviewDecision), action: opt(oneOfStrings(['accept', 'decline', 'cancel'] as const)), content: opt(record(unknownValue())) }),
);
const elicitationFields = {
  message: str(),
  requestedSchema: record(unknownValue()),
  codex_elicitation: oneOfStrings(['exec-approval', 'patch-approval'] as const),
  codex_mcp_tool_call_id: str(),
  codex_event_id: str(),
  codex_call_id: str(),
  codex_command: opt(arr(str())),
  codex_cwd: opt(str()),
  codex_reason: opt(str()),
  codex_grant_root: opt(str()),
  codex_changes: opt(record(FileChangeSchema)),
};
export const ElicitationRequest = serverRequest(
  'elicitation/create',
  named('ElicitationParams', obj({ ...elicitationFields, _meta: opt(record(unknownValue())) })),
  approvalReply,
);
export const ExecCommandApprovalRequest = serverRequest(
  'execCommandApproval',
  named('ExecCommandApprovalParams', obj({ conversation_id: str(), call_id: str(), command: arr(str()), cwd: str(), reason: opt(str()) })),
  approvalReply,
);
export const ApplyPatchApprovalRequest = serverRequest(
  'applyPatchApproval',
  named(
    'ApplyPatchApprovalParams',
    obj({ conversation_id: str(), call_id: str(), file_changes: record(FileChangeSchema), reason: opt(str()), grant_root: opt(str()) }),
  ),
  approvalReply,
);

// ---- server → client notifications --------------------------------------------------------

export const CodexEventNotification = serverNotification(
  'codex/event',
  named('CodexEventParams', obj({ _meta: obj({ requestId }), id: str(), msg: EventMsgSchema })),
);
export const ProgressNotification = serverNotification(
  'notifications/progress',
  named('ProgressParams', obj({ progressToken: union(str(), int()), progress: int(), message: opt(str()) })),
);
export const TaskStatusNotification = serverNotification('notifications/tasks/status', TaskSchema);
export const AuthStatusChangeNotification = serverNotification('codex/event/auth_status_change', AuthChangeEventSchema);
export const LoginChatGptCompleteNotification = serverNotification('codex/event/login_chat_gpt_complete', LoginCompleteEventSchema);

/** `codex/event/<type>`: one conversation event for a conversation-API listener. */
export const conversationEventNotifications = Object.fromEntries(
  Object.entries(EVENT_MSG_SCHEMAS).map(([type, msg]) => [type, serverNotification(`codex/event/${type}`, obj({ id: str(), msg, conversationId: str() }))]),
) as { [K in EventMsgType]: NotificationType<{ id: string; msg: Infer<(typeof EVENT_MSG_SCHEMAS)[K]>; conversationId: string }> };

/** The surface, grouped the way the schema export writes it. */
export const PROTOCOL = {
  clientRequests: [
    InitializeRequest,
    PingRequest,
    ListToolsRequest,
    CallToolRequest,
    ListResourcesRequest,
    ListResourceTemplatesRequest,
    ListPromptsRequest,
    SetLevelRequest,
    GetTaskRequest,
    GetTaskPayloadRequest,
    ListTasksRequest,
    CancelTaskRequest,
    NewConversationRequest,
    SendUserMessageRequest,
    SendUserTurnRequest,
    InterruptConversationRequest,
    AddConversationListenerRequest,
    RemoveConversationListenerRequest,
    GitDiffToRemoteRequest,
    GetConfigTomlRequest,
    GetUserSavedConfigRequest,
    ListConversationsRequest,
    ResumeConversationRequest,
    ArchiveConversationRequest,
    GetUserAgentRequest,
    ExecOneOffCommandRequest,
    GetAuthStatusRequest,
    LoginApiKeyRequest,
    LoginChatGptRequest,
    CancelLoginChatGptRequest,
    LogoutChatGptRequest,
    UserInfoRequest,
  ] as RequestType<unknown, unknown>[],
  clientNotifications: [InitializedNotification, CancelledNotification] as NotificationType<unknown>[],
  serverRequests: [ElicitationRequest, ExecCommandApprovalRequest, ApplyPatchApprovalRequest] as RequestType<unknown, unknown>[],
  serverNotifications: [
    CodexEventNotification,
    ProgressNotification,
    TaskStatusNotification,
    AuthStatusChangeNotification,
    LoginChatGptCompleteNotification,
    ...Object.values(conversationEventNotifications),
  ] as NotificationType<unknown>[],
};
