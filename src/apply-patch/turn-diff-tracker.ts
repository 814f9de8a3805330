/**
 * The net diff of a turn's patches, as codex-rs/core's `TurnDiffTracker` (Aug 2025) computes it
 * for `turn_diff` events: every file is snapshotted the first time a patch touches it, and the
 * diff compares those snapshots with what is on disk now, in git's format (`diff --git`, blob ids,
 * file modes, paths relative to the file's git worktree or absolute outside one).
 */
import { createHash } from 'node:crypto';
import { isUtf8 } from 'node:buffer';
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import type { FileChange } from '../protocol/common-types';
import { rustTrim } from './rust-compat';
import { unifiedDiff } from './unified-diff';
import { isDirectory, isFile, pathExists } from '../common/fs-probes';

const ZERO_OID = '0000000000000000000000000000000000000000';
const DEV_NULL = '/dev/null';
/** Context lines in `turn_diff` hunks. */
const TURN_DIFF_CONTEXT = 3;

type FileMode = '100644' | '100755' | '120000';

interface BaselineFileInfo {
  /** The path as first seen. */
  path: string;
  content: Buffer;
  mode: FileMode;
  /** ZERO_OID when the file did not exist (so the diff is an addition). */
  oid: string;
}

/** Git's blob id: SHA-1 of `blob <len>\0<bytes>`. */
export function gitBlobOid(data: Buffer): string {
  return createHash('sha1').update(`blob ${data.length}\0`).update(data).digest('hex');
}

/** Tracks the files a turn's patches touch and renders their combined diff. */
export class TurnDiffTracker {
  /** Current external path -> stable internal name (follows moves). */
  private readonly externalToInternal = new Map<string, string>();
  private readonly baselines = new Map<string, BaselineFileInfo>();
  /** Internal name -> where the file is now (after moves). */
  private readonly internalToCurrent = new Map<string, string>();
  private readonly gitRootCache: string[] = [];
  private nextInternal = 0;

  /**
   * Call before a patch is applied: snapshots every path the patch touches the first time it is
   * seen (a missing file becomes an empty baseline so the diff shows an addition), and follows
   * `move_path` so the diff pairs the original with the destination.
   */
  async onPatchBegin(changes: Record<string, FileChange>): Promise<void> {
    for (const [p, change] of Object.entries(changes)) {
      if (!this.externalToInternal.has(p)) {
        const internal = `file-${this.nextInternal++}`;
        this.externalToInternal.set(p, internal);
        this.internalToCurrent.set(internal, p);
        let baseline: BaselineFileInfo = { path: p, content: Buffer.alloc(0), mode: '100644', oid: ZERO_OID };
        if (await pathExists(p)) {
          const mode = (await fileMode(p)) ?? '100644';
          const content = (await blobBytes(p, mode)) ?? Buffer.alloc(0);
          baseline = { path: p, content, mode, oid: gitBlobOid(content) };
        }
        this.baselines.set(internal, baseline);
      }
      if (typeof change === 'object' && 'update' in change && change.update.move_path !== null) {
        const dest = change.update.move_path;
        const internal = this.externalToInternal.get(p)!;
        this.internalToCurrent.set(internal, dest);
        this.externalToInternal.delete(p);
        this.externalToInternal.set(dest, internal);
      }
    }
  }

  /** The git-style diff of every touched file from its baseline to the disk now; null when nothing changed. */
  async getUnifiedDiff(): Promise<string | null> {
    const keyed: [string, string][] = [];
    for (const internal of this.baselines.keys()) {
      const current = this.currentPath(internal);
      keyed.push([internal, current === undefined ? '' : await this.displayPath(current)]);
    }
    keyed.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
    let aggregated = '';
    for (const [internal] of keyed) {
      aggregated += await this.fileDiff(internal);
      // Upstream adds this even after an empty file diff.
      if (!aggregated.endsWith('\n')) aggregated += '\n';
    }
    return rustTrim(aggregated) === '' ? null : aggregated;
  }

  private currentPath(internal: string): string | undefined {
    return this.internalToCurrent.get(internal) ?? this.baselines.get(internal)?.path;
  }

