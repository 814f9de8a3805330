/**
 * Verifying a parsed patch against the filesystem (computing every new file content and the
 * per-file changes shown for approval) and applying a verified patch all-or-nothing.
 *
 * Matching follows codex-rs/apply-patch (Aug 2025). Differences, all deliberate:
 *  - hunks are verified in order against the result of the earlier hunks (upstream verifies each
 *    against the disk, then applies sequentially), so `Add` then `Update` of one file works;
 *  - a `Delete` of a missing file or a directory is rejected at verification, before approval;
 *  - applying writes what was verified, each file atomically, and undoes everything on failure
 *    (upstream applies hunk by hunk and leaves earlier hunks applied);
 *  - `Move to` the file's own path updates it in place (upstream deletes it).
 */
import { randomBytes } from 'node:crypto';
import { isUtf8 } from 'node:buffer';
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import type { FileChange } from '../protocol/common-types';
import { ApplyPatchError, type ApplyPatchAction, type Hunk, type UpdateChunk } from './apply-patch-types';
import { rustDebugStringVec, rustIoErrorMessage } from './rust-compat';
import { seekSequence } from './seek-sequence';
import { unifiedDiff } from './unified-diff';
import { messageOf } from '../common/errors';

/** What applying a patch printed, as the standalone `apply_patch` would have. */
export interface ApplyPatchResult {
  /** Whether every file was written (otherwise nothing was). */
  success: boolean;
  /** `Success. Updated the following files:\nA …\nM …\nD …\n` on success. */
  stdout: string;
  /** The failure, one line, on failure. */
  stderr: string;
}

/** Context radius of the per-file diffs shown for approval (upstream `unified_diff_from_chunks`). */
const APPROVAL_DIFF_CONTEXT = 1;

/**
 * Resolve the hunks' paths against `cwd`, read the files they update and compute every new
 * content. Throws ApplyPatchError with upstream's messages when a file cannot be read or a chunk
 * does not match (nothing is written).
 */
export async function verifyPatch(patch: string, hunks: readonly Hunk[], cwd: string, readText?: ReadTextFile): Promise<ApplyPatchAction> {
  // Contents as earlier hunks of this patch left them (null: removed).
  const overlay = new Map<string, string | null>();
  const changes: Record<string, FileChange> = {};
  const newContents: Record<string, string> = {};
  const summary = { added: [] as string[], modified: [] as string[], deleted: [] as string[] };

  for (const hunk of hunks) {
    const abs = path.resolve(cwd, hunk.path);
    switch (hunk.type) {
      case 'add':
        changes[abs] = { add: { content: hunk.contents } };
        overlay.set(abs, hunk.contents);
        newContents[abs] = hunk.contents;
        summary.added.push(hunk.path);
        break;
      case 'delete':
        await ensureDeletable(abs, overlay);
        changes[abs] = 'delete';
        overlay.set(abs, null);
        delete newContents[abs];
        summary.deleted.push(hunk.path);
        break;
      case 'update': {
        const original = await readFileToUpdate(abs, overlay, readText);
        const updated = deriveNewContents(original, abs, hunk.chunks);
        const dest = hunk.movePath === undefined ? abs : path.resolve(cwd, hunk.movePath);
        const prior = changes[abs];
        if (dest === abs && typeof prior === 'object' && 'add' in prior) {
          // Still a new file, just with other contents.
          changes[abs] = { add: { content: updated } };
        } else {
          changes[abs] = {
            update: {
              unified_diff: unifiedDiff(original, updated, APPROVAL_DIFF_CONTEXT),
              move_path: hunk.movePath === undefined ? null : dest,
            },
          };
        }
        if (dest !== abs) {
          overlay.set(abs, null);
          delete newContents[abs];
        }
        overlay.set(dest, updated);
        newContents[dest] = updated;
        summary.modified.push(hunk.movePath ?? hunk.path);
        break;
      }
    }
  }
  return { patch, cwd, changes, newContents, finalState: Object.fromEntries(overlay), summary };
}

/** Reads a file's text from somewhere else than the disk (an editor's buffer). */
export type ReadTextFile = (absolutePath: string) => Promise<string>;

async function readFileToUpdate(abs: string, overlay: ReadonlyMap<string, string | null>, readText?: ReadTextFile): Promise<string> {
  const context = `Failed to read file to update ${abs}`;
  if (overlay.has(abs)) {
    const content = overlay.get(abs);
    if (content === null || content === undefined) {
      throw new ApplyPatchError(`${context}: ${rustIoErrorMessage({ code: 'ENOENT' })}`);
    }
    return content;
  }
  if (readText) {
    try {
      return await readText(abs);
    } catch (err) {
      throw new ApplyPatchError(`${context}: ${messageOf(err)}`);
    }
  }
  let data: Buffer;
  try {
    data = await fsp.readFile(abs);
  } catch (err) {
    throw new ApplyPatchError(`${context}: ${rustIoErrorMessage(err)}`);
  }
  // Rust's read_to_string refuses invalid UTF-8 instead of replacing it.
  if (!isUtf8(data)) throw new ApplyPatchError(`${context}: stream did not contain valid UTF-8`);
  return data.toString('utf8');
}

