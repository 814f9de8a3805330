import type { ResolvedSandboxPolicy } from './sandbox/resolved-policy';

/**
 * Longest a command may run (24 h). Larger `timeout_ms` values are capped to it: Node's timers
 * fire at once for delays of 2^31 ms or more, which would kill the command immediately.
 */
export const MAX_EXEC_TIMEOUT_MS = 24 * 60 * 60 * 1000;

/** Timeout of a command whose request names none (upstream `DEFAULT_TIMEOUT_MS`). */
export const DEFAULT_EXEC_TIMEOUT_MS = 10_000;

/** What to run: argv, where, for how long, with which environment. */
export interface ExecParams {
  /** The argv to spawn (no shell unless argv names one). */
  command: string[];
  /** Absolute directory the command starts in. Only that: what it may write is the policy's. */
  commandCwd: string;
  /** Default 10000; capped at MAX_EXEC_TIMEOUT_MS (24 h), negatives count as 0. */
  timeoutMs: number;
  /** The complete environment for the child (already filtered by shell_environment_policy). */
  env: Record<string, string>;
  /** Written to the child's stdin, which is then closed; without it stdin is /dev/null. */
  stdin?: string;
}

/** How to run it: policy, sandbox helper, interrupt and output streaming. */
export interface ExecOptions {
  /**
   * The turn's resolved policy (`danger-full-access`, or UNSANDBOXED_POLICY when the user approved
   * it: no restrictions, but still a pid namespace that dies with the server).
   */
  policy: ResolvedSandboxPolicy;
  /** The sandbox helper (bwrap) path; undefined → `bwrap` from PATH. */
  sandboxExe?: string;
  /** Interrupt: kill the process group at once. */
  signal?: AbortSignal;
  /** Streamed output; called at most MAX_EXEC_OUTPUT_DELTAS_PER_CALL (10000) times per call. */
  onOutput?: (stream: 'stdout' | 'stderr', chunk: Buffer) => void;
}

/** How a command ended and what it printed. */
export interface ExecResult {
  /** The exit status; 124 on timeout, 128 + n when killed by signal n. */
  exitCode: number;
  /** Everything the command wrote to stdout (decoded). */
  stdout: string;
  /** Everything the command wrote to stderr (decoded). */
  stderr: string;
  /** stdout and stderr interleaved in arrival order. */
  aggregatedOutput: string;
  /** Wall time from spawn to exit. */
  durationMs: number;
  /** True when the command was killed for exceeding `timeoutMs`. */
  timedOut: boolean;
  /** True when the command was killed by `signal`. */
  interrupted: boolean;
  /** True when the failure looks like a sandbox denial (permission error under a sandbox). */
  sandboxDenied: boolean;
  /** True when the command ran under bwrap (0.25 treated every non-zero exit under a sandbox as a denial). */
  sandboxed?: boolean;
  /** The signal that ended the command when it was neither our timeout nor `signal` (exitCode is then 128 + n). */
  killedBySignal?: NodeJS.Signals;
  /** True when some output was dropped by the in-memory cap (stdout/stderr/aggregatedOutput hold head + marker + tail). */
  outputTruncated?: boolean;
}

/** The sandbox could not be set up (no bwrap, namespaces disabled): fail closed, do not run. */
export class SandboxUnavailableError extends Error {
  override readonly name = 'SandboxUnavailableError';
}

export const ExecRunner = Symbol('ExecRunner');
/** Spawns commands (sandboxed or not) and keeps track of live process groups. */
export interface ExecRunner {
  /** Run one command to completion; resolves with its result once it exited. */
  run(params: ExecParams, options: ExecOptions): Promise<ExecResult>;
  /**
   * Kill every live process group (server shutdown). Synchronous and idempotent, so the
   * process's exit hook may call it as a last line of defence.
   */
  dispose(): void;
}

export const SandboxLocator = Symbol('SandboxLocator');
/** Finds and checks the bwrap sandbox helper. */
export interface SandboxLocator {
  /**
   * The path of a working bwrap: `explicitPath` (config `codex_linux_sandbox_exe`) when given,
   * else `bwrap` on PATH. Throws SandboxUnavailableError when it is missing or cannot sandbox.
   */
  resolve(explicitPath?: string): Promise<string>;
  /** resolve() without the throw. */
  isAvailable(explicitPath?: string): Promise<boolean>;
}
