/**
 * The bubblewrap command line for a sandbox policy (what later upstream Codex builds in
 * `linux-sandbox/src/bwrap.rs`). Pure apart from resolving symlinks and checking which paths exist.
 *
 *   --new-session --die-with-parent --ro-bind / / --dev /dev
 *   --bind R R               each existing writable root, shallow to deep
 *   --ro-bind R/.git R/.git  after all binds, so no later bind re-exposes it
 *   --unshare-user --unshare-pid [--unshare-net] --proc /proc --chdir <cwd> -- <command…>
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SandboxPolicy } from '../../protocol/common-types';
import { getWritableRoots } from './writable-roots';

export interface BwrapOptions {
  /** Environment used to find `$TMPDIR` (the server's, as upstream). */
  env: NodeJS.ProcessEnv;
}

/** True when commands under `policy` may open network connections. */
export function hasNetworkAccess(policy: SandboxPolicy): boolean {
  return policy.mode === 'danger-full-access' || (policy.mode === 'workspace-write' && policy.network_access === true);
}

function realpathOrUndefined(p: string): string | undefined {
  try {
    return fs.realpathSync(p);
  } catch {
    return undefined;
  }
}

const depth = (p: string) => p.split(path.sep).filter(Boolean).length;

/**
 * bwrap's arguments (everything after the program name) to run `command` in `cwd` under
 * `policy`, or undefined for `danger-full-access`, which runs with no wrapper at all.
 */
export function buildBwrapArgs(
  policy: SandboxPolicy,
  cwd: string,
  command: readonly string[],
  opts: BwrapOptions,
): string[] | undefined {
  if (policy.mode === 'danger-full-access') return undefined;

  const args = ['--new-session', '--die-with-parent', '--ro-bind', '/', '/', '--dev', '/dev'];

  // bwrap needs mount targets to exist; canonical paths keep a symlinked root from being bound
  // at the link while writes go through the target.
  const roots: string[] = [];
  for (const root of getWritableRoots(policy, cwd, opts.env)) {
    const real = realpathOrUndefined(root.root);
    if (real !== undefined && !roots.includes(real)) roots.push(real);
  }
  roots.sort((a, b) => depth(a) - depth(b));
  for (const root of roots) args.push('--bind', root, root);
  for (const root of roots) {
    const git = path.join(root, '.git');
    try {
      if (fs.statSync(git).isDirectory()) args.push('--ro-bind', git, git);
    } catch {
      // no .git here
    }
  }

  args.push('--unshare-user', '--unshare-pid');
  if (!hasNetworkAccess(policy)) args.push('--unshare-net');
  args.push('--proc', '/proc', '--chdir', realpathOrUndefined(cwd) ?? cwd, '--', ...command);
  return args;
}
