import { inject, injectable } from 'inversify';
import { applyAction, type ApplyPatchAction } from '../../apply-patch';
import { assessPatch } from '../../exec/approval-assessment';
import { SandboxLocator } from '../../exec/sandbox/sandbox-locator';
import type { FileChange } from '../../protocol/common-types';
import { execOutputForModel } from './exec-output';
import { TurnAbortedError, type ToolCallContext } from './tool-types';
import { turnSandboxPolicy } from './turn-sandbox';

/**
 * Applies a verified patch for a tool call (from `shell ["apply_patch", …]` or the apply_patch
 * tool): approval as the policy says, `patch_apply_begin`/`patch_apply_end`, the turn diff, and
 * the output the model gets (upstream apply_patch.rs + the exec path it delegated to).
 */
@injectable()
export class PatchRunner {
  constructor(@inject(SandboxLocator) private readonly sandboxes: SandboxLocator) {}

  async run(action: ApplyPatchAction, ctx: ToolCallContext): Promise<string> {
    const { turn, callId } = ctx;
    const sandboxAvailable =
      turn.sandboxPolicy.mode === 'danger-full-access' || (await this.sandboxes.isAvailable(turn.config.codex_linux_sandbox_exe));
    const assessment = assessPatch({
      changedPaths: changedPaths(action.changes),
      approvalPolicy: turn.approvalPolicy,
      policy: turnSandboxPolicy(turn),
      sandboxAvailable,
    });

    let autoApproved = true;
    if (assessment.kind === 'reject') return `patch rejected: ${assessment.reason}`;
    if (assessment.kind === 'ask') {
      const decision = await ctx.requestApproval({
        type: 'apply_patch_approval_request',
        call_id: callId,
        changes: action.changes,
        ...(assessment.reason !== undefined ? { reason: assessment.reason } : {}),
      });
      if (decision === 'abort' || ctx.signal.aborted) throw new TurnAbortedError();
      if (decision === 'denied') return 'patch rejected by user';
      autoApproved = false;
    }

    ctx.emit({ type: 'patch_apply_begin', call_id: callId, auto_approved: autoApproved, changes: action.changes });
    const started = performance.now();
    await ctx.diff.onPatchBegin(action.changes);
    const result = ctx.patchWriter ? await ctx.patchWriter.apply(action, turn, !autoApproved) : await applyAction(action);
    const durationMs = performance.now() - started;
    ctx.emit({ type: 'patch_apply_end', call_id: callId, stdout: result.stdout, stderr: result.stderr, success: result.success });
    if (result.success) {
      // One turn_diff per applied patch (the reference repeats it up to three times).
      const unifiedDiff = await ctx.diff.getUnifiedDiff();
      if (unifiedDiff) ctx.emit({ type: 'turn_diff', unified_diff: unifiedDiff });
    }
    return execOutputForModel(result.stdout + result.stderr, result.success ? 0 : 1, durationMs);
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
