/**
 * How a command runs when nothing restricts it (`danger-full-access`, or the user approved running
 * it outside the sandbox): still inside a pid namespace whose first process dies with the server,
 * so every descendant dies with it — a parent-death signal alone reaches only the direct child, and
 * `setsid`, a double fork or `nohup` leave our process group.
 *
 *   bwrap --die-with-parent --unshare-user|--cap-add ALL --unshare-pid
 *         --bind / / --dev-bind /dev /dev --proc /proc --chdir <cwd> -- <command…>
 *
 * The whole filesystem is bound read-write, the network is shared and no seccomp filter is
 * installed. What differs from a bare spawn: bwrap sets no_new_privs, so setuid programs (sudo)
 * do not gain privileges; /proc shows only the command's own processes; mounts the command makes
 * stay in its mount namespace.
 */

export interface FullAccessOptions {
  /**
   * The server runs as root: root can create the pid namespace itself and keeps its capabilities
   * (`--cap-add ALL`); inside a user namespace it could not override permissions on files owned by
   * other users.
   */
  isRoot: boolean;
}

/** bwrap's arguments (after the program name) to run `command` in `cwd` with no restrictions. */
export function buildFullAccessBwrapArgs(cwd: string, command: readonly string[], opts: FullAccessOptions): string[] {
  return [
    '--die-with-parent',
    ...(opts.isRoot ? ['--cap-add', 'ALL'] : ['--unshare-user']),
    '--unshare-pid',
    '--bind',
    '/',
    '/',
    '--dev-bind',
    '/dev',
    '/dev',
    '--proc',
    '/proc',
    '--chdir',
    cwd,
    '--',
    ...command,
  ];
}

/**
 * The fallback when bubblewrap is unusable: `setpriv --pdeathsig KILL` kills the command itself
 * when the server dies; its process group is killed on every orderly exit. A descendant that left
 * the group can outlive a SIGKILLed server — said in a warning and in the README.
 */
export function buildPdeathsigArgs(command: readonly string[]): string[] {
  return ['--pdeathsig', 'KILL', '--', ...command];
}
