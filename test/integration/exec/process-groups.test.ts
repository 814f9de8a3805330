/** Real process trees without a sandbox: timeouts, interrupts and killAll reach every descendant. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SandboxUnavailableError, type ExecOptions, type ExecParams } from '../../../src/exec/exec-types';
import { UNSANDBOXED_POLICY } from '../../../src/exec/sandbox/resolved-policy';
import { EXEC_TIMEOUT_EXIT_CODE, ExecRunnerImpl } from '../../../src/exec/process-runner';
import type { SandboxLocator } from '../../../src/exec/sandbox/sandbox-locator';
import { MemoryLoggerFactory } from '../../support/test-logger';
import { findProcesses, isAlive, uniqueSleepSeconds } from './exec-test-helpers';
import { waitUntil } from '../../support/wait-until';

const noSandbox: SandboxLocator = {
  resolve: () => Promise.reject(new SandboxUnavailableError('sandbox unavailable: not needed here')),
  isAvailable: async () => false,
};

describe('process groups (no sandbox)', () => {
  let runner: ExecRunnerImpl;
  let cwd: string;
  beforeEach(() => {
    runner = new ExecRunnerImpl(new MemoryLoggerFactory(), noSandbox);
    cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'exec-groups-'));
  });
  afterEach(() => {
    runner.killAll();
    fs.rmSync(cwd, { recursive: true, force: true });
  });

  const run = (script: string, timeoutMs: number, extra: Partial<ExecOptions> = {}) => {
    const params: ExecParams = { command: ['sh', '-c', script], commandCwd: cwd, timeoutMs, env: { PATH: process.env.PATH ?? '/usr/bin:/bin' } };
    return runner.run(params, { policy: UNSANDBOXED_POLICY, ...extra });
  };

  it('a command that ignores SIGTERM is killed at its timeout', async () => {
    const secs = uniqueSleepSeconds();
    const r = await run(`trap "" TERM; sleep ${secs}`, 300);
    expect(r.timedOut).toBe(true);
    expect(r.exitCode).toBe(EXEC_TIMEOUT_EXIT_CODE);
    await waitUntil(() => findProcesses(['sleep', secs]).length === 0, 'the TERM-immune sleep to die');
  });

  it('a timeout kills background grandchildren too', async () => {
    const secs = uniqueSleepSeconds();
    const r = await run(`sleep ${secs} & sleep ${secs} & wait`, 300);
    expect(r.timedOut).toBe(true);
    await waitUntil(() => findProcesses(['sleep', secs]).length === 0, 'both sleeps to die');
  });

  it('an abort kills the whole group, including a grandchild', async () => {
    const secs = uniqueSleepSeconds();
    const abort = new AbortController();
    let out = '';
    const r = await run(`sleep ${secs} & echo $!; wait`, 60_000, {
      signal: abort.signal,
      onOutput: (_s, chunk) => {
        out += chunk.toString();
        if (out.endsWith('\n')) abort.abort();
      },
    });
    expect(r.interrupted).toBe(true);
    const grandchild = Number(out.trim());
    expect(grandchild).toBeGreaterThan(0);
    await waitUntil(() => !isAlive(grandchild), `grandchild ${grandchild} to die`);
  });

  it('a background process holding the pipes does not hang the call and is cleaned up', async () => {
    const secs = uniqueSleepSeconds();
    const r = await run(`echo parent done; sleep ${secs} &`, 60_000);
    expect(r.exitCode).toBe(0);
    expect(r.timedOut).toBe(false);
    expect(r.stdout).toBe('parent done\n');
    await waitUntil(() => findProcesses(['sleep', secs]).length === 0, 'the leftover sleep to die');
  });

  it('killAll leaves no process behind', async () => {
    const secs = uniqueSleepSeconds();
    const started: Promise<void>[] = [];
    const pending = [0, 1, 2].map(() => {
      let ready!: () => void;
      started.push(new Promise<void>((resolve) => (ready = resolve)));
      return run(`sleep ${secs} & echo up; sleep ${secs}`, 60_000, { onOutput: () => ready() });
    });
    await Promise.all(started);
    await waitUntil(() => findProcesses(['sleep', secs]).length === 6, 'all sleeps to start');
    runner.killAll();
    await Promise.all(pending);
    await waitUntil(() => findProcesses(['sleep', secs]).length === 0, 'every sleep to die');
    expect(runner.liveGroupCount).toBe(0);
  });
});
