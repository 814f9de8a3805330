import type { Disposable } from 'vscode-jsonrpc/node';
import type { CodexConfig } from '../config/config-types';
import type {
  AskForApproval,
  InputItem,
  ReasoningEffort,
  ReasoningSummary,
  ReviewDecision,
  SandboxPolicy,
} from '../protocol/common-types';
import type { Event, EventMsg, EventMsgOf } from '../protocol/events';
import type { PatchWriter } from './tools/tool-types';

/** What a client can ask a conversation to do. */
export type Op =
  | { type: 'user_input'; items: InputItem[] }
  | {
      type: 'user_turn';
      items: InputItem[];
      cwd: string;
      approval_policy: AskForApproval;
      sandbox_policy: SandboxPolicy;
      model: string;
      effort?: ReasoningEffort;
      summary: ReasoningSummary;
    }
  | { type: 'interrupt' }
  /** Answer to exec_approval_request; `id` is the request's call_id. */
  | { type: 'exec_approval'; id: string; decision: ReviewDecision }
  /** Answer to apply_patch_approval_request; `id` is the request's call_id. */
  | { type: 'patch_approval'; id: string; decision: ReviewDecision }
  | { type: 'shutdown' };

/** One running session: submissions in, events out. */
export interface Conversation {
  /** Id of this conversation (a uuid); clients and rollout files name it. */
  readonly conversationId: string;
  /** Path of the rollout file this conversation records to. */
  readonly rolloutPath: string;
  /** The config the next turn runs with (sendUserTurn overrides persist here). */
  readonly config: CodexConfig;
  /** Submit with the next value of the core counter ("0", "1", …); returns that id. */
  submit(op: Op): Promise<string>;
  /** Submit with a caller-chosen id (the `codex` tool uses the tools/call id). */
  submitWithId(id: string, op: Op): Promise<void>;
  /**
   * Every event from now on goes to `listener` (fan-out: every listener gets every event).
   * Events emitted while nobody listened are buffered and delivered, once, to the first listener.
   */
  subscribe(listener: (event: Event) => void): Disposable;
  /**
   * Like subscribe, but only for events emitted from now on: it neither receives nor drains
   * the buffer kept for the first listener (used to wait for one event, e.g. turn_aborted).
   */
  subscribeLive(listener: (event: Event) => void): Disposable;
  /** True while a turn is running. */
  isRunning(): boolean;
  /** True while a `subscribe` listener is attached (live listeners do not count). */
  hasListeners(): boolean;
  /** Stop everything (kill commands, end the turn) and release resources. */
  dispose(): Promise<void>;
}

/** What a front end adds to a conversation it creates. */
export interface ConversationOptions {
  /** Patch writes go through this instead of the local files (ACP clients with `fs/write_text_file`). */
  patchWriter?: PatchWriter;
}

/** A conversation just created, with what a client is told about it. */
export interface NewConversation {
  /** Id of the new conversation. */
  conversationId: string;
  /** The running conversation. */
  conversation: Conversation;
  /** The `session_configured` event that opened it. */
  sessionConfigured: EventMsgOf<'session_configured'>;
  /** Path of its rollout file. */
  rolloutPath: string;
}

/** A conversation restarted from a rollout file. */
export interface ResumedConversation extends NewConversation {
  /** The recorded events, for clients that want to render the history. */
  initialMessages: EventMsg[];
}

/** One rollout file in a `listConversations` page. */
export interface RolloutSummary {
  /** Id of the recorded conversation. */
  conversationId: string;
  /** Path of the rollout file. */
  path: string;
  /** First user message text (trimmed). */
  preview: string;
  /** RFC 3339 time the session started. */
  timestamp: string;
}

export const ConversationManager = Symbol('ConversationManager');
/** Creates, finds, reloads and disposes the process's conversations. */
export interface ConversationManager {
  /** Start a fresh conversation with `config`. */
  newConversation(config: CodexConfig, options?: ConversationOptions): Promise<NewConversation>;
  /** Start a conversation from a recorded rollout; the model sees the recorded history. */
  resumeConversation(rolloutPath: string, config: CodexConfig, options?: ConversationOptions): Promise<ResumedConversation>;
  /** A conversation in memory (counts as activity for idle unloading). */
  getConversation(conversationId: string): Conversation | undefined;
  /**
   * The conversation in memory, or else reloaded from its rollout (after an idle unload or a
   * restart) with the config it had when unloaded (the default config after a restart).
   * Undefined when no rollout exists.
   * @throws SessionLockedError when another live server process has the session open.
   */
  loadConversation(conversationId: string): Promise<Conversation | undefined>;
  /** Find the rollout of a conversation that is not in memory (for codex-reply after a restart). */
  findRollout(conversationId: string): Promise<string | undefined>;
  /** Rollouts under CODEX_HOME/sessions, newest first. `cursor` is opaque. */
  listConversations(pageSize: number, cursor?: string): Promise<{ items: RolloutSummary[]; nextCursor?: string }>;
  /** Drop a conversation from memory and dispose it; its rollout file stays. */
  removeConversation(conversationId: string): Promise<void>;
  /** Dispose every conversation (server shutdown). */
  dispose(): Promise<void>;
}
