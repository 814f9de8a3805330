/**
 * Runs shell-tool commands: one process group per command (so a timeout or an interrupt kills
 * grandchildren too), streamed and capped output. Sandboxed commands run under bubblewrap with a
 * seccomp filter (seccomp-filter.ts); unrestricted ones under bubblewrap too, in a pid namespace
 * that dies with the server (full-access-wrapper.ts). Either way `--die-with-parent` makes the
 * namespace's first process die with the server, and the kernel then kills every process in it,
 * however the server ended (SIGKILL included).
 *
 * Output limits (per call):
 * - `onOutput` is called at most MAX_EXEC_OUTPUT_DELTAS_PER_CALL times, each with at most
 *   READ_CHUNK_SIZE bytes (upstream reads 8 KiB at a time; one delta = one read);
 * - memory: each of stdout, stderr and the aggregate keeps its first EXEC_OUTPUT_HEAD_BYTES and
 *   last EXEC_OUTPUT_TAIL_BYTES (1 MiB each); the bytes between are counted and replaced by a
 *   marker line, and `outputTruncated` is set.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { inject, injectable } from 'inversify';
import { LoggerFactory, type Logger } from '../logging/logger';
import { MAX_EXEC_TIMEOUT_MS, SandboxUnavailableError, type ExecOptions, type ExecParams, type ExecResult, type ExecRunner } from './exec-types';
import { HeadTailBuffer } from './output-buffer';
import { buildBwrapArgs } from './sandbox/bwrap-args';
import { buildFullAccessBwrapArgs, buildPdeathsigArgs } from './sandbox/full-access-wrapper';
import { isLikelySandboxDenied } from './sandbox/sandbox-denial';
import { findOnPath, SandboxLocator } from './sandbox/sandbox-locator';
import { buildSeccompFilter, SECCOMP_BWRAP_ARGS, seccompArchOf, sendSeccompProgram } from './sandbox/seccomp-filter';
import { messageOf } from '../common/errors';

/** Upstream caps the live output event stream at this many deltas per exec call. */
export const MAX_EXEC_OUTPUT_DELTAS_PER_CALL = 10_000;
/** Largest chunk passed to one `onOutput` call. */
export const READ_CHUNK_SIZE = 8192;
/** Conventional shell status base for "killed by signal n" (128 + n). */
export const EXIT_CODE_SIGNAL_BASE = 128;
/** Exit code reported for a command killed at its timeout (GNU `timeout` convention, later upstream). */
export const EXEC_TIMEOUT_EXIT_CODE = 124;
/** Exit code reported for an interrupted command (upstream: 128 + SIGKILL). */
export const EXEC_INTERRUPTED_EXIT_CODE = EXIT_CODE_SIGNAL_BASE + 9;
/** How long a timed-out group gets between SIGTERM and SIGKILL. */
export const KILL_GRACE_MS = 2_000;
/** How long we wait for the pipes to close after the command exited (grandchildren may hold them). */
export const IO_DRAIN_TIMEOUT_MS = 2_000;
/** bwrap's flag that forbids user namespaces inside the sandbox. */
const DISABLE_USERNS_FLAG = '--disable-userns';
/** The search path execvp() uses when the environment has no PATH. */
const DEFAULT_PATH = '/usr/bin:/bin';
/** Set in the child's environment whenever the policy gives it no network. */
export const CODEX_SANDBOX_NETWORK_DISABLED_ENV_VAR = 'CODEX_SANDBOX_NETWORK_DISABLED';

