import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Container } from 'inversify';
import { execModule } from '../../../src/exec/exec-module';
import { ExecRunner, MAX_EXEC_TIMEOUT_MS, SandboxUnavailableError, type ExecParams } from '../../../src/exec/exec-types';
import { buildFullAccessBwrapArgs, buildPdeathsigArgs } from '../../../src/exec/sandbox/full-access-wrapper';
import { resolveSandboxPolicy, UNSANDBOXED_POLICY } from '../../../src/exec/sandbox/resolved-policy';
import { EXEC_OUTPUT_HEAD_BYTES, EXEC_OUTPUT_TAIL_BYTES } from '../../../src/exec/output-buffer';
import {
  clampTimeout,
  EXEC_INTERRUPTED_EXIT_CODE,
  EXEC_TIMEOUT_EXIT_CODE,
  ExecRunnerImpl,
  MAX_EXEC_OUTPUT_DELTAS_PER_CALL,
  READ_CHUNK_SIZE,
} from '../../../src/exec/process-runner';
import { SandboxLocator } from '../../../src/exec/sandbox/sandbox-locator';
import { LoggerFactory } from '../../../src/logging/logger';
import { MemoryLoggerFactory } from '../../support/test-logger';

const FULL = { policy: UNSANDBOXED_POLICY };

/** A locator that must never be consulted (these tests run without a sandbox). */
const noSandbox: SandboxLocator = {
  resolve: () => Promise.reject(new SandboxUnavailableError('sandbox unavailable: test has none')),
  isAvailable: async () => false,
};

describe('ExecRunnerImpl (no sandbox)', () => {
  let runner: ExecRunnerImpl;
  let dir: string;
  const params = (command: string[], extra: Partial<ExecParams> = {}): ExecParams => ({
    command,
    commandCwd: dir,
    timeoutMs: 10_000,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
    ...extra,
  });

  beforeEach(() => {
    runner = new ExecRunnerImpl(new MemoryLoggerFactory(), noSandbox);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'exec-runner-'));
  });
  afterEach(() => {
    runner.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('runs a command in cwd and reports its output and exit code', async () => {
    const chunks: string[] = [];
    const r = await runner.run(params(['sh', '-c', 'pwd; echo oops >&2; exit 3']), {
      ...FULL,
      onOutput: (stream, chunk) => chunks.push(`${stream}:${chunk.toString()}`),
    });
    expect(r.exitCode).toBe(3);
    expect(r.stdout).toBe(`${fs.realpathSync(dir)}\n`);
    expect(r.stderr).toBe('oops\n');
    expect(r.timedOut).toBe(false);
    expect(r.interrupted).toBe(false);
    expect(r.sandboxDenied).toBe(false);
    expect(r.sandboxed).toBe(false);
    expect(r.outputTruncated).toBe(false);
    expect(chunks.sort()).toEqual([`stderr:oops\n`, `stdout:${fs.realpathSync(dir)}\n`]);
    expect(runner.liveGroupCount).toBe(0);
  });

  it('interleaves stdout and stderr in arrival order', async () => {
    const r = await runner.run(params(['sh', '-c', 'echo a; sleep 0.2; echo b >&2; sleep 0.2; echo c']), FULL);
    expect(r.aggregatedOutput).toBe('a\nb\nc\n');
    expect(r.stdout).toBe('a\nc\n');
  });

  it('gives the child exactly the environment it is handed', async () => {
    const r = await runner.run(params(['sh', '-c', 'env'], { env: { PATH: '/usr/bin:/bin', ONLY: 'this' } }), FULL);
    const names = r.stdout
      .trim()
      .split('\n')
      .map((l) => l.split('=')[0])
      .filter((n) => !['PWD', 'SHLVL', '_'].includes(n)); // set by sh itself
    expect(names.sort()).toEqual(['ONLY', 'PATH']);
    expect(r.stdout).not.toContain('CODEX_SANDBOX_NETWORK_DISABLED');
  });

  it('decodes output as lossy UTF-8', async () => {
    const r = await runner.run(params(['printf', 'ok \\377 é']), FULL);
    expect(r.stdout).toBe('ok \uFFFD é');
  });

  it('caps memory and deltas: 100 MiB of output keeps head + tail and at most 10000 onOutput calls', async () => {
    let calls = 0;
    let largest = 0;
    const r = await runner.run(params(['head', '-c', String(100 * 1024 * 1024), '/dev/zero']), {
      ...FULL,
      onOutput: (_stream, chunk) => {
        calls++;
        largest = Math.max(largest, chunk.length);
      },
    });
    expect(r.exitCode).toBe(0);
    expect(calls).toBe(MAX_EXEC_OUTPUT_DELTAS_PER_CALL);
    expect(largest).toBeLessThanOrEqual(READ_CHUNK_SIZE);
    expect(r.outputTruncated).toBe(true);
    const cap = EXEC_OUTPUT_HEAD_BYTES + EXEC_OUTPUT_TAIL_BYTES + 100;
    expect(Buffer.byteLength(r.stdout)).toBeLessThanOrEqual(cap);
    expect(Buffer.byteLength(r.aggregatedOutput)).toBeLessThanOrEqual(cap);
    expect(r.stdout).toContain(`[... ${100 * 1024 * 1024 - EXEC_OUTPUT_HEAD_BYTES - EXEC_OUTPUT_TAIL_BYTES} bytes of output omitted ...]`);
  });

  it('kills the command at its timeout: exit code 124, timedOut', async () => {
    const r = await runner.run(params(['sleep', '30'], { timeoutMs: 200 }), FULL);
    expect(r.timedOut).toBe(true);
    expect(r.exitCode).toBe(EXEC_TIMEOUT_EXIT_CODE);
    expect(r.interrupted).toBe(false);
    expect(runner.liveGroupCount).toBe(0);
  });

  it('an abort kills the command at once: interrupted, exit code 137', async () => {
    const abort = new AbortController();
    const r = await runner.run(params(['sh', '-c', 'echo started; sleep 30']), {
      ...FULL,
      signal: abort.signal,
      onOutput: () => abort.abort(),
    });
    expect(r.interrupted).toBe(true);
    expect(r.exitCode).toBe(EXEC_INTERRUPTED_EXIT_CODE);
    expect(r.stdout).toBe('started\n');
  });

  it('does not start a command whose signal is already aborted', async () => {
    const abort = new AbortController();
    abort.abort();
    const marker = path.join(dir, 'ran');
    const r = await runner.run(params(['touch', marker]), { ...FULL, signal: abort.signal });
    expect(r.interrupted).toBe(true);
    expect(fs.existsSync(marker)).toBe(false);
  });

  it('reports death by another signal as 128 + n', async () => {
    const r = await runner.run(params(['sh', '-c', 'kill -TERM $$']), FULL);
    expect(r.exitCode).toBe(128 + 15);
    expect(r.killedBySignal).toBe('SIGTERM');
  });

  it('rejects when the program cannot be started', async () => {
    await expect(runner.run(params(['definitely-not-a-program-xyz']), FULL)).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(runner.run(params([]), FULL)).rejects.toThrow('command args are empty');
    const gone = path.join(dir, 'missing');
    await expect(runner.run(params(['true'], { commandCwd: gone }), FULL)).rejects.toThrow(`working directory does not exist: ${gone}`);
    expect(runner.liveGroupCount).toBe(0);
  });

  it('fails closed: a sandbox policy without a sandbox runs nothing', async () => {
    const marker = path.join(dir, 'ran');
    for (const sandbox of [{ mode: 'read-only' as const }, { mode: 'workspace-write' as const }]) {
      await expect(runner.run(params(['touch', marker]), { policy: await resolveSandboxPolicy(sandbox, dir) })).rejects.toBeInstanceOf(SandboxUnavailableError);
    }
    expect(fs.existsSync(marker)).toBe(false);
  });

  it('dispose kills every running command', async () => {
    const started: Promise<void>[] = [];
    const runs = [0, 1].map((i) => {
      let ready!: () => void;
      started.push(new Promise<void>((res) => (ready = res)));
      return runner.run(params(['sh', '-c', `echo ${i}; sleep 30`], { timeoutMs: 60_000 }), { ...FULL, onOutput: () => ready() });
    });
    await Promise.all(started);
    expect(runner.liveGroupCount).toBe(2);
    runner.dispose();
    const results = await Promise.all(runs);
    for (const r of results) expect(r.killedBySignal).toBe('SIGKILL');
    expect(runner.liveGroupCount).toBe(0);
  });
});

