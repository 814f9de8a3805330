/**
 * Did a failed command fail because of the sandbox? There is no exact answer (a profile script
 * may print "Permission denied" for other reasons), so like upstream's `is_likely_sandbox_denied`
 * we look for well-known denial words in the output of a sandboxed, non-zero exit. Core uses the
 * answer to offer a retry without the sandbox (`on-failure`).
 */

/** Words (lower case) that upstream treats as a sandbox denial. */
const DENIAL_KEYWORDS = [
  'operation not permitted',
  'permission denied',
  'read-only file system',
  'seccomp',
  'sandbox',
  'landlock',
  'failed to write file',
];

/** What a connection attempt prints inside `--unshare-net` (only loopback exists there) or when seccomp refuses the socket. */
const NETWORK_DENIAL_KEYWORDS = [
  'eperm',
  'network is unreachable',
  'enetunreach',
  'temporary failure in name resolution',
  'eai_again',
  'could not resolve host',
  'name or service not known',
  'no address associated with hostname',
];

/** What isLikelySandboxDenied looks at: how the command ran and ended. */
export interface DenialEvidence {
  /** The command ran under bwrap. */
  sandboxed: boolean;
  /** The sandbox cut the network (`--unshare-net`). */
  networkDisabled: boolean;
  /** The command's exit status. */
  exitCode: number;
  /** What it wrote to stdout. */
  stdout: string;
  /** What it wrote to stderr. */
  stderr: string;
  /** stdout and stderr interleaved in arrival order. */
  aggregatedOutput: string;
}

export function isLikelySandboxDenied(e: DenialEvidence): boolean {
  if (!e.sandboxed || e.exitCode === 0) return false;
  const keywords = e.networkDisabled ? [...DENIAL_KEYWORDS, ...NETWORK_DENIAL_KEYWORDS] : DENIAL_KEYWORDS;
  const found = [e.stderr, e.stdout, e.aggregatedOutput].some((text) => {
    const lower = text.toLowerCase();
    return keywords.some((k) => lower.includes(k));
  });
  // Upstream's only other signal (death by SIGSYS from seccomp) cannot happen under bwrap.
  return found;
}
