/**
 * Core events (`EventMsg`), snake_case and `type`-tagged exactly as Codex 0.25.0 emits them.
 * An `Event` is `{id, msg}` where `id` is the submission id that caused it.
 */
import type { FileChange } from './common-types';

export interface Event {
  /** Submission id: `""` for session_configured, else the id of the submission being served. */
  id: string;
  msg: EventMsg;
}

export interface ParsedCommand {
  type: 'read' | 'list_files' | 'search' | 'format' | 'test' | 'lint' | 'noop' | 'unknown';
  cmd: string;
  name?: string;
  query?: string | null;
  path?: string | null;
}

export interface Duration {
  secs: number;
  nanos: number;
}

export interface PlanItem {
  step: string;
  status: 'pending' | 'in_progress' | 'completed';
}

export type EventMsg =
  | { type: 'session_configured'; session_id: string; model: string; history_log_id: number; history_entry_count: number }
  | { type: 'task_started'; model_context_window: number | null }
  | { type: 'task_complete'; last_agent_message: string | null }
  | { type: 'agent_message'; message: string }
  | { type: 'agent_message_delta'; delta: string }
  | { type: 'agent_reasoning'; text: string }
  | { type: 'agent_reasoning_delta'; delta: string }
  | { type: 'agent_reasoning_raw_content'; text: string }
  | { type: 'agent_reasoning_raw_content_delta'; delta: string }
  | { type: 'agent_reasoning_section_break' }
  | {
      type: 'token_count';
      input_tokens: number;
      cached_input_tokens: number | null;
      output_tokens: number;
      reasoning_output_tokens: number | null;
      total_tokens: number;
    }
  | { type: 'error'; message: string }
  | { type: 'stream_error'; message: string }
  | { type: 'background_event'; message: string }
  | { type: 'exec_command_begin'; call_id: string; command: string[]; cwd: string; parsed_cmd: ParsedCommand[] }
  | { type: 'exec_command_output_delta'; call_id: string; stream: 'stdout' | 'stderr'; chunk: number[] }
  | {
      type: 'exec_command_end';
      call_id: string;
      stdout: string;
      stderr: string;
      aggregated_output: string;
      exit_code: number;
      duration: Duration;
      formatted_output: string;
    }
  | { type: 'exec_approval_request'; call_id: string; command: string[]; cwd: string; reason?: string }
  | {
      type: 'apply_patch_approval_request';
      call_id: string;
      changes: Record<string, FileChange>;
      reason?: string;
      grant_root?: string;
    }
  | { type: 'patch_apply_begin'; call_id: string; auto_approved: boolean; changes: Record<string, FileChange> }
  | { type: 'patch_apply_end'; call_id: string; stdout: string; stderr: string; success: boolean }
  | { type: 'turn_diff'; unified_diff: string }
  | { type: 'plan_update'; explanation?: string | null; plan: PlanItem[] }
  | { type: 'turn_aborted'; reason: 'interrupted' | 'replaced' }
  | { type: 'shutdown_complete' };

export type EventMsgType = EventMsg['type'];
/** Narrow an EventMsg by its `type`. */
export type EventMsgOf<T extends EventMsgType> = Extract<EventMsg, { type: T }>;
