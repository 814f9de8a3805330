import type { CodexConfig } from '../config/config-types';
import type { Conversation, ConversationOptions } from './conversation';
import type { Logger } from '../logging/logger';
import type { ModelClient, ResponseItem } from '../model/model-types';
import type { RolloutContents, RolloutRecorder } from './rollout/rollout-types';
import type { PatchWriter, ToolRegistry, TurnDiff } from './tools/tool-types';
import type { TurnLimiter } from './turn-limiter';

/** What a conversation is built from (see ConversationFactory). */
export interface ConversationDeps {
  /** The model client of this conversation (one per conversation: it carries the session id). */
  client: ModelClient;
  /** The tools offered to the model and the dispatch of its calls. */
  tools: ToolRegistry;
  /** Where history items and events are recorded. */
  recorder: RolloutRecorder;
  /** The conversation's logger. */
  logger: Logger;
  /** A fresh diff tracker for a turn that applies patches. */
  newTurnDiff: () => TurnDiff;
  /** The front end's patch writer (ACP clients that write through the editor). */
  patchWriter?: PatchWriter;
  /** The process-wide cap on running turns (none: unlimited). */
  turns?: TurnLimiter;
}

/** What a conversation starts with (besides its deps). */
export interface ConversationInit {
  /** The conversation (session) id: a uuid. */
  conversationId: string;
  /** The config the first turn runs with. */
  config: CodexConfig;
  /** History the model sees first (user instructions + environment context, or a resumed history). */
  history: ResponseItem[];
}

export const ConversationFactory = Symbol('ConversationFactory');
/** Builds conversations: the only place that wires a conversation's per-session objects. */
export interface ConversationFactory {
  /** A new session: reads AGENTS.md, starts the rollout, seeds the history with the environment context. */
  create(conversationId: string, config: CodexConfig, options?: ConversationOptions): Promise<Conversation>;
  /**
   * A session rebuilt from its parsed rollout; keeps the recorded id and appends to the same file.
   * @throws SessionLockedError when another live server process has the session open.
   */
  resume(rolloutPath: string, contents: RolloutContents, config: CodexConfig, options?: ConversationOptions): Promise<Conversation>;
}