async function ensureDeletable(abs: string, overlay: ReadonlyMap<string, string | null>): Promise<void> {
  const context = `Failed to delete file ${abs}`;
  if (overlay.has(abs)) {
    if (overlay.get(abs) === null) throw new ApplyPatchError(`${context}: ${rustIoErrorMessage({ code: 'ENOENT' })}`);
    return;
  }
  try {
    const stat = await fsp.lstat(abs);
    if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  } catch (err) {
    throw new ApplyPatchError(`${context}: ${rustIoErrorMessage(err)}`);
  }
}

/** Apply the chunks to a file's contents (upstream `derive_new_contents_from_chunks`). */
export function deriveNewContents(originalContents: string, displayPath: string, chunks: readonly UpdateChunk[]): string {
  const originalLines = originalContents.split('\n');
  // The empty element after a final newline is not a line.
  if (originalLines[originalLines.length - 1] === '') originalLines.pop();
  const replacements = computeReplacements(originalLines, displayPath, chunks);
  const newLines = applyReplacements(originalLines, replacements);
  if (newLines.length === 0 || newLines[newLines.length - 1] !== '') newLines.push('');
  return newLines.join('\n');
}

type Replacement = [start: number, oldLen: number, newLines: string[]];

function computeReplacements(originalLines: readonly string[], displayPath: string, chunks: readonly UpdateChunk[]): Replacement[] {
  const replacements: Replacement[] = [];
  let lineIndex = 0;
  for (const chunk of chunks) {
    if (chunk.changeContext !== undefined) {
      const idx = seekSequence(originalLines, [chunk.changeContext], lineIndex, false);
      if (idx === undefined) {
        throw new ApplyPatchError(`Failed to find context '${chunk.changeContext}' in ${displayPath}`);
      }
      lineIndex = idx + 1;
    }

    if (chunk.oldLines.length === 0) {
      // A pure addition goes at the end of the file (not at the context), as upstream does.
      const insertionIdx = originalLines.length > 0 && originalLines[originalLines.length - 1] === ''
        ? originalLines.length - 1
        : originalLines.length;
      replacements.push([insertionIdx, 0, [...chunk.newLines]]);
      continue;
    }

    let pattern: readonly string[] = chunk.oldLines;
    let newSlice: readonly string[] = chunk.newLines;
    let found = seekSequence(originalLines, pattern, lineIndex, chunk.isEndOfFile);
    // A trailing empty line usually stands for the file's final newline: retry without it.
    if (found === undefined && pattern[pattern.length - 1] === '') {
      pattern = pattern.slice(0, -1);
      if (newSlice.length > 0 && newSlice[newSlice.length - 1] === '') newSlice = newSlice.slice(0, -1);
      found = seekSequence(originalLines, pattern, lineIndex, chunk.isEndOfFile);
    }
    if (found === undefined) {
      throw new ApplyPatchError(`Failed to find expected lines ${rustDebugStringVec(chunk.oldLines)} in ${displayPath}`);
    }
    replacements.push([found, pattern.length, [...newSlice]]);
    lineIndex = found + pattern.length;
  }
  // End-of-file insertions may precede later chunks; apply in position order.
  return replacements.sort((a, b) => a[0] - b[0]);
}

function applyReplacements(lines: string[], replacements: readonly Replacement[]): string[] {
  const out = [...lines];
  // Bottom-up, so earlier positions stay valid.
  for (let i = replacements.length - 1; i >= 0; i--) {
    const [start, oldLen, newSegment] = replacements[i];
    out.splice(start, oldLen, ...newSegment);
  }
  return out;
}

/** The absolute path -> final contents plan, from the action (or rebuilt from `changes`). */
/** Every touched absolute path -> its contents after the patch (`null`: removed), in write order. */
export function finalStateOf(action: ApplyPatchAction): Record<string, string | null> {
  if (action.finalState) return action.finalState;
  const state: Record<string, string | null> = {};
  for (const [p, change] of Object.entries(action.changes)) {
    if (change === 'delete') {
      state[p] = null;
    } else if ('add' in change) {
      state[p] = action.newContents[p] ?? change.add.content;
    } else {
      const dest = change.update.move_path ?? p;
      const content = action.newContents[dest];
      if (content === undefined) throw new Error(`apply_patch action has no new contents for ${dest}`);
      if (dest !== p) state[p] = null;
      state[dest] = content;
    }
  }
  return state;
}

function summaryOf(action: ApplyPatchAction): { added: string[]; modified: string[]; deleted: string[] } {
  if (action.summary) return action.summary;
  const rel = (p: string) => path.relative(action.cwd, p) || p;
  const summary = { added: [] as string[], modified: [] as string[], deleted: [] as string[] };
  for (const [p, change] of Object.entries(action.changes)) {
    if (change === 'delete') summary.deleted.push(rel(p));
    else if ('add' in change) summary.added.push(rel(p));
    else summary.modified.push(rel(change.update.move_path ?? p));
  }
  return summary;
}

