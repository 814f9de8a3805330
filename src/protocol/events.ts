/**
 * Core events (`EventMsg`), snake_case and `type`-tagged exactly as Codex 0.25.0 emits them.
 * An `Event` is `{id, msg}` where `id` is the submission id that caused it. Each schema below
 * is the single declaration of its type (the schema export writes it; `Infer` types the code).
 */
import { arr, bool, int, lit, named, nullable, obj, oneOfStrings, opt, record, str, union, type Infer, type NamedSchema, type Schema } from './schema/wire-schema';

export const FileChangeSchema = named(
  'FileChange',
  union(
    obj({ add: obj({ content: str() }) }),
    lit('delete'),
    obj({ update: obj({ unified_diff: str(), move_path: nullable(str()) }) }),
  ),
);

export const ParsedCommandSchema = named(
  'ParsedCommand',
  obj({
    type: oneOfStrings(['read', 'list_files', 'search', 'format', 'test', 'lint', 'noop', 'unknown'] as const),
    cmd: str(),
    name: opt(str()),
    query: opt(nullable(str())),
    path: opt(nullable(str())),
  }),
);
/** A command the shell tool is about to run, classified (read, search, ...) for `exec_command_begin`. */
export type ParsedCommand = Infer<typeof ParsedCommandSchema>;

export const DurationSchema = named('Duration', obj({ secs: int(), nanos: int() }));
/** A duration as Rust serializes it: whole seconds plus nanoseconds. */
export type Duration = Infer<typeof DurationSchema>;

/** The states of a plan step (also what `update_plan` accepts). */
export const PLAN_STEP_STATUSES = ['pending', 'in_progress', 'completed'] as const;
export const PlanItemSchema = named('PlanItem', obj({ step: str(), status: oneOfStrings(PLAN_STEP_STATUSES) }));
/** One step of the plan in `update_plan` and `plan_update`. */
export type PlanItem = Infer<typeof PlanItemSchema>;

const changes = record(FileChangeSchema);

/** Name each event `msg` schema after its type (`session_configured` → `SessionConfiguredEvent`). */
function namedEvents<S extends Record<string, Schema<unknown>>>(schemas: S): { [K in keyof S]: NamedSchema<Infer<S[K]>> } {
  const pascal = (type: string) => type.replace(/(^|_)([a-z])/g, (_m, _s, c: string) => c.toUpperCase());
  return Object.fromEntries(Object.entries(schemas).map(([type, s]) => [type, named(`${pascal(type)}Event`, s)])) as { [K in keyof S]: NamedSchema<Infer<S[K]>> };
}

/** Every event `msg`, by its `type`. */
export const EVENT_MSG_SCHEMAS = namedEvents({
  session_configured: obj({ type: lit('session_configured'), session_id: str(), model: str(), history_log_id: int(), history_entry_count: int() }),
  task_started: obj({ type: lit('task_started'), model_context_window: nullable(int()) }),
  task_complete: obj({ type: lit('task_complete'), last_agent_message: nullable(str()) }),
  agent_message: obj({ type: lit('agent_message'), message: str() }),
  agent_message_delta: obj({ type: lit('agent_message_delta'), delta: str() }),
  agent_reasoning: obj({ type: lit('agent_reasoning'), text: str() }),
  agent_reasoning_delta: obj({ type: lit('agent_reasoning_delta'), delta: str() }),
  agent_reasoning_raw_content: obj({ type: lit('agent_reasoning_raw_content'), text: str() }),
  agent_reasoning_raw_content_delta: obj({ type: lit('agent_reasoning_raw_content_delta'), delta: str() }),
  agent_reasoning_section_break: obj({ type: lit('agent_reasoning_section_break') }),
  token_count: obj({
    type: lit('token_count'),
    input_tokens: int(),
    cached_input_tokens: nullable(int()),
    output_tokens: int(),
    reasoning_output_tokens: nullable(int()),
    total_tokens: int(),
  }),
  error: obj({ type: lit('error'), message: str() }),
  stream_error: obj({ type: lit('stream_error'), message: str() }),
  background_event: obj({ type: lit('background_event'), message: str() }),
  exec_command_begin: obj({ type: lit('exec_command_begin'), call_id: str(), command: arr(str()), cwd: str(), parsed_cmd: arr(ParsedCommandSchema) }),
  exec_command_output_delta: obj({ type: lit('exec_command_output_delta'), call_id: str(), stream: oneOfStrings(['stdout', 'stderr'] as const), chunk: arr(int()) }),
  exec_command_end: obj({
    type: lit('exec_command_end'),
    call_id: str(),
    stdout: str(),
    stderr: str(),
    aggregated_output: str(),
    exit_code: int(),
    duration: DurationSchema,
    formatted_output: str(),
  }),
  exec_approval_request: obj({ type: lit('exec_approval_request'), call_id: str(), command: arr(str()), cwd: str(), reason: opt(str()) }),
  apply_patch_approval_request: obj({ type: lit('apply_patch_approval_request'), call_id: str(), changes, reason: opt(str()), grant_root: opt(str()) }),
  patch_apply_begin: obj({ type: lit('patch_apply_begin'), call_id: str(), auto_approved: bool(), changes }),
  patch_apply_end: obj({ type: lit('patch_apply_end'), call_id: str(), stdout: str(), stderr: str(), success: bool() }),
  turn_diff: obj({ type: lit('turn_diff'), unified_diff: str() }),
  plan_update: obj({ type: lit('plan_update'), explanation: opt(nullable(str())), plan: arr(PlanItemSchema) }),
  turn_aborted: obj({ type: lit('turn_aborted'), reason: oneOfStrings(['interrupted', 'replaced'] as const) }),
  shutdown_complete: obj({ type: lit('shutdown_complete') }),
});

type EventMsgSchemas = typeof EVENT_MSG_SCHEMAS;
/** The payload of an event: one of the `msg` shapes, told apart by `type`. */
export type EventMsg = { [K in keyof EventMsgSchemas]: Infer<EventMsgSchemas[K]> }[keyof EventMsgSchemas];
/** The `type` tag of every event payload. */
export type EventMsgType = EventMsg['type'];
/** Narrow an EventMsg by its `type`. */
export type EventMsgOf<T extends EventMsgType> = Extract<EventMsg, { type: T }>;

export const EventMsgSchema = named('EventMsg', union(...Object.values(EVENT_MSG_SCHEMAS)));

export const EventSchema = named(
  'Event',
  obj({
    id: str('Submission id: "" for session_configured, else the id of the submission being served.'),
    msg: EventMsgSchema,
  }),
);
/** One event as the server emits it: the submission it serves and its payload. */
export type Event = Infer<typeof EventSchema>;
