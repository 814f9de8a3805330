import { inject, injectable } from 'inversify';
import { applyAction, type ApplyPatchAction, type ApplyPatchResult } from '../../apply-patch';
import { APPLY_PATCH_SUBCOMMAND } from '../../apply-patch/apply-patch-subcommand';
import { assessPatch, isPatchConstrainedToWritableRoots } from '../../exec/approval-assessment';
import { ExecRunner } from '../../exec/exec-types';
import { UNSANDBOXED_POLICY, type ResolvedSandboxPolicy } from '../../exec/sandbox/resolved-policy';
import { SandboxLocator } from '../../exec/sandbox/sandbox-locator';
import { SelfCommand } from '../../exec/self-command';
import type { FileChange } from '../../protocol/common-types';
import { execOutputForModel } from './exec-output';
import { TurnAbortedError, type ToolCallContext } from './tool-types';
import { turnSandboxPolicy } from './turn-sandbox';
import { messageOf } from '../../common/errors';

/** Asked before applying a patch unsandboxed after the sandbox refused it (on-failure). */
export const PATCH_RETRY_REASON = 'patch failed in the sandbox; apply it without the sandbox?';
/** Applying a verified patch takes milliseconds; this only bounds a wedged helper. */
const APPLY_TIMEOUT_MS = 60_000;

/** How one attempt went. */
interface Attempt extends ApplyPatchResult {
  durationMs: number;
  /** The sandbox refused a write (only then does on-failure offer an unsandboxed retry). */
  sandboxDenied: boolean;
}

/**
 * Applies a verified patch for a tool call (from `shell ["apply_patch", …]` or the apply_patch
 * tool): approval as the policy says, `patch_apply_begin`/`patch_apply_end`, the turn diff, and
 * the output the model gets (upstream apply_patch.rs + the exec path it delegated to).
 *
 * Where it is written: a patch that needs no question, or one the user approved whose every
 * write lands in the writable roots, is applied by this program's own bundle re-executed under
 * the turn's sandbox (`__apply-patch`), so symlinks and races cannot carry a write elsewhere. Only
 * a patch the user approved although it writes outside the roots (or any patch under
 * danger-full-access) is applied in-process.
 */
@injectable()
export class PatchRunner {
  constructor(
    @inject(SandboxLocator) private readonly sandboxes: SandboxLocator,
    @inject(ExecRunner) private readonly runner: ExecRunner,
    @inject(SelfCommand) private readonly self: SelfCommand,
  ) {}

  async run(action: ApplyPatchAction, ctx: ToolCallContext): Promise<string> {
    const { turn } = ctx;
    const policy = await turnSandboxPolicy(turn);
    const paths = changedPaths(action.changes);
    const sandboxAvailable = policy.mode === 'danger-full-access' || (await this.sandboxes.isAvailable(turn.config.codex_linux_sandbox_exe));
    const assessment = assessPatch({ changedPaths: paths, approvalPolicy: turn.approvalPolicy, policy, sandboxAvailable });

    if (assessment.kind === 'reject') return `patch rejected: ${assessment.reason}`;
    let applyPolicy: ResolvedSandboxPolicy = assessment.kind === 'auto' && assessment.sandbox === 'sandboxed' ? policy : UNSANDBOXED_POLICY;
    if (assessment.kind === 'ask') {
      if ((await this.ask(ctx, action, assessment.reason)) === 'denied') return 'patch rejected by user';
      // Approved: what the sandbox allows stays sandboxed; the rest is what the user agreed to.
      const contained = sandboxAvailable && policy.mode === 'workspace-write' && isPatchConstrainedToWritableRoots(paths, policy);
      applyPolicy = contained ? policy : UNSANDBOXED_POLICY;
    }

    let attempt = await this.attempt(action, applyPolicy, assessment.kind !== 'ask', ctx);
    if (!attempt.success && attempt.sandboxDenied && turn.approvalPolicy === 'on-failure') {
      ctx.emit({ type: 'background_event', message: `Execution failed: ${attempt.stderr}` });
      if ((await this.ask(ctx, action, PATCH_RETRY_REASON)) === 'denied') return 'patch rejected by user';
      ctx.emit({ type: 'background_event', message: 'retrying patch without sandbox' });
      attempt = await this.attempt(action, UNSANDBOXED_POLICY, false, ctx);
    }
    return execOutputForModel(attempt.stdout + attempt.stderr, attempt.success ? 0 : 1, attempt.durationMs);
  }

