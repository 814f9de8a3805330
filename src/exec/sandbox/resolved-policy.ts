/**
 * The one place where a session's sandbox policy becomes concrete paths: realpath'd writable
 * roots, the read-only sub-paths inside them (`.git` directories and `gitdir:` files with the git
 * directories they point to, `.codex`), and whether the network is on. Everything that decides or
 * enforces what a command or a patch may write (bwrap mounts, patch assessment) reads this, never
 * a working directory: a command's `workdir` only says where it runs.
 */
import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import type { SandboxMode, SandboxPolicy } from '../../protocol/common-types';
import { isDirectory } from '../../common/fs-probes';

/** A writable directory and the sub-paths of it that stay read-only. All paths canonical. */
export interface WritableRoot {
  /** The writable directory (canonical). */
  root: string;
  /** Paths under `root` that stay read-only (`.git`, `.codex`, nested repositories). */
  readOnlySubpaths: string[];
}

/** A sandbox policy with every path resolved, as one turn enforces it. */
export interface ResolvedSandboxPolicy {
  /** `danger-full-access`: no sandbox (also used for runs the user approved unsandboxed). */
  readonly mode: SandboxMode;
  /** Canonical, existing, deduplicated, shallow to deep. Empty unless `workspace-write`. */
  readonly writableRoots: readonly WritableRoot[];
  /** False when the sandbox cuts the network. */
  readonly networkAccess: boolean;
}

/** No sandbox at all. */
export const UNSANDBOXED_POLICY: ResolvedSandboxPolicy = { mode: 'danger-full-access', writableRoots: [], networkAccess: true };

/** Names that stay read-only wherever they appear inside a writable root. */
export const PROTECTED_NAMES = ['.git', '.codex'] as const;

/**
 * How much of a project root is searched for nested repositories (`.git` below the top). A
 * bound, so a root holding a huge tree cannot stall every turn; /tmp and $TMPDIR are shared
 * scratch space, so only their top level is checked.
 */
export const NESTED_SCAN_MAX_DIRECTORIES = 5000;
export const NESTED_SCAN_MAX_DEPTH = 8;

/** Inputs for resolving a policy besides the policy and cwd. */
export interface ResolveOptions {
  /** Environment for `$TMPDIR` (the server's, as upstream). */
  env?: NodeJS.ProcessEnv;
}

const realpathOrUndefined = (p: string): Promise<string | undefined> => fsp.realpath(p).catch(() => undefined);

function realpathSyncOrUndefined(p: string): string | undefined {
  try {
    return fs.realpathSync(p);
  } catch {
    return undefined;
  }
}

const depth = (p: string) => p.split(path.sep).filter(Boolean).length;