describe('execModule', () => {
  it('binds ExecRunner to the ExecRunnerImpl singleton', async () => {
    const container = new Container();
    container.bind(LoggerFactory).toConstantValue(new MemoryLoggerFactory());
    await container.load(execModule);
    const runner = container.get<ExecRunner>(ExecRunner);
    expect(runner).toBeInstanceOf(ExecRunnerImpl);
    expect(container.get(ExecRunner)).toBe(runner);
    expect(container.get(SandboxLocator)).toBe(container.get(SandboxLocator));
  });
});

describe('clampTimeout', () => {
  it.each<[number, number]>([
    [0, 0],
    [1500.9, 1500],
    [-5, 0],
    [Number.NaN, 0],
    [2 ** 31, MAX_EXEC_TIMEOUT_MS],
    [Number.POSITIVE_INFINITY, MAX_EXEC_TIMEOUT_MS],
    [MAX_EXEC_TIMEOUT_MS, MAX_EXEC_TIMEOUT_MS],
  ])('%d ms → %d ms (a delay Node timers honour)', (input, expected) => {
    expect(clampTimeout(input)).toBe(expected);
    expect(expected).toBeLessThan(2 ** 31);
  });
});

describe('full-access wrapper', () => {
  it('binds everything read-write in a pid namespace; root keeps its capabilities instead of a user namespace', () => {
    const tail = ['--unshare-pid', '--bind', '/', '/', '--dev-bind', '/dev', '/dev', '--proc', '/proc', '--chdir', '/w', '--', 'make', 'all'];
    expect(buildFullAccessBwrapArgs('/w', ['make', 'all'], { isRoot: false })).toEqual(['--die-with-parent', '--unshare-user', ...tail]);
    expect(buildFullAccessBwrapArgs('/w', ['make', 'all'], { isRoot: true })).toEqual(['--die-with-parent', '--cap-add', 'ALL', ...tail]);
    expect(buildPdeathsigArgs(['make', 'all'])).toEqual(['--pdeathsig', 'KILL', '--', 'make', 'all']);
  });
});
