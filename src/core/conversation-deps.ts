import type { CodexConfig } from '../config/config-types';
import type { Logger } from '../logging/logger';
import type { ModelClient, ResponseItem } from '../model/model-types';
import type { RolloutRecorder } from './rollout/rollout-types';
import type { ToolRegistry } from './tools/tool-registry';
import type { PatchWriter, TurnDiff } from './tools/tool-types';
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
