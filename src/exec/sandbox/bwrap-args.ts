/**
 * The bubblewrap command line for a resolved sandbox policy (what later upstream Codex builds in
 * `linux-sandbox/src/bwrap.rs`). Pure: every path was resolved by resolveSandboxPolicy.
 *
 *   --new-session --die-with-parent --ro-bind / / --dev /dev
 *   --bind R R               each writable root, shallow to deep
 *   --ro-bind P P            each read-only sub-path (.git, gitdir targets, .codex), after all
 *                            binds, so no later bind re-exposes it
 *   --unshare-user --unshare-pid [--unshare-net] --proc /proc --chdir <commandCwd> -- <command…>
 */
import type { ResolvedSandboxPolicy } from './resolved-policy';

/**
 * bwrap's arguments (everything after the program name) to run `command` in `commandCwd` (already
 * canonical) under `policy`, or undefined for `danger-full-access`, which runs with no wrapper.
 * `commandCwd` is only where the command starts: it grants nothing.
 */
export function buildBwrapArgs(policy: ResolvedSandboxPolicy, commandCwd: string, command: readonly string[]): string[] | undefined {
  if (policy.mode === 'danger-full-access') return undefined;

  const args = ['--new-session', '--die-with-parent', '--ro-bind', '/', '/', '--dev', '/dev'];
  for (const { root } of policy.writableRoots) args.push('--bind', root, root);
  const readOnly = new Set(policy.writableRoots.flatMap((r) => r.readOnlySubpaths));
  for (const p of readOnly) args.push('--ro-bind', p, p);

  args.push('--unshare-user', '--unshare-pid');
  if (!policy.networkAccess) args.push('--unshare-net');
  args.push('--proc', '/proc', '--chdir', commandCwd, '--', ...command);
  return args;
}