/** Send `signal` to the whole process group led by `pid`; false when the group is gone. */
function signalGroup(pid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

/** A timeout Node's timers can honour: whole milliseconds in [0, MAX_EXEC_TIMEOUT_MS]. */
export function clampTimeout(ms: number): number {
  if (Number.isNaN(ms) || ms <= 0) return 0;
  return Math.min(Math.floor(ms), MAX_EXEC_TIMEOUT_MS);
}

/** What to spawn for one command. */
interface Launch {
  program: string;
  args: string[];
  /** The seccomp program bwrap reads from fd 3. */
  seccomp?: Buffer;
}

function signalNumber(signal: NodeJS.Signals): number {
  return (os.constants.signals as Record<string, number>)[signal] ?? 0;
}

@injectable()
export class ExecRunnerImpl implements ExecRunner {
  private readonly log: Logger;
  /** Process-group ids (= leader pids) of every command not yet finished. */
  private readonly liveGroups = new Set<number>();
  private warnedUncontained = false;
  private readonly userNsSupport = new Map<string, Promise<boolean>>();

  constructor(
    @inject(LoggerFactory) loggers: LoggerFactory,
    @inject(SandboxLocator) private readonly sandboxLocator: SandboxLocator,
  ) {
    this.log = loggers.get('exec');
  }

  /** Number of commands whose process group we still track (for tests and diagnostics). */
  get liveGroupCount(): number {
    return this.liveGroups.size;
  }

  async run(params: ExecParams, options: ExecOptions): Promise<ExecResult> {
    const { command, env } = params;
    if (command.length === 0) throw new Error('command args are empty');
    // spawn() would blame the program ("spawn bwrap ENOENT") for a missing cwd.
    const cwd = await fs.promises.realpath(params.commandCwd).catch(() => undefined);
    if (cwd === undefined || !(await fs.promises.stat(cwd).then((s) => s.isDirectory(), () => false))) {
      throw Object.assign(new Error(`working directory does not exist: ${params.commandCwd}`), { code: 'ENOENT' });
    }
    const { policy } = options;
    const networkDisabled = !policy.networkAccess;
    const childEnv: Record<string, string> = { ...env };
    if (networkDisabled) childEnv[CODEX_SANDBOX_NETWORK_DISABLED_ENV_VAR] = '1';

    // Resolve the sandbox first: when it is required and missing we must not run anything.
    let launch: Launch;
    const bwrapArgs = buildBwrapArgs(policy, cwd, command);
    const sandboxed = bwrapArgs !== undefined;
    if (bwrapArgs !== undefined) {
      const exe = await this.sandboxLocator.resolve(options.sandboxExe);
      const nested = (await this.canDisableUserNamespaces(exe)) ? [DISABLE_USERNS_FLAG] : [];
      launch = { program: exe, args: [...SECCOMP_BWRAP_ARGS, ...nested, ...bwrapArgs], seccomp: this.seccompProgram(!networkDisabled) };
    } else {
      // The wrapper would only print its own "cannot execute" line: fail like spawn() does.
      if (!command[0].includes('/') && findOnPath(command[0], childEnv.PATH ?? DEFAULT_PATH) === undefined) {
        throw Object.assign(new Error(`spawn ${command[0]} ENOENT`), { code: 'ENOENT', path: command[0] });
      }
      launch = await this.fullAccessLaunch(command, cwd, options.sandboxExe);
    }

    const started = performance.now();
    if (options.signal?.aborted) {
      return this.result({ exitCode: EXEC_INTERRUPTED_EXIT_CODE, interrupted: true, started, sandboxed, networkDisabled });
    }

    // Only the program name: arguments may carry secrets the model pasted in.
    this.log.debug('spawning command', { program: command[0], sandboxed, timeoutMs: params.timeoutMs });
    const child = spawn(launch.program, launch.args, {
      cwd,
      env: childEnv,
      // fd 3 carries the seccomp program to bwrap.
      stdio: [params.stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe', ...(launch.seccomp ? ['pipe' as const] : [])],
      // setsid(): the child leads a new process group we can signal as a whole.
      detached: true,
    });
    if (launch.seccomp) sendSeccompProgram(child, launch.seccomp);
    if (params.stdin !== undefined && child.stdin) {
      // A child that exits without reading gives EPIPE: its exit status tells what happened.
      child.stdin.on('error', () => undefined);
      child.stdin.end(params.stdin);
    }
    return this.supervise(child, { ...params, timeoutMs: clampTimeout(params.timeoutMs) }, options, { started, sandboxed, networkDisabled });
  }

  /**
   * Whether this bwrap has `--disable-userns` (0.8+): a sandboxed command then cannot make user
   * namespaces of its own, which would hand it a fresh set of capabilities and the kernel code
   * they unlock. Older helpers still sandbox, without this extra (asked once per helper).
   */
  private canDisableUserNamespaces(exe: string): Promise<boolean> {
    let known = this.userNsSupport.get(exe);
    if (!known) {
      known = new Promise((resolve) => {
        execFile(exe, ['--help'], { timeout: 10_000 }, (_err, stdout) => resolve(String(stdout).includes(DISABLE_USERNS_FLAG)));
      });
      this.userNsSupport.set(exe, known);
    }
    return known;
  }

  /** The seccomp program for this machine; without one the sandbox cannot be built (fail closed). */
  private seccompProgram(networkAccess: boolean): Buffer {
    const arch = seccompArchOf();
    if (arch === undefined) {
      throw new SandboxUnavailableError(`sandbox unavailable: no seccomp filter for this architecture (${process.arch}); set sandbox_mode = "danger-full-access"`);
    }
    return buildSeccompFilter({ networkAccess }, arch);
  }

  /**
   * An unrestricted command still runs in a pid namespace that dies with the server (see
   * full-access-wrapper.ts). Without a usable bubblewrap it falls back to a parent-death signal
   * plus its process group, and says so once: the command has every right of the user anyway (it
   * could install a cron job), so the namespace is containment of leftovers, not a security
   * boundary, and refusing to run would make danger-full-access useless where it is most needed.
   */
  private async fullAccessLaunch(command: string[], cwd: string, sandboxExe: string | undefined): Promise<Launch> {
    const exe = await this.sandboxLocator.resolve(sandboxExe).catch((err: unknown) => {
      if (!this.warnedUncontained) {
        this.warnedUncontained = true;
        this.log.warn(
          'unsandboxed commands run without a pid namespace: a descendant that leaves the process group can outlive a killed server',
          { reason: messageOf(err) },
        );
      }
      return undefined;
    });
    if (exe !== undefined) {
      return { program: exe, args: buildFullAccessBwrapArgs(cwd, command, { isRoot: process.getuid?.() === 0 }) };
    }
    const setpriv = findOnPath('setpriv', process.env.PATH);
    if (setpriv !== undefined) return { program: setpriv, args: buildPdeathsigArgs(command) };
    return { program: command[0], args: command.slice(1) };
  }

  dispose(): void {
    for (const pgid of this.liveGroups) signalGroup(pgid, 'SIGKILL');
    this.liveGroups.clear();
  }

  private supervise(
    child: ChildProcess,
    params: ExecParams,
    options: ExecOptions,
    ctx: { started: number; sandboxed: boolean; networkDisabled: boolean },
  ): Promise<ExecResult> {
    const stdout = new HeadTailBuffer();
    const stderr = new HeadTailBuffer();
    const aggregated = new HeadTailBuffer();
    let deltas = 0;
    let timedOut = false;
    let interrupted = false;
    const timers: NodeJS.Timeout[] = [];
    const pid = child.pid;
    let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;

    const emit = (stream: 'stdout' | 'stderr', chunk: Buffer) => {
      if (!options.onOutput) return;
      for (let off = 0; off < chunk.length && deltas < MAX_EXEC_OUTPUT_DELTAS_PER_CALL; off += READ_CHUNK_SIZE) {
        deltas++;
        try {
          options.onOutput(stream, chunk.subarray(off, off + READ_CHUNK_SIZE));
        } catch (err) {
          this.log.warn('onOutput listener failed', { error: String(err) });
        }
      }
    };
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout.push(chunk);
      aggregated.push(chunk);
      emit('stdout', chunk);
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr.push(chunk);
      aggregated.push(chunk);
      emit('stderr', chunk);
    });

    if (pid !== undefined) this.liveGroups.add(pid);

    const terminate = (graceful: boolean) => {
      // Once the command exited its status stands; leftovers are handled by the drain timeout.
      if (pid === undefined || exit !== undefined) return;
      if (graceful) {
        signalGroup(pid, 'SIGTERM');
        timers.push(setTimeout(() => signalGroup(pid, 'SIGKILL'), KILL_GRACE_MS));
      } else {
        signalGroup(pid, 'SIGKILL');
      }
    };
    timers.push(
      setTimeout(() => {
        if (exit !== undefined) return;
        timedOut = true;
        terminate(true);
      }, params.timeoutMs),
    );
    const onAbort = () => {
      if (exit !== undefined) return;
      interrupted = true;
      // An interrupt is the user saying "stop now": no grace period (upstream sends SIGKILL).
      terminate(false);
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });

    return new Promise<ExecResult>((resolve, reject) => {
      let finished = false;
      const finish = () => {
        if (finished || exit === undefined) return;
        finished = true;
        for (const t of timers) clearTimeout(t);
        options.signal?.removeEventListener('abort', onAbort);
        // A killed command's group must not keep members that ignored SIGTERM.
        if (pid !== undefined && (timedOut || interrupted)) signalGroup(pid, 'SIGKILL');
        if (pid !== undefined) this.liveGroups.delete(pid);
        const { code, signal } = exit;
        let exitCode: number;
        let killedBySignal: NodeJS.Signals | undefined;
        if (timedOut) exitCode = EXEC_TIMEOUT_EXIT_CODE;
        else if (interrupted) exitCode = EXEC_INTERRUPTED_EXIT_CODE;
        else if (signal) {
          killedBySignal = signal;
          exitCode = EXIT_CODE_SIGNAL_BASE + signalNumber(signal);
        } else exitCode = code ?? -1;
        resolve(
          this.result({
            exitCode,
            timedOut,
            interrupted,
            killedBySignal,
            started: ctx.started,
            sandboxed: ctx.sandboxed,
            networkDisabled: ctx.networkDisabled,
            stdout,
            stderr,
            aggregated,
          }),
        );
      };

      child.once('error', (err) => {
        // spawn() failed (ENOENT, EACCES…): nothing ran.
        if (exit !== undefined || finished) return;
        finished = true;
        for (const t of timers) clearTimeout(t);
        options.signal?.removeEventListener('abort', onAbort);
        if (pid !== undefined) this.liveGroups.delete(pid);
        reject(err);
      });
      child.once('exit', (code, signal) => {
        exit = { code, signal };
        // Grandchildren that inherited the pipes can keep them open after the command exits;
        // give them a moment, then kill what is left of the group so the pipes close.
        timers.push(
          setTimeout(() => {
            if (finished) return;
            if (pid !== undefined) signalGroup(pid, 'SIGKILL');
            child.stdout?.destroy();
            child.stderr?.destroy();
            finish();
          }, IO_DRAIN_TIMEOUT_MS),
        );
      });
      child.once('close', finish);
    });
  }

  private result(r: {
    exitCode: number;
    started: number;
    sandboxed: boolean;
    networkDisabled: boolean;
    timedOut?: boolean;
    interrupted?: boolean;
    killedBySignal?: NodeJS.Signals;
    stdout?: HeadTailBuffer;
    stderr?: HeadTailBuffer;
    aggregated?: HeadTailBuffer;
  }): ExecResult {
    const stdout = r.stdout?.toString() ?? '';
    const stderr = r.stderr?.toString() ?? '';
    const aggregatedOutput = r.aggregated?.toString() ?? '';
    const timedOut = r.timedOut ?? false;
    const interrupted = r.interrupted ?? false;
    const result: ExecResult = {
      exitCode: r.exitCode,
      stdout,
      stderr,
      aggregatedOutput,
      durationMs: performance.now() - r.started,
      timedOut,
      interrupted,
      sandboxDenied:
        !timedOut &&
        !interrupted &&
        isLikelySandboxDenied({
          sandboxed: r.sandboxed,
          networkDisabled: r.networkDisabled,
          exitCode: r.exitCode,
          stdout,
          stderr,
          aggregatedOutput,
        }),
      sandboxed: r.sandboxed,
      outputTruncated: [r.stdout, r.stderr, r.aggregated].some((b) => (b?.omittedBytes ?? 0) > 0),
    };
    if (r.killedBySignal) result.killedBySignal = r.killedBySignal;
    return result;
  }
}
