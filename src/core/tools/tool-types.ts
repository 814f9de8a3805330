import type { ApplyPatchAction, ApplyPatchResult, ReadTextFile } from '../../apply-patch';
import type { CodexConfig } from '../../config/config-types';
import type { ResolvedSandboxPolicy } from '../../exec/sandbox/resolved-policy';
import type { Logger } from '../../logging/logger';
import type { ToolSpec } from '../../model/model-types';
import type { AskForApproval, FileChange, ReviewDecision, SandboxPolicy } from '../../protocol/common-types';
import type { EventMsg, EventMsgOf } from '../../protocol/events';

/** The settings one turn runs with (a snapshot: sendUserTurn overrides apply to the next turn). */
export interface TurnContext {
  /** Submission id of the turn; every event of the turn carries it. */
  readonly subId: string;
  /** Working directory; relative paths of the model are resolved against it. */
  readonly cwd: string;
  /** When the user is asked before a command or patch runs. */
  readonly approvalPolicy: AskForApproval;
  /** The sandbox commands run in. */
  readonly sandboxPolicy: SandboxPolicy;
  /** The whole config of the turn (tool switches, env policy, sandbox helper path…). */
  readonly config: CodexConfig;
}

/** Tracks the files a turn's patches touched (implemented by apply-patch's TurnDiffTracker). */
export interface TurnDiff {
  /** Snapshot the touched files before the patch is written. */
  onPatchBegin(changes: Record<string, FileChange>): Promise<void> | void;
  /** The unified diff of everything the turn changed so far; null/empty when nothing changed. */
  getUnifiedDiff(): Promise<string | null | undefined> | string | null | undefined;
}

/**
 * Where an approved patch's writes go when a front end takes them over (an ACP editor writes
 * them into its buffers). Without one, patches are applied to the local files.
 */
export interface PatchWriter {
  /**
   * Write the verified patch, each write confined to `policy` (the sandbox a local apply would
   * run under: the turn's, or none when the user approved writing outside it). Resolves like a
   * local apply, never rejects; `sandboxDenied` when the policy refused a write (nothing written).
   */
  apply(action: ApplyPatchAction, policy: ResolvedSandboxPolicy): Promise<ApplyPatchResult & { sandboxDenied: boolean }>;
  /** When set, the files a patch updates are read with this (the editor's buffer, unsaved edits included). */
  readonly readTextFile?: ReadTextFile;
}

/** State that lives as long as the conversation. */
export interface SessionToolState {
  /** Commands the user approved for the whole session (shlex-joined). */
  readonly approvedCommands: Set<string>;
}

/** Everything a tool call may use. */
export interface ToolCallContext {
  /** The turn this call belongs to (its id, cwd and policies). */
  readonly turn: TurnContext;
  /** The model's call id (answers and approvals refer to it). */
  readonly callId: string;
  /** Aborted when the turn is interrupted: stop work and kill processes. */
  readonly signal: AbortSignal;
  /** State shared by every turn of the conversation. */
  readonly session: SessionToolState;
  /** The turn's diff tracker (created on first use). */
  readonly diff: TurnDiff;
  /** The conversation's logger. */
  readonly logger: Logger;
  /** The front end's patch writer, when it took patch writes over. */
  readonly patchWriter?: PatchWriter;
  /** Emit an event of the turn (dropped once the turn was aborted). */
  emit(msg: EventMsg): void;
  /**
   * Ask the user. The wait is registered before the request event is emitted, so an instant
   * answer is never lost. Resolves with `abort` when the turn is interrupted.
   */
  requestApproval(
    request: EventMsgOf<'exec_approval_request'> | EventMsgOf<'apply_patch_approval_request'>,
  ): Promise<ReviewDecision>;
}

/** One function tool offered to the model. */
export interface Tool {
  /** The function name the model calls. */
  readonly name: string;
  /** The spec sent to the model for this turn, or undefined when the tool is not offered. */
  spec(turn: TurnContext): ToolSpec | undefined;
  /**
   * Run one call with the raw JSON `args`; resolves with the function_call_output text.
   * Throws TurnAbortedError when the turn was interrupted meanwhile.
   */
  handle(args: string, ctx: ToolCallContext): Promise<string>;
}

/** The turn was interrupted while a tool ran; unwinds the turn without further events. */
export class TurnAbortedError extends Error {
  override readonly name = 'TurnAbortedError';
  constructor() {
    super('turn aborted');
  }
}

export const ToolRegistry = Symbol('ToolRegistry');
/** The function tools offered to the model and the dispatch of its calls. */
export interface ToolRegistry {
  /** Specs for this turn, in the order upstream sends them: shell, update_plan, apply_patch. */
  specs(turn: TurnContext): ToolSpec[];
  /** Run one call; unknown names get upstream's `unsupported call: <name>` output. */
  dispatch(name: string, args: string, ctx: ToolCallContext): Promise<string>;
}