type Snapshot =
  | { kind: 'absent' }
  /** A regular file (or the file a symlink points to: writes go through the link, as fs::write does). */
  | { kind: 'file'; target: string; data: Buffer; mode: number; link?: string }
  /** A directory or something else we never overwrite on rollback. */
  | { kind: 'other'; target: string };

async function snapshot(p: string): Promise<Snapshot> {
  let target = p;
  try {
    const lst = await fsp.lstat(p);
    let link: string | undefined;
    if (lst.isSymbolicLink()) {
      link = await fsp.readlink(p);
      target = await fsp.realpath(p).catch(() => p);
    }
    const st = await fsp.stat(target);
    if (!st.isFile()) return { kind: 'other', target };
    const data = await fsp.readFile(target);
    return link === undefined
      ? { kind: 'file', target, data, mode: st.mode & 0o7777 }
      : { kind: 'file', target, data, mode: st.mode & 0o7777, link };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    // ENOTDIR: a parent is a file, so nothing is there (creating the parent will fail later).
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'absent' };
    throw err;
  }
}

/** Write via a temporary file in the same directory and a rename, so readers never see half a file. */
async function writeAtomically(target: string, data: string | Buffer, mode: number | undefined): Promise<void> {
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await fsp.writeFile(tmp, data, { flag: 'wx', mode: mode ?? 0o666 });
    // Keep the replaced file's permissions (writeFile's mode is subject to the umask).
    if (mode !== undefined) await fsp.chmod(tmp, mode);
    await fsp.rename(tmp, target);
  } catch (err) {
    await fsp.rm(tmp, { force: true }).catch(() => undefined);
    throw err;
  }
}

/**
 * Write a verified patch to disk, all or nothing: each file is replaced atomically, parent
 * directories are created for new files, and if any step fails every file already changed is
 * restored (and directories created are removed). Never throws for I/O problems: they come back
 * as `success: false` with the reason on stderr.
 */
export async function applyAction(action: ApplyPatchAction): Promise<ApplyPatchResult> {
  const plan = Object.entries(finalStateOf(action));
  if (plan.length === 0) return { success: false, stdout: '', stderr: 'No files were modified.\n' };

  const snapshots = new Map<string, Snapshot>();
  for (const [p] of plan) {
    try {
      snapshots.set(p, await snapshot(p));
    } catch (err) {
      return { success: false, stdout: '', stderr: `Failed to read file ${p}: ${rustIoErrorMessage(err)}\n` };
    }
  }

  const changed: string[] = [];
  const createdDirs: string[] = [];
  let stage = '';
  try {
    for (const [p, content] of plan) {
      const snap = snapshots.get(p)!;
      if (content === null) {
        stage = `Failed to delete file ${p}`;
        try {
          await fsp.unlink(p);
          changed.push(p);
        } catch (err) {
          // Already gone (e.g. added and deleted by the same patch): the goal is reached.
          if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
        }
      } else {
        const target = snap.kind === 'absent' ? p : snap.target;
        stage = `Failed to create parent directories for ${p}`;
        const created = await fsp.mkdir(path.dirname(target), { recursive: true });
        if (created !== undefined) createdDirs.push(created);
        stage = `Failed to write file ${p}`;
        await writeAtomically(target, content, snap.kind === 'file' ? snap.mode : undefined);
        changed.push(p);
      }
    }
  } catch (err) {
    const unrestored = await rollback(changed, snapshots, createdDirs);
    let stderr = `${stage}: ${rustIoErrorMessage(err)}\n`;
    for (const p of unrestored) stderr += `Failed to restore ${p}\n`;
    return { success: false, stdout: '', stderr };
  }

  return { success: true, stdout: successSummary(action), stderr: '' };
}

/** What a successful apply prints: `Success. Updated the following files:` and the A/M/D lines. */
export function successSummary(action: ApplyPatchAction): string {
  const summary = summaryOf(action);
  let stdout = 'Success. Updated the following files:\n';
  for (const p of summary.added) stdout += `A ${p}\n`;
  for (const p of summary.modified) stdout += `M ${p}\n`;
  for (const p of summary.deleted) stdout += `D ${p}\n`;
  return stdout;
}

/** Put back every changed path; returns those that could not be restored. */
async function rollback(changed: readonly string[], snapshots: ReadonlyMap<string, Snapshot>, createdDirs: readonly string[]): Promise<string[]> {
  const failed: string[] = [];
  for (const p of [...changed].reverse()) {
    const snap = snapshots.get(p)!;
    try {
      if (snap.kind === 'file' && snap.link !== undefined && !(await exists(p))) await fsp.symlink(snap.link, p);
      else if (snap.kind === 'file') await writeAtomically(snap.target, snap.data, snap.mode);
      else if (snap.kind === 'absent') await fsp.rm(p, { force: true });
    } catch {
      failed.push(p);
    }
  }
  // Everything inside these directories was created by this apply.
  for (const dir of [...createdDirs].reverse()) await fsp.rm(dir, { recursive: true, force: true }).catch(() => undefined);
  return failed;
}

async function exists(p: string): Promise<boolean> {
  return fsp.lstat(p).then(() => true, () => false);
}
