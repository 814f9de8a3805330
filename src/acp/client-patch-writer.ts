import * as fs from 'node:fs/promises';
import { finalStateOf, successSummary, type ApplyPatchAction, type ApplyPatchResult, type ReadTextFile } from '../apply-patch';
import type { PatchWriter } from '../core/tools/tool-types';
import { isWritePermitted, type ResolvedSandboxPolicy } from '../exec/sandbox/resolved-policy';
import type { OutgoingMessageSender } from '../server/outgoing-message-sender';
import { AcpReadTextFileRequest, AcpWriteTextFileRequest } from './acp-methods';
import { messageOf } from '../common/errors';

/**
 * Writes patches through the editor (`fs/write_text_file`), so it sees the edit in its buffers
 * and can record or undo it; when the editor also serves `fs/read_text_file`, the files a patch
 * updates are read from its buffers (unsaved edits included). Deletions have no ACP method and
 * are done locally.
 *
 * Every path is checked first against the policy the local apply would be confined to (the
 * turn's resolved sandbox policy; none for a patch the user approved although it writes outside
 * it, or under danger-full-access), on where the write really lands (symlinks followed at every
 * component): `workspace-write` allows only the writable roots (cwd, `writable_roots`, /tmp and
 * $TMPDIR unless excluded) and never `.git` or `.codex`; `read-only` nothing. A refused patch
 * writes nothing and counts as a sandbox denial (on-failure then asks to retry unsandboxed).
 */
export class ClientPatchWriter implements PatchWriter {
  /** Set when the client serves `fs/read_text_file`: patches are matched against its buffers. */
  readonly readTextFile?: ReadTextFile;

  constructor(
    /** The session's id (known once its conversation exists). */
    private readonly sessionId: () => string,
    private readonly client: OutgoingMessageSender,
    clientReads: boolean,
  ) {
    if (clientReads) {
      this.readTextFile = async (p: string) => {
        const result = await this.client.sendRequest(AcpReadTextFileRequest, { sessionId: this.sessionId(), path: p });
        if (typeof result?.content !== 'string') throw new Error('the client answered fs/read_text_file without content');
        return result.content;
      };
    }
  }

  async apply(action: ApplyPatchAction, policy: ResolvedSandboxPolicy): Promise<ApplyPatchResult & { sandboxDenied: boolean }> {
    const plan = Object.entries(finalStateOf(action));
    if (plan.length === 0) return { success: false, stdout: '', stderr: 'No files were modified.\n', sandboxDenied: false };
    for (const [p] of plan) {
      if (!isWritePermitted(policy, p)) {
        return { success: false, stdout: '', stderr: `Refused to write ${p}: outside the writable roots of the sandbox policy (${policy.mode})\n`, sandboxDenied: true };
      }
    }
    for (const [p, content] of plan) {
      try {
        if (content === null) await removeLocally(p);
        else await this.client.sendRequest(AcpWriteTextFileRequest, { sessionId: this.sessionId(), path: p, content });
      } catch (e) {
        // Files written before the failure stay written: the editor holds them and can undo.
        return { success: false, stdout: '', stderr: `Failed to write file ${p}: ${messageOf(e)}\n`, sandboxDenied: false };
      }
    }
    return { success: true, stdout: successSummary(action), stderr: '', sandboxDenied: false };
  }
}

async function removeLocally(p: string): Promise<void> {
  try {
    await fs.unlink(p);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
}