/** True when `child` is `parent` or below it (both absolute and normalised). */
export function isWithin(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

/**
 * Resolve `policy` for a session whose working directory is `sessionCwd`. Roots that do not exist
 * are dropped (bwrap cannot mount them, and nothing can be written there anyway). Asynchronous:
 * searching a large project for nested repositories must not stall the server.
 */
export async function resolveSandboxPolicy(policy: SandboxPolicy, sessionCwd: string, opts: ResolveOptions = {}): Promise<ResolvedSandboxPolicy> {
  if (policy.mode === 'danger-full-access') return UNSANDBOXED_POLICY;
  if (policy.mode === 'read-only') return { mode: 'read-only', writableRoots: [], networkAccess: false };
  const env = opts.env ?? process.env;

  // [path, searched for nested repositories]
  const candidates: [string, boolean][] = [...(policy.writable_roots ?? []).map((r): [string, boolean] => [path.resolve(sessionCwd, r), true])];
  candidates.push([path.resolve(sessionCwd), true]);
  if (!policy.exclude_slash_tmp) candidates.push(['/tmp', false]);
  const tmpdir = env.TMPDIR;
  if (!policy.exclude_tmpdir_env_var && tmpdir) candidates.push([path.resolve(tmpdir), false]);

  const deep = new Map<string, boolean>();
  for (const [candidate, nested] of candidates) {
    const real = await realpathOrUndefined(candidate);
    if (real === undefined || !(await isDirectory(real))) continue;
    deep.set(real, (deep.get(real) ?? false) || nested);
  }
  const roots = [...deep.keys()].sort((a, b) => depth(a) - depth(b) || a.localeCompare(b));

  const writableRoots: WritableRoot[] = [];
  for (const root of roots) writableRoots.push({ root, readOnlySubpaths: await protectedPathsIn(root, deep.get(root) === true, roots) });
  return { mode: 'workspace-write', writableRoots, networkAccess: policy.network_access === true };
}

/**
 * Every protected path inside `root`: `.git` and `.codex` at the top (and, when `nested`, in any
 * directory below, within the scan bounds), plus the git directory a `gitdir:` file points to when
 * that lies inside one of `roots`. Canonical and deduplicated.
 */
async function protectedPathsIn(root: string, nested: boolean, roots: readonly string[]): Promise<string[]> {
  const found = new Set<string>();
  const protect = async (p: string) => {
    const real = await realpathOrUndefined(p);
    if (real !== undefined && roots.some((r) => isWithin(real, r))) found.add(real);
  };
  /** Protect what `dir` holds; resolves with its subdirectories to search next. */
  const visit = async (dir: string): Promise<string[]> => {
    let entries: fs.Dirent[];
    try {
      entries = await fsp.readdir(dir, { withFileTypes: true });
    } catch {
      return [];
    }
    const subdirs: string[] = [];
    for (const entry of entries) {
      const p = path.join(dir, entry.name);
      if ((PROTECTED_NAMES as readonly string[]).includes(entry.name)) {
        await protect(p);
        if (entry.name === '.git' && !entry.isDirectory()) for (const target of await gitdirTargets(p)) await protect(target);
      } else if (entry.isDirectory()) {
        // Never following symlinks (a Dirent of a link is not a directory), never into .git.
        subdirs.push(p);
      }
    }
    return subdirs;
  };

  let level = await visit(root);
  if (!nested) return [...found];
  let visited = 1;
  for (let d = 1; d <= NESTED_SCAN_MAX_DEPTH && level.length > 0; d++) {
    const batch = level.slice(0, Math.max(0, NESTED_SCAN_MAX_DIRECTORIES - visited));
    visited += batch.length;
    level = (await Promise.all(batch.map(visit))).flat();
  }
  return [...found];
}

/**
 * The git directories a `.git` file (`gitdir: <path>`, as worktrees and submodules write) points
 * to: the gitdir and, for a worktree, its `commondir` (which holds the shared config and hooks).
 */
async function gitdirTargets(gitFile: string): Promise<string[]> {
  let text: string;
  try {
    text = await fsp.readFile(gitFile, 'utf8');
  } catch {
    return [];
  }
  const m = /^gitdir:\s*(.+?)\s*$/m.exec(text);
  if (!m) return [];
  const gitdir = path.resolve(path.dirname(gitFile), m[1]);
  const targets = [gitdir];
  const common = await fsp.readFile(path.join(gitdir, 'commondir'), 'utf8').then((t) => t.trim(), () => '');
  if (common) targets.push(path.resolve(gitdir, common));
  return targets;
}

/** Symlinks followed before we give up on a path (the kernel's limit is 40). */
const MAX_SYMLINK_HOPS = 40;

/**
 * Where a write to `p` lands: symlinks followed at every component, including a dangling final
 * link (writing through it would create its target), and missing components kept as written.
 * Undefined when the links loop.
 */
export function canonicalWritePath(p: string): string | undefined {
  let hops = 0;
  const resolve = (q: string): string | undefined => {
    const real = realpathSyncOrUndefined(q);
    if (real !== undefined) return real;
    const parent = path.dirname(q);
    const base = path.basename(q);
    const realParent = parent === q ? parent : resolve(parent);
    if (realParent === undefined) return undefined;
    const joined = path.join(realParent, base);
    let link: string;
    try {
      if (!fs.lstatSync(joined).isSymbolicLink()) return joined;
      link = fs.readlinkSync(joined);
    } catch {
      return joined; // missing: created as written
    }
    if (++hops > MAX_SYMLINK_HOPS) return undefined;
    return resolve(path.resolve(realParent, link));
  };
  return resolve(path.resolve(p));
}

/**
 * True when a write to `p` (absolute) lands in a read-only sub-path of a root, or under a
 * `.git`/`.codex` inside a root that did not exist when the policy was resolved (a new nested
 * repository): those stay the user's to approve, whatever the approval policy.
 */
export function isProtectedWrite(policy: ResolvedSandboxPolicy, p: string): boolean {
  const target = canonicalWritePath(p);
  if (target === undefined) return false;
  return policy.writableRoots.some(
    (root) =>
      root.readOnlySubpaths.some((ro) => isWithin(target, ro)) ||
      (isWithin(target, root.root) &&
        path.relative(root.root, target).split(path.sep).some((part) => (PROTECTED_NAMES as readonly string[]).includes(part))),
  );
}

/** True when a write to `p` (absolute) lands inside a writable root and outside its read-only sub-paths. */
export function isWritePermitted(policy: ResolvedSandboxPolicy, p: string): boolean {
  if (policy.mode === 'danger-full-access') return true;
  const target = canonicalWritePath(p);
  if (target === undefined) return false;
  return policy.writableRoots.some((root) => isWithin(target, root.root)) && !isProtectedWrite(policy, target);
}