  private async ask(ctx: ToolCallContext, action: ApplyPatchAction, reason: string | undefined): Promise<'approved' | 'denied'> {
    const decision = await ctx.requestApproval({
      type: 'apply_patch_approval_request',
      call_id: ctx.callId,
      changes: action.changes,
      ...(reason !== undefined ? { reason } : {}),
    });
    if (decision === 'abort' || ctx.signal.aborted) throw new TurnAbortedError();
    return decision === 'denied' ? 'denied' : 'approved';
  }

  /** begin, write, end (and the turn diff after a success). */
  private async attempt(action: ApplyPatchAction, policy: ResolvedSandboxPolicy, autoApproved: boolean, ctx: ToolCallContext): Promise<Attempt> {
    const { callId } = ctx;
    ctx.emit({ type: 'patch_apply_begin', call_id: callId, auto_approved: autoApproved, changes: action.changes });
    const started = performance.now();
    await ctx.diff.onPatchBegin(action.changes);
    const result = ctx.patchWriter
      ? await ctx.patchWriter.apply(action, policy)
      : policy.mode === 'danger-full-access'
        ? { ...(await applyAction(action)), sandboxDenied: false }
        : await this.applySandboxed(action, policy, ctx);
    const durationMs = performance.now() - started;
    ctx.emit({ type: 'patch_apply_end', call_id: callId, stdout: result.stdout, stderr: result.stderr, success: result.success });
    if (result.success) {
      // One turn_diff per applied patch (the reference repeats it up to three times).
      const unifiedDiff = await ctx.diff.getUnifiedDiff();
      if (unifiedDiff) ctx.emit({ type: 'turn_diff', unified_diff: unifiedDiff });
    }
    return { ...result, durationMs };
  }

  /** Re-execute this program's `__apply-patch` under bwrap with the verified action on stdin. */
  private async applySandboxed(action: ApplyPatchAction, policy: ResolvedSandboxPolicy, ctx: ToolCallContext): Promise<ApplyPatchResult & { sandboxDenied: boolean }> {
    try {
      const r = await this.runner.run(
        // Paths are absolute; `/` as the start directory grants nothing and always exists.
        { command: this.self.argv(APPLY_PATCH_SUBCOMMAND), commandCwd: '/', timeoutMs: APPLY_TIMEOUT_MS, env: {}, stdin: JSON.stringify(action) },
        { policy, sandboxExe: ctx.turn.config.codex_linux_sandbox_exe, signal: ctx.signal },
      );
      if (r.interrupted || ctx.signal.aborted) throw new TurnAbortedError();
      if (r.exitCode === 0) return { success: true, stdout: r.stdout, stderr: r.stderr, sandboxDenied: false };
      const stderr = r.stderr || (r.timedOut ? 'apply_patch timed out\n' : `apply_patch exited with code ${r.exitCode}\n`);
      return { success: false, stdout: r.stdout, stderr, sandboxDenied: r.sandboxDenied };
    } catch (err) {
      if (err instanceof TurnAbortedError) throw err;
      return { success: false, stdout: '', stderr: `${messageOf(err)}\n`, sandboxDenied: false };
    }
  }
}

/** Every path the patch writes: the changed files and move destinations. */
function changedPaths(changes: Record<string, FileChange>): string[] {
  const paths: string[] = [];
  for (const [p, change] of Object.entries(changes)) {
    paths.push(p);
    if (typeof change === 'object' && 'update' in change && change.update.move_path) paths.push(change.update.move_path);
  }
  return paths;
}
