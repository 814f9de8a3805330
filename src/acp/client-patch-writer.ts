import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { finalStateOf, successSummary, type ApplyPatchAction, type ApplyPatchResult } from '../apply-patch';
import type { PatchWriter, TurnContext } from '../core/tools/tool-types';
import { getWritableRoots, isPathWritable } from '../exec/sandbox/writable-roots';
import type { SandboxPolicy } from '../protocol/common-types';
import { AcpClientMethod, type WriteTextFileParams } from './acp-protocol';

/** Sends one request to the ACP client and resolves with its result (rejects on an error answer). */
export type ClientRequester = (method: string, params: unknown) => Promise<unknown>;

/**
 * Writes patches through the editor (`fs/write_text_file`), so it sees the edit in its buffers
 * and can record or undo it. Deletions have no ACP method and are done locally.
 *
 * Every path is checked against the turn's sandbox policy first, on its real location (the
 * nearest existing ancestor is resolved with realpath, so a symlink cannot lead out of a root):
 * `danger-full-access` writes anywhere; `workspace-write` only inside the writable roots (cwd,
 * `writable_roots`, /tmp and $TMPDIR unless excluded) and never inside a root's `.git`;
 * `read-only` nowhere. A patch the user approved explicitly in `session/request_permission`
 * passes, as it would run outside the sandbox locally. A refused patch writes nothing.
 */
export class ClientPatchWriter implements PatchWriter {
  constructor(
    /** The session's id (known once its conversation exists). */
    private readonly sessionId: () => string,
    private readonly request: ClientRequester,
  ) {}

  async apply(action: ApplyPatchAction, turn: TurnContext, approvedByUser: boolean): Promise<ApplyPatchResult> {
    const plan = Object.entries(finalStateOf(action));
    if (plan.length === 0) return { success: false, stdout: '', stderr: 'No files were modified.\n' };
    if (!approvedByUser) {
      for (const [p] of plan) {
        if (!(await mayWrite(turn.sandboxPolicy, turn.cwd, p))) {
          return { success: false, stdout: '', stderr: `Refused to write ${p}: outside the writable roots of the sandbox policy (${turn.sandboxPolicy.mode})\n` };
        }
      }
    }
    for (const [p, content] of plan) {
      try {
        if (content === null) await removeLocally(p);
        else await this.request(AcpClientMethod.writeTextFile, { sessionId: this.sessionId(), path: p, content } satisfies WriteTextFileParams);
      } catch (e) {
        // Files written before the failure stay written: the editor holds them and can undo.
        return { success: false, stdout: '', stderr: `Failed to write file ${p}: ${e instanceof Error ? e.message : String(e)}\n` };
      }
    }
    return { success: true, stdout: successSummary(action), stderr: '' };
  }
}

async function removeLocally(p: string): Promise<void> {
  try {
    await fs.unlink(p);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
}

/** Whether the policy lets `p` be written, judged on where `p` really is. */
export async function mayWrite(policy: SandboxPolicy, cwd: string, p: string): Promise<boolean> {
  if (policy.mode === 'danger-full-access') return true;
  if (policy.mode === 'read-only') return false;
  const roots = await Promise.all(
    getWritableRoots(policy, cwd).map(async (r) => ({
      root: await realLocation(r.root),
      readOnlySubpaths: await Promise.all([...r.readOnlySubpaths, path.join(r.root, '.git'), path.join(r.root, '.codex')].map(realLocation)),
    })),
  );
  return isPathWritable(roots, await realLocation(path.resolve(cwd, p)));
}

/** `p` with its nearest existing ancestor resolved through symlinks (the rest appended). */
async function realLocation(p: string): Promise<string> {
  let existing = path.resolve(p);
  const rest: string[] = [];
  for (;;) {
    try {
      return path.join(await fs.realpath(existing), ...rest);
    } catch {
      const parent = path.dirname(existing);
      if (parent === existing) return path.join(existing, ...rest);
      rest.unshift(path.basename(existing));
      existing = parent;
    }
  }
}
