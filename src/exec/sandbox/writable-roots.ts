/**
 * Where a sandboxed command may write (upstream `SandboxPolicy::get_writable_roots_with_cwd`):
 * under `workspace-write`, the cwd, the configured `writable_roots`, `/tmp` and `$TMPDIR`; the
 * top-level `.git` directory of each root stays read-only.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SandboxPolicy } from '../../protocol/common-types';

export interface WritableRoot {
  /** Absolute path of the root. */
  root: string;
  /** Sub-paths of `root` that stay read-only (`<root>/.git` when it is a directory). */
  readOnlySubpaths: string[];
}

const isDirectory = (p: string) => {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
};

/**
 * The writable roots of `policy` for a command run in `cwd`, in policy order (`writable_roots`,
 * cwd, /tmp, $TMPDIR), as given (not canonicalised). Empty for `read-only` and
 * `danger-full-access` (the latter writes everywhere; callers check the mode first).
 */
export function getWritableRoots(policy: SandboxPolicy, cwd: string, env: NodeJS.ProcessEnv = process.env): WritableRoot[] {
  if (policy.mode !== 'workspace-write') return [];
  const roots: string[] = [...(policy.writable_roots ?? []), cwd];
  if (!policy.exclude_slash_tmp && isDirectory('/tmp')) roots.push('/tmp');
  const tmpdir = env.TMPDIR;
  if (!policy.exclude_tmpdir_env_var && tmpdir) roots.push(tmpdir);
  return roots.map((root) => {
    const git = path.join(root, '.git');
    return { root, readOnlySubpaths: isDirectory(git) ? [git] : [] };
  });
}

/** True when `p` (absolute, normalised) is inside a root and not inside one of its read-only sub-paths. */
export function isPathWritable(roots: readonly WritableRoot[], p: string): boolean {
  const within = (child: string, parent: string) => {
    const rel = path.relative(parent, child);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
  };
  return roots.some(
    (r) => within(p, path.resolve(r.root)) && !r.readOnlySubpaths.some((ro) => within(p, path.resolve(ro))),
  );
}
