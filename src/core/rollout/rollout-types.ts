import type { ResponseItem } from '../../model/model-types';
import type { EventMsg } from '../../protocol/events';
import type { RolloutSummary } from '../conversation';

/** First line of a rollout file (upstream rollout.rs SessionMeta, plus cwd and version). */
export interface SessionMeta {
  /** The conversation id. */
  id: string;
  /** RFC 3339 time the session started. */
  timestamp: string;
  /** The user instructions (AGENTS.md) the session started with, or null. */
  instructions: string | null;
  /** The session's working directory at start. */
  cwd: string;
  /** Who wrote the rollout (`codex_mcp_server`). */
  originator: string;
  /** The Codex version this server mirrors. */
  cli_version: string;
}

/** Every later line: one history item or one event, with the time it was recorded. */
export type RolloutLine =
  | { timestamp: string; type: 'response_item'; payload: ResponseItem }
  | { timestamp: string; type: 'event_msg'; payload: EventMsg };

/** A parsed rollout file. */
export interface RolloutContents {
  /** The session metadata from the file's meta line. */
  meta: SessionMeta;
  /** The history, in order (what the model saw). */
  items: ResponseItem[];
  /** The recorded events, in order (for clients that render the past). */
  events: EventMsg[];
}

/** Appends to one rollout file. Writes are queued in order; `flush` waits for them. */
export interface RolloutRecorder {
  /** The file written to. */
  readonly path: string;
  /** Queue history items. */
  recordItems(items: ResponseItem[]): void;
  /** Queue an event (streaming deltas are skipped). */
  recordEvent(msg: EventMsg): void;
  /** Resolves when everything recorded so far is written and fsynced. */
  flush(): Promise<void>;
  /**
   * Called once if recording stops because a write failed (disk full, file too large …). The
   * file keeps every complete line written before; nothing is recorded after.
   */
  onDidFail(listener: (reason: string) => void): void;
  /** Flush, close the file and release the session's lock. */
  close(): Promise<void>;
}

/** Events kept in the rollout; streaming deltas are left out (the final messages carry the text). */
export function isPersistedEvent(msg: EventMsg): boolean {
  switch (msg.type) {
    case 'agent_message_delta':
    case 'agent_reasoning_delta':
    case 'agent_reasoning_raw_content_delta':
    case 'exec_command_output_delta':
    case 'session_configured':
      return false;
    default:
      return true;
  }
}

export const RolloutStore = Symbol('RolloutStore');
/** Rollout files under CODEX_HOME/sessions/YYYY/MM/DD/. */
export interface RolloutStore {
  /** Create `rollout-<local time>-<id>.jsonl` with its session meta line; returns its recorder. */
  create(codexHome: string, meta: { id: string; instructions: string | null; cwd: string }): Promise<RolloutRecorder>;
  /**
   * A recorder appending to an existing rollout (resume); takes the session's lock.
   * @throws SessionLockedError when another live server process has the session open.
   */
  openForAppend(rolloutPath: string, conversationId: string): Promise<RolloutRecorder>;
  /** Parse a rollout: its meta, history items and recorded events. Throws when there is no meta line. */
  read(rolloutPath: string): Promise<RolloutContents>;
  /** The rollout of `conversationId`, if one exists. */
  find(codexHome: string, conversationId: string): Promise<string | undefined>;
  /** Rollouts newest first; `cursor` is the opaque `nextCursor` of the previous page. */
  list(codexHome: string, pageSize: number, cursor?: string): Promise<{ items: RolloutSummary[]; nextCursor?: string }>;
}