  private async fileDiff(internal: string): Promise<string> {
    const baseline = this.baselines.get(internal);
    const baselinePath = baseline?.path ?? '';
    const baselineMode = baseline?.mode ?? '100644';
    const leftOid = baseline?.oid ?? ZERO_OID;
    const current = this.currentPath(internal);
    if (current === undefined) return '';

    const currentMode = (await fileMode(current)) ?? '100644';
    const right = await blobBytes(current, currentMode);
    const leftDisplay = await this.displayPath(baselinePath);
    const rightDisplay = await this.displayPath(current);
    const rightOid = right ? gitBlobOid(right) : ZERO_OID;
    const leftPresent = leftOid !== ZERO_OID;
    const left = leftPresent ? baseline?.content : undefined;

    if ((left === undefined && right === undefined) || (left && right && left.equals(right))) return '';

    let out = `diff --git a/${leftDisplay} b/${rightDisplay}\n`;
    const isAdd = !leftPresent && right !== undefined;
    const isDelete = leftPresent && right === undefined;
    if (isAdd) {
      out += `new file mode ${currentMode}\n`;
    } else if (isDelete) {
      out += `deleted file mode ${baselineMode}\n`;
    } else if (baselineMode !== currentMode) {
      out += `old mode ${baselineMode}\nnew mode ${currentMode}\n`;
    }

    const leftText = left && isUtf8(left) ? left.toString('utf8') : undefined;
    const rightText = right && isUtf8(right) ? right.toString('utf8') : undefined;
    const canTextDiff =
      (leftText !== undefined && rightText !== undefined) ||
      (rightText !== undefined && isAdd) ||
      (leftText !== undefined && isDelete);
    out += `index ${leftOid}..${rightOid}\n`;
    const oldHeader = leftPresent ? `a/${leftDisplay}` : DEV_NULL;
    const newHeader = right !== undefined ? `b/${rightDisplay}` : DEV_NULL;
    if (canTextDiff) {
      out += unifiedDiff(leftText ?? '', rightText ?? '', TURN_DIFF_CONTEXT, [oldHeader, newHeader]);
    } else {
      out += `--- ${oldHeader}\n+++ ${newHeader}\nBinary files differ\n`;
    }
    return out;
  }

  /** The path relative to its git worktree root, or as is outside a worktree. */
  private async displayPath(p: string): Promise<string> {
    const root = await this.findGitRoot(p);
    let display = p;
    if (root !== undefined) {
      const rel = stripPrefix(p, root);
      if (rel !== undefined) display = rel;
    }
    return display.replace(/\\/g, '/');
  }

  /** The first ancestor holding a `.git` entry (file or directory), cached. */
  private async findGitRoot(start: string): Promise<string | undefined> {
    if (start === '') return undefined;
    const dir = (await isDirectory(start)) ? start : path.dirname(start);
    if (dir === start && !(await isDirectory(start))) return undefined;
    const cached = this.gitRootCache.find((root) => stripPrefix(dir, root) !== undefined);
    if (cached !== undefined) return cached;
    let cur = dir;
    for (;;) {
      const marker = path.join(cur, '.git');
      if ((await isDirectory(marker)) || (await isFile(marker))) {
        if (!this.gitRootCache.includes(cur)) this.gitRootCache.push(cur);
        return cur;
      }
      const parent = path.dirname(cur);
      if (parent === cur) return undefined;
      cur = parent;
    }
  }
}

/** Rust `Path::strip_prefix` (component-wise); undefined when `root` is not a prefix. */
function stripPrefix(p: string, root: string): string | undefined {
  if (p === root) return '';
  const withSep = root.endsWith('/') ? root : `${root}/`;
  return p.startsWith(withSep) ? p.slice(withSep.length) : undefined;
}

async function fileMode(p: string): Promise<FileMode | undefined> {
  try {
    const st = await fsp.lstat(p);
    if (st.isSymbolicLink()) return '120000';
    return (st.mode & 0o111) !== 0 ? '100755' : '100644';
  } catch {
    return undefined;
  }
}

/** The blob git would store: the file's bytes, or a symlink's target; undefined when missing. */
async function blobBytes(p: string, mode: FileMode): Promise<Buffer | undefined> {
  if (!(await pathExists(p))) return undefined;
  try {
    return mode === '120000' ? Buffer.from(await fsp.readlink(p)) : await fsp.readFile(p);
  } catch {
    return undefined;
  }
}
